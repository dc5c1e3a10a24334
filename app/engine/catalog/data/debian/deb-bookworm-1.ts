// Generated from the Debian archive's Packages index (bookworm, amd64) by data/tools/emit.py:
// one package a line: name version installed-KiB download-kB section[flags] depends... ('=': as in trixie)
// flags: . Architecture all, * Essential, ! required, + important, ~ standard (else optional). Do not hand-edit lightly.
export default `
adduser 3.134 686 183 admin.+ =
apt 2.6.2 4232 1373 admin! adduser gpgv libapt-pkg6.0 debian-archive-keyring libc6 libgcc-s1 libgnutls30 libseccomp2 libstdc++6 libsystemd0
autoconf 2.71-3 2025 332 devel. =
automake 1:1.16.5-1.3 1837 823 devel. =
autotools-dev 20220109.1 134 52 devel. =
base-files 12.4+deb12u15 341 71 admin*! =
base-passwd 3.6.1 247 60 admin*! =
bash 5.2.15-2+b13 7164 1491 shells*! =
binutils 2.40-2 109 65 devel binutils-common libbinutils binutils-x86-64-linux-gnu
binutils-common 2.40-2 15021 2487 devel =
binutils-x86-64-linux-gnu 2.40-2 11428 2246 devel binutils-common libbinutils libc6 libctf-nobfd0 libctf0 libgcc-s1 libgprofng0 libjansson4 libstdc++6 libzstd1 zlib1g
bsdutils 1:2.38.1-5+deb12u1 355 94 utils*! =
build-essential 12.9 20 8 devel =
bzip2 1.0.8-5+b1 121 50 utils~ =
ca-certificates 20250419~deb12u2 388 161 misc.~ =
comerr-dev 2.1-1.47.0-2+b2 144 52 libdevel =
coreutils 9.1-1 18062 2897 utils*! libacl1 libattr1 libc6 libgmp10 libselinux1
cpp 4:12.2.0-3 30 7 interpreters cpp-12
cpp-12 12.2.0-14+deb12u1 33848 9768 interpreters gcc-12-base libc6 libgmp10 libisl23 libmpc3 libmpfr6 libzstd1 zlib1g
curl 7.88.1-10+deb12u5 488 315 web libc6 libcurl4 zlib1g
dash 0.5.12-2 191 92 shells*! libc6 debianutils dpkg
debconf 1.5.82 491 121 admin.! =
debian-archive-keyring 2023.3+deb12u2 293 179 misc.+ =
debianutils 5.7-0.5~deb12u1 243 103 utils*! =
default-libmysqlclient-dev 1.1.0 9 3 database =
diffutils 1:3.8-4 1598 352 utils*! =
dirmngr 2.2.40-1.1+deb12u2 1329 793 utils adduser gpgconf lsb-base init-system-helpers libassuan0 libc6 libgcrypt20 libgnutls30 libgpg-error0 libksba8 libldap-2.5-0 libnpth0
dpkg 1.21.23 6409 1568 admin*! =
dpkg-dev 1.21.23 1728 1354 utils. =
e2fsprogs 1.47.0-2+b2 1497 572 admin! libblkid1 libc6 libcom-err2 libext2fs2 libss2 libuuid1 logsave
eslint 6.4.0~dfsg+~6.1.9-7 2948 606 javascript. =
ffmpeg 7:5.1.9-0+deb12u1 2388 1822 video libavcodec59 libavdevice59 libavfilter8 libavformat59 libavutil57 libc6 libpostproc56 libsdl2-2.0-0 libswresample4 libswscale6
file 1:5.44-3 79 42 utils~ libc6 libmagic1
findutils 4.9.0-4 1746 636 utils*! =
fontconfig 2.14.1-4 617 449 fonts =
fontconfig-config 2.14.1-4 527 315 fonts =
fonts-dejavu 2.37-6 34 28 fonts. fonts-dejavu-core fonts-dejavu-extra
fonts-dejavu-core 2.37-6 2960 1068 fonts.
fonts-dejavu-extra 2.37-6 7229 1985 fonts. =
g++ 4:12.2.0-3 14 1 devel cpp gcc g++-12 gcc-12
g++-12 12.2.0-14+deb12u1 36161 10694 devel gcc-12-base gcc-12 libstdc++-12-dev libc6 libgmp10 libisl23 libmpc3 libmpfr6 libzstd1 zlib1g
gcc 4:12.2.0-3 47 5 devel cpp gcc-12
gcc-12 12.2.0-14+deb12u1 68236 19269 devel cpp-12 gcc-12-base libcc1-0 binutils libgcc-12-dev libc6 libgcc-s1 libgmp10 libisl23 libmpc3 libmpfr6 libstdc++6 libzstd1 zlib1g
gcc-12-base 12.2.0-14+deb12u1 100 38 libs
gettext-base 0.21-12 645 160 utils~ =
gir1.2-freedesktop 1.74.0-3 148 37 introspection gir1.2-glib-2.0
gir1.2-gdkpixbuf-2.0 2.42.10+dfsg-1+deb12u4 43 14 introspection =
gir1.2-glib-2.0 1.74.0-3 719 159 introspection libgirepository-1.0-1 libglib2.0-0
gir1.2-rsvg-2.0 2.54.7+dfsg-1~deb12u2 63 21 introspection =
git 1:2.39.5-0+deb12u2 44890 7260 vcs libc6 libcurl3-gnutls libexpat1 libpcre2-8-0 zlib1g perl liberror-perl git-man
git-man 1:2.39.5-0+deb12u2 2106 2053 doc. =
gnupg 2.2.40-1.1+deb12u2 886 846 utils. dirmngr gnupg-l10n gnupg-utils gpg gpg-agent gpg-wks-client gpg-wks-server gpgsm gpgv
gnupg-l10n 2.2.40-1.1+deb12u2 4875 1093 localization. =
gnupg-utils 2.2.40-1.1+deb12u2 1837 927 utils libassuan0 libbz2-1.0 libc6 libgcrypt20 libgpg-error0 libksba8 libreadline8 zlib1g
gosu 1.14-1+b10 2185 766 admin =
gpg 2.2.40-1.1+deb12u2 1582 950 utils gpgconf libassuan0 libbz2-1.0 libc6 libgcrypt20 libgpg-error0 libreadline8 libsqlite3-0 zlib1g
gpg-agent 2.2.40-1.1+deb12u2 1349 695 utils gpgconf pinentry-curses init-system-helpers libassuan0 libc6 libgcrypt20 libgpg-error0 libnpth0
gpg-wks-client 2.2.40-1.1+deb12u2 683 541 utils dirmngr gpg gpg-agent libassuan0 libc6 libgcrypt20 libgpg-error0
gpg-wks-server 2.2.40-1.1+deb12u2 658 531 utils gpg gpg-agent libc6 libgcrypt20 libgpg-error0
gpgconf 2.2.40-1.1+deb12u2 804 565 utils libassuan0 libc6 libgcrypt20 libgpg-error0 libreadline8
gpgsm 2.2.40-1.1+deb12u2 993 671 utils gpgconf libassuan0 libc6 libgcrypt20 libgpg-error0 libksba8 libreadline8
gpgv 2.2.40-1.1+deb12u2 918 649 utils+ =
grep 3.8-5 1245 421 utils*! libc6 libpcre2-8-0 dpkg
gyp 0.1+20220404git9ecf45e-2 1168 237 python. python3 python3-pkg-resources python3-six
gzip 1.12-1 252 140 utils*! libc6 dpkg
handlebars 3:4.7.7+~4.1.0-1 1006 199 javascript. =
hicolor-icon-theme 0.17-2 441 11 misc. =
hostname 3.23+nmu1 46 10 admin*! =
htop 3.2.2-2 378 152 utils libc6 libncursesw6 libnl-3-200 libnl-genl-3-200 libtinfo6
icu-devtools 72.1-3+deb12u1 717 206 libdevel libc6 libgcc-s1 libicu72 libstdc++6
imagemagick 8:6.9.11.60+dfsg-1.6+deb12u15 189 135 graphics imagemagick-6.q16
imagemagick-6-common 8:6.9.11.60+dfsg-1.6+deb12u15 551 180 graphics.
imagemagick-6.q16 8:6.9.11.60+dfsg-1.6+deb12u15 629 351 graphics libc6 libmagickcore-6.q16-6 libmagickwand-6.q16-6 hicolor-icon-theme
init-system-helpers 1.65.2+deb12u1 133 39 admin*.! usr-is-merged
iproute2 6.1.0-3 3516 1046 net+ debconf libbpf1 libbsd0 libc6 libcap2 libdb5.3 libelf1 libmnl0 libselinux1 libtirpc3 libxtables12 libcap2-bin
iputils-ping 3:20221126-1+deb12u1 121 47 net+ libcap2-bin libc6 libcap2 libidn2-0
jq 1.6-2.1+deb12u3 111 64 utils libjq1 libc6
krb5-multidev 1.20.1-2+deb12u5 822 126 libdevel libkrb5-3 libk5crypto3 libgssapi-krb5-2 libgssrpc4 libkadm5srv-mit12 libkadm5clnt-mit12 comerr-dev
less 590-2.1~deb12u2 313 132 text+ =
libabsl20220623 20220623.1-1+deb12u2 1913 391 libs libc6 libgcc-s1 libstdc++6
libacl1 2.3.1-3 73 31 libs =
libaom3 3.6.0-1+deb12u3 5546 1851 libs =
libapr1 1.7.2-3+deb12u1 288 102 libs libc6 libuuid1
libaprutil1 1.6.3-1+deb12u1 284 89 libs libapr1 libc6 libcrypt1 libdb5.3 libexpat1 libgdbm6 libssl3
libapt-pkg6.0 2.6.2 3297 907 libs libbz2-1.0 libc6 libgcc-s1 libgcrypt20 liblz4-1 liblzma5 libstdc++6 libsystemd0 libudev1 libxxhash0 libzstd1 zlib1g
libasan8 12.2.0-14+deb12u1 8017 2193 libs gcc-12-base libc6 libgcc-s1
libasound2 1.2.8-1+b1 1161 362 libs libasound2-data libc6
libasound2-data 1.2.8-1 200 20 libs. =
libass9 1:0.17.1-1+deb12u1 254 107 libs libc6 libfontconfig1 libfreetype6 libfribidi0 libharfbuzz0b
libassuan0 2.5.5-5 117 48 libs libc6 libgpg-error0
libasyncns0 0.8-6+b3 40 13 libs =
libatomic1 12.2.0-14+deb12u1 45 9 libs gcc-12-base libc6
libattr1 1:2.5.1-4 59 22 libs =
libaudit-common 1:3.0.9-1 22 10 libs. =
libaudit1 1:3.0.9-1 150 47 libs =
libavc1394-0 0.5.4-5 62 20 libs =
libavcodec59 7:5.1.9-0+deb12u1 14701 5229 libs libaom3 libavutil57 libc6 libcairo2 libcodec2-1.0 libdav1d6 libglib2.0-0 libgsm1 libjxl0.7 liblzma5 libmfx1 libmp3lame0 libopenjp2-7 libopus0 librav1e0 librsvg2-2 libshine3 libsnappy1v5 libspeex1 libsvtav1enc1 libswresample4 libtheora0 libtwolame0 libva2 libvorbis0a libvorbisenc2 libvpx7 libwebp7 libwebpmux3 libx264-164 libx265-199 libxvidcore4 libzvbi0 zlib1g
libavdevice59 7:5.1.9-0+deb12u1 300 123 libs libasound2 libavc1394-0 libavcodec59 libavfilter8 libavformat59 libavutil57 libc6 libcaca0 libcdio-cdda2 libcdio-paranoia2 libdc1394-25 libdrm2 libgl1 libiec61883-0 libjack-jackd2-0 libopenal1 libpulse0 libraw1394-11 libsdl2-2.0-0 libx11-6 libxcb-shape0 libxcb-shm0 libxcb-xfixes0 libxcb1 libxext6 libxv1
libavfilter8 7:5.1.9-0+deb12u1 12411 3713 libs libass9 libavcodec59 libavformat59 libavutil57 libbs2b0 libc6 libflite1 libfontconfig1 libfreetype6 libfribidi0 liblilv-0-0 libmfx1 libmysofa1 libplacebo208 libpocketsphinx3 libpostproc56 librubberband2 libsphinxbase3 libstdc++6 libswresample4 libswscale6 libva2 libvidstab1.1 libzimg2 libzmq5 ocl-icd-libopencl1 zlib1g
libavformat59 7:5.1.9-0+deb12u1 2819 1114 libs libavcodec59 libavutil57 libbluray2 libbz2-1.0 libc6 libchromaprint1 libgme0 libgnutls30 libopenmpt0 librabbitmq4 librist4 libsrt1.5-gnutls libssh-gcrypt-4 libxml2 libzmq5 zlib1g
libavif15 0.11.1-1+deb12u1 203 94 libs libaom3 libc6 libdav1d6 libgav1-1 librav1e0 libsvtav1enc1 libyuv0
libavutil57 7:5.1.9-0+deb12u1 1031 373 libs libc6 libdrm2 libmfx1 libva-drm2 libva-x11-2 libva2 libvdpau1 libx11-6 ocl-icd-libopencl1
libbinutils 2.40-2 2469 572 devel libc6 libzstd1 zlib1g binutils-common
libblas3 3.11.0-2 464 149 libs libc6
libblkid-dev 2.38.1-5+deb12u1 875 179 libdevel =
libblkid1 2.38.1-5+deb12u1 398 147 libs =
libbluray2 1:1.3.4-1 348 138 libs =
libbpf1 1:1.1.2-0+deb12u1 385 145 libs libc6 libelf1 zlib1g
libbrotli-dev 1.0.9-2+deb12u1 900 287 libdevel =
libbrotli1 1.0.9-2+deb12u1 783 275 libs =
libbs2b0 3.1.0+dfsg-7 41 12 libs =
libbsd0 0.11.7-2 202 117 libs =
libbz2-1.0 1.0.8-5+b1 106 47 libs =
libbz2-dev 1.0.8-5+b1 95 31 libdevel =
libc-ares2 1.18.1-3 169 102 libs libc6
libc-bin 2.36-9+deb12u7 2039 607 libs*! =
libc-dev-bin 2.36-9+deb12u7 91 46 libdevel =
libc-l10n 2.36-9+deb12u7 4347 675 localization.~ =
libc6 2.36-9+deb12u7 12986 2758 libs =
libc6-dev 2.36-9+deb12u7 11958 1899 libdevel libc6 libc-dev-bin linux-libc-dev libcrypt-dev libnsl-dev rpcsvc-proto
libcaca0 0.99.beta20-3+deb12u1 895 201 libs =
libcairo-gobject2 1.16.0-7 178 112 libs libcairo2 libglib2.0-0
libcairo-script-interpreter2 1.16.0-7 285 149 libs =
libcairo2 1.16.0-7 1307 575 libs libc6 libfontconfig1 libfreetype6 libpixman-1-0 libpng16-16 libx11-6 libxcb-render0 libxcb-shm0 libxcb1 libxext6 libxrender1 zlib1g
libcairo2-dev 1.16.0-7 2804 727 libdevel =
libcap-ng0 0.8.3-1+b3 65 17 libs =
libcap2 1:2.66-4+deb12u3+b1 95 28 libs =
libcap2-bin 1:2.66-4+deb12u3+b1 133 35 utils =
libcbor0.8 0.8.0-2+b1 98 27 libs libc6
libcc1-0 12.2.0-14+deb12u1 136 42 libs gcc-12-base libc6 libgcc-s1 libstdc++6
libcdio-cdda2 10.2+2.0.1-1 55 21 libs libc6 libcdio19
libcdio-paranoia2 10.2+2.0.1-1 55 20 libs libc6 libcdio-cdda2 libcdio19
libcdio19 2.1.0-4 324 203 libs libc6
libchromaprint1 1.5.1-2+b1 108 41 libs libavcodec59 libavutil57 libc6 libgcc-s1 libstdc++6
libcjson1 1.7.15-1+deb12u4 60 23 libs =
libcodec2-1.0 1.0.5-1 16473 8171 libs libc6
libcom-err2 1.47.0-2+b2 55 20 libs =
libcrypt-dev 1:4.4.33-2 341 118 libdevel =
libcrypt1 1:4.4.33-2 233 89 libs =
libctf-nobfd0 2.40-2 301 153 devel =
libctf0 2.40-2 232 90 devel =
libcurl3-gnutls 7.88.1-10+deb12u5 827 385 libs libbrotli1 libc6 libgnutls30 libgssapi-krb5-2 libidn2-0 libldap-2.5-0 libnettle8 libnghttp2-14 libpsl5 librtmp1 libssh2-1 libzstd1 zlib1g
libcurl4 7.88.1-10+deb12u5 843 390 libs libbrotli1 libc6 libgssapi-krb5-2 libidn2-0 libldap-2.5-0 libnghttp2-14 libpsl5 librtmp1 libssh2-1 libssl3 libzstd1 zlib1g
libcurl4-openssl-dev 7.88.1-10+deb12u5 1780 491 libdevel libcurl4
libdatrie1 0.2.13-2+b1 82 43 libs =
libdav1d6 1.0.0-2+deb12u1 1616 513 libs libc6
libdb-dev 5.3.2 8 2 libdevel =
libdb5.3 5.3.28+dfsg2-1 1833 697 libs libc6
libdb5.3-dev 5.3.28+dfsg2-1 3086 781 libdevel libdb5.3
libdbus-1-3 1.14.10-1~deb12u1 468 201 libs =
libdc1394-25 2.2.6-4 278 109 libs =
libde265-0 1.0.11-1+deb12u3 471 186 libs =
libdebconfclient0 0.270 37 10 libs =
libdecor-0-0 0.1.1-2 62 15 libs =
libdeflate-dev 1.14-1 146 53 libdevel =
libdeflate0 1.14-1 161 61 libs =
libdjvulibre-dev 3.5.28-2.1~deb12u1 6045 2407 libdevel =
libdjvulibre-text 3.5.28-2.1~deb12u1 340 52 libs. =
libdjvulibre21 3.5.28-2.1~deb12u1 1737 585 libs =
libdpkg-perl 1.21.23 1987 604 perl. =
libdrm-amdgpu1 2.4.114-1+b1 76 21 libs =
libdrm-common 2.4.114-1 42 7 libs. =
libdrm-intel1 2.4.114-1+b1 178 64 libs =
libdrm-nouveau2 2.4.114-1+b1 74 19 libs libc6 libdrm2
libdrm-radeon1 2.4.114-1+b1 83 22 libs libc6 libdrm2
libdrm2 2.4.114-1+b1 121 37 libs =
libedit2 3.1-20221030-2 258 93 libs =
libelf1 0.188-2.1 1036 174 libs libc6 zlib1g
libepoxy0 1.5.10-1 1356 189 libs libc6
liberror-perl 0.17029-2 73 29 perl. =
libevent-2.1-7 2.1.12-stable-8+deb12u1 435 181 libs libc6
libevent-core-2.1-7 2.1.12-stable-8+deb12u1 302 131 libs libc6
libevent-dev 2.1.12-stable-8+deb12u1 1730 305 libdevel libevent-2.1-7 libevent-core-2.1-7 libevent-extra-2.1-7 libevent-pthreads-2.1-7 libevent-openssl-2.1-7
libevent-extra-2.1-7 2.1.12-stable-8+deb12u1 226 108 libs libc6 libevent-core-2.1-7
libevent-openssl-2.1-7 2.1.12-stable-8+deb12u1 103 61 libs libc6 libevent-core-2.1-7 libssl3
libevent-pthreads-2.1-7 2.1.12-stable-8+deb12u1 84 54 libs libc6 libevent-core-2.1-7
libexif-dev 0.6.24-1+deb12u1 561 103 libdevel =
libexif12 0.6.24-1+deb12u1 2608 397 libs =
libexpat1 2.5.0-1+deb12u5 414 108 libs =
libexpat1-dev 2.5.0-1+deb12u5 845 159 libdevel =
libext2fs2 1.47.0-2+b2 535 205 libs libc6
libffi-dev 3.4.4-1 315 59 libdevel =
libffi8 3.4.4-1 68 23 libs =
libfftw3-double3 3.3.10-1 2259 776 libs =
libfido2-1 1.12.0-2+b1 241 77 libs libc6 libcbor0.8 libssl3 libudev1 zlib1g
libflac12 1.4.2+ds-2 458 198 libs libc6 libogg0
libflite1 2.2-5 27554 12824 libs libasound2 libc6
libfontconfig-dev 2.14.1-4 833 409 libdevel libfontconfig1 libexpat1-dev libfreetype-dev uuid-dev pkg-config
libfontconfig1 2.14.1-4 579 386 libs =
libfreetype-dev 2.12.1+dfsg-5+deb12u4 2060 566 libdevel libfreetype6 libbrotli-dev libc6-dev libpng-dev zlib1g-dev
libfreetype6 2.12.1+dfsg-5+deb12u4 886 398 libs libbrotli1 libc6 libpng16-16 zlib1g
libfreetype6-dev 2.12.1+dfsg-5+deb12u4 69 47 libdevel libfreetype-dev
libfribidi0 1.0.8-2.1 172 65 libs =
libgav1-1 0.18.0-1+b1 945 332 libs libabsl20220623 libc6 libgcc-s1 libstdc++6
libgbm1 22.3.6-1+deb12u2 107 38 libs libc6 libdrm2 libexpat1 libwayland-server0
libgcc-12-dev 12.2.0-14+deb12u1 14284 2437 libdevel gcc-12-base libgcc-s1 libgomp1 libitm1 libatomic1 libasan8 liblsan0 libtsan2 libubsan1 libquadmath0
libgcc-s1 12.2.0-14+deb12u1 140 50 libs gcc-12-base libc6
libgcrypt20 1.10.1-3+deb12u1 1592 696 libs =
libgd3 2.3.3-9+deb12u1 449 124 libs libavif15 libc6 libfontconfig1 libfreetype6 libheif1 libjpeg62-turbo libpng16-16 libtiff6 libwebp7 libxpm4
libgdbm-compat4 1.23-3 70 48 libs libc6 libgdbm6
libgdbm-dev 1.23-3 400 164 libdevel libc6-dev libgdbm6
libgdbm6 1.23-3 129 72 libs libc6
libgdk-pixbuf-2.0-0 2.42.10+dfsg-1+deb12u4 477 139 libs libgdk-pixbuf2.0-common shared-mime-info libc6 libglib2.0-0 libjpeg62-turbo libpng16-16 libtiff6
libgdk-pixbuf-2.0-dev 2.42.10+dfsg-1+deb12u4 470 52 libdevel gir1.2-gdkpixbuf-2.0 libgdk-pixbuf-2.0-0 libgdk-pixbuf2.0-bin libglib2.0-dev libjpeg-dev libpng-dev libtiff-dev shared-mime-info
libgdk-pixbuf2.0-bin 2.42.10+dfsg-1+deb12u4 75 18 libs libc6 libgdk-pixbuf-2.0-0 libglib2.0-0
libgdk-pixbuf2.0-common 2.42.10+dfsg-1+deb12u4 2516 307 libs. =
libgfortran5 12.2.0-14+deb12u1 2923 793 libs gcc-12-base libc6 libgcc-s1 libquadmath0
libgirepository-1.0-1 1.74.0-3 295 101 libs libc6 libffi8 libglib2.0-0
libgl1 1.6.0-1 652 88 libs =
libgl1-mesa-dri 22.3.6-1+deb12u2 25254 7240 libs libc6 libdrm-amdgpu1 libdrm-intel1 libdrm-nouveau2 libdrm-radeon1 libdrm2 libelf1 libexpat1 libgcc-s1 libglapi-mesa libllvm15 libsensors5 libstdc++6 libxcb-dri3-0 libzstd1 zlib1g
libglapi-mesa 22.3.6-1+deb12u2 268 36 libs libc6
libglib2.0-0 2.74.6-2+deb12u2 4131 1399 libs libc6 libffi8 libmount1 libpcre2-8-0 libselinux1 zlib1g
libglib2.0-bin 2.74.6-2+deb12u2 334 110 misc libglib2.0-data libc6 libelf1 libglib2.0-0
libglib2.0-data 2.74.6-2+deb12u2 9404 1209 libs. =
libglib2.0-dev 2.74.6-2+deb12u2 10089 1604 libdevel libffi-dev libglib2.0-0 libglib2.0-bin libglib2.0-dev-bin libmount-dev libpcre2-dev libselinux1-dev pkg-config zlib1g-dev
libglib2.0-dev-bin 2.74.6-2+deb12u2 663 151 libdevel python3-distutils python3 libc6 libglib2.0-0
libglvnd0 1.6.0-1 728 52 libs =
libglx-mesa0 22.3.6-1+deb12u2 518 148 libs libc6 libdrm2 libexpat1 libglapi-mesa libx11-6 libx11-xcb1 libxcb-dri2-0 libxcb-dri3-0 libxcb-glx0 libxcb-present0 libxcb-randr0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb1 libxext6 libxfixes3 libxshmfence1 libxxf86vm1 libgl1-mesa-dri
libglx0 1.6.0-1 162 34 libs =
libgme0 0.6.3-6 333 130 libs =
libgmp-dev 2:6.2.1+dfsg1-1.1 1834 641 libdevel =
libgmp10 2:6.2.1+dfsg1-1.1 855 563 libs =
libgmpxx4ldbl 2:6.2.1+dfsg1-1.1 371 338 libs =
libgnutls30 3.7.9-2+deb12u7 3396 1409 libs libc6 libgmp10 libhogweed6 libidn2-0 libnettle8 libp11-kit0 libtasn1-6 libunistring2
libgomp1 12.2.0-14+deb12u1 312 116 libs gcc-12-base libc6
libgpg-error0 1.46-1 192 77 libs =
libgpm2 1.20.7-10+b1 45 14 libs =
libgprofng0 2.40-2 3958 812 devel =
libgraphite2-3 1.3.14-1+deb12u1 191 75 libs =
libgsm1 1.0.22-1 92 31 libs =
libgssapi-krb5-2 1.20.1-2+deb12u5 425 135 libs libc6 libcom-err2 libk5crypto3 libkrb5-3 libkrb5support0
libgssrpc4 1.20.1-2+deb12u5 201 59 libs libc6 libgssapi-krb5-2
libharfbuzz0b 6.0.0+dfsg-3 2609 1945 libs libc6 libfreetype6 libglib2.0-0 libgraphite2-3
libheif1 1.15.1-1+deb12u1 659 215 libs libaom3 libc6 libdav1d6 libde265-0 libgcc-s1 libstdc++6 libx265-199 zlib1g
libhogweed6 3.8.1-2 463 328 libs libc6 libgmp10 libnettle8
libhwy1 1.0.3-3+deb12u1 1628 348 libs libc6 libgcc-s1 libstdc++6
libice-dev 2:1.0.10-1 238 67 libdevel =
libice6 2:1.0.10-1 133 59 libs libbsd0 libc6 x11-common
libicu-dev 72.1-3+deb12u1 47784 10348 libdevel libicu72 icu-devtools libc6-dev
libicu72 72.1-3+deb12u1 36170 9376 libs libc6 libgcc-s1 libstdc++6
libidn2-0 2.3.3-1+b1 439 124 libs libc6 libunistring2
libiec61883-0 1.2.0-6+b1 81 30 libs =
libimath-3-1-29 3.1.6-1 335 47 libs libc6 libstdc++6
libimath-dev 3.1.6-1 1050 118 libdevel libimath-3-1-29
libisl23 0.25-1.1 2302 683 libs =
libitm1 12.2.0-14+deb12u1 115 26 libs gcc-12-base libc6
libjack-jackd2-0 1.9.21~dfsg-3 1154 281 libs libc6 libdb5.3 libgcc-s1 libopus0 libsamplerate0 libstdc++6
libjansson4 2.14-2 101 41 libs =
libjbig-dev 2.1-6.1 92 31 libdevel =
libjbig0 2.1-6.1 84 32 libs =
libjpeg-dev 1:2.1.5-2 107 72 libdevel =
libjpeg62-turbo 1:2.1.5-2 677 166 libs =
libjpeg62-turbo-dev 1:2.1.5-2 1096 290 libdevel =
libjq1 1.6-2.1+deb12u3 366 136 libs =
libjs-async 0.8.0-6 73 24 javascript.
libjs-events 3.3.0+~3.0.0-3 43 11 javascript. =
libjs-inherits 2.0.4-6 12 4 javascript. =
libjs-is-typedarray 1.0.0-4 14 4 javascript. =
libjs-prettify 2015.12.04+dfsg-1.1 155 42 javascript. =
libjs-regenerate 1.4.2-3 49 14 javascript. =
libjs-source-map 0.7.0++dfsg2+really.0.6.1-15 342 30 javascript. =
libjs-sprintf-js 1.1.2+ds1+~1.1.2-1 46 13 javascript. =
libjs-typedarray-to-buffer 4.0.0-2 17 5 javascript. =
libjs-util 0.12.5+~1.0.10-1 69 16 javascript. =
libjxl0.7 0.7.0-10+deb12u1 3472 1046 libs libbrotli1 libc6 libgcc-s1 libhwy1 liblcms2-2 libstdc++6
libk5crypto3 1.20.1-2+deb12u5 261 80 libs =
libkadm5clnt-mit12 1.20.1-2+deb12u5 175 42 libs libc6 libcom-err2 libgssapi-krb5-2 libgssrpc4 libk5crypto3 libkrb5-3 libkrb5support0
libkadm5srv-mit12 1.20.1-2+deb12u5 200 54 libs libc6 libcom-err2 libgssapi-krb5-2 libgssrpc4 libk5crypto3 libkdb5-10 libkrb5-3 libkrb5support0
libkdb5-10 1.20.1-2+deb12u5 153 41 libs libc6 libcom-err2 libgssrpc4 libk5crypto3 libkrb5-3 libkrb5support0
libkeyutils1 1.6.3-2 40 9 libs =
libkrb5-3 1.20.1-2+deb12u5 1077 332 libs libc6 libcom-err2 libk5crypto3 libkeyutils1 libkrb5support0 libssl3
libkrb5-dev 1.20.1-2+deb12u5 148 16 libdevel =
libkrb5support0 1.20.1-2+deb12u5 134 33 libs =
libksba8 1.6.3-2 316 128 libs =
liblapack3 3.11.0-2 7188 2323 libs =
liblcms2-2 2.14-2+deb12u1 428 154 libs =
liblcms2-dev 2.14-2+deb12u1 1904 1815 libdevel =
libldap-2.5-0 2.5.13+dfsg-5 553 183 libs libc6 libgnutls30 libsasl2-2
liblerc-dev 4.0.0+ds-2 978 175 libdevel =
liblerc4 4.0.0+ds-2 649 170 libs =
liblilv-0-0 0.24.14-1 139 49 libs libc6 libserd-0-0 libsord-0-0 libsratom-0-0
libllvm15 1:15.0.6-4+b1 114610 23115 libs libc6 libedit2 libffi8 libgcc-s1 libstdc++6 libtinfo6 libxml2 libz3-4 zlib1g
liblqr-1-0 0.4.2-2.1 76 29 libs libc6 libglib2.0-0
liblqr-1-0-dev 0.4.2-2.1 735 72 libdevel =
liblsan0 12.2.0-14+deb12u1 2942 969 libs gcc-12-base libc6 libgcc-s1
libltdl-dev 2.4.7-7~deb12u1 941 164 libdevel =
libltdl7 2.4.7-7~deb12u1 421 393 libs =
liblz4-1 1.9.4-1 169 63 libs libc6
liblzma-dev 5.4.1-1+deb12u2 726 260 libdevel =
liblzma5 5.4.1-1+deb12u2 333 206 libs =
liblzo2-2 2.10-2 174 57 libs =
libmagic-mgc 1:5.44-3 8130 305 libs =
libmagic1 1:5.44-3 232 104 libs libbz2-1.0 libc6 liblzma5 zlib1g libmagic-mgc
libmagickcore-6-arch-config 8:6.9.11.60+dfsg-1.6+deb12u15 237 143 libdevel dpkg libmagickcore-6-headers imagemagick-6-common
libmagickcore-6-headers 8:6.9.11.60+dfsg-1.6+deb12u15 440 51 libdevel. dpkg imagemagick-6-common
libmagickcore-6.q16-6 8:6.9.11.60+dfsg-1.6+deb12u15 6661 1816 libs dpkg libbz2-1.0 libc6 libfftw3-double3 libfontconfig1 libfreetype6 libgcc-s1 libgomp1 libheif1 libjbig0 libjpeg62-turbo liblcms2-2 liblqr-1-0 libltdl7 liblzma5 libopenjp2-7 libpng16-16 libtiff6 libwebp7 libwebpdemux2 libwebpmux3 libx11-6 libxext6 libxml2 zlib1g imagemagick-6-common
libmagickcore-6.q16-6-extra 8:6.9.11.60+dfsg-1.6+deb12u15 405 188 libs libc6 libcairo2 libdjvulibre21 libglib2.0-0 libmagickcore-6.q16-6 libmagickwand-6.q16-6 libopenexr-3-1-30 libpango-1.0-0 libpangocairo-1.0-0 libwmflite-0.2-7 libxml2
libmagickcore-6.q16-dev 8:6.9.11.60+dfsg-1.6+deb12u15 5151 1135 libdevel dpkg libmagickcore-6-arch-config libmagickcore-6.q16-6 libmagickcore-6.q16-6-extra libbz2-dev libdjvulibre-dev libexif-dev libfreetype6-dev libjpeg-dev libopenjp2-7-dev liblcms2-dev liblqr-1-0-dev libltdl-dev libopenexr-dev libpng-dev librsvg2-dev libtiff-dev libwmf-dev libx11-dev libxext-dev libxml2-dev libxt-dev zlib1g-dev pkg-config
libmagickcore-dev 8:6.9.11.60+dfsg-1.6+deb12u15 12 1 libdevel. dpkg imagemagick-6-common libmagickcore-6.q16-dev
libmagickwand-6-headers 8:6.9.11.60+dfsg-1.6+deb12u15 95 11 libdevel. dpkg libmagickcore-6-headers imagemagick-6-common
libmagickwand-6.q16-6 8:6.9.11.60+dfsg-1.6+deb12u15 1392 421 libs dpkg libc6 libgcc-s1 libgomp1 libmagickcore-6.q16-6 libx11-6 imagemagick-6-common
libmagickwand-6.q16-dev 8:6.9.11.60+dfsg-1.6+deb12u15 2667 420 libdevel dpkg libmagickwand-6-headers libmagickwand-6.q16-6 libmagickcore-6.q16-6-extra libmagickcore-6.q16-dev pkg-config
libmagickwand-dev 8:6.9.11.60+dfsg-1.6+deb12u15 12 1 libdevel. dpkg imagemagick-6-common libmagickwand-6.q16-dev
libmariadb-dev 1:10.11.19-0+deb12u1 981 271 libdevel =
libmariadb-dev-compat 1:10.11.19-0+deb12u1 71 26 libdevel =
libmariadb3 1:10.11.19-0+deb12u1 553 180 libs mariadb-common libc6 libssl3 zlib1g
libmaxminddb-dev 1.7.1-1 111 39 libdevel =
libmaxminddb0 1.7.1-1 76 30 libs =
libmbedcrypto7 2.28.3-1 615 277 libs libc6
libmd0 1.0.4-2 79 29 libs =
libmfx1 22.5.4-1 27346 3219 libs libc6 libgcc-s1 libstdc++6 libva2
libmnl0 1.0.4-3 46 12 libs =
libmount-dev 2.38.1-5+deb12u1 81 22 libdevel =
libmount1 2.38.1-5+deb12u1 454 165 libs =
libmp3lame0 3.100-6 544 365 libs =
libmpc3 1.3.1-1 149 51 libs =
libmpfr6 4.2.0-1 1177 701 libs =
libmpg123-0 1.31.2-1+deb12u1 389 147 libs libc6
libmysofa1 1.3.1~dfsg0-1 1266 1158 libs =
libncurses-dev 6.4-4 2319 349 libdevel libtinfo6 libncurses6 libncursesw6 libc6-dev ncurses-bin
libncurses6 6.4-4 335 103 libs =
libncursesw6 6.4-4 412 134 libs =
libnettle8 3.8.1-2 520 288 libs libc6
libnghttp2-14 1.52.0-1+deb12u3 220 72 libs =
libnl-3-200 3.7.0-0.2+b1 182 63 libs libc6
libnl-genl-3-200 3.7.0-0.2+b1 58 22 libs libnl-3-200 libc6
libnode-dev 18.20.4+dfsg-1~deb12u3 3277 514 libdevel libssl-dev libuv1-dev libnode108
libnode108 18.20.4+dfsg-1~deb12u3 46435 10633 libs libbrotli1 libc-ares2 libc6 libgcc-s1 libicu72 libnghttp2-14 libssl3 libstdc++6 libuv1 zlib1g node-acorn node-cjs-module-lexer node-undici
libnorm1 1.5.9+dfsg-2 506 221 libs libc6 libgcc-s1 libstdc++6
libnpth0 1.6-3 50 19 libs libc6
libnsl-dev 1.3.0-2 345 66 libdevel libnsl2 libtirpc-dev
libnsl2 1.3.0-2 127 39 libs libc6 libtirpc3
libnuma1 2.0.16-1 71 21 libs =
libogg0 1.3.5-3 61 23 libs =
libonig5 6.9.8-1 666 188 libs =
libopenal-data 1:1.19.1-2 207 170 libs. =
libopenal1 1:1.19.1-2 963 501 libs libopenal-data libc6 libsndio7.0
libopenexr-3-1-30 3.1.5-5 4488 923 libs libc6 libgcc-s1 libimath-3-1-29 libstdc++6 zlib1g
libopenexr-dev 3.1.5-5 881 199 libdevel libimath-dev libopenexr-3-1-30 zlib1g-dev
libopenjp2-7 2.5.0-2+deb12u3 479 189 libs =
libopenjp2-7-dev 2.5.0-2+deb12u3 977 263 libdevel =
libopenmpt0 0.6.9-1 1951 693 libs libc6 libgcc-s1 libmpg123-0 libstdc++6 libvorbis0a libvorbisfile3 zlib1g
libopus0 1.3.1-3 400 195 libs =
libp11-kit0 0.24.1-2 1408 345 libs =
libpam-modules 1.5.2-6+deb12u3 1033 293 admin! libaudit1 libc6 libcrypt1 libdb5.3 libpam0g libselinux1 debconf libpam-modules-bin
libpam-modules-bin 1.5.2-6+deb12u3 228 76 admin! libaudit1 libc6 libcrypt1 libpam0g libselinux1
libpam-runtime 1.5.2-6+deb12u3 877 161 admin.! =
libpam0g 1.5.2-6+deb12u3 216 92 libs =
libpango-1.0-0 1.50.12+ds-1 520 212 libs fontconfig libc6 libfribidi0 libglib2.0-0 libharfbuzz0b libthai0
libpangocairo-1.0-0 1.50.12+ds-1 103 34 libs libc6 libcairo2 libfontconfig1 libglib2.0-0 libharfbuzz0b libpango-1.0-0 libpangoft2-1.0-0
libpangoft2-1.0-0 1.50.12+ds-1 142 47 libs libc6 libfontconfig1 libfreetype6 libglib2.0-0 libharfbuzz0b libpango-1.0-0
libpciaccess0 0.17-2 92 51 libs =
libpcre2-16-0 10.42-1+deb12u2 632 245 libs =
libpcre2-32-0 10.42-1+deb12u2 608 235 libs =
libpcre2-8-0 10.42-1+deb12u2 685 262 libs =
libpcre2-dev 10.42-1+deb12u2 2592 752 libdevel =
libpcre2-posix3 10.42-1+deb12u2 82 56 libs =
libperl5.36 5.36.0-7+deb12u4 28875 4208 libs libbz2-1.0 libc6 libcrypt1 libdb5.3 libgdbm-compat4 libgdbm6 zlib1g perl-modules-5.36
libpgm-5.3-0 5.3.128~dfsg-2 322 161 libs libc6
libpixman-1-0 0.42.2-1 1002 546 libs =
libpixman-1-dev 0.42.2-1 1240 564 libdevel =
libpkgconf3 1.8.1-1 101 36 libs =
libplacebo208 4.208.0-3 7716 2239 libs libc6 libepoxy0 libgcc-s1 liblcms2-2 libstdc++6 libvulkan1
libpng-dev 1.6.39-2+deb12u6 854 361 libdevel libpng16-16 zlib1g-dev
libpng16-16 1.6.39-2+deb12u6 417 277 libs libc6 zlib1g
libpocketsphinx3 0.8+5prealpha+1-15 314 125 libs libc6 libsphinxbase3
libpostproc56 7:5.1.9-0+deb12u1 239 103 libs libavutil57 libc6
libpq-dev 15.20-0+deb12u1 595 157 libdevel =
libpq5 15.20-0+deb12u1 906 205 libs libc6 libgssapi-krb5-2 libldap-2.5-0 libssl3
libproc2-0 2:4.0.2-3 232 63 libs =
`;
