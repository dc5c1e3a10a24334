/**
 * The RPM packages Dockerfiles install, one line each: "name arch installed-KiB download-KiB
 * repo depends...|summary|paths" (repo: `base` for the distribution's core repository, `app`
 * for AppStream/updates, `extras`), then a version per family (`-` where the family's
 * repositories do not carry it; `%` in a Fedora release is its number). Installed sizes and
 * dependencies follow the EL9 packages; other families reuse them.
 */
export const RPM_LINES = `
bash x86_64 7738 1740 base ncurses-libs glibc|The GNU Bourne Again shell|usr/bin/bash usr/bin/sh>bash etc/skel/.bashrc
glibc x86_64 6290 2010 base glibc-common|The GNU libc libraries|usr/lib64/libc.so.6 usr/lib64/ld-linux-x86-64.so.2 usr/lib64/libm.so.6 usr/sbin/ldconfig
glibc-common x86_64 1053 302 base|Common binaries and locale data for glibc|usr/bin/getent usr/bin/locale usr/bin/iconv
glibc-langpack-en x86_64 5822 653 base glibc|English langpacks for glibc|usr/lib/locale/en_US.utf8/LC_COLLATE usr/lib/locale/en_US.utf8/LC_CTYPE
glibc-devel x86_64 98 33 app glibc glibc-headers kernel-headers libxcrypt-devel|Object files for development using standard C libraries|usr/lib64/libc.so usr/lib64/crt1.o usr/lib64/libc_nonshared.a
glibc-headers x86_64 2190 555 app|Header files for development using standard C libraries|usr/include/stdio.h usr/include/stdlib.h usr/include/string.h usr/include/unistd.h
kernel-headers x86_64 6581 2950 app|Header files for the Linux kernel for use by glibc|usr/include/linux/types.h usr/include/asm/unistd.h
libxcrypt-devel x86_64 25 19 app|Development files for libxcrypt|usr/include/crypt.h usr/lib64/libcrypt.so>libcrypt.so.2
ncurses-libs x86_64 1005 334 base|Ncurses libraries|usr/lib64/libncursesw.so.6 usr/lib64/libtinfo.so.6
coreutils x86_64 5936 1188 base coreutils-common|A set of basic GNU tools commonly used in shell scripts|usr/bin/coreutils usr/bin/ls usr/bin/cp
coreutils-common x86_64 11256 2049 base|coreutils common optional components|usr/share/info/coreutils.info.gz
git x86_64 86 50 app git-core git-core-doc perl-Git perl-TermReadKey perl-interpreter|Fast Version Control System|usr/share/doc/git/README.md
git-core x86_64 22436 4556 app less openssh-clients zlib|Core package of git with minimal functionality|usr/bin/git usr/libexec/git-core/git-remote-http usr/libexec/git-core/git-sh-setup usr/share/git-core/templates/hooks/pre-commit.sample
git-core-doc noarch 15066 2909 app git-core|Documentation files for git-core|usr/share/doc/git/user-manual.html usr/share/doc/git/RelNotes/2.47.0.txt
perl-Git noarch 64 37 app git perl-Error perl-interpreter|Perl interface to Git|usr/share/perl5/vendor_perl/Git.pm
perl-Error noarch 72 40 app perl-interpreter|Error/exception handling in an OO-ish way|usr/share/perl5/vendor_perl/Error.pm
perl-TermReadKey x86_64 64 35 app perl-interpreter|A perl module for simple terminal control|usr/lib64/perl5/vendor_perl/Term/ReadKey.pm usr/lib64/perl5/vendor_perl/auto/Term/ReadKey/ReadKey.so
perl-interpreter x86_64 120 72 app perl-libs|Standalone executable Perl interpreter|usr/bin/perl usr/bin/perl5.32.1
perl-libs x86_64 6652 2160 app|The libraries for the perl run-time|usr/lib64/perl5/CORE/libperl.so usr/share/perl5/strict.pm usr/share/perl5/warnings.pm usr/lib64/perl5/Config.pm
less x86_64 368 161 base|A text file browser similar to more, but better|usr/bin/less usr/bin/lesspipe.sh
openssh x86_64 1869 466 base|An open source implementation of SSH protocol version 2|usr/bin/ssh-keygen usr/libexec/openssh/ssh-keysign
openssh-clients x86_64 2577 715 base openssh libedit|An open source SSH client applications|usr/bin/ssh usr/bin/scp usr/bin/sftp etc/ssh/ssh_config
libedit x86_64 244 106 base ncurses-libs|The NetBSD Editline library|usr/lib64/libedit.so.0
zlib x86_64 198 93 base|Compression and decompression library|usr/lib64/libz.so.1
zlib-devel x86_64 142 44 app zlib|Header files and libraries for Zlib development|usr/include/zlib.h usr/lib64/libz.so>libz.so.1 usr/lib64/pkgconfig/zlib.pc
curl x86_64 703 297 base libcurl|A utility for getting files from remote servers (FTP, HTTP, and others)|usr/bin/curl
libcurl x86_64 717 284 base openssl-libs libnghttp2|A library for getting files from web servers|usr/lib64/libcurl.so.4
libcurl-devel x86_64 1209 814 app libcurl|Files needed for building applications with libcurl|usr/include/curl/curl.h usr/lib64/libcurl.so>libcurl.so.4 usr/bin/curl-config
libnghttp2 x86_64 170 75 base|A library implementing the HTTP/2 protocol|usr/lib64/libnghttp2.so.14
wget x86_64 3190 785 app libpsl openssl-libs|A utility for retrieving files using the HTTP or FTP protocols|usr/bin/wget etc/wgetrc
libpsl x86_64 70 64 base|C library for the Publix Suffix List|usr/lib64/libpsl.so.5
openssl x86_64 1948 1199 base openssl-libs|Utilities from the general purpose cryptography library with TLS implementation|usr/bin/openssl usr/bin/c_rehash etc/pki/tls/openssl.cnf
openssl-libs x86_64 6485 2147 base ca-certificates|A general purpose cryptography library with TLS implementation|usr/lib64/libssl.so.3 usr/lib64/libcrypto.so.3 usr/lib64/engines-3/afalg.so
openssl-devel x86_64 5204 3010 app openssl-libs zlib-devel|Files for development of applications which will use OpenSSL|usr/include/openssl/ssl.h usr/include/openssl/evp.h usr/lib64/libssl.so>libssl.so.3 usr/lib64/libcrypto.so>libcrypto.so.3 usr/lib64/pkgconfig/openssl.pc
ca-certificates noarch 2408 834 base|The Mozilla CA root certificate bundle|etc/pki/tls/certs/ca-bundle.crt etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem usr/bin/ca-legacy
gcc x86_64 97543 32904 app cpp glibc-devel libgomp binutils libmpc|Various compilers (C, C++, Objective-C, ...)|usr/bin/gcc usr/bin/cc>gcc usr/bin/x86_64-redhat-linux-gcc usr/libexec/gcc/x86_64-redhat-linux/11/cc1 usr/libexec/gcc/x86_64-redhat-linux/11/collect2 usr/lib/gcc/x86_64-redhat-linux/11/libgcc.a
gcc-c++ x86_64 35810 12690 app gcc libstdc++-devel|C++ support for GCC|usr/bin/g++ usr/bin/c++ usr/libexec/gcc/x86_64-redhat-linux/11/cc1plus
libstdc++-devel x86_64 16190 2421 app|Header files and libraries for C++ development|usr/include/c++/11/iostream usr/include/c++/11/vector usr/lib/gcc/x86_64-redhat-linux/11/libstdc++.so
cpp x86_64 11016 10748 app libmpc|The C Preprocessor|usr/bin/cpp usr/libexec/gcc/x86_64-redhat-linux/11/cc1
libmpc x86_64 151 70 app|C library for multiple precision complex arithmetic|usr/lib64/libmpc.so.3
libgomp x86_64 493 262 base|GCC OpenMP v4.5 shared support library|usr/lib64/libgomp.so.1
binutils x86_64 27128 5964 base|A GNU collection of binary utilities|usr/bin/ld usr/bin/ld.bfd usr/bin/as usr/bin/ar usr/bin/nm usr/bin/objdump usr/bin/strip usr/lib64/libbfd-2.35.2.so
make x86_64 1661 555 base|A GNU tool which simplifies the build process for users|usr/bin/make usr/bin/gmake>make
autoconf noarch 2251 706 app m4 perl-interpreter|A GNU tool for automatically configuring source code|usr/bin/autoconf usr/bin/autoreconf usr/share/autoconf/autoconf/general.m4
automake noarch 1843 690 app autoconf perl-interpreter|A GNU tool for automatically creating Makefiles|usr/bin/automake usr/bin/aclocal usr/share/automake-1.16/am/header-vars.am
m4 x86_64 663 308 app|The GNU macro processor|usr/bin/m4
libtool x86_64 2660 591 app autoconf automake|The GNU Portable Library Tool|usr/bin/libtool usr/bin/libtoolize usr/share/aclocal/libtool.m4
patch x86_64 257 133 app|Utility for modifying/upgrading files|usr/bin/patch
diffutils x86_64 1598 405 base|GNU collection of diff utilities|usr/bin/diff usr/bin/cmp usr/bin/sdiff
cmake x86_64 33120 7510 app cmake-data libuv|Cross-platform make system|usr/bin/cmake usr/bin/ctest usr/bin/cpack
cmake-data noarch 8660 2240 app|Common data-files for cmake|usr/share/cmake/Modules/FindPkgConfig.cmake
libuv x86_64 522 150 app|Platform layer for node.js|usr/lib64/libuv.so.1
pkgconf-pkg-config x86_64 4 12 base|pkgconf shim to provide /usr/bin/pkg-config|usr/bin/pkg-config>pkgconf usr/bin/pkgconf
python3 x86_64 33 26 base python3-libs|Python 3.9 interpreter|usr/bin/python3>python3.9 usr/bin/python3.9 usr/bin/pydoc3
python3-libs x86_64 32766 8234 base python3-setuptools|Python runtime libraries|usr/lib64/libpython3.9.so.1.0 usr/lib64/python3.9/os.py usr/lib64/python3.9/lib-dynload/_ssl.cpython-39-x86_64-linux-gnu.so usr/lib64/python3.9/encodings/utf_8.py
python3-setuptools noarch 3624 955 base|Easily build and distribute Python 3 packages|usr/lib/python3.9/site-packages/setuptools/__init__.py usr/lib/python3.9/site-packages/pkg_resources/__init__.py
python3-pip noarch 11397 2506 app python3 python3-setuptools|A tool for installing and managing Python3 packages|usr/bin/pip3 usr/bin/pip usr/bin/pip-3 usr/lib/python3.9/site-packages/pip/__init__.py usr/lib/python3.9/site-packages/pip/_internal/cli/main.py
python3-devel x86_64 951 250 app python3 pkgconf-pkg-config|Libraries and header files needed for Python development|usr/include/python3.9/Python.h usr/include/python3.9/pyconfig-64.h usr/lib64/pkgconfig/python3.pc usr/bin/python3-config
python3.11 x86_64 32 28 app python3.11-libs|Version 3.11 of the Python interpreter|usr/bin/python3.11
python3.11-libs x86_64 41300 10240 app|Python runtime libraries|usr/lib64/libpython3.11.so.1.0 usr/lib64/python3.11/os.py
python3.11-pip noarch 10680 3236 app python3.11|A tool for installing and managing Python packages|usr/bin/pip3.11 usr/lib/python3.11/site-packages/pip/__init__.py
nodejs x86_64 53300 11020 app npm|JavaScript runtime|usr/bin/node usr/share/doc/nodejs/README.md
npm x86_64 9560 2550 app nodejs|Node.js Package Manager|usr/bin/npm usr/bin/npx usr/lib/node_modules/npm/package.json usr/lib/node_modules/npm/lib/npm.js
java-17-openjdk-headless x86_64 180800 44210 app tzdata-java javapackages-filesystem|OpenJDK 17 Runtime Environment Headless|usr/lib/jvm/java-17-openjdk/bin/java usr/lib/jvm/java-17-openjdk/lib/modules usr/lib/jvm/java-17-openjdk/lib/server/libjvm.so usr/lib/jvm/jre-17-openjdk>java-17-openjdk
java-17-openjdk x86_64 1020 440 app java-17-openjdk-headless|OpenJDK 17 Runtime Environment|usr/lib/jvm/java-17-openjdk/lib/libawt_xawt.so
java-17-openjdk-devel x86_64 18400 4870 app java-17-openjdk|OpenJDK 17 Development Environment|usr/lib/jvm/java-17-openjdk/bin/javac usr/lib/jvm/java-17-openjdk/bin/jar usr/lib/jvm/java-17-openjdk/lib/ct.sym
java-21-openjdk-headless x86_64 196700 47800 app tzdata-java javapackages-filesystem|OpenJDK 21 Runtime Environment Headless|usr/lib/jvm/java-21-openjdk/bin/java usr/lib/jvm/java-21-openjdk/lib/modules usr/lib/jvm/java-21-openjdk/lib/server/libjvm.so
java-21-openjdk x86_64 1060 460 app java-21-openjdk-headless|OpenJDK 21 Runtime Environment|usr/lib/jvm/java-21-openjdk/lib/libawt_xawt.so
java-21-openjdk-devel x86_64 19700 5110 app java-21-openjdk|OpenJDK 21 Development Environment|usr/lib/jvm/java-21-openjdk/bin/javac usr/lib/jvm/java-21-openjdk/bin/jar
java-11-openjdk-headless x86_64 168100 41900 app tzdata-java javapackages-filesystem|OpenJDK 11 Runtime Environment Headless|usr/lib/jvm/java-11-openjdk/bin/java usr/lib/jvm/java-11-openjdk/lib/modules
java-1.8.0-openjdk-headless x86_64 111300 34400 app tzdata-java javapackages-filesystem|OpenJDK 8 Runtime Environment Headless|usr/lib/jvm/java-1.8.0-openjdk/jre/bin/java usr/lib/jvm/java-1.8.0-openjdk/jre/lib/rt.jar
tzdata-java noarch 98 150 app|OpenJDK time zone data|usr/share/javazi-1.8/tzdb.dat
javapackages-filesystem noarch 2 13 app|Java packages filesystem layout|usr/share/java/ usr/lib/java/
maven x86_64 11 12 app maven-lib java-17-openjdk-devel|Java project management and project comprehension tool|usr/bin/mvn usr/share/maven/conf/settings.xml
maven-lib noarch 9840 8160 app|Core part of Maven|usr/share/maven/lib/maven-core.jar usr/share/maven/lib/guava.jar
httpd x86_64 63 51 app httpd-core httpd-tools apr apr-util|Apache HTTP Server|usr/lib/systemd/system/httpd.service
httpd-core x86_64 4780 1480 app httpd-filesystem apr apr-util|httpd minimal core|usr/sbin/httpd usr/sbin/apachectl etc/httpd/conf/httpd.conf usr/lib64/httpd/modules/mod_rewrite.so
httpd-filesystem noarch 1 14 app|The basic directory layout for the Apache HTTP Server|etc/httpd/conf.d/ var/www/html/
httpd-tools x86_64 195 81 app apr apr-util|Tools for use with the Apache HTTP Server|usr/bin/ab usr/bin/htpasswd
apr x86_64 289 122 app|Apache Portable Runtime library|usr/lib64/libapr-1.so.0
apr-util x86_64 217 95 app apr|Apache Portable Runtime Utility library|usr/lib64/libaprutil-1.so.0
nginx x86_64 179 37 app nginx-core nginx-filesystem|A high performance web server and reverse proxy server|usr/share/nginx/html/index.html usr/share/nginx/html/50x.html
nginx-core x86_64 1870 580 app nginx-filesystem openssl-libs pcre2|nginx minimal core|usr/sbin/nginx usr/share/doc/nginx/README
nginx-filesystem noarch 0 10 app|The basic directory layout for the Nginx server|etc/nginx/conf.d/ etc/nginx/default.d/ etc/nginx/nginx.conf
pcre2 x86_64 638 237 base|Perl-compatible regular expression library|usr/lib64/libpcre2-8.so.0
unzip x86_64 391 186 base|A utility for unpacking zip files|usr/bin/unzip usr/bin/zipinfo
zip x86_64 721 270 base|A file compression and packaging utility compatible with PKZIP|usr/bin/zip usr/bin/zipcloak
tar x86_64 2986 892 base|GNU file archiving program|usr/bin/tar usr/bin/gtar>tar
gzip x86_64 385 170 base|The GNU data compression program|usr/bin/gzip usr/bin/gunzip usr/bin/zcat
xz x86_64 826 235 base xz-libs|LZMA compression utilities|usr/bin/xz usr/bin/unxz usr/bin/xzcat
xz-libs x86_64 194 111 base|Libraries for decoding LZMA compression|usr/lib64/liblzma.so.5
bzip2 x86_64 93 55 base|A file compression utility|usr/bin/bzip2 usr/bin/bunzip2
which x86_64 82 43 base|Displays where a particular program in your path is located|usr/bin/which
procps-ng x86_64 970 350 base|System and process monitoring utilities|usr/bin/ps usr/bin/top usr/bin/free usr/bin/pgrep usr/bin/pkill usr/bin/uptime usr/bin/watch usr/lib64/libprocps.so.8
shadow-utils x86_64 3888 1240 base|Utilities for managing accounts and shadow password files|usr/sbin/useradd usr/sbin/groupadd usr/sbin/usermod usr/sbin/userdel usr/bin/passwd etc/login.defs
findutils x86_64 1766 550 base|The GNU versions of find utilities (find and xargs)|usr/bin/find usr/bin/xargs
hostname x86_64 41 30 base|Utility to set/show the host name or domain name|usr/bin/hostname
iproute x86_64 2365 818 base|Advanced IP routing and network device configuration tools|usr/sbin/ip usr/sbin/ss
iputils x86_64 610 183 base|Network monitoring tools including ping|usr/bin/ping usr/bin/tracepath
net-tools x86_64 974 308 base|Basic networking tools|usr/bin/netstat usr/sbin/ifconfig usr/sbin/route
bind-utils x86_64 576 218 app bind-libs|Utilities for querying DNS name servers|usr/bin/dig usr/bin/host usr/bin/nslookup
bind-libs x86_64 3340 1260 app|Libraries used by the BIND DNS packages|usr/lib64/libdns.so
epel-release noarch 25 19 extras|Extra Packages for Enterprise Linux repository configuration|etc/yum.repos.d/epel.repo etc/pki/rpm-gpg/RPM-GPG-KEY-EPEL-9
vim-minimal x86_64 1592 786 base|A minimal version of the VIM editor|usr/bin/vi usr/bin/view usr/bin/ex
vim-enhanced x86_64 4050 1840 app vim-common|A version of the VIM editor which includes recent enhancements|usr/bin/vim usr/bin/vimdiff
vim-common x86_64 32580 7540 app vim-filesystem|The common files needed by any version of the VIM editor|usr/share/vim/vim82/syntax/python.vim usr/share/vim/vim82/defaults.vim usr/bin/xxd
vim-filesystem noarch 40 17 app|VIM filesystem layout|usr/share/vim/vimfiles/
nano x86_64 2660 710 base|A small text editor|usr/bin/nano usr/bin/rnano
sudo x86_64 4967 1003 base|Allows restricted root access for specified users|usr/bin/sudo usr/sbin/visudo etc/sudoers
jq x86_64 440 188 app oniguruma|Command-line JSON processor|usr/bin/jq usr/lib64/libjq.so.1
oniguruma x86_64 690 222 app|Regular expressions library|usr/lib64/libonig.so.5
rsync x86_64 730 400 base|A program for synchronizing files over a network|usr/bin/rsync
openssl11 x86_64 1080 430 app|Utilities from the general purpose cryptography library with TLS implementation|usr/bin/openssl11
tzdata noarch 1707 450 base|Timezone data|usr/share/zoneinfo/UTC usr/share/zoneinfo/Europe/Paris usr/share/zoneinfo/America/New_York usr/share/zoneinfo/zone.tab
glibc-locale-source x86_64 4170 4310 base|The sources for the locales|usr/share/i18n/locales/en_US
libffi-devel x86_64 30 30 app|Development files for libffi|usr/include/ffi.h usr/lib64/libffi.so>libffi.so.8
bzip2-devel x86_64 40 215 app|Libraries and header files for apps which will use bzip2|usr/include/bzlib.h usr/lib64/libbz2.so>libbz2.so.1
readline-devel x86_64 490 210 app ncurses-devel|Files needed to develop programs which use the readline library|usr/include/readline/readline.h
ncurses-devel x86_64 1520 540 app ncurses-libs|Development files for the ncurses library|usr/include/ncurses.h usr/lib64/libncurses.so
sqlite-devel x86_64 670 160 app|Development tools for the sqlite3 embeddable SQL database engine|usr/include/sqlite3.h usr/lib64/libsqlite3.so>libsqlite3.so.0
postgresql x86_64 6130 1600 app|PostgreSQL client programs|usr/bin/psql usr/bin/pg_dump
mysql x86_64 74 36 app|MySQL client programs and shared libraries|usr/bin/mysql usr/bin/mysqldump
redis x86_64 5530 1300 app|A persistent key-value database|usr/bin/redis-server usr/bin/redis-cli etc/redis/redis.conf
supervisor noarch 3040 610 app python3|A System for Allowing the Control of Process State on UNIX|usr/bin/supervisord usr/bin/supervisorctl etc/supervisord.conf
cronie x86_64 290 121 base|Cron daemon for executing programs at set times|usr/sbin/crond usr/bin/crontab
util-linux x86_64 12470 2370 base|A collection of basic system utilities|usr/bin/mount usr/bin/lsblk usr/bin/more usr/sbin/fdisk usr/bin/kill usr/bin/getopt
file x86_64 102 50 base file-libs|Utility for determining file types|usr/bin/file
file-libs x86_64 7750 760 base|Libraries for applications using libmagic|usr/lib64/libmagic.so.1 usr/share/misc/magic.mgc
passwd x86_64 430 120 base|An utility for setting or changing passwords using PAM|usr/bin/passwd
glibc-minimal-langpack x86_64 0 40 base|Minimal language packs for glibc|
dnf-plugins-core noarch 21 40 base python3-dnf-plugins-core|Core Plugins for DNF|usr/share/doc/dnf-plugins-core/AUTHORS
python3-dnf-plugins-core noarch 790 280 base|Core Plugins for DNF|usr/lib/python3.9/site-packages/dnf-plugins/config_manager.py usr/lib/python3.9/site-packages/dnf-plugins/copr.py
yum-utils noarch 30 40 base dnf-plugins-core|Yum-utils CLI compatibility layer|usr/bin/yum-config-manager usr/bin/repoquery usr/bin/yumdownloader
`;

/** name → el7 el8 el9 fedora al2 al2023. */
export const RPM_VERSIONS = `
bash 4.2.46-35.el7_9 4.4.20-5.el8 5.1.8-9.el9 5.2.37-1.fc% 4.2.46-34.amzn2 5.2.15-1.amzn2023.0.2
glibc 2.17-326.el7_9.3 2.28-251.el8_10.25 2.34-168.el9_6.23 2.42-4.fc% 2.26-64.amzn2.0.4 2.34-196.amzn2023.0.1
glibc-common 2.17-326.el7_9.3 2.28-251.el8_10.25 2.34-168.el9_6.23 2.42-4.fc% 2.26-64.amzn2.0.4 2.34-196.amzn2023.0.1
glibc-langpack-en - 2.28-251.el8_10.25 2.34-168.el9_6.23 2.42-4.fc% - 2.34-196.amzn2023.0.1
glibc-devel 2.17-326.el7_9.3 2.28-251.el8_10.25 2.34-168.el9_6.23 2.42-4.fc% 2.26-64.amzn2.0.4 2.34-196.amzn2023.0.1
glibc-headers 2.17-326.el7_9.3 2.28-251.el8_10.25 2.34-168.el9_6.23 - 2.26-64.amzn2.0.4 2.34-196.amzn2023.0.1
kernel-headers 3.10.0-1160.119.1.el7 4.18.0-553.82.1.el8_10 5.14.0-570.58.1.el9_6 6.17.4-300.fc% 4.14.355-280.710.amzn2 6.1.158-180.294.amzn2023
libxcrypt-devel - 4.1.1-6.el8 4.4.18-3.el9 4.4.38-8.fc% - 4.4.33-7.amzn2023
ncurses-libs 5.9-14.20130511.el7_4 6.1-10.20180224.el8 6.2-10.20210508.el9 6.5-7.20250614.fc% 6.0-8.20170212.amzn2.1.8 6.2-4.20200222.amzn2023.0.6
coreutils 8.22-24.el7_9.2 8.30-15.el8 8.32-39.el9 9.7-6.fc% 8.22-24.amzn2 8.32-30.amzn2023.0.3
coreutils-common - 8.30-15.el8 8.32-39.el9 9.7-6.fc% - 8.32-30.amzn2023.0.3
git 1.8.3.1-25.el7_9 2.43.7-1.el8_10 2.47.3-1.el9_6 2.51.1-1.fc% 2.47.3-1.amzn2.0.1 2.50.1-1.amzn2023.0.1
git-core - 2.43.7-1.el8_10 2.47.3-1.el9_6 2.51.1-1.fc% 2.47.3-1.amzn2.0.1 2.50.1-1.amzn2023.0.1
git-core-doc - 2.43.7-1.el8_10 2.47.3-1.el9_6 2.51.1-1.fc% 2.47.3-1.amzn2.0.1 2.50.1-1.amzn2023.0.1
perl-Git 1.8.3.1-25.el7_9 2.43.7-1.el8_10 2.47.3-1.el9_6 2.51.1-1.fc% 2.47.3-1.amzn2.0.1 2.50.1-1.amzn2023.0.1
perl-Error 0.17020-2.el7 0.17025-2.el8 0.17029-7.el9 0.17030-2.fc% 0.17020-2.amzn2 0.17029-5.amzn2023.0.2
perl-TermReadKey 2.30-20.el7 2.37-7.el8 2.38-11.el9 2.38-26.fc% 2.30-20.amzn2.0.2 2.38-9.amzn2023.0.5
perl-interpreter - 5.26.3-422.el8 5.32.1-481.el9 5.40.3-520.fc% - 5.32.1-477.amzn2023.0.7
perl-libs 5.16.3-299.el7_9 5.26.3-422.el8 5.32.1-481.el9 5.40.3-520.fc% 5.16.3-299.amzn2.0.3 5.32.1-477.amzn2023.0.7
less 458-10.el7_9 530-3.el8_10 590-6.el9 679-2.fc% 458-9.amzn2.0.2 608-2.amzn2023.0.2
openssh 7.4p1-23.el7_9 8.0p1-26.el8_10 8.7p1-45.el9 10.0p1-5.fc% 7.4p1-22.amzn2.0.13 8.7p1-8.amzn2023.0.15
openssh-clients 7.4p1-23.el7_9 8.0p1-26.el8_10 8.7p1-45.el9 10.0p1-5.fc% 7.4p1-22.amzn2.0.13 8.7p1-8.amzn2023.0.15
libedit 3.0-12.20121213cvs.el7 3.1-23.20170329cvs.el8 3.1-38.20210216cvs.el9 3.1-57.20250104cvs.fc% 3.0-12.20121213cvs.amzn2.0.2 3.1-38.20210714cvs.amzn2023.0.2
zlib 1.2.7-21.el7_9 1.2.11-25.el8 1.2.11-40.el9 1.3.1-3.fc% 1.2.7-19.amzn2.0.3 1.2.11-33.amzn2023.0.5
zlib-devel 1.2.7-21.el7_9 1.2.11-25.el8 1.2.11-40.el9 1.3.1-3.fc% 1.2.7-19.amzn2.0.3 1.2.11-33.amzn2023.0.5
curl 7.29.0-59.el7_9.2 7.61.1-34.el8_10.8 7.76.1-31.el9_6.1 8.15.0-2.fc% 8.3.0-1.amzn2.0.9 8.11.1-4.amzn2023.0.1
libcurl 7.29.0-59.el7_9.2 7.61.1-34.el8_10.8 7.76.1-31.el9_6.1 8.15.0-2.fc% 8.3.0-1.amzn2.0.9 8.11.1-4.amzn2023.0.1
libcurl-devel 7.29.0-59.el7_9.2 7.61.1-34.el8_10.8 7.76.1-31.el9_6.1 8.15.0-2.fc% 8.3.0-1.amzn2.0.9 8.11.1-4.amzn2023.0.1
libnghttp2 - 1.33.0-6.el8_10.1 1.43.0-6.el9 1.66.0-2.fc% 1.41.0-1.amzn2.0.4 1.59.0-3.amzn2023.0.1
wget 1.14-18.el7_6.1 1.19.5-12.el8_10 1.21.1-8.el9_4 1.25.0-2.fc% 1.14-18.amzn2.1 1.21.3-1.amzn2023.0.4
libpsl - 0.20.2-6.el8 0.21.1-5.el9 0.21.5-6.fc% - 0.21.1-3.amzn2023.0.2
openssl 1.0.2k-26.el7_9 1.1.1k-14.el8_10 3.2.2-6.el9_5.1 3.5.1-2.fc% 1.0.2k-24.amzn2.0.16 3.2.2-1.amzn2023.0.2
openssl-libs 1.0.2k-26.el7_9 1.1.1k-14.el8_10 3.2.2-6.el9_5.1 3.5.1-2.fc% 1.0.2k-24.amzn2.0.16 3.2.2-1.amzn2023.0.2
openssl-devel 1.0.2k-26.el7_9 1.1.1k-14.el8_10 3.2.2-6.el9_5.1 3.5.1-2.fc% 1.0.2k-24.amzn2.0.16 3.2.2-1.amzn2023.0.2
ca-certificates 2023.2.60_v7.0.306-72.el7_9 2025.2.80_v9.0.304-80.2.el8_10 2025.2.80_v9.0.305-91.el9 2025.2.80_v9.0.305-2.fc% 2025.2.80-1.amzn2.0.1 2025.2.80-1.amzn2023.0.1
gcc 4.8.5-44.el7 8.5.0-28.el8_10 11.5.0-5.el9_5 15.2.1-3.fc% 7.3.1-17.amzn2 11.5.0-5.amzn2023.0.5
gcc-c++ 4.8.5-44.el7 8.5.0-28.el8_10 11.5.0-5.el9_5 15.2.1-3.fc% 7.3.1-17.amzn2 11.5.0-5.amzn2023.0.5
libstdc++-devel 4.8.5-44.el7 8.5.0-28.el8_10 11.5.0-5.el9_5 15.2.1-3.fc% 7.3.1-17.amzn2 11.5.0-5.amzn2023.0.5
cpp 4.8.5-44.el7 8.5.0-28.el8_10 11.5.0-5.el9_5 15.2.1-3.fc% 7.3.1-17.amzn2 11.5.0-5.amzn2023.0.5
libmpc 1.0.1-3.el7 1.1.0-9.1.el8 1.2.1-4.el9 1.3.1-8.fc% 1.0.1-3.amzn2.0.2 1.2.1-2.amzn2023.0.2
libgomp 4.8.5-44.el7 8.5.0-28.el8_10 11.5.0-5.el9_5 15.2.1-3.fc% 7.3.1-17.amzn2 11.5.0-5.amzn2023.0.5
binutils 2.27-44.base.el7_9.1 2.30-125.el8_10 2.35.2-63.el9 2.45-1.fc% 2.29.1-31.amzn2.0.1 2.41-50.amzn2023.0.3
make 3.82-24.el7 4.2.1-11.el8 4.3-8.el9 4.4.1-10.fc% 3.82-24.amzn2 4.3-5.amzn2023.0.2
autoconf 2.69-11.el7 2.69-29.el8_10.1 2.69-39.el9 2.72-7.fc% 2.69-11.amzn2 2.69-36.amzn2023.0.3
automake 1.13.4-3.el7 1.16.1-8.el8 1.16.2-8.el9 1.17-5.fc% 1.13.4-3.1.amzn2 1.16.5-9.amzn2023.0.3
m4 1.4.16-10.el7 1.4.18-7.el8 1.4.19-1.el9 1.4.20-2.fc% 1.4.16-10.amzn2.0.2 1.4.19-2.amzn2023.0.2
libtool 2.4.2-22.el7_3 2.4.6-25.el8 2.4.6-46.el9 2.5.4-8.fc% 2.4.2-22.2.amzn2.0.2 2.4.7-1.amzn2023.0.3
patch 2.7.1-12.el7_7 2.7.6-11.el8 2.7.6-16.el9 2.8-2.fc% 2.7.1-12.amzn2.0.2 2.7.6-14.amzn2023.0.2
diffutils 3.3-6.el7_9 3.6-6.el8 3.7-12.el9 3.12-2.fc% 3.3-5.amzn2 3.8-1.amzn2023.0.2
cmake 2.8.12.2-2.el7 3.26.5-2.el8 3.26.5-2.el9 3.31.6-4.fc% 2.8.12.2-2.amzn2.0.4 3.22.2-1.amzn2023.0.4
cmake-data - 3.26.5-2.el8 3.26.5-2.el9 3.31.6-4.fc% - 3.22.2-1.amzn2023.0.4
libuv - 1.41.1-2.el8_10 1.42.0-2.el9_4 1.51.0-2.fc% - 1.47.0-1.amzn2023.0.2
pkgconf-pkg-config - 1.4.2-1.el8 1.7.3-10.el9 2.3.0-3.fc% - 1.8.0-4.amzn2023.0.2
python3 3.6.8-21.el7_9 3.6.8-71.el8_10 3.9.21-2.el9_6.2 3.14.0-2.fc% 3.7.16-1.amzn2.0.16 3.9.24-1.amzn2023.0.1
python3-libs 3.6.8-21.el7_9 3.6.8-71.el8_10 3.9.21-2.el9_6.2 3.14.0-2.fc% 3.7.16-1.amzn2.0.16 3.9.24-1.amzn2023.0.1
python3-setuptools 39.2.0-10.el7 39.2.0-9.el8_10 53.0.0-13.el9_6.1 78.1.1-11.fc% 49.1.3-1.amzn2.0.3 59.6.0-2.amzn2023.0.6
python3-pip 9.0.3-8.el7 9.0.3-24.el8 21.3.1-1.el9 25.1.1-17.fc% 20.2.2-1.amzn2.0.10 21.3.1-2.amzn2023.0.14
python3-devel 3.6.8-21.el7_9 3.6.8-71.el8_10 3.9.21-2.el9_6.2 3.14.0-2.fc% 3.7.16-1.amzn2.0.16 3.9.24-1.amzn2023.0.1
python3.11 - 3.11.13-2.el8_10 3.11.13-1.el9_6 - - 3.11.14-1.amzn2023.0.1
python3.11-libs - 3.11.13-2.el8_10 3.11.13-1.el9_6 - - 3.11.14-1.amzn2023.0.1
python3.11-pip - 22.3.1-5.el8 22.3.1-5.el9 - - 22.3.1-1.amzn2023.0.5
nodejs - 10.24.0-1.module_el8.3.0+717+fa496f1d 16.20.2-8.el9_4 22.20.0-1.fc% - 18.20.8-1.amzn2023.0.1
npm - 6.14.11-1.10.24.0.1.module_el8.3.0+717+fa496f1d 8.19.4-1.16.20.2.8.el9_4 10.9.3-1.22.20.0.1.fc% - 10.8.2-1.18.20.8.1.amzn2023.0.1
java-17-openjdk-headless - 17.0.17.0.10-1.el8 17.0.17.0.10-1.el9 - - -
java-17-openjdk - 17.0.17.0.10-1.el8 17.0.17.0.10-1.el9 - - -
java-17-openjdk-devel - 17.0.17.0.10-1.el8 17.0.17.0.10-1.el9 - - -
java-21-openjdk-headless - 21.0.9.0.10-1.el8 21.0.9.0.10-1.el9 21.0.9.0.10-1.fc% - -
java-21-openjdk - 21.0.9.0.10-1.el8 21.0.9.0.10-1.el9 21.0.9.0.10-1.fc% - -
java-21-openjdk-devel - 21.0.9.0.10-1.el8 21.0.9.0.10-1.el9 21.0.9.0.10-1.fc% - -
java-11-openjdk-headless 11.0.23.0.9-2.el7_9 11.0.25.0.9-1.el8 11.0.25.0.9-7.el9 - 11.0.23.0.9-1.amzn2.0.1 -
java-1.8.0-openjdk-headless 1.8.0.412.b08-1.el7_9 1.8.0.472.b08-1.el8 1.8.0.472.b08-1.el9 - 1.8.0.462.b08-1.amzn2.0.1 -
tzdata-java 2024a-1.el7 2025b-1.el8 2025b-1.el9 2025b-1.fc% 2025b-1.amzn2.0.1 -
javapackages-filesystem - 5.3.0-1.module_el8.0.0+11+5b8c10bd 6.0.0-4.el9 6.4.0-8.fc% - -
maven - 3.5.4-5.module_el8.0.0+39+6a9b6e22 3.6.3-19.el9 3.9.9-7.fc% - -
maven-lib - 3.5.4-5.module_el8.0.0+39+6a9b6e22 3.6.3-19.el9 3.9.9-7.fc% - -
httpd 2.4.6-99.el7.centos.1 2.4.37-65.module_el8.10.0+3874+4ffd4d49.3 2.4.62-4.el9_6.4 2.4.65-2.fc% 2.4.65-1.amzn2.0.1 2.4.65-1.amzn2023.0.1
httpd-core - - 2.4.62-4.el9_6.4 2.4.65-2.fc% - 2.4.65-1.amzn2023.0.1
httpd-filesystem - 2.4.37-65.module_el8.10.0+3874+4ffd4d49.3 2.4.62-4.el9_6.4 2.4.65-2.fc% 2.4.65-1.amzn2.0.1 2.4.65-1.amzn2023.0.1
httpd-tools 2.4.6-99.el7.centos.1 2.4.37-65.module_el8.10.0+3874+4ffd4d49.3 2.4.62-4.el9_6.4 2.4.65-2.fc% 2.4.65-1.amzn2.0.1 2.4.65-1.amzn2023.0.1
apr 1.4.8-7.el7 1.6.3-12.el8 1.7.0-12.el9_3 1.7.6-3.fc% 1.7.2-1.amzn2.0.1 1.7.5-1.amzn2023.0.4
apr-util 1.5.2-6.el7_9.1 1.6.1-9.el8 1.6.1-23.el9 1.6.3-24.fc% 1.6.3-1.amzn2.0.1 1.6.3-1.amzn2023.0.1
nginx - 1.14.1-9.module_el8.0.0+184+e34fea82 1.20.1-22.el9_6.3 1.28.0-2.fc% - 1.28.0-1.amzn2023.0.2
nginx-core - - 1.20.1-22.el9_6.3 1.28.0-2.fc% - 1.28.0-1.amzn2023.0.2
nginx-filesystem - 1.14.1-9.module_el8.0.0+184+e34fea82 1.20.1-22.el9_6.3 1.28.0-2.fc% - 1.28.0-1.amzn2023.0.2
pcre2 10.23-2.el7 10.32-3.el8_6 10.40-6.el9 10.45-1.fc% 10.23-2.amzn2.0.2 10.40-1.amzn2023.0.3
unzip 6.0-24.el7_9 6.0-48.el8_10 6.0-58.el9_5 6.0-67.fc% 6.0-57.amzn2.0.1 6.0-57.amzn2023.0.2
zip 3.0-11.el7 3.0-23.el8 3.0-35.el9 3.0-44.fc% 3.0-11.amzn2.0.2 3.0-28.amzn2023.0.2
tar 1.26-35.el7 1.30-11.el8_10 1.34-7.el9 1.35-6.fc% 1.26-35.amzn2.0.4 1.34-1.amzn2023.0.4
gzip 1.5-11.el7_9 1.9-13.el8_5 1.12-1.el9 1.13-4.fc% 1.5-10.amzn2.0.1 1.12-1.amzn2023.0.1
xz 5.2.2-2.el7_9 5.2.4-4.el8_6 5.2.5-8.el9_0 5.8.1-2.fc% 5.2.2-1.amzn2.0.3 5.2.5-9.amzn2023.0.2
xz-libs 5.2.2-2.el7_9 5.2.4-4.el8_6 5.2.5-8.el9_0 5.8.1-2.fc% 5.2.2-1.amzn2.0.3 5.2.5-9.amzn2023.0.2
bzip2 1.0.6-13.el7 1.0.6-28.el8_10 1.0.8-10.el9_5 1.0.8-21.fc% 1.0.6-13.amzn2.0.3 1.0.8-6.amzn2023.0.2
which 2.20-7.el7 2.21-20.el8 2.21-29.el9 2.23-2.fc% 2.20-7.amzn2.0.2 2.21-26.amzn2023
procps-ng 3.3.10-28.el7 3.3.15-14.el8 3.3.17-14.el9 4.0.4-6.fc% 3.3.10-26.amzn2.0.1 3.3.17-1.amzn2023.0.2
shadow-utils 4.6-5.el7 4.6-22.el8 4.9-12.el9 4.18.0-3.fc% 4.1.5.1-24.amzn2.0.3 4.9-12.amzn2023.0.4
findutils 4.5.11-6.el7 4.6.0-23.el8_10 4.8.0-7.el9 4.10.0-6.fc% 4.5.11-6.amzn2 4.8.0-2.amzn2023.0.2
hostname 3.13-3.el7_7.1 3.20-6.el8 3.23-6.el9 3.25-3.fc% 3.13-3.amzn2.0.2 3.23-4.amzn2023.0.2
iproute 4.11.0-30.el7 6.2.0-6.el8_10 6.11.0-1.el9 6.14.0-2.fc% 5.10.0-2.amzn2.0.3 5.10.0-2.amzn2023.0.5
iputils 20160308-10.el7 20180629-11.el8 20210202-11.el9 20250605-1.fc% 20180629-2.amzn2.0.2 20210202-2.amzn2023.0.4
net-tools 2.0-0.25.20131004git.el7 2.0-0.52.20160912git.el8 2.0-0.64.20160912git.el9 2.0-0.73.20160912git.fc% 2.0-0.22.20131004git.amzn2.0.2 2.0-0.62.20160912git.amzn2023.0.2
bind-utils 9.11.4-26.P2.el7_9.16 9.11.36-16.el8_10.6 9.16.23-31.el9_6 9.18.41-1.fc% 9.11.4-26.P2.amzn2.13.4 9.18.33-1.amzn2023.0.1
bind-libs 9.11.4-26.P2.el7_9.16 9.11.36-16.el8_10.6 9.16.23-31.el9_6 9.18.41-1.fc% 9.11.4-26.P2.amzn2.13.4 9.18.33-1.amzn2023.0.1
epel-release 7-11 8-22.el8 9-10.el9 - - -
vim-minimal 7.4.629-8.el7_9 8.0.1763-19.el8_6.4 8.2.2637-22.el9_6.1 9.1.1818-1.fc% 9.0.2153-1.amzn2.0.1 9.1.1623-1.amzn2023.0.1
vim-enhanced 7.4.629-8.el7_9 8.0.1763-19.el8_6.4 8.2.2637-22.el9_6.1 9.1.1818-1.fc% 9.0.2153-1.amzn2.0.1 9.1.1623-1.amzn2023.0.1
vim-common 7.4.629-8.el7_9 8.0.1763-19.el8_6.4 8.2.2637-22.el9_6.1 9.1.1818-1.fc% 9.0.2153-1.amzn2.0.1 9.1.1623-1.amzn2023.0.1
vim-filesystem 7.4.629-8.el7_9 8.0.1763-19.el8_6.4 8.2.2637-22.el9_6.1 9.1.1818-1.fc% 9.0.2153-1.amzn2.0.1 9.1.1623-1.amzn2023.0.1
nano 2.3.1-10.el7 2.9.8-3.el8_10 5.6.1-7.el9 8.5-1.fc% 2.9.8-2.amzn2.0.1 5.8-3.amzn2023.0.2
sudo 1.8.23-10.el7_9.3 1.9.5p2-1.el8_9 1.9.5p2-10.el9_6 1.9.17-2.p1.fc% 1.8.23-10.amzn2.3.6 1.9.15-1.p5.amzn2023.0.2
jq 1.6-2.el7 1.6-9.el8_10 1.6-17.el9_6.2 1.8.1-1.fc% 1.5-1.amzn2.0.2 1.7.1-1.amzn2023.0.3
oniguruma 6.8.2-2.el7 6.8.2-3.el8 6.9.6-1.el9.6 6.9.10-3.fc% 5.9.6-1.amzn2.0.4 6.9.7-1.amzn2023.0.4
rsync 3.1.2-12.el7_9 3.1.3-23.el8_10 3.2.5-3.el9 3.4.1-3.fc% 3.1.2-11.amzn2.0.5 3.4.0-1.amzn2023.0.2
openssl11 - - - - 1.1.1zb-1.amzn2.0.1 -
tzdata 2024a-1.el7 2025b-1.el8 2025b-1.el9 2025b-1.fc% 2025b-1.amzn2.0.1 2025b-1.amzn2023.0.1
glibc-locale-source 2.17-326.el7_9.3 2.28-251.el8_10.25 2.34-168.el9_6.23 2.42-4.fc% 2.26-64.amzn2.0.4 2.34-196.amzn2023.0.1
libffi-devel 3.0.13-19.el7 3.1-24.el8 3.4.2-8.el9 3.4.6-5.fc% 3.0.13-18.amzn2.0.2 3.4.4-1.amzn2023.0.1
bzip2-devel 1.0.6-13.el7 1.0.6-28.el8_10 1.0.8-10.el9_5 1.0.8-21.fc% 1.0.6-13.amzn2.0.3 1.0.8-6.amzn2023.0.2
readline-devel 6.2-11.el7 7.0-10.el8 8.1-4.el9 8.3-2.fc% 6.2-10.amzn2.0.2 8.1-2.amzn2023.0.2
ncurses-devel 5.9-14.20130511.el7_4 6.1-10.20180224.el8 6.2-10.20210508.el9 6.5-7.20250614.fc% 6.0-8.20170212.amzn2.1.8 6.2-4.20200222.amzn2023.0.6
sqlite-devel 3.7.17-8.el7_7.1 3.26.0-20.el8_10 3.34.1-8.el9_6 3.50.2-2.fc% 3.7.17-8.amzn2.1.2 3.40.0-1.amzn2023.0.6
postgresql 9.2.24-9.el7_9 10.23-4.module_el8.10.0+3871+da3e32c8 13.22-1.el9_6 18.0-2.fc% 9.2.24-8.amzn2.0.6 -
mysql - 8.0.44-1.module_el8.10.0+4029+e7b1ed71 - - - -
redis 3.2.12-2.el7 5.0.3-5.module_el8.4.0+955+7126e393 6.2.19-2.el9_6 - - -
supervisor - - - 4.2.5-8.fc% - -
cronie 1.4.11-25.el7_9 1.5.2-10.el8 1.5.7-14.el9 1.7.2-9.fc% 1.4.11-23.amzn2 1.5.7-1.amzn2023.0.2
util-linux 2.23.2-65.el7_9.1 2.32.1-46.el8 2.37.4-21.el9 2.41.2-1.fc% 2.30.2-2.amzn2.0.11 2.37.4-1.amzn2023.0.4
file 5.11-37.el7 5.33-26.el8 5.39-16.el9 5.46-8.fc% 5.11-36.amzn2.0.1 5.39-7.amzn2023.0.4
file-libs 5.11-37.el7 5.33-26.el8 5.39-16.el9 5.46-8.fc% 5.11-36.amzn2.0.1 5.39-7.amzn2023.0.4
passwd 0.79-6.el7 0.80-4.el8 0.80-12.el9 0.80-19.fc% 0.79-6.amzn2.0.2 0.80-10.amzn2023.0.2
glibc-minimal-langpack - 2.28-251.el8_10.25 2.34-168.el9_6.23 2.42-4.fc% - 2.34-196.amzn2023.0.1
dnf-plugins-core - 4.0.21-25.el8 4.3.0-20.el9 4.10.1-1.fc% - 4.3.0-13.amzn2023.0.5
python3-dnf-plugins-core - 4.0.21-25.el8 4.3.0-20.el9 4.10.1-1.fc% - 4.3.0-13.amzn2023.0.5
yum-utils 1.1.31-54.el7_8 4.0.21-25.el8 4.3.0-20.el9 4.10.1-1.fc% 1.1.31-46.amzn2.0.1 4.3.0-13.amzn2023.0.5
`;
