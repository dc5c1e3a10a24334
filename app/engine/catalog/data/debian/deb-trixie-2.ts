// Generated from the Debian archive's Packages index (trixie, amd64) by data/tools/emit.py:
// one package a line: name version installed-KiB download-kB section[flags] depends...
// flags: . Architecture all, * Essential, ! required, + important, ~ standard (else optional). Do not hand-edit lightly.
export default `
libopenjp2-7 2.5.3-2.1~deb13u2 532 205 libs libc6
libopenjp2-7-dev 2.5.3-2.1~deb13u2 874 240 libdevel libopenjp2-7
libopenmpt0t64 0.7.13-1+b1 2355 855 libs libc6 libgcc-s1 libmpg123-0t64 libstdc++6 libvorbis0a libvorbisfile3 zlib1g
libopus0 1.5.2-2 3494 2852 libs libc6
libp11-kit-dev 0.25.5-3 323 208 libdevel libp11-kit0
libp11-kit0 0.25.5-3 1882 425 libs libc6 libffi8
libpam-modules 1.7.0-5 923 179 admin! libaudit1 libc6 libcrypt1 libdb5.3t64 libpam0g libselinux1 libsystemd0 debconf libpam-modules-bin
libpam-modules-bin 1.7.0-5 206 49 admin! libaudit1 libc6 libcrypt1 libpam0g libselinux1 libsystemd0
libpam-runtime 1.7.0-5 1028 249 admin.! debconf libpam-modules
libpam0g 1.7.0-5 194 70 libs libaudit1 libc6 debconf
libpango-1.0-0 1.56.3-1 554 226 libs fontconfig libc6 libfribidi0 libglib2.0-0t64 libharfbuzz0b libthai0
libpango1.0-dev 1.56.3-1 1614 156 libdevel gir1.2-pango-1.0 libcairo2-dev libfontconfig-dev libfreetype-dev libfribidi-dev libglib2.0-dev libharfbuzz-dev libpango-1.0-0 libpangocairo-1.0-0 libpangoft2-1.0-0 libpangoxft-1.0-0 libsysprof-capture-4-dev libthai-dev libx11-dev libxft-dev libxrender-dev pango1.0-tools pkgconf
libpangocairo-1.0-0 1.56.3-1 103 36 libs libc6 libcairo2 libfontconfig1 libglib2.0-0t64 libharfbuzz0b libpango-1.0-0 libpangoft2-1.0-0
libpangoft2-1.0-0 1.56.3-1 158 56 libs libc6 libfontconfig1 libfreetype6 libglib2.0-0t64 libharfbuzz0b libpango-1.0-0
libpangoxft-1.0-0 1.56.3-1 78 28 libs libc6 libfontconfig1 libglib2.0-0t64 libpango-1.0-0 libpangoft2-1.0-0 libx11-6 libxft2 libxrender1
libpciaccess0 0.17-3+b3 97 52 libs libc6 zlib1g
libpcre2-16-0 10.46-1~deb13u3 713 282 libs libc6
libpcre2-32-0 10.46-1~deb13u3 685 269 libs libc6
libpcre2-8-0 10.46-1~deb13u3 774 299 libs libc6
libpcre2-dev 10.46-1~deb13u3 2905 851 libdevel libc6-dev libpcre2-8-0 libpcre2-16-0 libpcre2-32-0 libpcre2-posix3
libpcre2-posix3 10.46-1~deb13u3 90 64 libs libc6 libpcre2-8-0
libperl5.40 5.40.1-6+deb13u1 29322 4326 libs libbz2-1.0 libc6 libcrypt1 libdb5.3t64 libgdbm-compat4t64 libgdbm6t64 zlib1g perl-modules-5.40
libpgm-5.3-0t64 5.3.128~dfsg-2.1+b1 329 162 libs libc6
libpixman-1-0 0.44.0-3 715 248 libs libc6
libpixman-1-dev 0.44.0-3 67 11 libdevel libpixman-1-0
libpkgconf3 1.8.1-4 101 36 libs libc6
libplacebo349 7.349.0-3 9190 2542 libs libc6 libgcc-s1 liblcms2-2 libstdc++6 libvulkan1
libpng-dev 1.6.48-1+deb13u6 1054 367 libdevel libpng16-16t64 zlib1g-dev
libpng16-16t64 1.6.48-1+deb13u6 444 283 libs libc6 zlib1g
libpocketsphinx3 0.8+5prealpha+1-15+b4 318 126 libs libc6 libsphinxbase3t64
libpostproc58 7:7.1.5-0+deb13u1 184 96 libs libavutil59 libc6
libpq-dev 17.12-0+deb13u1 612 159 libdevel libpq5 libssl-dev
libpq5 17.12-0+deb13u1 1099 236 libs libc6 libgssapi-krb5-2 libldap2 libssl3t64
libproc2-0 2:4.0.4-9 237 66 libs libc6 libsystemd0
libpsl-dev 0.21.2-1.1+b1 211 78 libdevel libpsl5t64
libpsl5t64 0.21.2-1.1+b1 100 57 libs libidn2-0 libc6 libunistring5
libpulse0 17.0+dfsg1-2+b1 973 276 libs libasyncns0 libc6 libdbus-1-3 libsndfile1 libsystemd0 libx11-6 libx11-xcb1 libxcb1
libpython3-stdlib 3.13.5-1 28 10 python libpython3.13-stdlib
libpython3.13-minimal 3.13.5-2+deb13u5 5452 863 python libc6 libssl3t64
libpython3.13-stdlib 3.13.5-2+deb13u5 8898 1959 python libpython3.13-minimal media-types netbase tzdata libbz2-1.0 libc6 libdb5.3t64 libffi8 liblzma5 libncursesw6 libreadline8t64 libsqlite3-0 libtinfo6 libuuid1
libquadmath0 14.2.0-19 296 145 libs gcc-14-base libc6
librabbitmq4 0.15.0-1+deb13u2 119 43 libs libc6 libssl3t64
librav1e0.7 0.7.1-9+b2 3238 946 libs libc6 libgcc-s1
libraw1394-11 2.1.2-2+b2 98 39 libs libc6
libraw23t64 0.21.4-2+deb13u1 2450 391 libs libc6 libgcc-s1 libgomp1 libjpeg62-turbo liblcms2-2 libstdc++6
libreadline-dev 8.2-6 807 153 libdevel libreadline8t64 libncurses-dev
libreadline8t64 8.2-6 485 169 libs readline-common libc6 libtinfo6
librist4 0.2.11+dfsg-1 187 72 libs libc6 libcjson1 libmbedcrypto16
librsvg2-2 2.60.0+dfsg-1+deb13u1 6160 1795 libs libc6 libcairo-gobject2 libcairo2 libdav1d7 libgcc-s1 libgdk-pixbuf-2.0-0 libglib2.0-0t64 libpango-1.0-0 libpangocairo-1.0-0 libxml2
librsvg2-common 2.60.0+dfsg-1+deb13u1 400 154 libs librsvg2-2 libc6 libgcc-s1 libgdk-pixbuf-2.0-0 libglib2.0-0t64
librsvg2-dev 2.60.0+dfsg-1+deb13u1 281 40 libdevel gir1.2-rsvg-2.0 libcairo2-dev libgdk-pixbuf-2.0-dev libglib2.0-dev libpango1.0-dev libxml2-dev librsvg2-2 librsvg2-common libdav1d-dev gir1.2-freedesktop-dev gir1.2-glib-2.0-dev
librtmp-dev 2.4+20151223.gitfa8646d.1-2+b5 228 68 libdevel librtmp1 libgmp-dev libgnutls28-dev nettle-dev zlib1g-dev
librtmp1 2.4+20151223.gitfa8646d.1-2+b5 144 59 libs libc6 libgmp10 libgnutls30t64 libhogweed6t64 libnettle8t64 zlib1g
librubberband2 3.3.0+dfsg-2+b3 406 142 libs libc6 libfftw3-double3 libgcc-s1 libsamplerate0 libstdc++6
libsamplerate0 0.2.2-4+b2 1494 950 libs libc6
libsasl2-2 2.1.28+dfsg1-9 156 58 libs libsasl2-modules-db libc6 libssl3t64
libsasl2-modules-db 2.1.28+dfsg1-9 70 20 libs libc6 libdb5.3t64
libsdl2-2.0-0 2.32.4+dfsg-1 2055 669 libs libasound2t64 libc6 libdecor-0-0 libdrm2 libgbm1 libpulse0 libsamplerate0 libwayland-client0 libwayland-cursor0 libwayland-egl1 libx11-6 libxcursor1 libxext6 libxfixes3 libxi6 libxkbcommon0 libxrandr2 libxss1
libseccomp2 2.6.0-2 201 52 libs libc6
libselinux1 3.8.1-1 229 85 libs libc6 libpcre2-8-0
libselinux1-dev 3.8.1-1 763 169 libdevel libselinux1 libsepol-dev libpcre2-dev
libsemanage-common 3.8.1-1 21 8 libs.
libsemanage2 3.8.1-1 313 95 libs libsemanage-common libaudit1 libbz2-1.0 libc6 libselinux1 libsepol2
libsensors-config 1:3.6.2-2 37 16 utils.
libsensors5 1:3.6.2-2 100 37 libs libsensors-config libc6
libsepol-dev 3.8.1-1 1780 373 libdevel libsepol2
libsepol2 3.8.1-1 835 296 libs libc6
libserd-0-0 0.32.4-1 123 47 libs libc6
libserf-1-1 1.3.10-3+b1 157 53 libs libapr1t64 libaprutil1t64 libc6 libgssapi-krb5-2 libssl3t64 zlib1g
libsframe1 2.44-3 110 78 devel libc6
libsharpyuv-dev 1.5.0-0.1 170 120 libdevel libsharpyuv0
libsharpyuv0 1.5.0-0.1 143 116 libs libc6
libshine3 3.1.1-2+b2 61 23 libs libc6
libslang2 2.3.3-5+b2 2395 549 libs libc6
libsm-dev 2:1.2.6-1 107 40 libdevel libsm6 x11proto-dev libice-dev uuid-dev
libsm6 2:1.2.6-1 74 37 libs libc6 libice6 libuuid1
libsmartcols1 2.41.5-0+deb13u1 377 143 libs libc6
libsnappy1v5 1.2.2-1 93 29 libs libc6 libstdc++6
libsndfile1 1.2.2-2+deb13u1 595 199 libs libc6 libflac14 libmp3lame0 libmpg123-0t64 libogg0 libopus0 libvorbis0a libvorbisenc2
libsodium23 1.0.18-1+deb13u1 431 165 libs libc6
libsord-0-0 0.16.18-1 54 18 libs libc6 libserd-0-0 libzix-0-0
libsoxr0 0.1.3-4+b2 237 81 libs libc6 libgomp1
libspeex1 1.2.1-3 137 57 libs libc6
libsphinxbase3t64 0.8+5prealpha+1-21+b1 334 121 libs libblas3 libc6 liblapack3 libpulse0
libsqlite3-0 3.46.1-7+deb13u2 1834 915 libs libc6
libsqlite3-dev 3.46.1-7+deb13u2 3398 1109 libdevel libsqlite3-0 libc6-dev
libsratom-0-0 0.6.18-1 61 18 libs libc6 libserd-0-0 libsord-0-0
libsrt1.5-gnutls 1.5.4-1+deb13u1 1012 348 libs libc6 libgcc-s1 libgnutls30t64 libnettle8t64 libstdc++6
libssh-4 0.11.5-0+deb13u1 583 212 libs libc6 libgssapi-krb5-2 libssl3t64 zlib1g
libssh2-1-dev 1.11.1-1+deb13u1 1118 394 libdevel libssh2-1t64 libssl-dev zlib1g-dev
libssh2-1t64 1.11.1-1+deb13u1 441 245 libs libc6 libssl3t64 zlib1g
libssl-dev 3.5.7-1~deb13u3 16010 2968 libdevel libssl3t64
libssl3t64 3.5.7-1~deb13u3 8115 2458 libs libc6 libzstd1 zlib1g openssl-provider-legacy
libstdc++-14-dev 14.2.0-19 22065 2376 libdevel gcc-14-base libgcc-14-dev libstdc++6 libc6-dev
libstdc++6 14.2.0-19 3019 714 libs gcc-14-base libc6 libgcc-s1
libsvn1 1.14.5-3 4330 1423 libs libsqlite3-0 libapr1t64 libaprutil1t64 libc6 libdb5.3t64 libexpat1 liblz4-1 libsasl2-2 libserf-1-1 libutf8proc3 zlib1g
libsvtav1enc2 2.3.0+dfsg-1 7839 2489 libs libc6
libswresample5 7:7.1.5-0+deb13u1 241 109 libs libavutil59 libc6 libsoxr0
libswscale8 7:7.1.5-0+deb13u1 781 242 libs libavutil59 libc6
libsysprof-capture-4-dev 48.0-2 299 50 libdevel
libsystemd0 257.13-1~deb13u1 1223 455 libs libc6 libcap2
libtasn1-6 4.20.0-2+deb13u1 122 50 libs libc6
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
libtinfo6 6.5+20250216-2 569 348 libs libc6
libtirpc-common 1.3.6+ds-1 32 11 libs.
libtirpc3t64 1.3.6+ds-1 236 83 libs libc6 libgssapi-krb5-2 libtirpc-common
libtool 2.5.4-4 1245 539 devel. gcc cpp libc6-dev file autotools-dev
libtsan2 14.2.0-19 8807 2460 libs gcc-14-base libc6 libgcc-s1
libtwolame0 0.4.0-2+b2 155 51 libs libc6
libubsan1 14.2.0-19 3319 1074 libs gcc-14-base libc6 libgcc-s1 libstdc++6
libudev1 257.13-1~deb13u1 357 152 libs libc6 libcap2
libudfread0 1.1.2-1+b2 57 18 libs libc6
libunbound8 1.26.2-0+deb13u1 1420 644 libs libc6 libevent-2.1-7t64 libssl3t64
libunibreak6 6.1-3 150 22 libs libc6
libunistring5 1.3-2 2092 477 libs libc6
libusb-1.0-0 2:1.0.28-1 157 60 libs libc6 libudev1
libutf8proc3 2.9.0-1+b2 368 61 libs libc6
libuuid1 2.41.5-0+deb13u1 98 38 libs libc6
libuv1-dev 1.50.0-2 692 189 libdevel libuv1t64
libuv1t64 1.50.0-2 321 154 libs libc6
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
libxml2 2.12.7+dfsg+really2.9.14-2.1+deb13u1 1915 698 libs libc6 liblzma5 zlib1g
libxml2-dev 2.12.7+dfsg+really2.9.14-2.1+deb13u1 3358 793 libdevel libxml2
libxpm4 1:3.5.17-1+deb13u1 113 56 libs libc6 libx11-6
libxrandr2 2:1.5.4-1+b3 85 36 libs libc6 libx11-6 libxext6 libxrender1
libxrender-dev 1:0.9.12-1 129 39 libdevel libxrender1 libx11-dev x11proto-dev
libxrender1 1:0.9.12-1 72 28 libs libc6 libx11-6
libxshmfence1 1.3.3-1 36 11 libs libc6
libxslt1-dev 1.1.35-1.2+deb13u2 2535 346 libdevel libxml2-dev libxslt1.1
libxslt1.1 1.1.35-1.2+deb13u2 497 233 libs libc6 libgcrypt20 libxml2
libxss1 1:1.2.3-1+b3 42 17 libs libc6 libx11-6 libxext6 x11-common
libxt-dev 1:1.2.1-1.2+b2 1398 407 libdevel libxt6t64 libx11-dev x11proto-dev libsm-dev
libxt6t64 1:1.2.1-1.2+b2 490 188 libs libc6 libice6 libsm6 libx11-6
libxtables12 1.8.11-2 101 32 libs libc6
libxv1 2:1.0.11-1.1+b3 52 23 libs libc6 libx11-6 libxext6
libxvidcore4 2:1.3.7-1+b2 752 252 libs libc6
libxxf86vm1 1:1.1.4-1+b4 48 19 libs libc6 libx11-6 libxext6
libxxhash0 0.8.3-2 92 27 libs libc6
libyaml-0-2 0.2.5-2 147 53 libs libc6
libyaml-dev 0.2.5-2 255 63 libdevel libyaml-0-2
libyuv0 0.0.1904.20250204-1 696 174 libs libc6 libgcc-s1 libjpeg62-turbo libstdc++6
libz3-4 4.13.3-1 27142 8560 libs libc6 libgcc-s1 libstdc++6
libzimg2 3.0.5+ds1-1+b2 881 244 libs libc6 libgcc-s1 libstdc++6
libzix-0-0 0.6.2-1 75 23 libs libc6
libzmq5 4.3.5-1+b3 843 283 libs libbsd0 libc6 libgcc-s1 libgssapi-krb5-2 libnorm1t64 libpgm-5.3-0t64 libsodium23 libstdc++6
libzstd-dev 1.5.7+dfsg-1+deb13u1 1310 372 libdevel libzstd1
libzstd1 1.5.7+dfsg-1+deb13u1 847 304 libs libc6
libzvbi-common 0.2.44-1 192 71 devel.
libzvbi0t64 0.2.44-1 744 278 libs libc6 libpng16-16t64 libzvbi-common
linux-libc-dev 6.12.118-1 11154 3102 devel.
locales 2.41-12+deb13u5 15776 3930 localization.~ libc-bin libc-l10n debconf
login 1:4.16.0-2+really2.41.5-0+deb13u1 287 115 admin! login.defs libpam-modules libpam-runtime libaudit1 libc6 libcrypt1 libpam0g
login.defs 1:4.17.4-2+deb13u1 214 186 admin.!
lsb-base 11.6 12 5 misc. sysvinit-utils
m4 1.4.19-8 683 294 interpreters libc6
make 4.4.1-2 1766 463 devel libc6
mariadb-common 1:11.8.9+ds-0+deb13u1 71 31 database. mysql-common
mawk 1.3.4.20250131-1 292 141 interpreters! libc6
media-types 13.0.0 98 29 net.~
mercurial 7.0.1-2 1338 441 vcs mercurial-common ucf python3 libc6
mercurial-common 7.0.1-2 14871 2670 vcs. python3
mesa-libgallium 25.0.7-2+deb13u1 41615 9630 libs libc6 libdrm-amdgpu1 libdrm-intel1 libdrm2 libelf1t64 libexpat1 libgcc-s1 libllvm19 libsensors5 libstdc++6 libx11-xcb1 libxcb-dri3-0 libxcb-present0 libxcb-randr0 libxcb-sync1 libxcb-xfixes0 libxcb1 libxshmfence1 libzstd1 zlib1g
mount 2.41.5-0+deb13u1 497 163 admin! libblkid1 libc6 libmount1 libselinux1 libsmartcols1
mysql-common 5.8+1.1.1 33 7 database.
nano 8.4-1+deb13u1 2839 645 editors+ libc6 libncursesw6 libtinfo6
native-architecture 0.2.6 8 2 devel.
ncurses-base 6.5+20250216-2 389 273 misc*.!
ncurses-bin 6.5+20250216-2 665 438 utils*! libc6 libtinfo6
net-tools 2.10-1.3 988 245 net libc6 libselinux1
netbase 6.5 35 12 admin.+
netcat-openbsd 1.229-1 109 43 net libbsd0 libc6
nettle-dev 3.10.1-1 3278 1318 libdevel libnettle8t64 libhogweed6t64 libgmp-dev
nginx 1.26.3-3+deb13u11 1556 614 httpd libc6 libcrypt1 libpcre2-8-0 libssl3t64 zlib1g iproute2 nginx-common
nginx-common 1.26.3-3+deb13u11 305 112 httpd. debconf
node-abbrev 1.1.1+~1.1.2-1 21 6 javascript.
node-acorn 8.8.1+ds+~cs25.17.7-2 911 128 javascript. node-xtend nodejs
node-agent-base 7.1.1~0~2024040606-6+deb13u1 46 12 javascript. node-debug
node-ajv 8.12.0~ds+~2.1.1-5 1372 182 javascript. node-fast-deep-equal node-json-schema-traverse node-json-stable-stringify node-uri-js nodejs
node-ajv-keywords 5.1.0-4 226 32 javascript. node-ajv node-fast-deep-equal
node-ampproject-remapping 2.2.0+~cs5.15.37-1 689 59 javascript.
node-ansi-escapes 5.0.0+really.4.3.1-1 26 9 javascript. nodejs
node-ansi-regex 5.0.1-1 17 5 javascript.
node-ansi-styles 6.2.1-3 35 9 javascript. node-color-convert
node-anymatch 3.1.3+~cs4.6.1-2 119 33 javascript. node-normalize-path
node-aproba 2.0.0-3 20 6 javascript.
node-archy 1.0.0-6 19 5 javascript. nodejs
node-are-we-there-yet 3.0.1+~1.1.0-1 36 10 javascript. node-delegates node-readable-stream
node-argparse 2.0.1-2 165 35 javascript. node-sprintf-js nodejs
node-arrify 2.0.1-3 15 4 javascript.
node-assert 2.0.0+~cs3.9.8-2 134 27 javascript. node-object-assign node-util
node-async 3.2.6+dfsg-2 1213 96 javascript.
node-async-each 1.0.3-3 17 4 javascript.
node-babel-helper-define-polyfill-provider 0.3.3~0~20220913+ds1-1 230 27 javascript. node-babel7 node-debug node-lodash-packages node-resolve node-semver
node-babel-plugin-add-module-exports 1.0.4+dfsg1~cs5.8.0-4 34 9 javascript.
node-babel-plugin-lodash 3.3.4+~cs2.0.1-7 47 11 javascript. node-babel7 node-glob node-lodash
node-babel-plugin-polyfill-corejs2 0.3.3~0~20220913+ds1-1 97 17 javascript. node-babel7 node-babel-helper-define-polyfill-provider node-semver
node-babel-plugin-polyfill-corejs3 0.6.0~0~20220913+ds1-1 191 30 javascript. node-babel-helper-define-polyfill-provider node-core-js-compat
node-babel-plugin-polyfill-regenerator 0.4.1~0~20220913+ds1-1 23 5 javascript. node-babel-helper-define-polyfill-provider
node-babel7 7.20.15+ds1+~cs214.269.168-8 7306 709 javascript. node-ampproject-remapping node-babel-plugin-add-module-exports node-babel7-runtime node-babel-plugin-polyfill-corejs2 node-babel-plugin-polyfill-corejs3 node-babel-plugin-polyfill-regenerator node-browserslist node-chalk node-clone-deep node-commander node-convert-source-map node-core-js node-core-js-compat node-core-js-pure node-debug node-esutils node-find-cache-dir node-fs-readdir-recursive node-glob node-globals node-js-tokens node-jsesc node-json5 node-lodash node-lodash-packages node-lru-cache node-make-dir node-quick-lru node-regenerator-transform node-regexpu-core node-resolve node-semver node-slash node-source-map node-source-map-support node-to-fast-properties node-v8flags nodejs
node-babel7-runtime 7.20.15+ds1+~cs214.269.168-8 467 116 javascript. node-regenerator-runtime
node-balanced-match 2.0.0-1 21 5 javascript.
node-base64-js 1.5.1+dfsg+~1.3.0-2 27 7 javascript.
node-binary-extensions 2.2.0-2 17 4 javascript.
node-brace-expansion 2.0.1+~1.1.0-2 26 8 javascript. node-balanced-match
node-braces 3.0.3+~3.0.5-1 60 21 javascript. node-fill-range
node-browserslist 4.25.0+~cs6.3.22-1 315 72 javascript. node-caniuse-lite node-electron-to-chromium node-picocolors nodejs
node-builtins 5.0.1-1 15 4 javascript. node-semver
node-cacache 17.0.3+~cs10.3.7-2 148 45 javascript. node-chownr node-glob node-graceful-fs node-lru-cache node-minipass node-mkdirp node-move-concurrently node-p-map node-promise-inflight node-rimraf node-semver node-ssri node-unique-filename
node-camelcase 7.0.0-3 29 6 javascript.
node-caniuse-lite 1.0.30001723+dfsg+~1.0.5-1 2458 255 javascript.
node-chalk 5.3.0-1 79 18 javascript. node-ansi-styles node-escape-string-regexp node-supports-color nodejs
node-chokidar 3.6.0-3 116 32 javascript. node-anymatch node-async-each node-braces node-glob-parent node-inherits node-is-binary-path node-is-glob node-normalize-path node-path-is-absolute node-readdirp nodejs
node-chownr 2.0.0-3 18 4 javascript.
node-chrome-trace-event 1.0.3-2 29 7 javascript. node-tslib
node-ci-info 4.0.0+~cs1.1.0-1 38 13 javascript.
node-cjs-module-lexer 1.2.3+dfsg-1 158 31 javascript.
node-cli-table 0.3.11+~cs0.13.4-3 117 24 javascript. node-colors node-string-width
node-cliui 7.0.4+repack+1+~cs1.4.2-2 76 22 javascript. node-string-width node-strip-ansi node-wrap-ansi
node-clone 2.1.2+~2.1.2-1 30 9 javascript.
node-clone-deep 4.0.1+~cs7.0.2-1 26 7 javascript. node-for-own node-is-extendable node-is-plain-object node-kind-of
node-color-convert 2.0.1+~cs2.0.0-2 57 13 javascript. node-color-name
node-color-name 1.1.4+~1.1.1-2 26 6 javascript.
node-colors 1.4.0-4 62 12 javascript.
node-columnify 1.6.0+~1.5.1-1 48 12 javascript. node-strip-ansi node-wcwidth.js
node-commander 9.4.1-1 228 65 javascript.
node-commondir 1.0.1+~1.0.0-1 18 4 javascript.
node-concat-stream 2.0.0+~2.0.0-2 25 6 javascript. node-inherits node-readable-stream node-typedarray
node-console-control-strings 1.1.0-3 17 6 javascript.
node-convert-source-map 1.9.0+~1.5.2-1 31 8 javascript.
node-copy-concurrently 1.0.5-9 24 7 javascript. node-aproba node-fs-write-stream-atomic node-iferr node-mkdirp node-rimraf node-run-queue
node-core-js 3.33.2-1 4082 301 javascript.
node-core-js-compat 3.33.2-1 727 78 javascript. node-browserslist node-semver
node-core-js-pure 3.33.2-1 4006 282 javascript.
node-core-util-is 1.0.3-1 17 4 javascript.
node-corepack 0.24.0-5 3501 712 javascript. nodejs
node-css-loader 6.8.1+~cs14.0.17-1 326 75 javascript. node-camelcase node-css-selector-tokenizer node-icss-utils node-postcss node-postcss-modules-extract-imports node-postcss-modules-values node-postcss-value-parser node-semver node-util-deprecate webpack
node-css-selector-tokenizer 0.8.0+~cs4.8.3-1 63 13 javascript. nodejs
node-data-uri-to-buffer 6.0.2~0~2024040606-6+deb13u1 37 9 javascript.
node-debbundle-es-to-primitive 1.2.1+~cs9.7.25-2 139 40 javascript. node-deep-equal node-define-properties
node-debug 4.3.4+~cs4.1.7-1 49 18 javascript. node-ms
node-decamelize 4.0.0-2 16 4 javascript. nodejs
node-decompress-response 6.0.0-3 17 5 javascript. node-mimic-response
node-deep-equal 2.2.3+~cs43.15.94-1 484 131 javascript. node-debbundle-es-to-primitive node-define-property node-define-properties node-es-abstract node-tape node-function-bind node-isarray node-object-inspect node-resolve
node-deep-is 0.1.4-1 20 5 javascript.
node-defaults 1.0.4+~1.0.3-1 18 4 javascript. node-clone
node-define-properties 1.2.1+~cs2.2.3-1 33 9 javascript. node-lodash-packages node-es-abstract node-resolve
node-define-property 2.0.2+really+2.0.2-3 19 7 javascript. node-isobject node-is-descriptor
node-defined 1.0.1+~1.0.0-1 25 7 javascript. nodejs
node-del 7.1.0-1 28 8 javascript. node-globby node-graceful-fs node-is-glob node-is-path-cwd node-is-path-inside node-p-map node-rimraf node-slash
node-delegates 1.0.0-3 19 5 javascript.
node-depd 2.0.0-2 34 11 javascript.
node-diff 5.0.0~dfsg+~5.0.1-4 413 70 javascript.
node-doctrine 3.0.0-4 91 20 javascript. node-esutils node-isarray nodejs
node-electron-to-chromium 1.5.166-1 175 21 javascript.
node-encoding 0.1.13-2 18 4 javascript. node-iconv-lite
node-enhanced-resolve 5.15.0-1 214 36 javascript. node-graceful-fs node-memory-fs node-tapable
node-envinfo 7.11.0+~cs14.3.0-3 152 33 javascript. node-execa node-glob node-minimist node-minimatch node-which
node-err-code 2.0.3+dfsg-3 19 5 javascript.
node-errno 1.0.0-3 24 8 javascript. node-prr nodejs
node-error-ex 1.3.2-4 17 6 javascript. node-is-arrayish
node-es-abstract 1.20.4+~cs26.27.47-2 3056 137 javascript. node-debbundle-es-to-primitive node-deep-equal node-define-properties node-function-bind node-object-inspect nodejs
node-es-module-lexer 1.1.0+dfsg-3 89 20 javascript.
node-es6-error 4.1.1-5 30 6 javascript. nodejs
node-escape-string-regexp 4.0.0-2 16 4 javascript.
node-escodegen 2.1.0+dfsg+~0.0.8-1 141 23 javascript. node-esprima node-estraverse node-esutils node-optionator node-source-map nodejs
node-eslint-scope 7.1.1+~3.7.4-1 299 36 javascript. nodejs node-esrecurse node-estraverse
node-eslint-utils 3.0.0-3 81 15 javascript. node-eslint-visitor-keys
node-eslint-visitor-keys 3.3.0+~1.0.0-1 88 17 javascript.
node-espree 9.4.1~dfsg-2 123 41 javascript. node-acorn node-eslint-visitor-keys
node-esprima 4.0.1+ds+~4.0.3-2 477 69 javascript. nodejs
node-esquery 1.4.2~ds-1 386 25 javascript. node-estraverse
node-esrecurse 4.3.0-2 20 6 javascript. node-estraverse node-object-assign
node-estraverse 5.3.0+ds+~5.1.1-1 50 12 javascript.
node-esutils 2.0.3+~2.0.0-1 67 12 javascript.
node-events 3.3.0+~3.0.0-3 21 6 javascript. libjs-events
node-execa 8.0.1+dfsg1+~cs12.0.0-1 192 44 javascript. node-get-stream node-is-stream node-merge-stream node-mimic-fn node-npm-run-path node-shebang-command node-signal-exit node-strip-eof node-which
node-fancy-log 1.3.3+~cs1.3.1-2 40 8 javascript. node-time-stamp
node-fast-deep-equal 3.1.3-3 31 6 javascript.
node-fast-levenshtein 2.0.6+ds-3 22 6 javascript.
node-fetch 3.3.2+~cs11.4.11-3 8263 213 javascript. node-data-uri-to-buffer
node-file-entry-cache 6.0.1+~3.0.4+~2.0.0+~1.0.0+~2.0.1-1 49 15 javascript. node-flat-cache nodejs
node-fill-range 7.1.1+~7.0.3-1 27 9 javascript. node-to-regex-range
node-find-cache-dir 3.3.2+~3.2.1-1 24 6 javascript. node-commondir node-del node-make-dir node-pkg-dir
node-find-up 6.3.0-7 37 9 javascript. node-locate-path node-path-exists
node-flat-cache 3.0.4~6.0.1+~3.0.4+~2.0.0+~1.0.0+~2.0.1-1 52 20 javascript. node-flatted node-rimraf node-write nodejs
node-flatted 3.2.7~ds-1+deb13u1 45 10 javascript.
node-for-in 1.0.2-4 18 5 javascript. nodejs
node-for-own 1.0.0-3 18 5 javascript. node-for-in
node-foreground-child 3.1.1-2 93 13 javascript. node-signal-exit
node-fs-readdir-recursive 1.1.0+~1.1.0-1 20 5 javascript.
node-fs-write-stream-atomic 1.0.10-6 20 5 javascript. node-graceful-fs node-iferr node-imurmurhash node-readable-stream
node-fs.realpath 1.0.0-3 25 6 javascript.
node-function-bind 1.1.2+~cs2.1.14-1 89 25 javascript.
node-functional-red-black-tree 1.0.1+20181105-7 57 14 javascript. nodejs
node-gauge 4.0.4-2 58 20 javascript. node-ansi-regex node-aproba node-console-control-strings node-fancy-log node-has-unicode node-signal-exit node-string-width node-strip-ansi node-wide-align
node-get-caller-file 2.0.5+~cs1.1.1-4 24 6 javascript.
node-get-stream 8.0.1-11 53 12 javascript.
node-glob 8.1.0+~cs8.5.15-1 221 134 javascript. node-fs.realpath node-inflight node-inherits node-minimatch node-once
node-glob-parent 6.0.2+~5.1.1-2 25 9 javascript. node-is-glob node-path-dirname
node-globals 13.23.0-1 64 11 javascript.
node-globby 13.1.3+~cs16.25.40-3 290 40 javascript. node-glob-parent node-ignore node-micromatch node-path-type node-n3 node-slash nodejs
node-got 11.8.5+~cs58.13.36-5 546 121 javascript. node-decompress-response node-get-stream node-lowercase-keys node-json-buffer node-mimic-response node-p-cancelable node-quick-lru
node-graceful-fs 4.2.10-1 49 14 javascript.
node-gyp 11.1.0+~5.0.0-1 185 68 javascript. gyp libnode-dev node-glob node-graceful-fs node-https-proxy-agent node-mkdirp node-fetch node-nopt node-npmlog node-osenv node-rimraf node-semver node-tar node-which nodejs
node-has-flag 5.0.1-1 17 4 javascript.
node-has-unicode 2.0.1-5 15 4 javascript.
node-hosted-git-info 6.1.1-2 41 13 javascript. node-lru-cache
`;
