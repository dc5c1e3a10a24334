// Written by hand (not by data/tools/emit.py), in the formats of deb-<suite>-N.ts and
// deb-shapes-N.ts: packages official Dockerfiles install that the generated closure missed
// (gnupg1 for nginx's key fetch, the GeoIP library nginx.org's geoip module links, the SASL
// and Perl TLS packages memcached's build uses, dumb-init for images that use it as their init)
// and bookworm packages Dockerfiles often install (cmake, rsync, cron, dnsutils,
// netcat-traditional, telnet, redis-tools, lsb-release, apt-transport-https, strace, with their
// libraries), and libzip (libzip5 on trixie, libzip4 on bookworm, and libzip-dev) for PHP's zip
// extension. libzip-dev's sizes on trixie are ppc64's (packages.debian.org lists no amd64 size
// for 1.11.3-2) and bookworm's are Ubuntu jammy's 1.7.3 build; its libzip.so link is left out
// because the shape is shared by both releases, whose libraries differ (libzip.so.5.5, .so.4.0). Versions and sizes from the Debian archive's Packages indexes, file names from
// the packages' lists.
export const trixie = `
gnupg1 1.4.23-2+b2 2272 590 utils libbz2-1.0 libc6 libreadline8t64 libusb-0.1-4 zlib1g
libusb-0.1-4 2:0.1.12-35 57 20 libs libc6 libusb-1.0-0
libgeoip1t64 1.6.12-11.1 228 93 libs libc6
libsasl2-modules 2.1.28+dfsg1-9 263 68 libs libc6 libssl3t64
libsasl2-dev 2.1.28+dfsg1-9 1307 281 libdevel libsasl2-2
libio-socket-ssl-perl 2.089-1 603 221 perl. perl libnet-ssleay-perl
libnet-ssleay-perl 1.94-3 1281 339 perl libc6 libssl3t64 perl
dumb-init 1.2.5-3 37 14 utils libc6
libzip5 1.11.3-2 160 61 libs libbz2-1.0 libc6 liblzma5 libssl3t64 libzstd1 zlib1g
libzip-dev 1.11.3-2 388 177 libdevel libzip5 zlib1g-dev
`;

/**
 * Provides lines, "name virtual...": the virtual packages a real one stands for, which apt
 * selects when a Dockerfile asks for a name no real package has. Trixie dropped the
 * transitional libfreetype6-dev; libfreetype-dev Provides the old name (as on bookworm, where
 * `apt-cache show libfreetype-dev` says "Provides: libfreetype6-dev (= 2.12.1+dfsg-5+deb12u4)").
 */
export const trixieProvides = `
libfreetype-dev libfreetype6-dev
`;

export const bookworm = `
gnupg1 1.4.23-1.1+b1 2284 596 utils libbz2-1.0 libc6 libreadline8 libusb-0.1-4 zlib1g
libusb-0.1-4 2:0.1.12-32 57 20 libs libc6 libusb-1.0-0
libgeoip1 1.6.12-10 226 92 libs libc6
dumb-init 1.2.5-2 37 14 utils libc6
cmake 3.25.1-1 28897 8692 devel libarchive13 libc6 libcurl4 libexpat1 libgcc-s1 libjsoncpp25 librhash0 libstdc++6 libuv1 zlib1g cmake-data procps
rsync 3.5.0+ds1-0+deb12u1 937 498 net init-system-helpers libacl1 libc6 liblz4-1 libpopt0 libssl3 libxxhash0 libzstd1 zlib1g
cron 3.0pl1-162 217 73 admin+ init-system-helpers cron-daemon-common libc6 libpam0g libselinux1 sensible-utils libpam-runtime
bind9-dnsutils 1:9.18.49-1~deb12u3 501 158 net~ bind9-host bind9-libs libc6 libedit2 libidn2-0 libjemalloc2 libkrb5-3 libprotobuf-c1
dnsutils 1:9.18.49-1~deb12u3 26 14 net. bind9-dnsutils
netcat-traditional 1.10-47 143 68 net~ libc6
telnet 0.17+2.4-2+deb12u3 54 42 oldlibs. inetutils-telnet
redis-tools 5:7.0.15-1~deb12u10 5837 992 database adduser libatomic1 libc6 libjemalloc2 liblzf1 libssl3 libsystemd0
lsb-release 12.0-1 17 6 misc.
apt-transport-https 2.6.2 35 26 oldlibs. apt
strace 6.1-0.1 2839 1314 utils libc6 libunwind8
libarchive13 3.6.2-1+deb12u5 865 345 libs libacl1 libbz2-1.0 libc6 liblz4-1 liblzma5 libnettle8 libxml2 libzstd1 zlib1g
libjsoncpp25 1.9.5-4 249 79 libs libc6 libgcc-s1 libstdc++6
librhash0 1.4.3-3 237 134 libs libc6
cmake-data 3.25.1-1 10456 2026 devel.
libpopt0 1.19+dfsg-1 245 43 libs libc6
cron-daemon-common 3.0pl1-162 44 13 admin.+ adduser
bind9-host 1:9.18.49-1~deb12u3 147 58 net~ bind9-libs libc6 libidn2-0 libjemalloc2
bind9-libs 1:9.18.49-1~deb12u3 3509 1186 libs libuv1 libc6 libfstrm0 libgssapi-krb5-2 libjemalloc2 libjson-c5 libkrb5-3 liblmdb0 libmaxminddb0 libnghttp2-14 libprotobuf-c1 libssl3 libxml2 zlib1g
libjemalloc2 5.3.0-1 872 275 libs libc6 libgcc-s1 libstdc++6
libprotobuf-c1 1.4.1-1+b1 69 27 libs libc6
inetutils-telnet 2:2.4-2+deb12u3 257 121 net~ libc6 libcom-err2 libk5crypto3 libkrb5-3 libtinfo6 netbase
liblzf1 3.6-3 39 10 libs libc6
libunwind8 1.6.2-3 196 51 libs libc6 liblzma5
libfstrm0 0.6.1-1 70 22 libs libc6
libjson-c5 0.16-2 109 44 libs libc6
liblmdb0 0.9.24-1 104 45 libs libc6
libzip4 1.7.3-1+b1 146 54 libs libbz2-1.0 libc6 libssl3 zlib1g
libzip-dev 1.7.3-1+b1 323 153 libdevel libzip4 zlib1g-dev
`;

export const shapes = `
cmake|1/3/0|cmake cpack ctest
cmake-data|3/0/0|||||usr/share/aclocal/cmake.m4 usr/share/bash-completion/completions/cmake usr/share/emacs/site-lisp/cmake-mode.el
rsync|10/15/0|rsync rsync-ssl|||||etc/default/rsync usr/lib/systemd/system/rsync.service
cron|8/12/0|crontab|cron|||etc/default/cron etc/init.d/cron
cron-daemon-common|40/10/0|||||etc/crontab etc/cron.d/.placeholder etc/cron.daily/.placeholder etc/cron.hourly/.placeholder
bind9-dnsutils|4/10/0|delv dig mdig nslookup nsupdate
bind9-host|6/6/0|host
bind9-libs|1/0/0|||libbind9-9.18.49-Debian.so libdns-9.18.49-Debian.so libisc-9.18.49-Debian.so libisccfg-9.18.49-Debian.so libns-9.18.49-Debian.so
netcat-traditional|12/10/0|nc.traditional
netcat-openbsd|10/10/0|nc.openbsd
inetutils-telnet|8/10/0|inetutils-telnet
redis-tools|3/2/0|redis-cli redis-benchmark redis-check-aof redis-check-rdb
lsb-release|40/30/0|lsb_release
strace|5/6/0|strace strace-log-merge
dumb-init|28/3/0|dumb-init
gnupg1|10/8/0|gpg1 gpg-zip1||||usr/lib/gnupg1/gpgkeys_curl usr/lib/gnupg1/gpgkeys_finger usr/lib/gnupg1/gpgkeys_hkp usr/lib/gnupg1/gpgkeys_ldap usr/share/gnupg1/options.skel
libusb-0.1-4|25/0/0|||libusb-0.1.so.4.4.4
libgeoip1t64|12/0/0|||libGeoIP.so.1.6.12
libgeoip1|12/0/0|||libGeoIP.so.1.6.12
libsasl2-modules|18/0/0|||||usr/lib/x86_64-linux-gnu/sasl2/libplain.so.2.0.25 usr/lib/x86_64-linux-gnu/sasl2/liblogin.so.2.0.25 usr/lib/x86_64-linux-gnu/sasl2/libanonymous.so.2.0.25 usr/lib/x86_64-linux-gnu/sasl2/libcrammd5.so.2.0.25 usr/lib/x86_64-linux-gnu/sasl2/libdigestmd5.so.2.0.25 usr/lib/x86_64-linux-gnu/sasl2/libscram.so.2.0.25
libsasl2-dev|4/6/0||||usr/lib/x86_64-linux-gnu/libsasl2.so>libsasl2.so.2.0.25|usr/include/sasl/sasl.h usr/include/sasl/saslutil.h usr/include/sasl/prop.h usr/lib/x86_64-linux-gnu/pkgconfig/libsasl2.pc
libio-socket-ssl-perl|12/20/0|||||usr/share/perl5/IO/Socket/SSL.pm usr/share/perl5/IO/Socket/SSL/Utils.pm usr/share/perl5/IO/Socket/SSL/PublicSuffix.pm
libzip5|5/0/0|||libzip.so.5.5
libzip4|5/0/0|||libzip.so.4.0
libzip-dev|3/55/0|||||usr/include/zip.h usr/include/zipconf.h usr/lib/x86_64-linux-gnu/pkgconfig/libzip.pc usr/lib/x86_64-linux-gnu/cmake/libzip/libzip-config.cmake usr/lib/x86_64-linux-gnu/cmake/libzip/libzip-targets.cmake
libnet-ssleay-perl|8/10/0|||||usr/lib/x86_64-linux-gnu/perl5/5.40/Net/SSLeay.pm usr/lib/x86_64-linux-gnu/perl5/5.40/auto/Net/SSLeay/SSLeay.so
`;
