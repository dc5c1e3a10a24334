// Ubuntu 22.04 (jammy) packages the closure needs that data/tools/ubuntu_versions.py does not
// version, by data/tools/ubuntu.py: each line is the closest Debian package (bookworm, then bullseye) as it is,
// version included. The version is NOT Ubuntu's: a stand-in until someone writes the real one.
export default `
autoconf 2.71-3 2025 332 devel. perl m4 debianutils
automake 1:1.16.5-1.3 1837 823 devel. autoconf autotools-dev
autotools-dev 20220109.1 134 52 devel.
comerr-dev 2.1-1.47.0-2+b2 144 52 libdevel libc6-dev libcom-err2
eslint 6.4.0~dfsg+~6.1.9-7 2948 606 javascript. node-ajv node-concat-stream node-debug node-doctrine node-eslint-visitor-keys node-eslint-scope node-espree node-esquery node-estraverse node-eslint-utils node-esutils node-file-entry-cache node-functional-red-black-tree node-glob-parent node-globals node-resolve-from node-imurmurhash node-ignore node-is-glob node-json-stable-stringify node-levn node-lodash node-memfs node-mkdirp node-optionator node-progress node-regenerate-unicode-properties node-regexpp node-semver node-strip-json-comments node-json-schema node-v8-compile-cache nodejs
ffmpeg 7:5.1.9-0+deb12u1 2388 1822 video libavcodec59 libavdevice59 libavfilter8 libavformat59 libavutil57 libc6 libpostproc56 libsdl2-2.0-0 libswresample4 libswscale6
file 1:5.44-3 79 42 utils~ libc6 libmagic1
fontconfig 2.14.1-4 617 449 fonts libc6 libfontconfig1 libfreetype6 fontconfig-config
fonts-dejavu 2.37-6 34 28 fonts. fonts-dejavu-core fonts-dejavu-extra
fonts-dejavu-extra 2.37-6 7229 1985 fonts. fonts-dejavu-core
gir1.2-freedesktop 1.74.0-3 148 37 introspection gir1.2-glib-2.0
gir1.2-gdkpixbuf-2.0 2.42.10+dfsg-1+deb12u4 43 14 introspection gir1.2-glib-2.0 libgdk-pixbuf-2.0-0
gir1.2-rsvg-2.0 2.54.7+dfsg-1~deb12u2 63 21 introspection gir1.2-freedesktop gir1.2-gdkpixbuf-2.0 gir1.2-glib-2.0 librsvg2-2
gosu 1.14-1+b10 2185 766 admin
gyp 0.1+20220404git9ecf45e-2 1168 237 python. python3 python3-pkg-resources python3-six
handlebars 3:4.7.7+~4.1.0-1 1006 199 javascript. node-neo-async node-optimist node-source-map node-wordwrap nodejs
hicolor-icon-theme 0.17-2 441 11 misc.
htop 3.2.2-2 378 152 utils libc6 libncursesw6 libnl-3-200 libnl-genl-3-200 libtinfo6
icu-devtools 72.1-3+deb12u1 717 206 libdevel libc6 libgcc-s1 libicu70 libstdc++6
imagemagick 8:6.9.11.60+dfsg-1.6+deb12u15 189 135 graphics imagemagick-6.q16
imagemagick-6-common 8:6.9.11.60+dfsg-1.6+deb12u15 551 180 graphics.
imagemagick-6.q16 8:6.9.11.60+dfsg-1.6+deb12u15 629 351 graphics libc6 libmagickcore-6.q16-6 libmagickwand-6.q16-6 hicolor-icon-theme
krb5-multidev 1.20.1-2+deb12u5 822 126 libdevel libkrb5-3 libk5crypto3 libgssapi-krb5-2 libgssrpc4 libkadm5srv-mit12 libkadm5clnt-mit12 comerr-dev
libabsl20220623 20220623.1-1+deb12u2 1913 391 libs libc6 libgcc-s1 libstdc++6
libaom3 3.6.0-1+deb12u3 5546 1851 libs libc6
libapr1 1.7.2-3+deb12u1 288 102 libs libc6 libuuid1
libaprutil1 1.6.3-1+deb12u1 284 89 libs libapr1 libc6 libcrypt1 libdb5.3 libexpat1 libgdbm6 libssl3
libass9 1:0.17.1-1+deb12u1 254 107 libs libc6 libfontconfig1 libfreetype6 libfribidi0 libharfbuzz0b
libasyncns0 0.8-6+b3 40 13 libs libc6
libavc1394-0 0.5.4-5 62 20 libs libc6 libraw1394-11
libavcodec59 7:5.1.9-0+deb12u1 14701 5229 libs libaom3 libavutil57 libc6 libcairo2 libcodec2-1.0 libdav1d6 libglib2.0-0 libgsm1 libjxl0.7 liblzma5 libmfx1 libmp3lame0 libopenjp2-7 libopus0 librav1e0 librsvg2-2 libshine3 libsnappy1v5 libspeex1 libsvtav1enc1 libswresample4 libtheora0 libtwolame0 libva2 libvorbis0a libvorbisenc2 libvpx7 libwebp7 libwebpmux3 libx264-164 libx265-199 libxvidcore4 libzvbi0 zlib1g
libavdevice59 7:5.1.9-0+deb12u1 300 123 libs libasound2 libavc1394-0 libavcodec59 libavfilter8 libavformat59 libavutil57 libc6 libcaca0 libcdio-cdda2 libcdio-paranoia2 libdc1394-25 libdrm2 libgl1 libiec61883-0 libjack-jackd2-0 libopenal1 libpulse0 libraw1394-11 libsdl2-2.0-0 libx11-6 libxcb-shape0 libxcb-shm0 libxcb-xfixes0 libxcb1 libxext6 libxv1
libavfilter8 7:5.1.9-0+deb12u1 12411 3713 libs libass9 libavcodec59 libavformat59 libavutil57 libbs2b0 libc6 libflite1 libfontconfig1 libfreetype6 libfribidi0 liblilv-0-0 libmfx1 libmysofa1 libplacebo208 libpocketsphinx3 libpostproc56 librubberband2 libsphinxbase3 libstdc++6 libswresample4 libswscale6 libva2 libvidstab1.1 libzimg2 libzmq5 ocl-icd-libopencl1 zlib1g
libavformat59 7:5.1.9-0+deb12u1 2819 1114 libs libavcodec59 libavutil57 libbluray2 libbz2-1.0 libc6 libchromaprint1 libgme0 libgnutls30 libopenmpt0 librabbitmq4 librist4 libsrt1.5-gnutls libssh-gcrypt-4 libxml2 libzmq5 zlib1g
libavif15 0.11.1-1+deb12u1 203 94 libs libaom3 libc6 libdav1d6 libgav1-1 librav1e0 libsvtav1enc1 libyuv0
libavutil57 7:5.1.9-0+deb12u1 1031 373 libs libc6 libdrm2 libmfx1 libva-drm2 libva-x11-2 libva2 libvdpau1 libx11-6 ocl-icd-libopencl1
libblas3 3.11.0-2 464 149 libs libc6
libblkid-dev 2.38.1-5+deb12u1 875 179 libdevel libblkid1 libc6-dev uuid-dev
libbluray2 1:1.3.4-1 348 138 libs libc6 libfontconfig1 libfreetype6 libudfread0 libxml2
libbrotli-dev 1.0.9-2+deb12u1 900 287 libdevel libbrotli1
libbs2b0 3.1.0+dfsg-7 41 12 libs libc6 libstdc++6
libbz2-dev 1.0.8-5+b1 95 31 libdevel libbz2-1.0 libc6-dev
libcaca0 0.99.beta20-3+deb12u1 895 201 libs libc6 libncursesw6 libslang2 libstdc++6 libtinfo6 zlib1g
libcairo-gobject2 1.16.0-7 178 112 libs libcairo2 libglib2.0-0
libcairo-script-interpreter2 1.16.0-7 285 149 libs libc6 libcairo2 libfontconfig1 libfreetype6 liblzo2-2 zlib1g
libcairo2 1.16.0-7 1307 575 libs libc6 libfontconfig1 libfreetype6 libpixman-1-0 libpng16-16 libx11-6 libxcb-render0 libxcb-shm0 libxcb1 libxext6 libxrender1 zlib1g
libcairo2-dev 1.16.0-7 2804 727 libdevel libcairo-gobject2 libcairo-script-interpreter2 libcairo2 libfontconfig-dev libfreetype-dev libglib2.0-dev libpixman-1-dev libpng-dev libsm-dev libx11-dev libxcb-render0-dev libxcb-shm0-dev libxcb1-dev libxext-dev libxrender-dev
libcdio-cdda2 10.2+2.0.1-1 55 21 libs libc6 libcdio19
libcdio-paranoia2 10.2+2.0.1-1 55 20 libs libc6 libcdio-cdda2 libcdio19
libcdio19 2.1.0-4 324 203 libs libc6
libchromaprint1 1.5.1-2+b1 108 41 libs libavcodec59 libavutil57 libc6 libgcc-s1 libstdc++6
libcjson1 1.7.15-1+deb12u4 60 23 libs libc6
libcodec2-1.0 1.0.5-1 16473 8171 libs libc6
libdatrie1 0.2.13-2+b1 82 43 libs libc6
libdav1d6 1.0.0-2+deb12u1 1616 513 libs libc6
libdb-dev 5.3.2 8 2 libdevel libdb5.3-dev
libdb5.3-dev 5.3.28+dfsg2-1 3086 781 libdevel libdb5.3
libdc1394-25 2.2.6-4 278 109 libs libc6 libraw1394-11 libusb-1.0-0
libde265-0 1.0.11-1+deb12u3 471 186 libs libc6 libgcc-s1 libstdc++6
libdecor-0-0 0.1.1-2 62 15 libs libc6 libwayland-client0
libdeflate-dev 1.14-1 146 53 libdevel libdeflate0
libdeflate0 1.14-1 161 61 libs libc6
libdjvulibre-dev 3.5.28-2.1~deb12u1 6045 2407 libdevel libdjvulibre21 libjpeg-dev
libdjvulibre-text 3.5.28-2.1~deb12u1 340 52 libs.
libdjvulibre21 3.5.28-2.1~deb12u1 1737 585 libs libc6 libgcc-s1 libjpeg8 libstdc++6 libdjvulibre-text
libdrm-amdgpu1 2.4.114-1+b1 76 21 libs libc6 libdrm2
libdrm-common 2.4.114-1 42 7 libs.
libdrm-intel1 2.4.114-1+b1 178 64 libs libc6 libdrm2 libpciaccess0
libdrm-nouveau2 2.4.114-1+b1 74 19 libs libc6 libdrm2
libdrm-radeon1 2.4.114-1+b1 83 22 libs libc6 libdrm2
libdrm2 2.4.114-1+b1 121 37 libs libdrm-common libc6
libepoxy0 1.5.10-1 1356 189 libs libc6
libevent-2.1-7 2.1.12-stable-8+deb12u1 435 181 libs libc6
libevent-core-2.1-7 2.1.12-stable-8+deb12u1 302 131 libs libc6
libevent-dev 2.1.12-stable-8+deb12u1 1730 305 libdevel libevent-2.1-7 libevent-core-2.1-7 libevent-extra-2.1-7 libevent-pthreads-2.1-7 libevent-openssl-2.1-7
libevent-extra-2.1-7 2.1.12-stable-8+deb12u1 226 108 libs libc6 libevent-core-2.1-7
libevent-openssl-2.1-7 2.1.12-stable-8+deb12u1 103 61 libs libc6 libevent-core-2.1-7 libssl3
libevent-pthreads-2.1-7 2.1.12-stable-8+deb12u1 84 54 libs libc6 libevent-core-2.1-7
libexif-dev 0.6.24-1+deb12u1 561 103 libdevel libc6-dev libexif12
libexif12 0.6.24-1+deb12u1 2608 397 libs libc6
libexpat1-dev 2.5.0-1+deb12u5 845 159 libdevel libexpat1 libc6-dev
libfftw3-double3 3.3.10-1 2259 776 libs libc6 libgomp1
libflac12 1.4.2+ds-2 458 198 libs libc6 libogg0
libflite1 2.2-5 27554 12824 libs libasound2 libc6
libfontconfig-dev 2.14.1-4 833 409 libdevel libfontconfig1 libexpat1-dev libfreetype-dev uuid-dev pkg-config
libfreetype-dev 2.12.1+dfsg-5+deb12u4 2060 566 libdevel libfreetype6 libbrotli-dev libc6-dev libpng-dev zlib1g-dev
libfreetype6-dev 2.12.1+dfsg-5+deb12u4 69 47 libdevel libfreetype-dev
libfribidi0 1.0.8-2.1 172 65 libs libc6
libgav1-1 0.18.0-1+b1 945 332 libs libabsl20220623 libc6 libgcc-s1 libstdc++6
libgbm1 22.3.6-1+deb12u2 107 38 libs libc6 libdrm2 libexpat1 libwayland-server0
libgd3 2.3.3-9+deb12u1 449 124 libs libavif15 libc6 libfontconfig1 libfreetype6 libheif1 libjpeg8 libpng16-16 libtiff6 libwebp7 libxpm4
libgdbm-dev 1.23-3 400 164 libdevel libc6-dev libgdbm6
libgdk-pixbuf-2.0-0 2.42.10+dfsg-1+deb12u4 477 139 libs libgdk-pixbuf2.0-common shared-mime-info libc6 libglib2.0-0 libjpeg8 libpng16-16 libtiff6
libgdk-pixbuf-2.0-dev 2.42.10+dfsg-1+deb12u4 470 52 libdevel gir1.2-gdkpixbuf-2.0 libgdk-pixbuf-2.0-0 libgdk-pixbuf2.0-bin libglib2.0-dev libjpeg-dev libpng-dev libtiff-dev shared-mime-info
libgdk-pixbuf2.0-bin 2.42.10+dfsg-1+deb12u4 75 18 libs libc6 libgdk-pixbuf-2.0-0 libglib2.0-0
libgdk-pixbuf2.0-common 2.42.10+dfsg-1+deb12u4 2516 307 libs.
libgeoip1 1.6.12-7 286 92 libs libc6
libgfortran5 12.2.0-14+deb12u1 2923 793 libs gcc-11-base libc6 libgcc-s1 libquadmath0
libgl1 1.6.0-1 652 88 libs libc6 libglvnd0 libglx0
libgl1-mesa-dri 22.3.6-1+deb12u2 25254 7240 libs libc6 libdrm-amdgpu1 libdrm-intel1 libdrm-nouveau2 libdrm-radeon1 libdrm2 libelf1 libexpat1 libgcc-s1 libglapi-mesa libllvm15 libsensors5 libstdc++6 libxcb-dri3-0 libzstd1 zlib1g
libglapi-mesa 22.3.6-1+deb12u2 268 36 libs libc6
libglib2.0-bin 2.74.6-2+deb12u2 334 110 misc libglib2.0-data libc6 libelf1 libglib2.0-0
libglib2.0-data 2.74.6-2+deb12u2 9404 1209 libs.
libglib2.0-dev 2.74.6-2+deb12u2 10089 1604 libdevel libffi-dev libglib2.0-0 libglib2.0-bin libglib2.0-dev-bin libmount-dev libpcre2-dev libselinux1-dev pkg-config zlib1g-dev
libglib2.0-dev-bin 2.74.6-2+deb12u2 663 151 libdevel python3-distutils python3 libc6 libglib2.0-0
libglvnd0 1.6.0-1 728 52 libs libc6
libglx-mesa0 22.3.6-1+deb12u2 518 148 libs libc6 libdrm2 libexpat1 libglapi-mesa libx11-6 libx11-xcb1 libxcb-dri2-0 libxcb-dri3-0 libxcb-glx0 libxcb-present0 libxcb-randr0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb1 libxext6 libxfixes3 libxshmfence1 libxxf86vm1 libgl1-mesa-dri
libglx0 1.6.0-1 162 34 libs libc6 libglvnd0 libx11-6 libglx-mesa0
libgme0 0.6.3-6 333 130 libs libc6 libgcc-s1 libstdc++6 zlib1g
libgmp-dev 2:6.2.1+dfsg1-1.1 1834 641 libdevel libgmp10 libgmpxx4ldbl
libgmpxx4ldbl 2:6.2.1+dfsg1-1.1 371 338 libs libc6 libgcc-s1 libgmp10 libstdc++6
libgsm1 1.0.22-1 92 31 libs libc6
libgssrpc4 1.20.1-2+deb12u5 201 59 libs libc6 libgssapi-krb5-2
libheif1 1.15.1-1+deb12u1 659 215 libs libaom3 libc6 libdav1d6 libde265-0 libgcc-s1 libstdc++6 libx265-199 zlib1g
libhwy1 1.0.3-3+deb12u1 1628 348 libs libc6 libgcc-s1 libstdc++6
libice-dev 2:1.0.10-1 238 67 libdevel libice6 x11proto-dev
libice6 2:1.0.10-1 133 59 libs libbsd0 libc6 x11-common
libicu-dev 72.1-3+deb12u1 47784 10348 libdevel libicu70 icu-devtools libc6-dev
libiec61883-0 1.2.0-6+b1 81 30 libs libc6 libraw1394-11
libimath-3-1-29 3.1.6-1 335 47 libs libc6 libstdc++6
libimath-dev 3.1.6-1 1050 118 libdevel libimath-3-1-29
libjack-jackd2-0 1.9.21~dfsg-3 1154 281 libs libc6 libdb5.3 libgcc-s1 libopus0 libsamplerate0 libstdc++6
libjbig-dev 2.1-6.1 92 31 libdevel libjbig0
libjbig0 2.1-6.1 84 32 libs libc6
libjpeg-dev 1:2.1.5-2 107 72 libdevel libjpeg62-turbo-dev
libjpeg62-turbo-dev 1:2.1.5-2 1096 290 libdevel libc6-dev libjpeg8
libjs-async 0.8.0-6 73 24 javascript.
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
libjxl0.7 0.7.0-10+deb12u1 3472 1046 libs libbrotli1 libc6 libgcc-s1 libhwy1 liblcms2-2 libstdc++6
libkadm5clnt-mit12 1.20.1-2+deb12u5 175 42 libs libc6 libcom-err2 libgssapi-krb5-2 libgssrpc4 libk5crypto3 libkrb5-3 libkrb5support0
libkadm5srv-mit12 1.20.1-2+deb12u5 200 54 libs libc6 libcom-err2 libgssapi-krb5-2 libgssrpc4 libk5crypto3 libkdb5-10 libkrb5-3 libkrb5support0
libkdb5-10 1.20.1-2+deb12u5 153 41 libs libc6 libcom-err2 libgssrpc4 libk5crypto3 libkrb5-3 libkrb5support0
libkrb5-dev 1.20.1-2+deb12u5 148 16 libdevel krb5-multidev
liblapack3 3.11.0-2 7188 2323 libs libblas3 libc6 libgcc-s1 libgfortran5
liblcms2-dev 2.14-2+deb12u1 1904 1815 libdevel liblcms2-2
liblerc-dev 4.0.0+ds-2 978 175 libdevel liblerc4
liblerc4 4.0.0+ds-2 649 170 libs libc6 libgcc-s1 libstdc++6
liblilv-0-0 0.24.14-1 139 49 libs libc6 libserd-0-0 libsord-0-0 libsratom-0-0
libllvm15 1:15.0.6-4+b1 114610 23115 libs libc6 libedit2 libffi8 libgcc-s1 libstdc++6 libtinfo6 libxml2 libz3-4 zlib1g
liblqr-1-0 0.4.2-2.1 76 29 libs libc6 libglib2.0-0
liblqr-1-0-dev 0.4.2-2.1 735 72 libdevel liblqr-1-0
libltdl-dev 2.4.7-7~deb12u1 941 164 libdevel libltdl7 automake
libltdl7 2.4.7-7~deb12u1 421 393 libs libc6
liblzma-dev 5.4.1-1+deb12u2 726 260 libdevel liblzma5
liblzo2-2 2.10-2 174 57 libs libc6
libmagic-mgc 1:5.44-3 8130 305 libs
libmagic1 1:5.44-3 232 104 libs libbz2-1.0 libc6 liblzma5 zlib1g libmagic-mgc
libmagickcore-6-arch-config 8:6.9.11.60+dfsg-1.6+deb12u15 237 143 libdevel dpkg libmagickcore-6-headers imagemagick-6-common
libmagickcore-6-headers 8:6.9.11.60+dfsg-1.6+deb12u15 440 51 libdevel. dpkg imagemagick-6-common
libmagickcore-6.q16-6 8:6.9.11.60+dfsg-1.6+deb12u15 6661 1816 libs dpkg libbz2-1.0 libc6 libfftw3-double3 libfontconfig1 libfreetype6 libgcc-s1 libgomp1 libheif1 libjbig0 libjpeg8 liblcms2-2 liblqr-1-0 libltdl7 liblzma5 libopenjp2-7 libpng16-16 libtiff6 libwebp7 libwebpdemux2 libwebpmux3 libx11-6 libxext6 libxml2 zlib1g imagemagick-6-common
libmagickcore-6.q16-6-extra 8:6.9.11.60+dfsg-1.6+deb12u15 405 188 libs libc6 libcairo2 libdjvulibre21 libglib2.0-0 libmagickcore-6.q16-6 libmagickwand-6.q16-6 libopenexr-3-1-30 libpango-1.0-0 libpangocairo-1.0-0 libwmflite-0.2-7 libxml2
libmagickcore-6.q16-dev 8:6.9.11.60+dfsg-1.6+deb12u15 5151 1135 libdevel dpkg libmagickcore-6-arch-config libmagickcore-6.q16-6 libmagickcore-6.q16-6-extra libbz2-dev libdjvulibre-dev libexif-dev libfreetype6-dev libjpeg-dev libopenjp2-7-dev liblcms2-dev liblqr-1-0-dev libltdl-dev libopenexr-dev libpng-dev librsvg2-dev libtiff-dev libwmf-dev libx11-dev libxext-dev libxml2-dev libxt-dev zlib1g-dev pkg-config
libmagickcore-dev 8:6.9.11.60+dfsg-1.6+deb12u15 12 1 libdevel. dpkg imagemagick-6-common libmagickcore-6.q16-dev
libmagickwand-6-headers 8:6.9.11.60+dfsg-1.6+deb12u15 95 11 libdevel. dpkg libmagickcore-6-headers imagemagick-6-common
libmagickwand-6.q16-6 8:6.9.11.60+dfsg-1.6+deb12u15 1392 421 libs dpkg libc6 libgcc-s1 libgomp1 libmagickcore-6.q16-6 libx11-6 imagemagick-6-common
libmagickwand-6.q16-dev 8:6.9.11.60+dfsg-1.6+deb12u15 2667 420 libdevel dpkg libmagickwand-6-headers libmagickwand-6.q16-6 libmagickcore-6.q16-6-extra libmagickcore-6.q16-dev pkg-config
libmagickwand-dev 8:6.9.11.60+dfsg-1.6+deb12u15 12 1 libdevel. dpkg imagemagick-6-common libmagickwand-6.q16-dev
libmaxminddb-dev 1.7.1-1 111 39 libdevel libmaxminddb0
libmaxminddb0 1.7.1-1 76 30 libs libc6
libmbedcrypto7 2.28.3-1 615 277 libs libc6
libmfx1 22.5.4-1 27346 3219 libs libc6 libgcc-s1 libstdc++6 libva2
libmount-dev 2.38.1-5+deb12u1 81 22 libdevel libblkid-dev libc6-dev libmount1 libselinux1-dev
libmp3lame0 3.100-6 544 365 libs libc6
libmpg123-0 1.31.2-1+deb12u1 389 147 libs libc6
libmysofa1 1.3.1~dfsg0-1 1266 1158 libs libc6 zlib1g
libncurses-dev 6.4-4 2319 349 libdevel libtinfo6 libncurses6 libncursesw6 libc6-dev ncurses-bin
libnginx-mod-http-geoip 1.18.0-6.1+deb11u8 132 100 httpd nginx-common libc6 libgeoip1
libnginx-mod-http-image-filter 1.18.0-6.1+deb11u8 139 103 httpd nginx-common libc6 libgd3
libnginx-mod-http-xslt-filter 1.18.0-6.1+deb11u8 135 102 httpd nginx-common libc6 libxml2 libxslt1.1
libnginx-mod-mail 1.18.0-6.1+deb11u8 222 131 httpd nginx-common libc6
libnginx-mod-stream 1.18.0-6.1+deb11u8 289 156 httpd nginx-common libc6
libnginx-mod-stream-geoip 1.18.0-6.1+deb11u8 132 99 httpd nginx-common libc6 libgeoip1 libnginx-mod-stream
libnl-3-200 3.7.0-0.2+b1 182 63 libs libc6
libnl-genl-3-200 3.7.0-0.2+b1 58 22 libs libnl-3-200 libc6
libnode-dev 18.20.4+dfsg-1~deb12u3 3277 514 libdevel libssl-dev libuv1-dev libnode72
libnorm1 1.5.9+dfsg-2 506 221 libs libc6 libgcc-s1 libstdc++6
libnuma1 2.0.16-1 71 21 libs libc6
libogg0 1.3.5-3 61 23 libs libc6
libopenal-data 1:1.19.1-2 207 170 libs.
libopenal1 1:1.19.1-2 963 501 libs libopenal-data libc6 libsndio7.0
libopenexr-3-1-30 3.1.5-5 4488 923 libs libc6 libgcc-s1 libimath-3-1-29 libstdc++6 zlib1g
libopenexr-dev 3.1.5-5 881 199 libdevel libimath-dev libopenexr-3-1-30 zlib1g-dev
libopenjp2-7 2.5.0-2+deb12u3 479 189 libs libc6
libopenjp2-7-dev 2.5.0-2+deb12u3 977 263 libdevel libopenjp2-7
libopenmpt0 0.6.9-1 1951 693 libs libc6 libgcc-s1 libmpg123-0 libstdc++6 libvorbis0a libvorbisfile3 zlib1g
libopus0 1.3.1-3 400 195 libs libc6
libpango-1.0-0 1.50.12+ds-1 520 212 libs fontconfig libc6 libfribidi0 libglib2.0-0 libharfbuzz0b libthai0
libpangocairo-1.0-0 1.50.12+ds-1 103 34 libs libc6 libcairo2 libfontconfig1 libglib2.0-0 libharfbuzz0b libpango-1.0-0 libpangoft2-1.0-0
libpangoft2-1.0-0 1.50.12+ds-1 142 47 libs libc6 libfontconfig1 libfreetype6 libglib2.0-0 libharfbuzz0b libpango-1.0-0
libpciaccess0 0.17-2 92 51 libs libc6 zlib1g
libpcre2-16-0 10.42-1+deb12u2 632 245 libs libc6
libpcre2-32-0 10.42-1+deb12u2 608 235 libs libc6
libpcre2-dev 10.42-1+deb12u2 2592 752 libdevel libc6-dev libpcre2-8-0 libpcre2-16-0 libpcre2-32-0 libpcre2-posix3
libpcre2-posix3 10.42-1+deb12u2 82 56 libs libc6 libpcre2-8-0
libpgm-5.3-0 5.3.128~dfsg-2 322 161 libs libc6
libpixman-1-0 0.42.2-1 1002 546 libs libc6
libpixman-1-dev 0.42.2-1 1240 564 libdevel libpixman-1-0
libpkgconf3 1.8.1-1 101 36 libs libc6
libplacebo208 4.208.0-3 7716 2239 libs libc6 libepoxy0 libgcc-s1 liblcms2-2 libstdc++6 libvulkan1
libpng-dev 1.6.39-2+deb12u6 854 361 libdevel libpng16-16 zlib1g-dev
libpocketsphinx3 0.8+5prealpha+1-15 314 125 libs libc6 libsphinxbase3
libpostproc56 7:5.1.9-0+deb12u1 239 103 libs libavutil57 libc6
libpthread-stubs0-dev 0.4-1 18 5 libdevel
libpulse0 16.1+dfsg1-2+b1 969 274 libs libasyncns0 libc6 libdbus-1-3 libsndfile1 libsystemd0 libx11-6 libx11-xcb1 libxcb1
librabbitmq4 0.11.0-1+deb12u3 124 42 libs libc6 libssl3
librav1e0 0.5.1-6 2664 763 libs libc6 libgcc-s1
libraw1394-11 2.1.2-2 100 41 libs libc6
libreadline-dev 8.2-1.3 790 151 libdevel libreadline8 libncurses-dev dpkg
librist4 0.2.7+dfsg-1 190 74 libs libc6 libcjson1 libmbedcrypto7
librsvg2-2 2.54.7+dfsg-1~deb12u2 10909 2617 libs libc6 libcairo-gobject2 libcairo2 libgcc-s1 libgdk-pixbuf-2.0-0 libglib2.0-0 libpango-1.0-0 libpangocairo-1.0-0 libxml2
librsvg2-common 2.54.7+dfsg-1~deb12u2 76 21 libs librsvg2-2 libgdk-pixbuf-2.0-0 libglib2.0-0
librsvg2-dev 2.54.7+dfsg-1~deb12u2 296 56 libdevel gir1.2-rsvg-2.0 libcairo2-dev libgdk-pixbuf-2.0-dev libglib2.0-dev librsvg2-2 librsvg2-common
librubberband2 3.1.2+dfsg0-1 391 137 libs libc6 libgcc-s1 libstdc++6
libsamplerate0 0.2.2-3 1493 952 libs libc6
libsdl2-2.0-0 2.26.5+dfsg-1 1968 629 libs libasound2 libc6 libdecor-0-0 libdrm2 libgbm1 libpulse0 libsamplerate0 libwayland-client0 libwayland-cursor0 libwayland-egl1 libx11-6 libxcursor1 libxext6 libxfixes3 libxi6 libxkbcommon0 libxrandr2 libxss1
libselinux1-dev 3.4-1+b6 702 157 libdevel libselinux1 libsepol-dev libpcre2-dev
libsensors-config 1:3.6.0-7.1 33 14 utils.
libsensors5 1:3.6.0-7.1 87 34 libs libsensors-config libc6
libsepol-dev 3.4-2.1 1669 351 libdevel libsepol2
libserd-0-0 0.30.16-1 130 47 libs libc6
libserf-1-1 1.3.9-11 154 55 libs libapr1 libaprutil1 libc6 libgssapi-krb5-2 libssl3 zlib1g
libshine3 3.1.1-2 61 24 libs libc6
libslang2 2.3.3-3 2386 554 libs libc6
libsm-dev 2:1.2.3-1 106 38 libdevel libsm6 x11proto-core-dev libice-dev
libsm6 2:1.2.3-1 73 35 libs libc6 libice6 libuuid1
libsnappy1v5 1.1.9-3 89 26 libs libc6 libstdc++6
libsndfile1 1.2.0-1+deb12u1 574 197 libs libc6 libflac12 libmp3lame0 libmpg123-0 libogg0 libopus0 libvorbis0a libvorbisenc2
libsndio7.0 1.9.0-0.3+b2 88 27 libs libasound2 libbsd0 libc6
libsord-0-0 0.16.14+git221008-1 58 21 libs libc6 libserd-0-0
libsoxr0 0.1.3-4 229 78 libs libc6 libgomp1
libspeex1 1.2.1-2 125 55 libs libc6
libsphinxbase3 0.8+5prealpha+1-16 326 118 libs libblas3 libc6 liblapack3 libpulse0
libsqlite3-dev 3.40.1-2+deb12u2 3150 1025 libdevel libsqlite3-0 libc6-dev
libsratom-0-0 0.6.14-1 60 18 libs libc6 libserd-0-0 libsord-0-0
libsrt1.5-gnutls 1.5.1-1+deb12u2 915 314 libs libc6 libgcc-s1 libgnutls30 libnettle8 libstdc++6
libssh-gcrypt-4 0.10.6-0+deb12u3 641 222 libs libc6 libgcrypt20 libgpg-error0 libgssapi-krb5-2 zlib1g
libsvn1 1.14.2-4+deb12u1 4301 1411 libs libsqlite3-0 libapr1 libaprutil1 libc6 libdb5.3 libexpat1 liblz4-1 libsasl2-2 libserf-1-1 libutf8proc2 zlib1g
libsvtav1enc1 1.4.1+dfsg-1 6632 2121 libs libc6
libswresample4 7:5.1.9-0+deb12u1 236 107 libs libavutil57 libc6 libsoxr0
libswscale6 7:5.1.9-0+deb12u1 760 225 libs libavutil57 libc6
libthai-data 0.1.29-1 626 176 libs.
libthai0 0.1.29-1 99 57 libs libthai-data libc6 libdatrie1
libtheora0 1.1.1+dfsg.1-16.1+deb12u1 648 154 libs libc6 libcairo2 libogg0
libtiff-dev 4.5.0-6+deb12u4 1277 456 libdevel libc6-dev libjbig-dev libjpeg-dev liblzma-dev libzstd-dev libwebp-dev libtiff6 libtiffxx6 zlib1g-dev libdeflate-dev liblerc-dev
libtiff6 4.5.0-6+deb12u4 716 316 libs libc6 libdeflate0 libjbig0 libjpeg8 liblerc4 liblzma5 libwebp7 libzstd1 zlib1g
libtiffxx6 4.5.0-6+deb12u4 164 144 libs libc6 libstdc++6 libtiff6
libtool 2.4.7-7~deb12u1 1213 517 devel. gcc cpp libc6-dev file autotools-dev
libtwolame0 0.4.0-2 147 51 libs libc6
libudfread0 1.1.2-1 56 16 libs libc6
libusb-1.0-0 2:1.0.26-1 155 63 libs libc6 libudev1
libutf8proc2 2.8.0-1 367 60 libs libc6
libva-drm2 2.17.0-1 43 16 libs libc6 libdrm2 libva2
libva-x11-2 2.17.0-1 55 21 libs libc6 libdrm2 libva2 libx11-6 libx11-xcb1 libxcb-dri3-0 libxcb1 libxext6 libxfixes3
libva2 2.17.0-1 217 69 libs libc6
libvdpau1 1.5-2 106 26 libs libc6 libx11-6 libxext6
libvidstab1.1 1.1.0-2+b1 99 38 libs libc6 libgomp1
libvorbis0a 1.3.7-1 205 93 libs libc6 libogg0
libvorbisenc2 1.3.7-1 703 81 libs libc6 libvorbis0a
libvorbisfile3 1.3.7-1 63 26 libs libc6 libogg0 libvorbis0a
libvpx7 1.12.0-1+deb12u5 3061 1003 libs libc6
libvulkan1 1.3.239.0-1 477 116 libs libc6
libwayland-client0 1.21.0-1 89 28 libs libc6 libffi8
libwayland-cursor0 1.21.0-1 54 14 libs libc6 libwayland-client0
libwayland-egl1 1.21.0-1 33 9 libs libc6
libwayland-server0 1.21.0-1 111 36 libs libc6 libffi8
libwebp-dev 1.2.4-0.2+deb12u1 1084 400 libdevel libwebp7 libwebpmux3 libwebpdemux2
libwebp7 1.2.4-0.2+deb12u1 544 286 libs libc6
libwebpdemux2 1.2.4-0.2+deb12u1 120 99 libs libc6 libwebp7
libwebpmux3 1.2.4-0.2+deb12u1 144 109 libs libc6 libwebp7
libwmf-0.2-7 0.2.12-5.1 403 117 libs libc6 libexpat1 libfreetype6 libjpeg8 libpng16-16 libwmflite-0.2-7 libx11-6 zlib1g
libwmf-dev 0.2.12-5.1 906 205 libdevel libwmf-0.2-7 libwmflite-0.2-7 libfreetype-dev x11proto-core-dev libx11-dev zlib1g-dev
libwmflite-0.2-7 0.2.12-5.1 201 75 libs libc6
libx11-6 2:1.8.4-2+deb12u2 1562 760 libs libc6 libxcb1 libx11-data
libx11-data 2:1.8.4-2+deb12u2 1577 292 x11.
libx11-dev 2:1.8.4-2+deb12u2 2600 837 libdevel libx11-6 libxau-dev libxdmcp-dev x11proto-dev xtrans-dev libxcb1-dev
libx11-xcb1 2:1.8.4-2+deb12u2 252 192 libs libx11-6
libx264-164 2:0.164.3095+gitbaee400-3 1877 547 libs libc6
libx265-199 3.5-2+b1 16203 1150 libs libc6 libnuma1 libstdc++6
libxau-dev 1:1.0.9-1 65 23 libdevel libxau6 x11proto-dev
libxau6 1:1.0.9-1 42 20 libs libc6
libxcb-dri2-0 1.15-1 136 107 libs libc6 libxcb1
libxcb-dri3-0 1.15-1 136 107 libs libc6 libxcb1
libxcb-glx0 1.15-1 244 122 libs libc6 libxcb1
libxcb-present0 1.15-1 126 105 libs libc6 libxcb1
libxcb-randr0 1.15-1 192 117 libs libc6 libxcb1
libxcb-render0 1.15-1 176 115 libs libc6 libxcb1
libxcb-render0-dev 1.15-1 278 118 libdevel libxcb-render0 libxcb1-dev
libxcb-shape0 1.15-1 127 106 libs libc6 libxcb1
libxcb-shm0 1.15-1 126 105 libs libc6 libxcb1
libxcb-shm0-dev 1.15-1 139 107 libdevel libxcb-shm0 libxcb1-dev
libxcb-sync1 1.15-1 145 109 libs libc6 libxcb1
libxcb-xfixes0 1.15-1 151 109 libs libc6 libxcb1
libxcb1 1.15-1 296 144 libs libc6 libxau6 libxdmcp6
libxcb1-dev 1.15-1 771 181 libdevel libxcb1 libpthread-stubs0-dev libxau-dev libxdmcp-dev
libxcursor1 1:1.2.1-1 83 41 libs libc6 libx11-6 libxfixes3 libxrender1
libxdmcp-dev 1:1.1.2-3 81 42 libdevel libxdmcp6 x11proto-core-dev
libxdmcp6 1:1.1.2-3 53 26 libs libbsd0 libc6
libxext-dev 2:1.3.4-1+b1 330 107 libdevel libxext6 x11proto-dev libx11-dev
libxext6 2:1.3.4-1+b1 132 53 libs libc6 libx11-6
libxfixes3 1:6.0.0-2 57 23 libs libc6 libx11-6
libxi6 2:1.8-1+b1 149 84 libs libc6 libx11-6 libxext6
libxkbcommon0 1.5.0-1 296 106 libs xkb-data libc6
libxml2-dev 2.9.14+dfsg-1.3~deb12u4 3284 782 libdevel libicu-dev libxml2
libxpm4 1:3.5.12-1.1+deb12u1 111 49 libs libc6 libx11-6
libxrandr2 2:1.5.2-2+b1 88 39 libs libc6 libx11-6 libxext6 libxrender1
libxrender-dev 1:0.9.10-1.1 112 41 libdevel libxrender1 libx11-dev x11proto-render-dev x11proto-core-dev
libxrender1 1:0.9.10-1.1 78 33 libs libc6 libx11-6
libxshmfence1 1.3-1 26 9 libs libc6
libxslt1-dev 1.1.35-1+deb12u3 2535 346 libdevel libxml2-dev libxslt1.1
libxslt1.1 1.1.35-1+deb12u3 493 231 libs libc6 libgcrypt20 libxml2
libxss1 1:1.2.3-1 42 18 libs libc6 libx11-6 libxext6 x11-common
libxt-dev 1:1.2.1-1.1 1384 405 libdevel libxt6 libx11-dev x11proto-dev libsm-dev
libxt6 1:1.2.1-1.1 478 186 libs libc6 libice6 libsm6 libx11-6
libxv1 2:1.0.11-1.1 53 25 libs libc6 libx11-6 libxext6
libxvidcore4 2:1.3.7-1 734 242 libs libc6
libxxf86vm1 1:1.1.4-1+b2 50 21 libs libc6 libx11-6 libxext6
libyaml-0-2 0.2.5-1 152 54 libs libc6
libyaml-dev 0.2.5-1 256 65 libdevel libyaml-0-2
libyuv0 0.0~git20230123.b2528b0-1 671 168 libs libc6 libgcc-s1 libjpeg8 libstdc++6
libz3-4 4.8.12-3.1 22767 7216 libs libc6 libgcc-s1 libstdc++6
libzimg2 3.0.4+ds1-1 852 227 libs libc6 libgcc-s1 libstdc++6
libzmq5 4.3.4-6 808 273 libs libbsd0 libc6 libgcc-s1 libgssapi-krb5-2 libnorm1 libpgm-5.3-0 libsodium23 libstdc++6
libzstd-dev 1.5.4+dfsg2-5 1224 354 libdevel libzstd1
libzvbi-common 0.2.41-1+deb12u1 191 70 devel.
libzvbi0 0.2.41-1+deb12u1 727 275 libs libc6 libpng16-16 libzvbi-common
m4 1.4.19-3 670 287 interpreters libc6
mercurial 6.3.2-1+deb12u1 1049 335 vcs mercurial-common ucf python3 libc6
mercurial-common 6.3.2-1+deb12u1 14577 2768 vcs. python3
netcat-openbsd 1.219-1 108 42 net libbsd0 libc6
node-abbrev 1.1.1+~1.1.2-1 21 6 javascript.
node-acorn 8.8.1+ds+~cs25.17.7-2 911 128 javascript. node-xtend nodejs
node-agent-base 6.0.2+~cs5.4.2-2 100 17 javascript. node-debug node-semver
node-ajv 6.12.6-3 365 74 javascript. node-fast-deep-equal node-json-schema-traverse node-json-stable-stringify node-uri-js nodejs
node-ajv-keywords 3.5.2-2 77 20 javascript. node-ajv
node-ampproject-remapping 2.2.0+~cs5.15.37-1 689 59 javascript.
node-ansi-escapes 5.0.0+really.4.3.1-1 26 9 javascript. nodejs
node-ansi-regex 5.0.1-1 17 5 javascript.
node-ansi-styles 6.2.1-2 34 9 javascript. node-color-convert
node-anymatch 3.1.3+~cs4.6.1-2 119 33 javascript. node-normalize-path
node-aproba 2.0.0-3 20 6 javascript.
node-archy 1.0.0-6 19 5 javascript. nodejs
node-are-we-there-yet 3.0.1+~1.1.0-1 36 10 javascript. node-delegates node-readable-stream
node-argparse 2.0.1-2 165 35 javascript. node-sprintf-js nodejs
node-arrify 2.0.1-3 15 4 javascript.
node-assert 2.0.0+~cs3.9.8-2 134 27 javascript. node-object-assign node-util
node-async 0.8.0-6 14 4 javascript. libjs-async
node-async-each 1.0.3-3 17 4 javascript.
node-babel-helper-define-polyfill-provider 0.3.3~0~20220913+ds1-1 230 27 javascript. node-babel7 node-debug node-lodash-packages node-resolve node-semver
node-babel-plugin-add-module-exports 1.0.4+dfsg1~cs5.8.0-4 34 9 javascript.
node-babel-plugin-lodash 3.3.4+~cs2.0.1-6 47 11 javascript. node-babel7 node-glob node-lodash
node-babel-plugin-polyfill-corejs2 0.3.3~0~20220913+ds1-1 97 17 javascript. node-babel7 node-babel-helper-define-polyfill-provider node-semver
node-babel-plugin-polyfill-corejs3 0.6.0~0~20220913+ds1-1 191 30 javascript. node-babel-helper-define-polyfill-provider node-core-js-compat
node-babel-plugin-polyfill-regenerator 0.4.1~0~20220913+ds1-1 23 5 javascript. node-babel-helper-define-polyfill-provider
node-babel7 7.20.15+ds1+~cs214.269.168-3+deb12u1 7325 712 javascript. node-ampproject-remapping node-babel-plugin-add-module-exports node-babel7-runtime node-babel-plugin-polyfill-corejs2 node-babel-plugin-polyfill-corejs3 node-babel-plugin-polyfill-regenerator node-browserslist node-chalk node-clone-deep node-commander node-convert-source-map node-core-js node-core-js-compat node-core-js-pure node-debug node-esutils node-find-cache-dir node-fs-readdir-recursive node-glob node-globals node-js-tokens node-jsesc node-json5 node-lodash node-lodash-packages node-make-dir node-quick-lru node-regenerator-transform node-regexpu-core node-resolve node-semver node-slash node-source-map node-source-map-support node-to-fast-properties node-v8flags nodejs
node-babel7-runtime 7.20.15+ds1+~cs214.269.168-3+deb12u1 467 116 javascript. node-regenerator-runtime
node-balanced-match 2.0.0-1 21 5 javascript.
node-base64-js 1.5.1+dfsg+~1.3.0-2 27 7 javascript.
node-binary-extensions 2.2.0-2 17 4 javascript.
node-brace-expansion 2.0.1-2 22 7 javascript. node-balanced-match
`;
