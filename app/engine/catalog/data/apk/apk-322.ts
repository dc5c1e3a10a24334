// Alpine 3.22 (x86_64) packages, written from the Alpine 3.22 archive: one package a line,
// "name version installed-KiB download-KiB depends...|summary|paths". Paths are absolute without
// the leading slash; "path>target" is a symlink; the installed size is spread over the files.
export default `
alpine-baselayout 3.7.0-r0 9 8 alpine-baselayout-data busybox|Alpine base dir structure and init scripts|etc/profile.d/color_prompt.sh.disabled etc/profile.d/locale.sh etc/modprobe.d/aliases.conf etc/crontabs/root
alpine-baselayout-data 3.7.0-r0 18 11|Alpine base dir structure and init scripts|etc/fstab etc/hostname etc/hosts etc/inittab etc/modules etc/mtab>../proc/mounts etc/nsswitch.conf etc/profile etc/protocols etc/services etc/shells etc/sysctl.conf
alpine-keys 2.5-r0 13 13|Public keys for Alpine Linux packages|usr/share/apk/keys/alpine-devel@lists.alpinelinux.org-4a6a0840.rsa.pub usr/share/apk/keys/alpine-devel@lists.alpinelinux.org-5261cecb.rsa.pub usr/share/apk/keys/alpine-devel@lists.alpinelinux.org-6165ee59.rsa.pub
alpine-release 3.22.2-r0 1 1 alpine-baselayout-data|Alpine release data|etc/issue etc/secfixes.d/alpine
apk-tools 2.14.9-r3 284 121 musl ca-certificates-bundle libcrypto3 libssl3 zlib|Alpine Package Keeper - package manager for alpine|sbin/apk
busybox 1.37.0-r19 798 505 musl|Size optimized toolbox of many common UNIX utilities|bin/busybox etc/busybox-paths.d/busybox etc/logrotate.d/acpid etc/network/if-up.d/dad etc/securetty etc/udhcpc/udhcpc.conf usr/share/udhcpc/default.script
busybox-binsh 1.37.0-r19 1 2 busybox|busybox ash /bin/sh|bin/sh>/bin/busybox
ca-certificates-bundle 20250911-r0 226 129|Pre generated bundle of Mozilla certificates|etc/ssl/certs/ca-certificates.crt etc/ssl/cert.pem>certs/ca-certificates.crt
libcrypto3 3.5.4-r0 4702 1739 musl|Crypto library from openssl|usr/lib/libcrypto.so.3 etc/ssl/ct_log_list.cnf etc/ssl/openssl.cnf usr/lib/engines-3/afalg.so usr/lib/engines-3/capi.so usr/lib/engines-3/loader_attic.so usr/lib/engines-3/padlock.so usr/lib/ossl-modules/legacy.so
libssl3 3.5.4-r0 789 347 musl libcrypto3|SSL shared libraries|usr/lib/libssl.so.3
musl 1.2.5-r10 646 402|the musl c library (libc) implementation|lib/ld-musl-x86_64.so.1 lib/libc.musl-x86_64.so.1>ld-musl-x86_64.so.1
musl-utils 1.2.5-r10 102 36 musl scanelf|the musl c library (libc) implementation|sbin/ldconfig usr/bin/getconf usr/bin/getent usr/bin/iconv usr/bin/ldd
scanelf 1.3.8-r1 79 37 musl|Scan ELF binaries for stuff|usr/bin/scanelf
ssl_client 1.37.0-r19 14 5 musl libcrypto3 libssl3|EXternal ssl_client for busybox wget|usr/bin/ssl_client
zlib 1.3.1-r2 104 54 musl|A compression/decompression Library|usr/lib/libz.so.1.3.1 usr/lib/libz.so.1>libz.so.1.3.1
curl 8.14.1-r2 262 168 ca-certificates libcurl musl zlib|URL retrival utility and library|usr/bin/curl
libcurl 8.14.1-r2 685 361 brotli-libs c-ares libidn2 libpsl nghttp2-libs libcrypto3 libssl3 zlib zstd-libs|The multiprotocol file transfer library|usr/lib/libcurl.so.4.8.0 usr/lib/libcurl.so.4>libcurl.so.4.8.0
brotli-libs 1.1.0-r2 858 339 musl|Broli libraries|usr/lib/libbrotlicommon.so.1.1.0 usr/lib/libbrotlidec.so.1.1.0 usr/lib/libbrotlienc.so.1.1.0 usr/lib/libbrotlicommon.so.1>libbrotlicommon.so.1.1.0 usr/lib/libbrotlidec.so.1>libbrotlidec.so.1.1.0 usr/lib/libbrotlienc.so.1>libbrotlienc.so.1.1.0
c-ares 1.34.5-r0 216 97 musl|An asynchronously DNS/names resolver library|usr/lib/libcares.so.2.19.4 usr/lib/libcares.so.2>libcares.so.2.19.4
libidn2 2.3.7-r0 184 74 libunistring musl|Encode/Decode library for internationalized domain names|usr/lib/libidn2.so.0.4.0 usr/lib/libidn2.so.0>libidn2.so.0.4.0
libunistring 1.3-r0 1826 553 musl|Library for manipulating Unicode strings and C strings|usr/lib/libunistring.so.5.2.0 usr/lib/libunistring.so.5>libunistring.so.5.2.0
libpsl 0.21.5-r3 77 26 libidn2 libunistring musl|C library for the Publix Suffix List|usr/lib/libpsl.so.5.3.5 usr/lib/libpsl.so.5>libpsl.so.5.3.5
nghttp2-libs 1.65.0-r0 170 76 musl|Experimental HTTP/2 client, server and proxy (libraries)|usr/lib/libnghttp2.so.14.28.4 usr/lib/libnghttp2.so.14>libnghttp2.so.14.28.4
zstd-libs 1.5.7-r0 720 281 musl|Zstandard - Fast real-time compression algorithm (libraries)|usr/lib/libzstd.so.1.5.7 usr/lib/libzstd.so.1>libzstd.so.1.5.7
ca-certificates 20250911-r0 660 167 ca-certificates-bundle musl libcrypto3|Common CA certificates PEM files from Mozilla|usr/bin/c_rehash usr/sbin/update-ca-certificates usr/share/ca-certificates/mozilla/ISRG_Root_X1.crt usr/share/ca-certificates/mozilla/DigiCert_Global_Root_G2.crt etc/ca-certificates.conf
bash 5.2.37-r0 1260 446 readline libncursesw ncurses-terminfo-base musl|The GNU Bourne Again shell|bin/bash etc/bash/bashrc
readline 8.2.13-r1 295 122 libncursesw musl|GNU readline library|usr/lib/libreadline.so.8.2 usr/lib/libreadline.so.8>libreadline.so.8.2 etc/inputrc
libncursesw 6.5_p20250503-r0 427 157 ncurses-terminfo-base musl|Console display library (libncursesw)|usr/lib/libncursesw.so.6.5 usr/lib/libncursesw.so.6>libncursesw.so.6.5
libpanelw 6.5_p20250503-r0 17 8 libncursesw musl|Console display library (libpanelw)|usr/lib/libpanelw.so.6.5 usr/lib/libpanelw.so.6>libpanelw.so.6.5
ncurses-terminfo-base 6.5_p20250503-r0 41 22|Descriptions of common terminals|etc/terminfo/a/ansi etc/terminfo/l/linux etc/terminfo/v/vt100 etc/terminfo/x/xterm etc/terminfo/x/xterm-256color
git 2.49.1-r0 15840 6128 ca-certificates libcurl libexpat pcre2 zlib musl|Distributed version control system|usr/bin/git usr/bin/git-shell usr/bin/scalar usr/bin/git-receive-pack>git usr/bin/git-upload-archive>git usr/bin/git-upload-pack>git usr/libexec/git-core/git usr/libexec/git-core/git-remote-http usr/libexec/git-core/git-http-fetch usr/libexec/git-core/git-sh-setup usr/share/git-core/templates/description
libexpat 2.7.3-r0 194 78 musl|XML Parser library written in C|usr/lib/libexpat.so.1.10.2 usr/lib/libexpat.so.1>libexpat.so.1.10.2
pcre2 10.46-r0 714 284 musl|Perl-compatible regular expression library|usr/lib/libpcre2-8.so.0.14.0 usr/lib/libpcre2-8.so.0>libpcre2-8.so.0.14.0
build-base 0.5-r3 1 1 binutils file gcc g++ make libc-dev fortify-headers patch|Meta package for build base|
binutils 2.44-r3 8220 2875 jansson libctf zlib zstd-libs musl|Tools necessary to build programs|usr/bin/as usr/bin/ld usr/bin/ld.bfd usr/bin/ar usr/bin/nm usr/bin/objcopy usr/bin/objdump usr/bin/ranlib usr/bin/readelf usr/bin/size usr/bin/strings usr/bin/strip usr/lib/libbfd-2.44.so usr/lib/libopcodes-2.44.so usr/lib/libsframe.so.1.0.0
jansson 2.14.1-r0 66 28 musl|JSON library|usr/lib/libjansson.so.4.14.1 usr/lib/libjansson.so.4>libjansson.so.4.14.1
libctf 2.44-r3 168 72 zlib musl|Compact C Type Format library|usr/lib/libctf.so.0.0.0 usr/lib/libctf.so.0>libctf.so.0.0.0
gcc 14.2.0-r6 135200 47356 binutils libgcc libstdc++ libgomp libatomic gmp isl26 mpc1 mpfr4 zlib zstd-libs musl|The GNU Compiler Collection|usr/bin/gcc usr/bin/cc>gcc usr/bin/cpp usr/bin/gcov usr/bin/x86_64-alpine-linux-musl-gcc usr/libexec/gcc/x86_64-alpine-linux-musl/14.2.0/cc1 usr/libexec/gcc/x86_64-alpine-linux-musl/14.2.0/collect2 usr/libexec/gcc/x86_64-alpine-linux-musl/14.2.0/lto1 usr/libexec/gcc/x86_64-alpine-linux-musl/14.2.0/lto-wrapper usr/lib/gcc/x86_64-alpine-linux-musl/14.2.0/libgcc.a usr/lib/gcc/x86_64-alpine-linux-musl/14.2.0/crtbegin.o
g++ 14.2.0-r6 45924 13852 gcc libstdc++-dev musl|GNU C++ standard library and compiler|usr/bin/g++ usr/bin/c++ usr/bin/x86_64-alpine-linux-musl-g++ usr/libexec/gcc/x86_64-alpine-linux-musl/14.2.0/cc1plus
libstdc++-dev 14.2.0-r6 19824 2556 libstdc++ musl|GNU C++ standard library (development files)|usr/include/c++/14.2.0/iostream usr/include/c++/14.2.0/vector usr/include/c++/14.2.0/bits/stl_vector.h usr/lib/libstdc++.a usr/lib/libstdc++.so>libstdc++.so.6.0.33
libstdc++ 14.2.0-r6 2708 998 libgcc musl|GNU C++ standard runtime library|usr/lib/libstdc++.so.6.0.33 usr/lib/libstdc++.so.6>libstdc++.so.6.0.33
libgcc 14.2.0-r6 154 69 musl|GNU C compiler runtime libraries|usr/lib/libgcc_s.so.1
libgomp 14.2.0-r6 332 138 musl|GCC shared-memory parallel programming API library|usr/lib/libgomp.so.1.0.0 usr/lib/libgomp.so.1>libgomp.so.1.0.0
libatomic 14.2.0-r6 42 20 musl|GCC Atomic library|usr/lib/libatomic.so.1.2.0 usr/lib/libatomic.so.1>libatomic.so.1.2.0
gmp 6.3.0-r3 439 235 musl|free library for arbitrary precision arithmetic|usr/lib/libgmp.so.10.5.0 usr/lib/libgmp.so.10>libgmp.so.10.5.0
isl26 0.26-r1 2392 747 gmp musl|An Integer Set Library for the Polyhedral Model|usr/lib/libisl.so.23.3.0 usr/lib/libisl.so.23>libisl.so.23.3.0
mpc1 1.3.1-r1 120 47 gmp mpfr4 musl|Multiprecision C library|usr/lib/libmpc.so.3.3.1 usr/lib/libmpc.so.3>libmpc.so.3.3.1
mpfr4 4.2.1-r0 2820 1180 gmp musl|multiple-precision floating-point library|usr/lib/libmpfr.so.6.2.1 usr/lib/libmpfr.so.6>libmpfr.so.6.2.1
make 4.4.1-r3 271 185 musl|GNU make utility to maintain groups of programs|usr/bin/make
musl-dev 1.2.5-r10 4624 1003 musl|the musl c library (libc) implementation (development files)|usr/include/stdio.h usr/include/stdlib.h usr/include/string.h usr/include/unistd.h usr/lib/libc.a usr/lib/crt1.o usr/lib/libc.so>../../lib/libc.musl-x86_64.so.1
libc-dev 0.7.2-r6 4 2 musl-dev|Meta package to pull in correct libc|
fortify-headers 1.1-r5 100 13|libc-agnostic implementation of FORTIFY_SOURCE|usr/include/fortify/stdio.h usr/include/fortify/string.h usr/include/fortify/unistd.h
patch 2.8-r0 205 102 musl|Utility to apply diffs to files|usr/bin/patch
file 5.46-r2 29 24 libmagic musl|File type identification utility|usr/bin/file
libmagic 5.46-r2 9864 731 musl zlib|File type identification library|usr/lib/libmagic.so.1.0.0 usr/lib/libmagic.so.1>libmagic.so.1.0.0 usr/share/misc/magic.mgc
python3 3.12.12-r0 47412 13124 libbz2 libexpat libffi gdbm libncursesw libpanelw mpdecimal readline sqlite-libs xz-libs zlib musl|A high-level scripting language|usr/bin/python3.12 usr/bin/python3>python3.12 usr/bin/pydoc3.12 usr/bin/pydoc3>pydoc3.12 usr/lib/libpython3.12.so.1.0 usr/lib/libpython3.so usr/lib/python3.12/os.py usr/lib/python3.12/site.py usr/lib/python3.12/typing.py usr/lib/python3.12/asyncio/__init__.py usr/lib/python3.12/json/__init__.py usr/lib/python3.12/lib-dynload/_ssl.cpython-312-x86_64-linux-musl.so usr/lib/python3.12/lib-dynload/_sqlite3.cpython-312-x86_64-linux-musl.so
py3-pip 25.1.1-r0 10772 2648 python3|Tool for installing and managing python packages|usr/bin/pip usr/bin/pip3 usr/bin/pip3.12 usr/lib/python3.12/site-packages/pip/__init__.py usr/lib/python3.12/site-packages/pip/_internal/cli/main.py usr/lib/python3.12/site-packages/pip/_vendor/rich/console.py usr/lib/python3.12/site-packages/pip-25.1.1.dist-info/METADATA
libbz2 1.0.8-r6 72 33 musl|Shared library for bz2|usr/lib/libbz2.so.1.0.8 usr/lib/libbz2.so.1>libbz2.so.1.0.8
libffi 3.4.8-r0 46 22 musl|portable, high level programming interface to various calling conventions|usr/lib/libffi.so.8.1.4 usr/lib/libffi.so.8>libffi.so.8.1.4
gdbm 1.24-r0 244 85 musl|GNU dbm is a set of database routines that use extensible hashing|usr/lib/libgdbm.so.6.0.0 usr/lib/libgdbm.so.6>libgdbm.so.6.0.0 usr/lib/libgdbm_compat.so.4.0.0 usr/lib/libgdbm_compat.so.4>libgdbm_compat.so.4.0.0 usr/bin/gdbmtool
mpdecimal 4.0.1-r0 200 80 musl|complete implementation of the General Decimal Arithmetic Specification|usr/lib/libmpdec.so.4.0.1 usr/lib/libmpdec.so.4>libmpdec.so.4.0.1
sqlite-libs 3.49.2-r1 1408 661 musl|Sqlite3 library|usr/lib/libsqlite3.so.3.49.2 usr/lib/libsqlite3.so.0>libsqlite3.so.3.49.2
xz-libs 5.8.1-r0 188 78 musl|Library and CLI tools for XZ and LZMA compressed files (libraries)|usr/lib/liblzma.so.5.8.1 usr/lib/liblzma.so.5>liblzma.so.5.8.1
nodejs 22.16.0-r2 45608 14256 ca-certificates ada-libs brotli-libs c-ares icu-libs libcrypto3 libssl3 libgcc libstdc++ libuv nghttp2-libs simdjson simdutf sqlite-libs zlib musl|JavaScript runtime built on V8 engine - LTS version|usr/bin/node usr/share/systemtap/tapset/node.stp
npm 11.3.0-r1 9080 2400 nodejs|The package manager for JavaScript|usr/bin/npm>../lib/node_modules/npm/bin/npm-cli.js usr/bin/npx>../lib/node_modules/npm/bin/npx-cli.js usr/lib/node_modules/npm/package.json usr/lib/node_modules/npm/bin/npm-cli.js usr/lib/node_modules/npm/bin/npx-cli.js usr/lib/node_modules/npm/lib/npm.js usr/lib/node_modules/npm/lib/commands/install.js usr/lib/node_modules/npm/node_modules/@npmcli/arborist/lib/arborist/reify.js
ada-libs 2.9.2-r4 300 116 libstdc++ libgcc musl|WHATWG-compliant and fast URL parser written in modern C++ (libraries)|usr/lib/libada.so.2.9.2 usr/lib/libada.so.2>libada.so.2.9.2
icu-libs 76.1-r1 3640 1321 icu-data-en libgcc libstdc++ musl|International Components for Unicode library (libraries)|usr/lib/libicuuc.so.76.1 usr/lib/libicui18n.so.76.1 usr/lib/libicuio.so.76.1 usr/lib/libicuuc.so.76>libicuuc.so.76.1 usr/lib/libicui18n.so.76>libicui18n.so.76.1
icu-data-en 76.1-r1 2340 885|Stripped down ICU data with only en_US/GB locale|usr/share/icu/76.1/icudt76l.dat
libuv 1.51.0-r0 192 88 musl|Cross-platform asychronous I/O|usr/lib/libuv.so.1.0.0 usr/lib/libuv.so.1>libuv.so.1.0.0
simdjson 3.12.3-r0 748 228 libgcc libstdc++ musl|Parsing gigabytes of JSON per second|usr/lib/libsimdjson.so.25.0.0 usr/lib/libsimdjson.so.25>libsimdjson.so.25.0.0
simdutf 7.2.1-r0 940 262 libgcc libstdc++ musl|Unicode validation and transcoding at billions of characters per second|usr/lib/libsimdutf.so.24.0.0 usr/lib/libsimdutf.so.24>libsimdutf.so.24.0.0
openssl 3.5.4-r0 1536 572 libcrypto3 libssl3 musl|Toolkit for Transport Layer Security (TLS)|usr/bin/openssl usr/bin/c_rehash
tzdata 2025b-r0 1535 446|Timezone data|usr/share/zoneinfo/UTC usr/share/zoneinfo/Europe/London usr/share/zoneinfo/Europe/Paris usr/share/zoneinfo/America/New_York usr/share/zoneinfo/Asia/Tokyo usr/share/zoneinfo/zone1970.tab usr/share/zoneinfo/tzdata.zi usr/sbin/zic usr/sbin/zdump
shadow 4.17.3-r0 2688 750 linux-pam musl|PAM-using login and passwd utilities (usermod, useradd, ...)|usr/sbin/useradd usr/sbin/usermod usr/sbin/userdel usr/sbin/groupadd usr/sbin/groupmod usr/sbin/groupdel usr/sbin/chpasswd usr/sbin/newusers usr/bin/chage usr/bin/gpasswd usr/bin/newgrp etc/login.defs etc/default/useradd
linux-pam 1.7.0-r4 1044 374 musl|Linux PAM (Pluggable Authentication Modules for Linux)|usr/lib/libpam.so.0.85.1 usr/lib/libpam.so.0>libpam.so.0.85.1 usr/lib/security/pam_unix.so usr/lib/security/pam_env.so etc/security/limits.conf etc/pam.d/base-auth
su-exec 0.2-r3 10 5 musl|switch user and group id, setgroups and exec|sbin/su-exec
tini 0.19.0-r3 34 18 musl|A tiny but valid init for containers|sbin/tini
dumb-init 1.2.5-r3 38 13 musl|minimal init system for Linux containers|usr/bin/dumb-init
wget 1.25.0-r1 497 183 libidn2 libunistring musl pcre2 libssl3 libcrypto3 zlib|Network utility to retrieve files from the Web|usr/bin/wget etc/wgetrc
libc6-compat 1.2.5-r10 4 2 musl|compatibility libraries for glibc|lib/ld-linux-x86-64.so.2>/lib/libc.musl-x86_64.so.1 lib64/ld-linux-x86-64.so.2>/lib/ld-linux-x86-64.so.2
jq 1.8.0-r0 296 138 oniguruma musl|A lightweight and flexible command-line JSON processor|usr/bin/jq usr/lib/libjq.so.1.0.4 usr/lib/libjq.so.1>libjq.so.1.0.4
oniguruma 6.9.10-r0 596 203 musl|a regular expressions library|usr/lib/libonig.so.5.4.0 usr/lib/libonig.so.5>libonig.so.5.4.0
libc-utils 0.7.2-r6 4 2 musl-utils|Meta package to pull in correct libc|
postgresql-client 17-r0 1 1 postgresql17-client|PostgreSQL client (default version)|
postgresql17-client 17.6-r0 1968 702 libpq lz4-libs readline zstd-libs musl|PostgreSQL client|usr/libexec/postgresql17/psql usr/libexec/postgresql17/pg_dump usr/libexec/postgresql17/pg_restore usr/libexec/postgresql17/pg_dumpall usr/bin/psql>../libexec/postgresql17/psql usr/bin/pg_dump>../libexec/postgresql17/pg_dump
libpq 17.6-r0 392 167 libcrypto3 libssl3 musl|PostgreSQL client library|usr/lib/libpq.so.5.17 usr/lib/libpq.so.5>libpq.so.5.17
lz4-libs 1.10.0-r0 140 70 musl|LZ4 is lossless compression algorithm with fast decoder @ multiple GB/s per core. (libraries)|usr/lib/liblz4.so.1.10.0 usr/lib/liblz4.so.1>liblz4.so.1.10.0
pcre 8.45-r4 400 140 musl|Perl-compatible regular expression library|usr/lib/libpcre.so.1.2.13 usr/lib/libpcre.so.1>libpcre.so.1.2.13
`;
