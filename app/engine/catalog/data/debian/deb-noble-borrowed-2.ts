// Ubuntu 24.04 (noble) packages the closure needs that data/tools/ubuntu_versions.py does not
// version, by data/tools/ubuntu.py: each line is the closest Debian package (trixie, then bookworm and bullseye) as it is,
// version included. The version is NOT Ubuntu's: a stand-in until someone writes the real one.
export default `
libxslt1-dev 1.1.35-1.2+deb13u2 2535 346 libdevel libxml2-dev libxslt1.1
libxslt1.1 1.1.35-1.2+deb13u2 497 233 libs libc6 libgcrypt20 libxml2
libxss1 1:1.2.3-1+b3 42 17 libs libc6 libx11-6 libxext6 x11-common
libxt-dev 1:1.2.1-1.2+b2 1398 407 libdevel libxt6t64 libx11-dev x11proto-dev libsm-dev
libxt6t64 1:1.2.1-1.2+b2 490 188 libs libc6 libice6 libsm6 libx11-6
libxtables12 1.8.11-2 101 32 libs libc6
libxv1 2:1.0.11-1.1+b3 52 23 libs libc6 libx11-6 libxext6
libxvidcore4 2:1.3.7-1+b2 752 252 libs libc6
libxxf86vm1 1:1.1.4-1+b4 48 19 libs libc6 libx11-6 libxext6
libyaml-0-2 0.2.5-2 147 53 libs libc6
libyaml-dev 0.2.5-2 255 63 libdevel libyaml-0-2
libz3-4 4.13.3-1 27142 8560 libs libc6 libgcc-s1 libstdc++6
libzimg2 3.0.5+ds1-1+b2 881 244 libs libc6 libgcc-s1 libstdc++6
libzix-0-0 0.6.2-1 75 23 libs libc6
libzmq5 4.3.5-1+b3 843 283 libs libbsd0 libc6 libgcc-s1 libgssapi-krb5-2 libnorm1t64 libpgm-5.3-0t64 libsodium23 libstdc++6
libzstd-dev 1.5.7+dfsg-1+deb13u1 1310 372 libdevel libzstd1
libzvbi-common 0.2.44-1 192 71 devel.
libzvbi0t64 0.2.44-1 744 278 libs libc6 libpng16-16t64 libzvbi-common
login.defs 1:4.17.4-2+deb13u1 214 186 admin.!
lsb-base 11.6 12 5 misc. sysvinit-utils
m4 1.4.19-8 683 294 interpreters libc6
mercurial 7.0.1-2 1338 441 vcs mercurial-common ucf python3 libc6
mercurial-common 7.0.1-2 14871 2670 vcs. python3
mesa-libgallium 25.0.7-2+deb13u1 41615 9630 libs libc6 libdrm-amdgpu1 libdrm-intel1 libdrm2 libelf1t64 libexpat1 libgcc-s1 libllvm19 libsensors5 libstdc++6 libx11-xcb1 libxcb-dri3-0 libxcb-present0 libxcb-randr0 libxcb-sync1 libxcb-xfixes0 libxcb1 libxshmfence1 libzstd1 zlib1g
native-architecture 0.2.6 8 2 devel.
netcat-openbsd 1.229-1 109 43 net libbsd0 libc6
nettle-dev 3.10.1-1 3278 1318 libdevel libnettle8t64 libhogweed6t64 libgmp-dev
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
ocl-icd-libopencl1 2.3.3-1 161 43 libs libc6
pango1.0-tools 1.56.3-1 150 44 libs libc6 libcairo2 libfontconfig1 libglib2.0-0t64 libharfbuzz0b libpango-1.0-0 libpangocairo-1.0-0 libpangoft2-1.0-0 libpangoxft-1.0-0 libx11-6 libxft2
python3-autocommand 2.2.2-3 61 14 python. python3
python3-importlib-metadata 8.7.0-1 90 22 python. python3-zipp python3
`;
