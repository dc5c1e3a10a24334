// Ubuntu 22.04 (jammy) packages Dockerfiles install, by data/tools/ubuntu.py. Same line format as deb-trixie-N.ts.
// Versions: Ubuntu's, from data/tools/ubuntu_versions.py, written from memory of the jammy
// archive in late 2025: best estimates, not checked against the archive (not reachable here).
// Sizes, sections and depends are the closest Debian package's (bookworm, then bullseye), renamed where Ubuntu's
// release carries another version in the name (python3.X, gcc-N, libicuN, perl 5.N).
export default `
adduser 3.118ubuntu5 686 183 admin.+ passwd
binutils 2.38-4ubuntu2.8 109 65 devel binutils-common libbinutils binutils-x86-64-linux-gnu
binutils-common 2.38-4ubuntu2.8 15021 2487 devel
binutils-x86-64-linux-gnu 2.38-4ubuntu2.8 11428 2246 devel binutils-common libbinutils libc6 libctf-nobfd0 libctf0 libgcc-s1 libjansson4 libstdc++6 libzstd1 zlib1g
build-essential 12.9ubuntu3 20 8 devel libc6-dev gcc g++ make dpkg-dev
bzip2 1.0.8-5build1 121 50 utils~ libbz2-1.0 libc6
ca-certificates 20240203~22.04.1 388 161 misc.~ openssl debconf
ca-certificates-java 20190909ubuntu1.2 48 17 java. ca-certificates
cmake 3.22.1-1ubuntu1.22.04.2 22944 5593 devel cmake-data procps libarchive13 libc6 libcurl4 libexpat1 libgcc-s1 libjsoncpp25 librhash0 libstdc++6 libuv1 zlib1g
cmake-data 3.22.1-1ubuntu1.22.04.2 8890 1725 devel.
cpp 4:11.2.0-1ubuntu1 30 7 interpreters cpp-11
cpp-11 11.4.0-1ubuntu1~22.04.2 33848 9768 interpreters gcc-11-base libc6 libgmp10 libisl23 libmpc3 libmpfr6 libzstd1 zlib1g
curl 7.81.0-1ubuntu1.21 488 315 web libc6 libcurl4 zlib1g
default-libmysqlclient-dev 1.0.8 9 3 database libmysqlclient-dev
dirmngr 2.2.27-3ubuntu2.4 1329 793 utils adduser gpgconf lsb-base init-system-helpers libassuan0 libc6 libgcrypt20 libgnutls30 libgpg-error0 libksba8 libldap-2.5-0 libnpth0
distro-info-data 0.52ubuntu0.9 21 9 devel.
dpkg-dev 1.21.1ubuntu2.6 1728 1354 utils. perl libdpkg-perl tar bzip2 xz-utils patch make binutils
fontconfig-config 2.13.1-4.2ubuntu5 527 315 fonts debconf fonts-dejavu-core
fonts-dejavu-core 2.37-2build1 2960 1068 fonts.
g++ 4:11.2.0-1ubuntu1 14 1 devel cpp gcc g++-11 gcc-11
g++-11 11.4.0-1ubuntu1~22.04.2 36161 10694 devel gcc-11-base gcc-11 libstdc++-11-dev libc6 libgmp10 libisl23 libmpc3 libmpfr6 libzstd1 zlib1g
gcc 4:11.2.0-1ubuntu1 47 5 devel cpp gcc-11
gcc-11 11.4.0-1ubuntu1~22.04.2 68236 19269 devel cpp-11 gcc-11-base libcc1-0 binutils libgcc-11-dev libc6 libgcc-s1 libgmp10 libisl23 libmpc3 libmpfr6 libstdc++6 libzstd1 zlib1g
gcc-11-base 11.4.0-1ubuntu1~22.04.2 100 38 libs
gir1.2-glib-2.0 1.72.0-1 719 159 introspection libgirepository-1.0-1 libglib2.0-0
gir1.2-packagekitglib-1.0 1.2.5-2ubuntu3 120 37 introspection gir1.2-glib-2.0 libpackagekit-glib2-18
git 1:2.34.1-1ubuntu1.15 44890 7260 vcs libc6 libcurl3-gnutls libexpat1 libpcre2-8-0 zlib1g perl liberror-perl git-man
git-man 1:2.34.1-1ubuntu1.15 2106 2053 doc.
gnupg 2.2.27-3ubuntu2.4 886 846 utils. dirmngr gnupg-l10n gnupg-utils gpg gpg-agent gpg-wks-client gpg-wks-server gpgsm gpgv
gnupg-l10n 2.2.27-3ubuntu2.4 4875 1093 localization.
gnupg-utils 2.2.27-3ubuntu2.4 1837 927 utils libassuan0 libbz2-1.0 libc6 libgcrypt20 libgpg-error0 libksba8 libreadline8 zlib1g
gpg 2.2.27-3ubuntu2.4 1582 950 utils gpgconf libassuan0 libbz2-1.0 libc6 libgcrypt20 libgpg-error0 libreadline8 libsqlite3-0 zlib1g
gpg-agent 2.2.27-3ubuntu2.4 1349 695 utils gpgconf pinentry-curses init-system-helpers libassuan0 libc6 libgcrypt20 libgpg-error0 libnpth0
gpg-wks-client 2.2.27-3ubuntu2.4 683 541 utils dirmngr gpg gpg-agent libassuan0 libc6 libgcrypt20 libgpg-error0
gpg-wks-server 2.2.27-3ubuntu2.4 658 531 utils gpg gpg-agent libc6 libgcrypt20 libgpg-error0
gpgconf 2.2.27-3ubuntu2.4 804 565 utils libassuan0 libc6 libgcrypt20 libgpg-error0 libreadline8
gpgsm 2.2.27-3ubuntu2.4 993 671 utils gpgconf libassuan0 libc6 libgcrypt20 libgpg-error0 libksba8 libreadline8
iproute2 5.15.0-1ubuntu2 3516 1046 net+ debconf libbpf0 libbsd0 libc6 libcap2 libdb5.3 libelf1 libmnl0 libselinux1 libtirpc3 libxtables12 libcap2-bin
iputils-ping 3:20211215-1 121 47 net+ libcap2-bin libc6 libcap2 libidn2-0
iso-codes 4.9.0-1 20072 2824 misc.
java-common 0.72build2 37 15 java.
jq 1.6-2.1ubuntu3.1 111 64 utils libjq1 libc6
less 590-1ubuntu0.22.04.3 313 132 text+ libc6 libtinfo6
libarchive13 3.6.0-1ubuntu1.5 870 344 libs libacl1 libbz2-1.0 libc6 liblz4-1 liblzma5 libnettle8 libxml2 libzstd1 zlib1g
libasan6 11.4.0-1ubuntu1~22.04.2 9631 2065 libs gcc-11-base libc6 libgcc-s1
libasound2 1.2.6.1-1ubuntu1 1161 362 libs libasound2-data libc6
libasound2-data 1.2.6.1-1ubuntu1 200 20 libs.
libassuan0 2.5.5-1build1 117 48 libs libc6 libgpg-error0
libatomic1 12.3.0-1ubuntu1~22.04.2 45 9 libs gcc-11-base libc6
libavahi-client3 0.8-5ubuntu5.3 133 63 libs libavahi-common3 libc6 libdbus-1-3
libavahi-common-data 0.8-5ubuntu5.3 754 124 libs
libavahi-common3 0.8-5ubuntu5.3 110 59 libs libc6 libavahi-common-data
libbinutils 2.38-4ubuntu2.8 2469 572 devel libc6 libzstd1 zlib1g binutils-common
libbpf0 1:0.5.0-1ubuntu22.04.1 270 98 libs libc6 libelf1 zlib1g
libbrotli1 1.0.9-2build6 783 275 libs libc6
libbsd0 0.11.5-1 202 117 libs libc6 libmd0
libc-ares2 1.18.1-1ubuntu0.22.04.3 169 102 libs libc6
libc-dev-bin 2.35-0ubuntu3.11 91 46 libdevel libc6
libc-l10n 2.35-0ubuntu3.11 4347 675 localization.~
libc6-dev 2.35-0ubuntu3.11 11958 1899 libdevel libc6 libc-dev-bin linux-libc-dev libcrypt-dev libnsl-dev rpcsvc-proto
libcap2-bin 1:2.44-1ubuntu0.22.04.2 133 35 utils libc6 libcap2
libcbor0.8 0.8.0-2ubuntu1 98 27 libs libc6
libcc1-0 12.3.0-1ubuntu1~22.04.2 136 42 libs gcc-11-base libc6 libgcc-s1 libstdc++6
libcrypt-dev 1:4.4.27-1 341 118 libdevel libcrypt1
libctf-nobfd0 2.38-4ubuntu2.8 301 153 devel libc6 zlib1g
libctf0 2.38-4ubuntu2.8 232 90 devel libbinutils libc6 zlib1g
libcups2 2.4.1op1-1ubuntu4.15 780 351 libs libavahi-client3 libavahi-common3 libc6 libgnutls30 libgssapi-krb5-2 zlib1g
libcurl3-gnutls 7.81.0-1ubuntu1.21 827 385 libs libbrotli1 libc6 libgnutls30 libgssapi-krb5-2 libidn2-0 libldap-2.5-0 libnettle8 libnghttp2-14 libpsl5 librtmp1 libssh-4 libzstd1 zlib1g
libcurl4 7.81.0-1ubuntu1.21 843 390 libs libbrotli1 libc6 libgssapi-krb5-2 libidn2-0 libldap-2.5-0 libnghttp2-14 libpsl5 librtmp1 libssh-4 libssl3 libzstd1 zlib1g
libcurl4-openssl-dev 7.81.0-1ubuntu1.21 1780 491 libdevel libcurl4
libdbus-1-3 1.12.20-2ubuntu4.1 468 201 libs libc6 libsystemd0
libdpkg-perl 1.21.1ubuntu2.6 1987 604 perl. perl dpkg
libedit2 3.1-20210910-1build1 258 93 libs libbsd0 libc6 libtinfo6
libelf1 0.186-1ubuntu0.1 1036 174 libs libc6 zlib1g
liberror-perl 0.17029-1 73 29 perl. perl
libexpat1 2.4.7-1ubuntu0.6 414 108 libs libc6
libffi-dev 3.4.2-4 315 59 libdevel libffi8
libfido2-1 1.10.0-1 241 77 libs libc6 libcbor0.8 libssl3 libudev1 zlib1g
libfontconfig1 2.13.1-4.2ubuntu5 579 386 libs libc6 libexpat1 libfreetype6 fontconfig-config
libfreetype6 2.11.1+dfsg-1ubuntu0.3 886 398 libs libbrotli1 libc6 libpng16-16 zlib1g
libgcc-11-dev 11.4.0-1ubuntu1~22.04.2 14284 2437 libdevel gcc-11-base libgcc-s1 libgomp1 libitm1 libatomic1 libasan6 liblsan0 libtsan0 libubsan1 libquadmath0
libgdbm-compat4 1.23-1 70 48 libs libc6 libgdbm6
libgdbm6 1.23-1 129 72 libs libc6
libgirepository-1.0-1 1.72.0-1 295 101 libs libc6 libffi8 libglib2.0-0
libglib2.0-0 2.72.4-0ubuntu2.6 4131 1399 libs libc6 libffi8 libmount1 libpcre2-8-0 libselinux1 zlib1g
libgomp1 12.3.0-1ubuntu1~22.04.2 312 116 libs gcc-11-base libc6
libgpm2 1.20.7-10build1 45 14 libs libc6
libgraphite2-3 1.3.14-1build2 191 75 libs libc6
libgssapi-krb5-2 1.19.2-2ubuntu0.7 425 135 libs libc6 libcom-err2 libk5crypto3 libkrb5-3 libkrb5support0
libharfbuzz0b 2.7.4-1ubuntu3.2 2609 1945 libs libc6 libfreetype6 libglib2.0-0 libgraphite2-3
libicu70 70.1-2 33152 8624 libs libc6 libgcc-s1 libstdc++6
libisl23 0.24-2build1 2302 683 libs libc6 libgmp10
libitm1 12.3.0-1ubuntu1~22.04.2 115 26 libs gcc-11-base libc6
libjansson4 2.13.1-1.1build3 101 41 libs libc6
libjpeg8 8c-2ubuntu10 677 166 libs libc6
libjq1 1.6-2.1ubuntu3.1 366 136 libs libc6 libonig5
libjsoncpp25 1.9.5-3 260 79 libs libc6 libgcc-s1 libstdc++6
libk5crypto3 1.19.2-2ubuntu0.7 261 80 libs libc6 libkrb5support0
libkeyutils1 1.6.1-2ubuntu3 40 9 libs libc6
libkrb5-3 1.19.2-2ubuntu0.7 1077 332 libs libc6 libcom-err2 libk5crypto3 libkeyutils1 libkrb5support0 libssl3
libkrb5support0 1.19.2-2ubuntu0.7 134 33 libs libc6
libksba8 1.6.0-2ubuntu0.2 316 128 libs libc6 libgpg-error0
liblcms2-2 2.12~rc1-2build2 428 154 libs libc6
libldap-2.5-0 2.5.19+dfsg-0ubuntu0.22.04.1 553 183 libs libc6 libgnutls30 libsasl2-2
liblsan0 12.3.0-1ubuntu1~22.04.2 2942 969 libs gcc-11-base libc6 libgcc-s1
libmd0 1.0.4-1build1 79 29 libs libc6
libmnl0 1.0.4-3build2 46 12 libs libc6
libmpc3 1.2.1-2build1 149 51 libs libc6 libgmp10 libmpfr6
libmpdec3 2.5.1-2build2 278 88 libs libc6 libgcc-s1 libstdc++6
libmpfr6 4.1.0-3build3 1177 701 libs libc6 libgmp10
libmysqlclient-dev 8.0.43-0ubuntu0.22.04.1 71 26 libdevel
libmysqlclient21 8.0.43-0ubuntu0.22.04.1 553 180 libs mysql-common libc6 libssl3 zlib1g
libnghttp2-14 1.43.0-1ubuntu0.2 220 72 libs libc6
libnode72 12.22.9~dfsg-1ubuntu3.6 35795 8335 libs libbrotli1 libc-ares2 libc6 libgcc-s1 libicu70 libnghttp2-14 libssl3 libstdc++6 libuv1 zlib1g
libnpth0 1.6-3build2 50 19 libs libc6
libnsl-dev 1.3.0-2build2 345 66 libdevel libnsl2 libtirpc-dev
libnspr4 2:4.35-0ubuntu0.22.04.1 319 112 libs libc6
libnss3 2:3.98-0ubuntu0.22.04.2 4049 1306 libs libc6 libnspr4 libsqlite3-0
libonig5 6.9.7.1-2build1 666 188 libs libc6
libpackagekit-glib2-18 1.2.5-2ubuntu3 466 124 libs libc6 libglib2.0-0
libpcsclite1 1.9.5-3ubuntu1 105 60 libs libc6
libperl5.34 5.34.0-3ubuntu1.5 28875 4208 libs libbz2-1.0 libc6 libcrypt1 libdb5.3 libgdbm-compat4 libgdbm6 zlib1g perl-modules-5.34
libpng16-16 1.6.37-3build5 417 277 libs libc6 zlib1g
libpq-dev 14.19-0ubuntu0.22.04.1 595 157 libdevel libpq5 libssl-dev
libpq5 14.19-0ubuntu0.22.04.1 906 205 libs libc6 libgssapi-krb5-2 libldap-2.5-0 libssl3
libpsl5 0.21.0-1.2build2 96 59 libs libidn2-0 libc6 libunistring2
libpython3-dev 3.10.6-1~22.04.1 48 22 python libpython3.10-dev
libpython3-stdlib 3.10.6-1~22.04.1 27 9 python libpython3.10-stdlib
libpython3.10 3.10.12-1~22.04.11 5606 1694 libs libpython3.10-stdlib libc6 libexpat1 zlib1g
libpython3.10-dev 3.10.12-1~22.04.11 21093 4316 libdevel libpython3.10-stdlib libpython3.10 libexpat1-dev
libpython3.10-minimal 3.10.12-1~22.04.11 5232 821 python libc6 libssl3
libpython3.10-stdlib 3.10.12-1~22.04.11 8334 1798 python libpython3.10-minimal media-types libbz2-1.0 libc6 libcrypt1 libdb5.3 libffi8 liblzma5 libncursesw6 libnsl2 libreadline8 libsqlite3-0 libtinfo6 libtirpc3 libuuid1
libquadmath0 12.3.0-1ubuntu1~22.04.2 292 145 libs gcc-11-base libc6
libreadline8 8.1.2-1 475 166 libs readline-common libc6 libtinfo6
librhash0 1.4.2-1ubuntu1 227 129 libs libc6
librtmp1 2.4+20151223.gitfa8646d.1-2build4 146 61 libs libc6 libgmp10 libgnutls30 libhogweed6 libnettle8 zlib1g
libsasl2-2 2.1.27+dfsg2-3ubuntu1.2 167 60 libs libsasl2-modules-db libc6
libsasl2-modules-db 2.1.27+dfsg2-3ubuntu1.2 77 21 libs libc6 libdb5.3
libsodium23 1.0.18-1build2 415 162 libs libc6
libsqlite3-0 3.37.2-2ubuntu0.5 1682 839 libs libc6
libssh-4 0.9.6-2ubuntu0.22.04.4 353 176 libs libc6 libssl3 zlib1g
libssl-dev 3.0.2-0ubuntu1.20 12206 2450 libdevel libssl3
libssl3 3.0.2-0ubuntu1.20 6042 2040 libs libc6
libstdc++-11-dev 11.4.0-1ubuntu1~22.04.2 19446 2047 libdevel gcc-11-base libgcc-11-dev libstdc++6 libc6-dev
libtirpc-dev 1.3.2-2ubuntu0.1 717 191 libdevel libtirpc3
libtsan0 11.4.0-1ubuntu1~22.04.2 8926 2000 libs gcc-11-base libc6 libgcc-s1
libubsan1 12.3.0-1ubuntu1~22.04.2 2652 883 libs gcc-11-base libc6 libgcc-s1 libstdc++6
libuv1 1.43.0-1ubuntu0.1 294 136 libs libc6
libuv1-dev 1.43.0-1ubuntu0.1 672 172 libdevel libuv1
libxml2 2.9.13+dfsg-1ubuntu0.9 1867 687 libs libc6 libicu70 liblzma5 zlib1g
libxtables12 1.8.7-1ubuntu5.2 101 31 libs libc6
linux-libc-dev 5.15.0-161.171 7191 2458 devel
locales 2.35-0ubuntu3.11 15844 3902 localization.~ libc-bin libc-l10n debconf
lsb-release 11.1.0ubuntu4 63 28 misc. python3 distro-info-data
make 4.3-4.1build1 1592 396 devel libc6
media-types 7.0.0 92 26 net.~
mysql-common 5.8+1.0.8 33 7 database.
nano 6.2-1ubuntu0.1 2804 690 editors+ libc6 libncursesw6 libtinfo6
net-tools 1.60+git20181103.0eebece-1ubuntu5.4 978 243 net libc6 libselinux1
netbase 6.3 36 13 admin.+
nginx 1.18.0-6ubuntu14.7 1336 532 httpd libc6 libcrypt1 libpcre2-8-0 libssl3 zlib1g iproute2 nginx-common
nginx-common 1.18.0-6ubuntu14.7 333 116 httpd. debconf
nginx-core 1.18.0-6ubuntu14.7 1276 517 httpd libnginx-mod-http-geoip libnginx-mod-http-image-filter libnginx-mod-http-xslt-filter libnginx-mod-mail libnginx-mod-stream libnginx-mod-stream-geoip nginx-common iproute2 libc6 libcrypt1 libpcre3 libssl3 zlib1g
nodejs 12.22.9~dfsg-1ubuntu3.6 3934 322 web libc6 libnode72
npm 8.5.1~ds-1 2941 669 web. ca-certificates node-abbrev node-agent-base node-aproba node-archy node-base64-js node-binary-extensions node-cacache node-chalk node-chownr node-ci-info node-cli-table node-colors node-columnify node-css-selector-tokenizer node-debug node-depd node-diff node-string-width node-encoding node-events node-glob node-got node-graceful-fs node-gyp node-hosted-git-info node-https-proxy-agent node-ieee754 node-ini node-ip node-ip-regex node-json-parse-better-errors node-jsonparse node-lru-cache node-minimatch node-minipass node-mkdirp node-ms node-negotiator node-nopt node-normalize-package-data node-npm-bundled node-read-package-json node-npm-package-arg node-npmlog node-once node-p-map node-css-loader node-promise-retry node-promzard node-read node-rimraf node-semver node-ssri node-strip-ansi node-tar node-text-table node-validate-npm-package-license node-validate-npm-package-name node-which node-wrappy node-write-file-atomic node-yallist nodejs
openjdk-11-jdk-headless 11.0.28+6-1ubuntu1~22.04.1 80120 73769 java openjdk-11-jre-headless libc6 zlib1g
openjdk-11-jre-headless 11.0.28+6-1ubuntu1~22.04.1 171815 38307 java ca-certificates-java java-common libcups2 libfontconfig1 liblcms2-2 libjpeg8 libnss3 util-linux libasound2 libc6 libfreetype6 libgcc-s1 libharfbuzz0b libpcsclite1 libstdc++6 zlib1g
openjdk-17-jdk-headless 17.0.16+8~us1-0ubuntu1~22.04.1 76935 71597 java openjdk-17-jre-headless libc6 zlib1g
openjdk-17-jre-headless 17.0.16+8~us1-0ubuntu1~22.04.1 188564 43870 java ca-certificates-java java-common libcups2 libfontconfig1 liblcms2-2 libjpeg8 libnss3 util-linux libasound2 libc6 libfreetype6 libgcc-s1 libharfbuzz0b libpcsclite1 libstdc++6 zlib1g
openssh-client 1:8.9p1-3ubuntu0.13 5796 993 net~ adduser passwd libc6 libedit2 libfido2-1 libgssapi-krb5-2 libselinux1 libssl3 zlib1g
openssl 3.0.2-0ubuntu1.20 2315 1442 utils libc6 libssl3
patch 2.7.6-7build2 248 128 vcs libc6
perl 5.34.0-3ubuntu1.5 670 239 perl~ dpkg perl-base perl-modules-5.34 libperl5.34
perl-modules-5.34 5.34.0-3ubuntu1.5 17821 2817 libs. dpkg perl-base
pinentry-curses 2.2.27-3ubuntu2.4 140 77 utils libassuan0 libc6 libgpg-error0 libncursesw6 libtinfo6
pkg-config 0.29.2-1ubuntu3 29 14 devel
postgresql-client 14+238 16 10 database. postgresql-client-14
postgresql-client-14 14.19-0ubuntu0.22.04.1 8615 1779 database libpq5 postgresql-client-common sensible-utils libc6 liblz4-1 libreadline8 libssl3 libzstd1 zlib1g
postgresql-client-common 238 130 35 database. netbase perl
python-apt-common 2.4.0ubuntu4 557 97 python.
python3 3.10.6-1~22.04.1 81 26 python python3-minimal python3.10 libpython3-stdlib
python3-apt 2.4.0ubuntu4 708 190 python python3 libapt-pkg6.0 libc6 libgcc-s1 libstdc++6 python-apt-common distro-info-data
python3-dbus 1.2.18-3build1 415 108 python python3 libc6 libdbus-1-3 libglib2.0-0
python3-dev 3.10.6-1~22.04.1 144 25 python python3 libpython3-dev python3.10-dev python3-distutils libjs-sphinxdoc
python3-distutils 3.10.8-1~22.04 638 131 python. python3 python3-lib2to3
python3-gi 3.42.1-0ubuntu1 735 232 python gir1.2-glib-2.0 python3 libc6 libffi8 libgirepository-1.0-1 libglib2.0-0
python3-lib2to3 3.10.8-1~22.04 365 76 python. python3
python3-minimal 3.10.6-1~22.04.1 111 26 python python3.10-minimal dpkg
python3-pip 22.0.2+dfsg-1ubuntu0.7 6678 1325 python. ca-certificates python3-distutils python3-setuptools python3-wheel python3
python3-pip-whl 22.0.2+dfsg-1ubuntu0.7 1747 1717 python. ca-certificates
python3-pkg-resources 59.6.0-1.2ubuntu0.22.04.3 1052 297 python. python3
python3-pycurl 7.44.1-1build2 189 69 python python3 libc6 libcurl3-gnutls
python3-setuptools 59.6.0-1.2ubuntu0.22.04.3 2534 522 python. python3-pkg-resources python3-distutils python3
python3-setuptools-whl 59.6.0-1.2ubuntu0.22.04.3 1316 1112 python.
python3-six 1.16.0-3ubuntu1 63 18 python. python3
python3-software-properties 0.99.22.9 121 50 python. iso-codes lsb-release python3 python3-apt python3-pycurl
python3-venv 3.10.6-1~22.04.1 6 1 python python3.10-venv python3 python3-distutils
python3-wheel 0.37.1-2ubuntu0.22.04.1 131 31 python. python3-distutils python3
python3.10 3.10.12-1~22.04.11 651 575 python python3.10-minimal libpython3.10-stdlib media-types
python3.10-dev 3.10.12-1~22.04.11 510 507 python python3.10 libpython3.10-dev libpython3.10 libexpat1-dev zlib1g-dev
python3.10-minimal 3.10.12-1~22.04.11 6743 2055 python libc6 libpython3.10-minimal libexpat1 zlib1g
python3.10-venv 3.10.12-1~22.04.11 28 6 python python3.10 python3-pip-whl python3-setuptools-whl python3-distutils
readline-common 8.1.2-1 89 69 utils.+ dpkg
rpcsvc-proto 1.4.2-0ubuntu6 246 63 libs libc6
software-properties-common 0.99.22.9 457 83 admin. ca-certificates gir1.2-glib-2.0 gir1.2-packagekitglib-1.0 python-apt-common python3 python3-dbus python3-gi python3-software-properties
sudo 1.9.9-1ubuntu2.5 6054 1890 admin init-system-helpers libaudit1 libc6 libpam0g libselinux1 zlib1g libpam-modules
supervisor 4.2.1-1ubuntu1 1707 311 admin. init-system-helpers lsb-base python3-pkg-resources python3
tzdata 2025b-0ubuntu0.22.04.1 2571 308 localization.! debconf
unzip 6.0-26ubuntu3.2 380 167 utils libbz2-1.0 libc6
vim 2:8.2.3995-1ubuntu2.24 3650 1568 editors vim-common vim-runtime libacl1 libc6 libgpm2 libselinux1 libsodium23 libtinfo6
vim-common 2:8.2.3995-1ubuntu2.24 245 125 editors.+
vim-runtime 2:8.2.3995-1ubuntu2.24 36406 7027 editors.
wget 1.21.2-2ubuntu1.1 3521 937 web~ libc6 libgnutls30 libidn2-0 libnettle8 libpcre2-8-0 libpsl5 libuuid1 zlib1g
xxd 2:8.2.3995-1ubuntu2.24 240 193 editors libc6
xz-utils 5.2.5-2ubuntu1 1226 471 utils~ libc6 liblzma5
zip 3.0-12build2 616 230 utils libbz2-1.0 libc6
zlib1g-dev 1:1.2.11.dfsg-2ubuntu9.2 1310 916 libdevel zlib1g libc6-dev
`;
