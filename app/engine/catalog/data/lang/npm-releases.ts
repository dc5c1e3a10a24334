// Older releases of npm packages, beside the newest ones in npm.ts: what a range such as
// `"express": "^4.19.2"` or `"react": "^18.2.0"` picks instead (npm installs the highest version
// that satisfies the range). Same line format as npm.ts ("name version unpacked-KiB
// depends...|description|files|bin"), several lines per name allowed; every dependency is
// written `name@range` as that release's package.json states it (`_` stands for a space).
//
// Versions and dependency ranges are the registry's (checked against public package-lock.json
// files of January 2026 and later); unpacked sizes are estimates.
//
// express 4.22.1 (2025-12-01, the newest 4.x in January 2026) and the versions its ranges
// resolved to then: 68 packages with express, ms 2.1.3 nested under send (debug 2.6.9 keeps
// ms 2.0.0 at the top). The rest of its tree (http-errors, qs, side-channel ...) is shared
// with express 5 in npm.ts.
export default `
express 4.22.1 220 accepts@~1.3.8 array-flatten@1.1.1 body-parser@~1.20.3 content-disposition@~0.5.4 content-type@~1.0.4 cookie@~0.7.1 cookie-signature@~1.0.6 debug@2.6.9 depd@2.0.0 encodeurl@~2.0.0 escape-html@~1.0.3 etag@~1.8.1 finalhandler@~1.3.1 fresh@~0.5.2 http-errors@~2.0.0 merge-descriptors@1.0.3 methods@~1.1.2 on-finished@~2.4.1 parseurl@~1.3.3 path-to-regexp@~0.1.12 proxy-addr@~2.0.7 qs@~6.14.0 range-parser@~1.2.1 safe-buffer@5.2.1 send@~0.19.0 serve-static@~1.16.2 setprototypeof@1.2.0 statuses@~2.0.1 type-is@~1.6.18 utils-merge@1.0.1 vary@~1.1.2|Fast, unopinionated, minimalist web framework|index.js lib/application.js lib/express.js lib/request.js lib/response.js lib/utils.js lib/view.js lib/router/index.js lib/router/layer.js lib/router/route.js lib/middleware/init.js lib/middleware/query.js History.md Readme.md LICENSE|
accepts 1.3.8 17 mime-types@~2.1.34 negotiator@0.6.3|Higher-level content negotiation|index.js HISTORY.md README.md LICENSE|
array-flatten 1.1.1 5|Flatten an array of nested arrays into a single flat array|array-flatten.js README.md LICENSE|
body-parser 1.20.4 58 bytes@~3.1.2 content-type@~1.0.5 debug@2.6.9 depd@2.0.0 destroy@~1.2.0 http-errors@~2.0.1 iconv-lite@~0.4.24 on-finished@~2.4.1 qs@~6.14.0 raw-body@~2.5.3 type-is@~1.6.18 unpipe@~1.0.0|Node.js body parsing middleware|index.js lib/read.js lib/types/json.js lib/types/raw.js lib/types/text.js lib/types/urlencoded.js HISTORY.md README.md LICENSE SECURITY.md|
content-disposition 0.5.4 19 safe-buffer@5.2.1|Create and parse Content-Disposition header|index.js HISTORY.md README.md LICENSE|
cookie-signature 1.0.7 6|Sign and unsign cookies|index.js History.md Readme.md|
debug 2.6.9 79 ms@2.0.0|small debugging utility|src/index.js src/node.js src/browser.js src/debug.js src/inspector-log.js node.js component.json karma.conf.js Makefile CHANGELOG.md README.md LICENSE|
finalhandler 1.3.2 18 debug@2.6.9 encodeurl@~2.0.0 escape-html@~1.0.3 on-finished@~2.4.1 parseurl@~1.3.3 statuses@~2.0.2 unpipe@~1.0.0|Node.js final http responder|index.js HISTORY.md README.md LICENSE SECURITY.md|
fresh 0.5.2 10|HTTP response freshness testing|index.js HISTORY.md README.md LICENSE|
iconv-lite 0.4.24 330 safer-buffer@>=_2.1.2_<_3|Convert character encodings in pure javascript.|lib/index.js lib/streams.js lib/extend-node.js lib/bom-handling.js encodings/index.js encodings/dbcs-codec.js encodings/tables/cp936.json encodings/tables/big5-added.json Changelog.md README.md LICENSE|
media-typer 0.3.0 16|Simple RFC 6838 media type parser and formatter|index.js HISTORY.md README.md LICENSE|
merge-descriptors 1.0.3 5|Merge objects using descriptors|index.js HISTORY.md README.md LICENSE|
mime 1.6.0 50|A comprehensive library for mime-type mapping|mime.js cli.js types.json CHANGELOG.md README.md LICENSE|mime=cli.js
mime-db 1.52.0 205|Media Type Database|db.json index.js HISTORY.md README.md LICENSE|
mime-types 2.1.35 18 mime-db@1.52.0|The ultimate javascript content-type utility.|index.js HISTORY.md README.md LICENSE|
ms 2.0.0 6|Tiny milisecond conversion utility|index.js readme.md license.md|
negotiator 0.6.3 28|HTTP content negotiation|index.js lib/charset.js lib/encoding.js lib/language.js lib/mediaType.js HISTORY.md README.md LICENSE|
path-to-regexp 0.1.12 7|Express style path to RegExp utility|index.js Readme.md LICENSE|
raw-body 2.5.3 22 bytes@~3.1.2 http-errors@~2.0.1 iconv-lite@~0.4.24 unpipe@~1.0.0|Get and validate the raw body of a readable stream.|index.js index.d.ts HISTORY.md README.md LICENSE SECURITY.md|
send 0.19.2 48 debug@2.6.9 depd@2.0.0 destroy@1.2.0 encodeurl@~2.0.0 escape-html@~1.0.3 etag@~1.8.1 fresh@~0.5.2 http-errors@~2.0.1 mime@1.6.0 ms@2.1.3 on-finished@~2.4.1 range-parser@~1.2.1 statuses@~2.0.2|Better streaming static file server with Range and conditional-GET support|index.js HISTORY.md README.md LICENSE SECURITY.md|
serve-static 1.16.3 25 encodeurl@~2.0.0 escape-html@~1.0.3 parseurl@~1.3.3 send@~0.19.1|Serve static files|index.js HISTORY.md README.md LICENSE|
type-is 1.6.18 19 media-typer@0.3.0 mime-types@~2.1.24|Infer the content-type of a request.|index.js HISTORY.md README.md LICENSE|
react 18.3.1 310 loose-envify@^1.1.0|React is a JavaScript library for building user interfaces.|index.js jsx-runtime.js jsx-dev-runtime.js react.shared-subset.js cjs/react.production.min.js cjs/react.development.js cjs/react-jsx-runtime.production.min.js cjs/react-jsx-runtime.development.js umd/react.production.min.js umd/react.development.js README.md LICENSE|
react-dom 18.3.1 4400 loose-envify@^1.1.0 scheduler@^0.23.2|React package for working with the DOM.|index.js client.js server.js server.node.js server.browser.js profiling.js test-utils.js cjs/react-dom.production.min.js cjs/react-dom.development.js cjs/react-dom-server.node.production.min.js cjs/react-dom-server.node.development.js umd/react-dom.production.min.js umd/react-dom.development.js README.md LICENSE|
scheduler 0.23.2 160 loose-envify@^1.1.0|Cooperative scheduler for the browser environment.|index.js unstable_mock.js cjs/scheduler.production.min.js cjs/scheduler.development.js umd/scheduler.production.min.js README.md LICENSE|
dotenv 16.6.1 78|Loads environment variables from .env file|lib/main.js lib/main.d.ts lib/cli-options.js lib/env-options.js config.js config.d.ts CHANGELOG.md README.md LICENSE|
vite 5.4.21 3200 esbuild@^0.21.3 postcss@^8.4.43 rollup@^4.20.0|Native-ESM powered web dev build tool|bin/vite.js bin/openChrome.applescript dist/node/index.js dist/node/cli.js dist/node/chunks/dep-BK3b2jBa.js dist/client/client.mjs client.d.ts index.cjs README.md LICENSE.md|vite=bin/vite.js
esbuild 0.21.5 130 @esbuild/linux-x64@0.21.5|An extremely fast JavaScript and CSS bundler and minifier.|bin/esbuild install.js lib/main.js lib/main.d.ts|esbuild=bin/esbuild
@esbuild/linux-x64 0.21.5 9700|The Linux 64-bit binary for esbuild, a JavaScript bundler.|bin/esbuild README.md|
postcss 8.4.31 200 nanoid@^3.3.6 picocolors@^1.0.0 source-map-js@^1.0.2|Tool for transforming styles with JS plugins|lib/postcss.js lib/parser.js lib/processor.js lib/stringifier.js lib/node.js lib/postcss.d.ts|
`;
