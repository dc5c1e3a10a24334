// Ubuntu 20.04 (focal) packages the closure needs that data/tools/ubuntu_versions.py does not
// version, by data/tools/ubuntu.py: each line is the closest Debian package (bullseye) as it is,
// version included. The version is NOT Ubuntu's: a stand-in until someone writes the real one.
export default `
autoconf 2.69-14 1846 313 devel. perl m4 debianutils
automake 1:1.16.3-2 1830 814 devel. autoconf autotools-dev
autotools-dev 20180224.1+nmu1 157 77 devel.
comerr-dev 2.1-1.46.2-2+deb11u1 192 107 libdevel libc6-dev libcom-err2
ffmpeg 7:4.3.9-0+deb11u2 2156 1605 video libavcodec58 libavdevice58 libavfilter7 libavformat58 libavresample4 libavutil56 libc6 libpostproc55 libsdl2-2.0-0 libswresample3 libswscale5
file 1:5.39-3+deb11u1 104 69 utils~ libc6 libmagic1
fontconfig 2.13.1-4.2 583 417 fonts libc6 libfontconfig1 libfreetype6 fontconfig-config
fonts-dejavu 2.37-2 39 33 fonts. fonts-dejavu-core fonts-dejavu-extra
fonts-dejavu-extra 2.37-2 7493 2070 fonts. fonts-dejavu-core
gir1.2-freedesktop 1.66.1-1+b1 112 33 introspection gir1.2-glib-2.0
gir1.2-gdkpixbuf-2.0 2.42.2+dfsg-1+deb11u5 46 21 introspection gir1.2-glib-2.0 libgdk-pixbuf-2.0-0
gir1.2-packagekitglib-1.0 1.2.2-2+deb11u1 120 37 introspection gir1.2-glib-2.0 libpackagekit-glib2-18
gir1.2-rsvg-2.0 2.50.3+dfsg-1+deb11u1 65 30 introspection gir1.2-freedesktop gir1.2-gdkpixbuf-2.0 gir1.2-glib-2.0 librsvg2-2
gosu 1.12-1+b6 2273 743 admin libc6
gyp 0.1+20200513gitcaa6002-2 1165 236 python. python3 python3-pkg-resources
hicolor-icon-theme 0.17-2 441 11 misc.
htop 3.0.5-7 320 127 utils libc6 libncursesw6 libnl-3-200 libnl-genl-3-200 libtinfo6
icu-devtools 67.1-7+deb11u1 684 201 libdevel libc6 libgcc-s1 libicu66 libstdc++6
imagemagick 8:6.9.11.60+dfsg-1.3+deb11u16 229 176 graphics imagemagick-6.q16
imagemagick-6-common 8:6.9.11.60+dfsg-1.3+deb11u16 589 220 graphics.
imagemagick-6.q16 8:6.9.11.60+dfsg-1.3+deb11u16 669 394 graphics libc6 libmagickcore-6.q16-6 libmagickwand-6.q16-6 hicolor-icon-theme
krb5-multidev 1.18.3-6+deb11u8 855 159 libdevel libkrb5-3 libk5crypto3 libgssapi-krb5-2 libgssrpc4 libkadm5srv-mit12 libkadm5clnt-mit12 comerr-dev
libaom0 1.0.0.errata1-3+deb11u2 3820 1121 libs libc6
libapr1 1.7.0-6+deb11u2 294 106 libs libc6 libuuid1
libaprutil1 1.6.1-5+deb11u2 285 93 libs libapr1 libc6 libcrypt1 libdb5.3 libexpat1 libgdbm6 libssl1.1
libass9 1:0.15.0-2 234 100 libs libc6 libfontconfig1 libfreetype6 libfribidi0 libharfbuzz0b
libasyncns0 0.8-6+b2 44 13 libs libc6
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
libblas3 3.9.0-3+deb11u1 467 153 libs libc6
libblkid-dev 2.36.1-8+deb11u2 900 225 libdevel libblkid1 libc6-dev uuid-dev
libbluray2 1:1.2.1-4+deb11u2 345 139 libs libc6 libfontconfig1 libfreetype6 libudfread0 libxml2
libbpf0 1:0.3-2+deb11u1 270 98 libs libc6 libelf1 zlib1g
libbrotli-dev 1.0.9-2+b2 902 288 libdevel libbrotli1
libbs2b0 3.1.0+dfsg-2.2+b1 47 12 libs libc6 libgcc-s1 libstdc++6
libbz2-dev 1.0.8-4 96 30 libdevel libbz2-1.0 libc6-dev
libc-l10n 2.31-13+deb11u14 4398 865 localization.~
libcaca0 0.99.beta19-2.2+deb11u1 1044 348 libs libc6 libncursesw6 libslang2 libstdc++6 libtinfo6 zlib1g
libcairo-gobject2 1.16.0-5 191 125 libs libcairo2 libglib2.0-0
libcairo-script-interpreter2 1.16.0-5 298 163 libs libc6 libcairo2 libfontconfig1 libfreetype6 liblzo2-2 zlib1g
libcairo2 1.16.0-5 1428 694 libs libc6 libfontconfig1 libfreetype6 libpixman-1-0 libpng16-16 libx11-6 libxcb-render0 libxcb-shm0 libxcb1 libxext6 libxrender1 zlib1g
libcairo2-dev 1.16.0-5 2854 739 libdevel libcairo2 libcairo-gobject2 libcairo-script-interpreter2 libfontconfig1-dev libfreetype6-dev libx11-dev libxrender-dev libxext-dev libpng-dev libsm-dev libpixman-1-dev libxcb1-dev libxcb-render0-dev libxcb-shm0-dev libglib2.0-dev
libcbor0 0.5.0+dfsg-2 91 24 libs libc6
libcdio-cdda2 10.2+2.0.0-1+b2 56 21 libs libc6 libcdio19
libcdio-paranoia2 10.2+2.0.0-1+b2 56 21 libs libc6 libcdio-cdda2 libcdio19
libcdio19 2.1.0-2 324 204 libs libc6
libchromaprint1 1.5.0-2 106 41 libs libavcodec58 libavutil56 libc6 libgcc-s1 libstdc++6
libcodec2-0.9 0.9.2-4 14215 7890 libs libc6
libdatrie1 0.2.13-1 80 43 libs libc6
libdav1d4 0.7.1-3+deb11u1 982 331 libs libc6
libdb-dev 5.3.1+nmu1 9 2 libdevel libdb5.3-dev
libdb5.3-dev 5.3.28+dfsg1-0.8 3106 766 libdevel libdb5.3
libdc1394-25 2.2.6-3 266 108 libs libc6 libraw1394-11 libusb-1.0-0
libde265-0 1.0.11-0+deb11u4 462 180 libs libc6 libgcc-s1 libstdc++6
libdeflate-dev 1.7-1 121 47 libdevel libdeflate0
libdeflate0 1.7-1 121 53 libs libc6
libdjvulibre-dev 3.5.28-2.2~deb11u1 6109 2400 libdevel libdjvulibre21 libjpeg-dev
libdjvulibre-text 3.5.28-2.2~deb11u1 349 62 libs.
libdjvulibre21 3.5.28-2.2~deb11u1 1766 592 libs libc6 libgcc-s1 libjpeg62-turbo libstdc++6 libdjvulibre-text
libdrm-amdgpu1 2.4.104-1 83 29 libs libc6 libdrm2
libdrm-common 2.4.104-1 43 15 libs.
libdrm-intel1 2.4.104-1 185 72 libs libc6 libdrm2 libpciaccess0
libdrm-nouveau2 2.4.104-1 81 27 libs libc6 libdrm2
libdrm-radeon1 2.4.104-1 94 30 libs libc6 libdrm2
libdrm2 2.4.104-1 119 42 libs libdrm-common libc6
libevent-2.1-7 2.1.12-stable-1 451 188 libs libc6
libevent-core-2.1-7 2.1.12-stable-1 318 139 libs libc6
libevent-dev 2.1.12-stable-1 1765 311 libdevel libevent-2.1-7 libevent-core-2.1-7 libevent-extra-2.1-7 libevent-pthreads-2.1-7 libevent-openssl-2.1-7
libevent-extra-2.1-7 2.1.12-stable-1 230 110 libs libc6 libevent-core-2.1-7
libevent-openssl-2.1-7 2.1.12-stable-1 107 64 libs libc6 libevent-core-2.1-7 libssl1.1
libevent-pthreads-2.1-7 2.1.12-stable-1 88 57 libs libc6 libevent-core-2.1-7
libexif-dev 0.6.22-3+deb11u1 537 101 libdevel libc6-dev libexif12
libexif12 0.6.22-3+deb11u1 2472 375 libs libc6
libexpat1-dev 2.2.10-2+deb11u7 860 143 libdevel libexpat1 libc6-dev
libfftw3-double3 3.3.8-2 2170 733 libs libc6 libgomp1
libfido2-1 1.6.0-2 173 53 libs libc6 libcbor0 libssl1.1 libudev1
libflac8 1.3.3-2+deb11u2 293 112 libs libc6 libogg0
libflite1 2.2-2 27553 12826 libs libasound2 libc6
libfontconfig-dev 2.13.1-4.2 771 368 libdevel libfontconfig1 libexpat1-dev libfreetype6-dev uuid-dev pkg-config
libfontconfig1-dev 2.13.1-4.2 238 238 libdevel libfontconfig-dev
libfreetype-dev 2.10.4+dfsg-1+deb11u2 1982 571 libdevel libfreetype6 libbrotli-dev libc6-dev libpng-dev zlib1g-dev
libfreetype6-dev 2.10.4+dfsg-1+deb11u2 111 83 libdevel libfreetype-dev
libfribidi0 1.0.8-2+deb11u1 172 65 libs libc6
libgbm1 20.3.5-1+deb11u1 138 74 libs libc6 libdrm2 libexpat1 libwayland-server0
libgdbm-dev 1.19-2 342 130 libdevel libc6-dev libgdbm6
libgdk-pixbuf-2.0-0 2.42.2+dfsg-1+deb11u5 517 148 libs libgdk-pixbuf2.0-common shared-mime-info libc6 libglib2.0-0 libjpeg62-turbo libpng16-16 libtiff5
libgdk-pixbuf-2.0-dev 2.42.2+dfsg-1+deb11u5 426 58 libdevel gir1.2-gdkpixbuf-2.0 libgdk-pixbuf-2.0-0 libgdk-pixbuf2.0-bin libglib2.0-dev libpng-dev shared-mime-info
libgdk-pixbuf2.0-bin 2.42.2+dfsg-1+deb11u5 78 26 libs libc6 libgdk-pixbuf-2.0-0 libglib2.0-0
libgdk-pixbuf2.0-common 2.42.2+dfsg-1+deb11u5 2572 321 libs.
libgfortran5 10.2.1-6 2839 727 libs gcc-9-base libc6 libgcc-s1 libquadmath0
libgl1 1.3.2-1 653 90 libs libc6 libglvnd0 libglx0
libgl1-mesa-dri 20.3.5-1+deb11u1 34102 9632 libs libc6 libdrm-amdgpu1 libdrm-intel1 libdrm-nouveau2 libdrm-radeon1 libdrm2 libelf1 libexpat1 libgcc-s1 libglapi-mesa libllvm11 libsensors5 libstdc++6 libvulkan1 libzstd1 zlib1g
libglapi-mesa 20.3.5-1+deb11u1 300 72 libs libc6
libglib2.0-bin 2.66.8-1+deb11u8 335 143 misc libglib2.0-data libc6 libelf1 libglib2.0-0
libglib2.0-data 2.66.8-1+deb11u8 9080 1177 libs.
libglib2.0-dev 2.66.8-1+deb11u8 9915 1584 libdevel libffi-dev libglib2.0-0 libglib2.0-bin libglib2.0-dev-bin libmount-dev libpcre3-dev libselinux1-dev pkg-config zlib1g-dev
libglib2.0-dev-bin 2.66.8-1+deb11u8 644 182 libdevel python3-distutils python3 libc6 libglib2.0-0
libglvnd0 1.3.2-1 725 54 libs libc6
libglx-mesa0 20.3.5-1+deb11u1 566 186 libs libc6 libdrm2 libexpat1 libglapi-mesa libx11-6 libx11-xcb1 libxcb-dri2-0 libxcb-dri3-0 libxcb-glx0 libxcb-present0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb1 libxdamage1 libxext6 libxfixes3 libxshmfence1 libxxf86vm1 libgl1-mesa-dri
libglx0 1.3.2-1 163 36 libs libc6 libglvnd0 libx11-6 libglx-mesa0
libgme0 0.6.3-2 330 128 libs libc6 libgcc-s1 libstdc++6 zlib1g
libgmp-dev 2:6.2.1+dfsg-1+deb11u1 1901 643 libdevel libgmp10 libgmpxx4ldbl
libgmpxx4ldbl 2:6.2.1+dfsg-1+deb11u1 367 338 libs libc6 libgcc-s1 libgmp10 libstdc++6
libgraphite2-3 1.3.14-1 203 81 libs libc6
libgsm1 1.0.18-2 87 28 libs libc6
libgssrpc4 1.18.3-6+deb11u8 244 93 libs libc6 libgssapi-krb5-2
libharfbuzz0b 2.7.4-1 2051 1471 libs libc6 libfreetype6 libglib2.0-0 libgraphite2-3
libheif1 1.11.0-1+deb11u2 626 192 libs libaom0 libc6 libdav1d4 libde265-0 libgcc-s1 libstdc++6 libx265-192
libice-dev 2:1.0.10-1 238 67 libdevel libice6 x11proto-dev
libice6 2:1.0.10-1 133 59 libs libbsd0 libc6 x11-common
libicu-dev 67.1-7+deb11u1 44274 9590 libdevel libicu66 icu-devtools libc6-dev
libiec61883-0 1.2.0-4 81 31 libs libc6 libraw1394-11
libilmbase-dev 2.5.4-1 712 160 libdevel libilmbase25
libilmbase25 2.5.4-1 950 202 libs libc6 libgcc-s1 libstdc++6
libjack-jackd2-0 1.9.17~dfsg-1 1154 289 libs libc6 libgcc-s1 libsamplerate0 libstdc++6
libjbig-dev 2.1-3.1+b2 90 30 libdevel libjbig0
libjpeg-dev 1:2.0.6-4 81 68 libdevel libjpeg62-turbo-dev
libjpeg62-turbo 1:2.0.6-4 586 151 libs libc6
libjpeg62-turbo-dev 1:2.0.6-4 1007 278 libdevel libc6-dev libjpeg62-turbo
libjs-inherits 2.0.4-1 11 3 javascript.
libjs-is-typedarray 1.0.0-3 14 4 javascript.
libjs-jquery 3.5.1+dfsg+~3.5.5-7 680 315 javascript.
libjs-psl 1.8.0+ds-4 308 67 javascript.
libjs-sphinxdoc 3.4.3-2 182 127 javascript. libjs-jquery libjs-underscore
libjs-typedarray-to-buffer 4.0.0-1 17 5 javascript.
libjs-underscore 1.9.1~dfsg-3 297 100 javascript.
libjsoncpp1 1.9.4-4 260 79 libs libc6 libgcc-s1 libstdc++6
libkadm5clnt-mit12 1.18.3-6+deb11u8 206 75 libs libc6 libcom-err2 libgssapi-krb5-2 libgssrpc4 libk5crypto3 libkrb5-3 libkrb5support0
libkadm5srv-mit12 1.18.3-6+deb11u8 231 87 libs libc6 libcom-err2 libgssapi-krb5-2 libgssrpc4 libk5crypto3 libkdb5-10 libkrb5-3 libkrb5support0
libkdb5-10 1.18.3-6+deb11u8 184 74 libs libc6 libcom-err2 libgssrpc4 libk5crypto3 libkrb5-3 libkrb5support0
libkrb5-dev 1.18.3-6+deb11u8 179 49 libdevel krb5-multidev
liblapack3 3.9.0-3+deb11u1 6827 2166 libs libblas3 libc6 libgcc-s1 libgfortran5
liblcms2-2 2.12~rc1-2+deb11u1 422 150 libs libc6
liblcms2-dev 2.12~rc1-2+deb11u1 1976 1895 libdevel liblcms2-2
liblilv-0-0 0.24.12-2 135 49 libs libc6 libserd-0-0 libsord-0-0 libsratom-0-0
libllvm11 1:11.0.1-2 82565 17899 libs libc6 libedit2 libffi7 libgcc-s1 libstdc++6 libtinfo6 libz3-4 zlib1g
liblqr-1-0 0.4.2-2.1 76 29 libs libc6 libglib2.0-0
liblqr-1-0-dev 0.4.2-2.1 735 72 libdevel liblqr-1-0
libltdl-dev 2.4.6-15 921 162 libdevel libltdl7 automake
libltdl7 2.4.6-15 419 391 libs libc6
liblzma-dev 5.2.5-2.1~deb11u2 614 230 libdevel liblzma5
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
libmaxminddb-dev 1.5.2-1 111 39 libdevel libmaxminddb0
libmaxminddb0 1.5.2-1 76 30 libs libc6
libmd0 1.0.3-3 77 28 libs libc6
libmfx1 21.1.0-1 27723 3289 libs libc6 libgcc-s1 libstdc++6 libva2
libmount-dev 2.36.1-8+deb11u2 135 78 libdevel libblkid-dev libc6-dev libmount1 libselinux1-dev
libmp3lame0 3.100-3 547 364 libs libc6
libmpg123-0 1.26.4-1+deb11u1 358 142 libs libc6
libmysofa1 1.2~dfsg0-1 1266 1157 libs libc6 zlib1g
libncurses-dev 6.2+20201114-2+deb11u2 2352 344 libdevel libtinfo6 libncurses6 libncursesw6 libc6-dev ncurses-bin
libnl-3-200 3.4.0-1+b1 182 64 libs libc6
libnl-genl-3-200 3.4.0-1+b1 58 21 libs libnl-3-200 libc6
libnode-dev 12.22.12~dfsg-1~deb11u8 2406 409 libdevel libssl-dev libuv1-dev libnode64
libnorm1 1.5.9+dfsg-2 506 221 libs libc6 libgcc-s1 libstdc++6
libnsl-dev 1.3.0-2 345 66 libdevel libnsl2 libtirpc-dev
libnspr4 2:4.29-1 319 112 libs libc6
libnss3 2:3.61-1+deb11u7 4049 1306 libs libc6 libnspr4 libsqlite3-0
libnuma1 2.0.12-1+b1 78 26 libs libc6
libogg0 1.3.4-0.1 70 27 libs libc6
libopenal-data 1:1.19.1-2 207 170 libs.
libopenal1 1:1.19.1-2 963 501 libs libopenal-data libc6 libsndio7.0
libopenexr-dev 2.5.4-2+deb11u1 851 160 libdevel libilmbase-dev libopenexr25
libopenexr25 2.5.4-2+deb11u1 3273 689 libs libc6 libgcc-s1 libilmbase25 libstdc++6 zlib1g
libopenjp2-7 2.4.0-3+deb11u3 448 172 libs libc6
libopenjp2-7-dev 2.4.0-3+deb11u3 763 203 libdevel libopenjp2-7
libopenmpt0 0.4.11-1 1696 616 libs libc6 libgcc-s1 libmpg123-0 libstdc++6 libvorbis0a libvorbisfile3 zlib1g
libopus0 1.3.1-0.1 379 190 libs libc6
libpackagekit-glib2-18 1.2.2-2+deb11u1 466 124 libs libc6 libglib2.0-0
libpango-1.0-0 1.46.2-3 431 191 libs fontconfig libc6 libfribidi0 libglib2.0-0 libharfbuzz0b libthai0
libpangocairo-1.0-0 1.46.2-3 112 51 libs libc6 libcairo2 libfontconfig1 libglib2.0-0 libpango-1.0-0 libpangoft2-1.0-0
libpangoft2-1.0-0 1.46.2-3 146 62 libs libc6 libfontconfig1 libfreetype6 libglib2.0-0 libharfbuzz0b libpango-1.0-0
libpciaccess0 0.16-1 94 54 libs libc6 zlib1g
libpcre16-3 2:8.39-13 542 259 libs libc6
libpcre2-16-0 10.36-2+deb11u1 611 232 libs libc6
libpcre2-32-0 10.36-2+deb11u1 583 220 libs libc6
libpcre2-dev 10.36-2+deb11u1 2636 733 libdevel libc6-dev libpcre2-8-0 libpcre2-16-0 libpcre2-32-0 libpcre2-posix2
libpcre2-posix2 10.36-2+deb11u1 73 49 libs libc6 libpcre2-8-0
libpcre3-dev 2:8.39-13 2231 650 libdevel libc6-dev libpcre3 libpcre16-3 libpcre32-3 libpcrecpp0v5
libpcre32-3 2:8.39-13 522 250 libs libc6
libpcrecpp0v5 2:8.39-13 193 152 libs libc6 libgcc-s1 libpcre3 libstdc++6
libpcsclite1 1.9.1-1 105 60 libs libc6
libpgm-5.3-0 5.3.128~dfsg-2 322 161 libs libc6
libpixman-1-0 0.40.0-1.1~deb11u1 1003 543 libs libc6
libpixman-1-dev 0.40.0-1.1~deb11u1 1240 561 libdevel libpixman-1-0
libpng-dev 1.6.37-3+deb11u4 814 299 libdevel libpng16-16 zlib1g-dev
libpocketsphinx3 0.8+5prealpha+1-13 314 124 libs libc6 libsphinxbase3
libpostproc55 7:4.3.9-0+deb11u2 249 115 libs libavutil56 libc6
libpthread-stubs0-dev 0.4-1 18 5 libdevel
libpulse0 14.2-2 971 285 libs libasyncns0 libc6 libdbus-1-3 libsndfile1 libsystemd0 libwrap0 libxcb1
librabbitmq4 0.10.0-1+deb11u3 120 43 libs libc6 libssl1.1
libraw1394-11 2.1.2-2 100 41 libs libc6
libreadline-dev 8.1-1 784 148 libdevel libreadline8 libncurses-dev dpkg
librhash0 1.4.1-2 227 129 libs libc6
librsvg2-2 2.50.3+dfsg-1+deb11u1 10323 2462 libs libc6 libcairo-gobject2 libcairo2 libgcc-s1 libgdk-pixbuf-2.0-0 libglib2.0-0 libpango-1.0-0 libpangocairo-1.0-0 libxml2
librsvg2-common 2.50.3+dfsg-1+deb11u1 80 31 libs librsvg2-2 libgdk-pixbuf-2.0-0 libglib2.0-0
librsvg2-dev 2.50.3+dfsg-1+deb11u1 208 59 libdevel gir1.2-rsvg-2.0 libcairo2-dev libgdk-pixbuf-2.0-dev libglib2.0-dev librsvg2-2 librsvg2-common
librubberband2 1.9.0-1 254 86 libs libc6 libfftw3-double3 libgcc-s1 libsamplerate0 libstdc++6
libsamplerate0 0.2.1+ds0-1 1494 954 libs libc6
libsdl2-2.0-0 2.0.14+dfsg2-3+deb11u2 1647 506 libs libasound2 libc6 libdrm2 libgbm1 libpulse0 libwayland-client0 libwayland-cursor0 libwayland-egl1 libx11-6 libxcursor1 libxext6 libxi6 libxinerama1 libxkbcommon0 libxrandr2 libxss1 libxxf86vm1
libselinux1-dev 3.1-3 699 168 libdevel libselinux1 libsepol1-dev libpcre2-dev
libsensors-config 1:3.6.0-7 51 32 utils.
libsensors5 1:3.6.0-7 105 52 libs libsensors-config libc6
libsepol1-dev 3.1-1+deb11u1 1661 341 libdevel libsepol1
libserd-0-0 0.30.10-2 118 46 libs libc6
libserf-1-1 1.3.9-10 154 55 libs libapr1 libaprutil1 libc6 libgssapi-krb5-2 libssl1.1 zlib1g
libshine3 3.1.1-2 61 24 libs libc6
libsigsegv2 2.13-1 62 35 libs libc6
libslang2 2.3.2-5 1631 509 libs libc6
libsm-dev 2:1.2.3-1 106 38 libdevel libsm6 x11proto-core-dev libice-dev
libsm6 2:1.2.3-1 73 35 libs libc6 libice6 libuuid1
libsnappy1v5 1.1.8-1 56 18 libs libc6 libgcc-s1 libstdc++6
libsndfile1 1.0.31-2+deb11u2 541 188 libs libc6 libflac8 libogg0 libopus0 libvorbis0a libvorbisenc2
libsndio7.0 1.5.0-3 78 25 libs libasound2 libbsd0 libc6
libsodium23 1.0.18-1+deb11u1 420 163 libs libc6
libsord-0-0 0.16.8-2 65 24 libs libc6 libserd-0-0
libsoxr0 0.1.3-4 229 78 libs libc6 libgomp1
libspeex1 1.2~rc1.2-1.1 120 55 libs libc6
libsphinxbase3 0.8+5prealpha+1-12 331 120 libs libblas3 libc6 liblapack3 libpulse0
libsqlite3-dev 3.34.1-3+deb11u1 2559 963 libdevel libsqlite3-0 libc6-dev
libsratom-0-0 0.6.8-1 60 18 libs libc6 libserd-0-0 libsord-0-0
libsrt1.4-gnutls 1.4.2-1.3 789 271 libs libc6 libgcc-s1 libgnutls30 libnettle7 libstdc++6
libssh-gcrypt-4 0.9.8-0+deb11u2 636 221 libs libc6 libgcrypt20 libgpg-error0 libgssapi-krb5-2 zlib1g
libsvn1 1.14.1-3+deb11u2 4334 1444 libs libsqlite3-0 libapr1 libaprutil1 libc6 libdb5.3 libexpat1 liblz4-1 libsasl2-2 libserf-1-1 libutf8proc2 zlib1g
libswresample3 7:4.3.9-0+deb11u2 246 117 libs libavutil56 libc6 libsoxr0
libswscale5 7:4.3.9-0+deb11u2 690 219 libs libavutil56 libc6
libthai-data 0.1.28-3 614 170 libs.
libthai0 0.1.28-3 96 54 libs libthai-data libc6 libdatrie1
libtheora0 1.1.1+dfsg.1-15 707 169 libs libc6 libcairo2 libogg0
libtiff-dev 4.2.0-1+deb11u8 1198 417 oldlibs libc6-dev libjbig-dev libjpeg-dev liblzma-dev libtiff5 libtiffxx5 zlib1g-dev libdeflate-dev
libtiffxx5 4.2.0-1+deb11u8 149 130 libs libc6 libstdc++6 libtiff5
libtirpc-dev 1.3.1-1+deb11u1 723 191 libdevel libtirpc3
libtool 2.4.6-15 1198 513 devel. gcc cpp libc6-dev file autotools-dev
libtwolame0 0.4.0-2 147 51 libs libc6
libudfread0 1.1.1-1 56 16 libs libc6
libusb-1.0-0 2:1.0.24-3 150 60 libs libc6 libudev1
libutf8proc2 2.5.0-1 327 54 libs libc6
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
libwebpdemux2 0.6.1-2.1+deb11u2 109 88 libs libc6 libwebp6
libwebpmux3 0.6.1-2.1+deb11u2 134 98 libs libc6 libwebp6
libwmf-dev 0.2.8.4-17 818 190 libdevel libwmf0.2-7 libfreetype6-dev x11proto-core-dev libx11-dev zlib1g-dev
libwmf0.2-7 0.2.8.4-17 527 165 libs libc6 libexpat1 libfreetype6 libjpeg62-turbo libpng16-16 libx11-6 zlib1g
libwrap0 7.6.q-31 109 59 libs libc6 libnsl2
libx11-dev 2:1.7.2-1+deb11u2 2653 845 libdevel libx11-6 libxau-dev libxdmcp-dev x11proto-dev xtrans-dev libxcb1-dev
libx11-xcb1 2:1.7.2-1+deb11u2 262 204 libs libx11-6
libx264-160 2:0.160.3011+gitcde9a93-2.1 1852 539 libs libc6
libx265-192 3.4-2 15981 1095 libs libc6 libnuma1 libstdc++6
libxau-dev 1:1.0.9-1 65 23 libdevel libxau6 x11proto-dev
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
libxcb1-dev 1.14-3 770 176 libdevel libxcb1 libpthread-stubs0-dev libxau-dev libxdmcp-dev
libxcursor1 1:1.2.0-2 80 37 libs libc6 libx11-6 libxfixes3 libxrender1
libxdamage1 1:1.1.5-2 39 16 libs libc6 libx11-6
libxdmcp-dev 1:1.1.2-3 81 42 libdevel libxdmcp6 x11proto-core-dev
libxext-dev 2:1.3.3-1.1 332 107 libdevel libxext6 x11proto-core-dev x11proto-xext-dev libx11-dev
libxext6 2:1.3.3-1.1 131 53 libs libc6 libx11-6
libxfixes3 1:5.0.3-2 57 22 libs libc6 libx11-6
libxi6 2:1.7.10-1 140 83 libs libc6 libx11-6 libxext6
libxinerama1 2:1.1.4-2 43 18 libs libc6 libx11-6 libxext6
libxkbcommon0 1.0.3-2 285 101 libs xkb-data libc6
libxml2-dev 2.9.10+dfsg-6.7+deb11u10 3329 793 libdevel libicu-dev libxml2
libxrandr2 2:1.5.1-1 82 37 libs libc6 libx11-6 libxext6 libxrender1
libxrender-dev 1:0.9.10-1 111 41 libdevel libxrender1 libx11-dev x11proto-render-dev x11proto-core-dev
libxrender1 1:0.9.10-1 70 33 libs libc6 libx11-6
libxshmfence1 1.3-1 26 9 libs libc6
libxslt1-dev 1.1.34-4+deb11u3 2010 330 libdevel libxml2-dev libxslt1.1
libxss1 1:1.2.3-1 42 18 libs libc6 libx11-6 libxext6 x11-common
libxt-dev 1:1.2.0-1 1394 407 libdevel libxt6 libx11-dev x11proto-core-dev libsm-dev
libxt6 1:1.2.0-1 477 189 libs libc6 libice6 libsm6 libx11-6
libxtables12 1.8.7-1 111 45 libs libc6
libxv1 2:1.0.11-1 49 25 libs libc6 libx11-6 libxext6
libxvidcore4 2:1.3.7-1 734 242 libs libc6
libxxf86vm1 1:1.1.4-1+b2 50 21 libs libc6 libx11-6 libxext6
libyaml-0-2 0.2.2-1 148 50 libs libc6
libyaml-dev 0.2.2-1 250 60 libdevel libyaml-0-2
libz3-4 4.8.10-1 22408 6949 libs libc6 libgcc-s1 libstdc++6
libzmq5 4.3.4-1+deb11u1 808 275 libs libbsd0 libc6 libgcc-s1 libgssapi-krb5-2 libnorm1 libpgm-5.3-0 libsodium23 libstdc++6
libzvbi-common 0.2.35-18+deb11u1 169 65 devel.
libzvbi0 0.2.35-18+deb11u1 724 272 libs libc6 libpng16-16 libzvbi-common
m4 1.4.18-5 357 204 interpreters libc6 libsigsegv2
mercurial 5.6.1-4+deb11u1 1054 351 vcs mercurial-common ucf python3 libc6
mercurial-common 5.6.1-4+deb11u1 14241 2726 vcs. python3
netcat-openbsd 1.217-3 111 41 net libbsd0 libc6
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
`;
