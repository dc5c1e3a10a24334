// Ubuntu 24.04 (noble) packages the closure needs that data/tools/ubuntu_versions.py does not
// version, by data/tools/ubuntu.py: each is the closest Debian package (trixie, then bookworm and bullseye) as it is,
// version included. The version is NOT Ubuntu's: a stand-in until someone writes the real one.
// A line "name" is trixie's record of that name, "name release" that release's (copied by
// deb/world.ts when it loads); a full line is written where the record differs (renamed
// package or depends).
export default `
python3-importlib-resources
python3-inflect
python3-jaraco.context
python3-jaraco.functools
python3-jaraco.text
python3-more-itertools
python3-typeguard
python3-typing-extensions
python3-zipp
rpcsvc-proto
shared-mime-info
sq
sqlite3
subversion
terser
tini
dumb-init
ucf
uuid-dev
webpack
x11-common
x11proto-core-dev
x11proto-dev
xkb-data
xorg-sgml-doctools
xtrans-dev
`;
