// Ubuntu 20.04 (focal) packages Dockerfiles install, by data/tools/ubuntu.py. Same line format as deb-trixie-N.ts.
// Versions: Ubuntu's, from data/tools/ubuntu_versions.py, written from memory of the focal
// archive in late 2025: best estimates, not checked against the archive (not reachable here).
// Sizes, sections and depends are the closest Debian package's (bullseye), renamed where Ubuntu's
// release carries another version in the name (python3.X, gcc-N, libicuN, perl 5.N).
export default `
adduser 3.118ubuntu2 849 241 admin.+ passwd debconf
binutils 2.34-6ubuntu1.11 97 61 devel binutils-common libbinutils binutils-x86-64-linux-gnu
binutils-common 2.34-6ubuntu1.11 13897 2220 devel
binutils-x86-64-linux-gnu 2.34-6ubuntu1.11 8724 1809 devel binutils-common libbinutils libc6 libctf-nobfd0 libctf0 libgcc-s1 libstdc++6 zlib1g
build-essential 12.8ubuntu1.1 20 8 devel libc6-dev gcc g++ make dpkg-dev
bzip2 1.0.8-2 122 49 utils~ libbz2-1.0 libc6
ca-certificates 20240203~20.04.1 403 175 misc.~ openssl debconf
ca-certificates-java 20190405ubuntu1.1 48 17 java. ca-certificates
cmake 3.16.3-1ubuntu1.20.04.1 22944 5593 devel cmake-data procps libarchive13 libc6 libcurl4 libexpat1 libgcc-s1 libjsoncpp1 librhash0 libstdc++6 libuv1 zlib1g
cmake-data 3.16.3-1ubuntu1.20.04.1 8890 1725 devel.
cpp 4:9.3.0-1ubuntu2 42 20 interpreters cpp-9
cpp-9 9.4.0-1ubuntu1~20.04.2 25613 8528 interpreters gcc-9-base libc6 libgmp10 libisl22 libmpc3 libmpfr6 libzstd1 zlib1g
curl 7.68.0-1ubuntu2.25 431 272 web libc6 libcurl4 zlib1g
default-libmysqlclient-dev 1.0.5ubuntu2 10 4 database libmysqlclient-dev
dirmngr 2.2.19-3ubuntu2.2 1279 763 utils adduser gpgconf lsb-base init-system-helpers libassuan0 libc6 libgcrypt20 libgnutls30 libgpg-error0 libksba8 libldap-2.4-2 libnpth0
distro-info-data 0.43ubuntu1.18 21 9 devel.
dpkg-dev 1.19.7ubuntu3.2 2621 2317 utils. perl libdpkg-perl tar bzip2 xz-utils patch make binutils
fontconfig-config 2.13.1-2ubuntu3 442 281 fonts. debconf ucf fonts-dejavu-core
fonts-dejavu-core 2.37-1 2954 1069 fonts.
g++ 4:9.3.0-1ubuntu2 15 2 devel cpp gcc g++-9 gcc-9
g++-9 9.4.0-1ubuntu1~20.04.2 27441 9380 devel gcc-9-base gcc-9 libstdc++-9-dev libc6 libgmp10 libisl22 libmpc3 libmpfr6 libzstd1 zlib1g
gcc 4:9.3.0-1ubuntu2 45 5 devel cpp gcc-9
gcc-9 9.4.0-1ubuntu1~20.04.2 51125 16990 devel cpp-9 gcc-9-base libcc1-0 binutils libgcc-9-dev libc6 libgcc-s1 libgmp10 libisl22 libmpc3 libmpfr6 libstdc++6 libzstd1 zlib1g
gcc-9-base 9.4.0-1ubuntu1~20.04.2 262 198 libs!
gir1.2-glib-2.0 1.64.1-1~ubuntu20.04.1 662 151 introspection libgirepository-1.0-1 libglib2.0-0
git 1:2.25.1-1ubuntu3.14 35276 5568 vcs libc6 libcurl3-gnutls libexpat1 libpcre2-8-0 zlib1g perl liberror-perl git-man
git-man 1:2.25.1-1ubuntu3.14 1878 1831 doc.
gnupg 2.2.19-3ubuntu2.2 864 825 utils. dirmngr gnupg-l10n gnupg-utils gpg gpg-agent gpg-wks-client gpg-wks-server gpgsm gpgv
gnupg-l10n 2.2.19-3ubuntu2.2 4905 1084 localization.
gnupg-utils 2.2.19-3ubuntu2.2 1792 905 utils libassuan0 libbz2-1.0 libc6 libgcrypt20 libgpg-error0 libksba8 libreadline8 zlib1g
gpg 2.2.19-3ubuntu2.2 1560 928 utils gpgconf libassuan0 libbz2-1.0 libc6 libgcrypt20 libgpg-error0 libreadline8 libsqlite3-0 zlib1g
gpg-agent 2.2.19-3ubuntu2.2 1285 670 utils gpgconf pinentry-curses init-system-helpers libassuan0 libc6 libgcrypt20 libgpg-error0 libnpth0
gpg-wks-client 2.2.19-3ubuntu2.2 658 524 utils dirmngr gpg gpg-agent libassuan0 libc6 libgcrypt20 libgpg-error0
gpg-wks-server 2.2.19-3ubuntu2.2 634 516 utils gpg gpg-agent libc6 libgcrypt20 libgpg-error0
gpgconf 2.2.19-3ubuntu2.2 771 548 utils libassuan0 libc6 libgcrypt20 libgpg-error0 libreadline8
gpgsm 2.2.19-3ubuntu2.2 951 645 utils gpgconf libassuan0 libc6 libgcrypt20 libgpg-error0 libksba8 libreadline8
iproute2 5.5.0-1ubuntu1 2867 930 net+ debconf libbpf0 libbsd0 libc6 libcap2 libdb5.3 libelf1 libmnl0 libselinux1 libxtables12 libcap2-bin
iputils-ping 3:20190709-3ubuntu1 113 50 net+ libcap2-bin libc6 libcap2 libidn2-0
iso-codes 4.4-1 20072 2824 misc.
java-common 0.72 37 15 java.
jq 1.6-1ubuntu0.20.04.1 111 65 utils libjq1 libc6
less 551-1ubuntu0.3 304 136 text+ libc6 libtinfo6
libarchive13 3.4.0-2ubuntu1.5 870 344 libs libacl1 libbz2-1.0 libc6 liblz4-1 liblzma5 libnettle7 libxml2 libzstd1 zlib1g
libasan5 9.4.0-1ubuntu1~20.04.2 9631 2065 libs gcc-9-base libc6 libgcc-s1
libasound2 1.2.2-2.1ubuntu2.5 1129 357 libs libasound2-data libc6
libasound2-data 1.2.2-2.1ubuntu2.5 214 38 libs.
libassuan0 2.5.3-7ubuntu2 121 50 libs libc6 libgpg-error0
libatomic1 10.5.0-1ubuntu1~20.04 45 9 libs gcc-9-base libc6
libbinutils 2.34-6ubuntu1.11 2838 570 devel libc6 zlib1g binutils-common
libbrotli1 1.0.7-6ubuntu0.1 784 279 libs libc6
libbsd0 0.10.0-1 191 108 libs libc6 libmd0
libc-ares2 1.15.0-1ubuntu0.5 167 102 libs libc6
libc-dev-bin 2.31-0ubuntu9.18 378 277 libdevel libc6
libc6-dev 2.31-0ubuntu9.18 14504 2360 libdevel libc6 libc-dev-bin linux-libc-dev libcrypt-dev libnsl-dev
libcap2-bin 1:2.32-1ubuntu0.2 116 33 utils libc6 libcap2
libcc1-0 10.5.0-1ubuntu1~20.04 148 47 libs gcc-9-base libc6 libgcc-s1 libstdc++6
libcrypt-dev 1:4.4.10-10ubuntu4 317 104 libdevel libcrypt1
libctf-nobfd0 2.34-6ubuntu1.11 191 110 devel libc6 zlib1g
libctf0 2.34-6ubuntu1.11 141 53 devel libbinutils libc6 zlib1g
libcups2 2.3.1-9ubuntu1.9 780 351 libs libavahi-client3 libavahi-common3 libc6 libgnutls30 libgssapi-krb5-2 zlib1g
libcurl3-gnutls 7.68.0-1ubuntu2.25 737 344 libs libbrotli1 libc6 libgnutls30 libgssapi-krb5-2 libidn2-0 libldap-2.4-2 libnettle7 libnghttp2-14 libpsl5 librtmp1 libssh-4 zlib1g
libcurl4 7.68.0-1ubuntu2.25 741 347 libs libbrotli1 libc6 libgssapi-krb5-2 libidn2-0 libldap-2.4-2 libnghttp2-14 libpsl5 librtmp1 libssh-4 libssl1.1 zlib1g
libcurl4-openssl-dev 7.68.0-1ubuntu2.25 1600 438 libdevel libcurl4
libdbus-1-3 1.12.16-2ubuntu2.3 486 222 libs libc6 libsystemd0
libdpkg-perl 1.19.7ubuntu3.2 2594 1555 perl. perl dpkg
libedit2 3.1-20191231-1 259 97 libs libbsd0 libc6 libtinfo6
libelf1 0.176-1.1ubuntu0.1 946 165 libs libc6 zlib1g
liberror-perl 0.17029-1 75 31 perl. perl
libexpat1 2.2.9-1ubuntu0.8 412 99 libs libc6
libffi-dev 3.3-4 301 57 libdevel libffi7
libfontconfig1 2.13.1-2ubuntu3 526 347 libs libc6 libexpat1 libfreetype6 libuuid1 fontconfig-config
libfreetype6 2.10.1-2ubuntu0.4 896 418 libs libbrotli1 libc6 libpng16-16 zlib1g
libgcc-9-dev 9.4.0-1ubuntu1~20.04.2 13474 2328 libdevel gcc-9-base libgcc-s1 libgomp1 libitm1 libatomic1 libasan5 liblsan0 libtsan0 libubsan1 libquadmath0
libgd3 2.2.5-5.2ubuntu2.4 463 138 libs libc6 libfontconfig1 libfreetype6 libjpeg62-turbo libpng16-16 libtiff5 libwebp6 libxpm4 zlib1g
libgdbm-compat4 1.18.1-5 67 45 libs libc6 libgdbm6
libgdbm6 1.18.1-5 114 65 libs libc6
libgeoip1 1.6.12-6build1 286 92 libs libc6
libgirepository-1.0-1 1.64.1-1~ubuntu20.04.1 259 97 libs libglib2.0-0 libc6 libffi7
libglib2.0-0 2.64.6-1~ubuntu20.04.9 4015 1377 libs libc6 libffi7 libmount1 libpcre3 libselinux1 zlib1g
libgomp1 10.5.0-1ubuntu1~20.04 278 100 libs gcc-9-base libc6
libgpm2 1.20.7-5 65 36 libs libc6
libgssapi-krb5-2 1.17-6ubuntu4.9 452 166 libs libc6 libcom-err2 libk5crypto3 libkrb5-3 libkrb5support0
libicu66 66.1-2ubuntu2.1 33152 8624 libs libc6 libgcc-s1 libstdc++6
libisl22 0.22.1-1 2253 676 libs libc6 libgmp10
libitm1 10.5.0-1ubuntu1~20.04 111 26 libs gcc-9-base libc6
libjbig0 2.1-3.1ubuntu0.20.04.1 78 31 libs libc6
libjq1 1.6-1ubuntu0.20.04.1 367 137 libs libc6 libonig5
libk5crypto3 1.17-6ubuntu4.9 297 115 libs libc6 libkrb5support0
libkeyutils1 1.6-6ubuntu1.1 46 15 libs libc6
libkrb5-3 1.17-6ubuntu4.9 1109 364 libs libc6 libcom-err2 libk5crypto3 libkeyutils1 libkrb5support0 libssl1.1
libkrb5support0 1.17-6ubuntu4.9 170 66 libs libc6
libksba8 1.3.5-2ubuntu0.20.04.2 308 123 libs libc6 libgpg-error0
libldap-2.4-2 2.4.49+dfsg-2ubuntu1.10 539 232 libs libc6 libgnutls30 libsasl2-2
liblsan0 10.5.0-1ubuntu1~20.04 3198 828 libs gcc-9-base libc6 libgcc-s1
libmnl0 1.0.4-2 46 12 libs libc6
libmpc3 1.1.0-1 129 45 libs libc6 libgmp10 libmpfr6
libmpdec2 2.4.2-3 278 88 libs libc6 libgcc-s1 libstdc++6
libmpfr6 4.0.2-1 3411 2012 libs libc6 libgmp10
libmysqlclient-dev 8.0.42-0ubuntu0.20.04.1 85 37 libdevel
libmysqlclient21 8.0.42-0ubuntu0.20.04.1 532 179 libs mysql-common libc6 libssl1.1 zlib1g
libnghttp2-14 1.40.0-1ubuntu0.3 222 78 libs libc6
libnginx-mod-http-geoip 1.18.0-0ubuntu1.7 132 100 httpd nginx-common libc6 libgeoip1
libnginx-mod-http-image-filter 1.18.0-0ubuntu1.7 139 103 httpd nginx-common libc6 libgd3
libnginx-mod-http-xslt-filter 1.18.0-0ubuntu1.7 135 102 httpd nginx-common libc6 libxml2 libxslt1.1
libnginx-mod-mail 1.18.0-0ubuntu1.7 222 131 httpd nginx-common libc6
libnginx-mod-stream 1.18.0-0ubuntu1.7 289 156 httpd nginx-common libc6
libnginx-mod-stream-geoip 1.18.0-0ubuntu1.7 132 99 httpd nginx-common libc6 libgeoip1 libnginx-mod-stream
libnode64 10.19.0~dfsg-3ubuntu1.6 35795 8335 libs libbrotli1 libc-ares2 libc6 libgcc-s1 libicu66 libnghttp2-14 libssl1.1 libstdc++6 libuv1 zlib1g
libnpth0 1.6-1 50 19 libs libc6
libnsl2 1.2.0-2build1 127 39 libs libc6 libtirpc3
libonig5 6.9.4-1 649 185 libs libc6
libperl5.30 5.30.0-9ubuntu0.5 27875 4102 libs libbz2-1.0 libc6 libcrypt1 libdb5.3 libgdbm-compat4 libgdbm6 zlib1g perl-modules-5.30
libpng16-16 1.6.37-2 444 295 libs libc6 zlib1g
libpq-dev 12.22-0ubuntu0.20.04.4 568 148 libdevel libpq5
libpq5 12.22-0ubuntu0.20.04.4 796 189 libs libc6 libgssapi-krb5-2 libldap-2.4-2 libssl1.1
libpsl5 0.21.0-1ubuntu1 95 57 libs libidn2-0 libc6 libunistring2
libpython3-dev 3.8.2-0ubuntu2 48 22 python libpython3.8-dev
libpython3-stdlib 3.8.2-0ubuntu2 38 21 python libpython3.8-stdlib
libpython3.8 3.8.10-0ubuntu1~20.04.18 5606 1694 libs libpython3.8-stdlib libc6 libexpat1 zlib1g
libpython3.8-dev 3.8.10-0ubuntu1~20.04.18 21093 4316 libdevel libpython3.8-stdlib libpython3.8 libexpat1-dev
libpython3.8-minimal 3.8.10-0ubuntu1~20.04.18 4976 807 python libc6 libssl1.1
libpython3.8-stdlib 3.8.10-0ubuntu1~20.04.18 7899 1685 python libpython3.8-minimal mime-support tzdata libbz2-1.0 libc6 libcrypt1 libdb5.3 libffi7 liblzma5 libmpdec2 libncursesw6 libnsl2 libreadline8 libsqlite3-0 libtinfo6 libtirpc3 libuuid1
libquadmath0 10.5.0-1ubuntu1~20.04 300 145 libs gcc-9-base libc6
libreadline8 8.0-4 471 169 libs+ readline-common libc6 libtinfo6
librtmp1 2.4+20151223.gitfa8646d.1-2build1 146 61 libs libc6 libgmp10 libgnutls30 libhogweed5 libnettle7 zlib1g
libsasl2-2 2.1.27+dfsg-2ubuntu0.1 188 106 libs libsasl2-modules-db libc6
libsasl2-modules-db 2.1.27+dfsg-2ubuntu0.1 101 69 libs libc6 libdb5.3
libsqlite3-0 3.31.1-4ubuntu0.7 1517 797 libs libc6
libssh-4 0.9.3-2ubuntu2.5 298 156 libs libc6 libgcrypt20 zlib1g
libssl-dev 1.1.1f-1ubuntu2.24 7996 1822 libdevel libssl1.1
libssl1.1 1.1.1f-1ubuntu2.24 4130 1566 libs libc6 debconf
libstdc++-9-dev 9.4.0-1ubuntu1~20.04.2 17752 1741 libdevel gcc-9-base libgcc-9-dev libstdc++6 libc6-dev
libtiff5 4.1.0+git191117-2ubuntu0.20.04.14 682 291 libs libc6 libdeflate0 libjbig0 libjpeg62-turbo liblzma5 libwebp6 libzstd1 zlib1g
libtirpc-common 1.2.5-1ubuntu0.1 34 13 libs.
libtirpc3 1.2.5-1ubuntu0.1 229 84 libs libc6 libgssapi-krb5-2 libtirpc-common
libtsan0 10.5.0-1ubuntu1~20.04 8926 2000 libs gcc-9-base libc6 libgcc-s1
libubsan1 10.5.0-1ubuntu1~20.04 2982 777 libs gcc-9-base libc6 libgcc-s1 libstdc++6
libuv1 1.34.2-1ubuntu1.5 287 132 libs libc6
libwebp6 0.6.1-2ubuntu0.20.04.3 503 259 libs libc6
libx11-6 2:1.6.9-2ubuntu1.6 1576 772 libs libc6 libxcb1 libx11-data
libx11-data 2:1.6.9-2ubuntu1.6 1665 311 x11.
libxau6 1:1.0.9-0ubuntu1 42 20 libs libc6
libxcb1 1.14-2 296 140 libs libc6 libxau6 libxdmcp6
libxdmcp6 1:1.1.3-0ubuntu1 53 26 libs libbsd0 libc6
libxml2 2.9.10+dfsg-5ubuntu0.20.04.10 1877 695 libs libc6 libicu66 liblzma5 zlib1g
libxpm4 1:3.5.12-1ubuntu0.20.04.2 113 50 libs libc6 libx11-6
libxslt1.1 1.1.34-4ubuntu0.20.04.3 503 241 libs libc6 libgcrypt20 libxml2
linux-libc-dev 5.4.0-216.236 6191 1935 devel
locales 2.31-0ubuntu9.18 16015 4087 localization.~ libc-bin libc-l10n debconf
lsb-release 11.1.0ubuntu2 63 28 misc. python3 distro-info-data
make 4.2.1-1.2 1592 396 devel libc6
mime-support 3.64ubuntu1 92 30 net.~
mysql-common 5.8+1.0.5ubuntu2 34 7 database.
nano 4.8-1ubuntu1 2530 657 editors+ libc6 libncursesw6 libtinfo6
net-tools 1.60+git20180626.aebd88e-1ubuntu1 992 250 net libc6 libselinux1
netbase 6.1 41 20 admin.+
nginx 1.18.0-0ubuntu1.7 103 94 httpd. nginx-core
nginx-common 1.18.0-0ubuntu1.7 339 128 httpd. lsb-base debconf
nginx-core 1.18.0-0ubuntu1.7 1276 517 httpd libnginx-mod-http-geoip libnginx-mod-http-image-filter libnginx-mod-http-xslt-filter libnginx-mod-mail libnginx-mod-stream libnginx-mod-stream-geoip nginx-common iproute2 libc6 libcrypt1 libpcre3 libssl1.1 zlib1g
nodejs 10.19.0~dfsg-3ubuntu1.6 919 150 web libc6 libnode64
npm 6.14.4+ds-1ubuntu2 2440 801 web. ca-certificates nodejs node-abbrev node-agent-base node-ajv node-ansi node-ansi-regex node-ansi-styles node-ansistyles node-aproba node-archy node-are-we-there-yet node-asap node-asn1 node-assert-plus node-asynckit node-aws4 node-aws-sign2 node-balanced-match node-bcrypt-pbkdf node-brace-expansion node-builtins node-cacache node-caseless node-chalk node-chownr node-clone node-color-convert node-color-name node-colors node-columnify node-combined-stream node-concat-map node-console-control-strings node-core-util-is node-dashdash node-debug node-defaults node-delayed-stream node-delegates node-depd node-ecc-jsbn node-encoding node-err-code node-extend node-extsprintf node-fast-deep-equal node-forever-agent node-form-data node-fs.realpath node-function-bind node-gauge node-getpass node-glob node-graceful-fs node-gyp node-har-schema node-har-validator node-has-flag node-http-signature node-https-proxy-agent node-iconv-lite node-imurmurhash node-indent-string node-inflight node-inherits node-ini node-ip node-ip-regex node-is-typedarray node-isarray node-isexe node-isstream node-jsbn node-jsonparse node-json-parse-better-errors node-json-schema node-json-schema-traverse node-json-stable-stringify node-json-stringify-safe node-jsonstream node-jsprim node-leven node-lockfile node-mime node-mime-types node-minimatch node-mkdirp node-ms node-mute-stream node-nopt node-normalize-package-data node-npm-bundled node-npm-package-arg node-npmlog node-number-is-nan node-oauth-sign node-object-assign node-opener node-path-is-absolute node-promise-retry node-promzard node-performance-now node-p-map node-process-nextick-args node-psl node-puka node-punycode node-qs node-read node-readable-stream node-read-package-json node-resolve node-resolve-from node-retry node-rimraf node-safe-buffer node-semver node-set-blocking node-signal-exit node-slash node-spdx-correct node-spdx-exceptions node-spdx-expression-parse node-spdx-license-ids node-sshpk node-ssri node-string-decoder node-string-width node-strip-ansi node-supports-color node-tar node-text-table node-tunnel-agent node-tweetnacl node-typedarray-to-buffer node-uri-js node-util-deprecate node-uuid node-validate-npm-package-name node-verror node-which node-wide-align node-wrappy node-wcwidth.js node-write-file-atomic node-yallist
openjdk-11-jdk-headless 11.0.27+6~us1-0ubuntu1~20.04 80120 73769 java openjdk-11-jre-headless libc6 zlib1g
openjdk-11-jre-headless 11.0.27+6~us1-0ubuntu1~20.04 171815 38307 java ca-certificates-java java-common libcups2 libfontconfig1 liblcms2-2 libjpeg62-turbo libnss3 util-linux libasound2 libc6 libfreetype6 libgcc-s1 libharfbuzz0b libpcsclite1 libstdc++6 zlib1g
openjdk-17-jdk-headless 17.0.15+6~us1-0ubuntu1~20.04 76935 71597 java openjdk-17-jre-headless libc6 zlib1g
openjdk-17-jre-headless 17.0.15+6~us1-0ubuntu1~20.04 188564 43870 java ca-certificates-java java-common libcups2 libfontconfig1 liblcms2-2 libjpeg62-turbo libnss3 util-linux libasound2 libc6 libfreetype6 libgcc-s1 libharfbuzz0b libpcsclite1 libstdc++6 zlib1g
openssh-client 1:8.2p1-4ubuntu0.13 4316 934 net~ adduser dpkg passwd libc6 libedit2 libfido2-1 libgssapi-krb5-2 libselinux1 libssl1.1 zlib1g
openssl 1.1.1f-1ubuntu2.24 1473 860 utils libc6 libssl1.1
patch 2.7.6-6 248 128 vcs libc6
perl 5.30.0-9ubuntu0.5 706 294 perl~ dpkg perl-base perl-modules-5.30 libperl5.30
perl-modules-5.30 5.30.0-9ubuntu0.5 17459 2823 libs.~ dpkg perl-base
pinentry-curses 2.2.19-3ubuntu2.2 121 65 utils libassuan0 libc6 libgpg-error0 libncursesw6 libtinfo6
pkg-config 0.29.1-0ubuntu4 204 65 devel libc6 libglib2.0-0 libdpkg-perl
postgresql-client 12+214ubuntu0.1 68 65 database. postgresql-client-12
postgresql-client-12 12.22-0ubuntu0.20.04.4 6780 1555 database libpq5 postgresql-client-common sensible-utils libc6 libreadline8 libssl1.1 zlib1g
postgresql-client-common 214ubuntu0.1 182 89 database. netbase
python-apt-common 2.0.1ubuntu0.20.04.1 557 97 python.
python-pip-whl 20.0.2-5ubuntu1.11 2245 1952 python. ca-certificates
python3 3.8.2-0ubuntu2 89 38 python python3-minimal python3.8 libpython3-stdlib
python3-apt 2.0.1ubuntu0.20.04.1 708 190 python python3 libapt-pkg6.0 libc6 libgcc-s1 libstdc++6 python-apt-common distro-info-data
python3-dbus 1.2.16-1build1 415 108 python python3 libc6 libdbus-1-3 libglib2.0-0
python3-dev 3.8.2-0ubuntu2 144 25 python python3 libpython3-dev python3.8-dev python3-distutils libjs-sphinxdoc
python3-distutils 3.8.10-0ubuntu1~20.04 695 143 python. python3 python3-lib2to3
python3-gi 3.36.0-1 735 232 python gir1.2-glib-2.0 python3 libc6 libffi7 libgirepository-1.0-1 libglib2.0-0
python3-lib2to3 3.8.10-0ubuntu1~20.04 366 78 python. python3
python3-minimal 3.8.2-0ubuntu2 121 38 python python3.8-minimal dpkg
python3-pip 20.0.2-5ubuntu1.11 1245 338 python. ca-certificates python3-distutils python3-setuptools python3-wheel python-pip-whl python3
python3-pkg-resources 45.2.0-1ubuntu0.3 569 190 python. python3
python3-setuptools 45.2.0-1ubuntu0.3 1604 367 python. python3-pkg-resources python3-distutils python3
python3-software-properties 0.99.9.12 121 50 python. iso-codes lsb-release python3 python3-apt python3-pycurl
python3-venv 3.8.2-0ubuntu2 6 1 python python3.8-venv python3 python3-distutils
python3-wheel 0.34.2-1ubuntu0.1 102 24 python. python3
python3.8 3.8.10-0ubuntu1~20.04.18 544 468 python python3.8-minimal libpython3.8-stdlib mime-support
python3.8-dev 3.8.10-0ubuntu1~20.04.18 510 507 python python3.8 libpython3.8-dev libpython3.8 libexpat1-dev zlib1g-dev
python3.8-minimal 3.8.10-0ubuntu1~20.04.18 5451 1944 python libc6 libpython3.8-minimal libexpat1 zlib1g
python3.8-venv 3.8.10-0ubuntu1~20.04.18 27 5 python python3.8 python-pip-whl python3-distutils
readline-common 8.0-4 92 74 utils.+ dpkg
software-properties-common 0.99.9.12 457 83 admin. ca-certificates gir1.2-glib-2.0 gir1.2-packagekitglib-1.0 python-apt-common python3 python3-dbus python3-gi python3-software-properties
sudo 1.8.31-1ubuntu1.5 4585 1059 admin libaudit1 libc6 libpam0g libselinux1 zlib1g libpam-modules lsb-base
supervisor 4.1.0-1ubuntu1 1697 309 admin. init-system-helpers lsb-base python3-pkg-resources python3
tzdata 2025b-0ubuntu0.20.04.1 3469 311 localization.! debconf
ucf 3.0038+nmu1 233 74 utils.~ debconf coreutils sensible-utils
unzip 6.0-25ubuntu1.2 388 172 utils libbz2-1.0 libc6
vim 2:8.1.2269-1ubuntu5.31 3291 1496 editors vim-common vim-runtime libacl1 libc6 libgpm2 libselinux1 libtinfo6
vim-common 2:8.1.2269-1ubuntu5.31 342 227 editors.+ xxd
vim-runtime 2:8.1.2269-1ubuntu5.31 32135 6229 editors.
wget 1.20.3-1ubuntu2.1 3476 964 web~ libc6 libgnutls30 libidn2-0 libnettle7 libpcre2-8-0 libpsl5 libuuid1 zlib1g
xxd 2:8.1.2269-1ubuntu5.31 240 193 editors libc6
xz-utils 5.2.4-1ubuntu1.1 613 221 utils~ libc6 liblzma5
zip 3.0-11build1 623 232 utils libbz2-1.0 libc6
zlib1g-dev 1:1.2.11.dfsg-2ubuntu1.5 578 191 libdevel zlib1g libc6-dev
`;
