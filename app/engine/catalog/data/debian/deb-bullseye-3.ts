// Generated from the Debian archive's Packages index (bullseye, amd64) by data/tools/suite.py:
// one package a line: name version installed-KiB download-kB section[flags] depends...
// flags: . Architecture all, * Essential, ! required, + important, ~ standard (else optional). Do not hand-edit lightly.
export default `
openjdk-17-jre-headless 17.0.20.1+1-1~deb11u1 188564 43870 java ca-certificates-java java-common libcups2 libfontconfig1 liblcms2-2 libjpeg62-turbo libnss3 util-linux libasound2 libc6 libfreetype6 libgcc-s1 libharfbuzz0b libpcsclite1 libstdc++6 zlib1g
openssh-client 1:8.4p1-5+deb11u7 4316 934 net~ adduser dpkg passwd libc6 libedit2 libfido2-1 libgssapi-krb5-2 libselinux1 libssl1.1 zlib1g
openssl 1.1.1w-0+deb11u8 1473 860 utils libc6 libssl1.1
passwd 1:4.8.1-1+deb11u1 2737 993 admin! libaudit1 libc6 libcrypt1 libpam0g libselinux1 libsemanage1 libpam-modules
patch 2.7.6-7 248 128 vcs libc6
perl 5.32.1-4+deb11u5 706 294 perl~ dpkg perl-base perl-modules-5.32 libperl5.32
perl-base 5.32.1-4+deb11u5 7665 1629 perl*! libc6 libcrypt1 dpkg
perl-modules-5.32 5.32.1-4+deb11u5 17459 2823 libs.~ dpkg perl-base
pinentry-curses 1.1.0-4 121 65 utils libassuan0 libc6 libgpg-error0 libncursesw6 libtinfo6
pkg-config 0.29.2-1 204 65 devel libc6 libglib2.0-0 libdpkg-perl
postgresql-client 13+225+deb11u1 68 65 database. postgresql-client-13
postgresql-client-13 13.23-0+deb11u4 6780 1555 database libpq5 postgresql-client-common sensible-utils libc6 libreadline8 libssl1.1 zlib1g
postgresql-client-common 225+deb11u1 182 89 database. netbase
procps 2:3.3.17-5 1648 502 admin+ libc6 libncurses6 libncursesw6 libprocps8 libtinfo6 lsb-base init-system-helpers
python-apt-common 2.2.1.1 557 97 python.
python-pip-whl 20.3.4-4+deb11u2 2245 1952 python. ca-certificates
python3 3.9.2-3 89 38 python python3-minimal python3.9 libpython3-stdlib
python3-apt 2.2.1.1 708 190 python python3 libapt-pkg6.0 libc6 libgcc-s1 libstdc++6 python-apt-common distro-info-data
python3-dbus 1.2.16-5 415 108 python python3 libc6 libdbus-1-3 libglib2.0-0
python3-dev 3.9.2-3 144 25 python python3 libpython3-dev python3.9-dev python3-distutils libjs-sphinxdoc
python3-distutils 3.9.2-1 695 143 python. python3 python3-lib2to3
python3-gi 3.38.0-2 735 232 python gir1.2-glib-2.0 python3 libc6 libffi7 libgirepository-1.0-1 libglib2.0-0
python3-lib2to3 3.9.2-1 366 78 python. python3
python3-minimal 3.9.2-3 121 38 python python3.9-minimal dpkg
python3-pip 20.3.4-4+deb11u2 1245 338 python. ca-certificates python3-distutils python3-setuptools python3-wheel python-pip-whl python3
python3-pkg-resources 52.0.0-4+deb11u2 569 190 python. python3
python3-pycurl 7.43.0.6-5 189 69 python python3 libc6 libcurl3-gnutls
python3-setuptools 52.0.0-4+deb11u2 1604 367 python. python3-pkg-resources python3-distutils python3
python3-software-properties 0.96.20.2-2.1 121 50 python. iso-codes lsb-release python3 python3-apt python3-pycurl
python3-venv 3.9.2-3 6 1 python python3.9-venv python3 python3-distutils
python3-wheel 0.34.2-1 102 24 python. python3
python3.9 3.9.2-1+deb11u7 544 468 python python3.9-minimal libpython3.9-stdlib media-types
python3.9-dev 3.9.2-1+deb11u7 510 507 python python3.9 libpython3.9-dev libpython3.9 libexpat1-dev zlib1g-dev
python3.9-minimal 3.9.2-1+deb11u7 5451 1944 python libc6 libpython3.9-minimal libexpat1 zlib1g
python3.9-venv 3.9.2-1+deb11u7 27 5 python python3.9 python-pip-whl python3-distutils
readline-common 8.1-1 92 74 utils.+ dpkg
sed 4.7-1 883 310 utils*! libacl1 libc6 libselinux1
sensible-utils 0.0.14 44 15 utils.+
shared-mime-info 2.0-1 4880 701 misc libc6 libglib2.0-0 libxml2
software-properties-common 0.96.20.2-2.1 457 83 admin. ca-certificates gir1.2-glib-2.0 gir1.2-packagekitglib-1.0 python-apt-common python3 python3-dbus python3-gi python3-software-properties
sq 0.24.0-4+b1 5726 1498 utils libbz2-1.0 libc6 libgcc-s1 libgmp10 libhogweed6 libnettle8
sqlite3 3.34.1-3+deb11u1 3081 1201 database libc6 libreadline8 zlib1g libsqlite3-0
subversion 1.14.1-3+deb11u2 4873 997 vcs libsvn1 libapr1 libaprutil1 libc6
sudo 1.9.5p2-3+deb11u4 4585 1059 admin libaudit1 libc6 libpam0g libselinux1 zlib1g libpam-modules lsb-base
supervisor 4.2.2-2 1697 309 admin. init-system-helpers lsb-base python3-pkg-resources python3
sysvinit-utils 2.96-7+deb11u1 79 26 admin*! lsb-base libc6
tar 1.34+dfsg-1+deb11u1 3152 847 utils*! libacl1 libc6 libselinux1
tini 0.19.0-1 758 255 utils libc6
tzdata 2026b-0+deb11u1 3469 311 localization.! debconf
ucf 3.0043+deb11u2 233 74 utils.~ debconf coreutils sensible-utils
unzip 6.0-26+deb11u2 388 172 utils libbz2-1.0 libc6
util-linux 2.36.1-8+deb11u2 4615 1142 utils*! libaudit1 libblkid1 libc6 libcap-ng0 libcrypt1 libmount1 libpam0g libselinux1 libsmartcols1 libsystemd0 libtinfo6 libudev1 libuuid1 zlib1g login
uuid-dev 2.36.1-8+deb11u2 172 99 libdevel libc6-dev libuuid1
vim 2:8.2.2434-3+deb11u3 3291 1496 editors vim-common vim-runtime libacl1 libc6 libgpm2 libselinux1 libtinfo6
vim-common 2:8.2.2434-3+deb11u3 342 227 editors.+ xxd
vim-runtime 2:8.2.2434-3+deb11u3 32135 6229 editors.
wget 1.21-1+deb11u2 3476 964 web~ libc6 libgnutls30 libidn2-0 libnettle8 libpcre2-8-0 libpsl5 libuuid1 zlib1g
x11-common 1:7.7+22 308 252 x11. lsb-base
x11proto-core-dev 2020.1-1 11 3 x11. x11proto-dev
x11proto-dev 2020.1-1 1657 594 x11. xorg-sgml-doctools
x11proto-render-dev 2:2020.1-1 11 3 x11. x11proto-dev
x11proto-xext-dev 2020.1-1 11 3 x11. x11proto-dev
xdg-utils 1.1.3-4.1 329 75 utils.
xkb-data 2.29-2 5872 655 x11.
xorg-sgml-doctools 1:1.11-1.1 89 22 x11.
xtrans-dev 1.4.0-1 330 99 x11.
xxd 2:8.2.2434-3+deb11u3 240 193 editors libc6
xz-utils 5.2.5-2.1~deb11u2 613 221 utils~ libc6 liblzma5
zip 3.0-12 623 232 utils libbz2-1.0 libc6
zlib1g 1:1.2.11.dfsg-2+deb11u2 167 91 libs libc6
zlib1g-dev 1:1.2.11.dfsg-2+deb11u2 578 191 libdevel zlib1g libc6-dev
`;
