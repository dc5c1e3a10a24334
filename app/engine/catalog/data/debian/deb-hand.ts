// Written by hand (not by data/tools/emit.py), in the formats of deb-<suite>-N.ts and
// deb-shapes-N.ts: packages official Dockerfiles install that the generated closure missed
// (gnupg1 for nginx's key fetch, the GeoIP library nginx.org's geoip module links, the SASL
// and Perl TLS packages memcached's build uses, dumb-init for images that use it as their init). Versions and sizes from the Debian archive's
// Packages indexes, file names from the packages' lists.
export const trixie = `
gnupg1 1.4.23-2+b2 2272 590 utils libbz2-1.0 libc6 libreadline8t64 libusb-0.1-4 zlib1g
libusb-0.1-4 2:0.1.12-35 57 20 libs libc6 libusb-1.0-0
libgeoip1t64 1.6.12-11.1 228 93 libs libc6
libsasl2-modules 2.1.28+dfsg1-9 263 68 libs libc6 libssl3t64
libsasl2-dev 2.1.28+dfsg1-9 1307 281 libdevel libsasl2-2
libio-socket-ssl-perl 2.089-1 603 221 perl. perl libnet-ssleay-perl
libnet-ssleay-perl 1.94-3 1281 339 perl libc6 libssl3t64 perl
dumb-init 1.2.5-3 37 14 utils libc6
`;

export const bookworm = `
gnupg1 1.4.23-1.1+b1 2284 596 utils libbz2-1.0 libc6 libreadline8 libusb-0.1-4 zlib1g
libusb-0.1-4 2:0.1.12-32 57 20 libs libc6 libusb-1.0-0
libgeoip1 1.6.12-10 226 92 libs libc6
dumb-init 1.2.5-2 37 14 utils libc6
`;

export const shapes = `
dumb-init|28/3/0|dumb-init
gnupg1|10/8/0|gpg1 gpg-zip1||||usr/lib/gnupg1/gpgkeys_curl usr/lib/gnupg1/gpgkeys_finger usr/lib/gnupg1/gpgkeys_hkp usr/lib/gnupg1/gpgkeys_ldap usr/share/gnupg1/options.skel
libusb-0.1-4|25/0/0|||libusb-0.1.so.4.4.4
libgeoip1t64|12/0/0|||libGeoIP.so.1.6.12
libgeoip1|12/0/0|||libGeoIP.so.1.6.12
libsasl2-modules|18/0/0|||||usr/lib/x86_64-linux-gnu/sasl2/libplain.so.2.0.25 usr/lib/x86_64-linux-gnu/sasl2/liblogin.so.2.0.25 usr/lib/x86_64-linux-gnu/sasl2/libanonymous.so.2.0.25 usr/lib/x86_64-linux-gnu/sasl2/libcrammd5.so.2.0.25 usr/lib/x86_64-linux-gnu/sasl2/libdigestmd5.so.2.0.25 usr/lib/x86_64-linux-gnu/sasl2/libscram.so.2.0.25
libsasl2-dev|4/6/0||||usr/lib/x86_64-linux-gnu/libsasl2.so>libsasl2.so.2.0.25|usr/include/sasl/sasl.h usr/include/sasl/saslutil.h usr/include/sasl/prop.h usr/lib/x86_64-linux-gnu/pkgconfig/libsasl2.pc
libio-socket-ssl-perl|12/20/0|||||usr/share/perl5/IO/Socket/SSL.pm usr/share/perl5/IO/Socket/SSL/Utils.pm usr/share/perl5/IO/Socket/SSL/PublicSuffix.pm
libnet-ssleay-perl|8/10/0|||||usr/lib/x86_64-linux-gnu/perl5/5.40/Net/SSLeay.pm usr/lib/x86_64-linux-gnu/perl5/5.40/auto/Net/SSLeay/SSLeay.so
`;
