// Generated from the Debian archive's Packages index (bullseye, amd64) by data/tools/suite.py:
// one package a line: name version installed-KiB download-kB section[flags] depends...
// flags: . Architecture all, * Essential, ! required, + important, ~ standard (else optional). Do not hand-edit lightly.
export default `
adduser 3.118+deb11u1 849 241 admin.+ passwd debconf
apt 2.2.4 4337 1491 admin! adduser gpgv libapt-pkg6.0 debian-archive-keyring libc6 libgcc-s1 libgnutls30 libseccomp2 libstdc++6 libsystemd0
autoconf 2.69-14 1846 313 devel. perl m4 debianutils
automake 1:1.16.3-2 1830 814 devel. autoconf autotools-dev
autotools-dev 20180224.1+nmu1 157 77 devel.
base-files 11.1+deb11u11 341 70 admin*! mawk
base-passwd 3.5.51 243 58 admin*! libc6 libdebconfclient0
bash 5.1-2+deb11u1 6469 1417 shells*! libc6 libtinfo6 base-files debianutils
binutils 2.35.2-2 97 61 devel binutils-common libbinutils binutils-x86-64-linux-gnu
binutils-common 2.35.2-2 13897 2220 devel
binutils-x86-64-linux-gnu 2.35.2-2 8724 1809 devel binutils-common libbinutils libc6 libctf-nobfd0 libctf0 libgcc-s1 libstdc++6 zlib1g
bsdutils 1:2.36.1-8+deb11u2 394 149 utils*! libc6 libsystemd0
build-essential 12.9 20 8 devel libc6-dev gcc g++ make dpkg-dev
bzip2 1.0.8-4 122 49 utils~ libbz2-1.0 libc6
ca-certificates 20250419~deb12u1~deb11u1 403 175 misc.~ openssl debconf
ca-certificates-java 20230710~deb12u1~deb11u1 48 17 java. ca-certificates
cmake 3.18.4-2+deb11u1 22944 5593 devel cmake-data procps libarchive13 libc6 libcurl4 libexpat1 libgcc-s1 libjsoncpp24 librhash0 libstdc++6 libuv1 zlib1g
cmake-data 3.18.4-2+deb11u1 8890 1725 devel.
comerr-dev 2.1-1.46.2-2+deb11u1 192 107 libdevel libc6-dev libcom-err2
coreutils 8.32-4+b1 17478 2867 utils*! libacl1 libattr1 libc6 libgmp10 libselinux1
cpp 4:10.2.1-1 42 20 interpreters cpp-10
cpp-10 10.2.1-6 25613 8528 interpreters gcc-10-base libc6 libgmp10 libisl23 libmpc3 libmpfr6 libzstd1 zlib1g
curl 7.74.0-1.3+deb11u16 431 272 web libc6 libcurl4 zlib1g
dash 0.5.11+git20200708+dd9ef66-5 221 115 shells*! libc6 debianutils dpkg debconf
debconf 1.5.77 517 144 admin.! perl-base
debian-archive-keyring 2021.1.1+deb11u1 253 110 misc.+
debianutils 4.11.2 230 101 utils*! libc6
default-libmysqlclient-dev 1.0.7 10 4 database libmariadb-dev-compat
diffutils 1:3.7-5 1598 373 utils*! libc6
dirmngr 2.2.27-2+deb11u3 1279 763 utils adduser gpgconf lsb-base init-system-helpers libassuan0 libc6 libgcrypt20 libgnutls30 libgpg-error0 libksba8 libldap-2.4-2 libnpth0
distro-info-data 0.51+deb11u11 21 9 devel.
dpkg 1.20.14 6985 2542 admin*! libbz2-1.0 libc6 liblzma5 libselinux1 zlib1g tar
dpkg-dev 1.20.14 2621 2317 utils. perl libdpkg-perl tar bzip2 xz-utils patch make binutils
e2fsprogs 1.46.2-2+deb11u1 1511 614 admin! libblkid1 libc6 libcom-err2 libext2fs2 libss2 libuuid1 logsave
fdisk 2.36.1-8+deb11u2 520 192 utils+ libc6 libfdisk1 libmount1 libncursesw6 libsmartcols1 libtinfo6
ffmpeg 7:4.3.9-0+deb11u2 2156 1605 video libavcodec58 libavdevice58 libavfilter7 libavformat58 libavresample4 libavutil56 libc6 libpostproc55 libsdl2-2.0-0 libswresample3 libswscale5
file 1:5.39-3+deb11u1 104 69 utils~ libc6 libmagic1
findutils 4.8.0-1 1959 697 utils*! libc6 libselinux1
fontconfig 2.13.1-4.2 583 417 fonts libc6 libfontconfig1 libfreetype6 fontconfig-config
fontconfig-config 2.13.1-4.2 442 281 fonts. debconf ucf fonts-dejavu-core
fonts-dejavu 2.37-2 39 33 fonts. fonts-dejavu-core fonts-dejavu-extra
fonts-dejavu-core 2.37-2 2954 1069 fonts.
fonts-dejavu-extra 2.37-2 7493 2070 fonts. fonts-dejavu-core
g++ 4:10.2.1-1 15 2 devel cpp gcc g++-10 gcc-10
g++-10 10.2.1-6 27441 9380 devel gcc-10-base gcc-10 libstdc++-10-dev libc6 libgmp10 libisl23 libmpc3 libmpfr6 libzstd1 zlib1g
gcc 4:10.2.1-1 45 5 devel cpp gcc-10
gcc-10 10.2.1-6 51125 16990 devel cpp-10 gcc-10-base libcc1-0 binutils libgcc-10-dev libc6 libgcc-s1 libgmp10 libisl23 libmpc3 libmpfr6 libstdc++6 libzstd1 zlib1g
gcc-10-base 10.2.1-6 261 201 libs!
gcc-9-base 9.3.0-22 262 198 libs!
gettext-base 0.21-4 659 175 utils~ libc6
gir1.2-freedesktop 1.66.1-1+b1 112 33 introspection gir1.2-glib-2.0
gir1.2-gdkpixbuf-2.0 2.42.2+dfsg-1+deb11u5 46 21 introspection gir1.2-glib-2.0 libgdk-pixbuf-2.0-0
gir1.2-glib-2.0 1.66.1-1+b1 662 151 introspection libgirepository-1.0-1 libglib2.0-0
gir1.2-packagekitglib-1.0 1.2.2-2+deb11u1 120 37 introspection gir1.2-glib-2.0 libpackagekit-glib2-18
gir1.2-rsvg-2.0 2.50.3+dfsg-1+deb11u1 65 30 introspection gir1.2-freedesktop gir1.2-gdkpixbuf-2.0 gir1.2-glib-2.0 librsvg2-2
git 1:2.30.2-1+deb11u5 35276 5568 vcs libc6 libcurl3-gnutls libexpat1 libpcre2-8-0 zlib1g perl liberror-perl git-man
git-man 1:2.30.2-1+deb11u5 1878 1831 doc.
gnupg 2.2.27-2+deb11u3 864 825 utils. dirmngr gnupg-l10n gnupg-utils gpg gpg-agent gpg-wks-client gpg-wks-server gpgsm gpgv
gnupg-l10n 2.2.27-2+deb11u3 4905 1084 localization.
gnupg-utils 2.2.27-2+deb11u3 1792 905 utils libassuan0 libbz2-1.0 libc6 libgcrypt20 libgpg-error0 libksba8 libreadline8 zlib1g
gosu 1.12-1+b6 2273 743 admin libc6
gpg 2.2.27-2+deb11u3 1560 928 utils gpgconf libassuan0 libbz2-1.0 libc6 libgcrypt20 libgpg-error0 libreadline8 libsqlite3-0 zlib1g
gpg-agent 2.2.27-2+deb11u3 1285 670 utils gpgconf pinentry-curses init-system-helpers libassuan0 libc6 libgcrypt20 libgpg-error0 libnpth0
gpg-wks-client 2.2.27-2+deb11u3 658 524 utils dirmngr gpg gpg-agent libassuan0 libc6 libgcrypt20 libgpg-error0
gpg-wks-server 2.2.27-2+deb11u3 634 516 utils gpg gpg-agent libc6 libgcrypt20 libgpg-error0
gpgconf 2.2.27-2+deb11u3 771 548 utils libassuan0 libc6 libgcrypt20 libgpg-error0 libreadline8
gpgsm 2.2.27-2+deb11u3 951 645 utils gpgconf libassuan0 libc6 libgcrypt20 libgpg-error0 libksba8 libreadline8
gpgv 2.2.27-2+deb11u3 882 626 utils+ libbz2-1.0 libc6 libgcrypt20 libgpg-error0 zlib1g
grep 3.6-1+deb11u1 1091 398 utils*! libc6 libpcre3 dpkg
gyp 0.1+20200513gitcaa6002-2 1165 236 python. python3 python3-pkg-resources
gzip 1.10-4+deb11u1 242 132 utils*! libc6 dpkg
hicolor-icon-theme 0.17-2 441 11 misc.
hostname 3.23 50 15 admin*! libc6
htop 3.0.5-7 320 127 utils libc6 libncursesw6 libnl-3-200 libnl-genl-3-200 libtinfo6
icu-devtools 67.1-7+deb11u1 684 201 libdevel libc6 libgcc-s1 libicu67 libstdc++6
imagemagick 8:6.9.11.60+dfsg-1.3+deb11u16 229 176 graphics imagemagick-6.q16
imagemagick-6-common 8:6.9.11.60+dfsg-1.3+deb11u16 589 220 graphics.
imagemagick-6.q16 8:6.9.11.60+dfsg-1.3+deb11u16 669 394 graphics libc6 libmagickcore-6.q16-6 libmagickwand-6.q16-6 hicolor-icon-theme
init-system-helpers 1.60 131 47 admin*.! perl-base
iproute2 5.10.0-4 2867 930 net+ debconf libbpf0 libbsd0 libc6 libcap2 libdb5.3 libelf1 libmnl0 libselinux1 libxtables12 libcap2-bin
iputils-ping 3:20210202-1 113 50 net+ libcap2-bin libc6 libcap2 libidn2-0
iso-codes 4.6.0-1 20072 2824 misc.
java-common 0.72 37 15 java.
jq 1.6-2.1+deb11u3 111 65 utils libjq1 libc6
krb5-multidev 1.18.3-6+deb11u8 855 159 libdevel libkrb5-3 libk5crypto3 libgssapi-krb5-2 libgssrpc4 libkadm5srv-mit12 libkadm5clnt-mit12 comerr-dev
less 551-2+deb11u2 304 136 text+ libc6 libtinfo6
libacl1 2.2.53-10 71 31 libs libc6
libaom0 1.0.0.errata1-3+deb11u2 3820 1121 libs libc6
libapr1 1.7.0-6+deb11u2 294 106 libs libc6 libuuid1
libaprutil1 1.6.1-5+deb11u2 285 93 libs libapr1 libc6 libcrypt1 libdb5.3 libexpat1 libgdbm6 libssl1.1
libapt-pkg6.0 2.2.4 3373 1013 libs libbz2-1.0 libc6 libgcc-s1 libgcrypt20 liblz4-1 liblzma5 libstdc++6 libsystemd0 libudev1 libxxhash0 libzstd1 zlib1g
libarchive13 3.4.3-2+deb11u5 870 344 libs libacl1 libbz2-1.0 libc6 liblz4-1 liblzma5 libnettle8 libxml2 libzstd1 zlib1g
libasan6 10.2.1-6 9631 2065 libs gcc-10-base libc6 libgcc-s1
libasound2 1.2.4-1.1+deb11u1 1129 357 libs libasound2-data libc6
libasound2-data 1.2.4-1.1+deb11u1 214 38 libs.
libass9 1:0.15.0-2 234 100 libs libc6 libfontconfig1 libfreetype6 libfribidi0 libharfbuzz0b
libassuan0 2.5.3-7.1 121 50 libs libc6 libgpg-error0
libasyncns0 0.8-6+b2 44 13 libs libc6
libatomic1 10.2.1-6 45 9 libs gcc-10-base libc6
libattr1 1:2.4.48-6 56 22 libs libc6
libaudit-common 1:3.0-2 26 15 libs.
libaudit1 1:3.0-2 154 50 libs libaudit-common libc6 libcap-ng0
libavahi-client3 0.8-5+deb11u3 133 63 libs libavahi-common3 libc6 libdbus-1-3
libavahi-common-data 0.8-5+deb11u3 754 124 libs
libavahi-common3 0.8-5+deb11u3 110 59 libs libc6 libavahi-common-data
libavc1394-0 0.5.4-5 62 20 libs libc6 libraw1394-11
libavcodec58 7:4.3.9-0+deb11u2 14311 4975 libs libaom0 libavutil56 libc6 libcairo2 libcodec2-0.9 libdav1d4 libglib2.0-0 libgsm1 liblzma5 libmfx1 libmp3lame0 libopenjp2-7 libopus0 librsvg2-2 libshine3 libsnappy1v5 libspeex1 libswresample3 libtheora0 libtwolame0 libva2 libvorbis0a libvorbisenc2 libvpx6 libwavpack1 libwebp6 libwebpmux3 libx264-160 libx265-192 libxvidcore4 libzvbi0 zlib1g
libavdevice58 7:4.3.9-0+deb11u2 307 134 libs libasound2 libavc1394-0 libavcodec58 libavfilter7 libavformat58 libavutil56 libc6 libcaca0 libcdio-cdda2 libcdio-paranoia2 libdc1394-25 libdrm2 libgl1 libiec61883-0 libjack-jackd2-0 libopenal1 libpulse0 libraw1394-11 libsdl2-2.0-0 libx11-6 libxcb-shape0 libxcb-shm0 libxcb-xfixes0 libxcb1 libxext6 libxv1
libavfilter7 7:4.3.9-0+deb11u2 4241 1309 libs libass9 libavcodec58 libavformat58 libavutil56 libbs2b0 libc6 libflite1 libfontconfig1 libfreetype6 libfribidi0 liblilv-0-0 libmfx1 libmysofa1 libpocketsphinx3 libpostproc55 librubberband2 libsphinxbase3 libswresample3 libswscale5 libva2 libvidstab1.1 libzmq5 ocl-icd-libopencl1
libavformat58 7:4.3.9-0+deb11u2 2701 1065 libs libavcodec58 libavutil56 libbluray2 libbz2-1.0 libc6 libchromaprint1 libgme0 libgnutls30 libopenmpt0 librabbitmq4 libsrt1.4-gnutls libssh-gcrypt-4 libxml2 libzmq5 zlib1g
libavresample4 7:4.3.9-0+deb11u2 254 114 libs libavutil56 libc6
libavutil56 7:4.3.9-0+deb11u2 842 320 libs libc6 libdrm2 libmfx1 libva-drm2 libva-x11-2 libva2 libvdpau1 libx11-6 ocl-icd-libopencl1
libbinutils 2.35.2-2 2838 570 devel libc6 zlib1g binutils-common
libblas3 3.9.0-3+deb11u1 467 153 libs libc6
libblkid-dev 2.36.1-8+deb11u2 900 225 libdevel libblkid1 libc6-dev uuid-dev
libblkid1 2.36.1-8+deb11u2 421 194 libs libc6
libbluray2 1:1.2.1-4+deb11u2 345 139 libs libc6 libfontconfig1 libfreetype6 libudfread0 libxml2
libbpf0 1:0.3-2+deb11u1 270 98 libs libc6 libelf1 zlib1g
libbrotli-dev 1.0.9-2+b2 902 288 libdevel libbrotli1
libbrotli1 1.0.9-2+b2 784 279 libs libc6
libbs2b0 3.1.0+dfsg-2.2+b1 47 12 libs libc6 libgcc-s1 libstdc++6
libbsd0 0.11.3-1+deb11u1 191 108 libs libc6 libmd0
libbz2-1.0 1.0.8-4 104 46 libs libc6
libbz2-dev 1.0.8-4 96 30 libdevel libbz2-1.0 libc6-dev
libc-ares2 1.17.1-1+deb11u3 167 102 libs libc6
libc-bin 2.31-13+deb11u14 3733 829 libs*! libc6
libc-dev-bin 2.31-13+deb11u14 378 277 libdevel libc6
libc-l10n 2.31-13+deb11u14 4398 865 localization.~
libc6 2.31-13+deb11u14 12834 2820 libs libgcc-s1 libcrypt1
libc6-dev 2.31-13+deb11u14 14504 2360 libdevel libc6 libc-dev-bin linux-libc-dev libcrypt-dev libnsl-dev
libcaca0 0.99.beta19-2.2+deb11u1 1044 348 libs libc6 libncursesw6 libslang2 libstdc++6 libtinfo6 zlib1g
libcairo-gobject2 1.16.0-5 191 125 libs libcairo2 libglib2.0-0
libcairo-script-interpreter2 1.16.0-5 298 163 libs libc6 libcairo2 libfontconfig1 libfreetype6 liblzo2-2 zlib1g
libcairo2 1.16.0-5 1428 694 libs libc6 libfontconfig1 libfreetype6 libpixman-1-0 libpng16-16 libx11-6 libxcb-render0 libxcb-shm0 libxcb1 libxext6 libxrender1 zlib1g
libcairo2-dev 1.16.0-5 2854 739 libdevel libcairo2 libcairo-gobject2 libcairo-script-interpreter2 libfontconfig1-dev libfreetype6-dev libx11-dev libxrender-dev libxext-dev libpng-dev libsm-dev libpixman-1-dev libxcb1-dev libxcb-render0-dev libxcb-shm0-dev libglib2.0-dev
libcap-ng0 0.7.9-2.2+b1 48 15 libs libc6
libcap2 1:2.44-1+deb11u1 65 24 libs libc6
libcap2-bin 1:2.44-1+deb11u1 116 33 utils libc6 libcap2
libcbor0 0.5.0+dfsg-2 91 24 libs libc6
libcc1-0 10.2.1-6 148 47 libs gcc-10-base libc6 libgcc-s1 libstdc++6
libcdio-cdda2 10.2+2.0.0-1+b2 56 21 libs libc6 libcdio19
libcdio-paranoia2 10.2+2.0.0-1+b2 56 21 libs libc6 libcdio-cdda2 libcdio19
libcdio19 2.1.0-2 324 204 libs libc6
libchromaprint1 1.5.0-2 106 41 libs libavcodec58 libavutil56 libc6 libgcc-s1 libstdc++6
libcodec2-0.9 0.9.2-4 14215 7890 libs libc6
libcom-err2 1.46.2-2+deb11u1 97 74 libs libc6
libcrypt-dev 1:4.4.18-4 317 104 libdevel libcrypt1
libcrypt1 1:4.4.18-4 226 88 libs libc6
libctf-nobfd0 2.35.2-2 191 110 devel libc6 zlib1g
libctf0 2.35.2-2 141 53 devel libbinutils libc6 zlib1g
libcups2 2.3.3op2-3+deb11u10 780 351 libs libavahi-client3 libavahi-common3 libc6 libgnutls30 libgssapi-krb5-2 zlib1g
libcurl3-gnutls 7.74.0-1.3+deb11u16 737 344 libs libbrotli1 libc6 libgnutls30 libgssapi-krb5-2 libidn2-0 libldap-2.4-2 libnettle8 libnghttp2-14 libpsl5 librtmp1 libssh2-1 zlib1g
libcurl4 7.74.0-1.3+deb11u16 741 347 libs libbrotli1 libc6 libgssapi-krb5-2 libidn2-0 libldap-2.4-2 libnghttp2-14 libpsl5 librtmp1 libssh2-1 libssl1.1 zlib1g
libcurl4-openssl-dev 7.74.0-1.3+deb11u16 1600 438 libdevel libcurl4
libdatrie1 0.2.13-1 80 43 libs libc6
libdav1d4 0.7.1-3+deb11u1 982 331 libs libc6
libdb-dev 5.3.1+nmu1 9 2 libdevel libdb5.3-dev
libdb5.3 5.3.28+dfsg1-0.8 1818 687 libs libc6
libdb5.3-dev 5.3.28+dfsg1-0.8 3106 766 libdevel libdb5.3
libdbus-1-3 1.12.24-0+deb11u1 486 222 libs libc6 libsystemd0
libdc1394-25 2.2.6-3 266 108 libs libc6 libraw1394-11 libusb-1.0-0
libde265-0 1.0.11-0+deb11u4 462 180 libs libc6 libgcc-s1 libstdc++6
libdebconfclient0 0.260 74 51 libs libc6
libdeflate-dev 1.7-1 121 47 libdevel libdeflate0
libdeflate0 1.7-1 121 53 libs libc6
libdjvulibre-dev 3.5.28-2.2~deb11u1 6109 2400 libdevel libdjvulibre21 libjpeg-dev
libdjvulibre-text 3.5.28-2.2~deb11u1 349 62 libs.
libdjvulibre21 3.5.28-2.2~deb11u1 1766 592 libs libc6 libgcc-s1 libjpeg62-turbo libstdc++6 libdjvulibre-text
libdpkg-perl 1.20.14 2594 1555 perl. perl dpkg
libdrm-amdgpu1 2.4.104-1 83 29 libs libc6 libdrm2
libdrm-common 2.4.104-1 43 15 libs.
libdrm-intel1 2.4.104-1 185 72 libs libc6 libdrm2 libpciaccess0
libdrm-nouveau2 2.4.104-1 81 27 libs libc6 libdrm2
libdrm-radeon1 2.4.104-1 94 30 libs libc6 libdrm2
libdrm2 2.4.104-1 119 42 libs libdrm-common libc6
libedit2 3.1-20191231-2+b1 259 97 libs libbsd0 libc6 libtinfo6
libelf1 0.183-1 946 165 libs libc6 zlib1g
liberror-perl 0.17029-1 75 31 perl. perl
libevent-2.1-7 2.1.12-stable-1 451 188 libs libc6
libevent-core-2.1-7 2.1.12-stable-1 318 139 libs libc6
libevent-dev 2.1.12-stable-1 1765 311 libdevel libevent-2.1-7 libevent-core-2.1-7 libevent-extra-2.1-7 libevent-pthreads-2.1-7 libevent-openssl-2.1-7
libevent-extra-2.1-7 2.1.12-stable-1 230 110 libs libc6 libevent-core-2.1-7
libevent-openssl-2.1-7 2.1.12-stable-1 107 64 libs libc6 libevent-core-2.1-7 libssl1.1
libevent-pthreads-2.1-7 2.1.12-stable-1 88 57 libs libc6 libevent-core-2.1-7
libexif-dev 0.6.22-3+deb11u1 537 101 libdevel libc6-dev libexif12
libexif12 0.6.22-3+deb11u1 2472 375 libs libc6
libexpat1 2.2.10-2+deb11u7 412 99 libs libc6
libexpat1-dev 2.2.10-2+deb11u7 860 143 libdevel libexpat1 libc6-dev
libext2fs2 1.46.2-2+deb11u1 578 257 libs libc6
libfdisk1 2.36.1-8+deb11u2 552 238 libs libblkid1 libc6 libuuid1
libffi-dev 3.3-6 301 57 libdevel libffi7
libffi7 3.3-6 66 23 libs libc6
libfftw3-double3 3.3.8-2 2170 733 libs libc6 libgomp1
libfido2-1 1.6.0-2 173 53 libs libc6 libcbor0 libssl1.1 libudev1
libflac8 1.3.3-2+deb11u2 293 112 libs libc6 libogg0
libflite1 2.2-2 27553 12826 libs libasound2 libc6
libfontconfig-dev 2.13.1-4.2 771 368 libdevel libfontconfig1 libexpat1-dev libfreetype6-dev uuid-dev pkg-config
libfontconfig1 2.13.1-4.2 526 347 libs libc6 libexpat1 libfreetype6 libuuid1 fontconfig-config
libfontconfig1-dev 2.13.1-4.2 238 238 libdevel libfontconfig-dev
libfreetype-dev 2.10.4+dfsg-1+deb11u2 1982 571 libdevel libfreetype6 libbrotli-dev libc6-dev libpng-dev zlib1g-dev
libfreetype6 2.10.4+dfsg-1+deb11u2 896 418 libs libbrotli1 libc6 libpng16-16 zlib1g
libfreetype6-dev 2.10.4+dfsg-1+deb11u2 111 83 libdevel libfreetype-dev
libfribidi0 1.0.8-2+deb11u1 172 65 libs libc6
libgbm1 20.3.5-1+deb11u1 138 74 libs libc6 libdrm2 libexpat1 libwayland-server0
libgcc-10-dev 10.2.1-6 13474 2328 libdevel gcc-10-base libgcc-s1 libgomp1 libitm1 libatomic1 libasan6 liblsan0 libtsan0 libubsan1 libquadmath0
libgcc-s1 10.2.1-6 116 41 libs gcc-10-base libc6
libgcrypt20 1.8.7-6 1355 563 libs libc6 libgpg-error0
libgd3 2.3.0-2+deb11u2 463 138 libs libc6 libfontconfig1 libfreetype6 libjpeg62-turbo libpng16-16 libtiff5 libwebp6 libxpm4 zlib1g
libgdbm-compat4 1.19-2 67 45 libs libc6 libgdbm6
libgdbm-dev 1.19-2 342 130 libdevel libc6-dev libgdbm6
libgdbm6 1.19-2 114 65 libs libc6
libgdk-pixbuf-2.0-0 2.42.2+dfsg-1+deb11u5 517 148 libs libgdk-pixbuf2.0-common shared-mime-info libc6 libglib2.0-0 libjpeg62-turbo libpng16-16 libtiff5
libgdk-pixbuf-2.0-dev 2.42.2+dfsg-1+deb11u5 426 58 libdevel gir1.2-gdkpixbuf-2.0 libgdk-pixbuf-2.0-0 libgdk-pixbuf2.0-bin libglib2.0-dev libpng-dev shared-mime-info
libgdk-pixbuf2.0-bin 2.42.2+dfsg-1+deb11u5 78 26 libs libc6 libgdk-pixbuf-2.0-0 libglib2.0-0
libgdk-pixbuf2.0-common 2.42.2+dfsg-1+deb11u5 2572 321 libs.
libgeoip1 1.6.12-7 286 92 libs libc6
libgfortran5 10.2.1-6 2839 727 libs gcc-10-base libc6 libgcc-s1 libquadmath0
libgirepository-1.0-1 1.66.1-1+b1 259 97 libs libglib2.0-0 libc6 libffi7
libgl1 1.3.2-1 653 90 libs libc6 libglvnd0 libglx0
libgl1-mesa-dri 20.3.5-1+deb11u1 34102 9632 libs libc6 libdrm-amdgpu1 libdrm-intel1 libdrm-nouveau2 libdrm-radeon1 libdrm2 libelf1 libexpat1 libgcc-s1 libglapi-mesa libllvm11 libsensors5 libstdc++6 libvulkan1 libzstd1 zlib1g
libglapi-mesa 20.3.5-1+deb11u1 300 72 libs libc6
libglib2.0-0 2.66.8-1+deb11u8 4015 1377 libs libc6 libffi7 libmount1 libpcre3 libselinux1 zlib1g
libglib2.0-bin 2.66.8-1+deb11u8 335 143 misc libglib2.0-data libc6 libelf1 libglib2.0-0
libglib2.0-data 2.66.8-1+deb11u8 9080 1177 libs.
libglib2.0-dev 2.66.8-1+deb11u8 9915 1584 libdevel libffi-dev libglib2.0-0 libglib2.0-bin libglib2.0-dev-bin libmount-dev libpcre3-dev libselinux1-dev pkg-config zlib1g-dev
libglib2.0-dev-bin 2.66.8-1+deb11u8 644 182 libdevel python3-distutils python3 libc6 libglib2.0-0
libglvnd0 1.3.2-1 725 54 libs libc6
libglx-mesa0 20.3.5-1+deb11u1 566 186 libs libc6 libdrm2 libexpat1 libglapi-mesa libx11-6 libx11-xcb1 libxcb-dri2-0 libxcb-dri3-0 libxcb-glx0 libxcb-present0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb1 libxdamage1 libxext6 libxfixes3 libxshmfence1 libxxf86vm1 libgl1-mesa-dri
libglx0 1.3.2-1 163 36 libs libc6 libglvnd0 libx11-6 libglx-mesa0
libgme0 0.6.3-2 330 128 libs libc6 libgcc-s1 libstdc++6 zlib1g
libgmp-dev 2:6.2.1+dfsg-1+deb11u1 1901 643 libdevel libgmp10 libgmpxx4ldbl
libgmp10 2:6.2.1+dfsg-1+deb11u1 863 563 libs libc6
libgmpxx4ldbl 2:6.2.1+dfsg-1+deb11u1 367 338 libs libc6 libgcc-s1 libgmp10 libstdc++6
libgnutls30 3.7.1-5+deb11u10 3156 1345 libs libgmp10 libc6 libhogweed6 libidn2-0 libnettle8 libp11-kit0 libtasn1-6 libunistring2
libgomp1 10.2.1-6 278 100 libs gcc-10-base libc6
libgpg-error0 1.38-2 188 78 libs libc6
libgpm2 1.20.7-8 65 36 libs libc6
libgraphite2-3 1.3.14-1 203 81 libs libc6
libgsm1 1.0.18-2 87 28 libs libc6
libgssapi-krb5-2 1.18.3-6+deb11u8 452 166 libs libc6 libcom-err2 libk5crypto3 libkrb5-3 libkrb5support0
libgssrpc4 1.18.3-6+deb11u8 244 93 libs libc6 libgssapi-krb5-2
libharfbuzz0b 2.7.4-1 2051 1471 libs libc6 libfreetype6 libglib2.0-0 libgraphite2-3
libheif1 1.11.0-1+deb11u2 626 192 libs libaom0 libc6 libdav1d4 libde265-0 libgcc-s1 libstdc++6 libx265-192
libhogweed6 3.7.3-1 455 320 libs libc6 libgmp10 libnettle8
libice-dev 2:1.0.10-1 238 67 libdevel libice6 x11proto-dev
libice6 2:1.0.10-1 133 59 libs libbsd0 libc6 x11-common
libicu-dev 67.1-7+deb11u1 44274 9590 libdevel libicu67 icu-devtools libc6-dev
libicu67 67.1-7+deb11u1 33152 8624 libs libc6 libgcc-s1 libstdc++6
libidn2-0 2.3.0-5 300 86 libs libc6 libunistring2
libiec61883-0 1.2.0-4 81 31 libs libc6 libraw1394-11
libilmbase-dev 2.5.4-1 712 160 libdevel libilmbase25
libilmbase25 2.5.4-1 950 202 libs libc6 libgcc-s1 libstdc++6
libisl23 0.23-1 2253 676 libs libc6 libgmp10
libitm1 10.2.1-6 111 26 libs gcc-10-base libc6
libjack-jackd2-0 1.9.17~dfsg-1 1154 289 libs libc6 libgcc-s1 libsamplerate0 libstdc++6
libjbig-dev 2.1-3.1+b2 90 30 libdevel libjbig0
libjbig0 2.1-3.1+b2 78 31 libs libc6
libjpeg-dev 1:2.0.6-4 81 68 libdevel libjpeg62-turbo-dev
libjpeg62-turbo 1:2.0.6-4 586 151 libs libc6
libjpeg62-turbo-dev 1:2.0.6-4 1007 278 libdevel libc6-dev libjpeg62-turbo
libjq1 1.6-2.1+deb11u3 367 137 libs libc6 libonig5
libjs-inherits 2.0.4-1 11 3 javascript.
libjs-is-typedarray 1.0.0-3 14 4 javascript.
libjs-jquery 3.5.1+dfsg+~3.5.5-7 680 315 javascript.
libjs-psl 1.8.0+ds-4 308 67 javascript.
libjs-sphinxdoc 3.4.3-2 182 127 javascript. libjs-jquery libjs-underscore
libjs-typedarray-to-buffer 4.0.0-1 17 5 javascript.
libjs-underscore 1.9.1~dfsg-3 297 100 javascript.
libjsoncpp24 1.9.4-4 260 79 libs libc6 libgcc-s1 libstdc++6
libk5crypto3 1.18.3-6+deb11u8 297 115 libs libc6 libkrb5support0
libkadm5clnt-mit12 1.18.3-6+deb11u8 206 75 libs libc6 libcom-err2 libgssapi-krb5-2 libgssrpc4 libk5crypto3 libkrb5-3 libkrb5support0
libkadm5srv-mit12 1.18.3-6+deb11u8 231 87 libs libc6 libcom-err2 libgssapi-krb5-2 libgssrpc4 libk5crypto3 libkdb5-10 libkrb5-3 libkrb5support0
libkdb5-10 1.18.3-6+deb11u8 184 74 libs libc6 libcom-err2 libgssrpc4 libk5crypto3 libkrb5-3 libkrb5support0
libkeyutils1 1.6.1-2 46 15 libs libc6
libkrb5-3 1.18.3-6+deb11u8 1109 364 libs libc6 libcom-err2 libk5crypto3 libkeyutils1 libkrb5support0 libssl1.1
libkrb5-dev 1.18.3-6+deb11u8 179 49 libdevel krb5-multidev
libkrb5support0 1.18.3-6+deb11u8 170 66 libs libc6
libksba8 1.5.0-3+deb11u2 308 123 libs libc6 libgpg-error0
liblapack3 3.9.0-3+deb11u1 6827 2166 libs libblas3 libc6 libgcc-s1 libgfortran5
liblcms2-2 2.12~rc1-2+deb11u1 422 150 libs libc6
liblcms2-dev 2.12~rc1-2+deb11u1 1976 1895 libdevel liblcms2-2
libldap-2.4-2 2.4.57+dfsg-3+deb11u1 539 232 libs libc6 libgnutls30 libsasl2-2
liblilv-0-0 0.24.12-2 135 49 libs libc6 libserd-0-0 libsord-0-0 libsratom-0-0
libllvm11 1:11.0.1-2 82565 17899 libs libc6 libedit2 libffi7 libgcc-s1 libstdc++6 libtinfo6 libz3-4 zlib1g
liblqr-1-0 0.4.2-2.1 76 29 libs libc6 libglib2.0-0
liblqr-1-0-dev 0.4.2-2.1 735 72 libdevel liblqr-1-0
liblsan0 10.2.1-6 3198 828 libs gcc-10-base libc6 libgcc-s1
libltdl-dev 2.4.6-15 921 162 libdevel libltdl7 automake
libltdl7 2.4.6-15 419 391 libs libc6
liblz4-1 1.9.3-2 157 57 libs libc6
liblzma-dev 5.2.5-2.1~deb11u2 614 230 libdevel liblzma5
liblzma5 5.2.5-2.1~deb11u2 278 169 libs libc6
liblzo2-2 2.10-2 174 57 libs libc6
libmagic-mgc 1:5.39-3+deb11u1 6555 273 libs
libmagic1 1:5.39-3+deb11u1 266 128 libs libbz2-1.0 libc6 zlib1g libmagic-mgc
libmagickcore-6-arch-config 8:6.9.11.60+dfsg-1.3+deb11u16 274 184 libdevel dpkg libmagickcore-6-headers imagemagick-6-common
libmagickcore-6-headers 8:6.9.11.60+dfsg-1.3+deb11u16 440 51 libdevel. dpkg imagemagick-6-common
libmagickcore-6.q16-6 8:6.9.11.60+dfsg-1.3+deb11u16 6669 1841 libs dpkg libbz2-1.0 libc6 libfftw3-double3 libfontconfig1 libfreetype6 libgcc-s1 libgomp1 libheif1 libjbig0 libjpeg62-turbo liblcms2-2 liblqr-1-0 libltdl7 liblzma5 libopenjp2-7 libpng16-16 libtiff5 libwebp6 libwebpdemux2 libwebpmux3 libx11-6 libxext6 libxml2 zlib1g imagemagick-6-common
libmagickcore-6.q16-6-extra 8:6.9.11.60+dfsg-1.3+deb11u16 445 227 libs libc6 libcairo2 libdjvulibre21 libglib2.0-0 libmagickcore-6.q16-6 libmagickwand-6.q16-6 libopenexr25 libpango-1.0-0 libpangocairo-1.0-0 libwmf0.2-7 libxml2
libmagickcore-6.q16-dev 8:6.9.11.60+dfsg-1.3+deb11u16 5235 1165 libdevel dpkg libmagickcore-6-arch-config libmagickcore-6.q16-6 libmagickcore-6.q16-6-extra libbz2-dev libdjvulibre-dev libexif-dev libfreetype6-dev libjpeg-dev libopenjp2-7-dev liblcms2-dev liblqr-1-0-dev libltdl-dev libopenexr-dev libpng-dev librsvg2-dev libtiff-dev libwmf-dev libx11-dev libxext-dev libxml2-dev libxt-dev zlib1g-dev pkg-config
libmagickcore-dev 8:6.9.11.60+dfsg-1.3+deb11u16 12 1 libdevel. dpkg imagemagick-6-common libmagickcore-6.q16-dev
libmagickwand-6-headers 8:6.9.11.60+dfsg-1.3+deb11u16 95 10 libdevel. dpkg libmagickcore-6-headers imagemagick-6-common
libmagickwand-6.q16-6 8:6.9.11.60+dfsg-1.3+deb11u16 1453 462 libs dpkg libc6 libgcc-s1 libgomp1 libmagickcore-6.q16-6 libx11-6 imagemagick-6-common
libmagickwand-6.q16-dev 8:6.9.11.60+dfsg-1.3+deb11u16 2728 461 libdevel dpkg libmagickwand-6-headers libmagickwand-6.q16-6 libmagickcore-6.q16-6-extra libmagickcore-6.q16-dev pkg-config
libmagickwand-dev 8:6.9.11.60+dfsg-1.3+deb11u16 12 1 libdevel. dpkg imagemagick-6-common libmagickwand-6.q16-dev
libmariadb-dev 1:10.5.29-0+deb11u1 783 187 libdevel libmariadb3 libssl-dev zlib1g-dev libc6
libmariadb-dev-compat 1:10.5.29-0+deb11u1 85 37 libdevel libmariadb-dev
libmariadb3 1:10.5.29-0+deb11u1 532 179 libs mariadb-common libc6 libssl1.1 zlib1g
libmaxminddb-dev 1.5.2-1 111 39 libdevel libmaxminddb0
libmaxminddb0 1.5.2-1 76 30 libs libc6
libmd0 1.0.3-3 77 28 libs libc6
libmfx1 21.1.0-1 27723 3289 libs libc6 libgcc-s1 libstdc++6 libva2
libmnl0 1.0.4-3 46 12 libs libc6
libmount-dev 2.36.1-8+deb11u2 135 78 libdevel libblkid-dev libc6-dev libmount1 libselinux1-dev
libmount1 2.36.1-8+deb11u2 477 212 libs libblkid1 libc6 libselinux1
libmp3lame0 3.100-3 547 364 libs libc6
libmpc3 1.2.0-1 129 45 libs libc6 libgmp10 libmpfr6
libmpdec3 2.5.1-1 278 88 libs libc6 libgcc-s1 libstdc++6
libmpfr6 4.1.0-3 3411 2012 libs libc6 libgmp10
libmpg123-0 1.26.4-1+deb11u1 358 142 libs libc6
libmysofa1 1.2~dfsg0-1 1266 1157 libs libc6 zlib1g
libncurses-dev 6.2+20201114-2+deb11u2 2352 344 libdevel libtinfo6 libncurses6 libncursesw6 libc6-dev ncurses-bin
libncurses6 6.2+20201114-2+deb11u2 335 102 libs libtinfo6 libc6
libncursesw6 6.2+20201114-2+deb11u2 420 132 libs libtinfo6 libc6
libnettle8 3.7.3-1 480 270 libs libc6
libnghttp2-14 1.43.0-1+deb11u3 222 78 libs libc6
libnginx-mod-http-geoip 1.18.0-6.1+deb11u8 132 100 httpd nginx-common libc6 libgeoip1
libnginx-mod-http-image-filter 1.18.0-6.1+deb11u8 139 103 httpd nginx-common libc6 libgd3
libnginx-mod-http-xslt-filter 1.18.0-6.1+deb11u8 135 102 httpd nginx-common libc6 libxml2 libxslt1.1
libnginx-mod-mail 1.18.0-6.1+deb11u8 222 131 httpd nginx-common libc6
libnginx-mod-stream 1.18.0-6.1+deb11u8 289 156 httpd nginx-common libc6
libnginx-mod-stream-geoip 1.18.0-6.1+deb11u8 132 99 httpd nginx-common libc6 libgeoip1 libnginx-mod-stream
libnl-3-200 3.4.0-1+b1 182 64 libs libc6
libnl-genl-3-200 3.4.0-1+b1 58 21 libs libnl-3-200 libc6
libnode-dev 12.22.12~dfsg-1~deb11u8 2406 409 libdevel libssl-dev libuv1-dev libnode72
libnode72 12.22.12~dfsg-1~deb11u8 35795 8335 libs libbrotli1 libc-ares2 libc6 libgcc-s1 libicu67 libnghttp2-14 libssl1.1 libstdc++6 libuv1 zlib1g
libnorm1 1.5.9+dfsg-2 506 221 libs libc6 libgcc-s1 libstdc++6
libnpth0 1.6-3 50 19 libs libc6
libnsl-dev 1.3.0-2 345 66 libdevel libnsl2 libtirpc-dev
libnsl2 1.3.0-2 127 39 libs libc6 libtirpc3
libnspr4 2:4.29-1 319 112 libs libc6
libnss3 2:3.61-1+deb11u7 4049 1306 libs libc6 libnspr4 libsqlite3-0
libnuma1 2.0.12-1+b1 78 26 libs libc6
libogg0 1.3.4-0.1 70 27 libs libc6
libonig5 6.9.6-1.1 649 185 libs libc6
libopenal-data 1:1.19.1-2 207 170 libs.
libopenal1 1:1.19.1-2 963 501 libs libopenal-data libc6 libsndio7.0
libopenexr-dev 2.5.4-2+deb11u1 851 160 libdevel libilmbase-dev libopenexr25
libopenexr25 2.5.4-2+deb11u1 3273 689 libs libc6 libgcc-s1 libilmbase25 libstdc++6 zlib1g
libopenjp2-7 2.4.0-3+deb11u3 448 172 libs libc6
libopenjp2-7-dev 2.4.0-3+deb11u3 763 203 libdevel libopenjp2-7
libopenmpt0 0.4.11-1 1696 616 libs libc6 libgcc-s1 libmpg123-0 libstdc++6 libvorbis0a libvorbisfile3 zlib1g
libopus0 1.3.1-0.1 379 190 libs libc6
libp11-kit0 0.23.22-1 1401 337 libs libc6 libffi7
libpackagekit-glib2-18 1.2.2-2+deb11u1 466 124 libs libc6 libglib2.0-0
libpam-modules 1.4.0-9+deb11u2 1049 327 admin! libaudit1 libc6 libcrypt1 libdb5.3 libnsl2 libpam0g libselinux1 libtirpc3 debconf libpam-modules-bin
libpam-modules-bin 1.4.0-9+deb11u2 228 108 admin! libaudit1 libc6 libcrypt1 libpam0g libselinux1
libpam-runtime 1.4.0-9+deb11u2 966 208 admin.! debconf libpam-modules
libpam0g 1.4.0-9+deb11u2 245 130 libs libaudit1 libc6 debconf
libpango-1.0-0 1.46.2-3 431 191 libs fontconfig libc6 libfribidi0 libglib2.0-0 libharfbuzz0b libthai0
libpangocairo-1.0-0 1.46.2-3 112 51 libs libc6 libcairo2 libfontconfig1 libglib2.0-0 libpango-1.0-0 libpangoft2-1.0-0
libpangoft2-1.0-0 1.46.2-3 146 62 libs libc6 libfontconfig1 libfreetype6 libglib2.0-0 libharfbuzz0b libpango-1.0-0
libpciaccess0 0.16-1 94 54 libs libc6 zlib1g
libpcre16-3 2:8.39-13 542 259 libs libc6
libpcre2-16-0 10.36-2+deb11u1 611 232 libs libc6
libpcre2-32-0 10.36-2+deb11u1 583 220 libs libc6
libpcre2-8-0 10.36-2+deb11u1 664 248 libs libc6
libpcre2-dev 10.36-2+deb11u1 2636 733 libdevel libc6-dev libpcre2-8-0 libpcre2-16-0 libpcre2-32-0 libpcre2-posix2
libpcre2-posix2 10.36-2+deb11u1 73 49 libs libc6 libpcre2-8-0
libpcre3 2:8.39-13 669 343 libs libc6
`;
