# Ubuntu package versions for ubuntu.py, as the archives carried them in late 2025 (jammy and
# focal: -updates/-security; noble: the same, plus its base in data/debian/deb-noble.ts).
# Written from memory of the archive: Ubuntu's archive is not reachable from the machines
# that generate this data, so every string here is a best estimate, not a checked value.
# One group a line: "version: package names sharing it (one source package, mostly)".
JAMMY_BASE = '''
2.4.14: apt libapt-pkg6.0
12ubuntu4.7: base-files
3.5.52build1: base-passwd
5.1-6ubuntu1.1: bash
1:2.37.2-4ubuntu3.4: bsdutils
2.37.2-4ubuntu3.4: libblkid1 libmount1 libsmartcols1 libuuid1 mount util-linux
8.32-4.1ubuntu1.2: coreutils
0.5.11+git20210903+057cd650a4ed-3build1: dash
1.5.79ubuntu1: debconf
5.5-1ubuntu2: debianutils
1:3.8-0ubuntu2: diffutils
1.21.1ubuntu2.6: dpkg
1.46.5-2ubuntu1.2: e2fsprogs libcom-err2 libext2fs2 libss2 logsave
4.8.0-1ubuntu3: findutils
12.3.0-1ubuntu1~22.04.2: gcc-12-base libgcc-s1 libstdc++6
2.2.27-3ubuntu2.4: gpgv
3.7-1build1: grep
1.10-4ubuntu4.1: gzip
3.23ubuntu2: hostname
1.62: init-system-helpers
2.3.1-1: libacl1
1:2.5.1-1build1: libattr1
1:3.0.7-1build1: libaudit-common libaudit1
1.0.8-5build1: libbz2-1.0
2.35-0ubuntu3.11: libc-bin libc6
0.7.9-2.2build3: libcap-ng0
1:2.44-1ubuntu0.22.04.2: libcap2
1:4.4.27-1: libcrypt1
5.3.28+dfsg1-0.8ubuntu3: libdb5.3
0.261ubuntu1: libdebconfclient0
3.4.2-4: libffi8
1.9.4-3ubuntu3: libgcrypt20
2:6.2.1+dfsg-3ubuntu1: libgmp10
3.7.3-4ubuntu1.7: libgnutls30
1.43-3: libgpg-error0
3.7.3-1build2: libhogweed6 libnettle8
2.3.2-2build1: libidn2-0
1.9.3-2build2: liblz4-1
5.2.5-2ubuntu1: liblzma5
6.3-2ubuntu0.1: libncurses6 libncursesw6 libtinfo6 ncurses-base ncurses-bin
1.3.0-2build2: libnsl2
0.24.0-6build1: libp11-kit0
1.4.0-11ubuntu2.6: libpam-modules libpam-modules-bin libpam-runtime libpam0g
10.39-3ubuntu0.1: libpcre2-8-0
2:8.39-13ubuntu0.22.04.1: libpcre3
2:3.3.17-6ubuntu2.1: libprocps8 procps
2.5.3-2ubuntu3~22.04.1: libseccomp2
3.3-1build2: libselinux1 libsemanage-common libsemanage2
3.3-1build1: libsepol2
249.11-0ubuntu3.16: libsystemd0 libudev1
4.18.0-4ubuntu0.1: libtasn1-6
1.3.2-2ubuntu0.1: libtirpc-common libtirpc3
1.0-1: libunistring2
0.8.1-1: libxxhash0
1.4.8+dfsg-3build1: libzstd1
1:4.8.1-2ubuntu2.2: login passwd
11.1.0ubuntu4: lsb-base
1.3.4.20200120-3: mawk
5.34.0-3ubuntu1.5: perl-base
4.8-1ubuntu2: sed
0.0.17: sensible-utils
3.01-1ubuntu1: sysvinit-utils
1.34+dfsg-1ubuntu0.1.22.04.2: tar
2021.03.26: ubuntu-keyring
25ubuntu2: usrmerge
1:1.2.11.dfsg-2ubuntu9.2: zlib1g
'''
JAMMY = '''
12.9ubuntu3: build-essential
4:11.2.0-1ubuntu1: gcc g++ cpp
11.4.0-1ubuntu1~22.04.2: gcc-11 g++-11 cpp-11 gcc-11-base libgcc-11-dev libstdc++-11-dev libasan6 libtsan0
12.3.0-1ubuntu1~22.04.2: libubsan1 libgomp1 libitm1 libatomic1 libquadmath0 liblsan0 libcc1-0
2.38-4ubuntu2.8: binutils binutils-common binutils-x86-64-linux-gnu libbinutils libctf0 libctf-nobfd0
2.35-0ubuntu3.11: libc6-dev libc-dev-bin locales
4.3-4.1build1: make
1.21.1ubuntu2.6: dpkg-dev libdpkg-perl
1:2.34.1-1ubuntu1.15: git git-man
7.81.0-1ubuntu1.21: curl libcurl4 libcurl3-gnutls libcurl4-openssl-dev
1.21.2-2ubuntu1.1: wget
20240203~22.04.1: ca-certificates
3.0.2-0ubuntu1.20: openssl libssl-dev libssl3
3.10.6-1~22.04.1: python3 python3-minimal libpython3-stdlib python3-dev libpython3-dev python3-venv
3.10.12-1~22.04.11: python3.10 python3.10-minimal libpython3.10 libpython3.10-minimal libpython3.10-stdlib libpython3.10-dev python3.10-dev python3.10-venv
22.0.2+dfsg-1ubuntu0.7: python3-pip python3-pip-whl
59.6.0-1.2ubuntu0.22.04.3: python3-setuptools python3-setuptools-whl
0.37.1-2ubuntu0.22.04.1: python3-wheel
3.10.8-1~22.04: python3-distutils python3-lib2to3
14.19-0ubuntu0.22.04.1: libpq-dev libpq5 postgresql-client-14
14+238: postgresql-client
238: postgresql-client-common
1.0.8: default-libmysqlclient-dev
8.0.43-0ubuntu0.22.04.1: libmysqlclient-dev libmysqlclient21
5.8+1.0.8: mysql-common
12.22.9~dfsg-1ubuntu3.6: nodejs libnode72
8.5.1~ds-1: npm
17.0.16+8~us1-0ubuntu1~22.04.1: openjdk-17-jdk-headless openjdk-17-jre-headless
11.0.28+6-1ubuntu1~22.04.1: openjdk-11-jdk-headless openjdk-11-jre-headless
6.0-26ubuntu3.2: unzip
3.0-12build2: zip
2:8.2.3995-1ubuntu2.24: vim vim-common vim-runtime xxd
6.2-1ubuntu0.1: nano
590-1ubuntu0.22.04.3: less
1.6-2.1ubuntu3.1: jq libjq1
6.9.7.1-2build1: libonig5
2025b-0ubuntu0.22.04.1: tzdata
2.2.27-3ubuntu2.4: gnupg gpg gpg-agent gpgconf gpgsm dirmngr gnupg-utils gpg-wks-client gpg-wks-server gnupg-l10n pinentry-curses
11.1.0ubuntu4: lsb-release
0.99.22.9: software-properties-common python3-software-properties
1.9.9-1ubuntu2.5: sudo
4.2.1-1ubuntu1: supervisor
1.18.0-6ubuntu14.7: nginx nginx-common nginx-core
1:8.9p1-3ubuntu0.13: openssh-client
3:20211215-1: iputils-ping
1.60+git20181103.0eebece-1ubuntu5.4: net-tools
3.4.2-4: libffi-dev
1:1.2.11.dfsg-2ubuntu9.2: zlib1g-dev
0.29.2-1ubuntu3: pkg-config
3.22.1-1ubuntu1.22.04.2: cmake cmake-data
5.34.0-3ubuntu1.5: perl perl-modules-5.34 libperl5.34
2.4.7-1ubuntu0.6: libexpat1
3.37.2-2ubuntu0.5: libsqlite3-0
8.1.2-1: libreadline8 readline-common
2.5.1-2build2: libmpdec3
1.23-1: libgdbm6 libgdbm-compat4
2.5.19+dfsg-0ubuntu0.22.04.1: libldap-2.5-0
1.19.2-2ubuntu0.7: libkrb5-3 libgssapi-krb5-2 libk5crypto3 libkrb5support0
1.43.0-1ubuntu0.2: libnghttp2-14
0.21.0-1.2build2: libpsl5
0.9.6-2ubuntu0.22.04.4: libssh-4
1.0.9-2build6: libbrotli1
70.1-2: libicu70
2.9.13+dfsg-1ubuntu0.9: libxml2
5.2.5-2ubuntu1: xz-utils
1.0.8-5build1: bzip2
6.3: netbase
7.0.0: media-types
3.118ubuntu5: adduser
20190909ubuntu1.2: ca-certificates-java
0.52ubuntu0.9: distro-info-data
2.13.1-4.2ubuntu5: fontconfig-config libfontconfig1
2.37-2build1: fonts-dejavu-core
1.72.0-1: gir1.2-glib-2.0 libgirepository-1.0-1
5.15.0-1ubuntu2: iproute2
4.9.0-1: iso-codes
0.72build2: java-common
3.6.0-1ubuntu1.5: libarchive13
1.2.6.1-1ubuntu1: libasound2 libasound2-data
2.5.5-1build1: libassuan0
0.8-5ubuntu5.3: libavahi-client3 libavahi-common-data libavahi-common3
1:0.5.0-1ubuntu22.04.1: libbpf0
0.11.5-1: libbsd0
1.18.1-1ubuntu0.22.04.3: libc-ares2
2.35-0ubuntu3.11: libc-l10n
1:2.44-1ubuntu0.22.04.2: libcap2-bin
0.8.0-2ubuntu1: libcbor0.8
1:4.4.27-1: libcrypt-dev
2.4.1op1-1ubuntu4.15: libcups2
1.12.20-2ubuntu4.1: libdbus-1-3
3.1-20210910-1build1: libedit2
0.186-1ubuntu0.1: libelf1
0.17029-1: liberror-perl
1.10.0-1: libfido2-1
2.11.1+dfsg-1ubuntu0.3: libfreetype6
2.72.4-0ubuntu2.6: libglib2.0-0
1.20.7-10build1: libgpm2
1.3.14-1build2: libgraphite2-3
2.7.4-1ubuntu3.2: libharfbuzz0b
0.24-2build1: libisl23
2.13.1-1.1build3: libjansson4
8c-2ubuntu10: libjpeg8
1.9.5-3: libjsoncpp25
1.6.1-2ubuntu3: libkeyutils1
1.6.0-2ubuntu0.2: libksba8
2.12~rc1-2build2: liblcms2-2
1.0.4-1build1: libmd0
1.0.4-3build2: libmnl0
1.2.1-2build1: libmpc3
4.1.0-3build3: libmpfr6
1.6-3build2: libnpth0
1.3.0-2build2: libnsl-dev
2:4.35-0ubuntu0.22.04.1: libnspr4
2:3.98-0ubuntu0.22.04.2: libnss3
1.2.5-2ubuntu3: libpackagekit-glib2-18 gir1.2-packagekitglib-1.0
1.9.5-3ubuntu1: libpcsclite1
1.6.37-3build5: libpng16-16
1.4.2-1ubuntu1: librhash0
2.4+20151223.gitfa8646d.1-2build4: librtmp1
2.1.27+dfsg2-3ubuntu1.2: libsasl2-2 libsasl2-modules-db
1.0.18-1build2: libsodium23
1.3.2-2ubuntu0.1: libtirpc-dev
1.43.0-1ubuntu0.1: libuv1 libuv1-dev
1.8.7-1ubuntu5.2: libxtables12
5.15.0-161.171: linux-libc-dev
2.7.6-7build2: patch
2.4.0ubuntu4: python-apt-common python3-apt
1.2.18-3build1: python3-dbus
3.42.1-0ubuntu1: python3-gi
59.6.0-1.2ubuntu0.22.04.3: python3-pkg-resources
7.44.1-1build2: python3-pycurl
1.16.0-3ubuntu1: python3-six
1.4.2-0ubuntu6: rpcsvc-proto
'''
FOCAL_BASE = '''
2.0.10: apt libapt-pkg6.0
11ubuntu5.8: base-files
3.5.47: base-passwd
5.0-6ubuntu1.2: bash
1:2.34-0.1ubuntu9.6: bsdutils
2.34-0.1ubuntu9.6: fdisk libfdisk1 libblkid1 libmount1 libsmartcols1 libuuid1 mount util-linux
8.30-3ubuntu2: coreutils
0.5.10.2-6: dash
1.5.73: debconf
4.9.1: debianutils
1:3.7-3: diffutils
1.19.7ubuntu3.2: dpkg
1.45.5-2ubuntu1.1: e2fsprogs libcom-err2 libext2fs2 libss2 logsave
4.7.0-1ubuntu1: findutils
10.5.0-1ubuntu1~20.04: gcc-10-base libgcc-s1 libstdc++6
2.2.19-3ubuntu2.2: gpgv
3.4-1: grep
1.10-0ubuntu4.1: gzip
3.23: hostname
1.57: init-system-helpers
2.2.53-6: libacl1
1:2.4.48-5: libattr1
1:2.8.5-2ubuntu6: libaudit-common libaudit1
1.0.8-2: libbz2-1.0
2.31-0ubuntu9.18: libc-bin libc6
0.7.9-2.1build1: libcap-ng0
1:2.32-1ubuntu0.2: libcap2
1:4.4.10-10ubuntu4: libcrypt1
5.3.28+dfsg1-0.6ubuntu2: libdb5.3
0.251ubuntu1: libdebconfclient0
3.3-4: libffi7
1.8.5-5ubuntu1.1: libgcrypt20
2:6.2.0+dfsg-4ubuntu0.1: libgmp10
3.6.13-2ubuntu1.12: libgnutls30
1.37-1: libgpg-error0
3.5.1+really3.5.1-2ubuntu0.2: libhogweed5 libnettle7
2.2.0-2: libidn2-0
1.9.2-2ubuntu0.20.04.1: liblz4-1
5.2.4-1ubuntu1.1: liblzma5
6.2-0ubuntu2.1: libncurses6 libncursesw6 libtinfo6 ncurses-base ncurses-bin
0.23.20-1ubuntu0.1: libp11-kit0
1.3.1-5ubuntu4.7: libpam-modules libpam-modules-bin libpam-runtime libpam0g
10.34-7ubuntu0.1: libpcre2-8-0
2:8.39-12ubuntu0.1: libpcre3
2:3.3.16-1ubuntu2.4: libprocps8 procps
2.5.1-1ubuntu1~20.04.2: libseccomp2
3.0-1build2: libselinux1 libsemanage-common libsemanage1
3.0-1ubuntu0.1: libsepol1
245.4-4ubuntu3.24: libsystemd0 libudev1
4.16.0-2: libtasn1-6
0.9.10-2: libunistring2
1.4.4+dfsg-3ubuntu0.1: libzstd1
1:4.8.1-1ubuntu5.20.04.5: login passwd
11.1.0ubuntu2: lsb-base
1.3.4.20200120-2: mawk
5.30.0-9ubuntu0.5: perl-base
4.7-1: sed
0.0.12+nmu1: sensible-utils
2.96-2.1ubuntu1: sysvinit-utils
1.30+dfsg-7ubuntu0.20.04.4: tar
2020.02.11.4: ubuntu-keyring
1:1.2.11.dfsg-2ubuntu1.5: zlib1g
'''
FOCAL = '''
12.8ubuntu1.1: build-essential
4:9.3.0-1ubuntu2: gcc g++ cpp
9.4.0-1ubuntu1~20.04.2: gcc-9 g++-9 cpp-9 gcc-9-base libgcc-9-dev libstdc++-9-dev libasan5
10.5.0-1ubuntu1~20.04: libubsan1 libgomp1 libitm1 libatomic1 libquadmath0 liblsan0 libtsan0 libcc1-0
2.34-6ubuntu1.11: binutils binutils-common binutils-x86-64-linux-gnu libbinutils libctf0 libctf-nobfd0
2.31-0ubuntu9.18: libc6-dev libc-dev-bin locales
4.2.1-1.2: make
1.19.7ubuntu3.2: dpkg-dev libdpkg-perl
1:2.25.1-1ubuntu3.14: git git-man
7.68.0-1ubuntu2.25: curl libcurl4 libcurl3-gnutls libcurl4-openssl-dev
1.20.3-1ubuntu2.1: wget
20240203~20.04.1: ca-certificates
1.1.1f-1ubuntu2.24: openssl libssl-dev libssl1.1
3.8.2-0ubuntu2: python3 python3-minimal libpython3-stdlib python3-dev libpython3-dev python3-venv
3.8.10-0ubuntu1~20.04.18: python3.8 python3.8-minimal libpython3.8 libpython3.8-minimal libpython3.8-stdlib libpython3.8-dev python3.8-dev python3.8-venv
20.0.2-5ubuntu1.11: python3-pip python-pip-whl
45.2.0-1ubuntu0.3: python3-setuptools
0.34.2-1ubuntu0.1: python3-wheel
3.8.10-0ubuntu1~20.04: python3-distutils python3-lib2to3
12.22-0ubuntu0.20.04.4: libpq-dev libpq5 postgresql-client-12
12+214ubuntu0.1: postgresql-client
214ubuntu0.1: postgresql-client-common
1.0.5ubuntu2: default-libmysqlclient-dev
8.0.42-0ubuntu0.20.04.1: libmysqlclient-dev libmysqlclient21
5.8+1.0.5ubuntu2: mysql-common
10.19.0~dfsg-3ubuntu1.6: nodejs libnode64
6.14.4+ds-1ubuntu2: npm
17.0.15+6~us1-0ubuntu1~20.04: openjdk-17-jdk-headless openjdk-17-jre-headless
11.0.27+6~us1-0ubuntu1~20.04: openjdk-11-jdk-headless openjdk-11-jre-headless
6.0-25ubuntu1.2: unzip
3.0-11build1: zip
2:8.1.2269-1ubuntu5.31: vim vim-common vim-runtime xxd
4.8-1ubuntu1: nano
551-1ubuntu0.3: less
1.6-1ubuntu0.20.04.1: jq libjq1
6.9.4-1: libonig5
2025b-0ubuntu0.20.04.1: tzdata
2.2.19-3ubuntu2.2: gnupg gpg gpg-agent gpgconf gpgsm dirmngr gnupg-utils gpg-wks-client gpg-wks-server gnupg-l10n pinentry-curses
11.1.0ubuntu2: lsb-release
0.99.9.12: software-properties-common python3-software-properties
1.8.31-1ubuntu1.5: sudo
4.1.0-1ubuntu1: supervisor
1.18.0-0ubuntu1.7: nginx nginx-common nginx-core
1:8.2p1-4ubuntu0.13: openssh-client
3:20190709-3ubuntu1: iputils-ping
1.60+git20180626.aebd88e-1ubuntu1: net-tools
3.3-4: libffi-dev
1:1.2.11.dfsg-2ubuntu1.5: zlib1g-dev
0.29.1-0ubuntu4: pkg-config
3.16.3-1ubuntu1.20.04.1: cmake cmake-data
5.30.0-9ubuntu0.5: perl perl-modules-5.30 libperl5.30
2.2.9-1ubuntu0.8: libexpat1
3.31.1-4ubuntu0.7: libsqlite3-0
8.0-4: libreadline8 readline-common
2.4.2-3: libmpdec2
1.18.1-5: libgdbm6 libgdbm-compat4
2.4.49+dfsg-2ubuntu1.10: libldap-2.4-2
1.17-6ubuntu4.9: libkrb5-3 libgssapi-krb5-2 libk5crypto3 libkrb5support0
66.1-2ubuntu2.1: libicu66
2.9.10+dfsg-5ubuntu0.20.04.10: libxml2
5.2.4-1ubuntu1.1: xz-utils
1.0.8-2: bzip2
6.1: netbase
3.64ubuntu1: mime-support
3.118ubuntu2: adduser
20190405ubuntu1.1: ca-certificates-java
0.43ubuntu1.18: distro-info-data
2.13.1-2ubuntu3: fontconfig-config libfontconfig1
2.37-1: fonts-dejavu-core
1.64.1-1~ubuntu20.04.1: gir1.2-glib-2.0 libgirepository-1.0-1
5.5.0-1ubuntu1: iproute2
4.4-1: iso-codes
0.72: java-common
3.4.0-2ubuntu1.5: libarchive13
1.2.2-2.1ubuntu2.5: libasound2 libasound2-data
2.5.3-7ubuntu2: libassuan0
1.0.7-6ubuntu0.1: libbrotli1
0.10.0-1: libbsd0
1.15.0-1ubuntu0.5: libc-ares2
1:2.32-1ubuntu0.2: libcap2-bin
1:4.4.10-10ubuntu4: libcrypt-dev
2.3.1-9ubuntu1.9: libcups2
1.12.16-2ubuntu2.3: libdbus-1-3
3.1-20191231-1: libedit2
0.176-1.1ubuntu0.1: libelf1
0.17029-1: liberror-perl
2.10.1-2ubuntu0.4: libfreetype6
2.64.6-1~ubuntu20.04.9: libglib2.0-0
1.20.7-5: libgpm2
0.22.1-1: libisl22
2.1-3.1ubuntu0.20.04.1: libjbig0
1.6-6ubuntu1.1: libkeyutils1
1.3.5-2ubuntu0.20.04.2: libksba8
1.0.4-2: libmnl0
1.1.0-1: libmpc3
4.0.2-1: libmpfr6
1.40.0-1ubuntu0.3: libnghttp2-14
1.6-1: libnpth0
1.2.0-2build1: libnsl2
1.6.37-2: libpng16-16
0.21.0-1ubuntu1: libpsl5
2.4+20151223.gitfa8646d.1-2build1: librtmp1
2.1.27+dfsg-2ubuntu0.1: libsasl2-2 libsasl2-modules-db
0.9.3-2ubuntu2.5: libssh-4
4.1.0+git191117-2ubuntu0.20.04.14: libtiff5
1.2.5-1ubuntu0.1: libtirpc-common libtirpc3
1.34.2-1ubuntu1.5: libuv1
0.6.1-2ubuntu0.20.04.3: libwebp6
2:1.6.9-2ubuntu1.6: libx11-6 libx11-data
1:1.0.9-0ubuntu1: libxau6
1.14-2: libxcb1
1:1.1.3-0ubuntu1: libxdmcp6
1:3.5.12-1ubuntu0.20.04.2: libxpm4
1.1.34-4ubuntu0.20.04.3: libxslt1.1
2.2.5-5.2ubuntu2.4: libgd3
1.6.12-6build1: libgeoip1
1.18.0-0ubuntu1.7: libnginx-mod-http-geoip libnginx-mod-http-image-filter libnginx-mod-http-xslt-filter libnginx-mod-mail libnginx-mod-stream libnginx-mod-stream-geoip
5.4.0-216.236: linux-libc-dev
2.7.6-6: patch
2.0.1ubuntu0.20.04.1: python-apt-common python3-apt
1.2.16-1build1: python3-dbus
3.36.0-1: python3-gi
45.2.0-1ubuntu0.3: python3-pkg-resources
3.0038+nmu1: ucf
'''
NOBLE = '''
12.10ubuntu1: build-essential
4:13.2.0-7ubuntu1: gcc g++ cpp gcc-x86-64-linux-gnu g++-x86-64-linux-gnu cpp-x86-64-linux-gnu
13.3.0-6ubuntu2~24.04: gcc-13 g++-13 cpp-13 gcc-13-base libgcc-13-dev libstdc++-13-dev gcc-13-x86-64-linux-gnu g++-13-x86-64-linux-gnu cpp-13-x86-64-linux-gnu
14.2.0-4ubuntu2~24.04: libasan8 libtsan2 libubsan1 libgomp1 libitm1 libatomic1 libquadmath0 liblsan0 libhwasan0 libcc1-0
2.42-4ubuntu2.6: binutils binutils-common binutils-x86-64-linux-gnu libbinutils libctf0 libctf-nobfd0 libgprofng0 libsframe1
2.39-0ubuntu8.6: libc6-dev libc-dev-bin locales
4.3-4.1build2: make
1.22.6ubuntu6.5: dpkg-dev libdpkg-perl
1:2.43.0-1ubuntu7.3: git git-man
8.5.0-2ubuntu10.6: curl libcurl4t64 libcurl3t64-gnutls libcurl4-openssl-dev
1.21.4-1ubuntu4.1: wget
20240203: ca-certificates
3.0.13-0ubuntu3.6: openssl libssl-dev
3.12.3-0ubuntu2: python3 python3-minimal libpython3-stdlib python3-dev libpython3-dev python3-venv
3.12.3-1ubuntu0.8: python3.12 python3.12-minimal libpython3.12t64 libpython3.12-minimal libpython3.12-stdlib libpython3.12-dev python3.12-dev python3.12-venv
24.0+dfsg-1ubuntu1.3: python3-pip python3-pip-whl
68.1.2-2ubuntu1.2: python3-setuptools python3-setuptools-whl python3-pkg-resources
0.42.0-2: python3-wheel
16.10-0ubuntu0.24.04.1: libpq-dev libpq5 postgresql-client-16
16+257build1.1: postgresql-client
257build1.1: postgresql-client-common
1.1.0build1: default-libmysqlclient-dev
8.0.43-0ubuntu0.24.04.1: libmysqlclient-dev libmysqlclient21
5.8+1.1.0build1: mysql-common
18.19.1+dfsg-6ubuntu5: nodejs libnode109
9.2.0~ds1-2: npm
17.0.16+8~us1-0ubuntu1~24.04.1: openjdk-17-jdk-headless openjdk-17-jre-headless
11.0.28+6-1ubuntu1~24.04.1: openjdk-11-jdk-headless openjdk-11-jre-headless
6.0-28ubuntu4.1: unzip
3.0-13ubuntu0.2: zip
2:9.1.0016-1ubuntu7.9: vim vim-common vim-runtime xxd
7.2-2ubuntu0.1: nano
590-2ubuntu2.1: less
1.7.1-3ubuntu0.24.04.1: jq libjq1
6.9.9-1build1: libonig5
2025b-0ubuntu0.24.04.1: tzdata
2.4.4-2ubuntu17.3: gnupg gpg gpg-agent gpgconf gpgsm dirmngr gnupg-utils gpg-wks-client gnupg-l10n pinentry-curses
12.0-2: lsb-release
0.99.49.3: software-properties-common python3-software-properties
1.9.15p5-3ubuntu5.24.04.1: sudo
4.2.5-1: supervisor
1.24.0-2ubuntu7.5: nginx nginx-common
1:9.6p1-3ubuntu13.14: openssh-client
3:20240117-1ubuntu0.1: iputils-ping
2.10-0.1ubuntu4.4: net-tools
3.4.6-1build1: libffi-dev
1:1.3.dfsg-3.1ubuntu2.1: zlib1g-dev
1.8.1-2build1: pkg-config pkgconf pkgconf-bin libpkgconf3
3.28.3-1build7: cmake cmake-data
5.38.2-3.2ubuntu0.2: perl perl-modules-5.38 libperl5.38t64
2.6.1-2ubuntu0.3: libexpat1
3.45.1-1ubuntu2.5: libsqlite3-0
8.2-4build1: libreadline8t64 readline-common
1.23-5.1build1: libgdbm6t64 libgdbm-compat4t64
2.6.7+dfsg-1~exp1ubuntu8.2: libldap2
1.20.1-6ubuntu2.6: libkrb5-3 libgssapi-krb5-2 libk5crypto3 libkrb5support0
74.2-1ubuntu3.1: libicu74
2.9.14+dfsg-1.3ubuntu3.6: libxml2
5.6.1+really5.4.5-1ubuntu0.2: xz-utils
1.0.8-5.1build0.1: bzip2
6.4: netbase
10.1.0: media-types
3.137ubuntu1: adduser
20240118: ca-certificates-java
0.60ubuntu0.5: distro-info-data
2.15.0-1.1ubuntu2: fontconfig-config libfontconfig1
2.37-8: fonts-dejavu-core fonts-dejavu-mono
2.80.0-6ubuntu3.4: gir1.2-glib-2.0 libglib2.0-0t64
1.80.1-1: libgirepository-1.0-1
6.1.0-1ubuntu6.2: iproute2
4.16.0-1: iso-codes
0.75+exp1: java-common
3.7.2-2ubuntu0.5: libarchive13t64
1.2.11-1ubuntu0.1: libasound2t64 libasound2-data
0.12.1-1build1.1: libbsd0
1.27.0-1.0ubuntu1: libc-ares2
1:2.66-5ubuntu2.2: libcap2-bin
1:4.4.36-4build1: libcrypt-dev
2.4.7-1.2ubuntu7.4: libcups2t64
1.14.10-4ubuntu4.1: libdbus-1-3
3.1-20230828-1build1: libedit2
0.190-1.1ubuntu0.1: libelf1t64
0.17029-2: liberror-perl
2.6.1-2ubuntu0.3: libexpat1-dev
1.14.0-1build3: libfido2-1
2.13.2+dfsg-1build3: libfreetype6
1.20.7-11: libgpm2
0.26-3build1.1: libisl23
2.14-2build2: libjansson4
1.9.5-6build1: libjsoncpp25
1.6.3-3build1: libkeyutils1
1.6.6-1build1: libksba8
1.3.1-1build1.1: libmpc3
4.2.1-1build1.1: libmpfr6
1.59.0-1ubuntu0.2: libnghttp2-14
1.6-3.1build1: libnpth0t64
2:4.35-1.1build1: libnspr4
2:3.98-1build1: libnss3
1.6.43-5build1: libpng16-16t64
0.21.2-1.1build1: libpsl5t64
1.4.3-3build1: librhash0
2.4+20151223.gitfa8646d.1-2build7: librtmp1
2.1.28+dfsg1-5ubuntu3.1: libsasl2-2 libsasl2-modules-db
0.10.6-2ubuntu0.2: libssh-4
1.3.4+ds-1.1build1: libtirpc-common libtirpc3t64
1.48.0-1.1build1: libuv1t64 libuv1-dev
6.8.0-88.89: linux-libc-dev
2.7.6-7build3: patch
2.7.7ubuntu5: python-apt-common python3-apt
1.3.2-5build3: python3-dbus
3.48.2-1: python3-gi
24.0-1: python3-packaging
7.45.3-1build2: python3-pycurl
'''
def parse(text):
    out = {}
    for line in text.strip().split('\n'):
        version, _, names = line.partition(': ')
        for name in names.split():
            out[name] = version
    return out
