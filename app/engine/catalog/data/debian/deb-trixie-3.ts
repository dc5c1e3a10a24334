// Generated from the Debian archive's Packages index (trixie, amd64) by data/tools/emit.py:
// one package a line: name version installed-KiB download-kB section[flags] depends...
// flags: . Architecture all, * Essential, ! required, + important, ~ standard (else optional). Do not hand-edit lightly.
export default `
node-http-proxy-agent 7.0.2~0~2024040606-6+deb13u1 37 11 javascript. node-agent-base
node-https-proxy-agent 7.0.4~0~2024040606-6+deb13u1 49 14 javascript. node-agent-base
node-iconv-lite 0.6.3-3 359 115 javascript. node-safe-buffer
node-icss-utils 5.1.0+~5.1.0-1 30 8 javascript. node-postcss
node-ieee754 1.2.1-3 20 5 javascript.
node-iferr 1.0.2+~1.0.2-1 19 5 javascript.
node-ignore 5.2.1-1 97 26 javascript. nodejs
node-imurmurhash 0.1.4+dfsg+~0.1.1-2 28 8 javascript.
node-indent-string 4.0.0-2 16 4 javascript.
node-inflight 1.0.6-2 15 4 javascript. node-once node-wrappy
node-inherits 2.0.4-6 16 5 javascript. libjs-inherits
node-ini 3.0.1-2 24 7 javascript.
node-interpret 2.2.0-3 22 8 javascript.
node-ip 2.0.1+~1.1.3-3 37 9 javascript.
node-ip-regex 4.3.0+~4.1.1-1 22 5 javascript.
node-is-arrayish 0.3.2-3 15 4 javascript.
node-is-binary-path 2.1.0-5 15 4 javascript. node-binary-extensions
node-is-buffer 2.0.5-2 17 4 javascript.
node-is-descriptor 3.0.0-2 17 6 javascript.
node-is-extendable 1.0.1-3 17 5 javascript. node-is-plain-object nodejs
node-is-extglob 2.1.1-5 18 5 javascript.
node-is-glob 4.0.3-2 20 7 javascript. nodejs node-is-extglob
node-is-number 7.0.0-4 17 6 javascript. node-kind-of nodejs
node-is-path-cwd 2.2.0-2 15 4 javascript.
node-is-path-inside 3.0.3-2 16 4 javascript. node-path-is-inside nodejs
node-is-plain-obj 3.0.0-2 16 4 javascript.
node-is-plain-object 5.0.0-7 20 6 javascript.
node-is-stream 3.0.0-4 21 5 javascript.
node-is-typedarray 1.0.0-4 13 3 javascript. libjs-is-typedarray
node-is-windows 1.0.2+~cs1.0.0-1 20 6 javascript.
node-isarray 2.0.5-4 15 4 javascript.
node-isexe 2.0.0+~2.0.1-5 24 6 javascript.
node-isobject 4.0.0-2 18 5 javascript.
node-istanbul 0.4.5+repack10+~cs98.25.59-3 1146 211 javascript. handlebars libjs-prettify node-abbrev node-archy node-async node-convert-source-map node-decamelize node-es6-error node-escodegen node-esprima node-find-cache-dir node-find-up node-foreground-child node-glob node-graceful-fs node-is-stream node-is-windows node-ampproject-remapping node-js-yaml node-lodash-packages node-make-dir node-mkdirp node-nopt node-once node-p-map node-npm-run-path node-resolve node-resolve-from node-rimraf node-shebang-command node-signal-exit node-strip-bom node-supports-color node-read-pkg node-uuid node-which node-wordwrap node-write-file-atomic node-yargs nodejs
node-jest-debbundle 29.6.2~ds1+~cs73.45.28-5 408 135 javascript. node-ansi-escapes node-babel-plugin-lodash node-ci-info node-has-flag node-pkg-dir node-resolve-cwd node-strip-ansi node-supports-color
node-jest-worker 29.6.2~ds1+~cs73.45.28-5 323 116 javascript. node-chalk node-ci-info node-graceful-fs node-merge-stream node-anymatch node-supports-color nodejs
node-js-tokens 8.0.0-2 37 15 javascript.
node-js-yaml 4.1.0+dfsg+~4.0.5-7 451 67 javascript. node-argparse node-esprima nodejs
node-jsesc 3.0.2+~3.0.1-1 64 18 javascript. nodejs
node-json-buffer 3.0.1+~3.0.0-1 19 5 javascript.
node-json-parse-better-errors 1.0.2+~cs3.3.1-3 29 8 javascript.
node-json-schema 0.4.0+~7.0.11-1 66 13 javascript.
node-json-schema-traverse 1.0.0-3 27 6 javascript.
node-json-stable-stringify 1.0.2+repack1+~cs1.0.34-2 32 9 javascript. node-jsonify
node-json5 2.2.3+dfsg-1 95 26 javascript. nodejs
node-jsonify 0.0.1-1 29 9 javascript.
node-jsonparse 1.3.1-10 42 8 javascript.
node-kind-of 6.0.3+dfsg-2 23 10 javascript. node-is-buffer
node-levn 0.4.1+dfsg-2 30 10 javascript. node-prelude-ls node-type-check
node-loader-runner 4.3.0-1 31 8 javascript.
node-locate-path 7.1.1-2 21 6 javascript. node-p-locate
node-lodash 4.17.21+dfsg+~cs8.31.198.20210220-9+deb13u1 5398 462 javascript. nodejs
node-lodash-packages 4.17.21+dfsg+~cs8.31.198.20210220-9+deb13u1 10192 179 javascript.
node-lowercase-keys 2.0.0-2 15 4 javascript.
node-lru-cache 10.0.1-3 657 63 javascript.
node-make-dir 3.1.0-3 23 6 javascript. node-semver
node-memfs 3.4.12+~cs1.0.3-1 242 47 javascript.
node-memory-fs 0.5.0+~0.3.3-2 38 8 javascript. node-errno node-readable-stream
node-merge-stream 2.0.0+~1.1.2-2 20 5 javascript.
node-micromatch 4.0.7+~4.0.9-1 77 26 javascript. node-braces node-anymatch
node-mime 3.0.0+dfsg+~cs6.97.2-2 274 40 javascript. nodejs
node-mime-types 2.1.35-2 29 9 javascript. node-mime
node-mimic-fn 4.0.0-5 23 5 javascript.
node-mimic-response 3.1.0-9 21 5 javascript.
node-minimatch 9.0.3-6 595 77 javascript. node-brace-expansion
node-minimist 1.2.8+~cs5.3.5-1 47 16 javascript. node-arrify node-is-plain-obj node-kind-of
node-minipass 5.0.0+~cs10.3.21-3 193 47 javascript. node-encoding node-jsonparse node-yallist
node-mkdirp 2.1.6+~cs5.2.1-2 180 24 javascript. nodejs
node-move-concurrently 1.0.1-5 18 5 javascript. node-aproba node-copy-concurrently node-fs-write-stream-atomic node-mkdirp node-rimraf node-run-queue
node-ms 2.1.3+~cs0.7.31-3 21 6 javascript. nodejs
node-mute-stream 0.0.8+~0.0.1-3 25 6 javascript.
node-n3 1.16.3+~1.2.3+~1.10.4-1 178 37 javascript. node-readable-stream
node-negotiator 0.6.3+~0.6.1-1 52 11 javascript.
node-neo-async 2.6.2+~cs3.0.0-3 978 42 javascript. nodejs
node-nopt 5.0.0-4 37 12 javascript. node-abbrev nodejs
node-normalize-package-data 4.0.1+~2.4.1-1 47 14 javascript. node-hosted-git-info node-resolve node-semver node-validate-npm-package-license
node-normalize-path 3.0.0+~3.0.0-1 20 7 javascript. nodejs
node-npm-bundled 2.0.1-2 24 6 javascript. node-read-package-json
node-npm-package-arg 10.0.0+~3.0.0-2 40 11 javascript. node-hosted-git-info node-osenv node-semver node-validate-npm-package-name
node-npm-run-path 5.1.0+~4.0.0-8 30 6 javascript.
node-npmlog 7.0.1+~4.1.4-1 35 11 javascript. node-are-we-there-yet node-console-control-strings node-gauge node-set-blocking
node-object-assign 4.1.1-7 17 5 javascript. nodejs
node-object-inspect 1.12.2+~cs1.8.1-1 61 21 javascript.
node-once 1.4.1-1 16 5 javascript. node-wrappy
node-optimist 0.6.1+~0.0.30-2 49 14 javascript. node-minimist node-wordwrap
node-optionator 0.9.1+dfsg+~cs1.2.3-1 58 18 javascript. node-deep-is node-fast-levenshtein node-levn node-prelude-ls node-type-check
node-osenv 0.1.5+~0.1.1-1 22 6 javascript.
node-p-cancelable 2.1.1-1 22 7 javascript.
node-p-limit 4.0.0+~cs4.0.0-5 35 8 javascript.
node-p-locate 6.0.0-12 23 6 javascript. node-p-limit
node-p-map 4.0.0+~3.1.0+~3.0.1-2 31 8 javascript. node-escape-string-regexp node-indent-string
node-parse-json 5.2.0+~cs5.1.7-2 31 7 javascript. node-assert node-babel7 node-chalk node-error-ex node-esutils node-js-tokens node-json-parse-better-errors
node-path-dirname 1.0.2-2 18 4 javascript.
node-path-exists 5.0.0-8 18 5 javascript.
node-path-is-absolute 2.0.0-2 15 4 javascript.
node-path-is-inside 1.0.2+~1.0.0-1 20 5 javascript.
node-path-type 4.0.0-3 18 4 javascript. node-pify
node-picocolors 1.0.0-4 22 7 javascript. nodejs
node-pify 5.0.0+~cs5.0.1-1 23 7 javascript.
node-pkg-dir 5.0.0-2 16 4 javascript. node-find-up
node-postcss 8.4.49+~cs9.2.32-1 717 189 javascript. node-isarray node-isobject node-picocolors nodejs
node-postcss-modules-extract-imports 3.0.0-2 25 7 javascript. node-postcss
node-postcss-modules-values 4.0.0+~4.0.0-1 28 7 javascript. node-icss-utils node-postcss
node-postcss-value-parser 4.2.0-1 38 10 javascript.
node-prelude-ls 1.2.1+dfsg-3 51 11 javascript.
node-process-nextick-args 2.0.1-3 15 4 javascript.
node-progress 2.0.3-2 28 8 javascript. nodejs
node-promise-inflight 1.0.1+~1.0.0-1 19 5 javascript.
node-promise-retry 2.0.1-4 18 5 javascript. node-err-code node-retry
node-promzard 0.3.0-2 20 7 javascript. node-read
node-prr 1.0.1-3 16 4 javascript.
node-punycode 2.3.1+~2.1.4-1 51 11 javascript.
node-quick-lru 6.1.1-4 32 8 javascript.
node-randombytes 2.1.0+~2.0.0-2 20 5 javascript. node-safe-buffer
node-read 1.0.7-5 20 5 javascript. node-mute-stream
node-read-package-json 5.0.2+~2.0.0-2 38 12 javascript. node-glob node-json-parse-better-errors node-normalize-package-data node-slash
node-read-pkg 5.2.0-2 103 24 javascript. node-parse-json node-normalize-package-data
node-readable-stream 3.6.0+~cs3.0.0-4 149 32 javascript. node-inherits node-core-util-is node-string-decoder node-safe-buffer node-process-nextick-args node-util-deprecate node-isarray
node-readdirp 3.6.0-1 36 11 javascript. node-anymatch node-graceful-fs node-set-immediate-shim
node-rechoir 0.8.0+~0.6.1-2 28 7 javascript. node-resolve
node-regenerate 1.4.2-3 17 7 javascript. nodejs libjs-regenerate
node-regenerate-unicode-properties 10.1.0+ds-1 910 51 javascript. node-regenerate
node-regenerator-runtime 0.15.2+~0.10.8-1 40 11 javascript.
node-regenerator-transform 0.15.2+~0.10.8-1 153 25 javascript. node-babel7-runtime
node-regexpp 3.2.0-5 313 27 javascript.
node-regexpu-core 5.2.2-3 56 14 javascript. node-regenerate node-regenerate-unicode-properties node-regjsgen node-regjsparser node-unicode-match-property-ecmascript node-unicode-match-property-value-ecmascript
node-regjsgen 0.7.1+ds-1 28 7 javascript.
node-regjsparser 0.9.1+ds-2 94 22 javascript. nodejs node-jsesc
node-repeat-string 1.6.1+repack-1 17 6 javascript.
node-require-directory 2.1.1+~2.1.2-1 24 7 javascript.
node-resolve 1.22.8+~cs5.34.15-2 132 30 javascript.
node-resolve-cwd 3.0.0-2 17 4 javascript. node-resolve-from
node-resolve-from 5.0.0+~3.1.0+~3.3.0+~2.0.0-1 35 7 javascript.
node-resumer 0.0.0-6 18 4 javascript. node-through
node-retry 0.13.1.+~cs2.19.16-1 63 14 javascript.
node-rimraf 3.0.2-2 41 11 javascript. node-glob nodejs
node-run-queue 2.0.0-3 18 5 javascript. node-aproba
node-safe-buffer 5.2.1+~cs2.1.2-3 53 16 javascript.
node-schema-utils 4.2.0~ds-3 99 22 javascript. node-ajv node-ajv-keywords
node-semver 7.6.1+~7.5.8-2 200 50 javascript. node-lru-cache nodejs
node-serialize-javascript 6.0.2-1 45 13 javascript. node-randombytes
node-set-blocking 2.0.0-2 16 4 javascript.
node-set-immediate-shim 2.0.0-2 14 4 javascript.
node-shebang-command 2.0.0-1 14 4 javascript. node-shebang-regex
node-shebang-regex 3.0.0-2 15 4 javascript.
node-signal-exit 4.1.0-7 109 14 javascript.
node-slash 4.0.0-3 17 4 javascript.
node-slice-ansi 5.0.0+~cs9.0.0-5 34 9 javascript. node-ansi-styles
node-source-list-map 2.0.1+dfsg+~0.1.2-1 49 10 javascript.
node-source-map 0.7.0++dfsg2+really.0.6.1-15 247 42 javascript. libjs-source-map
node-source-map-support 0.5.21+ds+~0.5.10-1 52 15 javascript. nodejs node-source-map
node-spdx-correct 3.1.1-2 24 5 javascript. node-spdx-license-ids node-spdx-expression-parse
node-spdx-exceptions 2.3.0-2 15 4 javascript.
node-spdx-expression-parse 3.0.1+~3.0.1-1 30 8 javascript. node-spdx-exceptions node-spdx-license-ids
node-spdx-license-ids 3.0.12-1 23 6 javascript.
node-sprintf-js 1.1.2+ds1+~1.1.2-1 29 4 javascript. libjs-sprintf-js
node-ssri 9.0.1-3 40 18 javascript. node-minipass
node-string-decoder 1.3.0-6 26 7 javascript. node-safe-buffer
node-string-width 4.2.3+~cs13.2.3-1 122 11 javascript. node-slice-ansi node-strip-ansi node-wcwidth.js
node-strip-ansi 6.0.1-2 16 4 javascript. nodejs node-ansi-regex
node-strip-bom 4.0.0-2 16 4 javascript.
node-strip-eof 3.0.0-5 20 5 javascript.
node-strip-json-comments 4.0.0-4 23 6 javascript. nodejs
node-supports-color 8.1.1+~8.1.1-1 26 7 javascript. node-has-flag
node-tapable 2.2.1-3 60 14 javascript.
node-tape 5.6.1+~cs8.20.19-3 184 71 javascript. node-debbundle-es-to-primitive node-deep-equal node-define-properties node-defined node-es-abstract node-function-bind node-glob node-inherits node-istanbul node-minimatch node-minimist node-resolve node-object-inspect node-resumer node-through nodejs
node-tar 6.2.1+~cs7.0.8-1+deb13u1 204 53 javascript. node-chownr node-mkdirp node-minipass node-safe-buffer node-yallist
node-terser 5.38.0-1 2207 220 javascript. node-ampproject-remapping
node-text-table 0.2.0-4 19 5 javascript.
node-through 2.3.8+~cs0.0.30-1 21 5 javascript.
node-time-stamp 2.2.0-2 18 6 javascript.
node-to-fast-properties 3.0.1-3 16 4 javascript.
node-to-regex-range 5.0.1-4 26 11 javascript. node-is-number node-repeat-string nodejs
node-tslib 2.4.1-1 76 19 javascript.
node-type-check 0.4.0+dfsg-3 27 9 javascript. node-prelude-ls
node-typedarray 0.0.7-1 41 11 javascript.
node-typedarray-to-buffer 4.0.0-2 14 3 javascript. libjs-typedarray-to-buffer node-is-typedarray
node-undici 7.3.0+dfsg1+~cs24.12.11-1 2047 333 javascript.
node-unicode-canonical-property-names-ecmascript 2.0.0-2 16 5 javascript.
node-unicode-match-property-ecmascript 2.0.0-2 17 4 javascript. node-unicode-canonical-property-names-ecmascript node-unicode-property-aliases-ecmascript nodejs
node-unicode-match-property-value-ecmascript 2.1.0+ds-1 38 7 javascript.
node-unicode-property-aliases-ecmascript 2.1.0+ds-1 18 5 javascript.
node-unique-filename 1.1.1+ds-2 19 4 javascript. nodejs node-imurmurhash
node-uri-js 4.4.0+dfsg-8 300 47 javascript. node-punycode
node-util 0.12.5+~1.0.10-1 21 6 javascript. libjs-util
node-util-deprecate 1.0.2-3 19 4 javascript.
node-uuid 8.3.2+~8.3.4-1 213 44 javascript.
node-v8-compile-cache 2.4.0-2 28 9 javascript. nodejs
node-v8flags 3.2.0+~3.1.1-1 27 8 javascript.
node-validate-npm-package-license 3.0.4-2 17 4 javascript. node-spdx-correct node-spdx-expression-parse
node-validate-npm-package-name 5.0.0+~4.0.0-1 28 7 javascript. node-builtins
node-watchpack 2.4.0+~cs2.8.1-1 87 20 javascript. node-chokidar node-graceful-fs node-neo-async
node-wcwidth.js 1.0.2-2 21 7 javascript. node-defaults
node-webassemblyjs 1.11.4+dfsg+~cs10.11.17-2 1689 139 javascript. node-es-abstract node-glob
node-webpack-sources 3.2.3+~3.2.0-2 133 23 javascript. node-source-list-map node-source-map
node-which 2.0.2+~cs1.3.2-3 31 8 javascript. node-isexe nodejs
node-wide-align 1.1.3-4 16 4 javascript. node-string-width
node-wordwrap 1.0.0-4 20 5 javascript.
node-wrap-ansi 8.0.1+~8.0.1-3 49 12 javascript. node-ansi-styles node-string-width node-strip-ansi
node-wrappy 1.0.2-3 14 4 javascript.
node-write 2.0.0~6.0.1+~3.0.4+~2.0.0+~1.0.0+~2.0.1-1 74 18 javascript. nodejs
node-write-file-atomic 4.0.2+~4.0.0-2 35 9 javascript. node-imurmurhash node-is-typedarray node-signal-exit node-typedarray-to-buffer
node-xtend 4.0.2-3 16 4 javascript.
node-y18n 5.0.8+~5.0.0-3 48 10 javascript.
node-yallist 4.0.0+~4.0.1-1 31 8 javascript.
node-yargs 16.2.0+~16.0.4-7 528 128 javascript. node-browserslist node-cliui node-get-caller-file node-require-directory node-string-width node-y18n node-yargs-parser
node-yargs-parser 21.1.1+~21.0.0-4 160 28 javascript. node-camelcase node-decamelize
nodejs 20.19.2+dfsg-1+deb13u3 2368 355 web libc6 libnode115 node-corepack
npm 9.2.0~ds1-3 2940 669 web. ca-certificates node-abbrev node-agent-base node-aproba node-archy node-base64-js node-binary-extensions node-cacache node-chalk node-chownr node-ci-info node-cli-table node-colors node-columnify node-css-selector-tokenizer node-debug node-depd node-diff node-string-width node-encoding node-events node-glob node-got node-graceful-fs node-gyp node-hosted-git-info node-http-proxy-agent node-https-proxy-agent node-ieee754 node-ini node-ip node-ip-regex node-json-parse-better-errors node-jsonparse node-lru-cache node-minimatch node-minipass node-mkdirp node-ms node-negotiator node-nopt node-normalize-package-data node-npm-bundled node-read-package-json node-npm-package-arg node-npmlog node-once node-p-map node-css-loader node-promise-retry node-promzard node-read node-rimraf node-semver node-ssri node-strip-ansi node-tar node-text-table node-validate-npm-package-license node-validate-npm-package-name node-which node-wrappy node-write-file-atomic node-yallist nodejs
ocl-icd-libopencl1 2.3.3-1 161 43 libs libc6
openssh-client 1:10.0p1-7+deb13u2 4998 986 net~ adduser init-system-helpers passwd libc6 libedit2 libfido2-1 libgssapi-krb5-2 libselinux1 libssl3t64 zlib1g
openssl 3.5.7-1~deb13u3 2510 1508 utils libc6 libssl3t64
openssl-provider-legacy 3.5.7-1~deb13u3 424 316 utils libc6 libssl3t64
pango1.0-tools 1.56.3-1 150 44 libs libc6 libcairo2 libfontconfig1 libglib2.0-0t64 libharfbuzz0b libpango-1.0-0 libpangocairo-1.0-0 libpangoft2-1.0-0 libpangoxft-1.0-0 libx11-6 libxft2
passwd 1:4.17.4-2+deb13u1 4758 1228 admin! base-passwd libpam-modules login.defs libacl1 libattr1 libaudit1 libbsd0 libc6 libcrypt1 libpam0g libselinux1 libsemanage2
patch 2.8-2+deb13u1 242 134 vcs libc6
perl 5.40.1-6+deb13u1 841 268 perl~ perl-base perl-modules-5.40 libperl5.40
perl-base 5.40.1-6+deb13u1 7815 1666 perl*! libc6 libcrypt1
perl-modules-5.40 5.40.1-6+deb13u1 19993 3014 libs. perl-base
pinentry-curses 1.3.1-2 150 86 utils libassuan9 libc6 libgpg-error0 libncursesw6 libtinfo6
pkg-config 1.8.1-4 29 14 devel pkgconf
pkgconf 1.8.1-4 65 26 devel pkgconf-bin
pkgconf-bin 1.8.1-4 83 30 devel libc6 libpkgconf3
postgresql-client 17+278+deb13u1 19 14 database. postgresql-client-17
postgresql-client-17 17.12-0+deb13u1 10721 2067 database libpq5 postgresql-client-common sensible-utils libc6 liblz4-1 libreadline8t64 libssl3t64 libzstd1 zlib1g
postgresql-client-common 278+deb13u1 153 47 database. netbase perl
procps 2:4.0.4-9 2395 882 admin+ libc6 libncursesw6 libproc2-0 libsystemd0 libtinfo6 init-system-helpers
python3 3.13.5-1 83 28 python python3-minimal python3.13 libpython3-stdlib
python3-autocommand 2.2.2-3 61 14 python. python3
python3-importlib-metadata 8.7.0-1 90 22 python. python3-zipp python3
python3-importlib-resources 6.5.2-1 130 24 python. python3-zipp python3
python3-inflect 7.3.1-2 145 32 python. python3-more-itertools python3-typeguard python3-typing-extensions python3
python3-jaraco.context 6.0.1-1+deb13u1 36 8 python. python3-setuptools python3
python3-jaraco.functools 4.1.0-1 48 12 python. python3-more-itertools python3
python3-jaraco.text 4.0.0-1 48 11 python. python3-autocommand python3-importlib-resources python3-jaraco.context python3-jaraco.functools python3-more-itertools python3 python3-inflect
python3-minimal 3.13.5-1 112 27 python python3.13-minimal dpkg
python3-more-itertools 10.7.0-1 292 67 python. python3
python3-packaging 25.0-1 257 57 python. python3
python3-pip 25.1.1+dfsg-1 10166 1457 python. ca-certificates python3-wheel python3
python3-pip-whl 25.1.1+dfsg-1 1531 1507 python. ca-certificates
python3-pkg-resources 78.1.1-0.1 696 224 python. python3-autocommand python3-inflect python3-jaraco.context python3-jaraco.functools python3-more-itertools python3
python3-setuptools 78.1.1-0.1 3897 738 python. python3-pkg-resources python3-importlib-metadata python3-jaraco.text python3-more-itertools python3-typeguard python3-typing-extensions python3-zipp python3
python3-setuptools-whl 78.1.1-0.1 1324 1268 python.
python3-typeguard 4.4.2-1 167 37 python. python3-importlib-metadata python3-typing-extensions python3
python3-typing-extensions 4.13.2-1 515 90 python. python3
python3-venv 3.13.5-1 6 1 python python3.13-venv python3
python3-wheel 0.46.1-2 91 22 python. python3-packaging python3
python3-zipp 3.21.0-1 45 11 python. python3
python3.13 3.13.5-2+deb13u5 830 757 python python3.13-minimal libpython3.13-stdlib media-types tzdata
python3.13-minimal 3.13.5-2+deb13u5 6768 2225 python libc6 libpython3.13-minimal libexpat1 zlib1g
python3.13-venv 3.13.5-2+deb13u5 27 5 python python3.13 python3-pip-whl python3-setuptools-whl
readline-common 8.2-6 89 69 utils.+
rpcsvc-proto 1.4.3-1 246 63 libs libc6
sed 4.9-2+deb13u1 991 331 utils*! libacl1 libc6 libselinux1
sensible-utils 0.0.25 63 25 utils.+
shared-mime-info 2.4-5+b2 5143 760 misc libc6 libgcc-s1 libglib2.0-0t64 libstdc++6 libxml2
sq 1.3.1-2+b2 22379 5653 utils libbz2-1.0 libc6 libgcc-s1 libgmp10 libhogweed6t64 libnettle8t64 libsqlite3-0 libssl3t64
sqlite3 3.46.1-7+deb13u2 587 384 database libc6 libreadline8t64 libsqlite3-0 zlib1g
sqv 1.3.0-3+b2 1855 661 utils libc6 libgcc-s1 libgmp10 libhogweed6t64 libnettle8t64
subversion 1.14.5-3 4845 962 vcs libsvn1 libapr1t64 libaprutil1t64 libc6
sudo 1.9.16p2-3+deb13u5 6709 2087 admin init-system-helpers libapparmor1 libaudit1 libc6 libpam0g libselinux1 libssl3t64 zlib1g libpam-modules
supervisor 4.2.5-3 1705 311 admin. init-system-helpers lsb-base python3-pkg-resources python3
sysvinit-utils 3.14-4 104 34 admin*! libc6
tar 1.35+dfsg-3.1 3085 815 utils*! libacl1 libc6 libselinux1
terser 5.38.0-1 35 19 javascript. node-commander node-terser nodejs
tini 0.19.0-3+b8 765 280 utils libc6
tzdata 2026f-0+deb13u1 1360 268 localization.! debconf
ucf 3.0052 148 43 utils.~ debconf libtext-wrapi18n-perl procps sensible-utils
unzip 6.0-29+deb13u1 387 173 utils libbz2-1.0 libc6
util-linux 2.41.5-0+deb13u1 4986 1242 utils*! libpam-modules libpam-runtime libblkid1 libc6 libcap-ng0 libcrypt1 liblastlog2-2 libmount1 libpam0g libselinux1 libsmartcols1 libsystemd0 libtinfo6 libudev1 libuuid1
uuid-dev 2.41.5-0+deb13u1 134 49 libdevel libc6-dev libuuid1
vim 2:9.1.1230-2+deb13u2 3930 1671 editors vim-common vim-runtime libacl1 libc6 libgpm2 libselinux1 libsodium23 libtinfo6
vim-common 2:9.1.1230-2+deb13u2 1864 421 editors.+
vim-runtime 2:9.1.1230-2+deb13u2 38426 7129 editors.
webpack 5.97.1+dfsg1+~cs11.18.27-3 5871 810 javascript. node-acorn node-browserslist node-chrome-trace-event node-postcss node-commander node-enhanced-resolve node-es-module-lexer node-eslint-scope node-eslint-visitor-keys node-events node-graceful-fs node-jest-debbundle node-interpret node-jest-worker node-json-parse-better-errors node-loader-runner node-mime-types node-neo-async node-p-limit node-rechoir node-schema-utils node-serialize-javascript node-source-map node-tapable eslint node-watchpack node-webassemblyjs node-webpack-sources nodejs terser node-envinfo
wget 1.25.0-2 3784 984 web~ libc6 libgnutls30t64 libidn2-0 libnettle8t64 libpcre2-8-0 libpsl5t64 libuuid1 zlib1g
x11-common 1:7.7+24+deb13u1 275 217 x11. lsb-base
x11proto-core-dev 2024.1-1 11 3 x11. x11proto-dev
x11proto-dev 2024.1-1 1704 603 x11. xorg-sgml-doctools
xkb-data 2.42-1 6911 790 x11.
xorg-sgml-doctools 1:1.11-1.1 89 22 x11.
xtrans-dev 1.4.0-1 330 99 x11.
xz-utils 5.8.1-1+deb13u2 1424 660 utils~ libc6 liblzma5
zip 3.0-15+deb13u1 627 235 utils libbz2-1.0 libc6
zlib1g 1:1.3.dfsg+really1.3.1-1+deb13u1 172 89 libs libc6
zlib1g-dev 1:1.3.dfsg+really1.3.1-1+deb13u1 1316 920 libdevel zlib1g libc6-dev
`;
