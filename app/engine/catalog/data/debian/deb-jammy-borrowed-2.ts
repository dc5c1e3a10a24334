// Ubuntu 22.04 (jammy) packages the closure needs that data/tools/ubuntu_versions.py does not
// version, by data/tools/ubuntu.py: each line is the closest Debian package (bookworm, then bullseye) as it is,
// version included. The version is NOT Ubuntu's: a stand-in until someone writes the real one.
export default `
node-braces 3.0.2+~3.0.1-1 60 21 javascript. node-fill-range
node-browserslist 4.21.4+~cs6.1.17-2 280 63 javascript. node-caniuse-lite node-electron-to-chromium node-picocolors nodejs
node-builtins 5.0.1-1 15 4 javascript. node-semver
node-busboy 1.6.0+~cs2.6.0-2 89 17 javascript.
node-cacache 17.0.3+~cs10.3.7-1 148 45 javascript. node-chownr node-glob node-graceful-fs node-lru-cache node-minipass node-mkdirp node-move-concurrently node-p-map node-promise-inflight node-rimraf node-semver node-ssri node-unique-filename
node-camelcase 7.0.0-3 29 6 javascript.
node-caniuse-lite 1.0.30001436+dfsg+~1.0.1-1 2364 208 javascript.
node-chalk 5.2.0-1 79 18 javascript. node-ansi-styles node-escape-string-regexp node-supports-color nodejs
node-chokidar 3.5.3-2 115 32 javascript. node-anymatch node-async-each node-braces node-glob-parent node-inherits node-is-binary-path node-is-glob node-normalize-path node-path-is-absolute node-readdirp nodejs
node-chownr 2.0.0-2 18 4 javascript.
node-chrome-trace-event 1.0.3-2 29 7 javascript. node-tslib
node-ci-info 3.6.1+~cs1.1.0-1 37 12 javascript.
node-cjs-module-lexer 1.2.2+dfsg-5 160 30 javascript.
node-cli-table 0.3.11+~cs0.13.4-3 117 24 javascript. node-colors node-string-width
node-cliui 7.0.4+repack+~cs3.1.0-4 53 11 javascript. node-string-width node-strip-ansi node-wrap-ansi
node-clone 2.1.2-4 24 8 javascript.
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
node-core-js 3.26.1-3 3746 268 javascript.
node-core-js-compat 3.26.1-3 605 66 javascript. node-browserslist node-semver
node-core-js-pure 3.26.1-3 3673 250 javascript.
node-core-util-is 1.0.3-1 17 4 javascript.
node-css-loader 6.7.2+~cs14.0.11-1 317 73 javascript. node-camelcase node-css-selector-tokenizer node-icss-utils node-postcss node-postcss-modules-extract-imports node-postcss-modules-values node-postcss-value-parser node-semver node-util-deprecate webpack
node-css-selector-tokenizer 0.8.0+~cs4.8.3-1 63 13 javascript. nodejs
node-data-uri-to-buffer 4.0.0-3 25 6 javascript.
node-debbundle-es-to-primitive 1.2.1+~cs9.7.25-2 139 40 javascript. node-deep-equal node-define-properties
node-debug 4.3.4+~cs4.1.7-1 49 18 javascript. node-ms
node-decamelize 4.0.0-2 16 4 javascript. nodejs
node-decompress-response 6.0.0-2 17 5 javascript. node-mimic-response
node-deep-equal 2.1.0+~cs31.12.80-1 196 35 javascript. node-debbundle-es-to-primitive node-define-properties node-es-abstract node-tape node-function-bind node-isarray node-object-inspect node-resolve
node-deep-is 0.1.4-1 20 5 javascript.
node-defaults 1.0.4+~1.0.3-1 18 4 javascript. node-clone
node-define-properties 1.1.4+~1.1.3-1 24 7 javascript. node-lodash-packages node-es-abstract node-resolve
node-defined 1.0.1+~1.0.0-1 25 7 javascript. nodejs
node-del 7.0.0-5 30 7 javascript. node-globby node-graceful-fs node-is-glob node-is-path-cwd node-is-path-inside node-p-map node-rimraf node-slash
node-delegates 1.0.0-3 19 5 javascript.
node-depd 2.0.0-2 34 11 javascript.
node-diff 5.0.0~dfsg+~5.0.1-4 413 70 javascript.
node-doctrine 3.0.0-4 91 20 javascript. node-esutils node-isarray nodejs
node-electron-to-chromium 1.4.284-1 203 21 javascript.
node-encoding 0.1.13-2 18 4 javascript. node-iconv-lite
node-end-of-stream 1.4.4+~1.4.1-1 21 5 javascript. node-once
node-enhanced-resolve 5.10.0-1 189 34 javascript. node-graceful-fs node-memory-fs node-tapable
node-err-code 2.0.3+dfsg-3 19 5 javascript.
node-errno 1.0.0-3 24 8 javascript. node-prr nodejs
node-error-ex 1.3.2-4 17 6 javascript. node-is-arrayish
node-es-abstract 1.20.4+~cs26.27.47-1 3056 137 javascript. node-debbundle-es-to-primitive node-deep-equal node-define-properties node-function-bind node-object-inspect nodejs
node-es-module-lexer 1.1.0+dfsg-2+deb12u1 89 20 javascript.
node-es6-error 4.1.1-5 30 6 javascript. nodejs
node-escape-string-regexp 4.0.0-2 16 4 javascript.
node-escodegen 2.0.0+dfsg+~0.0.7-2 141 23 javascript. node-esprima node-estraverse node-esutils node-optionator node-source-map nodejs
node-eslint-scope 7.1.1+~3.7.4-1 299 36 javascript. nodejs node-esrecurse node-estraverse
node-eslint-utils 3.0.0-3 81 15 javascript. node-eslint-visitor-keys
node-eslint-visitor-keys 3.3.0+~1.0.0-1 88 17 javascript.
node-espree 9.4.1~dfsg-1 122 41 javascript. node-acorn node-eslint-visitor-keys
node-esprima 4.0.1+ds+~4.0.3-2 477 69 javascript. nodejs
node-esquery 1.4.2~ds-1 386 25 javascript. node-estraverse
node-esrecurse 4.3.0-2 20 6 javascript. node-estraverse node-object-assign
node-estraverse 5.3.0+ds+~5.1.1-1 50 12 javascript.
node-esutils 2.0.3+~2.0.0-1 67 12 javascript.
node-events 3.3.0+~3.0.0-3 21 6 javascript. libjs-events
node-fancy-log 1.3.3+~cs1.3.1-2 40 8 javascript. node-time-stamp
node-fast-deep-equal 3.1.3-3 31 6 javascript.
node-fast-levenshtein 2.0.6+ds-3 22 6 javascript.
node-fetch 3.3.0+~cs11.4.11-2 8259 212 javascript. node-data-uri-to-buffer
node-file-entry-cache 6.0.0+~3.0.4+~2.0.0+~1.0.0+~2.0.1-5 48 15 javascript. node-flat-cache nodejs
node-fill-range 7.0.1+~7.0.0-1 29 9 javascript. node-to-regex-range
node-find-cache-dir 3.3.2+~3.2.1-1 24 6 javascript. node-commondir node-del node-make-dir node-pkg-dir
node-find-up 6.3.0-7 37 9 javascript. node-locate-path node-path-exists
node-flat-cache 3.0.4~6.0.0+~3.0.4+~2.0.0+~1.0.0+~2.0.1-5 52 20 javascript. node-flatted node-rimraf node-write nodejs
node-flatted 3.2.7~ds-1+deb12u1 45 10 javascript.
node-for-in 1.0.2-4 18 5 javascript. nodejs
node-for-own 1.0.0-3 18 5 javascript. node-for-in
node-foreground-child 2.0.0-5 20 6 javascript. node-signal-exit
node-fs-readdir-recursive 1.1.0+~1.1.0-1 20 5 javascript.
node-fs-write-stream-atomic 1.0.10-6 20 5 javascript. node-graceful-fs node-iferr node-imurmurhash node-readable-stream
node-fs.realpath 1.0.0-3 25 6 javascript.
node-function-bind 1.1.1+repacked+~1.0.3-2 28 5 javascript.
node-functional-red-black-tree 1.0.1+20181105-7 57 14 javascript. nodejs
node-gauge 4.0.4-1 58 20 javascript. node-ansi-regex node-aproba node-console-control-strings node-fancy-log node-has-unicode node-signal-exit node-string-width node-strip-ansi node-wide-align
node-get-caller-file 2.0.5+~cs1.1.1-4 24 6 javascript.
node-get-stream 6.0.1-1 21 7 javascript. node-pump
node-glob 8.0.3+~cs8.4.15-1 220 133 javascript. node-fs.realpath node-inflight node-inherits node-minimatch node-once
node-glob-parent 6.0.2+~5.1.1-2 25 9 javascript. node-is-glob node-path-dirname
node-globals 13.18.0-1 58 11 javascript.
node-globby 13.1.3+~cs16.25.40-1+deb12u1 290 40 javascript. node-glob-parent node-ignore node-micromatch node-path-type node-n3 node-slash nodejs
node-got 11.8.5+~cs58.13.36-3 546 121 javascript. node-decompress-response node-get-stream node-lowercase-keys node-json-buffer node-mimic-response node-p-cancelable node-quick-lru
node-graceful-fs 4.2.10-1 49 14 javascript.
node-gyp 9.3.0-2 156 58 javascript. gyp libnode-dev node-glob node-graceful-fs node-https-proxy-agent node-mkdirp node-fetch node-nopt node-npmlog node-osenv node-rimraf node-semver node-tar node-which nodejs
node-has-flag 4.0.0-3 16 4 javascript.
node-has-unicode 2.0.1-5 15 4 javascript.
node-hosted-git-info 6.1.1-2 41 13 javascript. node-lru-cache
node-https-proxy-agent 5.0.1+~cs8.0.0-3 92 16 javascript. node-agent-base node-debug node-events
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
node-ip 2.0.0+~1.1.0-1 34 8 javascript.
node-ip-regex 4.3.0+~4.1.1-1 22 5 javascript.
node-is-arrayish 0.3.2-3 15 4 javascript.
node-is-binary-path 2.1.0-5 15 4 javascript. node-binary-extensions
node-is-buffer 2.0.5-2 17 4 javascript.
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
node-istanbul 0.4.5+repack10+~cs97.25.57-3 1127 207 javascript. handlebars libjs-prettify node-abbrev node-archy node-async node-convert-source-map node-decamelize node-es6-error node-escodegen node-esprima node-find-cache-dir node-find-up node-foreground-child node-glob node-graceful-fs node-is-stream node-is-windows node-js-yaml node-lodash-packages node-make-dir node-mkdirp node-nopt node-once node-p-map node-npm-run-path node-resolve node-resolve-from node-rimraf node-shebang-command node-signal-exit node-strip-bom node-supports-color node-read-pkg node-uuid node-which node-wordwrap node-write-file-atomic node-yargs nodejs
node-jest-debbundle 29.3.1~ds1+~cs70.48.25-2 397 129 javascript. node-ansi-escapes node-babel-plugin-lodash node-ci-info node-has-flag node-pkg-dir node-resolve-cwd node-strip-ansi node-supports-color
node-jest-worker 29.3.1~ds1+~cs70.48.25-2 317 112 javascript. node-chalk node-ci-info node-graceful-fs node-merge-stream node-anymatch node-supports-color nodejs
node-js-tokens 8.0.0-2 37 15 javascript.
node-js-yaml 4.1.0+dfsg+~4.0.5-7 451 67 javascript. node-argparse node-esprima nodejs
node-jsesc 3.0.2+~3.0.1-1 64 18 javascript. nodejs
node-json-buffer 3.0.1+~3.0.0-1 19 5 javascript.
node-json-parse-better-errors 1.0.2+~cs3.3.1-2 29 8 javascript.
node-json-schema 0.4.0+~7.0.11-1 66 13 javascript.
node-json-schema-traverse 1.0.0-3 27 6 javascript.
node-json-stable-stringify 1.0.2+~cs5.2.34-1 49 11 javascript. node-jsonify
node-json5 2.2.3+dfsg-1 95 26 javascript. nodejs
node-jsonify 0.0.1-1 29 9 javascript.
node-jsonparse 1.3.1-10 42 8 javascript.
node-kind-of 6.0.3+dfsg-2 23 10 javascript. node-is-buffer
node-levn 0.4.1+dfsg-2 30 10 javascript. node-prelude-ls node-type-check
node-loader-runner 4.3.0-1 31 8 javascript.
node-locate-path 7.1.1-2 21 6 javascript. node-p-locate
node-lodash 4.17.21+dfsg+~cs8.31.198.20210220-9+deb12u1 5398 462 javascript. nodejs
node-lodash-packages 4.17.21+dfsg+~cs8.31.198.20210220-9+deb12u1 10192 179 javascript.
node-lowercase-keys 2.0.0-2 15 4 javascript.
node-lru-cache 7.14.1-1 72 26 javascript. node-yallist
node-make-dir 3.1.0-3 23 6 javascript. node-semver
node-memfs 3.4.12+~cs1.0.3-1 242 47 javascript.
node-memory-fs 0.5.0+~0.3.3-2 38 8 javascript. node-errno node-readable-stream
node-merge-stream 2.0.0+~1.1.2-2 20 5 javascript.
node-micromatch 4.0.5+~4.0.2-1 77 26 javascript. node-braces node-anymatch
node-mime 3.0.0+dfsg+~cs3.97.1-1 269 40 javascript. nodejs
node-mime-types 2.1.35-1 29 9 javascript. node-mime
node-mimic-response 3.1.0-8 21 5 javascript.
node-minimatch 5.1.1+~5.1.2-1 61 19 javascript. node-brace-expansion
node-minimist 1.2.7+~cs5.3.2-2 47 15 javascript. node-arrify node-is-plain-obj node-kind-of
node-minipass 3.3.6+~cs9.4.19-1+deb12u1 165 43 javascript. node-encoding node-jsonparse node-yallist
node-mkdirp 1.0.4+~1.0.2-4 37 12 javascript. nodejs
node-move-concurrently 1.0.1-5 18 5 javascript. node-aproba node-copy-concurrently node-fs-write-stream-atomic node-mkdirp node-rimraf node-run-queue
node-ms 2.1.3+~cs0.7.31-3 21 6 javascript. nodejs
node-mute-stream 0.0.8+~0.0.1-3 25 6 javascript.
node-n3 1.16.3+~1.2.3+~1.10.4-1 178 37 javascript. node-readable-stream
node-negotiator 0.6.3+~0.6.1-1 52 11 javascript.
node-neo-async 2.6.2+~cs3.0.0-2 578 35 javascript. nodejs
node-nopt 5.0.0-4 37 12 javascript. node-abbrev nodejs
node-normalize-package-data 4.0.1+~2.4.1-1 47 14 javascript. node-hosted-git-info node-resolve node-semver node-validate-npm-package-license
node-normalize-path 3.0.0+~3.0.0-1 20 7 javascript. nodejs
node-npm-bundled 2.0.1-2 24 6 javascript. node-read-package-json
node-npm-package-arg 10.0.0+~3.0.0-2 40 11 javascript. node-hosted-git-info node-osenv node-semver node-validate-npm-package-name
node-npm-run-path 5.1.0+~4.0.0-8 30 6 javascript.
node-npmlog 7.0.1+~4.1.4-1 35 11 javascript. node-are-we-there-yet node-console-control-strings node-gauge node-set-blocking
node-object-assign 4.1.1-7 17 5 javascript. nodejs
node-object-inspect 1.12.2+~cs1.8.1-1 61 21 javascript.
node-once 1.4.0-7 16 4 javascript. node-wrappy
node-optimist 0.6.1+~0.0.30-2 49 14 javascript. node-minimist node-wordwrap
node-optionator 0.9.1+dfsg+~cs1.2.3-1 58 18 javascript. node-deep-is node-fast-levenshtein node-levn node-prelude-ls node-type-check
node-osenv 0.1.5+~0.1.1-1 22 6 javascript.
node-p-cancelable 2.1.1-1 22 7 javascript.
node-p-limit 4.0.0+~cs4.0.0-5 35 8 javascript.
node-p-locate 6.0.0-12 23 6 javascript. node-p-limit
node-p-map 4.0.0+~3.1.0+~3.0.1-1 31 8 javascript. node-escape-string-regexp node-indent-string
node-parse-json 5.2.0+~cs5.1.7-1 31 7 javascript. node-assert node-babel7 node-chalk node-error-ex node-esutils node-js-tokens node-json-parse-better-errors
node-path-dirname 1.0.2-2 18 4 javascript.
node-path-exists 5.0.0-8 18 5 javascript.
node-path-is-absolute 2.0.0-2 15 4 javascript.
node-path-is-inside 1.0.2+~1.0.0-1 20 5 javascript.
node-path-type 4.0.0-3 18 4 javascript. node-pify
node-picocolors 1.0.0-4 22 7 javascript. nodejs
node-pify 5.0.0+~cs5.0.1-1 23 7 javascript.
node-pkg-dir 5.0.0-2 16 4 javascript. node-find-up
node-postcss 8.4.20+~cs8.0.23-1+deb12u1 664 181 javascript. node-isarray node-isobject node-picocolors nodejs
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
node-pump 3.0.0-5 18 5 javascript. node-end-of-stream node-once
node-punycode 2.1.1-6 41 9 javascript. nodejs
node-quick-lru 6.1.1-4 32 8 javascript.
node-randombytes 2.1.0+~2.0.0-2 20 5 javascript. node-safe-buffer
node-read 1.0.7-5 20 5 javascript. node-mute-stream
node-read-package-json 5.0.2+~2.0.0-1 39 12 javascript. node-glob node-json-parse-better-errors node-normalize-package-data node-slash
node-read-pkg 5.2.0-2 103 24 javascript. node-parse-json node-normalize-package-data
node-readable-stream 3.6.0+~cs3.0.0-4 149 32 javascript. node-inherits node-core-util-is node-string-decoder node-safe-buffer node-process-nextick-args node-util-deprecate node-isarray
node-readdirp 3.6.0-1 36 11 javascript. node-anymatch node-graceful-fs node-set-immediate-shim
node-rechoir 0.8.0+~0.6.1-2 28 7 javascript. node-resolve
node-regenerate 1.4.2-3 17 7 javascript. nodejs libjs-regenerate
node-regenerate-unicode-properties 10.1.0+ds-1 910 51 javascript. node-regenerate
node-regenerator-runtime 0.15.1+~0.10.8-1 40 11 javascript.
node-regenerator-transform 0.15.1+~0.10.8-1 152 25 javascript. node-babel7-runtime
node-regexpp 3.2.0-4+deb12u1 313 27 javascript.
node-regexpu-core 5.2.2-3 56 14 javascript. node-regenerate node-regenerate-unicode-properties node-regjsgen node-regjsparser node-unicode-match-property-ecmascript node-unicode-match-property-value-ecmascript
node-regjsgen 0.7.1+ds-1 28 7 javascript.
node-regjsparser 0.9.1+ds-2 94 22 javascript. nodejs node-jsesc
node-repeat-string 1.6.1+repack-1 17 6 javascript.
node-require-directory 2.1.1+~2.1.2-1 24 7 javascript.
node-resolve 1.22.1+~cs5.31.10-1 128 28 javascript. node-function-bind
node-resolve-cwd 3.0.0-2 17 4 javascript. node-resolve-from
node-resolve-from 5.0.0+~3.1.0+~3.3.0+~2.0.0-1 35 7 javascript.
node-resumer 0.0.0-6 18 4 javascript. node-through
node-retry 0.13.1+~0.12.1-1 39 11 javascript.
node-rimraf 3.0.2-2 41 11 javascript. node-glob nodejs
node-run-queue 2.0.0-3 18 5 javascript. node-aproba
node-safe-buffer 5.2.1+~cs2.1.2-3 53 16 javascript.
node-schema-utils 3.1.1~ds-2 92 20 javascript. node-ajv node-ajv-keywords
node-semver 7.3.5+~7.3.9-2 189 42 javascript. node-lru-cache nodejs
node-serialize-javascript 6.0.0-2+deb12u1 45 13 javascript. node-randombytes
node-set-blocking 2.0.0-2 16 4 javascript.
node-set-immediate-shim 2.0.0-2 14 4 javascript.
node-shebang-command 2.0.0-1 14 4 javascript. node-shebang-regex
node-shebang-regex 3.0.0-2 15 4 javascript.
node-signal-exit 3.0.7+~3.0.1-1 28 8 javascript.
node-slash 4.0.0-3 17 4 javascript.
node-slice-ansi 5.0.0+~cs9.0.0-5 34 9 javascript. node-ansi-styles
node-source-list-map 2.0.1+dfsg-2 43 9 javascript.
node-source-map 0.7.0++dfsg2+really.0.6.1-15 247 42 javascript. libjs-source-map
node-source-map-support 0.5.21+ds+~0.5.4-1 48 14 javascript. nodejs node-source-map
node-spdx-correct 3.1.1-2 24 5 javascript. node-spdx-license-ids node-spdx-expression-parse
node-spdx-exceptions 2.3.0-2 15 4 javascript.
node-spdx-expression-parse 3.0.1+~3.0.1-1 30 8 javascript. node-spdx-exceptions node-spdx-license-ids
node-spdx-license-ids 3.0.12-1 23 6 javascript.
node-sprintf-js 1.1.2+ds1+~1.1.2-1 29 4 javascript. libjs-sprintf-js
node-ssri 9.0.1-2 40 18 javascript. node-minipass
node-string-decoder 1.3.0-6 26 7 javascript. node-safe-buffer
node-string-width 4.2.3+~cs13.2.3-1 122 11 javascript. node-slice-ansi node-strip-ansi node-wcwidth.js
node-strip-ansi 6.0.1-2 16 4 javascript. nodejs node-ansi-regex
node-strip-bom 4.0.0-2 16 4 javascript.
node-strip-json-comments 4.0.0-4 23 6 javascript. nodejs
node-supports-color 8.1.1+~8.1.1-1 26 7 javascript. node-has-flag
node-tapable 2.2.1-2 61 14 javascript.
node-tape 5.6.1+~cs8.20.19-1 184 71 javascript. node-debbundle-es-to-primitive node-deep-equal node-define-properties node-defined node-es-abstract node-function-bind node-glob node-inherits node-istanbul node-minimatch node-minimist node-resolve node-object-inspect node-resumer node-through nodejs
node-tar 6.1.13+~cs7.0.5-1+deb12u1 204 53 javascript. node-chownr node-mkdirp node-minipass node-safe-buffer node-yallist
node-terser 5.16.5-2 2067 204 javascript. node-ampproject-remapping
node-text-table 0.2.0-4 19 5 javascript.
node-through 2.3.8+~cs0.0.30-1 21 5 javascript.
node-time-stamp 2.2.0-2 18 6 javascript.
node-to-fast-properties 3.0.1-3 16 4 javascript.
node-to-regex-range 5.0.1-4 26 11 javascript. node-is-number node-repeat-string nodejs
node-tslib 2.4.1-1 76 19 javascript.
node-type-check 0.4.0+dfsg-3 27 9 javascript. node-prelude-ls
node-typedarray 0.0.7-1 41 11 javascript.
node-typedarray-to-buffer 4.0.0-2 14 3 javascript. libjs-typedarray-to-buffer node-is-typedarray
node-undici 5.15.0+dfsg1+~cs20.10.9.3-1+deb12u3 1482 284 javascript. node-busboy
node-unicode-canonical-property-names-ecmascript 2.0.0-2 16 5 javascript.
node-unicode-match-property-ecmascript 2.0.0-2 17 4 javascript. node-unicode-canonical-property-names-ecmascript node-unicode-property-aliases-ecmascript nodejs
node-unicode-match-property-value-ecmascript 2.1.0+ds-1 38 7 javascript.
node-unicode-property-aliases-ecmascript 2.1.0+ds-1 18 5 javascript.
node-unique-filename 1.1.1+ds-2 19 4 javascript. nodejs node-imurmurhash
node-uri-js 4.4.0+dfsg-8 300 47 javascript. node-punycode
node-util 0.12.5+~1.0.10-1 21 6 javascript. libjs-util
node-util-deprecate 1.0.2-3 19 4 javascript.
node-uuid 8.3.2+~8.3.3-3 212 44 javascript.
node-v8-compile-cache 2.3.0-3+deb12u1 28 8 javascript. nodejs
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
node-write 2.0.0~6.0.0+~3.0.4+~2.0.0+~1.0.0+~2.0.1-5 74 18 javascript. nodejs
node-write-file-atomic 4.0.2+~4.0.0-1 35 9 javascript. node-imurmurhash node-is-typedarray node-signal-exit node-typedarray-to-buffer
node-xtend 4.0.2-3 16 4 javascript.
node-y18n 5.0.8+~5.0.0-3 48 10 javascript.
node-yallist 4.0.0+~4.0.1-1 31 8 javascript.
node-yargs 16.2.0+~16.0.4-7 528 128 javascript. node-browserslist node-cliui node-get-caller-file node-require-directory node-string-width node-y18n node-yargs-parser
node-yargs-parser 21.1.1+~21.0.0-4 160 28 javascript. node-camelcase node-decamelize
ocl-icd-libopencl1 2.3.1-1 140 43 libs libc6
pkgconf-bin 1.8.1-1 81 29 devel libc6 libpkgconf3
shared-mime-info 2.2-1 5030 729 misc libc6 libglib2.0-0 libxml2
sq 0.27.0-2+b1 10076 2567 utils libbz2-1.0 libc6 libgcc-s1 libgmp10 libhogweed6 libnettle8 libssl3
sqlite3 3.40.1-2+deb12u2 533 353 database libc6 libreadline8 libsqlite3-0 zlib1g
subversion 1.14.2-4+deb12u1 4837 960 vcs libsvn1 libapr1 libaprutil1 libc6
terser 5.16.5-2 32 17 javascript. node-commander node-terser nodejs
tini 0.19.0-1+b3 731 267 utils libc6
ucf 3.0043+nmu1+deb12u1 214 55 utils.~ debconf sensible-utils
uuid-dev 2.38.1-5+deb12u1 113 40 libdevel libc6-dev libuuid1
webpack 5.75.0+dfsg+~cs17.16.14-1+deb12u1 5162 756 javascript. node-acorn node-browserslist node-chrome-trace-event node-postcss node-commander node-enhanced-resolve node-es-module-lexer node-eslint-scope node-eslint-visitor-keys node-events node-graceful-fs node-jest-debbundle node-interpret node-jest-worker node-json-parse-better-errors node-loader-runner node-mime-types node-neo-async node-p-limit node-rechoir node-schema-utils node-serialize-javascript node-source-map node-tapable eslint node-watchpack node-webassemblyjs node-webpack-sources nodejs terser
x11-common 1:7.7+23 308 252 x11. lsb-base
x11proto-core-dev 2022.1-1 11 4 x11. x11proto-dev
x11proto-dev 2022.1-1 1680 599 x11. xorg-sgml-doctools
x11proto-render-dev 2:2022.1-1 11 4 x11. x11proto-dev
xkb-data 2.35.1-1 6925 764 x11.
xorg-sgml-doctools 1:1.11-1.1 89 22 x11.
xtrans-dev 1.4.0-1 330 99 x11.
`;
