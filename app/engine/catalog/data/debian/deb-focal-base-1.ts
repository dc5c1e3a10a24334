// Ubuntu 20.04 (focal) base image packages, by data/tools/ubuntu.py. Same line format as deb-trixie-N.ts.
// Versions: Ubuntu's, from data/tools/ubuntu_versions.py, written from memory of the focal
// archive in late 2025: best estimates, not checked against the archive (not reachable here).
// Sizes, sections and depends are the closest Debian package's (bullseye), renamed where Ubuntu's
// release carries another version in the name (python3.X, gcc-N, libicuN, perl 5.N).
export default `
apt 2.0.10 4337 1491 admin! adduser gpgv libapt-pkg6.0 ubuntu-keyring libc6 libgcc-s1 libgnutls30 libseccomp2 libstdc++6 libsystemd0
base-files 11ubuntu5.8 341 70 admin*! mawk
base-passwd 3.5.47 243 58 admin*! libc6 libdebconfclient0
bash 5.0-6ubuntu1.2 6469 1417 shells*! libc6 libtinfo6 base-files debianutils
bsdutils 1:2.34-0.1ubuntu9.6 394 149 utils*! libc6 libsystemd0
coreutils 8.30-3ubuntu2 17478 2867 utils*! libacl1 libattr1 libc6 libgmp10 libselinux1
dash 0.5.10.2-6 221 115 shells*! libc6 debianutils dpkg debconf
debconf 1.5.73 517 144 admin.! perl-base
debianutils 4.9.1 230 101 utils*! libc6
diffutils 1:3.7-3 1598 373 utils*! libc6
dpkg 1.19.7ubuntu3.2 6985 2542 admin*! libbz2-1.0 libc6 liblzma5 libselinux1 zlib1g tar
e2fsprogs 1.45.5-2ubuntu1.1 1511 614 admin! libblkid1 libc6 libcom-err2 libext2fs2 libss2 libuuid1 logsave
fdisk 2.34-0.1ubuntu9.6 520 192 utils+ libc6 libfdisk1 libmount1 libncursesw6 libsmartcols1 libtinfo6
findutils 4.7.0-1ubuntu1 1959 697 utils*! libc6 libselinux1
gcc-10-base 10.5.0-1ubuntu1~20.04 261 201 libs!
gpgv 2.2.19-3ubuntu2.2 882 626 utils+ libbz2-1.0 libc6 libgcrypt20 libgpg-error0 zlib1g
grep 3.4-1 1091 398 utils*! libc6 libpcre3 dpkg
gzip 1.10-0ubuntu4.1 242 132 utils*! libc6 dpkg
hostname 3.23 50 15 admin*! libc6
init-system-helpers 1.57 131 47 admin*.! perl-base
libacl1 2.2.53-6 71 31 libs libc6
libapt-pkg6.0 2.0.10 3373 1013 libs libbz2-1.0 libc6 libgcc-s1 libgcrypt20 liblz4-1 liblzma5 libstdc++6 libsystemd0 libudev1 libzstd1 zlib1g
libattr1 1:2.4.48-5 56 22 libs libc6
libaudit-common 1:2.8.5-2ubuntu6 26 15 libs.
libaudit1 1:2.8.5-2ubuntu6 154 50 libs libaudit-common libc6 libcap-ng0
libblkid1 2.34-0.1ubuntu9.6 421 194 libs libc6
libbz2-1.0 1.0.8-2 104 46 libs libc6
libc-bin 2.31-0ubuntu9.18 3733 829 libs*! libc6
libc6 2.31-0ubuntu9.18 12834 2820 libs libgcc-s1 libcrypt1
libcap-ng0 0.7.9-2.1build1 48 15 libs libc6
libcap2 1:2.32-1ubuntu0.2 65 24 libs libc6
libcom-err2 1.45.5-2ubuntu1.1 97 74 libs libc6
libcrypt1 1:4.4.10-10ubuntu4 226 88 libs libc6
libdb5.3 5.3.28+dfsg1-0.6ubuntu2 1818 687 libs libc6
libdebconfclient0 0.251ubuntu1 74 51 libs libc6
libext2fs2 1.45.5-2ubuntu1.1 578 257 libs libc6
libfdisk1 2.34-0.1ubuntu9.6 552 238 libs libblkid1 libc6 libuuid1
libffi7 3.3-4 66 23 libs libc6
libgcc-s1 10.5.0-1ubuntu1~20.04 116 41 libs gcc-10-base libc6
libgcrypt20 1.8.5-5ubuntu1.1 1355 563 libs libc6 libgpg-error0
libgmp10 2:6.2.0+dfsg-4ubuntu0.1 863 563 libs libc6
libgnutls30 3.6.13-2ubuntu1.12 3156 1345 libs libgmp10 libc6 libhogweed5 libidn2-0 libnettle7 libp11-kit0 libtasn1-6 libunistring2
libgpg-error0 1.37-1 188 78 libs libc6
libhogweed5 3.5.1+really3.5.1-2ubuntu0.2 455 320 libs libc6 libgmp10 libnettle7
libidn2-0 2.2.0-2 300 86 libs libc6 libunistring2
liblz4-1 1.9.2-2ubuntu0.20.04.1 157 57 libs libc6
liblzma5 5.2.4-1ubuntu1.1 278 169 libs libc6
libmount1 2.34-0.1ubuntu9.6 477 212 libs libblkid1 libc6 libselinux1
libncurses6 6.2-0ubuntu2.1 335 102 libs libtinfo6 libc6
libncursesw6 6.2-0ubuntu2.1 420 132 libs libtinfo6 libc6
libnettle7 3.5.1+really3.5.1-2ubuntu0.2 480 270 libs libc6
libp11-kit0 0.23.20-1ubuntu0.1 1401 337 libs libc6 libffi7
libpam-modules 1.3.1-5ubuntu4.7 1049 327 admin! libaudit1 libc6 libcrypt1 libdb5.3 libnsl2 libpam0g libselinux1 libtirpc3 debconf libpam-modules-bin
libpam-modules-bin 1.3.1-5ubuntu4.7 228 108 admin! libaudit1 libc6 libcrypt1 libpam0g libselinux1
libpam-runtime 1.3.1-5ubuntu4.7 966 208 admin.! debconf libpam-modules
libpam0g 1.3.1-5ubuntu4.7 245 130 libs libaudit1 libc6 debconf
libpcre2-8-0 10.34-7ubuntu0.1 664 248 libs libc6
libpcre3 2:8.39-12ubuntu0.1 669 343 libs libc6
libprocps8 2:3.3.16-1ubuntu2.4 132 64 libs libc6 libsystemd0
libseccomp2 2.5.1-1ubuntu1~20.04.2 158 49 libs libc6
libselinux1 3.0-1build2 207 88 libs libc6 libpcre2-8-0
libsemanage-common 3.0-1build2 36 21 libs.
libsemanage1 3.0-1build2 307 99 libs libsemanage-common libaudit1 libbz2-1.0 libc6 libselinux1 libsepol1
libsepol1 3.0-1ubuntu0.1 755 269 libs libc6
libsmartcols1 2.34-0.1ubuntu9.6 328 158 libs libc6
libss2 1.45.5-2ubuntu1.1 113 79 libs libcom-err2 libc6
libstdc++6 10.5.0-1ubuntu1~20.04 2351 493 libs gcc-10-base libc6 libgcc-s1
libsystemd0 245.4-4ubuntu3.24 866 377 libs libc6 libgcrypt20 liblz4-1 liblzma5 libzstd1
libtasn1-6 4.16.0-2 124 55 libs libc6
libtinfo6 6.2-0ubuntu2.1 537 342 libs libc6
libudev1 245.4-4ubuntu3.24 283 169 libs libc6
libunistring2 0.9.10-2 1592 379 libs libc6
libuuid1 2.34-0.1ubuntu9.6 129 84 libs libc6
libzstd1 1.4.4+dfsg-3ubuntu0.1 904 319 libs libc6
login 1:4.8.1-1ubuntu5.20.04.5 2336 656 admin*! libaudit1 libc6 libcrypt1 libpam0g libpam-runtime libpam-modules
logsave 1.45.5-2ubuntu1.1 93 75 admin libc6
lsb-base 11.1.0ubuntu2 49 29 misc.
mawk 1.3.4.20200120-2 242 112 interpreters! libc6
mount 2.34-0.1ubuntu9.6 438 186 admin! libblkid1 libc6 libmount1 libsmartcols1 util-linux
ncurses-base 6.2-0ubuntu2.1 386 272 misc*.!
ncurses-bin 6.2-0ubuntu2.1 646 429 utils*! libc6 libtinfo6
passwd 1:4.8.1-1ubuntu5.20.04.5 2737 993 admin! libaudit1 libc6 libcrypt1 libpam0g libselinux1 libsemanage1 libpam-modules
perl-base 5.30.0-9ubuntu0.5 7665 1629 perl*! libc6 libcrypt1 dpkg
procps 2:3.3.16-1ubuntu2.4 1648 502 admin+ libc6 libncurses6 libncursesw6 libprocps8 libtinfo6 lsb-base init-system-helpers
sed 4.7-1 883 310 utils*! libacl1 libc6 libselinux1
sensible-utils 0.0.12+nmu1 44 15 utils.+
sysvinit-utils 2.96-2.1ubuntu1 79 26 admin*! lsb-base libc6
tar 1.30+dfsg-7ubuntu0.20.04.4 3152 847 utils*! libacl1 libc6 libselinux1
ubuntu-keyring 2020.02.11.4 253 110 misc.+
util-linux 2.34-0.1ubuntu9.6 4615 1142 utils*! libaudit1 libblkid1 libc6 libcap-ng0 libcrypt1 libmount1 libpam0g libselinux1 libsmartcols1 libsystemd0 libtinfo6 libudev1 libuuid1 zlib1g login
zlib1g 1:1.2.11.dfsg-2ubuntu1.5 167 91 libs libc6
`;
