// Ubuntu 22.04 (jammy) base image packages, by data/tools/ubuntu.py. Same line format as deb-trixie-N.ts.
// Versions: Ubuntu's, from data/tools/ubuntu_versions.py, written from memory of the jammy
// archive in late 2025: best estimates, not checked against the archive (not reachable here).
// Sizes, sections and depends are the closest Debian package's (bookworm, then bullseye), renamed where Ubuntu's
// release carries another version in the name (python3.X, gcc-N, libicuN, perl 5.N).
export default `
apt 2.4.14 4232 1373 admin! adduser gpgv libapt-pkg6.0 ubuntu-keyring libc6 libgcc-s1 libgnutls30 libseccomp2 libstdc++6 libsystemd0
base-files 12ubuntu4.7 341 71 admin*! mawk
base-passwd 3.5.52build1 247 60 admin*! libc6 libdebconfclient0 libselinux1
bash 5.1-6ubuntu1.1 7164 1491 shells*! libc6 libtinfo6 base-files debianutils
bsdutils 1:2.37.2-4ubuntu3.4 355 94 utils*! libc6 libsystemd0
coreutils 8.32-4.1ubuntu1.2 18062 2897 utils*! libacl1 libattr1 libc6 libgmp10 libselinux1
dash 0.5.11+git20210903+057cd650a4ed-3build1 191 92 shells*! libc6 debianutils dpkg
debconf 1.5.79ubuntu1 491 121 admin.!
debianutils 5.5-1ubuntu2 243 103 utils*! libc6
diffutils 1:3.8-0ubuntu2 1598 352 utils*! libc6
dpkg 1.21.1ubuntu2.6 6409 1568 admin*! libbz2-1.0 libc6 liblzma5 libmd0 libselinux1 libzstd1 zlib1g tar
e2fsprogs 1.46.5-2ubuntu1.2 1497 572 admin! libblkid1 libc6 libcom-err2 libext2fs2 libss2 libuuid1 logsave
findutils 4.8.0-1ubuntu3 1746 636 utils*! libc6 libselinux1
gcc-12-base 12.3.0-1ubuntu1~22.04.2 100 38 libs
gpgv 2.2.27-3ubuntu2.4 918 649 utils+ libbz2-1.0 libc6 libgcrypt20 libgpg-error0 zlib1g
grep 3.7-1build1 1245 421 utils*! libc6 libpcre2-8-0 dpkg
gzip 1.10-4ubuntu4.1 252 140 utils*! libc6 dpkg
hostname 3.23ubuntu2 46 10 admin*! libc6
init-system-helpers 1.62 133 39 admin*.!
libacl1 2.3.1-1 73 31 libs libc6
libapt-pkg6.0 2.4.14 3297 907 libs libbz2-1.0 libc6 libgcc-s1 libgcrypt20 liblz4-1 liblzma5 libstdc++6 libsystemd0 libudev1 libxxhash0 libzstd1 zlib1g
libattr1 1:2.5.1-1build1 59 22 libs libc6
libaudit-common 1:3.0.7-1build1 22 10 libs.
libaudit1 1:3.0.7-1build1 150 47 libs libaudit-common libc6 libcap-ng0
libblkid1 2.37.2-4ubuntu3.4 398 147 libs libc6
libbz2-1.0 1.0.8-5build1 106 47 libs libc6
libc-bin 2.35-0ubuntu3.11 2039 607 libs*! libc6
libc6 2.35-0ubuntu3.11 12986 2758 libs libgcc-s1
libcap-ng0 0.7.9-2.2build3 65 17 libs libc6
libcap2 1:2.44-1ubuntu0.22.04.2 95 28 libs libc6
libcom-err2 1.46.5-2ubuntu1.2 55 20 libs libc6
libcrypt1 1:4.4.27-1 233 89 libs libc6
libdb5.3 5.3.28+dfsg1-0.8ubuntu3 1833 697 libs libc6
libdebconfclient0 0.261ubuntu1 37 10 libs libc6
libext2fs2 1.46.5-2ubuntu1.2 535 205 libs libc6
libffi8 3.4.2-4 68 23 libs libc6
libgcc-s1 12.3.0-1ubuntu1~22.04.2 140 50 libs gcc-12-base libc6
libgcrypt20 1.9.4-3ubuntu3 1592 696 libs libc6 libgpg-error0
libgmp10 2:6.2.1+dfsg-3ubuntu1 855 563 libs libc6
libgnutls30 3.7.3-4ubuntu1.7 3396 1409 libs libc6 libgmp10 libhogweed6 libidn2-0 libnettle8 libp11-kit0 libtasn1-6 libunistring2
libgpg-error0 1.43-3 192 77 libs libc6
libhogweed6 3.7.3-1build2 463 328 libs libc6 libgmp10 libnettle8
libidn2-0 2.3.2-2build1 439 124 libs libc6 libunistring2
liblz4-1 1.9.3-2build2 169 63 libs libc6
liblzma5 5.2.5-2ubuntu1 333 206 libs libc6
libmount1 2.37.2-4ubuntu3.4 454 165 libs libblkid1 libc6 libselinux1
libncurses6 6.3-2ubuntu0.1 335 103 libs libtinfo6 libc6
libncursesw6 6.3-2ubuntu0.1 412 134 libs libtinfo6 libc6
libnettle8 3.7.3-1build2 520 288 libs libc6
libnsl2 1.3.0-2build2 127 39 libs libc6 libtirpc3
libp11-kit0 0.24.0-6build1 1408 345 libs libc6 libffi8
libpam-modules 1.4.0-11ubuntu2.6 1033 293 admin! libaudit1 libc6 libcrypt1 libdb5.3 libpam0g libselinux1 debconf libpam-modules-bin
libpam-modules-bin 1.4.0-11ubuntu2.6 228 76 admin! libaudit1 libc6 libcrypt1 libpam0g libselinux1
libpam-runtime 1.4.0-11ubuntu2.6 877 161 admin.! debconf libpam-modules
libpam0g 1.4.0-11ubuntu2.6 216 92 libs libaudit1 libc6 debconf
libpcre2-8-0 10.39-3ubuntu0.1 685 262 libs libc6
libpcre3 2:8.39-13ubuntu0.22.04.1 669 343 libs libc6
libprocps8 2:3.3.17-6ubuntu2.1 232 63 libs libc6 libsystemd0
libseccomp2 2.5.3-2ubuntu3~22.04.1 148 47 libs libc6
libselinux1 3.3-1build2 199 74 libs libc6 libpcre2-8-0
libsemanage-common 3.3-1build2 37 22 libs.
libsemanage2 3.3-1build2 297 90 libs libsemanage-common libaudit1 libbz2-1.0 libc6 libselinux1 libsepol2
libsepol2 3.3-1build1 775 276 libs libc6
libsmartcols1 2.37.2-4ubuntu3.4 289 107 libs libc6
libss2 1.46.5-2ubuntu1.2 71 25 libs libcom-err2 libc6
libstdc++6 12.3.0-1ubuntu1~22.04.2 2686 613 libs gcc-12-base libc6 libgcc-s1
libsystemd0 249.11-0ubuntu3.16 908 333 libs libc6 libcap2 libgcrypt20 liblz4-1 liblzma5 libzstd1
libtasn1-6 4.18.0-4ubuntu0.1 116 49 libs libc6
libtinfo6 6.3-2ubuntu0.1 541 331 libs libc6
libtirpc-common 1.3.2-2ubuntu0.1 35 14 libs.
libtirpc3 1.3.2-2ubuntu0.1 226 85 libs libc6 libgssapi-krb5-2 libtirpc-common
libudev1 249.11-0ubuntu3.16 239 109 libs libc6
libunistring2 1.0-1 1807 437 libs libc6
libuuid1 2.37.2-4ubuntu3.4 79 29 libs libc6
libxxhash0 0.8.1-1 99 28 libs libc6
libzstd1 1.4.8+dfsg-3build1 785 290 libs libc6
login 1:4.8.1-2ubuntu2.2 2550 616 admin*! libaudit1 libc6 libcrypt1 libpam0g libpam-runtime libpam-modules
logsave 1.46.5-2ubuntu1.2 50 20 admin libc6
lsb-base 11.1.0ubuntu4 12 5 misc. sysvinit-utils
mawk 1.3.4.20200120-3 263 119 interpreters! libc6
mount 2.37.2-4ubuntu3.4 393 134 admin! libblkid1 libc6 libmount1 libselinux1 libsmartcols1
ncurses-base 6.3-2ubuntu0.1 379 261 misc*.!
ncurses-bin 6.3-2ubuntu0.1 636 421 utils*! libc6 libtinfo6
passwd 1:4.8.1-2ubuntu2.2 2827 972 admin! libaudit1 libc6 libcrypt1 libpam0g libselinux1 libsemanage2 libpam-modules
perl-base 5.34.0-3ubuntu1.5 7643 1610 perl*! libc6 libcrypt1 dpkg
procps 2:3.3.17-6ubuntu2.1 2091 709 admin+ libc6 libncursesw6 libprocps8 libtinfo6 init-system-helpers
sed 4.8-1ubuntu2 987 329 utils*! libacl1 libc6 libselinux1
sensible-utils 0.0.17 56 19 utils.+
sysvinit-utils 3.01-1ubuntu1 100 31 admin*! libc6
tar 1.34+dfsg-1ubuntu0.1.22.04.2 3144 836 utils*! libacl1 libc6 libselinux1
ubuntu-keyring 2021.03.26 293 179 misc.+
usrmerge 25ubuntu2 13 6 oldlibs.
util-linux 2.37.2-4ubuntu3.4 4978 1176 utils*! libblkid1 libc6 libcap-ng0 libcrypt1 libmount1 libpam0g libselinux1 libsmartcols1 libsystemd0 libtinfo6 libudev1 libuuid1 zlib1g
zlib1g 1:1.2.11.dfsg-2ubuntu9.2 168 87 libs libc6
`;
