// Generated from the Debian archive's Packages index (bookworm, amd64) by data/tools/emit.py:
// one package a line: name version installed-KiB download-kB section[flags] depends... ('=': as in trixie)
// flags: . Architecture all, * Essential, ! required, + important, ~ standard (else optional). Do not hand-edit lightly.
export default `
libpsl5 0.21.2-1 96 59 libs libidn2-0 libc6 libunistring2
libpthread-stubs0-dev 0.4-1 18 5 libdevel
libpulse0 16.1+dfsg1-2+b1 969 274 libs =
libpython3-stdlib 3.11.2-1+b1 27 9 python libpython3.11-stdlib
libpython3.11-minimal 3.11.2-6+deb12u9 5232 821 python libc6 libssl3
libpython3.11-stdlib 3.11.2-6+deb12u9 8334 1798 python libpython3.11-minimal media-types libbz2-1.0 libc6 libcrypt1 libdb5.3 libffi8 liblzma5 libncursesw6 libnsl2 libreadline8 libsqlite3-0 libtinfo6 libtirpc3 libuuid1
libquadmath0 12.2.0-14+deb12u1 292 145 libs gcc-12-base libc6
librabbitmq4 0.11.0-1+deb12u3 124 42 libs libc6 libssl3
librav1e0 0.5.1-6 2664 763 libs libc6 libgcc-s1
libraw1394-11 2.1.2-2 100 41 libs =
libreadline-dev 8.2-1.3 790 151 libdevel libreadline8 libncurses-dev dpkg
libreadline8 8.2-1.3 475 166 libs readline-common libc6 libtinfo6
librist4 0.2.7+dfsg-1 190 74 libs libc6 libcjson1 libmbedcrypto7
librsvg2-2 2.54.7+dfsg-1~deb12u2 10909 2617 libs libc6 libcairo-gobject2 libcairo2 libgcc-s1 libgdk-pixbuf-2.0-0 libglib2.0-0 libpango-1.0-0 libpangocairo-1.0-0 libxml2
librsvg2-common 2.54.7+dfsg-1~deb12u2 76 21 libs librsvg2-2 libgdk-pixbuf-2.0-0 libglib2.0-0
librsvg2-dev 2.54.7+dfsg-1~deb12u2 296 56 libdevel gir1.2-rsvg-2.0 libcairo2-dev libgdk-pixbuf-2.0-dev libglib2.0-dev librsvg2-2 librsvg2-common
librtmp1 2.4+20151223.gitfa8646d.1-2+b2 146 61 libs libc6 libgmp10 libgnutls30 libhogweed6 libnettle8 zlib1g
librubberband2 3.1.2+dfsg0-1 391 137 libs libc6 libgcc-s1 libstdc++6
libsamplerate0 0.2.2-3 1493 952 libs =
libsasl2-2 2.1.28+dfsg-10+deb12u1 167 60 libs libsasl2-modules-db libc6
libsasl2-modules-db 2.1.28+dfsg-10+deb12u1 77 21 libs libc6 libdb5.3
libsdl2-2.0-0 2.26.5+dfsg-1 1968 629 libs libasound2 libc6 libdecor-0-0 libdrm2 libgbm1 libpulse0 libsamplerate0 libwayland-client0 libwayland-cursor0 libwayland-egl1 libx11-6 libxcursor1 libxext6 libxfixes3 libxi6 libxkbcommon0 libxrandr2 libxss1
libseccomp2 2.5.4-1+deb12u1 148 47 libs =
libselinux1 3.4-1+b6 199 74 libs =
libselinux1-dev 3.4-1+b6 702 157 libdevel =
libsemanage-common 3.4-1 37 22 libs. =
libsemanage2 3.4-1+b5 297 90 libs =
libsensors-config 1:3.6.0-7.1 33 14 utils. =
libsensors5 1:3.6.0-7.1 87 34 libs =
libsepol-dev 3.4-2.1 1669 351 libdevel =
libsepol2 3.4-2.1 775 276 libs =
libserd-0-0 0.30.16-1 130 47 libs =
libserf-1-1 1.3.9-11 154 55 libs libapr1 libaprutil1 libc6 libgssapi-krb5-2 libssl3 zlib1g
libshine3 3.1.1-2 61 24 libs =
libslang2 2.3.3-3 2386 554 libs =
libsm-dev 2:1.2.3-1 106 38 libdevel libsm6 x11proto-core-dev libice-dev
libsm6 2:1.2.3-1 73 35 libs =
libsmartcols1 2.38.1-5+deb12u1 289 107 libs =
libsnappy1v5 1.1.9-3 89 26 libs =
libsndfile1 1.2.0-1+deb12u1 574 197 libs libc6 libflac12 libmp3lame0 libmpg123-0 libogg0 libopus0 libvorbis0a libvorbisenc2
libsndio7.0 1.9.0-0.3+b2 88 27 libs libasound2 libbsd0 libc6
libsodium23 1.0.18-1+deb12u1 415 162 libs =
libsord-0-0 0.16.14+git221008-1 58 21 libs libc6 libserd-0-0
libsoxr0 0.1.3-4 229 78 libs =
libspeex1 1.2.1-2 125 55 libs =
libsphinxbase3 0.8+5prealpha+1-16 326 118 libs libblas3 libc6 liblapack3 libpulse0
libsqlite3-0 3.40.1-2+deb12u2 1682 839 libs =
libsqlite3-dev 3.40.1-2+deb12u2 3150 1025 libdevel =
libsratom-0-0 0.6.14-1 60 18 libs =
libsrt1.5-gnutls 1.5.1-1+deb12u2 915 314 libs libc6 libgcc-s1 libgnutls30 libnettle8 libstdc++6
libss2 1.47.0-2+b2 71 25 libs libcom-err2 libc6
libssh-gcrypt-4 0.10.6-0+deb12u3 641 222 libs libc6 libgcrypt20 libgpg-error0 libgssapi-krb5-2 zlib1g
libssh2-1 1.10.0-3+deb12u1 353 176 libs libc6 libssl3 zlib1g
libssl-dev 3.0.22-1~deb12u2 12206 2450 libdevel libssl3
libssl3 3.0.22-1~deb12u2 6042 2040 libs libc6
libstdc++-12-dev 12.2.0-14+deb12u1 19446 2047 libdevel gcc-12-base libgcc-12-dev libstdc++6 libc6-dev
libstdc++6 12.2.0-14+deb12u1 2686 613 libs gcc-12-base libc6 libgcc-s1
libsvn1 1.14.2-4+deb12u1 4301 1411 libs libsqlite3-0 libapr1 libaprutil1 libc6 libdb5.3 libexpat1 liblz4-1 libsasl2-2 libserf-1-1 libutf8proc2 zlib1g
libsvtav1enc1 1.4.1+dfsg-1 6632 2121 libs libc6
libswresample4 7:5.1.9-0+deb12u1 236 107 libs libavutil57 libc6 libsoxr0
libswscale6 7:5.1.9-0+deb12u1 760 225 libs libavutil57 libc6
libsystemd0 252.38-1~deb12u1 908 333 libs libc6 libcap2 libgcrypt20 liblz4-1 liblzma5 libzstd1
libtasn1-6 4.19.0-2+deb12u1 116 49 libs =
libthai-data 0.1.29-1 626 176 libs. =
libthai0 0.1.29-1 99 57 libs =
libtheora0 1.1.1+dfsg.1-16.1+deb12u1 648 154 libs libc6 libcairo2 libogg0
libtiff-dev 4.5.0-6+deb12u4 1277 456 libdevel =
libtiff6 4.5.0-6+deb12u4 716 316 libs =
libtiffxx6 4.5.0-6+deb12u4 164 144 libs =
libtinfo6 6.4-4 541 331 libs =
libtirpc-common 1.3.3+ds-1 35 14 libs. =
libtirpc-dev 1.3.3+ds-1 717 191 libdevel libtirpc3
libtirpc3 1.3.3+ds-1 226 85 libs libc6 libgssapi-krb5-2 libtirpc-common
libtool 2.4.7-7~deb12u1 1213 517 devel. =
libtsan2 12.2.0-14+deb12u1 7815 2197 libs gcc-12-base libc6 libgcc-s1
libtwolame0 0.4.0-2 147 51 libs =
libubsan1 12.2.0-14+deb12u1 2652 883 libs gcc-12-base libc6 libgcc-s1 libstdc++6
libudev1 252.38-1~deb12u1 239 109 libs libc6
libudfread0 1.1.2-1 56 16 libs =
libunistring2 1.0-2 1807 437 libs libc6
libusb-1.0-0 2:1.0.26-1 155 63 libs =
libutf8proc2 2.8.0-1 367 60 libs libc6
libuuid1 2.38.1-5+deb12u1 79 29 libs =
libuv1 1.44.2-1+deb12u1 294 136 libs libc6
libuv1-dev 1.44.2-1+deb12u1 672 172 libdevel libuv1
libva-drm2 2.17.0-1 43 16 libs =
libva-x11-2 2.17.0-1 55 21 libs =
libva2 2.17.0-1 217 69 libs =
libvdpau1 1.5-2 106 26 libs =
libvidstab1.1 1.1.0-2+b1 99 38 libs =
libvorbis0a 1.3.7-1 205 93 libs =
libvorbisenc2 1.3.7-1 703 81 libs =
libvorbisfile3 1.3.7-1 63 26 libs =
libvpx7 1.12.0-1+deb12u5 3061 1003 libs libc6
libvulkan1 1.3.239.0-1 477 116 libs =
libwayland-client0 1.21.0-1 89 28 libs =
libwayland-cursor0 1.21.0-1 54 14 libs =
libwayland-egl1 1.21.0-1 33 9 libs =
libwayland-server0 1.21.0-1 111 36 libs =
libwebp-dev 1.2.4-0.2+deb12u1 1084 400 libdevel libwebp7 libwebpmux3 libwebpdemux2
libwebp7 1.2.4-0.2+deb12u1 544 286 libs libc6
libwebpdemux2 1.2.4-0.2+deb12u1 120 99 libs =
libwebpmux3 1.2.4-0.2+deb12u1 144 109 libs =
libwmf-0.2-7 0.2.12-5.1 403 117 libs libc6 libexpat1 libfreetype6 libjpeg62-turbo libpng16-16 libwmflite-0.2-7 libx11-6 zlib1g
libwmf-dev 0.2.12-5.1 906 205 libdevel =
libwmflite-0.2-7 0.2.12-5.1 201 75 libs =
libx11-6 2:1.8.4-2+deb12u2 1562 760 libs =
libx11-data 2:1.8.4-2+deb12u2 1577 292 x11. =
libx11-dev 2:1.8.4-2+deb12u2 2600 837 libdevel =
libx11-xcb1 2:1.8.4-2+deb12u2 252 192 libs =
libx264-164 2:0.164.3095+gitbaee400-3 1877 547 libs =
libx265-199 3.5-2+b1 16203 1150 libs libc6 libnuma1 libstdc++6
libxau-dev 1:1.0.9-1 65 23 libdevel =
libxau6 1:1.0.9-1 42 20 libs =
libxcb-dri2-0 1.15-1 136 107 libs libc6 libxcb1
libxcb-dri3-0 1.15-1 136 107 libs =
libxcb-glx0 1.15-1 244 122 libs =
libxcb-present0 1.15-1 126 105 libs =
libxcb-randr0 1.15-1 192 117 libs =
libxcb-render0 1.15-1 176 115 libs =
libxcb-render0-dev 1.15-1 278 118 libdevel =
libxcb-shape0 1.15-1 127 106 libs =
libxcb-shm0 1.15-1 126 105 libs =
libxcb-shm0-dev 1.15-1 139 107 libdevel =
libxcb-sync1 1.15-1 145 109 libs =
libxcb-xfixes0 1.15-1 151 109 libs =
libxcb1 1.15-1 296 144 libs =
libxcb1-dev 1.15-1 771 181 libdevel libxcb1 libpthread-stubs0-dev libxau-dev libxdmcp-dev
libxcursor1 1:1.2.1-1 83 41 libs =
libxdmcp-dev 1:1.1.2-3 81 42 libdevel libxdmcp6 x11proto-core-dev
libxdmcp6 1:1.1.2-3 53 26 libs libbsd0 libc6
libxext-dev 2:1.3.4-1+b1 330 107 libdevel =
libxext6 2:1.3.4-1+b1 132 53 libs =
libxfixes3 1:6.0.0-2 57 23 libs =
libxi6 2:1.8-1+b1 149 84 libs =
libxkbcommon0 1.5.0-1 296 106 libs =
libxml2 2.9.14+dfsg-1.3~deb12u4 1867 687 libs libc6 libicu72 liblzma5 zlib1g
libxml2-dev 2.9.14+dfsg-1.3~deb12u4 3284 782 libdevel libicu-dev libxml2
libxpm4 1:3.5.12-1.1+deb12u1 111 49 libs =
libxrandr2 2:1.5.2-2+b1 88 39 libs =
libxrender-dev 1:0.9.10-1.1 112 41 libdevel libxrender1 libx11-dev x11proto-render-dev x11proto-core-dev
libxrender1 1:0.9.10-1.1 78 33 libs =
libxshmfence1 1.3-1 26 9 libs =
libxslt1-dev 1.1.35-1+deb12u3 2535 346 libdevel =
libxslt1.1 1.1.35-1+deb12u3 493 231 libs =
libxss1 1:1.2.3-1 42 18 libs =
libxt-dev 1:1.2.1-1.1 1384 405 libdevel libxt6 libx11-dev x11proto-dev libsm-dev
libxt6 1:1.2.1-1.1 478 186 libs libc6 libice6 libsm6 libx11-6
libxtables12 1.8.9-2 101 31 libs =
libxv1 2:1.0.11-1.1 53 25 libs =
libxvidcore4 2:1.3.7-1 734 242 libs =
libxxf86vm1 1:1.1.4-1+b2 50 21 libs =
libxxhash0 0.8.1-1 99 28 libs =
libyaml-0-2 0.2.5-1 152 54 libs =
libyaml-dev 0.2.5-1 256 65 libdevel =
libyuv0 0.0~git20230123.b2528b0-1 671 168 libs =
libz3-4 4.8.12-3.1 22767 7216 libs =
libzimg2 3.0.4+ds1-1 852 227 libs =
libzmq5 4.3.4-6 808 273 libs libbsd0 libc6 libgcc-s1 libgssapi-krb5-2 libnorm1 libpgm-5.3-0 libsodium23 libstdc++6
libzstd-dev 1.5.4+dfsg2-5 1224 354 libdevel =
libzstd1 1.5.4+dfsg2-5 785 290 libs =
libzvbi-common 0.2.41-1+deb12u1 191 70 devel. =
libzvbi0 0.2.41-1+deb12u1 727 275 libs libc6 libpng16-16 libzvbi-common
linux-libc-dev 6.1.192-3 7191 2458 devel =
locales 2.36-9+deb12u7 15844 3902 localization.~ =
login 1:4.13+dfsg1-1+deb12u2 2550 616 admin*! libaudit1 libc6 libcrypt1 libpam0g libpam-runtime libpam-modules
logsave 1.47.0-2+b2 50 20 admin libc6
lsb-base 11.6 12 5 misc. =
m4 1.4.19-3 670 287 interpreters =
make 4.3-4.1 1592 396 devel =
mariadb-common 1:10.11.19-0+deb12u1 69 28 database. =
mawk 1.3.4.20200120-3.1 263 119 interpreters! =
media-types 10.0.0 92 26 net.~ =
mercurial 6.3.2-1+deb12u1 1049 335 vcs =
mercurial-common 6.3.2-1+deb12u1 14577 2768 vcs. =
mount 2.38.1-5+deb12u1 393 134 admin! =
mysql-common 5.8+1.1.0 33 7 database. =
nano 7.2-1+deb12u1 2804 690 editors+ =
ncurses-base 6.4-4 379 261 misc*.! =
ncurses-bin 6.4-4 636 421 utils*! =
net-tools 2.10-0.1+deb12u2 978 243 net =
netbase 6.4 36 13 admin.+ =
netcat-openbsd 1.219-1 108 42 net =
nginx 1.22.1-9+deb12u11 1336 532 httpd libc6 libcrypt1 libpcre2-8-0 libssl3 zlib1g iproute2 nginx-common
nginx-common 1.22.1-9+deb12u11 333 116 httpd. =
node-abbrev 1.1.1+~1.1.2-1 21 6 javascript. =
node-acorn 8.8.1+ds+~cs25.17.7-2 911 128 javascript. =
node-agent-base 6.0.2+~cs5.4.2-2 100 17 javascript. node-debug node-semver
node-ajv 6.12.6-3 365 74 javascript. =
node-ajv-keywords 3.5.2-2 77 20 javascript. node-ajv
node-ampproject-remapping 2.2.0+~cs5.15.37-1 689 59 javascript. =
node-ansi-escapes 5.0.0+really.4.3.1-1 26 9 javascript. =
node-ansi-regex 5.0.1-1 17 5 javascript. =
node-ansi-styles 6.2.1-2 34 9 javascript. =
node-anymatch 3.1.3+~cs4.6.1-2 119 33 javascript. =
node-aproba 2.0.0-3 20 6 javascript. =
node-archy 1.0.0-6 19 5 javascript. =
node-are-we-there-yet 3.0.1+~1.1.0-1 36 10 javascript. =
node-argparse 2.0.1-2 165 35 javascript. =
node-arrify 2.0.1-3 15 4 javascript. =
node-assert 2.0.0+~cs3.9.8-2 134 27 javascript. =
node-async 0.8.0-6 14 4 javascript. libjs-async
node-async-each 1.0.3-3 17 4 javascript. =
node-babel-helper-define-polyfill-provider 0.3.3~0~20220913+ds1-1 230 27 javascript. =
node-babel-plugin-add-module-exports 1.0.4+dfsg1~cs5.8.0-4 34 9 javascript. =
node-babel-plugin-lodash 3.3.4+~cs2.0.1-6 47 11 javascript. =
node-babel-plugin-polyfill-corejs2 0.3.3~0~20220913+ds1-1 97 17 javascript. =
node-babel-plugin-polyfill-corejs3 0.6.0~0~20220913+ds1-1 191 30 javascript. =
node-babel-plugin-polyfill-regenerator 0.4.1~0~20220913+ds1-1 23 5 javascript. =
node-babel7 7.20.15+ds1+~cs214.269.168-3+deb12u1 7325 712 javascript. node-ampproject-remapping node-babel-plugin-add-module-exports node-babel7-runtime node-babel-plugin-polyfill-corejs2 node-babel-plugin-polyfill-corejs3 node-babel-plugin-polyfill-regenerator node-browserslist node-chalk node-clone-deep node-commander node-convert-source-map node-core-js node-core-js-compat node-core-js-pure node-debug node-esutils node-find-cache-dir node-fs-readdir-recursive node-glob node-globals node-js-tokens node-jsesc node-json5 node-lodash node-lodash-packages node-make-dir node-quick-lru node-regenerator-transform node-regexpu-core node-resolve node-semver node-slash node-source-map node-source-map-support node-to-fast-properties node-v8flags nodejs
node-babel7-runtime 7.20.15+ds1+~cs214.269.168-3+deb12u1 467 116 javascript. =
node-balanced-match 2.0.0-1 21 5 javascript. =
node-base64-js 1.5.1+dfsg+~1.3.0-2 27 7 javascript. =
node-binary-extensions 2.2.0-2 17 4 javascript. =
node-brace-expansion 2.0.1-2 22 7 javascript. =
node-braces 3.0.2+~3.0.1-1 60 21 javascript. =
node-browserslist 4.21.4+~cs6.1.17-2 280 63 javascript. =
node-builtins 5.0.1-1 15 4 javascript. =
node-busboy 1.6.0+~cs2.6.0-2 89 17 javascript.
node-cacache 17.0.3+~cs10.3.7-1 148 45 javascript. =
node-camelcase 7.0.0-3 29 6 javascript. =
node-caniuse-lite 1.0.30001436+dfsg+~1.0.1-1 2364 208 javascript. =
node-chalk 5.2.0-1 79 18 javascript. =
node-chokidar 3.5.3-2 115 32 javascript. =
node-chownr 2.0.0-2 18 4 javascript. =
node-chrome-trace-event 1.0.3-2 29 7 javascript. =
node-ci-info 3.6.1+~cs1.1.0-1 37 12 javascript. =
node-cjs-module-lexer 1.2.2+dfsg-5 160 30 javascript. =
node-cli-table 0.3.11+~cs0.13.4-3 117 24 javascript. =
node-cliui 7.0.4+repack+~cs3.1.0-4 53 11 javascript. =
node-clone 2.1.2-4 24 8 javascript. =
node-clone-deep 4.0.1+~cs7.0.2-1 26 7 javascript. =
node-color-convert 2.0.1+~cs2.0.0-2 57 13 javascript. =
node-color-name 1.1.4+~1.1.1-2 26 6 javascript. =
node-colors 1.4.0-4 62 12 javascript. =
node-columnify 1.6.0+~1.5.1-1 48 12 javascript. =
node-commander 9.4.1-1 228 65 javascript. =
node-commondir 1.0.1+~1.0.0-1 18 4 javascript. =
node-concat-stream 2.0.0+~2.0.0-2 25 6 javascript. =
node-console-control-strings 1.1.0-3 17 6 javascript. =
node-convert-source-map 1.9.0+~1.5.2-1 31 8 javascript. =
node-copy-concurrently 1.0.5-9 24 7 javascript. =
node-core-js 3.26.1-3 3746 268 javascript. =
node-core-js-compat 3.26.1-3 605 66 javascript. =
node-core-js-pure 3.26.1-3 3673 250 javascript. =
node-core-util-is 1.0.3-1 17 4 javascript. =
node-css-loader 6.7.2+~cs14.0.11-1 317 73 javascript. =
node-css-selector-tokenizer 0.8.0+~cs4.8.3-1 63 13 javascript. =
node-data-uri-to-buffer 4.0.0-3 25 6 javascript. =
node-debbundle-es-to-primitive 1.2.1+~cs9.7.25-2 139 40 javascript. =
node-debug 4.3.4+~cs4.1.7-1 49 18 javascript. =
node-decamelize 4.0.0-2 16 4 javascript. =
node-decompress-response 6.0.0-2 17 5 javascript. =
node-deep-equal 2.1.0+~cs31.12.80-1 196 35 javascript. node-debbundle-es-to-primitive node-define-properties node-es-abstract node-tape node-function-bind node-isarray node-object-inspect node-resolve
node-deep-is 0.1.4-1 20 5 javascript. =
node-defaults 1.0.4+~1.0.3-1 18 4 javascript. =
node-define-properties 1.1.4+~1.1.3-1 24 7 javascript. =
node-defined 1.0.1+~1.0.0-1 25 7 javascript. =
node-del 7.0.0-5 30 7 javascript. =
node-delegates 1.0.0-3 19 5 javascript. =
node-depd 2.0.0-2 34 11 javascript. =
node-diff 5.0.0~dfsg+~5.0.1-4 413 70 javascript. =
node-doctrine 3.0.0-4 91 20 javascript. =
node-electron-to-chromium 1.4.284-1 203 21 javascript. =
node-encoding 0.1.13-2 18 4 javascript. =
node-end-of-stream 1.4.4+~1.4.1-1 21 5 javascript. node-once
node-enhanced-resolve 5.10.0-1 189 34 javascript. =
node-err-code 2.0.3+dfsg-3 19 5 javascript. =
node-errno 1.0.0-3 24 8 javascript. =
node-error-ex 1.3.2-4 17 6 javascript. =
node-es-abstract 1.20.4+~cs26.27.47-1 3056 137 javascript. =
node-es-module-lexer 1.1.0+dfsg-2+deb12u1 89 20 javascript. =
node-es6-error 4.1.1-5 30 6 javascript. =
node-escape-string-regexp 4.0.0-2 16 4 javascript. =
node-escodegen 2.0.0+dfsg+~0.0.7-2 141 23 javascript. =
node-eslint-scope 7.1.1+~3.7.4-1 299 36 javascript. =
node-eslint-utils 3.0.0-3 81 15 javascript. =
node-eslint-visitor-keys 3.3.0+~1.0.0-1 88 17 javascript. =
node-espree 9.4.1~dfsg-1 122 41 javascript. =
node-esprima 4.0.1+ds+~4.0.3-2 477 69 javascript. =
node-esquery 1.4.2~ds-1 386 25 javascript. =
node-esrecurse 4.3.0-2 20 6 javascript. =
node-estraverse 5.3.0+ds+~5.1.1-1 50 12 javascript. =
node-esutils 2.0.3+~2.0.0-1 67 12 javascript. =
node-events 3.3.0+~3.0.0-3 21 6 javascript. =
node-fancy-log 1.3.3+~cs1.3.1-2 40 8 javascript. =
node-fast-deep-equal 3.1.3-3 31 6 javascript. =
node-fast-levenshtein 2.0.6+ds-3 22 6 javascript. =
node-fetch 3.3.0+~cs11.4.11-2 8259 212 javascript. =
node-file-entry-cache 6.0.0+~3.0.4+~2.0.0+~1.0.0+~2.0.1-5 48 15 javascript. =
node-fill-range 7.0.1+~7.0.0-1 29 9 javascript. =
node-find-cache-dir 3.3.2+~3.2.1-1 24 6 javascript. =
node-find-up 6.3.0-7 37 9 javascript. =
node-flat-cache 3.0.4~6.0.0+~3.0.4+~2.0.0+~1.0.0+~2.0.1-5 52 20 javascript. =
node-flatted 3.2.7~ds-1+deb12u1 45 10 javascript. =
node-for-in 1.0.2-4 18 5 javascript. =
node-for-own 1.0.0-3 18 5 javascript. =
node-foreground-child 2.0.0-5 20 6 javascript. =
node-fs-readdir-recursive 1.1.0+~1.1.0-1 20 5 javascript. =
node-fs-write-stream-atomic 1.0.10-6 20 5 javascript. =
node-fs.realpath 1.0.0-3 25 6 javascript. =
node-function-bind 1.1.1+repacked+~1.0.3-2 28 5 javascript. =
node-functional-red-black-tree 1.0.1+20181105-7 57 14 javascript. =
node-gauge 4.0.4-1 58 20 javascript. =
node-get-caller-file 2.0.5+~cs1.1.1-4 24 6 javascript. =
node-get-stream 6.0.1-1 21 7 javascript. node-pump
node-glob 8.0.3+~cs8.4.15-1 220 133 javascript. =
node-glob-parent 6.0.2+~5.1.1-2 25 9 javascript. =
node-globals 13.18.0-1 58 11 javascript. =
node-globby 13.1.3+~cs16.25.40-1+deb12u1 290 40 javascript. =
node-got 11.8.5+~cs58.13.36-3 546 121 javascript. =
node-graceful-fs 4.2.10-1 49 14 javascript. =
node-gyp 9.3.0-2 156 58 javascript. =
node-has-flag 4.0.0-3 16 4 javascript. =
node-has-unicode 2.0.1-5 15 4 javascript. =
node-hosted-git-info 6.1.1-2 41 13 javascript. =
node-https-proxy-agent 5.0.1+~cs8.0.0-3 92 16 javascript. node-agent-base node-debug node-events
node-iconv-lite 0.6.3-3 359 115 javascript. =
node-icss-utils 5.1.0+~5.1.0-1 30 8 javascript. =
node-ieee754 1.2.1-3 20 5 javascript. =
node-iferr 1.0.2+~1.0.2-1 19 5 javascript. =
node-ignore 5.2.1-1 97 26 javascript. =
node-imurmurhash 0.1.4+dfsg+~0.1.1-2 28 8 javascript. =
node-indent-string 4.0.0-2 16 4 javascript. =
node-inflight 1.0.6-2 15 4 javascript. =
node-inherits 2.0.4-6 16 5 javascript. =
node-ini 3.0.1-2 24 7 javascript. =
node-interpret 2.2.0-3 22 8 javascript. =
node-ip 2.0.0+~1.1.0-1 34 8 javascript. =
node-ip-regex 4.3.0+~4.1.1-1 22 5 javascript. =
node-is-arrayish 0.3.2-3 15 4 javascript. =
node-is-binary-path 2.1.0-5 15 4 javascript. =
node-is-buffer 2.0.5-2 17 4 javascript. =
node-is-extendable 1.0.1-3 17 5 javascript. =
node-is-extglob 2.1.1-5 18 5 javascript. =
node-is-glob 4.0.3-2 20 7 javascript. =
node-is-number 7.0.0-4 17 6 javascript. =
node-is-path-cwd 2.2.0-2 15 4 javascript. =
node-is-path-inside 3.0.3-2 16 4 javascript. =
node-is-plain-obj 3.0.0-2 16 4 javascript. =
node-is-plain-object 5.0.0-7 20 6 javascript. =
node-is-stream 3.0.0-4 21 5 javascript. =
node-is-typedarray 1.0.0-4 13 3 javascript. =
node-is-windows 1.0.2+~cs1.0.0-1 20 6 javascript. =
node-isarray 2.0.5-4 15 4 javascript. =
node-isexe 2.0.0+~2.0.1-5 24 6 javascript. =
node-isobject 4.0.0-2 18 5 javascript. =
node-istanbul 0.4.5+repack10+~cs97.25.57-3 1127 207 javascript. handlebars libjs-prettify node-abbrev node-archy node-async node-convert-source-map node-decamelize node-es6-error node-escodegen node-esprima node-find-cache-dir node-find-up node-foreground-child node-glob node-graceful-fs node-is-stream node-is-windows node-js-yaml node-lodash-packages node-make-dir node-mkdirp node-nopt node-once node-p-map node-npm-run-path node-resolve node-resolve-from node-rimraf node-shebang-command node-signal-exit node-strip-bom node-supports-color node-read-pkg node-uuid node-which node-wordwrap node-write-file-atomic node-yargs nodejs
node-jest-debbundle 29.3.1~ds1+~cs70.48.25-2 397 129 javascript. =
node-jest-worker 29.3.1~ds1+~cs70.48.25-2 317 112 javascript. =
node-js-tokens 8.0.0-2 37 15 javascript. =
node-js-yaml 4.1.0+dfsg+~4.0.5-7 451 67 javascript. =
node-jsesc 3.0.2+~3.0.1-1 64 18 javascript. =
node-json-buffer 3.0.1+~3.0.0-1 19 5 javascript. =
node-json-parse-better-errors 1.0.2+~cs3.3.1-2 29 8 javascript. =
node-json-schema 0.4.0+~7.0.11-1 66 13 javascript. =
node-json-schema-traverse 1.0.0-3 27 6 javascript. =
node-json-stable-stringify 1.0.2+~cs5.2.34-1 49 11 javascript. =
node-json5 2.2.3+dfsg-1 95 26 javascript. =
node-jsonify 0.0.1-1 29 9 javascript. =
node-jsonparse 1.3.1-10 42 8 javascript. =
node-kind-of 6.0.3+dfsg-2 23 10 javascript. =
node-levn 0.4.1+dfsg-2 30 10 javascript. =
node-loader-runner 4.3.0-1 31 8 javascript. =
node-locate-path 7.1.1-2 21 6 javascript. =
node-lodash 4.17.21+dfsg+~cs8.31.198.20210220-9+deb12u1 5398 462 javascript. =
node-lodash-packages 4.17.21+dfsg+~cs8.31.198.20210220-9+deb12u1 10192 179 javascript. =
node-lowercase-keys 2.0.0-2 15 4 javascript. =
node-lru-cache 7.14.1-1 72 26 javascript. node-yallist
node-make-dir 3.1.0-3 23 6 javascript. =
`;
