// Generated from the Debian archive's Packages index (bullseye, amd64) by data/tools/suite.py:
// one package a line: name version installed-KiB download-kB section[flags] depends...
// flags: . Architecture all, * Essential, ! required, + important, ~ standard (else optional). Do not hand-edit lightly.
export default `
libpcre3-dev 2:8.39-13 2231 650 libdevel libc6-dev libpcre3 libpcre16-3 libpcre32-3 libpcrecpp0v5
libpcre32-3 2:8.39-13 522 250 libs libc6
libpcrecpp0v5 2:8.39-13 193 152 libs libc6 libgcc-s1 libpcre3 libstdc++6
libpcsclite1 1.9.1-1 105 60 libs libc6
libperl5.32 5.32.1-4+deb11u5 27875 4102 libs libbz2-1.0 libc6 libcrypt1 libdb5.3 libgdbm-compat4 libgdbm6 zlib1g perl-modules-5.32
libpgm-5.3-0 5.3.128~dfsg-2 322 161 libs libc6
libpixman-1-0 0.40.0-1.1~deb11u1 1003 543 libs libc6
libpixman-1-dev 0.40.0-1.1~deb11u1 1240 561 libdevel libpixman-1-0
libpng-dev 1.6.37-3+deb11u4 814 299 libdevel libpng16-16 zlib1g-dev
libpng16-16 1.6.37-3+deb11u4 444 295 libs libc6 zlib1g
libpocketsphinx3 0.8+5prealpha+1-13 314 124 libs libc6 libsphinxbase3
libpostproc55 7:4.3.9-0+deb11u2 249 115 libs libavutil56 libc6
libpq-dev 13.23-0+deb11u4 568 148 libdevel libpq5
libpq5 13.23-0+deb11u4 796 189 libs libc6 libgssapi-krb5-2 libldap-2.4-2 libssl1.1
libprocps8 2:3.3.17-5 132 64 libs libc6 libsystemd0
libpsl5 0.21.0-1.2 95 57 libs libidn2-0 libc6 libunistring2
libpthread-stubs0-dev 0.4-1 18 5 libdevel
libpulse0 14.2-2 971 285 libs libasyncns0 libc6 libdbus-1-3 libsndfile1 libsystemd0 libwrap0 libxcb1
libpython3-dev 3.9.2-3 48 22 python libpython3.9-dev
libpython3-stdlib 3.9.2-3 38 21 python libpython3.9-stdlib
libpython3.9 3.9.2-1+deb11u7 5606 1694 libs libpython3.9-stdlib libc6 libexpat1 zlib1g
libpython3.9-dev 3.9.2-1+deb11u7 21093 4316 libdevel libpython3.9-stdlib libpython3.9 libexpat1-dev
libpython3.9-minimal 3.9.2-1+deb11u7 4976 807 python libc6 libssl1.1
libpython3.9-stdlib 3.9.2-1+deb11u7 7899 1685 python libpython3.9-minimal media-types tzdata libbz2-1.0 libc6 libcrypt1 libdb5.3 libffi7 liblzma5 libmpdec3 libncursesw6 libnsl2 libreadline8 libsqlite3-0 libtinfo6 libtirpc3 libuuid1
libquadmath0 10.2.1-6 300 145 libs gcc-10-base libc6
librabbitmq4 0.10.0-1+deb11u3 120 43 libs libc6 libssl1.1
libraw1394-11 2.1.2-2 100 41 libs libc6
libreadline-dev 8.1-1 784 148 libdevel libreadline8 libncurses-dev dpkg
libreadline8 8.1-1 471 169 libs+ readline-common libc6 libtinfo6
librhash0 1.4.1-2 227 129 libs libc6
librsvg2-2 2.50.3+dfsg-1+deb11u1 10323 2462 libs libc6 libcairo-gobject2 libcairo2 libgcc-s1 libgdk-pixbuf-2.0-0 libglib2.0-0 libpango-1.0-0 libpangocairo-1.0-0 libxml2
librsvg2-common 2.50.3+dfsg-1+deb11u1 80 31 libs librsvg2-2 libgdk-pixbuf-2.0-0 libglib2.0-0
librsvg2-dev 2.50.3+dfsg-1+deb11u1 208 59 libdevel gir1.2-rsvg-2.0 libcairo2-dev libgdk-pixbuf-2.0-dev libglib2.0-dev librsvg2-2 librsvg2-common
librtmp1 2.4+20151223.gitfa8646d.1-2+b2 146 61 libs libc6 libgmp10 libgnutls30 libhogweed6 libnettle8 zlib1g
librubberband2 1.9.0-1 254 86 libs libc6 libfftw3-double3 libgcc-s1 libsamplerate0 libstdc++6
libsamplerate0 0.2.1+ds0-1 1494 954 libs libc6
libsasl2-2 2.1.27+dfsg-2.1+deb11u1 188 106 libs libsasl2-modules-db libc6
libsasl2-modules-db 2.1.27+dfsg-2.1+deb11u1 101 69 libs libc6 libdb5.3
libsdl2-2.0-0 2.0.14+dfsg2-3+deb11u2 1647 506 libs libasound2 libc6 libdrm2 libgbm1 libpulse0 libwayland-client0 libwayland-cursor0 libwayland-egl1 libx11-6 libxcursor1 libxext6 libxi6 libxinerama1 libxkbcommon0 libxrandr2 libxss1 libxxf86vm1
libseccomp2 2.5.1-1+deb11u1 158 49 libs libc6
libselinux1 3.1-3 207 88 libs libc6 libpcre2-8-0
libselinux1-dev 3.1-3 699 168 libdevel libselinux1 libsepol1-dev libpcre2-dev
libsemanage-common 3.1-1 36 21 libs.
libsemanage1 3.1-1+b2 307 99 libs libsemanage-common libaudit1 libbz2-1.0 libc6 libselinux1 libsepol1
libsensors-config 1:3.6.0-7 51 32 utils.
libsensors5 1:3.6.0-7 105 52 libs libsensors-config libc6
libsepol1 3.1-1+deb11u1 755 269 libs libc6
libsepol1-dev 3.1-1+deb11u1 1661 341 libdevel libsepol1
libserd-0-0 0.30.10-2 118 46 libs libc6
libserf-1-1 1.3.9-10 154 55 libs libapr1 libaprutil1 libc6 libgssapi-krb5-2 libssl1.1 zlib1g
libshine3 3.1.1-2 61 24 libs libc6
libsigsegv2 2.13-1 62 35 libs libc6
libslang2 2.3.2-5 1631 509 libs libc6
libsm-dev 2:1.2.3-1 106 38 libdevel libsm6 x11proto-core-dev libice-dev
libsm6 2:1.2.3-1 73 35 libs libc6 libice6 libuuid1
libsmartcols1 2.36.1-8+deb11u2 328 158 libs libc6
libsnappy1v5 1.1.8-1 56 18 libs libc6 libgcc-s1 libstdc++6
libsndfile1 1.0.31-2+deb11u2 541 188 libs libc6 libflac8 libogg0 libopus0 libvorbis0a libvorbisenc2
libsndio7.0 1.5.0-3 78 25 libs libasound2 libbsd0 libc6
libsodium23 1.0.18-1+deb11u1 420 163 libs libc6
libsord-0-0 0.16.8-2 65 24 libs libc6 libserd-0-0
libsoxr0 0.1.3-4 229 78 libs libc6 libgomp1
libspeex1 1.2~rc1.2-1.1 120 55 libs libc6
libsphinxbase3 0.8+5prealpha+1-12 331 120 libs libblas3 libc6 liblapack3 libpulse0
libsqlite3-0 3.34.1-3+deb11u1 1517 797 libs libc6
libsqlite3-dev 3.34.1-3+deb11u1 2559 963 libdevel libsqlite3-0 libc6-dev
libsratom-0-0 0.6.8-1 60 18 libs libc6 libserd-0-0 libsord-0-0
libsrt1.4-gnutls 1.4.2-1.3 789 271 libs libc6 libgcc-s1 libgnutls30 libnettle8 libstdc++6
libss2 1.46.2-2+deb11u1 113 79 libs libcom-err2 libc6
libssh-gcrypt-4 0.9.8-0+deb11u2 636 221 libs libc6 libgcrypt20 libgpg-error0 libgssapi-krb5-2 zlib1g
libssh2-1 1.9.0-2+deb11u1 298 156 libs libc6 libgcrypt20 zlib1g
libssl-dev 1.1.1w-0+deb11u8 7996 1822 libdevel libssl1.1
libssl1.1 1.1.1w-0+deb11u8 4130 1566 libs libc6 debconf
libstdc++-10-dev 10.2.1-6 17752 1741 libdevel gcc-10-base libgcc-10-dev libstdc++6 libc6-dev
libstdc++6 10.2.1-6 2351 493 libs gcc-10-base libc6 libgcc-s1
libsvn1 1.14.1-3+deb11u2 4334 1444 libs libsqlite3-0 libapr1 libaprutil1 libc6 libdb5.3 libexpat1 liblz4-1 libsasl2-2 libserf-1-1 libutf8proc2 zlib1g
libswresample3 7:4.3.9-0+deb11u2 246 117 libs libavutil56 libc6 libsoxr0
libswscale5 7:4.3.9-0+deb11u2 690 219 libs libavutil56 libc6
libsystemd0 247.3-7+deb11u8 866 377 libs libc6 libgcrypt20 liblz4-1 liblzma5 libzstd1
libtasn1-6 4.16.0-2+deb11u2 124 55 libs libc6
libthai-data 0.1.28-3 614 170 libs.
libthai0 0.1.28-3 96 54 libs libthai-data libc6 libdatrie1
libtheora0 1.1.1+dfsg.1-15 707 169 libs libc6 libcairo2 libogg0
libtiff-dev 4.2.0-1+deb11u8 1198 417 oldlibs libc6-dev libjbig-dev libjpeg-dev liblzma-dev libtiff5 libtiffxx5 zlib1g-dev libdeflate-dev
libtiff5 4.2.0-1+deb11u8 682 291 libs libc6 libdeflate0 libjbig0 libjpeg62-turbo liblzma5 libwebp6 libzstd1 zlib1g
libtiffxx5 4.2.0-1+deb11u8 149 130 libs libc6 libstdc++6 libtiff5
libtinfo6 6.2+20201114-2+deb11u2 537 342 libs libc6
libtirpc-common 1.3.1-1+deb11u1 34 13 libs.
libtirpc-dev 1.3.1-1+deb11u1 723 191 libdevel libtirpc3
libtirpc3 1.3.1-1+deb11u1 229 84 libs libc6 libgssapi-krb5-2 libtirpc-common
libtool 2.4.6-15 1198 513 devel. gcc cpp libc6-dev file autotools-dev
libtsan0 10.2.1-6 8926 2000 libs gcc-10-base libc6 libgcc-s1
libtwolame0 0.4.0-2 147 51 libs libc6
libubsan1 10.2.1-6 2982 777 libs gcc-10-base libc6 libgcc-s1 libstdc++6
libudev1 247.3-7+deb11u8 283 169 libs libc6
libudfread0 1.1.1-1 56 16 libs libc6
libunistring2 0.9.10-4 1592 379 libs libc6
libusb-1.0-0 2:1.0.24-3 150 60 libs libc6 libudev1
libutf8proc2 2.5.0-1 327 54 libs libc6
libuuid1 2.36.1-8+deb11u2 129 84 libs libc6
libuv1 1.40.0-2+deb11u1 287 132 libs libc6
libuv1-dev 1.40.0-2+deb11u1 671 169 libdevel libuv1
libva-drm2 2.10.0-1 45 19 libs libc6 libdrm2 libva2
libva-x11-2 2.10.0-1 57 24 libs libc6 libdrm2 libva2 libx11-6 libxext6 libxfixes3
libva2 2.10.0-1 207 69 libs libc6
libvdpau1 1.4-3 106 29 libs libc6 libx11-6 libxext6
libvidstab1.1 1.1.0-2+b1 99 38 libs libc6 libgomp1
libvorbis0a 1.3.7-1 205 93 libs libc6 libogg0
libvorbisenc2 1.3.7-1 703 81 libs libc6 libvorbis0a
libvorbisfile3 1.3.7-1 63 26 libs libc6 libogg0 libvorbis0a
libvpx6 1.9.0-1+deb11u5 2186 830 libs libc6
libvulkan1 1.2.162.0-1 428 103 libs libc6
libwavpack1 5.4.0-1 201 88 libs libc6
libwayland-client0 1.18.0-2~exp1.1 85 27 libs libc6 libffi7
libwayland-cursor0 1.18.0-2~exp1.1 50 15 libs libc6 libwayland-client0
libwayland-egl1 1.18.0-2~exp1.1 33 8 libs libc6
libwayland-server0 1.18.0-2~exp1.1 111 34 libs libc6 libffi7
libwebp-dev 0.6.1-2.1+deb11u2 975 342 libdevel libwebp6 libwebpmux3 libwebpdemux2
libwebp6 0.6.1-2.1+deb11u2 503 259 libs libc6
libwebpdemux2 0.6.1-2.1+deb11u2 109 88 libs libc6 libwebp6
libwebpmux3 0.6.1-2.1+deb11u2 134 98 libs libc6 libwebp6
libwmf-dev 0.2.8.4-17 818 190 libdevel libwmf0.2-7 libfreetype6-dev x11proto-core-dev libx11-dev zlib1g-dev
libwmf0.2-7 0.2.8.4-17 527 165 libs libc6 libexpat1 libfreetype6 libjpeg62-turbo libpng16-16 libx11-6 zlib1g
libwrap0 7.6.q-31 109 59 libs libc6 libnsl2
libx11-6 2:1.7.2-1+deb11u2 1576 772 libs libc6 libxcb1 libx11-data
libx11-data 2:1.7.2-1+deb11u2 1665 311 x11.
libx11-dev 2:1.7.2-1+deb11u2 2653 845 libdevel libx11-6 libxau-dev libxdmcp-dev x11proto-dev xtrans-dev libxcb1-dev
libx11-xcb1 2:1.7.2-1+deb11u2 262 204 libs libx11-6
libx264-160 2:0.160.3011+gitcde9a93-2.1 1852 539 libs libc6
libx265-192 3.4-2 15981 1095 libs libc6 libnuma1 libstdc++6
libxau-dev 1:1.0.9-1 65 23 libdevel libxau6 x11proto-dev
libxau6 1:1.0.9-1 42 20 libs libc6
libxcb-dri2-0 1.14-3 132 103 libs libc6 libxcb1
libxcb-dri3-0 1.14-3 128 102 libs libc6 libxcb1
libxcb-glx0 1.14-3 240 118 libs libc6 libxcb1
libxcb-present0 1.14-3 122 101 libs libc6 libxcb1
libxcb-render0 1.14-3 172 111 libs libc6 libxcb1
libxcb-render0-dev 1.14-3 275 114 libdevel libxcb-render0 libxcb1-dev
libxcb-shape0 1.14-3 123 102 libs libc6 libxcb1
libxcb-shm0 1.14-3 122 101 libs libc6 libxcb1
libxcb-shm0-dev 1.14-3 135 102 libdevel libxcb-shm0 libxcb1-dev
libxcb-sync1 1.14-3 145 105 libs libc6 libxcb1
libxcb-xfixes0 1.14-3 146 105 libs libc6 libxcb1
libxcb1 1.14-3 296 140 libs libc6 libxau6 libxdmcp6
libxcb1-dev 1.14-3 770 176 libdevel libxcb1 libpthread-stubs0-dev libxau-dev libxdmcp-dev
libxcursor1 1:1.2.0-2 80 37 libs libc6 libx11-6 libxfixes3 libxrender1
libxdamage1 1:1.1.5-2 39 16 libs libc6 libx11-6
libxdmcp-dev 1:1.1.2-3 81 42 libdevel libxdmcp6 x11proto-core-dev
libxdmcp6 1:1.1.2-3 53 26 libs libbsd0 libc6
libxext-dev 2:1.3.3-1.1 332 107 libdevel libxext6 x11proto-core-dev x11proto-xext-dev libx11-dev
libxext6 2:1.3.3-1.1 131 53 libs libc6 libx11-6
libxfixes3 1:5.0.3-2 57 22 libs libc6 libx11-6
libxi6 2:1.7.10-1 140 83 libs libc6 libx11-6 libxext6
libxinerama1 2:1.1.4-2 43 18 libs libc6 libx11-6 libxext6
libxkbcommon0 1.0.3-2 285 101 libs xkb-data libc6
libxml2 2.9.10+dfsg-6.7+deb11u10 1877 695 libs libc6 libicu67 liblzma5 zlib1g
libxml2-dev 2.9.10+dfsg-6.7+deb11u10 3329 793 libdevel libicu-dev libxml2
libxpm4 1:3.5.12-1.1+deb11u1 113 50 libs libc6 libx11-6
libxrandr2 2:1.5.1-1 82 37 libs libc6 libx11-6 libxext6 libxrender1
libxrender-dev 1:0.9.10-1 111 41 libdevel libxrender1 libx11-dev x11proto-render-dev x11proto-core-dev
libxrender1 1:0.9.10-1 70 33 libs libc6 libx11-6
libxshmfence1 1.3-1 26 9 libs libc6
libxslt1-dev 1.1.34-4+deb11u3 2010 330 libdevel libxml2-dev libxslt1.1
libxslt1.1 1.1.34-4+deb11u3 503 241 libs libc6 libgcrypt20 libxml2
libxss1 1:1.2.3-1 42 18 libs libc6 libx11-6 libxext6 x11-common
libxt-dev 1:1.2.0-1 1394 407 libdevel libxt6 libx11-dev x11proto-core-dev libsm-dev
libxt6 1:1.2.0-1 477 189 libs libc6 libice6 libsm6 libx11-6
libxtables12 1.8.7-1 111 45 libs libc6
libxv1 2:1.0.11-1 49 25 libs libc6 libx11-6 libxext6
libxvidcore4 2:1.3.7-1 734 242 libs libc6
libxxf86vm1 1:1.1.4-1+b2 50 21 libs libc6 libx11-6 libxext6
libxxhash0 0.8.0-2 114 27 libs libc6
libyaml-0-2 0.2.2-1 148 50 libs libc6
libyaml-dev 0.2.2-1 250 60 libdevel libyaml-0-2
libz3-4 4.8.10-1 22408 6949 libs libc6 libgcc-s1 libstdc++6
libzmq5 4.3.4-1+deb11u1 808 275 libs libbsd0 libc6 libgcc-s1 libgssapi-krb5-2 libnorm1 libpgm-5.3-0 libsodium23 libstdc++6
libzstd1 1.4.8+dfsg-2.1 904 319 libs libc6
libzvbi-common 0.2.35-18+deb11u1 169 65 devel.
libzvbi0 0.2.35-18+deb11u1 724 272 libs libc6 libpng16-16 libzvbi-common
linux-libc-dev 5.10.262-1 6191 1935 devel
locales 2.31-13+deb11u14 16015 4087 localization.~ libc-bin libc-l10n debconf
login 1:4.8.1-1+deb11u1 2336 656 admin*! libaudit1 libc6 libcrypt1 libpam0g libpam-runtime libpam-modules
logsave 1.46.2-2+deb11u1 93 75 admin libc6
lsb-base 11.1.0 49 29 misc.
lsb-release 11.1.0 63 28 misc. python3 distro-info-data
m4 1.4.18-5 357 204 interpreters libc6 libsigsegv2
make 4.3-4.1 1592 396 devel libc6
mariadb-common 1:10.5.29-0+deb11u1 83 39 database. mysql-common
mawk 1.3.4.20200120-2 242 112 interpreters! libc6
media-types 4.0.0 92 30 net.~
mercurial 5.6.1-4+deb11u1 1054 351 vcs mercurial-common ucf python3 libc6
mercurial-common 5.6.1-4+deb11u1 14241 2726 vcs. python3
mount 2.36.1-8+deb11u2 438 186 admin! libblkid1 libc6 libmount1 libsmartcols1 util-linux
mysql-common 5.8+1.0.7 34 7 database.
nano 5.4-2+deb11u3 2530 657 editors+ libc6 libncursesw6 libtinfo6
ncurses-base 6.2+20201114-2+deb11u2 386 272 misc*.!
ncurses-bin 6.2+20201114-2+deb11u2 646 429 utils*! libc6 libtinfo6
net-tools 1.60+git20181103.0eebece-1+deb11u2 992 250 net libc6 libselinux1
netbase 6.3 41 20 admin.+
netcat-openbsd 1.217-3 111 41 net libbsd0 libc6
nginx 1.18.0-6.1+deb11u8 103 94 httpd. nginx-core
nginx-common 1.18.0-6.1+deb11u8 339 128 httpd. lsb-base debconf
nginx-core 1.18.0-6.1+deb11u8 1276 517 httpd libnginx-mod-http-geoip libnginx-mod-http-image-filter libnginx-mod-http-xslt-filter libnginx-mod-mail libnginx-mod-stream libnginx-mod-stream-geoip nginx-common iproute2 libc6 libcrypt1 libpcre3 libssl1.1 zlib1g
node-abbrev 1.1.1-2 17 5 javascript. nodejs
node-agent-base 6.0.2-2 95 16 javascript. node-debug node-semver nodejs
node-ajv 6.12.6-2 366 74 javascript. node-fast-deep-equal node-json-schema-traverse node-json-stable-stringify node-uri-js nodejs
node-ansi 0.3.1-1 39 9 javascript. nodejs
node-ansi-regex 5.0.1-1~deb11u1 17 5 javascript. nodejs
node-ansi-styles 4.2.1-1 25 8 javascript. nodejs node-color-convert
node-ansistyles 0.1.3-2 16 4 javascript. nodejs
node-aproba 2.0.0-1 20 6 javascript. nodejs
node-archy 1.0.0-3 19 4 javascript. nodejs
node-are-we-there-yet 1.1.5-1 24 8 javascript. node-delegates node-readable-stream nodejs
node-asap 2.0.6-2 40 14 javascript. nodejs
node-asn1 0.2.3-2 34 7 javascript. nodejs
node-assert-plus 1.0.0-2 30 9 javascript. nodejs
node-asynckit 0.4.0-3 41 10 javascript. nodejs
node-aws-sign2 0.7.1-2 18 4 javascript. nodejs
node-aws4 1.11.0-1 30 10 javascript. nodejs
node-balanced-match 1.0.0-1 21 5 javascript. nodejs
node-bcrypt-pbkdf 1.0.2-1 40 11 javascript. nodejs node-tweetnacl
node-brace-expansion 2.0.0-1 22 7 javascript. node-balanced-match
node-builtins 1.0.3-2 15 3 javascript. nodejs
node-cacache 15.0.5+~cs13.9.21-1 151 43 javascript. nodejs node-chownr node-glob node-graceful-fs node-lru-cache node-mkdirp node-move-concurrently node-p-map node-promise-inflight node-rimraf node-ssri node-unique-filename
node-caseless 0.12.1-1 16 4 javascript. nodejs
node-chalk 4.1.0-1 44 15 javascript. node-ansi-styles node-escape-string-regexp node-supports-color nodejs
node-chownr 1.1.3-5 17 4 javascript.
node-clone 2.1.2-2 24 8 javascript. nodejs
node-color-convert 1.9.3-1 38 10 javascript. nodejs node-color-name
node-color-name 1.1.4+~1.1.1-1 26 6 javascript.
node-colors 1.4.0-1 68 12 javascript. nodejs
node-columnify 1.5.4-3 43 11 javascript. node-strip-ansi node-wcwidth.js nodejs
node-combined-stream 1.0.8-1 20 6 javascript. nodejs node-delayed-stream
node-concat-map 0.0.1-2 17 4 javascript. nodejs
node-console-control-strings 1.1.0-2 17 5 javascript. nodejs
node-copy-concurrently 1.0.5-7 24 7 javascript. node-aproba node-fs-write-stream-atomic node-iferr node-mkdirp node-rimraf node-run-queue nodejs
node-core-util-is 1.0.2-2 17 4 javascript. nodejs
node-dashdash 2.0.0-1 101 30 javascript. node-assert-plus
node-debug 4.3.1+~cs4.1.5-1 47 17 javascript. node-ms nodejs
node-defaults 1.0.3-2 14 4 javascript. node-clone
node-delayed-stream 1.0.0-4 20 5 javascript. nodejs
node-delegates 1.0.0-2 19 4 javascript. nodejs
node-depd 2.0.0-1 34 11 javascript. nodejs
node-ecc-jsbn 0.2.0-2 39 9 javascript. nodejs node-jsbn
node-encoding 0.1.13-1 18 4 javascript. node-iconv-lite nodejs
node-err-code 2.0.3+dfsg-1 18 5 javascript.
node-escape-string-regexp 4.0.0-1 16 4 javascript. nodejs
node-extend 3.0.2-1 22 7 javascript. nodejs
node-extsprintf 1.4.0-1 28 6 javascript.
node-fast-deep-equal 3.1.3-1 31 6 javascript.
node-forever-agent 0.6.1-2 18 4 javascript. nodejs
node-form-data 3.0.0-2+deb11u1 38 13 javascript. nodejs node-asynckit node-combined-stream node-mime-types
node-fs-write-stream-atomic 1.0.10-4 21 5 javascript. nodejs node-imurmurhash node-graceful-fs node-iferr
node-fs.realpath 1.0.0-1.1 26 6 javascript. nodejs
node-function-bind 1.1.1+repack-1 26 5 javascript. nodejs
node-gauge 2.7.4-1.1 77 25 javascript. nodejs node-string-width node-console-control-strings node-object-assign node-strip-ansi node-has-unicode node-aproba node-wide-align node-signal-exit
node-getpass 0.1.7-1.1 19 4 javascript. nodejs node-assert-plus
node-glob 7.1.6+~7.1.3-1 192 129 javascript. node-fs.realpath node-inflight node-inherits node-minimatch node-once node-path-is-absolute nodejs
node-graceful-fs 4.2.4+repack-1 45 13 javascript. nodejs
node-gyp 7.1.2-4 147 50 javascript. gyp libnode-dev node-glob node-graceful-fs node-mkdirp node-nopt node-npmlog node-osenv node-rimraf node-semver node-tar node-which nodejs
node-har-schema 2.0.0-4 37 6 javascript. nodejs
node-har-validator 5.1.5-1 28 7 javascript. node-ajv node-har-schema
node-has-flag 4.0.0-1 16 4 javascript. nodejs
node-has-unicode 2.0.1-2 16 3 javascript. nodejs
node-hosted-git-info 3.0.8-1 31 10 javascript. node-lru-cache
node-http-signature 1.3.5-1 54 13 javascript. node-assert-plus node-jsprim node-sshpk nodejs
node-https-proxy-agent 5.0.0-3 40 11 javascript. node-agent-base node-debug nodejs
node-iconv-lite 0.5.1-3 432 128 javascript. nodejs
node-iferr 1.0.2-1 15 3 javascript. nodejs
node-imurmurhash 0.1.4-1.1 28 8 javascript. nodejs
node-indent-string 4.0.0-1 16 4 javascript.
node-inflight 1.0.6-1.1 16 4 javascript. nodejs node-wrappy node-once
node-inherits 2.0.4-1 15 4 javascript. libjs-inherits nodejs
node-ini 2.0.0-1 20 6 javascript.
node-ip 1.1.5-5 27 7 javascript. nodejs
node-ip-regex 4.3.0-1 19 5 javascript. nodejs
node-is-typedarray 1.0.0-3 13 3 javascript. libjs-is-typedarray
node-isarray 2.0.5-1 15 4 javascript. nodejs
node-isexe 2.0.0-5 18 5 javascript. nodejs
node-isstream 0.1.2+dfsg-1.1 17 4 javascript. nodejs
node-jsbn 1.1.0-1.1 57 14 javascript. nodejs
node-json-parse-better-errors 1.0.2+~2.3.1-1 25 7 javascript.
node-json-schema 0.3.0+~7.0.6-1+deb11u1 65 13 javascript.
node-json-schema-traverse 1.0.0-2 27 6 javascript.
node-json-stable-stringify 1.0.1+~cs5.1.32-1 31 7 javascript. node-jsonify nodejs
node-json-stringify-safe 5.0.1+repack-3 104 21 javascript. nodejs
node-jsonify 0.0.0-1.1 28 6 javascript. nodejs
node-jsonparse 1.3.1-7 33 7 javascript. nodejs
node-jsonstream 1.3.5-1 27 8 javascript. node-jsonparse node-through nodejs
node-jsprim 2.0.0-1 37 14 javascript. node-assert-plus node-extsprintf node-json-schema node-verror nodejs
node-leven 3.1.0+~cs1.1.1-1 24 6 javascript. nodejs
node-lockfile 1.0.4-3 27 8 javascript. nodejs node-signal-exit
node-lru-cache 5.1.1-5 24 8 javascript. node-yallist nodejs
node-mime 2.5.0+dfsg+~cs3.90.0-1 262 39 javascript. nodejs
node-mime-types 2.1.28-1 29 9 javascript. node-mime
node-minimatch 3.0.4+~3.0.3-1+deb11u2 52 16 javascript. node-brace-expansion nodejs
node-mkdirp 1.0.4+~1.0.1-1 37 12 javascript. nodejs
node-move-concurrently 1.0.1-2 19 5 javascript. nodejs node-run-queue node-rimraf node-fs-write-stream-atomic node-aproba node-mkdirp node-copy-concurrently
node-ms 2.1.3+~cs0.7.31-1 21 6 javascript. nodejs
node-mute-stream 0.0.8-2 18 5 javascript. nodejs
node-nopt 5.0.0-1 38 12 javascript. node-abbrev nodejs
node-normalize-package-data 3.0.0+~2.4.0-1 43 12 javascript. node-hosted-git-info node-resolve node-semver node-validate-npm-package-license nodejs
node-npm-bundled 1.1.1-1 26 6 javascript. nodejs
node-npm-package-arg 8.1.0-1 26 8 javascript. nodejs node-hosted-git-info node-osenv node-semver node-validate-npm-package-name
node-npmlog 4.1.2-2 28 9 javascript. node-are-we-there-yet node-console-control-strings node-gauge node-set-blocking nodejs
node-number-is-nan 2.0.0-1 14 3 javascript. nodejs
node-oauth-sign 0.9.0-2 17 4 javascript. nodejs
node-object-assign 4.1.1-3 17 4 javascript. nodejs
node-once 1.4.0-3 17 4 javascript. nodejs node-wrappy
node-opener 1.5.2-1 22 5 javascript. nodejs xdg-utils
node-osenv 0.1.5-1 17 4 javascript. nodejs
node-p-map 4.0.0-1 32 8 javascript. node-escape-string-regexp node-indent-string nodejs
node-path-is-absolute 2.0.0-1 15 4 javascript. nodejs
node-performance-now 2.1.0+debian-1.1 20 5 javascript. nodejs
node-process-nextick-args 2.0.0-1 16 3 javascript. nodejs
node-promise-inflight 1.0.1-1.1 15 3 javascript. nodejs
node-promise-retry 2.0.1-1 18 5 javascript. node-err-code node-retry
node-promzard 0.3.0-1.1 36 9 javascript. nodejs node-read
node-psl 1.8.0+ds-4 150 38 javascript. libjs-psl node-punycode nodejs
node-puka 1.0.1+dfsg-2 135 29 javascript. nodejs
node-punycode 2.1.1-3 41 9 javascript. nodejs
node-qs 6.9.4+ds-1+deb11u1 82 23 javascript.
node-read 1.0.7-2 20 5 javascript. node-mute-stream nodejs
node-read-package-json 3.0.0-1 32 10 javascript. node-glob node-json-parse-better-errors node-normalize-package-data node-slash nodejs
node-readable-stream 3.6.0-2 139 30 javascript. nodejs node-inherits node-core-util-is node-string-decoder node-safe-buffer node-process-nextick-args node-util-deprecate node-isarray
node-resolve 1.19.0+~cs5.20.8-2 83 18 javascript. node-function-bind
node-resolve-from 5.0.0+~3.1.0+~3.3.0+~2.0.0-1 35 7 javascript.
node-retry 0.12.0-1 31 10 javascript. nodejs
node-rimraf 3.0.2-1 41 11 javascript. node-glob nodejs
node-run-queue 2.0.0-1 18 5 javascript. node-aproba
node-safe-buffer 5.2.1+~cs2.1.2-1 53 15 javascript. nodejs
node-semver 7.3.4-1 186 42 javascript. node-lru-cache nodejs
node-set-blocking 2.0.0-1.1 18 4 javascript. nodejs
node-signal-exit 3.0.3-1 22 6 javascript. nodejs
node-slash 3.0.0-1 15 4 javascript. nodejs
node-spdx-correct 3.1.1-1 24 5 javascript. node-spdx-license-ids node-spdx-expression-parse nodejs
node-spdx-exceptions 2.3.0-1 15 4 javascript. nodejs
node-spdx-expression-parse 3.0.1-1 24 7 javascript. node-spdx-exceptions node-spdx-license-ids nodejs
node-spdx-license-ids 3.0.7-1 27 7 javascript. nodejs
node-sshpk 1.16.1+dfsg-2 259 55 javascript. nodejs node-asn1 node-assert-plus node-bcrypt-pbkdf node-dashdash node-ecc-jsbn node-getpass node-jsbn node-tweetnacl
node-ssri 8.0.1-2 64 23 javascript. node-yallist nodejs
node-string-decoder 1.3.0-2 26 7 javascript. node-safe-buffer nodejs
node-string-width 4.2.0-1 74 10 javascript. node-strip-ansi node-wcwidth.js nodejs
node-strip-ansi 6.0.0-2 16 4 javascript. nodejs node-ansi-regex
node-supports-color 8.1.0+~7.2.0-1 25 7 javascript. node-has-flag nodejs
node-tar 6.0.5+ds1+~cs11.3.9-1+deb11u3 208 46 javascript. nodejs node-chownr node-mkdirp node-safe-buffer node-yallist
node-text-table 0.2.0-2 20 4 javascript. nodejs
node-through 2.3.8+~cs0.0.30-1 21 5 javascript.
node-tunnel-agent 0.6.1-2 20 5 javascript. node-safe-buffer nodejs
node-tweetnacl 1.0.3+dfsg-1 186 35 javascript. nodejs
node-typedarray-to-buffer 4.0.0-1 14 3 javascript. libjs-typedarray-to-buffer node-is-typedarray
node-unique-filename 1.1.1+ds-1 19 4 javascript. nodejs node-imurmurhash
node-uri-js 4.4.0+dfsg-5 292 47 javascript. node-punycode
node-util-deprecate 1.0.2-1 20 4 javascript. nodejs
node-uuid 8.3.2+~8.3.0-4 206 44 javascript.
node-validate-npm-package-license 3.0.4-1 17 4 javascript. node-spdx-correct node-spdx-expression-parse nodejs
node-validate-npm-package-name 3.0.0-1.1 19 5 javascript. nodejs node-builtins
node-verror 1.10.0-1.1 35 14 javascript. nodejs node-core-util-is node-extsprintf node-assert-plus
node-wcwidth.js 1.0.0-1.1 23 7 javascript. nodejs node-defaults
node-which 2.0.2+~cs1.3.2-1 32 8 javascript. nodejs node-isexe
node-wide-align 1.1.3-1 16 4 javascript. nodejs node-string-width
node-wrappy 1.0.2-1.1 15 3 javascript. nodejs
node-write-file-atomic 3.0.3+~3.0.1-1 32 8 javascript. node-imurmurhash node-is-typedarray node-signal-exit node-typedarray-to-buffer nodejs
node-yallist 4.0.0-1 24 7 javascript. nodejs
nodejs 12.22.12~dfsg-1~deb11u8 919 150 web libc6 libnode72
npm 7.5.2+ds-2 2440 801 web. ca-certificates nodejs node-abbrev node-agent-base node-ajv node-ansi node-ansi-regex node-ansi-styles node-ansistyles node-aproba node-archy node-are-we-there-yet node-asap node-asn1 node-assert-plus node-asynckit node-aws4 node-aws-sign2 node-balanced-match node-bcrypt-pbkdf node-brace-expansion node-builtins node-cacache node-caseless node-chalk node-chownr node-clone node-color-convert node-color-name node-colors node-columnify node-combined-stream node-concat-map node-console-control-strings node-core-util-is node-dashdash node-debug node-defaults node-delayed-stream node-delegates node-depd node-ecc-jsbn node-encoding node-err-code node-extend node-extsprintf node-fast-deep-equal node-forever-agent node-form-data node-fs.realpath node-function-bind node-gauge node-getpass node-glob node-graceful-fs node-gyp node-har-schema node-har-validator node-has-flag node-http-signature node-https-proxy-agent node-iconv-lite node-imurmurhash node-indent-string node-inflight node-inherits node-ini node-ip node-ip-regex node-is-typedarray node-isarray node-isexe node-isstream node-jsbn node-jsonparse node-json-parse-better-errors node-json-schema node-json-schema-traverse node-json-stable-stringify node-json-stringify-safe node-jsonstream node-jsprim node-leven node-lockfile node-mime node-mime-types node-minimatch node-mkdirp node-ms node-mute-stream node-nopt node-normalize-package-data node-npm-bundled node-npm-package-arg node-npmlog node-number-is-nan node-oauth-sign node-object-assign node-opener node-path-is-absolute node-promise-retry node-promzard node-performance-now node-p-map node-process-nextick-args node-psl node-puka node-punycode node-qs node-read node-readable-stream node-read-package-json node-resolve node-resolve-from node-retry node-rimraf node-safe-buffer node-semver node-set-blocking node-signal-exit node-slash node-spdx-correct node-spdx-exceptions node-spdx-expression-parse node-spdx-license-ids node-sshpk node-ssri node-string-decoder node-string-width node-strip-ansi node-supports-color node-tar node-text-table node-tunnel-agent node-tweetnacl node-typedarray-to-buffer node-uri-js node-util-deprecate node-uuid node-validate-npm-package-name node-verror node-which node-wide-align node-wrappy node-wcwidth.js node-write-file-atomic node-yallist
ocl-icd-libopencl1 2.2.14-2 140 42 libs libc6
openjdk-11-jdk-headless 11.0.32.1+1-1~deb11u1 80120 73769 java openjdk-11-jre-headless libc6 zlib1g
openjdk-11-jre-headless 11.0.32.1+1-1~deb11u1 171815 38307 java ca-certificates-java java-common libcups2 libfontconfig1 liblcms2-2 libjpeg62-turbo libnss3 util-linux libasound2 libc6 libfreetype6 libgcc-s1 libharfbuzz0b libpcsclite1 libstdc++6 zlib1g
openjdk-17-jdk-headless 17.0.20.1+1-1~deb11u1 76935 71597 java openjdk-17-jre-headless libc6 zlib1g
`;
