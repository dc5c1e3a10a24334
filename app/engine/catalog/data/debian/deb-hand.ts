// Written by hand (not by data/tools/emit.py), in the formats of deb-<suite>-N.ts and
// deb-shapes-N.ts: packages official Dockerfiles install that the generated closure missed
// (gnupg1 for nginx's key fetch, the GeoIP library nginx.org's geoip module links). Versions
// and sizes from the Debian archive's Packages indexes, file names from the packages' lists.
export const trixie = `
gnupg1 1.4.23-2+b2 2272 590 utils libbz2-1.0 libc6 libreadline8t64 libusb-0.1-4 zlib1g
libusb-0.1-4 2:0.1.12-35 57 20 libs libc6 libusb-1.0-0
libgeoip1t64 1.6.12-11.1 228 93 libs libc6
`;

export const bookworm = `
gnupg1 1.4.23-1.1+b1 2284 596 utils libbz2-1.0 libc6 libreadline8 libusb-0.1-4 zlib1g
libusb-0.1-4 2:0.1.12-32 57 20 libs libc6 libusb-1.0-0
libgeoip1 1.6.12-10 226 92 libs libc6
`;

export const shapes = `
gnupg1|10/8/0|gpg1 gpg-zip1||||usr/lib/gnupg1/gpgkeys_curl usr/lib/gnupg1/gpgkeys_finger usr/lib/gnupg1/gpgkeys_hkp usr/lib/gnupg1/gpgkeys_ldap usr/share/gnupg1/options.skel
libusb-0.1-4|25/0/0|||libusb-0.1.so.4.4.4
libgeoip1t64|12/0/0|||libGeoIP.so.1.6.12
libgeoip1|12/0/0|||libGeoIP.so.1.6.12
`;
