// Ubuntu 24.04 (noble) packages the closure needs that data/tools/ubuntu_versions.py does not
// version, by data/tools/ubuntu.py: each line is the closest Debian package (trixie, then bookworm and bullseye) as it is,
// version included. The version is NOT Ubuntu's: a stand-in until someone writes the real one.
export default `
autoconf 2.72-3.1 2197 494 devel. perl m4 debianutils
automake 1:1.17-4 1906 862 devel. autoconf autotools-dev
autotools-dev 20240727.1 147 60 devel.
comerr-dev 2.1-1.47.2-3+b12 156 57 libdevel libc6-dev libcom-err2
eslint 6.4.0~dfsg+~6.1.9-12 2946 606 javascript. node-ajv node-concat-stream node-debug node-doctrine node-eslint-visitor-keys node-eslint-scope node-espree node-esquery node-estraverse node-eslint-utils node-esutils node-file-entry-cache node-functional-red-black-tree node-glob-parent node-globals node-resolve-from node-imurmurhash node-ignore node-is-glob node-json-stable-stringify node-levn node-lodash node-memfs node-mkdirp node-optionator node-progress node-regenerate-unicode-properties node-regexpp node-semver node-strip-json-comments node-json-schema node-v8-compile-cache nodejs
ffmpeg 7:7.1.5-0+deb13u1 2680 2002 video libavcodec61 libavdevice61 libavfilter10 libavformat61 libavutil59 libc6 libplacebo349 libpostproc58 libsdl2-2.0-0 libswresample5 libswscale8
file 1:5.46-5 79 44 utils~ libc6 libmagic1t64
fontconfig 2.15.0-2.3 681 463 fonts libc6 libfontconfig1 libfreetype6 fontconfig-config
fonts-dejavu 2.37-8 35 28 fonts. fonts-dejavu-core fonts-dejavu-mono fonts-dejavu-extra
fonts-dejavu-extra 2.37-8 6733 1792 fonts. fonts-dejavu-core
gir1.2-freedesktop 1.84.0-1 233 61 introspection gir1.2-glib-2.0 libcairo-gobject2
gir1.2-freedesktop-dev 1.84.0-1 262 52 libdevel gir1.2-freedesktop gir1.2-glib-2.0-dev
gir1.2-gdkpixbuf-2.0 2.42.12+dfsg-4+deb13u1 44 14 introspection gir1.2-glib-2.0 libgdk-pixbuf-2.0-0
gir1.2-glib-2.0-dev 2.84.4-3~deb13u5 11761 918 libdevel gir1.2-glib-2.0
gir1.2-harfbuzz-0.0 10.2.0-1+deb13u1 190 42 introspection gir1.2-freedesktop gir1.2-glib-2.0 libharfbuzz-gobject0 libharfbuzz0b
gir1.2-packagekitglib-1.0 1.2.2-2+deb11u1 120 37 introspection gir1.2-glib-2.0 libpackagekit-glib2-18
gir1.2-pango-1.0 1.56.3-1 136 39 introspection gir1.2-freedesktop gir1.2-glib-2.0 gir1.2-harfbuzz-0.0 libpango-1.0-0 libpangocairo-1.0-0 libpangoft2-1.0-0 libpangoxft-1.0-0
gir1.2-rsvg-2.0 2.60.0+dfsg-1+deb13u1 46 17 introspection gir1.2-freedesktop gir1.2-gdkpixbuf-2.0 gir1.2-glib-2.0 librsvg2-2
girepository-tools 2.84.4-3~deb13u5 382 152 libdevel native-architecture libc6 libffi8 libgirepository-2.0-0 libglib2.0-0t64
gosu 1.17-3+b4 2890 940 admin
gyp 0.16.2-2 1347 255 python. python3 python3-packaging
handlebars 3:4.7.7+~4.1.0-1 1006 199 javascript. node-neo-async node-optimist node-source-map node-wordwrap nodejs
hicolor-icon-theme 0.18-2 780 12 misc.
htop 3.4.1-5 424 171 utils libc6 libncursesw6 libtinfo6
icu-devtools 76.1-4 756 215 libdevel libc6 libgcc-s1 libicu74 libstdc++6
imagemagick 8:7.1.1.43+dfsg1-1+deb13u14 89 36 graphics imagemagick-7.q16
imagemagick-7-common 8:7.1.1.43+dfsg1-1+deb13u14 473 83 graphics.
imagemagick-7.q16 8:7.1.1.43+dfsg1-1+deb13u14 858 742 graphics libc6 libmagickcore-7.q16-10 libmagickwand-7.q16-10 hicolor-icon-theme
krb5-multidev 1.21.3-5+deb13u2 822 127 libdevel comerr-dev libgssapi-krb5-2 libgssrpc4t64 libk5crypto3 libkadm5clnt-mit12 libkadm5srv-mit12 libkrb5-3
libaom3 3.12.1-1+deb13u1 5579 1872 libs libc6
libapparmor1 4.1.0-1 115 44 libs libc6
libapr1t64 1.7.5-1 301 104 libs libc6 libuuid1
libaprutil1t64 1.6.3-3+deb13u1 284 90 libs libapr1t64 libc6 libcrypt1 libdb5.3t64 libexpat1 libgdbm6t64 libssl3t64
libass9 1:0.17.3-1+deb13u1 286 114 libs libc6 libfontconfig1 libfreetype6 libfribidi0 libharfbuzz0b libunibreak6
libassuan0 3.0.2-2 136 62 libs libc6 libgpg-error0
libasyncns0 0.8-6+b5 39 12 libs libc6
libavahi-client3 0.8-5+deb11u3 133 63 libs libavahi-common3 libc6 libdbus-1-3
libavahi-common-data 0.8-5+deb11u3 754 124 libs
libavahi-common3 0.8-5+deb11u3 110 59 libs libc6 libavahi-common-data
libavc1394-0 0.5.4-5+b2 65 18 libs libc6 libraw1394-11
libavcodec61 7:7.1.5-0+deb13u1 16613 5821 libs libaom3 libavutil59 libc6 libcairo2 libcodec2-1.2 libdav1d7 libglib2.0-0t64 libgsm1 libjxl0.11 liblzma5 libmp3lame0 libopenjp2-7 libopus0 librav1e0.7 librsvg2-2 libshine3 libsnappy1v5 libspeex1 libsvtav1enc2 libswresample5 libtheoradec1 libtheoraenc1 libtwolame0 libva2 libvorbis0a libvorbisenc2 libvpl2 libvpx9 libwebp7 libwebpmux3 libx264-164 libx265-215 libxvidcore4 libzvbi0t64 zlib1g
libavdevice61 7:7.1.5-0+deb13u1 301 127 libs libasound2t64 libavc1394-0 libavcodec61 libavfilter10 libavformat61 libavutil59 libc6 libcaca0 libcdio-cdda2t64 libcdio-paranoia2t64 libdc1394-25 libdrm2 libgl1 libiec61883-0 libjack-jackd2-0 libopenal1 libpulse0 libraw1394-11 libsdl2-2.0-0 libx11-6 libxcb-shape0 libxcb-shm0 libxcb-xfixes0 libxcb1 libxext6 libxv1
libavfilter10 7:7.1.5-0+deb13u1 14159 4121 libs libass9 libavcodec61 libavformat61 libavutil59 libbs2b0 libc6 libflite1 libfontconfig1 libfreetype6 libfribidi0 libharfbuzz0b liblilv-0-0 libmysofa1 libplacebo349 libpocketsphinx3 libpostproc58 librubberband2 libsphinxbase3t64 libstdc++6 libswresample5 libswscale8 libva2 libvidstab1.1 libvpl2 libzimg2 libzmq5 ocl-icd-libopencl1 zlib1g
libavformat61 7:7.1.5-0+deb13u1 3047 1203 libs libavcodec61 libavutil59 libbluray2 libbz2-1.0 libc6 libchromaprint1 libdvdnav4 libdvdread8t64 libgme0 libgnutls30t64 libopenmpt0t64 librabbitmq4 librist4 libsrt1.5-gnutls libssh-4 libxml2 libzmq5 zlib1g
libavutil59 7:7.1.5-0+deb13u1 1252 425 libs libc6 libdrm2 libva-drm2 libva-x11-2 libva2 libvdpau1 libvpl2 libx11-6 ocl-icd-libopencl1
libblas3 3.12.1-6 521 160 libs libc6 libgcc-s1
libblkid-dev 2.41.5-0+deb13u1 978 209 libdevel libblkid1 libc6-dev uuid-dev
libbluray2 1:1.3.4-1+b2 353 138 libs libc6 libfontconfig1 libfreetype6 libudfread0 libxml2
libbpf1 1:1.5.0-3 452 169 libs libc6 libelf1t64 zlib1g
libbrotli-dev 1.1.0-2+deb13u1 1421 396 libdevel libbrotli1
libbrotli1 1.1.0-2+deb13u1 865 304 libs libc6
libbs2b0 3.1.0+dfsg-8+b1 46 13 libs libc6 libstdc++6
libbz2-dev 1.0.8-6 99 31 libdevel libbz2-1.0 libc6-dev
libc-l10n 2.41-12+deb13u5 4740 742 localization.~
libcaca0 0.99.beta20-5+deb13u1 899 202 libs libc6 libncursesw6 libslang2 libstdc++6 libtinfo6 zlib1g
libcairo-gobject2 1.18.4-1+b1 197 130 libs libcairo2 libglib2.0-0t64
libcairo-script-interpreter2 1.18.4-1+b1 201 59 libs libc6 libcairo2 libfontconfig1 libfreetype6 liblzo2-2 zlib1g
libcairo2 1.18.4-1+b1 1391 538 libs libc6 libfontconfig1 libfreetype6 libpixman-1-0 libpng16-16t64 libx11-6 libxcb-render0 libxcb-shm0 libxcb1 libxext6 libxrender1 zlib1g
libcairo2-dev 1.18.4-1+b1 235 43 libdevel libcairo-gobject2 libcairo-script-interpreter2 libcairo2 libfontconfig-dev libfreetype-dev libglib2.0-dev libpixman-1-dev libpng-dev libsm-dev libx11-dev libxcb-render0-dev libxcb-shm0-dev libxcb1-dev libxext-dev libxrender-dev
libcbor0.10 0.10.2-2 94 28 libs libc6
libcdio-cdda2t64 10.2+2.0.2-1+b1 55 18 libs libc6 libcdio19t64
libcdio-paranoia2t64 10.2+2.0.2-1+b1 55 17 libs libc6 libcdio-cdda2t64 libcdio19t64
libcdio19t64 2.2.0-4.1~deb13u1 191 62 libs libc6
libchromaprint1 1.5.1-7 113 43 libs libc6 libgcc-s1 libstdc++6
libcjson1 1.7.18-3.1+deb13u1 86 30 libs libc6
libcodec2-1.2 1.2.0-3 16506 8170 libs libc6
libcurl3-gnutls 7.88.1-10+deb12u5 827 385 libs libbrotli1 libc6 libgnutls30t64 libgssapi-krb5-2 libidn2-0 libldap2 libnettle8t64 libnghttp2-14 libpsl5t64 librtmp1 libssh-4 libzstd1 zlib1g
libdatrie-dev 0.2.13-3+b1 81 18 libdevel libdatrie1 pkgconf
libdatrie1 0.2.13-3+b1 77 38 libs libc6
libdav1d-dev 1.5.1-1 131 27 libdevel libdav1d7
libdav1d7 1.5.1-1 1730 559 libs libc6
libdb-dev 5.3.4 8 2 libdevel libdb5.3-dev
libdb5.3-dev 5.3.28+dfsg2-9 3145 787 libdevel libdb5.3t64
libdc1394-25 2.2.6-5 280 111 libs libc6 libraw1394-11 libusb-1.0-0
libde265-0 1.0.15-1+deb13u2 490 190 libs libc6 libgcc-s1 libstdc++6
libdecor-0-0 0.2.2-2 62 16 libs libc6 libwayland-client0
libdeflate-dev 1.23-2 150 56 libdevel libdeflate0
libdeflate0 1.23-2 102 47 libs libc6
libdjvulibre-dev 3.5.28-2.2 6213 2431 libdevel libdjvulibre21 libjpeg-dev
libdjvulibre-text 3.5.28-2.2 340 52 libs.
libdjvulibre21 3.5.28-2.2 1837 610 libs libc6 libgcc-s1 libjpeg62-turbo libstdc++6 libdjvulibre-text
libdrm-amdgpu1 2.4.124-2 81 23 libs libc6 libdrm2
libdrm-common 2.4.124-2 45 8 libs.
libdrm-intel1 2.4.124-2 182 64 libs libc6 libdrm2 libpciaccess0
libdrm2 2.4.124-2 128 39 libs libdrm-common libc6
libdvdnav4 6.1.1-3+b1 132 45 libs libc6 libdvdread8t64
libdvdread8t64 6.1.3-2 191 86 libs libc6
libevent-2.1-7t64 2.1.13-stable-1~deb13u1 443 183 libs libc6
libevent-core-2.1-7t64 2.1.13-stable-1~deb13u1 306 133 libs libc6
libevent-dev 2.1.13-stable-1~deb13u1 1742 306 libdevel libevent-2.1-7t64 libevent-core-2.1-7t64 libevent-extra-2.1-7t64 libevent-pthreads-2.1-7t64 libevent-openssl-2.1-7t64
libevent-extra-2.1-7t64 2.1.13-stable-1~deb13u1 234 109 libs libc6 libevent-core-2.1-7t64
libevent-openssl-2.1-7t64 2.1.13-stable-1~deb13u1 104 62 libs libc6 libevent-core-2.1-7t64 libssl3t64
libevent-pthreads-2.1-7t64 2.1.13-stable-1~deb13u1 88 55 libs libc6 libevent-core-2.1-7t64
libexif-dev 0.6.25-1+deb13u1 557 102 libdevel libc6-dev libexif12
libexif12 0.6.25-1+deb13u1 2858 423 libs libc6
libfftw3-bin 3.3.10-2+b1 259 51 libs libc6 libfftw3-double3 libfftw3-long3 libfftw3-quad3 libfftw3-single3
libfftw3-dev 3.3.10-2+b1 15592 2118 libdevel libfftw3-bin libfftw3-double3 libfftw3-long3 libfftw3-quad3 libfftw3-single3
libfftw3-double3 3.3.10-2+b1 2304 781 libs libc6 libgomp1
libfftw3-long3 3.3.10-2+b1 1108 347 libs libc6 libgomp1
libfftw3-quad3 3.3.10-2+b1 2184 618 libs libc6 libgomp1 libquadmath0
libfftw3-single3 3.3.10-2+b1 2388 809 libs libc6 libgomp1
libflac14 1.5.0+ds-2 479 210 libs libc6 libogg0
libflite1 2.2-7 27558 12811 libs libasound2t64 libc6
libfontconfig-dev 2.15.0-2.3 859 414 libdevel libfontconfig1 libexpat1-dev libfreetype-dev uuid-dev pkgconf
libfontconfig1-dev 2.15.0-2.3 269 269 libdevel libfontconfig-dev
libfreetype-dev 2.13.3+dfsg-1+deb13u1 2156 623 libdevel libfreetype6 libbrotli-dev libbz2-dev libc6-dev libpng-dev zlib1g-dev
libfribidi-dev 1.0.16-1 290 66 libdevel libfribidi0
libfribidi0 1.0.16-1 146 26 libs libc6
libgbm1 25.0.7-2+deb13u1 128 45 libs libc6 libdrm2 libexpat1 libwayland-server0 mesa-libgallium
libgdbm-dev 1.24-2 278 160 libdevel libc6-dev libgdbm6t64
libgdk-pixbuf-2.0-0 2.42.12+dfsg-4+deb13u1 486 141 libs libgdk-pixbuf2.0-common shared-mime-info libc6 libglib2.0-0t64 libjpeg62-turbo libpng16-16t64 libtiff6
libgdk-pixbuf-2.0-dev 2.42.12+dfsg-4+deb13u1 474 53 libdevel gir1.2-gdkpixbuf-2.0 libgdk-pixbuf-2.0-0 libgdk-pixbuf2.0-bin libglib2.0-dev libjpeg-dev libpng-dev libtiff-dev shared-mime-info gir1.2-glib-2.0-dev
libgdk-pixbuf2.0-bin 2.42.12+dfsg-4+deb13u1 76 19 libs libc6 libgdk-pixbuf-2.0-0 libglib2.0-0t64
libgdk-pixbuf2.0-common 2.42.12+dfsg-4+deb13u1 2552 312 libs.
libgfortran5 14.2.0-19 3152 836 libs gcc-13-base libc6 libgcc-s1
libgio-2.0-dev 2.84.4-3~deb13u5 10742 1692 libdevel libffi-dev libglib2.0-0t64 libmount-dev libpcre2-dev libselinux1-dev libsysprof-capture-4-dev pkgconf zlib1g-dev
libgio-2.0-dev-bin 2.84.4-3~deb13u5 706 169 libdevel python3-packaging python3 libc6 libglib2.0-0t64
libgirepository-2.0-0 2.84.4-3~deb13u5 364 145 libs libc6 libffi8 libglib2.0-0t64
libgl1 1.7.0-1+b2 653 90 libs libc6 libglvnd0 libglx0
libgl1-mesa-dri 25.0.7-2+deb13u1 241 46 libs libgbm1 libvulkan1 libc6
libglib2.0-bin 2.84.4-3~deb13u5 366 132 misc libglib2.0-data libc6 libelf1t64 libglib2.0-0t64
libglib2.0-data 2.84.4-3~deb13u5 9832 1287 libs.
libglib2.0-dev 2.84.4-3~deb13u5 106 58 libdevel girepository-tools libgio-2.0-dev libglib2.0-bin libglib2.0-dev-bin
libglib2.0-dev-bin 2.84.4-3~deb13u5 102 57 libdevel girepository-tools libgio-2.0-dev-bin
libglvnd0 1.7.0-1+b2 733 52 libs libc6
libglx-mesa0 25.0.7-2+deb13u1 516 143 libs libc6 libdrm2 libexpat1 libx11-6 libx11-xcb1 libxcb-dri3-0 libxcb-glx0 libxcb-present0 libxcb-shm0 libxcb-xfixes0 libxcb1 libxext6 libxxf86vm1 mesa-libgallium libgl1-mesa-dri
libglx0 1.7.0-1+b2 163 35 libs libc6 libglvnd0 libx11-6 libglx-mesa0
libgme0 0.6.3-7+b2 343 131 libs libc6 libgcc-s1 libstdc++6 zlib1g
libgmp-dev 2:6.3.0+dfsg-3 1909 642 libdevel libgmp10 libgmpxx4ldbl
libgmpxx4ldbl 2:6.3.0+dfsg-3 362 329 libs libc6 libgcc-s1 libgmp10 libstdc++6
libgnutls-dane0t64 3.8.9-3+deb13u4 546 456 libs libgnutls30t64 libc6 libunbound8
libgnutls-openssl27t64 3.8.9-3+deb13u4 548 456 libs libgnutls30t64 libc6
libgnutls28-dev 3.8.9-3+deb13u4 5389 1411 libdevel libc6-dev libgnutls-dane0t64 libgnutls-openssl27t64 libgnutls30t64 libidn2-dev libp11-kit-dev libtasn1-6-dev nettle-dev
libgraphite2-3 1.3.14-2+deb13u1 191 75 libs libc6
libgraphite2-dev 1.3.14-2+deb13u1 75 20 libdevel libgraphite2-3
libgsm1 1.0.22-1+b2 90 29 libs libc6
libgssrpc4t64 1.21.3-5+deb13u2 217 61 libs libc6 libgssapi-krb5-2
libharfbuzz-cairo0 10.2.0-1+deb13u1 129 46 libs libc6 libcairo2 libharfbuzz0b
libharfbuzz-dev 10.2.0-1+deb13u1 1775 145 libdevel gir1.2-freedesktop-dev gir1.2-glib-2.0-dev gir1.2-harfbuzz-0.0 libharfbuzz0b libharfbuzz-icu0 libharfbuzz-gobject0 libharfbuzz-subset0 libharfbuzz-cairo0 libglib2.0-dev libgraphite2-dev libicu-dev libfreetype-dev
libharfbuzz-gobject0 10.2.0-1+deb13u1 171 33 libs libc6 libglib2.0-0t64 libharfbuzz0b
libharfbuzz-icu0 10.2.0-1+deb13u1 61 15 libs libc6 libharfbuzz0b libicu74
libharfbuzz-subset0 10.2.0-1+deb13u1 1511 560 libs libc6 libharfbuzz0b
libharfbuzz0b 10.2.0-1+deb13u1 1346 479 libs libc6 libfreetype6 libglib2.0-0t64 libgraphite2-3
libheif-plugin-dav1d 1.23.6-2~deb13u1 71 23 libs libheif1 libc6 libdav1d7 libgcc-s1 libstdc++6
libheif-plugin-libde265 1.23.6-2~deb13u1 63 21 libs libheif1 libc6 libde265-0 libgcc-s1 libstdc++6
libheif1 1.23.6-2~deb13u1 2714 828 libs libbrotli1 libc6 libgcc-s1 libsharpyuv0 libstdc++6 zlib1g libheif-plugin-libde265 libheif-plugin-dav1d
libhwy1t64 1.2.0-2+b2 4747 676 libs libc6 libgcc-s1 libstdc++6
libice-dev 2:1.1.1-1 246 74 libdevel libice6 x11proto-dev
libice6 2:1.1.1-1 142 65 libs libc6 x11-common
libicu-dev 76.1-4 50061 10780 libdevel libicu74 icu-devtools libc6-dev
libidn2-dev 2.3.8-2 338 103 libdevel libidn2-0
libiec61883-0 1.2.0-7 82 31 libs libc6 libraw1394-11
libimath-3-1-29t64 3.1.12-1+b3 334 45 libs libc6 libstdc++6
libimath-dev 3.1.12-1+b3 1053 122 libdevel libimath-3-1-29t64
libjack-jackd2-0 1.9.22~dfsg-4 1165 287 libs libc6 libdb5.3t64 libgcc-s1 libopus0 libsamplerate0 libstdc++6
libjbig-dev 2.1-6.1+b2 94 31 libdevel libjbig0
libjbig0 2.1-6.1+b2 85 32 libs libc6
libjpeg-dev 1:2.1.5-4 108 72 libdevel libjpeg62-turbo-dev
libjpeg62-turbo 1:2.1.5-4 694 168 libs libc6
libjpeg62-turbo-dev 1:2.1.5-4 1119 292 libdevel libc6-dev libjpeg62-turbo
libjs-events 3.3.0+~3.0.0-3 43 11 javascript.
libjs-inherits 2.0.4-6 12 4 javascript.
libjs-is-typedarray 1.0.0-4 14 4 javascript.
libjs-jquery 3.5.1+dfsg+~3.5.5-7 680 315 javascript.
libjs-prettify 2015.12.04+dfsg-1.1 155 42 javascript.
libjs-regenerate 1.4.2-3 49 14 javascript.
libjs-source-map 0.7.0++dfsg2+really.0.6.1-15 342 30 javascript.
libjs-sphinxdoc 3.4.3-2 182 127 javascript. libjs-jquery libjs-underscore
libjs-sprintf-js 1.1.2+ds1+~1.1.2-1 46 13 javascript.
libjs-typedarray-to-buffer 4.0.0-2 17 5 javascript.
libjs-underscore 1.9.1~dfsg-3 297 100 javascript.
libjs-util 0.12.5+~1.0.10-1 69 16 javascript. node-deep-equal node-inherits
libjxl0.11 0.11.2-0.1~deb13u3 3643 1133 libs libbrotli1 libc6 libgcc-s1 libhwy1t64 liblcms2-2 libstdc++6
libkadm5clnt-mit12 1.21.3-5+deb13u2 176 43 libs libc6 libcom-err2 libgssapi-krb5-2 libgssrpc4t64 libk5crypto3 libkrb5-3 libkrb5support0
libkadm5srv-mit12 1.21.3-5+deb13u2 201 55 libs libc6 libcom-err2 libgssapi-krb5-2 libgssrpc4t64 libk5crypto3 libkdb5-10t64 libkrb5-3 libkrb5support0
libkdb5-10t64 1.21.3-5+deb13u2 161 44 libs libc6 libcom-err2 libgssrpc4t64 libk5crypto3 libkrb5-3 libkrb5support0
libkrb5-dev 1.21.3-5+deb13u2 149 17 libdevel krb5-multidev
liblapack3 3.12.1-6 7453 2447 libs libblas3 libc6 libgcc-s1 libgfortran5
liblastlog2-2 2.41.5-0+deb13u1 75 29 libs libc6 libsqlite3-0
liblcms2-2 2.16-2+deb13u2 454 160 libs libc6
liblcms2-dev 2.16-2+deb13u2 2897 2189 libdevel liblcms2-2
libldap-dev 2.6.10+dfsg-1 1615 312 libdevel libldap2
liblerc-dev 4.0.0+ds-5 1031 183 libdevel liblerc4
liblerc4 4.0.0+ds-5 603 183 libs libc6 libgcc-s1 libstdc++6
liblilv-0-0 0.24.26-1 122 43 libs libc6 libserd-0-0 libsord-0-0 libsratom-0-0 libzix-0-0
libllvm19 1:19.1.7-3+b1 126696 25978 libs libc6 libedit2 libffi8 libgcc-s1 libstdc++6 libxml2 libz3-4 libzstd1 zlib1g
liblqr-1-0 0.4.2-2.1+b2 84 30 libs libc6 libglib2.0-0t64
liblqr-1-0-dev 0.4.2-2.1+b2 735 72 libdevel liblqr-1-0
libltdl-dev 2.5.4-4 973 168 libdevel libltdl7 automake
libltdl7 2.5.4-4 447 416 libs libc6
liblzma-dev 5.8.1-1+deb13u2 844 348 libdevel liblzma5
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
libmaxminddb-dev 1.12.2-1 92 35 libdevel libmaxminddb0
libmaxminddb0 1.12.2-1 57 26 libs libc6
libmbedcrypto16 3.6.6-0.1~deb13u1 776 365 libs libc6
libmnl0 1.0.5-3 45 12 libs libc6
libmount-dev 2.41.5-0+deb13u1 98 31 libdevel libblkid-dev libc6-dev libmount1 libselinux1-dev
libmp3lame0 3.100-6+b3 548 363 libs libc6
libmpdec3 2.5.1-1 278 88 libs libc6 libgcc-s1 libstdc++6
libmpg123-0t64 1.32.10-1+deb13u1 397 149 libs libc6
libmysofa1 1.3.3+dfsg-1 1267 1158 libs libc6 zlib1g
libncurses-dev 6.5+20250216-2 2380 353 libdevel libtinfo6 libncurses6 libncursesw6 libc6-dev
libncurses6 6.5+20250216-2 342 105 libs libtinfo6 libc6
libnghttp2-dev 1.64.0-1.1+deb13u1 613 117 libdevel libnghttp2-14 pkgconf
libnghttp3-dev 1.8.0-1 424 91 libdevel
libnode-dev 20.19.2+dfsg-1+deb13u3 3704 538 libdevel libssl-dev libuv1-dev libnode109
libnorm1t64 1.5.9+dfsg-3.1+b2 513 221 libs libc6 libgcc-s1 libstdc++6
libnsl2 1.3.0-2 127 39 libs libc6 libtirpc3t64
libnuma1 2.0.19-1 75 22 libs libc6
libogg0 1.3.5-3+b2 62 24 libs libc6
libopenal-data 1:1.24.2-1 260 168 libs.
libopenal1 1:1.24.2-1 1574 637 libs libopenal-data libc6 libgcc-s1 libstdc++6
libopenexr-3-1-30 3.2.12-1~deb13u2 6378 1003 libs libc6 libdeflate0 libgcc-s1 libimath-3-1-29t64 libstdc++6
libopenexr-dev 3.2.12-1~deb13u2 945 238 libdevel libimath-dev libopenexr-3-1-30 libdeflate-dev
libopenjp2-7 2.5.3-2.1~deb13u2 532 205 libs libc6
libopenjp2-7-dev 2.5.3-2.1~deb13u2 874 240 libdevel libopenjp2-7
libopenmpt0t64 0.7.13-1+b1 2355 855 libs libc6 libgcc-s1 libmpg123-0t64 libstdc++6 libvorbis0a libvorbisfile3 zlib1g
libopus0 1.5.2-2 3494 2852 libs libc6
libp11-kit-dev 0.25.5-3 323 208 libdevel libp11-kit0
libpackagekit-glib2-18 1.2.2-2+deb11u1 466 124 libs libc6 libglib2.0-0t64
libpango-1.0-0 1.56.3-1 554 226 libs fontconfig libc6 libfribidi0 libglib2.0-0t64 libharfbuzz0b libthai0
libpango1.0-dev 1.56.3-1 1614 156 libdevel gir1.2-pango-1.0 libcairo2-dev libfontconfig-dev libfreetype-dev libfribidi-dev libglib2.0-dev libharfbuzz-dev libpango-1.0-0 libpangocairo-1.0-0 libpangoft2-1.0-0 libpangoxft-1.0-0 libsysprof-capture-4-dev libthai-dev libx11-dev libxft-dev libxrender-dev pango1.0-tools pkgconf
libpangocairo-1.0-0 1.56.3-1 103 36 libs libc6 libcairo2 libfontconfig1 libglib2.0-0t64 libharfbuzz0b libpango-1.0-0 libpangoft2-1.0-0
libpangoft2-1.0-0 1.56.3-1 158 56 libs libc6 libfontconfig1 libfreetype6 libglib2.0-0t64 libharfbuzz0b libpango-1.0-0
libpangoxft-1.0-0 1.56.3-1 78 28 libs libc6 libfontconfig1 libglib2.0-0t64 libpango-1.0-0 libpangoft2-1.0-0 libx11-6 libxft2 libxrender1
libpciaccess0 0.17-3+b3 97 52 libs libc6 zlib1g
libpcre2-16-0 10.46-1~deb13u3 713 282 libs libc6
libpcre2-32-0 10.46-1~deb13u3 685 269 libs libc6
libpcre2-dev 10.46-1~deb13u3 2905 851 libdevel libc6-dev libpcre2-8-0 libpcre2-16-0 libpcre2-32-0 libpcre2-posix3
libpcre2-posix3 10.46-1~deb13u3 90 64 libs libc6 libpcre2-8-0
libpcsclite1 1.9.1-1 105 60 libs libc6
libpgm-5.3-0t64 5.3.128~dfsg-2.1+b1 329 162 libs libc6
libpixman-1-0 0.44.0-3 715 248 libs libc6
libpixman-1-dev 0.44.0-3 67 11 libdevel libpixman-1-0
libplacebo349 7.349.0-3 9190 2542 libs libc6 libgcc-s1 liblcms2-2 libstdc++6 libvulkan1
libpng-dev 1.6.48-1+deb13u6 1054 367 libdevel libpng16-16t64 zlib1g-dev
libpocketsphinx3 0.8+5prealpha+1-15+b4 318 126 libs libc6 libsphinxbase3t64
libpostproc58 7:7.1.5-0+deb13u1 184 96 libs libavutil59 libc6
libpsl-dev 0.21.2-1.1+b1 211 78 libdevel libpsl5t64
libpulse0 17.0+dfsg1-2+b1 973 276 libs libasyncns0 libc6 libdbus-1-3 libsndfile1 libsystemd0 libx11-6 libx11-xcb1 libxcb1
librabbitmq4 0.15.0-1+deb13u2 119 43 libs libc6 libssl3t64
librav1e0.7 0.7.1-9+b2 3238 946 libs libc6 libgcc-s1
libraw1394-11 2.1.2-2+b2 98 39 libs libc6
libraw23t64 0.21.4-2+deb13u1 2450 391 libs libc6 libgcc-s1 libgomp1 libjpeg62-turbo liblcms2-2 libstdc++6
libreadline-dev 8.2-6 807 153 libdevel libreadline8t64 libncurses-dev
librist4 0.2.11+dfsg-1 187 72 libs libc6 libcjson1 libmbedcrypto16
librsvg2-2 2.60.0+dfsg-1+deb13u1 6160 1795 libs libc6 libcairo-gobject2 libcairo2 libdav1d7 libgcc-s1 libgdk-pixbuf-2.0-0 libglib2.0-0t64 libpango-1.0-0 libpangocairo-1.0-0 libxml2
librsvg2-common 2.60.0+dfsg-1+deb13u1 400 154 libs librsvg2-2 libc6 libgcc-s1 libgdk-pixbuf-2.0-0 libglib2.0-0t64
librsvg2-dev 2.60.0+dfsg-1+deb13u1 281 40 libdevel gir1.2-rsvg-2.0 libcairo2-dev libgdk-pixbuf-2.0-dev libglib2.0-dev libpango1.0-dev libxml2-dev librsvg2-2 librsvg2-common libdav1d-dev gir1.2-freedesktop-dev gir1.2-glib-2.0-dev
librtmp-dev 2.4+20151223.gitfa8646d.1-2+b5 228 68 libdevel librtmp1 libgmp-dev libgnutls28-dev nettle-dev zlib1g-dev
librubberband2 3.3.0+dfsg-2+b3 406 142 libs libc6 libfftw3-double3 libgcc-s1 libsamplerate0 libstdc++6
libsamplerate0 0.2.2-4+b2 1494 950 libs libc6
libsdl2-2.0-0 2.32.4+dfsg-1 2055 669 libs libasound2t64 libc6 libdecor-0-0 libdrm2 libgbm1 libpulse0 libsamplerate0 libwayland-client0 libwayland-cursor0 libwayland-egl1 libx11-6 libxcursor1 libxext6 libxfixes3 libxi6 libxkbcommon0 libxrandr2 libxss1
libselinux1-dev 3.8.1-1 763 169 libdevel libselinux1 libsepol-dev libpcre2-dev
libsensors-config 1:3.6.2-2 37 16 utils.
libsensors5 1:3.6.2-2 100 37 libs libsensors-config libc6
libsepol-dev 3.8.1-1 1780 373 libdevel libsepol2
libserd-0-0 0.32.4-1 123 47 libs libc6
libserf-1-1 1.3.10-3+b1 157 53 libs libapr1t64 libaprutil1t64 libc6 libgssapi-krb5-2 libssl3t64 zlib1g
libsharpyuv-dev 1.5.0-0.1 170 120 libdevel libsharpyuv0
libsharpyuv0 1.5.0-0.1 143 116 libs libc6
libshine3 3.1.1-2+b2 61 23 libs libc6
libslang2 2.3.3-5+b2 2395 549 libs libc6
libsm-dev 2:1.2.6-1 107 40 libdevel libsm6 x11proto-dev libice-dev uuid-dev
libsm6 2:1.2.6-1 74 37 libs libc6 libice6 libuuid1
libsnappy1v5 1.2.2-1 93 29 libs libc6 libstdc++6
libsndfile1 1.2.2-2+deb13u1 595 199 libs libc6 libflac14 libmp3lame0 libmpg123-0t64 libogg0 libopus0 libvorbis0a libvorbisenc2
libsodium23 1.0.18-1+deb13u1 431 165 libs libc6
libsord-0-0 0.16.18-1 54 18 libs libc6 libserd-0-0 libzix-0-0
libsoxr0 0.1.3-4+b2 237 81 libs libc6 libgomp1
libspeex1 1.2.1-3 137 57 libs libc6
libsphinxbase3t64 0.8+5prealpha+1-21+b1 334 121 libs libblas3 libc6 liblapack3 libpulse0
libsqlite3-dev 3.46.1-7+deb13u2 3398 1109 libdevel libsqlite3-0 libc6-dev
libsratom-0-0 0.6.18-1 61 18 libs libc6 libserd-0-0 libsord-0-0
libsrt1.5-gnutls 1.5.4-1+deb13u1 1012 348 libs libc6 libgcc-s1 libgnutls30t64 libnettle8t64 libstdc++6
libssh2-1-dev 1.11.1-1+deb13u1 1118 394 libdevel libssh-4 libssl-dev zlib1g-dev
libsvn1 1.14.5-3 4330 1423 libs libsqlite3-0 libapr1t64 libaprutil1t64 libc6 libdb5.3t64 libexpat1 liblz4-1 libsasl2-2 libserf-1-1 libutf8proc3 zlib1g
libsvtav1enc2 2.3.0+dfsg-1 7839 2489 libs libc6
libswresample5 7:7.1.5-0+deb13u1 241 109 libs libavutil59 libc6 libsoxr0
libswscale8 7:7.1.5-0+deb13u1 781 242 libs libavutil59 libc6
libsysprof-capture-4-dev 48.0-2 299 50 libdevel
libtasn1-6-dev 4.20.0-2+deb13u1 273 99 libdevel libtasn1-6
libtext-charwidth-perl 0.04-11+b4 42 9 perl libc6 perl-base
libtext-wrapi18n-perl 0.06-10 26 9 perl. libtext-charwidth-perl
libthai-data 0.1.29-2 618 168 libs.
libthai-dev 0.1.29-2+b1 136 24 libdevel libdatrie-dev pkgconf libthai0
libthai0 0.1.29-2+b1 92 49 libs libthai-data libc6 libdatrie1
libtheoradec1 1.2.0~alpha1+dfsg-6 136 58 libs libc6 libcairo2
libtheoraenc1 1.2.0~alpha1+dfsg-6 255 108 libs libc6 libogg0
libtiff-dev 4.7.0-3+deb13u3 1368 488 libdevel libc6-dev libjbig-dev libjpeg-dev liblzma-dev libzstd-dev libwebp-dev libtiff6 libtiffxx6 zlib1g-dev libdeflate-dev liblerc-dev
libtiff6 4.7.0-3+deb13u3 766 345 libs libc6 libdeflate0 libjbig0 libjpeg62-turbo liblerc4 liblzma5 libwebp7 libzstd1 zlib1g
libtiffxx6 4.7.0-3+deb13u3 182 164 libs libc6 libstdc++6 libtiff6
libtool 2.5.4-4 1245 539 devel. gcc cpp libc6-dev file autotools-dev
libtwolame0 0.4.0-2+b2 155 51 libs libc6
libudfread0 1.1.2-1+b2 57 18 libs libc6
libunbound8 1.26.2-0+deb13u1 1420 644 libs libc6 libevent-2.1-7t64 libssl3t64
libunibreak6 6.1-3 150 22 libs libc6
libusb-1.0-0 2:1.0.28-1 157 60 libs libc6 libudev1
libutf8proc3 2.9.0-1+b2 368 61 libs libc6
libva-drm2 2.22.0-3 44 18 libs libc6 libdrm2 libva2
libva-x11-2 2.22.0-3 57 23 libs libc6 libdrm2 libva2 libx11-6 libx11-xcb1 libxcb-dri3-0 libxcb1 libxext6 libxfixes3
libva2 2.22.0-3 250 79 libs libc6
libvdpau1 1.5-3+b1 111 27 libs libc6 libx11-6 libxext6
libvidstab1.1 1.1.0-2+b2 99 39 libs libc6 libgomp1
libvorbis0a 1.3.7-3 208 90 libs libc6 libogg0
libvorbisenc2 1.3.7-3 698 75 libs libc6 libvorbis0a
libvorbisfile3 1.3.7-3 58 21 libs libc6 libogg0 libvorbis0a
libvpl2 1:2.14.0-1+b1 415 129 libs libc6 libgcc-s1 libstdc++6
libvpx9 1.15.0-2.1+deb13u1 3545 1115 libs libc6
libvulkan1 1.4.309.0-1 555 130 libs libc6
libwayland-client0 1.23.1-3 94 27 libs libc6 libffi8
libwayland-cursor0 1.23.1-3 51 12 libs libc6 libwayland-client0
libwayland-egl1 1.23.1-3 30 6 libs libc6
libwayland-server0 1.23.1-3 112 34 libs libc6 libffi8
libwebp-dev 1.5.0-0.1 1800 450 libdevel libwebp7 libwebpdemux2 libwebpmux3 libwebpdecoder3 libsharpyuv-dev
libwebp7 1.5.0-0.1 631 318 libs libc6 libsharpyuv0
libwebpdecoder3 1.5.0-0.1 391 208 libs libc6
libwebpdemux2 1.5.0-0.1 139 113 libs libc6 libwebp7
libwebpmux3 1.5.0-0.1 171 126 libs libc6 libwebp7
libwmf-0.2-7 0.2.13-1.1+b3 408 119 libs libc6 libexpat1 libfreetype6 libjpeg62-turbo libpng16-16t64 libwmflite-0.2-7 libx11-6 zlib1g
libwmf-dev 0.2.13-1.1+b3 920 208 libdevel libwmf-0.2-7 libwmflite-0.2-7 libfreetype-dev x11proto-core-dev libx11-dev zlib1g-dev
libwmflite-0.2-7 0.2.13-1.1+b3 202 76 libs libc6
libx11-6 2:1.8.12-1 1638 815 libs libc6 libxcb1 libx11-data
libx11-data 2:1.8.12-1 1576 343 x11.
libx11-dev 2:1.8.12-1 2730 894 libdevel libx11-6 libxau-dev libxdmcp-dev x11proto-dev xtrans-dev libxcb1-dev
libx11-xcb1 2:1.8.12-1 306 247 libs libx11-6
libx264-164 2:0.164.3108+git31e19f9-2+b1 1918 558 libs libc6
libx265-215 4.1-2 16788 1237 libs libc6 libnuma1 libstdc++6
libxau-dev 1:1.0.11-1 65 24 libdevel libxau6 x11proto-dev
libxau6 1:1.0.11-1 42 20 libs libc6
libxcb-dri3-0 1.17.0-2+b1 137 107 libs libc6 libxcb1
libxcb-glx0 1.17.0-2+b1 249 122 libs libc6 libxcb1
libxcb-present0 1.17.0-2+b1 128 106 libs libc6 libxcb1
libxcb-randr0 1.17.0-2+b1 197 117 libs libc6 libxcb1
libxcb-render0 1.17.0-2+b1 181 115 libs libc6 libxcb1
libxcb-render0-dev 1.17.0-2+b1 282 118 libdevel libxcb-render0 libxcb1-dev
libxcb-shape0 1.17.0-2+b1 128 106 libs libc6 libxcb1
libxcb-shm0 1.17.0-2+b1 127 105 libs libc6 libxcb1
libxcb-shm0-dev 1.17.0-2+b1 151 108 libdevel libxcb-shm0 libxcb1-dev
libxcb-sync1 1.17.0-2+b1 150 109 libs libc6 libxcb1
libxcb-xfixes0 1.17.0-2+b1 152 109 libs libc6 libxcb1
libxcb1 1.17.0-2+b1 301 144 libs libc6 libxau6 libxdmcp6
libxcb1-dev 1.17.0-2+b1 779 181 libdevel libxcb1 libxau-dev libxdmcp-dev
libxcursor1 1:1.2.3-1 81 40 libs libc6 libx11-6 libxfixes3 libxrender1
libxdmcp-dev 1:1.1.5-1 85 44 libdevel libxdmcp6 x11proto-dev
libxdmcp6 1:1.1.5-1 59 28 libs libc6
libxext-dev 2:1.3.4-1+b3 329 104 libdevel libxext6 x11proto-dev libx11-dev
libxext6 2:1.3.4-1+b3 129 50 libs libc6 libx11-6
libxfixes3 1:6.0.0-2+b4 55 20 libs libc6 libx11-6
libxft-dev 2.3.6-1+b4 287 73 libdevel libxft2 libc6-dev libfontconfig1-dev libfreetype-dev libx11-dev libxrender-dev zlib1g-dev
libxft2 2.3.6-1+b4 131 55 libs libc6 libfontconfig1 libfreetype6 libx11-6 libxrender1
libxi6 2:1.8.2-1 143 79 libs libc6 libx11-6 libxext6
libxkbcommon0 1.7.0-2 317 113 libs xkb-data libc6
libxml2-dev 2.12.7+dfsg+really2.9.14-2.1+deb13u1 3358 793 libdevel libxml2
libxrandr2 2:1.5.4-1+b3 85 36 libs libc6 libx11-6 libxext6 libxrender1
libxrender-dev 1:0.9.12-1 129 39 libdevel libxrender1 libx11-dev x11proto-dev
libxrender1 1:0.9.12-1 72 28 libs libc6 libx11-6
libxshmfence1 1.3.3-1 36 11 libs libc6
`;
