// Alpine 3.22 (x86_64) packages the official images' source builds install (python's
// .build-deps, dpkg-dev for dpkg-architecture, pax-utils, GNU tar/findutils, gnupg), in the
// format of apk-322.ts. Written from the Alpine 3.22 archive; X11 libraries that tk links
// are left out (tk stands alone here).
export default `
dpkg 1.22.15-r0 3940 1182 musl|The Debian Package Manager|usr/bin/dpkg usr/bin/dpkg-deb usr/bin/dpkg-divert usr/bin/dpkg-query usr/bin/dpkg-split usr/bin/dpkg-trigger usr/bin/dpkg-maintscript-helper usr/bin/update-alternatives usr/share/dpkg/cputable usr/share/dpkg/ostable usr/share/dpkg/tupletable
dpkg-dev 1.22.15-r0 1132 362 dpkg perl|The Debian Package Manager (development tools)|usr/bin/dpkg-architecture usr/bin/dpkg-buildflags usr/bin/dpkg-buildpackage usr/bin/dpkg-source usr/bin/dpkg-shlibdeps usr/bin/dpkg-gensymbols usr/bin/dpkg-scanpackages usr/share/perl5/vendor_perl/Dpkg.pm usr/share/perl5/vendor_perl/Dpkg/Arch.pm usr/share/perl5/vendor_perl/Dpkg/Vendor.pm
perl 5.40.2-r0 37716 8160 musl|Larry Wall's Practical Extraction and Report Language|usr/bin/perl usr/bin/perl5.40.2>perl usr/lib/perl5/core_perl/CORE/libperl.so usr/lib/perl5/core_perl/Config.pm usr/lib/perl5/core_perl/POSIX.pm usr/lib/perl5/core_perl/strict.pm usr/lib/perl5/core_perl/warnings.pm usr/lib/perl5/core_perl/unicore/Name.pl
pax-utils 1.3.8-r1 156 58 scanelf musl|ELF related utils for ELF 32/64 binaries|usr/bin/dumpelf usr/bin/lddtree usr/bin/pspax usr/bin/scanmacho usr/bin/symtree
findutils 4.10.0-r0 456 204 musl|GNU utilities for finding files|usr/bin/find usr/bin/xargs usr/bin/locate usr/bin/updatedb
tar 1.35-r3 432 212 musl|Utility used to store, backup, and transport files|usr/bin/tar
xz 5.8.1-r0 164 62 xz-libs musl|Library and CLI tools for XZ and LZMA compressed files|usr/bin/xz usr/bin/xzdec usr/bin/unxz>xz usr/bin/xzcat>xz usr/bin/lzma>xz usr/bin/lzcat>xz
pkgconf 2.4.3-r0 148 60 musl|development framework configuration tools|usr/bin/pkgconf usr/bin/pkg-config>pkgconf usr/lib/libpkgconf.so.6.0.0 usr/lib/libpkgconf.so.6>libpkgconf.so.6.0.0
linux-headers 6.14.2-r0 6896 1352|Linux system headers|usr/include/linux/types.h usr/include/linux/limits.h usr/include/linux/if.h usr/include/linux/bluetooth.h usr/include/asm/unistd.h usr/include/asm-generic/errno.h
gnupg 2.4.8-r0 1 1 gpg gpg-agent gpgv gnupg-dirmngr gnupg-gpgconf|GNU Privacy Guard 2 (meta package)|
gpg 2.4.8-r0 1156 544 libgcrypt libgpg-error libassuan npth sqlite-libs libbz2 zlib readline musl|GNU Privacy Guard 2 - public key operations|usr/bin/gpg
gpg-agent 2.4.8-r0 648 292 libgcrypt libgpg-error libassuan npth musl|GNU Privacy Guard 2 - cryptographic agent|usr/bin/gpg-agent usr/libexec/gpg-preset-passphrase
gpgv 2.4.8-r0 384 182 libgcrypt libgpg-error libbz2 zlib musl|GNU Privacy Guard 2 - signature verification only|usr/bin/gpgv
gnupg-dirmngr 2.4.8-r0 724 322 libgcrypt libgpg-error libassuan libksba npth musl|GNU Privacy Guard 2 - network certificate management service|usr/bin/dirmngr usr/bin/dirmngr-client
gnupg-gpgconf 2.4.8-r0 232 102 libgpg-error libassuan musl|GNU Privacy Guard 2 - core configuration utilities|usr/bin/gpgconf usr/bin/gpg-connect-agent
libgcrypt 1.10.3-r1 1212 462 libgpg-error musl|General purpose crypto library based on the code used in GnuPG|usr/lib/libgcrypt.so.20.4.3 usr/lib/libgcrypt.so.20>libgcrypt.so.20.4.3
libgpg-error 1.55-r0 260 110 musl|Support library for libgcrypt|usr/lib/libgpg-error.so.0.39.0 usr/lib/libgpg-error.so.0>libgpg-error.so.0.39.0
libassuan 2.5.7-r0 96 44 libgpg-error musl|IPC library used by some GnuPG related software|usr/lib/libassuan.so.0.8.7 usr/lib/libassuan.so.0>libassuan.so.0.8.7
libksba 1.6.7-r0 268 120 libgpg-error musl|Libksba is a CMS and X.509 access library|usr/lib/libksba.so.8.14.6 usr/lib/libksba.so.8>libksba.so.8.14.6
npth 1.8-r0 32 14 musl|The New GNU Portable Threads library|usr/lib/libnpth.so.0.1.2 usr/lib/libnpth.so.0>libnpth.so.0.1.2
bluez-libs 5.82-r0 236 98 musl|Bluetooth protocol stack for Linux (libraries)|usr/lib/libbluetooth.so.3.19.15 usr/lib/libbluetooth.so.3>libbluetooth.so.3.19.15
bluez-dev 5.82-r0 476 96 bluez-libs|Bluetooth protocol stack for Linux (development files)|usr/include/bluetooth/bluetooth.h usr/include/bluetooth/hci.h usr/include/bluetooth/l2cap.h usr/include/bluetooth/rfcomm.h usr/lib/libbluetooth.so>libbluetooth.so.3.19.15 usr/lib/pkgconfig/bluez.pc
bzip2-dev 1.0.8-r6 20 8 libbz2|Shared library for bz2 (development files)|usr/include/bzlib.h usr/lib/libbz2.so>libbz2.so.1.0.8
gdbm-dev 1.24-r0 56 22 gdbm|GNU dbm (development files)|usr/include/gdbm.h usr/include/ndbm.h usr/lib/libgdbm.so>libgdbm.so.6.0.0 usr/lib/libgdbm_compat.so>libgdbm_compat.so.4.0.0
libffi-dev 3.4.8-r0 52 18 libffi linux-headers|portable, high level programming interface (development files)|usr/include/ffi.h usr/include/ffitarget.h usr/lib/libffi.so>libffi.so.8.1.4 usr/lib/pkgconfig/libffi.pc
libnsl 2.0.1-r1 52 22 libtirpc musl|Public client interface for NIS(YP) and NIS+|usr/lib/libnsl.so.3.0.0 usr/lib/libnsl.so.3>libnsl.so.3.0.0
libnsl-dev 2.0.1-r1 36 12 libnsl libtirpc-dev|Public client interface for NIS(YP) and NIS+ (development files)|usr/include/rpcsvc/yp_prot.h usr/include/rpcsvc/ypclnt.h usr/lib/libnsl.so>libnsl.so.3.0.0
libtirpc 1.3.5-r0 184 80 libtirpc-conf krb5-libs musl|Transport Independent RPC library (SunRPC replacement)|usr/lib/libtirpc.so.3.0.0 usr/lib/libtirpc.so.3>libtirpc.so.3.0.0
libtirpc-conf 1.3.5-r0 8 5|Configuration files for TI-RPC|etc/netconfig etc/bindresvport.blacklist
libtirpc-dev 1.3.5-r0 188 40 libtirpc|Transport Independent RPC library (development files)|usr/include/tirpc/rpc/rpc.h usr/include/tirpc/rpc/xdr.h usr/lib/libtirpc.so>libtirpc.so.3.0.0 usr/lib/pkgconfig/libtirpc.pc
krb5-libs 1.21.3-r0 2052 782 krb5-conf libcom_err keyutils-libs libverto musl|The shared libraries used by Kerberos 5|usr/lib/libkrb5.so.3.3 usr/lib/libkrb5.so.3>libkrb5.so.3.3 usr/lib/libgssapi_krb5.so.2.2 usr/lib/libgssapi_krb5.so.2>libgssapi_krb5.so.2.2 usr/lib/libk5crypto.so.3.1 usr/lib/libk5crypto.so.3>libk5crypto.so.3.1 usr/lib/libkrb5support.so.0.1 usr/lib/libkrb5support.so.0>libkrb5support.so.0.1
krb5-conf 1.0-r2 8 5|Shared krb5.conf for both MIT krb5 and heimdal|etc/krb5.conf
libcom_err 1.47.2-r2 28 12 musl|Common error description library|usr/lib/libcom_err.so.2.1 usr/lib/libcom_err.so.2>libcom_err.so.2.1
keyutils-libs 1.6.3-r4 36 16 musl|Linux Key Management Utilities (libraries)|usr/lib/libkeyutils.so.1.10 usr/lib/libkeyutils.so.1>libkeyutils.so.1.10
libverto 0.3.2-r2 36 14 musl|Main event loop abstraction library|usr/lib/libverto.so.1.0.0 usr/lib/libverto.so.1>libverto.so.1.0.0
ncurses-dev 6.5_p20250503-r0 1380 282 libncursesw libpanelw pkgconf|Console display library (development files)|usr/include/ncurses.h usr/include/curses.h usr/include/term.h usr/include/panel.h usr/lib/libncursesw.so>libncursesw.so.6.5 usr/lib/libpanelw.so>libpanelw.so.6.5 usr/lib/pkgconfig/ncursesw.pc
openssl-dev 3.5.4-r0 2712 456 libcrypto3 libssl3 pkgconf|Toolkit for TLS (development files)|usr/include/openssl/ssl.h usr/include/openssl/evp.h usr/include/openssl/crypto.h usr/lib/libcrypto.so>libcrypto.so.3 usr/lib/libssl.so>libssl.so.3 usr/lib/pkgconfig/openssl.pc
readline-dev 8.2.13-r1 424 150 readline ncurses-dev|GNU readline library (development files)|usr/include/readline/readline.h usr/include/readline/history.h usr/lib/libreadline.so>libreadline.so.8.2 usr/lib/pkgconfig/readline.pc
sqlite-dev 3.49.2-r1 9220 1204 sqlite-libs pkgconf|Sqlite3 library (development files)|usr/include/sqlite3.h usr/include/sqlite3ext.h usr/lib/libsqlite3.so>libsqlite3.so.3.49.2 usr/lib/pkgconfig/sqlite3.pc
tcl 8.6.16-r0 5620 1904 zlib musl|The Tcl scripting language|usr/bin/tclsh8.6 usr/bin/tclsh>tclsh8.6 usr/lib/libtcl8.6.so usr/lib/tcl8.6/init.tcl usr/lib/tcl8.6/tclIndex
tcl-dev 8.6.16-r0 184 52 tcl pkgconf|The Tcl scripting language (development files)|usr/include/tcl.h usr/include/tclDecls.h usr/lib/tclConfig.sh usr/lib/libtclstub8.6.a
tk 8.6.16-r0 4124 1602 tcl musl|GUI toolkit for the Tcl scripting language|usr/bin/wish8.6 usr/bin/wish>wish8.6 usr/lib/libtk8.6.so usr/lib/tk8.6/tk.tcl
tk-dev 8.6.16-r0 196 56 tk tcl-dev|GUI toolkit for the Tcl scripting language (development files)|usr/include/tk.h usr/include/tkDecls.h usr/lib/tkConfig.sh usr/lib/libtkstub8.6.a
libuuid 2.41-r9 40 18 musl|DCE compatible Universally Unique Identifier library|usr/lib/libuuid.so.1.3.0 usr/lib/libuuid.so.1>libuuid.so.1.3.0
libblkid 2.41-r9 352 152 musl|Block device identification library from util-linux|usr/lib/libblkid.so.1.1.0 usr/lib/libblkid.so.1>libblkid.so.1.1.0
libmount 2.41-r9 388 162 libblkid musl|Block device identification library from util-linux|usr/lib/libmount.so.1.1.0 usr/lib/libmount.so.1>libmount.so.1.1.0
libsmartcols 2.41-r9 152 66 musl|Formatting library for ls-like programs|usr/lib/libsmartcols.so.1.1.0 usr/lib/libsmartcols.so.1>libsmartcols.so.1.1.0
libfdisk 2.41-r9 332 142 libblkid libuuid musl|Partitioning library for fdisk-like programs|usr/lib/libfdisk.so.1.1.0 usr/lib/libfdisk.so.1>libfdisk.so.1.1.0
util-linux-dev 2.41-r9 1204 302 libblkid libfdisk libmount libsmartcols libuuid pkgconf|Random collection of Linux utilities (development files)|usr/include/uuid/uuid.h usr/include/blkid/blkid.h usr/include/libmount/libmount.h usr/lib/libuuid.so>libuuid.so.1.3.0 usr/lib/libblkid.so>libblkid.so.1.1.0 usr/lib/libmount.so>libmount.so.1.1.0 usr/lib/pkgconfig/uuid.pc
xz-dev 5.8.1-r0 212 64 xz-libs pkgconf|Library and CLI tools for XZ and LZMA compressed files (development files)|usr/include/lzma.h usr/include/lzma/base.h usr/lib/liblzma.so>liblzma.so.5.8.1 usr/lib/pkgconfig/liblzma.pc
zlib-dev 1.3.1-r2 72 20 zlib pkgconf|A compression/decompression Library (development files)|usr/include/zlib.h usr/include/zconf.h usr/lib/libz.so>libz.so.1.3.1 usr/lib/pkgconfig/zlib.pc
zstd-dev 1.5.7-r0 188 44 zstd-libs pkgconf|Zstandard - Fast real-time compression algorithm (development files)|usr/include/zstd.h usr/include/zdict.h usr/lib/libzstd.so>libzstd.so.1.5.7 usr/lib/pkgconfig/libzstd.pc
`;
