// Ubuntu 24.04 (noble) packages Dockerfiles install, by data/tools/ubuntu.py. Same line format as deb-trixie-N.ts.
// Versions: Ubuntu's, from data/tools/ubuntu_versions.py, written from memory of the noble
// archive in late 2025: best estimates, not checked against the archive (not reachable here).
// Sizes, sections and depends are the closest Debian package's (trixie, then bookworm and bullseye), renamed where Ubuntu's
// release carries another version in the name (python3.X, gcc-N, libicuN, perl 5.N).
export default `
adduser 3.137ubuntu1 428 191 admin.+ passwd
binutils 2.42-4ubuntu2.6 1073 265 devel libbinutils libc6 libgcc-s1 libgprofng0 libstdc++6 binutils-common binutils-x86-64-linux-gnu
binutils-common 2.42-4ubuntu2.6 16098 2509 devel
binutils-x86-64-linux-gnu 2.42-4ubuntu2.6 5990 1014 devel binutils-common libbinutils libc6 libctf-nobfd0 libctf0 libjansson4 libsframe1 libzstd1 zlib1g
build-essential 12.10ubuntu1 17 5 devel libc6-dev gcc g++ make dpkg-dev
bzip2 1.0.8-5.1build0.1 113 41 utils~ libbz2-1.0 libc6
ca-certificates 20240203 387 161 misc.~ openssl debconf
ca-certificates-java 20240118 48 17 java. ca-certificates
cmake 3.28.3-1build7 22944 5593 devel cmake-data procps libarchive13t64 libc6 libcurl4t64 libexpat1 libgcc-s1 libjsoncpp25 librhash0 libstdc++6 libuv1t64 zlib1g
cmake-data 3.28.3-1build7 8890 1725 devel.
cpp 4:13.2.0-7ubuntu1 18 2 interpreters cpp-13 cpp-x86-64-linux-gnu
cpp-13 13.3.0-6ubuntu2~24.04 11 1 interpreters gcc-13-base cpp-13-x86-64-linux-gnu
cpp-13-x86-64-linux-gnu 13.3.0-6ubuntu2~24.04 34503 11047 interpreters gcc-13-base libc6 libgmp10 libisl23 libmpc3 libmpfr6 libzstd1 zlib1g
cpp-x86-64-linux-gnu 4:13.2.0-7ubuntu1 17 5 devel cpp-13-x86-64-linux-gnu
curl 8.5.0-2ubuntu10.6 495 270 web libc6 libcurl4t64 zlib1g
default-libmysqlclient-dev 1.1.0build1 9 3 database libmysqlclient-dev
dirmngr 2.4.4-2ubuntu17.3 967 384 utils adduser gpgconf init-system-helpers libassuan0 libc6 libgcrypt20 libgnutls30t64 libgpg-error0 libksba8 libldap2 libnpth0t64
distro-info-data 0.60ubuntu0.5 21 9 devel.
dpkg-dev 1.22.6ubuntu6.5 1725 1337 utils. perl libdpkg-perl tar bzip2 xz-utils patch make binutils
fontconfig-config 2.15.0-1.1ubuntu2 533 318 fonts debconf fonts-dejavu-core
fonts-dejavu-core 2.37-8 2292 840 fonts. fonts-dejavu-mono
fonts-dejavu-mono 2.37-8 1281 489 fonts.
g++ 4:13.2.0-7ubuntu1 13 1 devel cpp cpp-x86-64-linux-gnu gcc g++-13 g++-x86-64-linux-gnu gcc-13
g++-13 13.3.0-6ubuntu2~24.04 35 23 devel g++-13-x86-64-linux-gnu gcc-13-base gcc-13
g++-13-x86-64-linux-gnu 13.3.0-6ubuntu2~24.04 36931 12115 devel gcc-13-base gcc-13-x86-64-linux-gnu libstdc++-13-dev libc6 libgmp10 libisl23 libmpc3 libmpfr6 libzstd1 zlib1g
g++-x86-64-linux-gnu 4:13.2.0-7ubuntu1 11 1 devel cpp-x86-64-linux-gnu gcc-x86-64-linux-gnu g++-13-x86-64-linux-gnu
gcc 4:13.2.0-7ubuntu1 36 5 devel cpp cpp-x86-64-linux-gnu gcc-13 gcc-x86-64-linux-gnu
gcc-13 13.3.0-6ubuntu2~24.04 622 540 devel gcc-13-x86-64-linux-gnu gcc-13-base cpp-13 binutils
gcc-13-base 13.3.0-6ubuntu2~24.04 112 49 libs
gcc-13-x86-64-linux-gnu 13.3.0-6ubuntu2~24.04 68460 21390 devel cpp-13-x86-64-linux-gnu gcc-13-base libcc1-0 binutils-x86-64-linux-gnu libgcc-13-dev libc6 libgcc-s1 libgmp10 libisl23 libmpc3 libmpfr6 libstdc++6 libzstd1 zlib1g
gcc-x86-64-linux-gnu 4:13.2.0-7ubuntu1 23 1 devel cpp-x86-64-linux-gnu gcc-13-x86-64-linux-gnu
gir1.2-glib-2.0 2.80.0-6ubuntu3.4 779 201 introspection libglib2.0-0t64
git 1:2.43.0-1ubuntu7.3 49154 8862 vcs libc6 libcurl3t64-gnutls libexpat1 libpcre2-8-0 zlib1g perl liberror-perl git-man
git-man 1:2.43.0-1ubuntu7.3 2251 2205 doc.
gnupg 2.4.4-2ubuntu17.3 468 417 utils. dirmngr gnupg-l10n gpg gpg-agent gpgsm
gnupg-l10n 2.4.4-2ubuntu17.3 5010 749 localization.
gnupg-utils 2.4.4-2ubuntu17.3 1837 927 utils libassuan0 libbz2-1.0 libc6 libgcrypt20 libgpg-error0 libksba8 libreadline8t64 zlib1g
gpg 2.4.4-2ubuntu17.3 1594 636 utils gpgconf init-system-helpers libassuan0 libbz2-1.0 libc6 libgcrypt20 libgpg-error0 libksba8 libnpth0t64 libreadline8t64 libsqlite3-0 zlib1g
gpg-agent 2.4.4-2ubuntu17.3 899 271 utils gpgconf pinentry-curses init-system-helpers libassuan0 libc6 libgcrypt20 libgpg-error0 libnpth0t64
gpg-wks-client 2.4.4-2ubuntu17.3 683 541 utils dirmngr gpg gpg-agent libassuan0 libc6 libgcrypt20 libgpg-error0
gpgconf 2.4.4-2ubuntu17.3 371 129 utils libassuan0 libc6 libgcrypt20 libgpg-error0 libreadline8t64
gpgsm 2.4.4-2ubuntu17.3 664 276 utils gpgconf libassuan0 libc6 libgcrypt20 libgpg-error0 libksba8 libnpth0t64 libreadline8t64
iproute2 6.1.0-1ubuntu6.2 3774 1089 net+ debconf libbpf1 libc6 libcap2 libdb5.3t64 libelf1t64 libmnl0 libselinux1 libtirpc3t64 libxtables12 libcap2-bin
iputils-ping 3:20240117-1ubuntu0.1 187 51 net+ libc6 libcap2 libidn2-0
iso-codes 4.16.0-1 20072 2824 misc.
java-common 0.75+exp1 37 15 java.
jq 1.7.1-3ubuntu0.24.04.1 125 79 utils libc6 libjq1
less 590-2ubuntu2.1 376 161 text+ libc6 libtinfo6
libarchive13t64 3.7.2-2ubuntu0.5 870 344 libs libacl1 libbz2-1.0 libc6 liblz4-1 liblzma5 libnettle8t64 libxml2 libzstd1 zlib1g
libasan8 14.2.0-4ubuntu2~24.04 10695 2725 libs gcc-13-base libc6 libgcc-s1
libasound2-data 1.2.11-1ubuntu0.1 197 21 libs.
libasound2t64 1.2.11-1ubuntu0.1 1265 381 libs libasound2-data libc6
libatomic1 14.2.0-4ubuntu2~24.04 45 9 libs gcc-13-base libc6
libbinutils 2.42-4ubuntu2.6 2390 534 devel libc6 libsframe1 libzstd1 zlib1g binutils-common
libbsd0 0.12.1-1build1.1 214 131 libs libc6 libmd0
libc-ares2 1.27.0-1.0ubuntu1 169 102 libs libc6
libc-dev-bin 2.39-0ubuntu8.6 127 61 libdevel libc6
libc6-dev 2.39-0ubuntu8.6 12542 1991 libdevel libc6 libc-dev-bin linux-libc-dev libcrypt-dev rpcsvc-proto
libcap2-bin 1:2.66-5ubuntu2.2 132 36 utils libc6 libcap2
libcc1-0 14.2.0-4ubuntu2~24.04 140 43 libs gcc-13-base libc6 libgcc-s1 libstdc++6
libcrypt-dev 1:4.4.36-4build1 345 119 libdevel libcrypt1
libctf-nobfd0 2.42-4ubuntu2.6 293 156 devel libc6 zlib1g
libctf0 2.42-4ubuntu2.6 232 89 devel libbinutils libc6 zlib1g
libcups2t64 2.4.7-1.2ubuntu7.4 780 351 libs libavahi-client3 libavahi-common3 libc6 libgnutls30t64 libgssapi-krb5-2 zlib1g
libcurl3t64-gnutls 8.5.0-2ubuntu10.6 997 385 libs libbrotli1 libc6 libgnutls30t64 libgssapi-krb5-2 libidn2-0 libldap2 libnettle8t64 libnghttp2-14 libpsl5t64 librtmp1 libssh-4 libzstd1 zlib1g
libcurl4-openssl-dev 8.5.0-2ubuntu10.6 2220 511 libdevel libbrotli-dev libcurl4t64 libidn2-dev libkrb5-dev libldap-dev libnghttp2-dev libnghttp3-dev libpsl-dev librtmp-dev libssh2-1-dev libssl-dev libzstd-dev zlib1g-dev
libcurl4t64 8.5.0-2ubuntu10.6 1013 392 libs libbrotli1 libc6 libgssapi-krb5-2 libidn2-0 libldap2 libnghttp2-14 libpsl5t64 librtmp1 libssh-4 libssl3t64 libzstd1 zlib1g
libdbus-1-3 1.14.10-4ubuntu4.1 445 178 libs libc6 libsystemd0
libdpkg-perl 1.22.6ubuntu6.5 2091 651 perl. perl dpkg
libedit2 3.1-20230828-1build1 262 94 libs libbsd0 libc6 libtinfo6
libelf1t64 0.190-1.1ubuntu0.1 1228 189 libs libc6 libzstd1 zlib1g
liberror-perl 0.17029-2 71 27 perl. perl
libexpat1 2.6.1-2ubuntu0.3 427 126 libs libc6
libexpat1-dev 2.6.1-2ubuntu0.3 964 184 libdevel libexpat1 libc6-dev
libffi-dev 3.4.6-1build1 324 61 libdevel libffi8
libfido2-1 1.14.0-1build3 250 79 libs libc6 libcbor0.10 libssl3t64 libudev1 zlib1g
libfontconfig1 2.15.0-1.1ubuntu2 592 392 libs libc6 libexpat1 libfreetype6 fontconfig-config
libfreetype6 2.13.2+dfsg-1build3 963 452 libs libbrotli1 libbz2-1.0 libc6 libpng16-16t64 zlib1g
libgcc-13-dev 13.3.0-6ubuntu2~24.04 17357 2672 libdevel gcc-13-base libgcc-s1 libgomp1 libitm1 libatomic1 libasan8 liblsan0 libtsan2 libubsan1 libhwasan0 libquadmath0
libgdbm-compat4t64 1.23-5.1build1 75 50 libs libc6 libgdbm6t64
libgdbm6t64 1.23-5.1build1 138 75 libs libc6
libgirepository-1.0-1 1.80.1-1 295 101 libs libc6 libffi8 libglib2.0-0t64
libglib2.0-0t64 2.80.0-6ubuntu3.4 4449 1521 libs libatomic1 libc6 libffi8 libmount1 libpcre2-8-0 libselinux1 zlib1g
libgomp1 14.2.0-4ubuntu2~24.04 368 137 libs gcc-13-base libc6
libgpm2 1.20.7-11 45 14 libs libc6
libgprofng0 2.42-4ubuntu2.6 4034 808 devel libbinutils libc6 libgcc-s1 libstdc++6 zlib1g
libgssapi-krb5-2 1.20.1-6ubuntu2.6 434 139 libs libkrb5-3 libc6 libcom-err2 libk5crypto3 libkrb5support0
libhwasan0 14.2.0-4ubuntu2~24.04 4850 1488 libs gcc-13-base libc6 libgcc-s1
libicu74 74.2-1ubuntu3.1 37371 9722 libs libc6 libgcc-s1 libstdc++6
libisl23 0.26-3build1.1 2253 659 libs libc6 libgmp10
libitm1 14.2.0-4ubuntu2~24.04 115 26 libs gcc-13-base libc6
libjansson4 2.14-2build2 100 40 libs libc6
libjq1 1.7.1-3ubuntu0.24.04.1 439 168 libs libc6 libonig5
libjsoncpp25 1.9.5-6build1 260 79 libs libc6 libgcc-s1 libstdc++6
libk5crypto3 1.20.1-6ubuntu2.6 266 82 libs libc6 libkrb5support0
libkeyutils1 1.6.3-3build1 41 9 libs libc6
libkrb5-3 1.20.1-6ubuntu2.6 1074 328 libs libkrb5support0 libc6 libcom-err2 libk5crypto3 libkeyutils1 libssl3t64
libkrb5support0 1.20.1-6ubuntu2.6 137 34 libs libc6
libksba8 1.6.6-1build1 330 136 libs libc6 libgpg-error0
libldap2 2.6.7+dfsg-1~exp1ubuntu8.2 576 194 libs libc6 libsasl2-2 libssl3t64
liblsan0 14.2.0-4ubuntu2~24.04 3782 1204 libs gcc-13-base libc6 libgcc-s1
libmpc3 1.3.1-1build1.1 154 52 libs libc6 libgmp10 libmpfr6
libmpfr6 4.2.1-1build1.1 1225 729 libs libc6 libgmp10
libmysqlclient-dev 8.0.43-0ubuntu0.24.04.1 73 29 libdevel
libmysqlclient21 8.0.43-0ubuntu0.24.04.1 581 185 libs mysql-common libc6 libssl3t64 zlib1g
libnghttp2-14 1.59.0-1ubuntu0.2 229 76 libs libc6
libnode109 18.19.1+dfsg-6ubuntu5 53958 12093 libs libbrotli1 libc6 libc-ares2 libgcc-s1 libicu74 libnghttp2-14 libssl3t64 libstdc++6 libuv1t64 zlib1g node-acorn node-cjs-module-lexer node-minimatch node-undici
libnpth0t64 1.6-3.1build1 57 23 libs libc6
libnspr4 2:4.35-1.1build1 319 112 libs libc6
libnss3 2:3.98-1build1 4049 1306 libs libc6 libnspr4 libsqlite3-0
libonig5 6.9.9-1build1 677 189 libs libc6
libperl5.38t64 5.38.2-3.2ubuntu0.2 29322 4326 libs libbz2-1.0 libc6 libcrypt1 libdb5.3t64 libgdbm-compat4t64 libgdbm6t64 zlib1g perl-modules-5.38
libpkgconf3 1.8.1-2build1 101 36 libs libc6
libpng16-16t64 1.6.43-5build1 444 283 libs libc6 zlib1g
libpq-dev 16.10-0ubuntu0.24.04.1 612 159 libdevel libpq5 libssl-dev
libpq5 16.10-0ubuntu0.24.04.1 1099 236 libs libc6 libgssapi-krb5-2 libldap2 libssl3t64
libpsl5t64 0.21.2-1.1build1 100 57 libs libidn2-0 libc6 libunistring5
libpython3-dev 3.12.3-0ubuntu2 48 22 python libpython3.12-dev
libpython3-stdlib 3.12.3-0ubuntu2 28 10 python libpython3.12-stdlib
libpython3.12-dev 3.12.3-1ubuntu0.8 21093 4316 libdevel libpython3.12-stdlib libpython3.12t64 libexpat1-dev
libpython3.12-minimal 3.12.3-1ubuntu0.8 5452 863 python libc6 libssl3t64
libpython3.12-stdlib 3.12.3-1ubuntu0.8 8898 1959 python libpython3.12-minimal media-types netbase tzdata libbz2-1.0 libc6 libdb5.3t64 libffi8 liblzma5 libncursesw6 libreadline8t64 libsqlite3-0 libtinfo6 libuuid1
libpython3.12t64 3.12.3-1ubuntu0.8 5606 1694 libs libpython3.12-stdlib libc6 libexpat1 zlib1g
libquadmath0 14.2.0-4ubuntu2~24.04 296 145 libs gcc-13-base libc6
libreadline8t64 8.2-4build1 485 169 libs readline-common libc6 libtinfo6
librhash0 1.4.3-3build1 227 129 libs libc6
librtmp1 2.4+20151223.gitfa8646d.1-2build7 144 59 libs libc6 libgmp10 libgnutls30t64 libhogweed6t64 libnettle8t64 zlib1g
libsasl2-2 2.1.28+dfsg1-5ubuntu3.1 156 58 libs libsasl2-modules-db libc6 libssl3t64
libsasl2-modules-db 2.1.28+dfsg1-5ubuntu3.1 70 20 libs libc6 libdb5.3t64
libsframe1 2.42-4ubuntu2.6 110 78 devel libc6
libsqlite3-0 3.45.1-1ubuntu2.5 1834 915 libs libc6
libssh-4 0.10.6-2ubuntu0.2 583 212 libs libc6 libgssapi-krb5-2 libssl3t64 zlib1g
libssl-dev 3.0.13-0ubuntu3.6 16010 2968 libdevel libssl3t64
libstdc++-13-dev 13.3.0-6ubuntu2~24.04 22065 2376 libdevel gcc-13-base libgcc-13-dev libstdc++6 libc6-dev
libtirpc-common 1.3.4+ds-1.1build1 32 11 libs.
libtirpc3t64 1.3.4+ds-1.1build1 236 83 libs libc6 libgssapi-krb5-2 libtirpc-common
libtsan2 14.2.0-4ubuntu2~24.04 8807 2460 libs gcc-13-base libc6 libgcc-s1
libubsan1 14.2.0-4ubuntu2~24.04 3319 1074 libs gcc-13-base libc6 libgcc-s1 libstdc++6
libuv1-dev 1.48.0-1.1build1 692 189 libdevel libuv1t64
libuv1t64 1.48.0-1.1build1 321 154 libs libc6
libxml2 2.9.14+dfsg-1.3ubuntu3.6 1915 698 libs libc6 liblzma5 zlib1g
linux-libc-dev 6.8.0-88.89 11154 3102 devel.
locales 2.39-0ubuntu8.6 15776 3930 localization.~ libc-bin libc-l10n debconf
lsb-release 12.0-2 63 28 misc. python3 distro-info-data
make 4.3-4.1build2 1766 463 devel libc6
media-types 10.1.0 98 29 net.~
mysql-common 5.8+1.1.0build1 33 7 database.
nano 7.2-2ubuntu0.1 2839 645 editors+ libc6 libncursesw6 libtinfo6
net-tools 2.10-0.1ubuntu4.4 988 245 net libc6 libselinux1
netbase 6.4 35 12 admin.+
nginx 1.24.0-2ubuntu7.5 1556 614 httpd libc6 libcrypt1 libpcre2-8-0 libssl3t64 zlib1g iproute2 nginx-common
nginx-common 1.24.0-2ubuntu7.5 305 112 httpd. debconf
nodejs 18.19.1+dfsg-6ubuntu5 2368 355 web libc6 libnode109
npm 9.2.0~ds1-2 2940 669 web. ca-certificates node-abbrev node-agent-base node-aproba node-archy node-base64-js node-binary-extensions node-cacache node-chalk node-chownr node-ci-info node-cli-table node-colors node-columnify node-css-selector-tokenizer node-debug node-depd node-diff node-string-width node-encoding node-events node-glob node-got node-graceful-fs node-gyp node-hosted-git-info node-http-proxy-agent node-https-proxy-agent node-ieee754 node-ini node-ip node-ip-regex node-json-parse-better-errors node-jsonparse node-lru-cache node-minimatch node-minipass node-mkdirp node-ms node-negotiator node-nopt node-normalize-package-data node-npm-bundled node-read-package-json node-npm-package-arg node-npmlog node-once node-p-map node-css-loader node-promise-retry node-promzard node-read node-rimraf node-semver node-ssri node-strip-ansi node-tar node-text-table node-validate-npm-package-license node-validate-npm-package-name node-which node-wrappy node-write-file-atomic node-yallist nodejs
openjdk-11-jdk-headless 11.0.28+6-1ubuntu1~24.04.1 80120 73769 java openjdk-11-jre-headless libc6 zlib1g
openjdk-11-jre-headless 11.0.28+6-1ubuntu1~24.04.1 171815 38307 java ca-certificates-java java-common libcups2t64 libfontconfig1 liblcms2-2 libjpeg62-turbo libnss3 util-linux libasound2t64 libc6 libfreetype6 libgcc-s1 libharfbuzz0b libpcsclite1 libstdc++6 zlib1g
openjdk-17-jdk-headless 17.0.16+8~us1-0ubuntu1~24.04.1 76935 71597 java openjdk-17-jre-headless libc6 zlib1g
openjdk-17-jre-headless 17.0.16+8~us1-0ubuntu1~24.04.1 188564 43870 java ca-certificates-java java-common libcups2t64 libfontconfig1 liblcms2-2 libjpeg62-turbo libnss3 util-linux libasound2t64 libc6 libfreetype6 libgcc-s1 libharfbuzz0b libpcsclite1 libstdc++6 zlib1g
openssh-client 1:9.6p1-3ubuntu13.14 4998 986 net~ adduser init-system-helpers passwd libc6 libedit2 libfido2-1 libgssapi-krb5-2 libselinux1 libssl3t64 zlib1g
openssl 3.0.13-0ubuntu3.6 2510 1508 utils libc6 libssl3t64
patch 2.7.6-7build3 242 134 vcs libc6
perl 5.38.2-3.2ubuntu0.2 841 268 perl~ perl-base perl-modules-5.38 libperl5.38t64
perl-modules-5.38 5.38.2-3.2ubuntu0.2 19993 3014 libs. perl-base
pinentry-curses 2.4.4-2ubuntu17.3 150 86 utils libassuan0 libc6 libgpg-error0 libncursesw6 libtinfo6
pkg-config 1.8.1-2build1 29 14 devel pkgconf
pkgconf 1.8.1-2build1 65 26 devel pkgconf-bin
pkgconf-bin 1.8.1-2build1 83 30 devel libc6 libpkgconf3
postgresql-client 16+257build1.1 19 14 database. postgresql-client-16
postgresql-client-16 16.10-0ubuntu0.24.04.1 10721 2067 database libpq5 postgresql-client-common sensible-utils libc6 liblz4-1 libreadline8t64 libssl3t64 libzstd1 zlib1g
postgresql-client-common 257build1.1 153 47 database. netbase perl
python-apt-common 2.7.7ubuntu5 557 97 python.
python3 3.12.3-0ubuntu2 83 28 python python3-minimal python3.12 libpython3-stdlib
python3-apt 2.7.7ubuntu5 708 190 python python3 libapt-pkg6.0t64 libc6 libgcc-s1 libstdc++6 python-apt-common distro-info-data
python3-dbus 1.3.2-5build3 415 108 python python3 libc6 libdbus-1-3 libglib2.0-0t64
python3-dev 3.12.3-0ubuntu2 144 25 python python3 libpython3-dev python3.12-dev libjs-sphinxdoc
python3-gi 3.48.2-1 735 232 python gir1.2-glib-2.0 python3 libc6 libffi8 libgirepository-1.0-1 libglib2.0-0t64
python3-minimal 3.12.3-0ubuntu2 112 27 python python3.12-minimal dpkg
python3-packaging 24.0-1 257 57 python. python3
python3-pip 24.0+dfsg-1ubuntu1.3 10166 1457 python. ca-certificates python3-wheel python3
python3-pip-whl 24.0+dfsg-1ubuntu1.3 1531 1507 python. ca-certificates
python3-pkg-resources 68.1.2-2ubuntu1.2 696 224 python. python3-autocommand python3-inflect python3-jaraco.context python3-jaraco.functools python3-more-itertools python3
python3-pycurl 7.45.3-1build2 189 69 python python3 libc6 libcurl3-gnutls
python3-setuptools 68.1.2-2ubuntu1.2 3897 738 python. python3-pkg-resources python3-importlib-metadata python3-jaraco.text python3-more-itertools python3-typeguard python3-typing-extensions python3-zipp python3
python3-setuptools-whl 68.1.2-2ubuntu1.2 1324 1268 python.
python3-software-properties 0.99.49.3 121 50 python. iso-codes lsb-release python3 python3-apt python3-pycurl
python3-venv 3.12.3-0ubuntu2 6 1 python python3.12-venv python3
python3-wheel 0.42.0-2 91 22 python. python3-packaging python3
python3.12 3.12.3-1ubuntu0.8 830 757 python python3.12-minimal libpython3.12-stdlib media-types tzdata
python3.12-dev 3.12.3-1ubuntu0.8 510 507 python python3.12 libpython3.12-dev libpython3.12t64 libexpat1-dev zlib1g-dev
python3.12-minimal 3.12.3-1ubuntu0.8 6768 2225 python libc6 libpython3.12-minimal libexpat1 zlib1g
python3.12-venv 3.12.3-1ubuntu0.8 27 5 python python3.12 python3-pip-whl python3-setuptools-whl
readline-common 8.2-4build1 89 69 utils.+
software-properties-common 0.99.49.3 457 83 admin. ca-certificates gir1.2-glib-2.0 gir1.2-packagekitglib-1.0 python-apt-common python3 python3-dbus python3-gi python3-software-properties
sudo 1.9.15p5-3ubuntu5.24.04.1 6709 2087 admin init-system-helpers libapparmor1 libaudit1 libc6 libpam0g libselinux1 libssl3t64 zlib1g libpam-modules
supervisor 4.2.5-1 1705 311 admin. init-system-helpers lsb-base python3-pkg-resources python3
tzdata 2025b-0ubuntu0.24.04.1 1360 268 localization.! debconf
unzip 6.0-28ubuntu4.1 387 173 utils libbz2-1.0 libc6
vim 2:9.1.0016-1ubuntu7.9 3930 1671 editors vim-common vim-runtime libacl1 libc6 libgpm2 libselinux1 libsodium23 libtinfo6
vim-common 2:9.1.0016-1ubuntu7.9 1864 421 editors.+
vim-runtime 2:9.1.0016-1ubuntu7.9 38426 7129 editors.
wget 1.21.4-1ubuntu4.1 3784 984 web~ libc6 libgnutls30t64 libidn2-0 libnettle8t64 libpcre2-8-0 libpsl5t64 libuuid1 zlib1g
xxd 2:9.1.0016-1ubuntu7.9 240 193 editors libc6
xz-utils 5.6.1+really5.4.5-1ubuntu0.2 1424 660 utils~ libc6 liblzma5
zip 3.0-13ubuntu0.2 627 235 utils libbz2-1.0 libc6
zlib1g-dev 1:1.3.dfsg-3.1ubuntu2.1 1316 920 libdevel zlib1g libc6-dev
`;
