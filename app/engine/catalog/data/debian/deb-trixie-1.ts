// Generated from the Debian archive's Packages index (trixie, amd64) by data/tools/emit.py:
// one package a line: name version installed-KiB download-kB section[flags] depends...
// flags: . Architecture all, * Essential, ! required, + important, ~ standard (else optional). Do not hand-edit lightly.
export default `
adduser 3.152 428 191 admin.+ passwd
apt 3.0.4 4481 1453 admin! base-passwd sqv libapt-pkg7.0 debian-archive-keyring libc6 libgcc-s1 libseccomp2 libssl3t64 libstdc++6 libsystemd0
autoconf 2.72-3.1 2197 494 devel. perl m4 debianutils
automake 1:1.17-4 1906 862 devel. autoconf autotools-dev
autotools-dev 20240727.1 147 60 devel.
base-files 13.8+deb13u8 500 88 admin*! mawk
base-passwd 3.6.7 272 54 admin*! libc6 libdebconfclient0 libselinux1
bash 5.2.37-2+b10 7196 1501 shells*! libc6 libtinfo6 base-files debianutils
binutils 2.44-3 1073 265 devel libbinutils libc6 libgcc-s1 libgprofng0 libstdc++6 binutils-common binutils-x86-64-linux-gnu
binutils-common 2.44-3 16098 2509 devel
binutils-x86-64-linux-gnu 2.44-3 5990 1014 devel binutils-common libbinutils libc6 libctf-nobfd0 libctf0 libjansson4 libsframe1 libzstd1 zlib1g
bsdutils 1:2.41.5-0+deb13u1 401 110 utils*! libc6 libsystemd0
build-essential 12.12 17 5 devel libc6-dev gcc g++ make dpkg-dev
bzip2 1.0.8-6 113 41 utils~ libbz2-1.0 libc6
ca-certificates 20250419+deb13u1 387 161 misc.~ openssl debconf
comerr-dev 2.1-1.47.2-3+b12 156 57 libdevel libc6-dev libcom-err2
coreutils 9.7-3 18457 3024 utils*! libacl1 libattr1 libc6 libcap2 libgmp10 libselinux1 libssl3t64 libsystemd0
cpp 4:14.2.0-1 18 2 interpreters cpp-14 cpp-x86-64-linux-gnu
cpp-14 14.2.0-19 11 1 interpreters gcc-14-base cpp-14-x86-64-linux-gnu
cpp-14-x86-64-linux-gnu 14.2.0-19 34503 11047 interpreters gcc-14-base libc6 libgmp10 libisl23 libmpc3 libmpfr6 libzstd1 zlib1g
cpp-x86-64-linux-gnu 4:14.2.0-1 17 5 devel cpp-14-x86-64-linux-gnu
curl 8.14.1-2+deb13u7 495 270 web libc6 libcurl4t64 zlib1g
dash 0.5.12-12 207 99 shells*! libc6 debianutils
debconf 1.5.91 497 121 admin.!
debian-archive-keyring 2025.1 302 179 misc.+
debianutils 5.23.2 225 92 utils*! libc6
default-libmysqlclient-dev 1.1.1 9 3 database libmariadb-dev-compat
diffutils 1:3.10-4 1768 387 utils*! libc6
dirmngr 2.4.7-21+deb13u1+b5 967 384 utils adduser gpgconf init-system-helpers libassuan9 libc6 libgcrypt20 libgnutls30t64 libgpg-error0 libksba8 libldap2 libnpth0t64
dpkg 1.22.22 6587 1537 admin*! libbz2-1.0 libc6 liblzma5 libmd0 libselinux1 libzstd1 zlib1g tar
dpkg-dev 1.22.22 1725 1337 utils. perl libdpkg-perl tar bzip2 xz-utils patch make binutils
eslint 6.4.0~dfsg+~6.1.9-12 2946 606 javascript. node-ajv node-concat-stream node-debug node-doctrine node-eslint-visitor-keys node-eslint-scope node-espree node-esquery node-estraverse node-eslint-utils node-esutils node-file-entry-cache node-functional-red-black-tree node-glob-parent node-globals node-resolve-from node-imurmurhash node-ignore node-is-glob node-json-stable-stringify node-levn node-lodash node-memfs node-mkdirp node-optionator node-progress node-regenerate-unicode-properties node-regexpp node-semver node-strip-json-comments node-json-schema node-v8-compile-cache nodejs
ffmpeg 7:7.1.5-0+deb13u1 2680 2002 video libavcodec61 libavdevice61 libavfilter10 libavformat61 libavutil59 libc6 libplacebo349 libpostproc58 libsdl2-2.0-0 libswresample5 libswscale8
file 1:5.46-5 79 44 utils~ libc6 libmagic1t64
findutils 4.10.0-3 2160 700 utils*! libc6 libselinux1
fontconfig 2.15.0-2.3 681 463 fonts libc6 libfontconfig1 libfreetype6 fontconfig-config
fontconfig-config 2.15.0-2.3 533 318 fonts debconf fonts-dejavu-core
fonts-dejavu 2.37-8 35 28 fonts. fonts-dejavu-core fonts-dejavu-mono fonts-dejavu-extra
fonts-dejavu-core 2.37-8 2292 840 fonts. fonts-dejavu-mono
fonts-dejavu-extra 2.37-8 6733 1792 fonts. fonts-dejavu-core
fonts-dejavu-mono 2.37-8 1281 489 fonts.
g++ 4:14.2.0-1 13 1 devel cpp cpp-x86-64-linux-gnu gcc g++-14 g++-x86-64-linux-gnu gcc-14
g++-14 14.2.0-19 35 23 devel g++-14-x86-64-linux-gnu gcc-14-base gcc-14
g++-14-x86-64-linux-gnu 14.2.0-19 36931 12115 devel gcc-14-base gcc-14-x86-64-linux-gnu libstdc++-14-dev libc6 libgmp10 libisl23 libmpc3 libmpfr6 libzstd1 zlib1g
g++-x86-64-linux-gnu 4:14.2.0-1 11 1 devel cpp-x86-64-linux-gnu gcc-x86-64-linux-gnu g++-14-x86-64-linux-gnu
gcc 4:14.2.0-1 36 5 devel cpp cpp-x86-64-linux-gnu gcc-14 gcc-x86-64-linux-gnu
gcc-14 14.2.0-19 622 540 devel gcc-14-x86-64-linux-gnu gcc-14-base cpp-14 binutils
gcc-14-base 14.2.0-19 112 49 libs
gcc-14-x86-64-linux-gnu 14.2.0-19 68460 21390 devel cpp-14-x86-64-linux-gnu gcc-14-base libcc1-0 binutils-x86-64-linux-gnu libgcc-14-dev libc6 libgcc-s1 libgmp10 libisl23 libmpc3 libmpfr6 libstdc++6 libzstd1 zlib1g
gcc-x86-64-linux-gnu 4:14.2.0-1 23 1 devel cpp-x86-64-linux-gnu gcc-14-x86-64-linux-gnu
gettext-base 0.23.1-2 740 243 utils~ libc6
gir1.2-freedesktop 1.84.0-1 233 61 introspection gir1.2-glib-2.0 libcairo-gobject2
gir1.2-freedesktop-dev 1.84.0-1 262 52 libdevel gir1.2-freedesktop gir1.2-glib-2.0-dev
gir1.2-gdkpixbuf-2.0 2.42.12+dfsg-4+deb13u1 44 14 introspection gir1.2-glib-2.0 libgdk-pixbuf-2.0-0
gir1.2-glib-2.0 2.84.4-3~deb13u5 779 201 introspection libglib2.0-0t64
gir1.2-glib-2.0-dev 2.84.4-3~deb13u5 11761 918 libdevel gir1.2-glib-2.0
gir1.2-harfbuzz-0.0 10.2.0-1+deb13u1 190 42 introspection gir1.2-freedesktop gir1.2-glib-2.0 libharfbuzz-gobject0 libharfbuzz0b
gir1.2-pango-1.0 1.56.3-1 136 39 introspection gir1.2-freedesktop gir1.2-glib-2.0 gir1.2-harfbuzz-0.0 libpango-1.0-0 libpangocairo-1.0-0 libpangoft2-1.0-0 libpangoxft-1.0-0
gir1.2-rsvg-2.0 2.60.0+dfsg-1+deb13u1 46 17 introspection gir1.2-freedesktop gir1.2-gdkpixbuf-2.0 gir1.2-glib-2.0 librsvg2-2
girepository-tools 2.84.4-3~deb13u5 382 152 libdevel native-architecture libc6 libffi8 libgirepository-2.0-0 libglib2.0-0t64
git 1:2.47.3-0+deb13u1 49154 8862 vcs libc6 libcurl3t64-gnutls libexpat1 libpcre2-8-0 zlib1g perl liberror-perl git-man
git-man 1:2.47.3-0+deb13u1 2251 2205 doc.
gnupg 2.4.7-21+deb13u1 468 417 utils. dirmngr gnupg-l10n gpg gpg-agent gpgsm
gnupg-l10n 2.4.7-21+deb13u1 5010 749 localization.
gosu 1.17-3+b4 2890 940 admin
gpg 2.4.7-21+deb13u1+b5 1594 636 utils gpgconf init-system-helpers libassuan9 libbz2-1.0 libc6 libgcrypt20 libgpg-error0 libksba8 libnpth0t64 libreadline8t64 libsqlite3-0 zlib1g
gpg-agent 2.4.7-21+deb13u1+b5 899 271 utils gpgconf pinentry-curses init-system-helpers libassuan9 libc6 libgcrypt20 libgpg-error0 libnpth0t64
gpgconf 2.4.7-21+deb13u1+b5 371 129 utils libassuan9 libc6 libgcrypt20 libgpg-error0 libreadline8t64
gpgsm 2.4.7-21+deb13u1+b5 664 276 utils gpgconf libassuan9 libc6 libgcrypt20 libgpg-error0 libksba8 libnpth0t64 libreadline8t64
gpgv 2.4.7-21+deb13u1+b5 560 241 utils libbz2-1.0 libc6 libgcrypt20 libgpg-error0 zlib1g
grep 3.11-4 1266 431 utils*! libc6 libpcre2-8-0
gyp 0.16.2-2 1347 255 python. python3 python3-packaging
gzip 1.13-1+deb13u1 256 139 utils*! libc6
handlebars 3:4.7.7+~4.1.0-1 1006 199 javascript. node-neo-async node-optimist node-source-map node-wordwrap nodejs
hicolor-icon-theme 0.18-2 780 12 misc.
hostname 3.25 50 11 admin*! libc6
htop 3.4.1-5 424 171 utils libc6 libncursesw6 libtinfo6
icu-devtools 76.1-4 756 215 libdevel libc6 libgcc-s1 libicu76 libstdc++6
imagemagick 8:7.1.1.43+dfsg1-1+deb13u14 89 36 graphics imagemagick-7.q16
imagemagick-7-common 8:7.1.1.43+dfsg1-1+deb13u14 473 83 graphics.
imagemagick-7.q16 8:7.1.1.43+dfsg1-1+deb13u14 858 742 graphics libc6 libmagickcore-7.q16-10 libmagickwand-7.q16-10 hicolor-icon-theme
init-system-helpers 1.69~deb13u1 133 39 admin*.!
iproute2 6.15.0-1 3774 1089 net+ debconf libbpf1 libc6 libcap2 libdb5.3t64 libelf1t64 libmnl0 libselinux1 libtirpc3t64 libxtables12 libcap2-bin
iputils-ping 3:20240905-3 187 51 net+ libc6 libcap2 libidn2-0
jq 1.7.1-6+deb13u4 125 79 utils libc6 libjq1
krb5-multidev 1.21.3-5+deb13u2 822 127 libdevel comerr-dev libgssapi-krb5-2 libgssrpc4t64 libk5crypto3 libkadm5clnt-mit12 libkadm5srv-mit12 libkrb5-3
less 668-1 376 161 text+ libc6 libtinfo6
libabsl20240722 20240722.0-4 2561 492 libs libc6 libgcc-s1 libstdc++6
libacl1 2.3.2-2+b1 74 33 libs libc6
libaom3 3.12.1-1+deb13u1 5579 1872 libs libc6
libapparmor1 4.1.0-1 115 44 libs libc6
libapr1t64 1.7.5-1 301 104 libs libc6 libuuid1
libaprutil1t64 1.6.3-3+deb13u1 284 90 libs libapr1t64 libc6 libcrypt1 libdb5.3t64 libexpat1 libgdbm6t64 libssl3t64
libapt-pkg7.0 3.0.4 3856 1114 libs libbz2-1.0 libc6 libgcc-s1 liblz4-1 liblzma5 libssl3t64 libstdc++6 libsystemd0 libudev1 libxxhash0 libzstd1 zlib1g
libasan8 14.2.0-19 10695 2725 libs gcc-14-base libc6 libgcc-s1
libasound2-data 1.2.14-1+deb13u1 197 21 libs.
libasound2t64 1.2.14-1+deb13u1 1265 381 libs libasound2-data libc6
libass9 1:0.17.3-1+deb13u1 286 114 libs libc6 libfontconfig1 libfreetype6 libfribidi0 libharfbuzz0b libunibreak6
libassuan9 3.0.2-2 136 62 libs libc6 libgpg-error0
libasyncns0 0.8-6+b5 39 12 libs libc6
libatomic1 14.2.0-19 45 9 libs gcc-14-base libc6
libattr1 1:2.5.2-3 60 23 libs libc6
libaudit-common 1:4.0.2-2+deb13u1 25 13 libs.
libaudit1 1:4.0.2-2+deb13u1 198 58 libs libaudit-common libc6 libcap-ng0
libavc1394-0 0.5.4-5+b2 65 18 libs libc6 libraw1394-11
libavcodec61 7:7.1.5-0+deb13u1 16613 5821 libs libaom3 libavutil59 libc6 libcairo2 libcodec2-1.2 libdav1d7 libglib2.0-0t64 libgsm1 libjxl0.11 liblzma5 libmp3lame0 libopenjp2-7 libopus0 librav1e0.7 librsvg2-2 libshine3 libsnappy1v5 libspeex1 libsvtav1enc2 libswresample5 libtheoradec1 libtheoraenc1 libtwolame0 libva2 libvorbis0a libvorbisenc2 libvpl2 libvpx9 libwebp7 libwebpmux3 libx264-164 libx265-215 libxvidcore4 libzvbi0t64 zlib1g
libavdevice61 7:7.1.5-0+deb13u1 301 127 libs libasound2t64 libavc1394-0 libavcodec61 libavfilter10 libavformat61 libavutil59 libc6 libcaca0 libcdio-cdda2t64 libcdio-paranoia2t64 libdc1394-25 libdrm2 libgl1 libiec61883-0 libjack-jackd2-0 libopenal1 libpulse0 libraw1394-11 libsdl2-2.0-0 libx11-6 libxcb-shape0 libxcb-shm0 libxcb-xfixes0 libxcb1 libxext6 libxv1
libavfilter10 7:7.1.5-0+deb13u1 14159 4121 libs libass9 libavcodec61 libavformat61 libavutil59 libbs2b0 libc6 libflite1 libfontconfig1 libfreetype6 libfribidi0 libharfbuzz0b liblilv-0-0 libmysofa1 libplacebo349 libpocketsphinx3 libpostproc58 librubberband2 libsphinxbase3t64 libstdc++6 libswresample5 libswscale8 libva2 libvidstab1.1 libvpl2 libzimg2 libzmq5 ocl-icd-libopencl1 zlib1g
libavformat61 7:7.1.5-0+deb13u1 3047 1203 libs libavcodec61 libavutil59 libbluray2 libbz2-1.0 libc6 libchromaprint1 libdvdnav4 libdvdread8t64 libgme0 libgnutls30t64 libopenmpt0t64 librabbitmq4 librist4 libsrt1.5-gnutls libssh-4 libxml2 libzmq5 zlib1g
libavif16 1.2.1-1.2 288 133 libs libaom3 libc6 libdav1d7 libgav1-1 librav1e0.7 libsvtav1enc2 libyuv0
libavutil59 7:7.1.5-0+deb13u1 1252 425 libs libc6 libdrm2 libva-drm2 libva-x11-2 libva2 libvdpau1 libvpl2 libx11-6 ocl-icd-libopencl1
libbinutils 2.44-3 2390 534 devel libc6 libsframe1 libzstd1 zlib1g binutils-common
libblas3 3.12.1-6 521 160 libs libc6 libgcc-s1
libblkid-dev 2.41.5-0+deb13u1 978 209 libdevel libblkid1 libc6-dev uuid-dev
libblkid1 2.41.5-0+deb13u1 453 172 libs libc6
libbluray2 1:1.3.4-1+b2 353 138 libs libc6 libfontconfig1 libfreetype6 libudfread0 libxml2
libbpf1 1:1.5.0-3 452 169 libs libc6 libelf1t64 zlib1g
libbrotli-dev 1.1.0-2+deb13u1 1421 396 libdevel libbrotli1
libbrotli1 1.1.0-2+deb13u1 865 304 libs libc6
libbs2b0 3.1.0+dfsg-8+b1 46 13 libs libc6 libstdc++6
libbsd0 0.12.2-2 214 131 libs libc6 libmd0
libbz2-1.0 1.0.8-6 96 38 libs libc6
libbz2-dev 1.0.8-6 99 31 libdevel libbz2-1.0 libc6-dev
libc-bin 2.41-12+deb13u5 2123 639 libs*! libc6
libc-dev-bin 2.41-12+deb13u5 127 61 libdevel libc6
libc-l10n 2.41-12+deb13u5 4740 742 localization.~
libc6 2.41-12+deb13u5 13223 2850 libs libgcc-s1
libc6-dev 2.41-12+deb13u5 12542 1991 libdevel libc6 libc-dev-bin linux-libc-dev libcrypt-dev rpcsvc-proto
libcaca0 0.99.beta20-5+deb13u1 899 202 libs libc6 libncursesw6 libslang2 libstdc++6 libtinfo6 zlib1g
libcairo-gobject2 1.18.4-1+b1 197 130 libs libcairo2 libglib2.0-0t64
libcairo-script-interpreter2 1.18.4-1+b1 201 59 libs libc6 libcairo2 libfontconfig1 libfreetype6 liblzo2-2 zlib1g
libcairo2 1.18.4-1+b1 1391 538 libs libc6 libfontconfig1 libfreetype6 libpixman-1-0 libpng16-16t64 libx11-6 libxcb-render0 libxcb-shm0 libxcb1 libxext6 libxrender1 zlib1g
libcairo2-dev 1.18.4-1+b1 235 43 libdevel libcairo-gobject2 libcairo-script-interpreter2 libcairo2 libfontconfig-dev libfreetype-dev libglib2.0-dev libpixman-1-dev libpng-dev libsm-dev libx11-dev libxcb-render0-dev libxcb-shm0-dev libxcb1-dev libxext-dev libxrender-dev
libcap-ng0 0.8.5-4+b1 66 18 libs libc6
libcap2 1:2.75-10+deb13u1+b3 92 29 libs libc6
libcap2-bin 1:2.75-10+deb13u1+b3 132 36 utils libc6 libcap2
libcares2 1.34.9-1~deb13u1 287 103 libs libc6
libcbor0.10 0.10.2-2 94 28 libs libc6
libcc1-0 14.2.0-19 140 43 libs gcc-14-base libc6 libgcc-s1 libstdc++6
libcdio-cdda2t64 10.2+2.0.2-1+b1 55 18 libs libc6 libcdio19t64
libcdio-paranoia2t64 10.2+2.0.2-1+b1 55 17 libs libc6 libcdio-cdda2t64 libcdio19t64
libcdio19t64 2.2.0-4.1~deb13u1 191 62 libs libc6
libchromaprint1 1.5.1-7 113 43 libs libc6 libgcc-s1 libstdc++6
libcjson1 1.7.18-3.1+deb13u1 86 30 libs libc6
libcodec2-1.2 1.2.0-3 16506 8170 libs libc6
libcom-err2 1.47.2-3+b12 64 25 libs libc6
libcrypt-dev 1:4.4.38-1 345 119 libdevel libcrypt1
libcrypt1 1:4.4.38-1 234 90 libs libc6
libctf-nobfd0 2.44-3 293 156 devel libc6 zlib1g
libctf0 2.44-3 232 89 devel libbinutils libc6 zlib1g
libcurl3t64-gnutls 8.14.1-2+deb13u7 997 385 libs libbrotli1 libc6 libgnutls30t64 libgssapi-krb5-2 libidn2-0 libldap2 libnettle8t64 libnghttp2-14 libnghttp3-9 libngtcp2-16 libngtcp2-crypto-gnutls8 libpsl5t64 librtmp1 libssh2-1t64 libzstd1 zlib1g
libcurl4-openssl-dev 8.14.1-2+deb13u7 2220 511 libdevel libbrotli-dev libcurl4t64 libidn2-dev libkrb5-dev libldap-dev libnghttp2-dev libnghttp3-dev libpsl-dev librtmp-dev libssh2-1-dev libssl-dev libzstd-dev zlib1g-dev
libcurl4t64 8.14.1-2+deb13u7 1013 392 libs libbrotli1 libc6 libgssapi-krb5-2 libidn2-0 libldap2 libnghttp2-14 libnghttp3-9 libpsl5t64 librtmp1 libssh2-1t64 libssl3t64 libzstd1 zlib1g
libdatrie-dev 0.2.13-3+b1 81 18 libdevel libdatrie1 pkgconf
libdatrie1 0.2.13-3+b1 77 38 libs libc6
libdav1d-dev 1.5.1-1 131 27 libdevel libdav1d7
libdav1d7 1.5.1-1 1730 559 libs libc6
libdb-dev 5.3.4 8 2 libdevel libdb5.3-dev
libdb5.3-dev 5.3.28+dfsg2-9 3145 787 libdevel libdb5.3t64
libdb5.3t64 5.3.28+dfsg2-9 1854 704 libs libc6
libdbus-1-3 1.16.2-2 445 178 libs libc6 libsystemd0
libdc1394-25 2.2.6-5 280 111 libs libc6 libraw1394-11 libusb-1.0-0
libde265-0 1.0.15-1+deb13u2 490 190 libs libc6 libgcc-s1 libstdc++6
libdebconfclient0 0.280 38 11 libs libc6
libdecor-0-0 0.2.2-2 62 16 libs libc6 libwayland-client0
libdeflate-dev 1.23-2 150 56 libdevel libdeflate0
libdeflate0 1.23-2 102 47 libs libc6
libdjvulibre-dev 3.5.28-2.2 6213 2431 libdevel libdjvulibre21 libjpeg-dev
libdjvulibre-text 3.5.28-2.2 340 52 libs.
libdjvulibre21 3.5.28-2.2 1837 610 libs libc6 libgcc-s1 libjpeg62-turbo libstdc++6 libdjvulibre-text
libdpkg-perl 1.22.22 2091 651 perl. perl dpkg
libdrm-amdgpu1 2.4.124-2 81 23 libs libc6 libdrm2
libdrm-common 2.4.124-2 45 8 libs.
libdrm-intel1 2.4.124-2 182 64 libs libc6 libdrm2 libpciaccess0
libdrm2 2.4.124-2 128 39 libs libdrm-common libc6
libdvdnav4 6.1.1-3+b1 132 45 libs libc6 libdvdread8t64
libdvdread8t64 6.1.3-2 191 86 libs libc6
libedit2 3.1-20250104-1 262 94 libs libbsd0 libc6 libtinfo6
libelf1t64 0.192-4 1228 189 libs libc6 libzstd1 zlib1g
liberror-perl 0.17030-1 71 27 perl. perl
libevent-2.1-7t64 2.1.13-stable-1~deb13u1 443 183 libs libc6
libevent-core-2.1-7t64 2.1.13-stable-1~deb13u1 306 133 libs libc6
libevent-dev 2.1.13-stable-1~deb13u1 1742 306 libdevel libevent-2.1-7t64 libevent-core-2.1-7t64 libevent-extra-2.1-7t64 libevent-pthreads-2.1-7t64 libevent-openssl-2.1-7t64
libevent-extra-2.1-7t64 2.1.13-stable-1~deb13u1 234 109 libs libc6 libevent-core-2.1-7t64
libevent-openssl-2.1-7t64 2.1.13-stable-1~deb13u1 104 62 libs libc6 libevent-core-2.1-7t64 libssl3t64
libevent-pthreads-2.1-7t64 2.1.13-stable-1~deb13u1 88 55 libs libc6 libevent-core-2.1-7t64
libexif-dev 0.6.25-1+deb13u1 557 102 libdevel libc6-dev libexif12
libexif12 0.6.25-1+deb13u1 2858 423 libs libc6
libexpat1 2.9.0-1~deb13u1 427 126 libs libc6
libexpat1-dev 2.9.0-1~deb13u1 964 184 libdevel libexpat1 libc6-dev
libffi-dev 3.4.8-2 324 61 libdevel libffi8
libffi8 3.4.8-2 72 24 libs libc6
libfftw3-bin 3.3.10-2+b1 259 51 libs libc6 libfftw3-double3 libfftw3-long3 libfftw3-quad3 libfftw3-single3
libfftw3-dev 3.3.10-2+b1 15592 2118 libdevel libfftw3-bin libfftw3-double3 libfftw3-long3 libfftw3-quad3 libfftw3-single3
libfftw3-double3 3.3.10-2+b1 2304 781 libs libc6 libgomp1
libfftw3-long3 3.3.10-2+b1 1108 347 libs libc6 libgomp1
libfftw3-quad3 3.3.10-2+b1 2184 618 libs libc6 libgomp1 libquadmath0
libfftw3-single3 3.3.10-2+b1 2388 809 libs libc6 libgomp1
libfido2-1 1.15.0-1+b1 250 79 libs libc6 libcbor0.10 libssl3t64 libudev1 zlib1g
libflac14 1.5.0+ds-2 479 210 libs libc6 libogg0
libflite1 2.2-7 27558 12811 libs libasound2t64 libc6
libfontconfig-dev 2.15.0-2.3 859 414 libdevel libfontconfig1 libexpat1-dev libfreetype-dev uuid-dev pkgconf
libfontconfig1 2.15.0-2.3 592 392 libs libc6 libexpat1 libfreetype6 fontconfig-config
libfontconfig1-dev 2.15.0-2.3 269 269 libdevel libfontconfig-dev
libfreetype-dev 2.13.3+dfsg-1+deb13u1 2156 623 libdevel libfreetype6 libbrotli-dev libbz2-dev libc6-dev libpng-dev zlib1g-dev
libfreetype6 2.13.3+dfsg-1+deb13u1 963 452 libs libbrotli1 libbz2-1.0 libc6 libpng16-16t64 zlib1g
libfribidi-dev 1.0.16-1 290 66 libdevel libfribidi0
libfribidi0 1.0.16-1 146 26 libs libc6
libgav1-1 0.19.0-3+b1 1154 353 libs libabsl20240722 libc6 libgcc-s1 libstdc++6
libgbm1 25.0.7-2+deb13u1 128 45 libs libc6 libdrm2 libexpat1 libwayland-server0 mesa-libgallium
libgcc-14-dev 14.2.0-19 17357 2672 libdevel gcc-14-base libgcc-s1 libgomp1 libitm1 libatomic1 libasan8 liblsan0 libtsan2 libubsan1 libhwasan0 libquadmath0
libgcc-s1 14.2.0-19 197 73 libs gcc-14-base libc6
libgcrypt20 1.11.0-7+deb13u1 1999 843 libs libc6 libgpg-error0
libgd3 2.3.3-14~deb13u3 457 127 libs libavif16 libc6 libfontconfig1 libfreetype6 libheif1 libimagequant0 libjpeg62-turbo libpng16-16t64 libtiff6 libwebp7 libxpm4
libgdbm-compat4t64 1.24-2 75 50 libs libc6 libgdbm6t64
libgdbm-dev 1.24-2 278 160 libdevel libc6-dev libgdbm6t64
libgdbm6t64 1.24-2 138 75 libs libc6
libgdk-pixbuf-2.0-0 2.42.12+dfsg-4+deb13u1 486 141 libs libgdk-pixbuf2.0-common shared-mime-info libc6 libglib2.0-0t64 libjpeg62-turbo libpng16-16t64 libtiff6
libgdk-pixbuf-2.0-dev 2.42.12+dfsg-4+deb13u1 474 53 libdevel gir1.2-gdkpixbuf-2.0 libgdk-pixbuf-2.0-0 libgdk-pixbuf2.0-bin libglib2.0-dev libjpeg-dev libpng-dev libtiff-dev shared-mime-info gir1.2-glib-2.0-dev
libgdk-pixbuf2.0-bin 2.42.12+dfsg-4+deb13u1 76 19 libs libc6 libgdk-pixbuf-2.0-0 libglib2.0-0t64
libgdk-pixbuf2.0-common 2.42.12+dfsg-4+deb13u1 2552 312 libs.
libgfortran5 14.2.0-19 3152 836 libs gcc-14-base libc6 libgcc-s1
libgio-2.0-dev 2.84.4-3~deb13u5 10742 1692 libdevel libffi-dev libglib2.0-0t64 libmount-dev libpcre2-dev libselinux1-dev libsysprof-capture-4-dev pkgconf zlib1g-dev
libgio-2.0-dev-bin 2.84.4-3~deb13u5 706 169 libdevel python3-packaging python3 libc6 libglib2.0-0t64
libgirepository-2.0-0 2.84.4-3~deb13u5 364 145 libs libc6 libffi8 libglib2.0-0t64
libgl1 1.7.0-1+b2 653 90 libs libc6 libglvnd0 libglx0
libgl1-mesa-dri 25.0.7-2+deb13u1 241 46 libs libgbm1 libvulkan1 libc6
libglib2.0-0t64 2.84.4-3~deb13u5 4449 1521 libs libatomic1 libc6 libffi8 libmount1 libpcre2-8-0 libselinux1 zlib1g
libglib2.0-bin 2.84.4-3~deb13u5 366 132 misc libglib2.0-data libc6 libelf1t64 libglib2.0-0t64
libglib2.0-data 2.84.4-3~deb13u5 9832 1287 libs.
libglib2.0-dev 2.84.4-3~deb13u5 106 58 libdevel girepository-tools libgio-2.0-dev libglib2.0-bin libglib2.0-dev-bin
libglib2.0-dev-bin 2.84.4-3~deb13u5 102 57 libdevel girepository-tools libgio-2.0-dev-bin
libglvnd0 1.7.0-1+b2 733 52 libs libc6
libglx-mesa0 25.0.7-2+deb13u1 516 143 libs libc6 libdrm2 libexpat1 libx11-6 libx11-xcb1 libxcb-dri3-0 libxcb-glx0 libxcb-present0 libxcb-shm0 libxcb-xfixes0 libxcb1 libxext6 libxxf86vm1 mesa-libgallium libgl1-mesa-dri
libglx0 1.7.0-1+b2 163 35 libs libc6 libglvnd0 libx11-6 libglx-mesa0
libgme0 0.6.3-7+b2 343 131 libs libc6 libgcc-s1 libstdc++6 zlib1g
libgmp-dev 2:6.3.0+dfsg-3 1909 642 libdevel libgmp10 libgmpxx4ldbl
libgmp10 2:6.3.0+dfsg-3 882 560 libs libc6
libgmpxx4ldbl 2:6.3.0+dfsg-3 362 329 libs libc6 libgcc-s1 libgmp10 libstdc++6
libgnutls-dane0t64 3.8.9-3+deb13u4 546 456 libs libgnutls30t64 libc6 libunbound8
libgnutls-openssl27t64 3.8.9-3+deb13u4 548 456 libs libgnutls30t64 libc6
libgnutls28-dev 3.8.9-3+deb13u4 5389 1411 libdevel libc6-dev libgnutls-dane0t64 libgnutls-openssl27t64 libgnutls30t64 libidn2-dev libp11-kit-dev libtasn1-6-dev nettle-dev
libgnutls30t64 3.8.9-3+deb13u4 3504 1469 libs libc6 libgmp10 libhogweed6t64 libidn2-0 libnettle8t64 libp11-kit0 libtasn1-6 libunistring5
libgomp1 14.2.0-19 368 137 libs gcc-14-base libc6
libgpg-error0 1.51-4 208 82 libs libc6
libgpm2 1.20.7-11+b2 45 14 libs libc6
libgprofng0 2.44-3 4034 808 devel libbinutils libc6 libgcc-s1 libstdc++6 zlib1g
libgraphite2-3 1.3.14-2+deb13u1 191 75 libs libc6
libgraphite2-dev 1.3.14-2+deb13u1 75 20 libdevel libgraphite2-3
libgsm1 1.0.22-1+b2 90 29 libs libc6
libgssapi-krb5-2 1.21.3-5+deb13u2 434 139 libs libkrb5-3 libc6 libcom-err2 libk5crypto3 libkrb5support0
libgssrpc4t64 1.21.3-5+deb13u2 217 61 libs libc6 libgssapi-krb5-2
libharfbuzz-cairo0 10.2.0-1+deb13u1 129 46 libs libc6 libcairo2 libharfbuzz0b
libharfbuzz-dev 10.2.0-1+deb13u1 1775 145 libdevel gir1.2-freedesktop-dev gir1.2-glib-2.0-dev gir1.2-harfbuzz-0.0 libharfbuzz0b libharfbuzz-icu0 libharfbuzz-gobject0 libharfbuzz-subset0 libharfbuzz-cairo0 libglib2.0-dev libgraphite2-dev libicu-dev libfreetype-dev
libharfbuzz-gobject0 10.2.0-1+deb13u1 171 33 libs libc6 libglib2.0-0t64 libharfbuzz0b
libharfbuzz-icu0 10.2.0-1+deb13u1 61 15 libs libc6 libharfbuzz0b libicu76
libharfbuzz-subset0 10.2.0-1+deb13u1 1511 560 libs libc6 libharfbuzz0b
libharfbuzz0b 10.2.0-1+deb13u1 1346 479 libs libc6 libfreetype6 libglib2.0-0t64 libgraphite2-3
libheif-plugin-dav1d 1.23.6-2~deb13u1 71 23 libs libheif1 libc6 libdav1d7 libgcc-s1 libstdc++6
libheif-plugin-libde265 1.23.6-2~deb13u1 63 21 libs libheif1 libc6 libde265-0 libgcc-s1 libstdc++6
libheif1 1.23.6-2~deb13u1 2714 828 libs libbrotli1 libc6 libgcc-s1 libsharpyuv0 libstdc++6 zlib1g libheif-plugin-libde265 libheif-plugin-dav1d
libhogweed6t64 3.10.1-1 483 335 libs libc6 libgmp10 libnettle8t64
libhwasan0 14.2.0-19 4850 1488 libs gcc-14-base libc6 libgcc-s1
libhwy1t64 1.2.0-2+b2 4747 676 libs libc6 libgcc-s1 libstdc++6
libice-dev 2:1.1.1-1 246 74 libdevel libice6 x11proto-dev
libice6 2:1.1.1-1 142 65 libs libc6 x11-common
libicu-dev 76.1-4 50061 10780 libdevel libicu76 icu-devtools libc6-dev
libicu76 76.1-4 37371 9722 libs libc6 libgcc-s1 libstdc++6
libidn2-0 2.3.8-2 446 109 libs libc6 libunistring5
libidn2-dev 2.3.8-2 338 103 libdevel libidn2-0
libiec61883-0 1.2.0-7 82 31 libs libc6 libraw1394-11
libimagequant0 2.18.0-1+b2 91 35 libs libc6 libgomp1
libimath-3-1-29t64 3.1.12-1+b3 334 45 libs libc6 libstdc++6
libimath-dev 3.1.12-1+b3 1053 122 libdevel libimath-3-1-29t64
libisl23 0.27-1 2253 659 libs libc6 libgmp10
libitm1 14.2.0-19 115 26 libs gcc-14-base libc6
libjack-jackd2-0 1.9.22~dfsg-4 1165 287 libs libc6 libdb5.3t64 libgcc-s1 libopus0 libsamplerate0 libstdc++6
libjansson4 2.14-2+b3 100 40 libs libc6
libjbig-dev 2.1-6.1+b2 94 31 libdevel libjbig0
libjbig0 2.1-6.1+b2 85 32 libs libc6
libjpeg-dev 1:2.1.5-4 108 72 libdevel libjpeg62-turbo-dev
libjpeg62-turbo 1:2.1.5-4 694 168 libs libc6
libjpeg62-turbo-dev 1:2.1.5-4 1119 292 libdevel libc6-dev libjpeg62-turbo
libjq1 1.7.1-6+deb13u4 439 168 libs libc6 libonig5
libjs-events 3.3.0+~3.0.0-3 43 11 javascript.
libjs-inherits 2.0.4-6 12 4 javascript.
libjs-is-typedarray 1.0.0-4 14 4 javascript.
libjs-prettify 2015.12.04+dfsg-1.1 155 42 javascript.
libjs-regenerate 1.4.2-3 49 14 javascript.
libjs-source-map 0.7.0++dfsg2+really.0.6.1-15 342 30 javascript.
libjs-sprintf-js 1.1.2+ds1+~1.1.2-1 46 13 javascript.
libjs-typedarray-to-buffer 4.0.0-2 17 5 javascript.
libjs-util 0.12.5+~1.0.10-1 69 16 javascript. node-deep-equal node-inherits
libjxl0.11 0.11.2-0.1~deb13u3 3643 1133 libs libbrotli1 libc6 libgcc-s1 libhwy1t64 liblcms2-2 libstdc++6
libk5crypto3 1.21.3-5+deb13u2 266 82 libs libc6 libkrb5support0
libkadm5clnt-mit12 1.21.3-5+deb13u2 176 43 libs libc6 libcom-err2 libgssapi-krb5-2 libgssrpc4t64 libk5crypto3 libkrb5-3 libkrb5support0
libkadm5srv-mit12 1.21.3-5+deb13u2 201 55 libs libc6 libcom-err2 libgssapi-krb5-2 libgssrpc4t64 libk5crypto3 libkdb5-10t64 libkrb5-3 libkrb5support0
libkdb5-10t64 1.21.3-5+deb13u2 161 44 libs libc6 libcom-err2 libgssrpc4t64 libk5crypto3 libkrb5-3 libkrb5support0
libkeyutils1 1.6.3-6 41 9 libs libc6
libkrb5-3 1.21.3-5+deb13u2 1074 328 libs libkrb5support0 libc6 libcom-err2 libk5crypto3 libkeyutils1 libssl3t64
libkrb5-dev 1.21.3-5+deb13u2 149 17 libdevel krb5-multidev
libkrb5support0 1.21.3-5+deb13u2 137 34 libs libc6
libksba8 1.6.7-2+b1 330 136 libs libc6 libgpg-error0
liblapack3 3.12.1-6 7453 2447 libs libblas3 libc6 libgcc-s1 libgfortran5
liblastlog2-2 2.41.5-0+deb13u1 75 29 libs libc6 libsqlite3-0
liblcms2-2 2.16-2+deb13u2 454 160 libs libc6
liblcms2-dev 2.16-2+deb13u2 2897 2189 libdevel liblcms2-2
libldap-dev 2.6.10+dfsg-1 1615 312 libdevel libldap2
libldap2 2.6.10+dfsg-1 576 194 libs libc6 libsasl2-2 libssl3t64
liblerc-dev 4.0.0+ds-5 1031 183 libdevel liblerc4
liblerc4 4.0.0+ds-5 603 183 libs libc6 libgcc-s1 libstdc++6
liblilv-0-0 0.24.26-1 122 43 libs libc6 libserd-0-0 libsord-0-0 libsratom-0-0 libzix-0-0
libllvm19 1:19.1.7-3+b1 126696 25978 libs libc6 libedit2 libffi8 libgcc-s1 libstdc++6 libxml2 libz3-4 libzstd1 zlib1g
liblqr-1-0 0.4.2-2.1+b2 84 30 libs libc6 libglib2.0-0t64
liblqr-1-0-dev 0.4.2-2.1+b2 735 72 libdevel liblqr-1-0
liblsan0 14.2.0-19 3782 1204 libs gcc-14-base libc6 libgcc-s1
libltdl-dev 2.5.4-4 973 168 libdevel libltdl7 automake
libltdl7 2.5.4-4 447 416 libs libc6
liblz4-1 1.10.0-4 173 64 libs libc6 libxxhash0
liblzma-dev 5.8.1-1+deb13u2 844 348 libdevel liblzma5
liblzma5 5.8.1-1+deb13u2 435 310 libs libc6
liblzo2-2 2.10-3+b1 173 55 libs libc6
libmagic-mgc 1:5.46-5 10154 338 libs
libmagic1t64 1:5.46-5 244 109 libs libbz2-1.0 libc6 liblzma5 zlib1g libmagic-mgc
libmagickcore-7-arch-config 8:7.1.1.43+dfsg1-1+deb13u14 140 44 libdevel dpkg libmagickcore-7-headers imagemagick-7-common
libmagickcore-7-headers 8:7.1.1.43+dfsg1-1+deb13u14 425 50 libdevel. dpkg imagemagick-7-common
libmagickcore-7.q16-10 8:7.1.1.43+dfsg1-1+deb13u14 7177 1874 libs dpkg libbz2-1.0 libc6 libfftw3-double3 libfontconfig1 libfreetype6 libgcc-s1 libgomp1 libheif1 libjbig0 libjpeg62-turbo liblcms2-2 liblqr-1-0 libltdl7 liblzma5 libopenjp2-7 libpng16-16t64 libraw23t64 libtiff6 libwebp7 libwebpdemux2 libwebpmux3 libx11-6 libxext6 libxml2 zlib1g imagemagick-7-common
libmagickcore-7.q16-10-extra 8:7.1.1.43+dfsg1-1+deb13u14 301 89 libs libc6 libcairo2 libdjvulibre21 libglib2.0-0t64 libmagickcore-7.q16-10 libmagickwand-7.q16-10 libopenexr-3-1-30 libpango-1.0-0 libpangocairo-1.0-0 libwmflite-0.2-7 libxml2
libmagickcore-7.q16-dev 8:7.1.1.43+dfsg1-1+deb13u14 5553 1131 libdevel dpkg libmagickcore-7-arch-config libmagickcore-7.q16-10 libmagickcore-7.q16-10-extra imagemagick-7-common libbz2-dev libdjvulibre-dev libexif-dev libfreetype-dev libjpeg-dev libopenjp2-7-dev liblcms2-dev liblqr-1-0-dev libltdl-dev libopenexr-dev libpng-dev librsvg2-dev libtiff-dev libwmf-dev libx11-dev libxext-dev libxml2-dev libxt-dev zlib1g-dev libfftw3-dev pkgconf
libmagickcore-dev 8:7.1.1.43+dfsg1-1+deb13u14 8 1 libdevel. dpkg imagemagick-7-common libmagickcore-7.q16-dev
libmagickwand-7-headers 8:7.1.1.43+dfsg1-1+deb13u14 84 10 libdevel. dpkg libmagickcore-7-headers imagemagick-7-common
libmagickwand-7.q16-10 8:7.1.1.43+dfsg1-1+deb13u14 1465 361 libs dpkg libc6 libgcc-s1 libgomp1 libmagickcore-7.q16-10 libx11-6 imagemagick-7-common
libmagickwand-7.q16-dev 8:7.1.1.43+dfsg1-1+deb13u14 2960 371 libdevel dpkg libmagickwand-7-headers libmagickwand-7.q16-10 libmagickcore-7.q16-10-extra libmagickcore-7.q16-dev pkgconf
libmagickwand-dev 8:7.1.1.43+dfsg1-1+deb13u14 8 1 libdevel. dpkg imagemagick-7-common libmagickwand-7.q16-dev
libmariadb-dev 1:11.8.9+ds-0+deb13u1 1006 277 libdevel libmariadb3 libssl-dev zlib1g-dev libc6
libmariadb-dev-compat 1:11.8.9+ds-0+deb13u1 73 29 libdevel libmariadb-dev
libmariadb3 1:11.8.9+ds-0+deb13u1 581 185 libs mariadb-common libc6 libssl3t64 zlib1g
libmaxminddb-dev 1.12.2-1 92 35 libdevel libmaxminddb0
libmaxminddb0 1.12.2-1 57 26 libs libc6
libmbedcrypto16 3.6.6-0.1~deb13u1 776 365 libs libc6
libmd0 1.1.0-2+b1 94 36 libs libc6
libmnl0 1.0.5-3 45 12 libs libc6
libmount-dev 2.41.5-0+deb13u1 98 31 libdevel libblkid-dev libc6-dev libmount1 libselinux1-dev
libmount1 2.41.5-0+deb13u1 565 210 libs libblkid1 libc6 libselinux1
libmp3lame0 3.100-6+b3 548 363 libs libc6
libmpc3 1.3.1-1+b3 154 52 libs libc6 libgmp10 libmpfr6
libmpfr6 4.2.2-1 1225 729 libs libc6 libgmp10
libmpg123-0t64 1.32.10-1+deb13u1 397 149 libs libc6
libmysofa1 1.3.3+dfsg-1 1267 1158 libs libc6 zlib1g
libncurses-dev 6.5+20250216-2 2380 353 libdevel libtinfo6 libncurses6 libncursesw6 libc6-dev
libncurses6 6.5+20250216-2 342 105 libs libtinfo6 libc6
libncursesw6 6.5+20250216-2 419 135 libs libtinfo6 libc6
libnettle8t64 3.10.1-1 560 305 libs libc6
libnghttp2-14 1.64.0-1.1+deb13u1 229 76 libs libc6
libnghttp2-dev 1.64.0-1.1+deb13u1 613 117 libdevel libnghttp2-14 pkgconf
libnghttp3-9 1.8.0-1 201 68 libs libc6
libnghttp3-dev 1.8.0-1 424 91 libdevel libnghttp3-9
libngtcp2-16 1.11.0-1+deb13u1 335 132 libs libc6
libngtcp2-crypto-gnutls8 1.11.0-1+deb13u1 80 30 libs libc6 libgnutls30t64 libngtcp2-16
libnode-dev 20.19.2+dfsg-1+deb13u3 3704 538 libdevel libssl-dev libuv1-dev libnode115
libnode115 20.19.2+dfsg-1+deb13u3 53958 12093 libs libbrotli1 libc6 libcares2 libgcc-s1 libicu76 libnghttp2-14 libssl3t64 libstdc++6 libuv1t64 zlib1g node-acorn node-cjs-module-lexer node-minimatch node-undici
libnorm1t64 1.5.9+dfsg-3.1+b2 513 221 libs libc6 libgcc-s1 libstdc++6
libnpth0t64 1.8-3 57 23 libs libc6
libnuma1 2.0.19-1 75 22 libs libc6
libogg0 1.3.5-3+b2 62 24 libs libc6
libonig5 6.9.9-1+b1 677 189 libs libc6
libopenal-data 1:1.24.2-1 260 168 libs.
libopenal1 1:1.24.2-1 1574 637 libs libopenal-data libc6 libgcc-s1 libstdc++6
libopenexr-3-1-30 3.2.12-1~deb13u2 6378 1003 libs libc6 libdeflate0 libgcc-s1 libimath-3-1-29t64 libstdc++6
libopenexr-dev 3.2.12-1~deb13u2 945 238 libdevel libimath-dev libopenexr-3-1-30 libdeflate-dev
`;
