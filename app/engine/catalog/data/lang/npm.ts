// npm packages, current versions as of January 2026, with their real dependency lists:
// "name version unpacked-KiB depends...|description|files|bin". Files are relative to the
// package's folder (package.json is generated); bin is "command=path". A dependency is a name
// (`^` its version here) or `name@range` where the package pins another (next's postcss 8.4.31,
// which npm-releases.ts holds beside the newest; `_` stands for a space).
export default `
express 5.2.1 75 accepts body-parser content-disposition content-type cookie cookie-signature debug depd encodeurl escape-html etag finalhandler fresh http-errors merge-descriptors mime-types on-finished once parseurl proxy-addr qs range-parser router send serve-static statuses type-is vary|Fast, unopinionated, minimalist web framework|index.js lib/application.js lib/express.js lib/request.js lib/response.js lib/utils.js History.md Readme.md LICENSE|
accepts 2.0.0 12 mime-types negotiator|Higher-level content negotiation|index.js HISTORY.md README.md LICENSE|
body-parser 2.2.1 60 bytes content-type debug http-errors iconv-lite on-finished qs raw-body type-is|Node.js body parsing middleware|index.js lib/read.js lib/utils.js lib/types/json.js lib/types/raw.js lib/types/text.js lib/types/urlencoded.js README.md LICENSE|
bytes 3.1.2 12|Utility to parse a string bytes to bytes and vice-versa|index.js History.md Readme.md LICENSE|
call-bind-apply-helpers 1.0.2 20 es-errors function-bind|Helper functions around Function call/apply/bind, for use in call-bind|index.js actualApply.js applyBind.js functionApply.js functionCall.js reflectApply.js index.d.ts|
call-bound 1.0.4 16 call-bind-apply-helpers get-intrinsic|Robust call-bound JavaScript intrinsics, using call-bind and get-intrinsic.|index.js index.d.ts|
content-disposition 1.0.1 18|Create and parse Content-Disposition header|index.js HISTORY.md README.md LICENSE|
content-type 1.0.5 11|Create and parse HTTP Content-Type header|index.js HISTORY.md README.md LICENSE|
cookie 0.7.2 22|HTTP server cookie parsing and serialization|index.js SECURITY.md README.md LICENSE|
cookie-signature 1.2.2 8|Sign and unsign cookies|index.js History.md Readme.md LICENSE|
debug 4.4.3 42 ms|Lightweight debugging utility for Node.js and the browser|src/index.js src/node.js src/browser.js src/common.js README.md LICENSE|
depd 2.0.0 26|Deprecate all the things|index.js lib/browser/index.js History.md Readme.md LICENSE|
dunder-proto 1.0.1 15 call-bind-apply-helpers es-errors gopd|If available, the Object.prototype.__proto__ accessor and mutator, call-bound|get.js set.js get.d.ts set.d.ts|
ee-first 1.1.1 8|return the first event in a set of ee/event pairs|index.js README.md LICENSE|
encodeurl 2.0.0 10|Encode a URL to a percent-encoded form, excluding already-encoded sequences|index.js README.md LICENSE|
es-define-property 1.0.1 10|Object.defineProperty, but not IE 8's broken one.|index.js index.d.ts|
es-errors 1.3.0 13|A simple cache for a few of the JS Error constructors.|index.js eval.js range.js ref.js syntax.js type.js uri.js index.d.ts|
es-object-atoms 1.1.1 12 es-errors|ES Object-related atoms: Object, ToObject, RequireObjectCoercible|index.js ToObject.js RequireObjectCoercible.js isObject.js|
es-set-tostringtag 2.1.0 12 es-errors get-intrinsic has-tostringtag hasown|A helper to optimistically set Symbol.toStringTag, when possible.|index.js index.d.ts|
escape-html 1.0.3 6|Escape string for use in HTML|index.js Readme.md LICENSE|
etag 1.8.1 11|Create simple HTTP ETags|index.js HISTORY.md README.md LICENSE|
finalhandler 2.1.1 17 debug encodeurl escape-html on-finished parseurl statuses|Node.js final http responder|index.js HISTORY.md README.md LICENSE|
forwarded 0.2.0 9|Parse HTTP X-Forwarded-For header|index.js HISTORY.md README.md LICENSE|
fresh 2.0.0 10|HTTP response freshness testing|index.js HISTORY.md README.md LICENSE|
function-bind 1.1.2 32|Implementation of Function.prototype.bind|index.js implementation.js README.md LICENSE|
get-intrinsic 1.3.0 42 call-bind-apply-helpers es-define-property es-errors es-object-atoms function-bind get-proto gopd has-symbols hasown math-intrinsics|Get and robustly cache all JS language-level intrinsics at first require time|index.js README.md LICENSE|
get-proto 1.0.1 13 dunder-proto es-object-atoms|Robustly get the [[Prototype]] of an object|index.js Object.getPrototypeOf.js Reflect.getPrototypeOf.js|
gopd 1.2.0 10|Object.getOwnPropertyDescriptor, but accounts for IE's broken implementation.|index.js gOPD.js|
has-symbols 1.1.0 21|Determine if the JS environment has Symbol support. Supports spec, or shams.|index.js shams.js|
has-tostringtag 1.0.2 16 has-symbols|Determine if the JS environment has Symbol.toStringTag support. Supports spec, or shams.|index.js shams.js|
hasown 2.0.2 9 function-bind|A robust, ES3 compatible, "has own property" predicate.|index.js index.d.ts|
http-errors 2.0.1 19 depd inherits setprototypeof statuses toidentifier|Create HTTP error objects|index.js HISTORY.md README.md LICENSE|
iconv-lite 0.7.1 340 safer-buffer|Convert character encodings in pure javascript.|lib/index.js lib/streams.js encodings/index.js encodings/dbcs-data.js encodings/tables/cp936.json encodings/tables/big5-added.json|
inherits 2.0.4 7|Browser-friendly inheritance fully compatible with standard node.js inherits()|inherits.js inherits_browser.js|
ipaddr.js 1.9.1 34|A library for manipulating IPv4 and IPv6 addresses in JavaScript.|lib/ipaddr.js ipaddr.min.js|
is-promise 4.0.0 5|Test whether an object looks like a promises-a+ promise|index.js index.mjs index.d.ts|
math-intrinsics 1.1.0 30|ES Math-related intrinsics and helpers, robustly cached.|abs.js floor.js isNaN.js max.js min.js pow.js round.js sign.js|
media-typer 1.1.0 11|Simple RFC 6838 media type parser and formatter|index.js HISTORY.md README.md LICENSE|
merge-descriptors 2.0.0 6|Merge objects using their property descriptors|index.js index.d.ts|
mime-db 1.54.0 230|Media Type Database|db.json index.js HISTORY.md README.md LICENSE|
mime-types 3.0.2 23 mime-db|The ultimate javascript content-type utility.|index.js mimeScore.js HISTORY.md README.md LICENSE|
ms 2.1.3 6|Tiny millisecond conversion utility|index.js readme.md license.md|
negotiator 1.0.0 28|HTTP content negotiation|index.js lib/charset.js lib/encoding.js lib/language.js lib/mediaType.js|
object-inspect 1.13.4 100|string representations of objects in node and the browser|index.js util.inspect.js|
on-finished 2.4.1 14 ee-first|Execute a callback when a request closes, finishes, or errors|index.js HISTORY.md README.md LICENSE|
once 1.4.0 5 wrappy|Run a function exactly one time|once.js README.md LICENSE|
parseurl 1.3.3 10|parse a url with memoization|index.js HISTORY.md README.md LICENSE|
path-to-regexp 8.3.0 55|Express style path to RegExp utility|dist/index.js dist/index.d.ts Readme.md LICENSE|
proxy-addr 2.0.7 16 forwarded ipaddr.js|Determine address of proxied request|index.js HISTORY.md README.md LICENSE|
qs 6.14.1 250 side-channel|A querystring parser that supports nesting and arrays, with a depth limit|lib/index.js lib/parse.js lib/stringify.js lib/utils.js lib/formats.js dist/qs.js|
range-parser 1.2.1 8|Range header field string parser|index.js HISTORY.md README.md LICENSE|
raw-body 3.0.2 22 bytes http-errors iconv-lite unpipe|Get and validate the raw body of a readable stream.|index.js index.d.ts HISTORY.md README.md LICENSE|
router 2.2.0 40 debug depd is-promise parseurl path-to-regexp|Simple middleware-style router|index.js lib/layer.js lib/route.js HISTORY.md README.md LICENSE|
safer-buffer 2.1.2 42|Modern Buffer API polyfill without footguns|safer.js dangerous.js tests.js Porting-Buffer.md|
send 1.2.1 30 debug encodeurl escape-html etag fresh http-errors mime-types ms on-finished range-parser statuses|Better streaming static file server with Range and conditional-GET support|index.js HISTORY.md README.md LICENSE|
serve-static 2.2.1 18 encodeurl escape-html parseurl send|Serve static files|index.js HISTORY.md README.md LICENSE|
setprototypeof 1.2.0 6|A small polyfill for Object.setprototypeof|index.js index.d.ts|
side-channel 1.1.0 20 es-errors object-inspect side-channel-list side-channel-map side-channel-weakmap|Store information about any JS value in a side channel. Uses WeakMap if available.|index.js index.d.ts|
side-channel-list 1.0.0 16 es-errors object-inspect|Store information about any JS value in a side channel, using a linked list|index.js list.d.ts|
side-channel-map 1.0.1 16 call-bound es-errors get-intrinsic object-inspect|Store information about any JS value in a side channel, using a Map|index.js index.d.ts|
side-channel-weakmap 1.0.2 17 call-bound es-errors get-intrinsic object-inspect side-channel-map|Store information about any JS value in a side channel. Uses WeakMap if available.|index.js index.d.ts|
statuses 2.0.2 15|HTTP status utility|index.js codes.json HISTORY.md README.md LICENSE|
toidentifier 1.0.1 7|Convert a string of words to a JavaScript identifier|index.js HISTORY.md README.md LICENSE|
type-is 2.0.1 18 content-type media-typer mime-types|Infer the content-type of a request.|index.js HISTORY.md README.md LICENSE|
unpipe 1.0.0 7|Unpipe a stream from all destinations|index.js HISTORY.md README.md LICENSE|
vary 1.1.2 9|Manipulate the HTTP Vary header|index.js HISTORY.md README.md LICENSE|
destroy 1.2.0 7|destroy a stream if possible|index.js README.md LICENSE|
methods 1.1.2 5|HTTP methods that node supports|index.js HISTORY.md README.md LICENSE|
utils-merge 1.0.1 5|merge() utility function|index.js README.md LICENSE|
wrappy 1.0.2 5|Callback wrapping utility|wrappy.js README.md LICENSE|
react 19.2.3 172|React is a JavaScript library for building user interfaces.|index.js jsx-runtime.js jsx-dev-runtime.js compiler-runtime.js cjs/react.production.js cjs/react.development.js cjs/react-jsx-runtime.production.js|
react-dom 19.2.3 7100 scheduler|React package for working with the DOM.|index.js client.js server.js server.node.js cjs/react-dom.production.js cjs/react-dom-client.production.js cjs/react-dom-client.development.js cjs/react-dom-server.node.production.js cjs/react-dom-server.node.development.js|
loose-envify 1.4.0 9 js-tokens@^3.0.0_||_^4.0.0|Fast (and loose) selective \`process.env\` replacer using js-tokens instead of an AST|index.js cli.js custom.js loose-envify.js replace.js README.md LICENSE|loose-envify=cli.js
scheduler 0.27.0 78|Cooperative scheduler for the browser environment.|index.js cjs/scheduler.production.js cjs/scheduler.development.js|
lodash 4.17.21 1400|Lodash modular utilities.|lodash.js lodash.min.js core.js fp.js map.js merge.js debounce.js cloneDeep.js get.js set.js|
axios 1.13.2 2200 follow-redirects form-data proxy-from-env|Promise based HTTP client for the browser and node.js|index.js index.d.ts lib/axios.js lib/core/Axios.js lib/adapters/http.js lib/adapters/xhr.js dist/axios.js dist/node/axios.cjs dist/esm/axios.js|
follow-redirects 1.15.11 32|HTTP and HTTPS modules that follow redirects.|index.js http.js https.js debug.js|
form-data 4.0.5 32 asynckit combined-stream es-set-tostringtag hasown mime-types|A library to create readable "multipart/form-data" streams. Can be used to submit forms and file uploads to other web applications.|lib/form_data.js lib/browser.js lib/populate.js index.d.ts|
asynckit 0.4.0 27|Minimal async jobs utility library, with streams support|index.js parallel.js serial.js serialOrdered.js stream.js|
combined-stream 1.0.8 12 delayed-stream|A stream that emits multiple other streams one after another.|lib/combined_stream.js|
delayed-stream 1.0.0 10|Buffers events from a stream until you are ready to handle them.|lib/delayed_stream.js|
proxy-from-env 1.1.0 24|Offers getProxyForUrl to get the proxy URL for a URL, respecting the *_PROXY (e.g. HTTP_PROXY) and NO_PROXY environment variables.|index.js|
typescript 5.9.3 22500|TypeScript is a language for application scale JavaScript development|lib/typescript.js lib/tsc.js lib/_tsc.js lib/lib.dom.d.ts lib/lib.es5.d.ts lib/tsserver.js lib/typescript.d.ts bin/tsc bin/tsserver|tsc=bin/tsc tsserver=bin/tsserver
next 16.1.1 141000 @next/env @swc/helpers caniuse-lite postcss@8.4.31 styled-jsx react react-dom @next/swc-linux-x64-gnu|The React Framework|dist/bin/next dist/server/next-server.js dist/server/base-server.js dist/build/index.js dist/compiled/webpack/bundle5.js dist/compiled/next-server/app-page.runtime.prod.js dist/client/index.js index.d.ts|next=dist/bin/next
@next/env 16.1.1 80|Next.js dotenv file loading|dist/index.js dist/index.d.ts|
@next/swc-linux-x64-gnu 16.1.1 130500|The Rust-based platform for the Web|next-swc.linux-x64-gnu.node README.md|
@swc/helpers 0.5.15 540 tslib|External helpers for the swc project.|cjs/index.cjs esm/index.js esm/_interop_require_default.js package.json|
tslib 2.8.1 100|Runtime library for TypeScript helper functions|tslib.js tslib.es6.js tslib.d.ts modules/index.js|
caniuse-lite 1.0.30001763 2300|A smaller version of caniuse-db, with only the essentials!|dist/unpacker/agents.js data/agents.js data/browsers.js data/features.js data/regions/US.js|
postcss 8.5.6 200 nanoid picocolors source-map-js|Tool for transforming styles with JS plugins|lib/postcss.js lib/parser.js lib/processor.js lib/stringifier.js lib/node.js lib/postcss.d.ts|
nanoid 3.3.11 48|A tiny (116 bytes), secure URL-friendly unique string ID generator|index.cjs index.js non-secure/index.cjs bin/nanoid.cjs|nanoid=bin/nanoid.cjs
picocolors 1.1.1 7|The tiniest and the fastest library for terminal output formatting with ANSI colors|picocolors.js picocolors.browser.js types.d.ts|
source-map-js 1.2.1 100|Generates and consumes source maps|source-map.js lib/source-map-consumer.js lib/source-map-generator.js lib/mappings.js|
styled-jsx 5.1.6 1100 client-only|Full CSS support for JSX without compromises|index.js style.js babel.js dist/index/index.js dist/babel/index.js|
client-only 0.0.1 2|This is a marker package to indicate that a module can only be used in Client Components.|index.js error.js|
left-pad 1.3.0 10|String left pad|index.js index.d.ts README.md COPYING|
chalk 5.6.2 44|Terminal string styling done right|source/index.js source/index.d.ts source/utilities.js source/vendor/ansi-styles/index.js source/vendor/supports-color/index.js|
commander 14.0.2 190|the complete solution for node.js command-line programs|index.js esm.mjs lib/command.js lib/option.js lib/argument.js lib/help.js typings/index.d.ts|
dotenv 17.2.3 80|Loads environment variables from .env file|lib/main.js lib/main.d.ts lib/cli-options.js lib/env-options.js config.js|
nodemon 3.1.11 220 chokidar debug ignore-by-default minimatch pstree.remy semver simple-update-notifier supports-color touch undefsafe|Simple monitor script for use during development of a Node.js app.|lib/nodemon.js lib/monitor/run.js lib/monitor/watch.js lib/config/load.js lib/cli/index.js bin/nodemon.js bin/windows-kill.exe|nodemon=bin/nodemon.js
chokidar 3.6.0 90 anymatch braces glob-parent is-binary-path is-glob normalize-path readdirp|Minimal and efficient cross-platform file watching library|index.js lib/nodefs-handler.js lib/fsevents-handler.js types/index.d.ts|
anymatch 3.1.3 12 normalize-path picomatch|Matches strings against configurable strings, globs, regular expressions, and/or functions|index.js index.d.ts|
braces 3.0.3 44 fill-range|Bash-like brace expansion, implemented in JavaScript.|index.js lib/compile.js lib/expand.js lib/parse.js|
fill-range 7.1.1 15 to-regex-range|Fill in a range of numbers or letters, optionally passing an increment or step to use.|index.js|
to-regex-range 5.0.1 14 is-number|Pass two numbers, get a regex-compatible source string for matching ranges.|index.js|
is-number 7.0.0 9|Returns true if a number or string value is a finite number.|index.js|
glob-parent 5.1.2 10 is-glob|Extract the non-magic parent path from a glob string.|index.js|
is-glob 4.0.3 9 is-extglob|Returns true if the given string looks like a glob pattern or an extglob pattern.|index.js|
is-extglob 2.1.1 6|Returns true if a string has an extglob.|index.js|
is-binary-path 2.1.0 5 binary-extensions|Check if a file path is a binary file|index.js index.d.ts|
binary-extensions 2.3.0 5|List of binary file extensions|binary-extensions.json index.js index.d.ts|
normalize-path 3.0.0 9|Normalize slashes in a file path to be posix/unix-like forward slashes.|index.js|
readdirp 3.6.0 24 picomatch|Recursive version of fs.readdir with streaming API.|index.js index.d.ts|
picomatch 2.3.1 88|Blazing fast and accurate glob matcher written in JavaScript, with no dependencies and full support for standard and extended Bash glob features, including braces, extglobs, POSIX brackets, and regular expressions.|index.js lib/picomatch.js lib/parse.js lib/scan.js lib/utils.js|
ignore-by-default 1.0.1 5|A list of directories you should ignore by default|index.js|
minimatch 3.1.2 34 brace-expansion|a glob matcher in javascript|minimatch.js|
brace-expansion 1.1.12 11 balanced-match concat-map|Brace expansion as known from sh/bash|index.js|
balanced-match 1.0.2 7|Match balanced character pairs, like "{" and "}"|index.js|
concat-map 0.0.1 6|concatenative mapdashery|index.js|
pstree.remy 1.1.8 14|Collects the full tree of processes from /proc|lib/index.js lib/tree.js lib/utils.js|
semver 7.7.3 94|The semantic version parser used by npm.|index.js classes/semver.js functions/satisfies.js ranges/valid.js bin/semver.js|semver=bin/semver.js
simple-update-notifier 2.0.0 16 semver|Simple update notifier to check for npm updates for cli applications|build/index.js build/index.d.ts|
supports-color 5.5.0 7 has-flag|Detect whether a terminal supports color|index.js browser.js|
has-flag 3.0.0 5|Check if argv has a specific flag|index.js|
touch 3.1.1 10|like touch(1) in node|index.js bin/nodetouch.js|nodetouch=bin/nodetouch.js
undefsafe 2.0.5 8|Undefined safe way of extracting object properties|lib/undefsafe.js|
vite 7.3.1 2300 esbuild fdir picomatch postcss rollup tinyglobby|Native-ESM powered web dev build tool|bin/vite.js dist/node/index.js dist/node/chunks/config.js dist/client/client.mjs client.d.ts index.cjs|vite=bin/vite.js
fdir 6.5.0 70|The fastest directory crawler & globbing alternative to glob, fast-glob, & tiny-glob. Crawls 1m files in < 1s|dist/index.js dist/index.cjs dist/index.d.ts|
tinyglobby 0.2.15 34 fdir picomatch|A fast and minimal alternative to globby and fast-glob|dist/index.js dist/index.cjs dist/index.d.ts|
rollup 4.55.1 2700 @rollup/rollup-linux-x64-gnu|Next-generation ES module bundler|dist/bin/rollup dist/rollup.js dist/es/rollup.js dist/shared/rollup.js dist/native.js dist/rollup.d.ts|rollup=dist/bin/rollup
@rollup/rollup-linux-x64-gnu 4.55.1 2900|Native bindings for Rollup|rollup.linux-x64-gnu.node README.md|
esbuild 0.27.2 140 @esbuild/linux-x64|An extremely fast JavaScript and CSS bundler and minifier.|bin/esbuild install.js lib/main.js lib/main.d.ts|esbuild=bin/esbuild
@esbuild/linux-x64 0.27.2 10300|The Linux 64-bit binary for esbuild, a JavaScript bundler.|bin/esbuild README.md|
@nestjs/cli 11.0.14 270 typescript|Nest - modern, fast, powerful node.js web framework (@cli)|bin/nest.js actions/build.action.js commands/build.command.js lib/compiler/compiler.js lib/compiler/helpers/tsconfig-provider.js lib/configuration/defaults.js README.md LICENSE|nest=bin/nest.js
@nestjs/common 11.1.11 720 iterare load-esm tslib uid|Nest - modern, fast, powerful node.js web framework (@common)|index.js index.d.ts decorators/index.js exceptions/index.js pipes/index.js services/logger.service.js utils/shared.utils.js README.md LICENSE|
@nestjs/core 11.1.11 650 fast-safe-stringify iterare path-to-regexp tslib uid|Nest - modern, fast, powerful node.js web framework (@core)|index.js index.d.ts nest-factory.js nest-application.js injector/injector.js router/routes-resolver.js scanner.js README.md LICENSE|
@nestjs/platform-express 11.1.11 90 body-parser cors express path-to-regexp tslib|Nest - modern, fast, powerful node.js web framework (@platform-express)|index.js index.d.ts adapters/express-adapter.js multer/index.js README.md LICENSE|
reflect-metadata 0.2.2 240|Polyfill for Metadata Reflection API|Reflect.js Reflect.d.ts ReflectLite.js ReflectNoConflict.js index.d.ts README.md LICENSE|
rxjs 7.8.2 4400 tslib|Reactive Extensions for modern JavaScript|dist/cjs/index.js dist/esm/index.js dist/esm5/index.js dist/types/index.d.ts dist/bundles/rxjs.umd.js operators/package.json README.md LICENSE.txt|
iterare 1.2.1 60|Array methods + ES6 Iterators = <3|lib/index.js lib/iterate.js lib/index.d.ts README.md LICENSE.txt|
uid 2.0.2 12 @lukeed/csprng|A tiny (130B to 205B) and fast utility to randomize unique IDs of fixed length|dist/index.js dist/index.mjs index.d.ts readme.md license|
@lukeed/csprng 1.1.0 8|A tiny (~90B) isomorphic wrapper for crypto.randomBytes in Node.js and browsers|dist/index.js dist/index.mjs node/index.js index.d.ts readme.md license|
load-esm 1.0.3 5|Utility to dynamically load ESM modules in TypeScript CommonJS projects|index.js index.d.ts README.md LICENSE.txt|
fast-safe-stringify 2.1.1 30|Safely and quickly serialize JavaScript objects|index.js index.d.ts readme.md LICENSE|
cors 2.8.5 20 object-assign vary|Node.js CORS middleware|lib/index.js HISTORY.md README.md LICENSE|
object-assign 4.1.1 8|ES2015 Object.assign() ponyfill|index.js readme.md license|
react-scripts 5.0.1 125|Configuration and scripts for Create React App.|bin/react-scripts.js scripts/build.js scripts/start.js scripts/test.js config/webpack.config.js config/paths.js README.md LICENSE|react-scripts=bin/react-scripts.js
astro 5.16.6 2650|Astro is a modern site builder with web best practices, performance, and DX front-of-mind.|astro.js dist/cli/index.js dist/core/build/index.js dist/runtime/server/index.js client.d.ts README.md LICENSE|astro=astro.js
@vue/cli 5.0.8 140|Command line interface for rapid Vue.js development|bin/vue.js lib/create.js lib/Creator.js lib/invoke.js lib/add.js lib/util/loadCommand.js README.md LICENSE|vue=bin/vue.js
@vue/cli-service 5.0.8 160|local service for vue-cli projects|bin/vue-cli-service.js lib/Service.js lib/commands/serve.js lib/commands/build/index.js lib/config/base.js lib/config/css.js README.md LICENSE|vue-cli-service=bin/vue-cli-service.js
@angular/cli 21.0.5 620|CLI tool for Angular|bin/ng.js lib/init.js lib/cli/index.js src/commands/build/cli.js README.md LICENSE|ng=bin/ng.js
nuxt 4.2.2 1500|Nuxt is an open source framework that makes web development intuitive and powerful.|bin/nuxt.mjs dist/index.mjs dist/app/nuxt.js dist/core/runtime/nitro/handlers/renderer.js types.d.mts README.md LICENSE|nuxi=bin/nuxt.mjs nuxt=bin/nuxt.mjs
@remix-run/dev 2.17.2 2100|Dev tools and CLI for Remix|dist/cli.js dist/cli/run.js dist/vite/plugin.js dist/vite/build.js dist/compiler/compiler.js README.md LICENSE.md|remix=dist/cli.js
@remix-run/serve 2.17.2 30 express|Production application server for Remix|dist/cli.js dist/index.js README.md LICENSE.md|remix-serve=dist/cli.js
@react-router/dev 7.12.0 1800|Dev tools and CLI for React Router|bin.js dist/cli/index.js dist/vite.js dist/config.js README.md LICENSE.md|react-router=bin.js
@react-router/serve 7.12.0 25 express|Production application server for React Router|bin.js dist/cli.js README.md LICENSE.md|react-router-serve=bin.js
`;
