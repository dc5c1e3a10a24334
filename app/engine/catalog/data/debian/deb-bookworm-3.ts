// Generated from the Debian archive's Packages index (bookworm, amd64) by data/tools/emit.py:
// one package a line: name version installed-KiB download-kB section[flags] depends... ('=': as in trixie)
// flags: . Architecture all, * Essential, ! required, + important, ~ standard (else optional). Do not hand-edit lightly.
export default `
node-memfs 3.4.12+~cs1.0.3-1 242 47 javascript. =
node-memory-fs 0.5.0+~0.3.3-2 38 8 javascript. =
node-merge-stream 2.0.0+~1.1.2-2 20 5 javascript. =
node-micromatch 4.0.5+~4.0.2-1 77 26 javascript. =
node-mime 3.0.0+dfsg+~cs3.97.1-1 269 40 javascript. =
node-mime-types 2.1.35-1 29 9 javascript. =
node-mimic-response 3.1.0-8 21 5 javascript. =
node-minimatch 5.1.1+~5.1.2-1 61 19 javascript. =
node-minimist 1.2.7+~cs5.3.2-2 47 15 javascript. =
node-minipass 3.3.6+~cs9.4.19-1+deb12u1 165 43 javascript. =
node-mkdirp 1.0.4+~1.0.2-4 37 12 javascript. =
node-move-concurrently 1.0.1-5 18 5 javascript. =
node-ms 2.1.3+~cs0.7.31-3 21 6 javascript. =
node-mute-stream 0.0.8+~0.0.1-3 25 6 javascript. =
node-n3 1.16.3+~1.2.3+~1.10.4-1 178 37 javascript. =
node-negotiator 0.6.3+~0.6.1-1 52 11 javascript. =
node-neo-async 2.6.2+~cs3.0.0-2 578 35 javascript. =
node-nopt 5.0.0-4 37 12 javascript. =
node-normalize-package-data 4.0.1+~2.4.1-1 47 14 javascript. =
node-normalize-path 3.0.0+~3.0.0-1 20 7 javascript. =
node-npm-bundled 2.0.1-2 24 6 javascript. =
node-npm-package-arg 10.0.0+~3.0.0-2 40 11 javascript. =
node-npm-run-path 5.1.0+~4.0.0-8 30 6 javascript. =
node-npmlog 7.0.1+~4.1.4-1 35 11 javascript. =
node-object-assign 4.1.1-7 17 5 javascript. =
node-object-inspect 1.12.2+~cs1.8.1-1 61 21 javascript. =
node-once 1.4.0-7 16 4 javascript. =
node-optimist 0.6.1+~0.0.30-2 49 14 javascript. =
node-optionator 0.9.1+dfsg+~cs1.2.3-1 58 18 javascript. =
node-osenv 0.1.5+~0.1.1-1 22 6 javascript. =
node-p-cancelable 2.1.1-1 22 7 javascript. =
node-p-limit 4.0.0+~cs4.0.0-5 35 8 javascript. =
node-p-locate 6.0.0-12 23 6 javascript. =
node-p-map 4.0.0+~3.1.0+~3.0.1-1 31 8 javascript. =
node-parse-json 5.2.0+~cs5.1.7-1 31 7 javascript. =
node-path-dirname 1.0.2-2 18 4 javascript. =
node-path-exists 5.0.0-8 18 5 javascript. =
node-path-is-absolute 2.0.0-2 15 4 javascript. =
node-path-is-inside 1.0.2+~1.0.0-1 20 5 javascript. =
node-path-type 4.0.0-3 18 4 javascript. =
node-picocolors 1.0.0-4 22 7 javascript. =
node-pify 5.0.0+~cs5.0.1-1 23 7 javascript. =
node-pkg-dir 5.0.0-2 16 4 javascript. =
node-postcss 8.4.20+~cs8.0.23-1+deb12u1 664 181 javascript. =
node-postcss-modules-extract-imports 3.0.0-2 25 7 javascript. =
node-postcss-modules-values 4.0.0+~4.0.0-1 28 7 javascript. =
node-postcss-value-parser 4.2.0-1 38 10 javascript. =
node-prelude-ls 1.2.1+dfsg-3 51 11 javascript. =
node-process-nextick-args 2.0.1-3 15 4 javascript. =
node-progress 2.0.3-2 28 8 javascript. =
node-promise-inflight 1.0.1+~1.0.0-1 19 5 javascript. =
node-promise-retry 2.0.1-4 18 5 javascript. =
node-promzard 0.3.0-2 20 7 javascript. =
node-prr 1.0.1-3 16 4 javascript. =
node-pump 3.0.0-5 18 5 javascript. node-end-of-stream node-once
node-punycode 2.1.1-6 41 9 javascript. nodejs
node-quick-lru 6.1.1-4 32 8 javascript. =
node-randombytes 2.1.0+~2.0.0-2 20 5 javascript. =
node-read 1.0.7-5 20 5 javascript. =
node-read-package-json 5.0.2+~2.0.0-1 39 12 javascript. =
node-read-pkg 5.2.0-2 103 24 javascript. =
node-readable-stream 3.6.0+~cs3.0.0-4 149 32 javascript. =
node-readdirp 3.6.0-1 36 11 javascript. =
node-rechoir 0.8.0+~0.6.1-2 28 7 javascript. =
node-regenerate 1.4.2-3 17 7 javascript. =
node-regenerate-unicode-properties 10.1.0+ds-1 910 51 javascript. =
node-regenerator-runtime 0.15.1+~0.10.8-1 40 11 javascript. =
node-regenerator-transform 0.15.1+~0.10.8-1 152 25 javascript. =
node-regexpp 3.2.0-4+deb12u1 313 27 javascript. =
node-regexpu-core 5.2.2-3 56 14 javascript. =
node-regjsgen 0.7.1+ds-1 28 7 javascript. =
node-regjsparser 0.9.1+ds-2 94 22 javascript. =
node-repeat-string 1.6.1+repack-1 17 6 javascript. =
node-require-directory 2.1.1+~2.1.2-1 24 7 javascript. =
node-resolve 1.22.1+~cs5.31.10-1 128 28 javascript. node-function-bind
node-resolve-cwd 3.0.0-2 17 4 javascript. =
node-resolve-from 5.0.0+~3.1.0+~3.3.0+~2.0.0-1 35 7 javascript. =
node-resumer 0.0.0-6 18 4 javascript. =
node-retry 0.13.1+~0.12.1-1 39 11 javascript. =
node-rimraf 3.0.2-2 41 11 javascript. =
node-run-queue 2.0.0-3 18 5 javascript. =
node-safe-buffer 5.2.1+~cs2.1.2-3 53 16 javascript. =
node-schema-utils 3.1.1~ds-2 92 20 javascript. =
node-semver 7.3.5+~7.3.9-2 189 42 javascript. =
node-serialize-javascript 6.0.0-2+deb12u1 45 13 javascript. =
node-set-blocking 2.0.0-2 16 4 javascript. =
node-set-immediate-shim 2.0.0-2 14 4 javascript. =
node-shebang-command 2.0.0-1 14 4 javascript. =
node-shebang-regex 3.0.0-2 15 4 javascript. =
node-signal-exit 3.0.7+~3.0.1-1 28 8 javascript. =
node-slash 4.0.0-3 17 4 javascript. =
node-slice-ansi 5.0.0+~cs9.0.0-5 34 9 javascript. =
node-source-list-map 2.0.1+dfsg-2 43 9 javascript. =
node-source-map 0.7.0++dfsg2+really.0.6.1-15 247 42 javascript. =
node-source-map-support 0.5.21+ds+~0.5.4-1 48 14 javascript. =
node-spdx-correct 3.1.1-2 24 5 javascript. =
node-spdx-exceptions 2.3.0-2 15 4 javascript. =
node-spdx-expression-parse 3.0.1+~3.0.1-1 30 8 javascript. =
node-spdx-license-ids 3.0.12-1 23 6 javascript. =
node-sprintf-js 1.1.2+ds1+~1.1.2-1 29 4 javascript. =
node-ssri 9.0.1-2 40 18 javascript. =
node-string-decoder 1.3.0-6 26 7 javascript. =
node-string-width 4.2.3+~cs13.2.3-1 122 11 javascript. =
node-strip-ansi 6.0.1-2 16 4 javascript. =
node-strip-bom 4.0.0-2 16 4 javascript. =
node-strip-json-comments 4.0.0-4 23 6 javascript. =
node-supports-color 8.1.1+~8.1.1-1 26 7 javascript. =
node-tapable 2.2.1-2 61 14 javascript. =
node-tape 5.6.1+~cs8.20.19-1 184 71 javascript. =
node-tar 6.1.13+~cs7.0.5-1+deb12u1 204 53 javascript. =
node-terser 5.16.5-2 2067 204 javascript. =
node-text-table 0.2.0-4 19 5 javascript. =
node-through 2.3.8+~cs0.0.30-1 21 5 javascript. =
node-time-stamp 2.2.0-2 18 6 javascript. =
node-to-fast-properties 3.0.1-3 16 4 javascript. =
node-to-regex-range 5.0.1-4 26 11 javascript. =
node-tslib 2.4.1-1 76 19 javascript. =
node-type-check 0.4.0+dfsg-3 27 9 javascript. =
node-typedarray 0.0.7-1 41 11 javascript. =
node-typedarray-to-buffer 4.0.0-2 14 3 javascript. =
node-undici 5.15.0+dfsg1+~cs20.10.9.3-1+deb12u3 1482 284 javascript. node-busboy
node-unicode-canonical-property-names-ecmascript 2.0.0-2 16 5 javascript. =
node-unicode-match-property-ecmascript 2.0.0-2 17 4 javascript. =
node-unicode-match-property-value-ecmascript 2.1.0+ds-1 38 7 javascript. =
node-unicode-property-aliases-ecmascript 2.1.0+ds-1 18 5 javascript. =
node-unique-filename 1.1.1+ds-2 19 4 javascript. =
node-uri-js 4.4.0+dfsg-8 300 47 javascript. =
node-util 0.12.5+~1.0.10-1 21 6 javascript. =
node-util-deprecate 1.0.2-3 19 4 javascript. =
node-uuid 8.3.2+~8.3.3-3 212 44 javascript. =
node-v8-compile-cache 2.3.0-3+deb12u1 28 8 javascript. =
node-v8flags 3.2.0+~3.1.1-1 27 8 javascript. =
node-validate-npm-package-license 3.0.4-2 17 4 javascript. =
node-validate-npm-package-name 5.0.0+~4.0.0-1 28 7 javascript. =
node-watchpack 2.4.0+~cs2.8.1-1 87 20 javascript. =
node-wcwidth.js 1.0.2-2 21 7 javascript. =
node-webassemblyjs 1.11.4+dfsg+~cs10.11.17-2 1689 139 javascript. =
node-webpack-sources 3.2.3+~3.2.0-2 133 23 javascript. =
node-which 2.0.2+~cs1.3.2-3 31 8 javascript. =
node-wide-align 1.1.3-4 16 4 javascript. =
node-wordwrap 1.0.0-4 20 5 javascript. =
node-wrap-ansi 8.0.1+~8.0.1-3 49 12 javascript. =
node-wrappy 1.0.2-3 14 4 javascript. =
node-write 2.0.0~6.0.0+~3.0.4+~2.0.0+~1.0.0+~2.0.1-5 74 18 javascript. =
node-write-file-atomic 4.0.2+~4.0.0-1 35 9 javascript. =
node-xtend 4.0.2-3 16 4 javascript. =
node-y18n 5.0.8+~5.0.0-3 48 10 javascript. =
node-yallist 4.0.0+~4.0.1-1 31 8 javascript. =
node-yargs 16.2.0+~16.0.4-7 528 128 javascript. =
node-yargs-parser 21.1.1+~21.0.0-4 160 28 javascript. =
nodejs 18.20.4+dfsg-1~deb12u3 3934 322 web libc6 libnode108
npm 9.2.0~ds1-1 2941 669 web. ca-certificates node-abbrev node-agent-base node-aproba node-archy node-base64-js node-binary-extensions node-cacache node-chalk node-chownr node-ci-info node-cli-table node-colors node-columnify node-css-selector-tokenizer node-debug node-depd node-diff node-string-width node-encoding node-events node-glob node-got node-graceful-fs node-gyp node-hosted-git-info node-https-proxy-agent node-ieee754 node-ini node-ip node-ip-regex node-json-parse-better-errors node-jsonparse node-lru-cache node-minimatch node-minipass node-mkdirp node-ms node-negotiator node-nopt node-normalize-package-data node-npm-bundled node-read-package-json node-npm-package-arg node-npmlog node-once node-p-map node-css-loader node-promise-retry node-promzard node-read node-rimraf node-semver node-ssri node-strip-ansi node-tar node-text-table node-validate-npm-package-license node-validate-npm-package-name node-which node-wrappy node-write-file-atomic node-yallist nodejs
ocl-icd-libopencl1 2.3.1-1 140 43 libs =
openssh-client 1:9.2p1-2+deb12u9 5796 993 net~ adduser passwd libc6 libedit2 libfido2-1 libgssapi-krb5-2 libselinux1 libssl3 zlib1g
openssl 3.0.22-1~deb12u2 2315 1442 utils libc6 libssl3
passwd 1:4.13+dfsg1-1+deb12u2 2827 972 admin! libaudit1 libc6 libcrypt1 libpam0g libselinux1 libsemanage2 libpam-modules
patch 2.7.6-7 248 128 vcs =
perl 5.36.0-7+deb12u4 670 239 perl~ dpkg perl-base perl-modules-5.36 libperl5.36
perl-base 5.36.0-7+deb12u4 7643 1610 perl*! libc6 libcrypt1 dpkg
perl-modules-5.36 5.36.0-7+deb12u4 17821 2817 libs. dpkg perl-base
pinentry-curses 1.2.1-1 140 77 utils libassuan0 libc6 libgpg-error0 libncursesw6 libtinfo6
pkg-config 1.8.1-1 29 14 devel =
pkgconf 1.8.1-1 65 26 devel =
pkgconf-bin 1.8.1-1 81 29 devel =
postgresql-client 15+248+deb12u2 16 10 database. postgresql-client-15
postgresql-client-15 15.20-0+deb12u1 8615 1779 database libpq5 postgresql-client-common sensible-utils libc6 liblz4-1 libreadline8 libssl3 libzstd1 zlib1g
postgresql-client-common 248+deb12u2 130 35 database. =
procps 2:4.0.2-3 2091 709 admin+ libc6 libncursesw6 libproc2-0 libtinfo6 init-system-helpers
python3 3.11.2-1+b1 81 26 python python3-minimal python3.11 libpython3-stdlib
python3-distutils 3.11.2-3 638 131 python. python3 python3-lib2to3
python3-lib2to3 3.11.2-3 365 76 python. python3
python3-minimal 3.11.2-1+b1 111 26 python python3.11-minimal dpkg
python3-pip 23.0.1+dfsg-1 6678 1325 python. ca-certificates python3-distutils python3-setuptools python3-wheel python3
python3-pip-whl 23.0.1+dfsg-1 1747 1717 python. =
python3-pkg-resources 66.1.1-1+deb12u2 1052 297 python. python3
python3-setuptools 66.1.1-1+deb12u2 2534 522 python. python3-pkg-resources python3-distutils python3
python3-setuptools-whl 66.1.1-1+deb12u2 1316 1112 python. =
python3-six 1.16.0-4 63 18 python. python3
python3-venv 3.11.2-1+b1 6 1 python python3.11-venv python3 python3-distutils
python3-wheel 0.38.4-2 131 31 python. python3-distutils python3
python3.11 3.11.2-6+deb12u9 651 575 python python3.11-minimal libpython3.11-stdlib media-types
python3.11-minimal 3.11.2-6+deb12u9 6743 2055 python libc6 libpython3.11-minimal libexpat1 zlib1g
python3.11-venv 3.11.2-6+deb12u9 28 6 python python3.11 python3-pip-whl python3-setuptools-whl python3-distutils
readline-common 8.2-1.3 89 69 utils.+ dpkg
rpcsvc-proto 1.4.3-1 246 63 libs =
sed 4.9-1+deb12u1 987 329 utils*! =
sensible-utils 0.0.17+nmu1 56 19 utils.+ =
shared-mime-info 2.2-1 5030 729 misc libc6 libglib2.0-0 libxml2
sq 0.27.0-2+b1 10076 2567 utils libbz2-1.0 libc6 libgcc-s1 libgmp10 libhogweed6 libnettle8 libssl3
sqlite3 3.40.1-2+deb12u2 533 353 database libc6 libreadline8 libsqlite3-0 zlib1g
subversion 1.14.2-4+deb12u1 4837 960 vcs libsvn1 libapr1 libaprutil1 libc6
sudo 1.9.13p3-1+deb12u2 6054 1890 admin init-system-helpers libaudit1 libc6 libpam0g libselinux1 zlib1g libpam-modules
supervisor 4.2.5-1 1707 311 admin. =
sysvinit-utils 3.06-4 100 31 admin*! =
tar 1.34+dfsg-1.2+deb12u1 3144 836 utils*! =
terser 5.16.5-2 32 17 javascript. =
tini 0.19.0-1+b3 731 267 utils =
tzdata 2026f-0+deb12u1 2571 308 localization.! =
ucf 3.0043+nmu1+deb12u1 214 55 utils.~ debconf sensible-utils
unzip 6.0-28+deb12u1 380 167 utils =
usr-is-merged 37~deb12u1 13 6 oldlibs.
util-linux 2.38.1-5+deb12u1 4978 1176 utils*! libblkid1 libc6 libcap-ng0 libcrypt1 libmount1 libpam0g libselinux1 libsmartcols1 libsystemd0 libtinfo6 libudev1 libuuid1 zlib1g util-linux-extra
util-linux-extra 2.38.1-5+deb12u1 366 110 utils~ libaudit1 libc6 libsmartcols1
uuid-dev 2.38.1-5+deb12u1 113 40 libdevel =
vim 2:9.0.1378-2+deb12u2 3650 1568 editors =
vim-common 2:9.0.1378-2+deb12u2 245 125 editors.+ =
vim-runtime 2:9.0.1378-2+deb12u2 36406 7027 editors. =
webpack 5.75.0+dfsg+~cs17.16.14-1+deb12u1 5162 756 javascript. node-acorn node-browserslist node-chrome-trace-event node-postcss node-commander node-enhanced-resolve node-es-module-lexer node-eslint-scope node-eslint-visitor-keys node-events node-graceful-fs node-jest-debbundle node-interpret node-jest-worker node-json-parse-better-errors node-loader-runner node-mime-types node-neo-async node-p-limit node-rechoir node-schema-utils node-serialize-javascript node-source-map node-tapable eslint node-watchpack node-webassemblyjs node-webpack-sources nodejs terser
wget 1.21.3-1+deb12u1 3521 937 web~ libc6 libgnutls30 libidn2-0 libnettle8 libpcre2-8-0 libpsl5 libuuid1 zlib1g
x11-common 1:7.7+23 308 252 x11. =
x11proto-core-dev 2022.1-1 11 4 x11. =
x11proto-dev 2022.1-1 1680 599 x11. =
x11proto-render-dev 2:2022.1-1 11 4 x11. x11proto-dev
xkb-data 2.35.1-1 6925 764 x11. =
xorg-sgml-doctools 1:1.11-1.1 89 22 x11. =
xtrans-dev 1.4.0-1 330 99 x11. =
xz-utils 5.4.1-1+deb12u2 1226 471 utils~ =
zip 3.0-13+deb12u1 616 230 utils =
zlib1g 1:1.2.13.dfsg-1 168 87 libs =
zlib1g-dev 1:1.2.13.dfsg-1 1310 916 libdevel =
`;
