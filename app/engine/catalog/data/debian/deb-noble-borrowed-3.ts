// Ubuntu 24.04 (noble) packages the closure needs that data/tools/ubuntu_versions.py does not
// version, by data/tools/ubuntu.py: each line is the closest Debian package (trixie, then bookworm and bullseye) as it is,
// version included. The version is NOT Ubuntu's: a stand-in until someone writes the real one.
export default `
python3-importlib-resources 6.5.2-1 130 24 python. python3-zipp python3
python3-inflect 7.3.1-2 145 32 python. python3-more-itertools python3-typeguard python3-typing-extensions python3
python3-jaraco.context 6.0.1-1+deb13u1 36 8 python. python3-setuptools python3
python3-jaraco.functools 4.1.0-1 48 12 python. python3-more-itertools python3
python3-jaraco.text 4.0.0-1 48 11 python. python3-autocommand python3-importlib-resources python3-jaraco.context python3-jaraco.functools python3-more-itertools python3 python3-inflect
python3-more-itertools 10.7.0-1 292 67 python. python3
python3-typeguard 4.4.2-1 167 37 python. python3-importlib-metadata python3-typing-extensions python3
python3-typing-extensions 4.13.2-1 515 90 python. python3
python3-zipp 3.21.0-1 45 11 python. python3
rpcsvc-proto 1.4.3-1 246 63 libs libc6
shared-mime-info 2.4-5+b2 5143 760 misc libc6 libgcc-s1 libglib2.0-0t64 libstdc++6 libxml2
sq 1.3.1-2+b2 22379 5653 utils libbz2-1.0 libc6 libgcc-s1 libgmp10 libhogweed6t64 libnettle8t64 libsqlite3-0 libssl3t64
sqlite3 3.46.1-7+deb13u2 587 384 database libc6 libreadline8t64 libsqlite3-0 zlib1g
subversion 1.14.5-3 4845 962 vcs libsvn1 libapr1t64 libaprutil1t64 libc6
terser 5.38.0-1 35 19 javascript. node-commander node-terser nodejs
tini 0.19.0-3+b8 765 280 utils libc6
ucf 3.0052 148 43 utils.~ debconf libtext-wrapi18n-perl procps sensible-utils
uuid-dev 2.41.5-0+deb13u1 134 49 libdevel libc6-dev libuuid1
webpack 5.97.1+dfsg1+~cs11.18.27-3 5871 810 javascript. node-acorn node-browserslist node-chrome-trace-event node-postcss node-commander node-enhanced-resolve node-es-module-lexer node-eslint-scope node-eslint-visitor-keys node-events node-graceful-fs node-jest-debbundle node-interpret node-jest-worker node-json-parse-better-errors node-loader-runner node-mime-types node-neo-async node-p-limit node-rechoir node-schema-utils node-serialize-javascript node-source-map node-tapable eslint node-watchpack node-webassemblyjs node-webpack-sources nodejs terser node-envinfo
x11-common 1:7.7+24+deb13u1 275 217 x11. lsb-base
x11proto-core-dev 2024.1-1 11 3 x11. x11proto-dev
x11proto-dev 2024.1-1 1704 603 x11. xorg-sgml-doctools
xkb-data 2.42-1 6911 790 x11.
xorg-sgml-doctools 1:1.11-1.1 89 22 x11.
xtrans-dev 1.4.0-1 330 99 x11.
`;
