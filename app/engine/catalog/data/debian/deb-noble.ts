// Ubuntu 24.04 (noble) base packages, by data/tools/noble.py: versions from the noble archive,
// sizes and depends from the closest Debian package. Same line format as deb-trixie-N.ts.
// Other packages on noble are taken from the trixie data (an approximation).
export default `
apt 2.8.3 4481 1453 admin! base-passwd gpgv libapt-pkg6.0t64 ubuntu-keyring libc6 libgcc-s1 libseccomp2 libssl3t64 libstdc++6 libsystemd0
base-files 13ubuntu10.3 500 88 admin*!
base-passwd 3.6.3build1 272 54 admin*! libc6 libdebconfclient0 libselinux1
bash 5.2.21-2ubuntu4 7196 1501 shells*! libc6 libtinfo6 base-files debianutils
bsdutils 1:2.39.3-9ubuntu6.3 401 110 utils*! libc6 libsystemd0
coreutils 9.4-3ubuntu6.1 18457 3024 utils*! libacl1 libattr1 libc6 libcap2 libgmp10 libselinux1 libssl3t64 libsystemd0
dash 0.5.12-6ubuntu5 207 99 shells*! libc6 debianutils
debconf 1.5.86ubuntu1 497 121 admin.!
debianutils 5.17build1 225 92 utils*! libc6
diffutils 1:3.10-1build1 1768 387 utils*! libc6
dpkg 1.22.6ubuntu6.5 6587 1537 admin*! libbz2-1.0 libc6 liblzma5 libmd0 libselinux1 libzstd1 zlib1g tar
e2fsprogs 1.47.0-2.4~exp1ubuntu4.1 1537 591 admin+ libblkid1 libc6 libcom-err2 libext2fs2t64 libss2 libuuid1 logsave
findutils 4.9.0-5build1 2160 700 utils*! libc6 libselinux1
gcc-14-base 14.2.0-4ubuntu2~24.04 112 49 libs
gpgv 2.4.4-2ubuntu17.3 560 241 utils libbz2-1.0 libc6 libgcrypt20 libgpg-error0 zlib1g
grep 3.11-4build1 1266 431 utils*! libc6 libpcre2-8-0
gzip 1.12-1ubuntu3.1 256 139 utils*! libc6
hostname 3.23+nmu2ubuntu2 50 11 admin*! libc6
init-system-helpers 1.66ubuntu1 133 39 admin.*!
libacl1 2.3.2-1build1.1 74 33 libs libc6
libapt-pkg6.0t64 2.8.3 3297 907 libs libbz2-1.0 libc6 libgcc-s1 libgcrypt20 liblz4-1 liblzma5 libstdc++6 libsystemd0 libudev1 libxxhash0 libzstd1 zlib1g
libattr1 1:2.5.2-1build1.1 60 23 libs libc6
libaudit-common 1:3.1.2-2.1build1.1 25 13 libs.
libaudit1 1:3.1.2-2.1build1.1 198 58 libs libaudit-common libc6 libcap-ng0
libblkid1 2.39.3-9ubuntu6.3 453 172 libs libc6
libbz2-1.0 1.0.8-5.1build0.1 96 38 libs libc6
libc-bin 2.39-0ubuntu8.6 2123 639 libs*! libc6
libc6 2.39-0ubuntu8.6 13223 2850 libs libgcc-s1
libcap-ng0 0.8.4-2build2 66 18 libs libc6
libcap2 1:2.66-5ubuntu2.2 92 29 libs libc6
libcom-err2 1.47.0-2.4~exp1ubuntu4.1 64 25 libs libc6
libcrypt1 1:4.4.36-4build1 234 90 libs libc6
libdb5.3t64 5.3.28+dfsg2-7 1854 704 libs libc6
libdebconfclient0 0.271ubuntu3 38 11 libs libc6
libext2fs2t64 1.47.0-2.4~exp1ubuntu4.1 557 213 libs libc6
libffi8 3.4.6-1build1 72 24 libs libc6
libgcc-s1 14.2.0-4ubuntu2~24.04 197 73 libs gcc-14-base libc6
libgcrypt20 1.10.3-2build1 1999 843 libs libc6 libgpg-error0
libgmp10 2:6.3.0+dfsg-2ubuntu6.1 882 560 libs libc6
libgnutls30t64 3.8.3-1.1ubuntu3.4 3504 1469 libs libc6 libgmp10 libhogweed6t64 libidn2-0 libnettle8t64 libp11-kit0 libtasn1-6 libunistring5
libgpg-error0 1.47-3build2.1 208 82 libs libc6
libhogweed6t64 3.9.1-2.2build1.1 483 335 libs libc6 libgmp10 libnettle8t64
libidn2-0 2.3.7-2build1.1 446 109 libs libc6 libunistring5
liblz4-1 1.9.4-1build1.1 173 64 libs libc6 libxxhash0
liblzma5 5.6.1+really5.4.5-1ubuntu0.2 435 310 libs libc6
libmd0 1.1.0-2build1.1 94 36 libs libc6
libmount1 2.39.3-9ubuntu6.3 565 210 libs libblkid1 libc6 libselinux1
libncursesw6 6.4+20240113-1ubuntu2 419 135 libs libtinfo6 libc6
libnettle8t64 3.9.1-2.2build1.1 560 305 libs libc6
libp11-kit0 0.25.3-4ubuntu2.1 1882 425 libs libc6 libffi8
libpam-modules 1.5.3-5ubuntu5.5 923 179 admin! libaudit1 libc6 libcrypt1 libdb5.3t64 libpam0g libselinux1 libsystemd0 debconf libpam-modules-bin
libpam-modules-bin 1.5.3-5ubuntu5.5 206 49 admin! libaudit1 libc6 libcrypt1 libpam0g libselinux1 libsystemd0
libpam-runtime 1.5.3-5ubuntu5.5 1028 249 admin.! debconf libpam-modules
libpam0g 1.5.3-5ubuntu5.5 194 70 libs libaudit1 libc6 debconf
libpcre2-8-0 10.42-4ubuntu2.1 774 299 libs libc6
libproc2-0 2:4.0.4-4ubuntu3.2 237 66 libs libc6 libsystemd0
libseccomp2 2.5.5-1ubuntu3.1 201 52 libs libc6
libselinux1 3.5-2ubuntu2.1 229 85 libs libc6 libpcre2-8-0
libsemanage-common 3.5-1build5 21 8 libs.
libsemanage2 3.5-1build5 313 95 libs libsemanage-common libaudit1 libbz2-1.0 libc6 libselinux1 libsepol2
libsepol2 3.5-2build1 835 296 libs libc6
libsmartcols1 2.39.3-9ubuntu6.3 377 143 libs libc6
libss2 1.47.0-2.4~exp1ubuntu4.1 80 30 libs libcom-err2 libc6
libssl3t64 3.0.13-0ubuntu3.6 8115 2458 libs libc6 libzstd1 zlib1g
libstdc++6 14.2.0-4ubuntu2~24.04 3019 714 libs gcc-14-base libc6 libgcc-s1
libsystemd0 255.4-1ubuntu8.11 1223 455 libs libc6 libcap2
libtasn1-6 4.19.0-3ubuntu0.24.04.1 122 50 libs libc6
libtinfo6 6.4+20240113-1ubuntu2 569 348 libs libc6
libudev1 255.4-1ubuntu8.11 357 152 libs libc6 libcap2
libunistring5 1.1-2build1.1 2092 477 libs libc6
libuuid1 2.39.3-9ubuntu6.3 98 38 libs libc6
libxxhash0 0.8.2-2build1 92 27 libs libc6
libzstd1 1.5.5+dfsg2-2build1.1 847 304 libs libc6
login 1:4.13+dfsg1-4ubuntu3.2 287 115 admin! libpam-modules libpam-runtime libaudit1 libc6 libcrypt1 libpam0g
logsave 1.47.0-2.4~exp1ubuntu4.1 59 25 admin libc6
mawk 1.3.4.20240123-1build1 292 141 interpreters! libc6
mount 2.39.3-9ubuntu6.3 497 163 admin! libblkid1 libc6 libmount1 libselinux1 libsmartcols1
ncurses-base 6.4+20240113-1ubuntu2 389 273 misc.*!
ncurses-bin 6.4+20240113-1ubuntu2 665 438 utils*! libc6 libtinfo6
passwd 1:4.13+dfsg1-4ubuntu3.2 4758 1228 admin! base-passwd libpam-modules libacl1 libattr1 libaudit1 libc6 libcrypt1 libpam0g libselinux1 libsemanage2
perl-base 5.38.2-3.2ubuntu0.2 7815 1666 perl*! libc6 libcrypt1
procps 2:4.0.4-4ubuntu3.2 2395 882 admin+ libc6 libncursesw6 libproc2-0 libsystemd0 libtinfo6 init-system-helpers
sed 4.9-2build1 991 331 utils*! libacl1 libc6 libselinux1
sensible-utils 0.0.22 63 25 utils.+
sysvinit-utils 3.08-6ubuntu3 104 34 admin*! libc6
tar 1.35+dfsg-3build1 3085 815 utils*! libacl1 libc6 libselinux1
ubuntu-keyring 2023.11.28.1 29 14 misc.
util-linux 2.39.3-9ubuntu6.3 4986 1242 utils*! libpam-modules libpam-runtime libblkid1 libc6 libcap-ng0 libcrypt1 libmount1 libpam0g libselinux1 libsmartcols1 libsystemd0 libtinfo6 libudev1 libuuid1
zlib1g 1:1.3.dfsg-3.1ubuntu2.1 172 89 libs libc6
`;
