// Ubuntu 20.04 (focal) packages the closure needs that data/tools/ubuntu_versions.py does not
// version, by data/tools/ubuntu.py: each line is the closest Debian package (bullseye) as it is,
// version included. The version is NOT Ubuntu's: a stand-in until someone writes the real one.
export default `
node-err-code 2.0.3+dfsg-1 18 5 javascript.
node-escape-string-regexp 4.0.0-1 16 4 javascript. nodejs
node-extend 3.0.2-1 22 7 javascript. nodejs
node-extsprintf 1.4.0-1 28 6 javascript.
node-fast-deep-equal 3.1.3-1 31 6 javascript.
node-forever-agent 0.6.1-2 18 4 javascript. nodejs
node-form-data 3.0.0-2+deb11u1 38 13 javascript. nodejs node-asynckit node-combined-stream node-mime-types
node-fs-write-stream-atomic 1.0.10-4 21 5 javascript. nodejs node-imurmurhash node-graceful-fs node-iferr
node-fs.realpath 1.0.0-1.1 26 6 javascript. nodejs
node-function-bind 1.1.1+repack-1 26 5 javascript. nodejs
node-gauge 2.7.4-1.1 77 25 javascript. nodejs node-string-width node-console-control-strings node-object-assign node-strip-ansi node-has-unicode node-aproba node-wide-align node-signal-exit
node-getpass 0.1.7-1.1 19 4 javascript. nodejs node-assert-plus
node-glob 7.1.6+~7.1.3-1 192 129 javascript. node-fs.realpath node-inflight node-inherits node-minimatch node-once node-path-is-absolute nodejs
node-graceful-fs 4.2.4+repack-1 45 13 javascript. nodejs
node-gyp 7.1.2-4 147 50 javascript. gyp libnode-dev node-glob node-graceful-fs node-mkdirp node-nopt node-npmlog node-osenv node-rimraf node-semver node-tar node-which nodejs
node-har-schema 2.0.0-4 37 6 javascript. nodejs
node-har-validator 5.1.5-1 28 7 javascript. node-ajv node-har-schema
node-has-flag 4.0.0-1 16 4 javascript. nodejs
node-has-unicode 2.0.1-2 16 3 javascript. nodejs
node-hosted-git-info 3.0.8-1 31 10 javascript. node-lru-cache
node-http-signature 1.3.5-1 54 13 javascript. node-assert-plus node-jsprim node-sshpk nodejs
node-https-proxy-agent 5.0.0-3 40 11 javascript. node-agent-base node-debug nodejs
node-iconv-lite 0.5.1-3 432 128 javascript. nodejs
node-iferr 1.0.2-1 15 3 javascript. nodejs
node-imurmurhash 0.1.4-1.1 28 8 javascript. nodejs
node-indent-string 4.0.0-1 16 4 javascript.
node-inflight 1.0.6-1.1 16 4 javascript. nodejs node-wrappy node-once
node-inherits 2.0.4-1 15 4 javascript. libjs-inherits nodejs
node-ini 2.0.0-1 20 6 javascript.
node-ip 1.1.5-5 27 7 javascript. nodejs
node-ip-regex 4.3.0-1 19 5 javascript. nodejs
node-is-typedarray 1.0.0-3 13 3 javascript. libjs-is-typedarray
node-isarray 2.0.5-1 15 4 javascript. nodejs
node-isexe 2.0.0-5 18 5 javascript. nodejs
node-isstream 0.1.2+dfsg-1.1 17 4 javascript. nodejs
node-jsbn 1.1.0-1.1 57 14 javascript. nodejs
node-json-parse-better-errors 1.0.2+~2.3.1-1 25 7 javascript.
node-json-schema 0.3.0+~7.0.6-1+deb11u1 65 13 javascript.
node-json-schema-traverse 1.0.0-2 27 6 javascript.
node-json-stable-stringify 1.0.1+~cs5.1.32-1 31 7 javascript. node-jsonify nodejs
node-json-stringify-safe 5.0.1+repack-3 104 21 javascript. nodejs
node-jsonify 0.0.0-1.1 28 6 javascript. nodejs
node-jsonparse 1.3.1-7 33 7 javascript. nodejs
node-jsonstream 1.3.5-1 27 8 javascript. node-jsonparse node-through nodejs
node-jsprim 2.0.0-1 37 14 javascript. node-assert-plus node-extsprintf node-json-schema node-verror nodejs
node-leven 3.1.0+~cs1.1.1-1 24 6 javascript. nodejs
node-lockfile 1.0.4-3 27 8 javascript. nodejs node-signal-exit
node-lru-cache 5.1.1-5 24 8 javascript. node-yallist nodejs
node-mime 2.5.0+dfsg+~cs3.90.0-1 262 39 javascript. nodejs
node-mime-types 2.1.28-1 29 9 javascript. node-mime
node-minimatch 3.0.4+~3.0.3-1+deb11u2 52 16 javascript. node-brace-expansion nodejs
node-mkdirp 1.0.4+~1.0.1-1 37 12 javascript. nodejs
node-move-concurrently 1.0.1-2 19 5 javascript. nodejs node-run-queue node-rimraf node-fs-write-stream-atomic node-aproba node-mkdirp node-copy-concurrently
node-ms 2.1.3+~cs0.7.31-1 21 6 javascript. nodejs
node-mute-stream 0.0.8-2 18 5 javascript. nodejs
node-nopt 5.0.0-1 38 12 javascript. node-abbrev nodejs
node-normalize-package-data 3.0.0+~2.4.0-1 43 12 javascript. node-hosted-git-info node-resolve node-semver node-validate-npm-package-license nodejs
node-npm-bundled 1.1.1-1 26 6 javascript. nodejs
node-npm-package-arg 8.1.0-1 26 8 javascript. nodejs node-hosted-git-info node-osenv node-semver node-validate-npm-package-name
node-npmlog 4.1.2-2 28 9 javascript. node-are-we-there-yet node-console-control-strings node-gauge node-set-blocking nodejs
node-number-is-nan 2.0.0-1 14 3 javascript. nodejs
node-oauth-sign 0.9.0-2 17 4 javascript. nodejs
node-object-assign 4.1.1-3 17 4 javascript. nodejs
node-once 1.4.0-3 17 4 javascript. nodejs node-wrappy
node-opener 1.5.2-1 22 5 javascript. nodejs xdg-utils
node-osenv 0.1.5-1 17 4 javascript. nodejs
node-p-map 4.0.0-1 32 8 javascript. node-escape-string-regexp node-indent-string nodejs
node-path-is-absolute 2.0.0-1 15 4 javascript. nodejs
node-performance-now 2.1.0+debian-1.1 20 5 javascript. nodejs
node-process-nextick-args 2.0.0-1 16 3 javascript. nodejs
node-promise-inflight 1.0.1-1.1 15 3 javascript. nodejs
node-promise-retry 2.0.1-1 18 5 javascript. node-err-code node-retry
node-promzard 0.3.0-1.1 36 9 javascript. nodejs node-read
node-psl 1.8.0+ds-4 150 38 javascript. libjs-psl node-punycode nodejs
node-puka 1.0.1+dfsg-2 135 29 javascript. nodejs
node-punycode 2.1.1-3 41 9 javascript. nodejs
node-qs 6.9.4+ds-1+deb11u1 82 23 javascript.
node-read 1.0.7-2 20 5 javascript. node-mute-stream nodejs
node-read-package-json 3.0.0-1 32 10 javascript. node-glob node-json-parse-better-errors node-normalize-package-data node-slash nodejs
node-readable-stream 3.6.0-2 139 30 javascript. nodejs node-inherits node-core-util-is node-string-decoder node-safe-buffer node-process-nextick-args node-util-deprecate node-isarray
node-resolve 1.19.0+~cs5.20.8-2 83 18 javascript. node-function-bind
node-resolve-from 5.0.0+~3.1.0+~3.3.0+~2.0.0-1 35 7 javascript.
node-retry 0.12.0-1 31 10 javascript. nodejs
node-rimraf 3.0.2-1 41 11 javascript. node-glob nodejs
node-run-queue 2.0.0-1 18 5 javascript. node-aproba
node-safe-buffer 5.2.1+~cs2.1.2-1 53 15 javascript. nodejs
node-semver 7.3.4-1 186 42 javascript. node-lru-cache nodejs
node-set-blocking 2.0.0-1.1 18 4 javascript. nodejs
node-signal-exit 3.0.3-1 22 6 javascript. nodejs
node-slash 3.0.0-1 15 4 javascript. nodejs
node-spdx-correct 3.1.1-1 24 5 javascript. node-spdx-license-ids node-spdx-expression-parse nodejs
node-spdx-exceptions 2.3.0-1 15 4 javascript. nodejs
node-spdx-expression-parse 3.0.1-1 24 7 javascript. node-spdx-exceptions node-spdx-license-ids nodejs
node-spdx-license-ids 3.0.7-1 27 7 javascript. nodejs
node-sshpk 1.16.1+dfsg-2 259 55 javascript. nodejs node-asn1 node-assert-plus node-bcrypt-pbkdf node-dashdash node-ecc-jsbn node-getpass node-jsbn node-tweetnacl
node-ssri 8.0.1-2 64 23 javascript. node-yallist nodejs
node-string-decoder 1.3.0-2 26 7 javascript. node-safe-buffer nodejs
node-string-width 4.2.0-1 74 10 javascript. node-strip-ansi node-wcwidth.js nodejs
node-strip-ansi 6.0.0-2 16 4 javascript. nodejs node-ansi-regex
node-supports-color 8.1.0+~7.2.0-1 25 7 javascript. node-has-flag nodejs
node-tar 6.0.5+ds1+~cs11.3.9-1+deb11u3 208 46 javascript. nodejs node-chownr node-mkdirp node-safe-buffer node-yallist
node-text-table 0.2.0-2 20 4 javascript. nodejs
node-through 2.3.8+~cs0.0.30-1 21 5 javascript.
node-tunnel-agent 0.6.1-2 20 5 javascript. node-safe-buffer nodejs
node-tweetnacl 1.0.3+dfsg-1 186 35 javascript. nodejs
node-typedarray-to-buffer 4.0.0-1 14 3 javascript. libjs-typedarray-to-buffer node-is-typedarray
node-unique-filename 1.1.1+ds-1 19 4 javascript. nodejs node-imurmurhash
node-uri-js 4.4.0+dfsg-5 292 47 javascript. node-punycode
node-util-deprecate 1.0.2-1 20 4 javascript. nodejs
node-uuid 8.3.2+~8.3.0-4 206 44 javascript.
node-validate-npm-package-license 3.0.4-1 17 4 javascript. node-spdx-correct node-spdx-expression-parse nodejs
node-validate-npm-package-name 3.0.0-1.1 19 5 javascript. nodejs node-builtins
node-verror 1.10.0-1.1 35 14 javascript. nodejs node-core-util-is node-extsprintf node-assert-plus
node-wcwidth.js 1.0.0-1.1 23 7 javascript. nodejs node-defaults
node-which 2.0.2+~cs1.3.2-1 32 8 javascript. nodejs node-isexe
node-wide-align 1.1.3-1 16 4 javascript. nodejs node-string-width
node-wrappy 1.0.2-1.1 15 3 javascript. nodejs
node-write-file-atomic 3.0.3+~3.0.1-1 32 8 javascript. node-imurmurhash node-is-typedarray node-signal-exit node-typedarray-to-buffer nodejs
node-yallist 4.0.0-1 24 7 javascript. nodejs
ocl-icd-libopencl1 2.2.14-2 140 42 libs libc6
python3-pycurl 7.43.0.6-5 189 69 python python3 libc6 libcurl3-gnutls
shared-mime-info 2.0-1 4880 701 misc libc6 libglib2.0-0 libxml2
sq 0.24.0-4+b1 5726 1498 utils libbz2-1.0 libc6 libgcc-s1 libgmp10 libhogweed5 libnettle7
sqlite3 3.34.1-3+deb11u1 3081 1201 database libc6 libreadline8 zlib1g libsqlite3-0
subversion 1.14.1-3+deb11u2 4873 997 vcs libsvn1 libapr1 libaprutil1 libc6
tini 0.19.0-1 758 255 utils libc6
uuid-dev 2.36.1-8+deb11u2 172 99 libdevel libc6-dev libuuid1
x11-common 1:7.7+22 308 252 x11. lsb-base
x11proto-core-dev 2020.1-1 11 3 x11. x11proto-dev
x11proto-dev 2020.1-1 1657 594 x11. xorg-sgml-doctools
x11proto-render-dev 2:2020.1-1 11 3 x11. x11proto-dev
x11proto-xext-dev 2020.1-1 11 3 x11. x11proto-dev
xdg-utils 1.1.3-4.1 329 75 utils.
xkb-data 2.29-2 5872 655 x11.
xorg-sgml-doctools 1:1.11-1.1 89 22 x11.
xtrans-dev 1.4.0-1 330 99 x11.
`;
