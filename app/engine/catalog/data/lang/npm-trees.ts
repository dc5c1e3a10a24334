// The dependency trees of large npm tools (the Angular CLI, Astro, the Vue CLI), written as
// edges so that `npm install -g @angular/cli` adds the packages it really adds:
// "parent: child child ...". A child written `name@version:KiB` is a package described only
// here (its unpacked size; files index.js, README.md and LICENSE); a bare name is one
// described in npm.ts or on another line. Versions are those the tools resolve to in January
// 2026; the catalog holds one version per name, so npm's nested duplicates (string-width 4
// beside 8, minipass 3 beside 7) are folded into one, and counts come out a little below
// npm's own (see npm-trees.test.ts for the counts aimed at).
export default `
@angular/cli: @angular-devkit/architect@0.2100.5:95 @angular-devkit/core@21.0.5:520 @angular-devkit/schematics@21.0.5:640 @inquirer/prompts@7.9.0:30 @listr2/prompt-adapter-inquirer@3.0.5:12 @modelcontextprotocol/sdk@1.24.0:4100 @schematics/angular@21.0.5:1150 @yarnpkg/lockfile@1.1.0:40 algoliasearch@5.40.1:1750 ini@5.0.0:16 jsonc-parser@3.3.1:200 listr2@9.0.5:430 npm-package-arg@13.0.1:30 pacote@21.0.4:110 parse5-html-rewriting-stream@8.0.0:20 resolve@1.22.11:180 semver yargs@18.0.0:220 zod@4.1.13:4100
@angular-devkit/architect: @angular-devkit/core rxjs
@angular-devkit/core: ajv@8.17.1:1020 ajv-formats@3.0.1:70 jsonc-parser picomatch rxjs source-map@0.7.6:190
@angular-devkit/schematics: @angular-devkit/core jsonc-parser magic-string@0.30.21:420 ora@9.0.0:30 rxjs
@schematics/angular: @angular-devkit/core @angular-devkit/schematics jsonc-parser
ajv: fast-deep-equal@3.1.3:12 fast-uri@3.1.0:50 json-schema-traverse@1.0.0:20 require-from-string@2.0.2:5
ajv-formats: ajv
magic-string: @jridgewell/sourcemap-codec@1.5.5:95
ora: chalk cli-cursor@5.0.0:6 cli-spinners@3.3.0:30 is-interactive@2.0.0:4 is-unicode-supported@2.1.0:4 log-symbols@7.0.1:5 stdin-discarder@0.2.2:4 string-width@8.1.0:10 strip-ansi@7.1.2:5
cli-cursor: restore-cursor@5.1.0:5
restore-cursor: onetime@7.0.0:6 signal-exit@4.1.0:80
onetime: mimic-function@5.0.1:5
log-symbols: is-unicode-supported yoctocolors@2.1.2:6
string-width: get-east-asian-width@1.4.0:20 strip-ansi emoji-regex@10.6.0:40 is-fullwidth-code-point@5.1.0:4
is-fullwidth-code-point: get-east-asian-width
strip-ansi: ansi-regex@6.2.2:5
@inquirer/prompts: @inquirer/checkbox@4.3.0:20 @inquirer/confirm@5.1.19:10 @inquirer/editor@4.2.21:12 @inquirer/expand@4.0.21:14 @inquirer/input@4.2.5:12 @inquirer/number@3.0.21:12 @inquirer/password@4.0.21:12 @inquirer/rawlist@4.1.9:14 @inquirer/search@3.2.0:16 @inquirer/select@4.4.0:18
@inquirer/checkbox: @inquirer/ansi@1.0.1:6 @inquirer/core@10.3.0:70 @inquirer/figures@1.0.14:30 @inquirer/type@3.0.9:12 yoctocolors-cjs@2.1.3:6
@inquirer/confirm: @inquirer/core @inquirer/type
@inquirer/editor: @inquirer/core @inquirer/external-editor@1.0.2:20 @inquirer/type
@inquirer/expand: @inquirer/core @inquirer/type yoctocolors-cjs
@inquirer/input: @inquirer/core @inquirer/type
@inquirer/number: @inquirer/core @inquirer/type
@inquirer/password: @inquirer/ansi @inquirer/core @inquirer/type
@inquirer/rawlist: @inquirer/core @inquirer/type yoctocolors-cjs
@inquirer/search: @inquirer/core @inquirer/figures @inquirer/type yoctocolors-cjs
@inquirer/select: @inquirer/ansi @inquirer/core @inquirer/figures @inquirer/type yoctocolors-cjs
@inquirer/core: @inquirer/ansi @inquirer/figures @inquirer/type cli-width@4.1.0:15 mute-stream@2.0.0:10 signal-exit wrap-ansi@9.0.2:12 yoctocolors-cjs
@inquirer/external-editor: chardet@2.1.1:60 iconv-lite
wrap-ansi: ansi-styles@6.2.3:10 string-width strip-ansi
@listr2/prompt-adapter-inquirer: @inquirer/type
listr2: cli-truncate@5.1.1:8 colorette@2.0.20:17 eventemitter3@5.0.1:75 log-update@6.1.0:10 rfdc@1.4.1:25 wrap-ansi
cli-truncate: slice-ansi@7.1.2:8 string-width
slice-ansi: ansi-styles is-fullwidth-code-point
log-update: ansi-escapes@7.2.0:12 cli-cursor slice-ansi strip-ansi wrap-ansi
ansi-escapes: environment@1.1.0:5
@modelcontextprotocol/sdk: ajv ajv-formats content-type cors cross-spawn@7.0.6:16 eventsource@3.0.7:70 eventsource-parser@3.0.6:55 express express-rate-limit@7.5.1:120 jose@6.1.3:250 pkce-challenge@5.0.0:20 raw-body zod zod-to-json-schema@3.25.0:130
cross-spawn: path-key@3.1.1:6 shebang-command@2.0.0:5 which@5.0.0:10
shebang-command: shebang-regex@3.0.0:4
which: isexe@3.1.1:30
eventsource: eventsource-parser
algoliasearch: @algolia/abtesting@1.6.1:260 @algolia/client-abtesting@5.40.1:280 @algolia/client-analytics@5.40.1:330 @algolia/client-common@5.40.1:190 @algolia/client-insights@5.40.1:270 @algolia/client-personalization@5.40.1:260 @algolia/client-query-suggestions@5.40.1:270 @algolia/client-search@5.40.1:1100 @algolia/ingestion@1.40.1:800 @algolia/monitoring@1.40.1:280 @algolia/recommend@5.40.1:330 @algolia/requester-browser-xhr@5.40.1:40 @algolia/requester-fetch@5.40.1:35 @algolia/requester-node-http@5.40.1:40
npm-package-arg: hosted-git-info@9.0.2:40 proc-log@6.1.0:10 semver validate-npm-package-name@7.0.0:12
hosted-git-info: lru-cache@11.2.4:800
pacote: @npmcli/git@7.0.1:40 @npmcli/installed-package-contents@4.0.0:12 @npmcli/package-json@7.0.4:50 @npmcli/promise-spawn@9.0.1:14 @npmcli/run-script@10.0.3:30 cacache@20.0.3:70 fs-minipass@3.0.3:15 minipass@7.1.2:170 npm-package-arg npm-packlist@10.0.3:20 npm-pick-manifest@11.0.3:16 npm-registry-fetch@19.1.1:55 proc-log promise-retry@2.0.1:12 sigstore@4.0.0:40 ssri@13.0.0:40 tar@7.5.2:1500
@npmcli/git: @npmcli/promise-spawn ini lru-cache npm-pick-manifest proc-log promise-retry semver which
@npmcli/installed-package-contents: npm-bundled@5.0.0:10 npm-normalize-package-bin@5.0.0:8
npm-bundled: npm-normalize-package-bin
@npmcli/package-json: @npmcli/git glob@13.0.0:480 hosted-git-info json-parse-even-better-errors@5.0.0:18 proc-log semver validate-npm-package-license@3.0.4:10
glob: minimatch minipass path-scurry@2.0.1:520
path-scurry: lru-cache minipass
validate-npm-package-license: spdx-correct@3.2.0:12 spdx-expression-parse@3.0.1:12
spdx-correct: spdx-expression-parse spdx-license-ids@3.0.22:10
spdx-expression-parse: spdx-exceptions@2.5.0:8 spdx-license-ids
@npmcli/promise-spawn: which
@npmcli/run-script: @npmcli/node-gyp@5.0.0:8 @npmcli/package-json @npmcli/promise-spawn node-gyp@12.1.0:1900 proc-log which
node-gyp: env-paths@2.2.1:9 exponential-backoff@3.1.3:50 graceful-fs@4.2.11:32 make-fetch-happen@15.0.3:60 nopt@9.0.0:28 proc-log semver tar tinyglobby which
nopt: abbrev@4.0.0:8
cacache: @npmcli/fs@5.0.0:30 fs-minipass glob lru-cache minipass minipass-collect@2.0.1:12 minipass-flush@1.0.5:8 minipass-pipeline@1.2.4:10 p-map@7.0.4:20 ssri unique-filename@5.0.0:8
minipass-flush: yallist@4.0.0:15
minipass-pipeline: yallist
unique-filename: unique-slug@6.0.0:8
unique-slug: imurmurhash@0.1.4:9
npm-packlist: ignore-walk@8.0.0:14 proc-log
ignore-walk: minimatch
npm-pick-manifest: npm-install-checks@8.0.0:12 npm-normalize-package-bin npm-package-arg semver
npm-registry-fetch: @npmcli/redact@4.0.0:12 jsonparse@1.3.1:70 make-fetch-happen minipass minipass-fetch@5.0.0:50 minizlib@3.1.0:150 npm-package-arg proc-log
make-fetch-happen: @npmcli/agent@4.0.0:20 cacache http-cache-semantics@4.2.0:45 minipass minipass-fetch minipass-flush minipass-pipeline negotiator proc-log promise-retry ssri
@npmcli/agent: agent-base@7.1.4:30 http-proxy-agent@7.0.2:25 https-proxy-agent@7.0.6:35 lru-cache socks-proxy-agent@8.0.5:25
http-proxy-agent: agent-base debug
https-proxy-agent: agent-base debug
socks-proxy-agent: agent-base debug socks@2.8.7:120
socks: ip-address@10.1.0:260 smart-buffer@4.2.0:120
minipass-fetch: minipass minipass-sized@1.0.3:10 minizlib
minizlib: minipass
promise-retry: err-code@2.0.3:8 retry@0.12.0:30
sigstore: @sigstore/bundle@4.0.0:35 @sigstore/core@3.0.0:110 @sigstore/protobuf-specs@0.5.0:540 @sigstore/sign@4.0.1:100 @sigstore/tuf@4.0.0:25 @sigstore/verify@3.0.0:80
@sigstore/bundle: @sigstore/protobuf-specs
@sigstore/sign: @sigstore/bundle @sigstore/core @sigstore/protobuf-specs make-fetch-happen proc-log promise-retry
@sigstore/tuf: @sigstore/protobuf-specs tuf-js@4.0.0:95
@sigstore/verify: @sigstore/bundle @sigstore/core @sigstore/protobuf-specs
tuf-js: @tufjs/models@4.0.0:60 debug make-fetch-happen
@tufjs/models: @tufjs/canonical-json@2.0.0:10 minimatch
ssri: minipass
fs-minipass: minipass
tar: @isaacs/fs-minipass@4.0.1:40 chownr@3.0.0:12 minipass minizlib yallist
@isaacs/fs-minipass: minipass
parse5-html-rewriting-stream: entities@6.0.1:600 parse5@8.0.0:420 parse5-sax-parser@8.0.0:40
parse5: entities
parse5-sax-parser: parse5
resolve: is-core-module@2.16.1:40 path-parse@1.0.7:7 supports-preserve-symlinks-flag@1.0.0:10
is-core-module: hasown
yargs: cliui@9.0.1:12 escalade@3.2.0:10 get-caller-file@2.0.5:8 string-width y18n@5.0.8:40 yargs-parser@22.0.0:80
cliui: string-width strip-ansi wrap-ansi
astro: @astrojs/compiler@2.13.0:2800 @astrojs/internal-helpers@0.7.5:30 @astrojs/markdown-remark@6.3.9:60 @astrojs/telemetry@3.3.0:30 @capsizecss/unpack@3.0.1:20 @oslojs/encoding@1.1.0:60 @rollup/pluginutils@5.3.0:40 acorn@8.15.0:540 aria-query@5.3.2:600 axobject-query@4.1.0:210 boxen@8.0.1:25 ci-info@4.3.1:30 clsx@2.1.1:8 common-ancestor-path@1.0.1:4 cookie cssesc@3.0.0:24 debug deterministic-object-hash@2.0.2:10 devalue@5.5.0:90 diff@5.2.0:420 dlv@1.1.3:20 dset@3.1.4:15 es-module-lexer@1.7.0:120 esbuild estree-walker@3.0.3:16 flattie@1.1.1:6 fontace@0.3.1:12 github-slugger@2.0.0:20 html-escaper@3.0.3:20 http-cache-semantics import-meta-resolve@4.2.0:50 js-yaml@4.1.1:420 magic-string magicast@0.5.1:120 mrmime@2.0.1:12 neotraverse@0.6.18:60 p-limit@6.2.0:8 p-queue@8.1.1:60 package-manager-detector@1.5.0:60 picocolors picomatch prompts@2.4.2:190 rehype@13.0.2:10 semver sharp@0.34.5:530 shiki@3.15.0:40 smol-toml@1.5.2:90 svgo@4.0.0:1600 tinyexec@1.0.2:30 tinyglobby tsconfck@3.1.6:60 ultrahtml@1.6.0:80 unifont@0.6.0:40 unist-util-visit@5.0.0:20 unstorage@1.17.3:500 vfile@6.0.3:40 vite vitefu@1.1.1:20 xxhash-wasm@1.1.0:40 yargs-parser yocto-spinner@0.2.3:10 zod zod-to-json-schema zod-to-ts@1.2.0:20
@astrojs/markdown-remark: @astrojs/internal-helpers @astrojs/prism@3.3.0:10 github-slugger hast-util-from-html@2.0.3:20 hast-util-to-text@4.0.2:20 import-meta-resolve js-yaml mdast-util-definitions@6.0.0:12 rehype-raw@7.0.0:10 rehype-stringify@10.0.1:10 remark-gfm@4.0.1:15 remark-parse@11.0.0:15 remark-rehype@11.1.2:20 remark-smartypants@3.0.2:12 shiki smol-toml unified@11.0.5:60 unist-util-remove-position@5.0.0:10 unist-util-visit unist-util-visit-parents@6.0.2:20 vfile
@astrojs/prism: prismjs@1.30.0:2100
@astrojs/telemetry: ci-info debug dlv dset is-docker@3.0.0:5 is-wsl@3.1.0:5 which-pm-runs@1.1.0:6
is-wsl: is-inside-container@1.0.0:5
is-inside-container: is-docker
@capsizecss/unpack: fontkit@2.0.4:8500
fontkit: @swc/helpers brotli@1.3.3:1500 clone@2.1.2:16 dfa@1.2.0:100 fast-deep-equal restructure@3.0.2:100 tiny-inflate@1.0.3:14 unicode-properties@1.4.1:80 unicode-trie@2.0.0:20
brotli: base64-js@1.5.1:10
unicode-properties: base64-js unicode-trie
unicode-trie: pako@0.2.9:180 tiny-inflate
@rollup/pluginutils: @types/estree@1.0.8:8 estree-walker picomatch
estree-walker: @types/estree
boxen: ansi-align@3.0.1:8 camelcase@8.0.0:10 chalk cli-boxes@3.0.0:10 string-width type-fest@4.41.0:3300 widest-line@5.0.0:5 wrap-ansi
ansi-align: string-width
widest-line: string-width
deterministic-object-hash: base-64@1.0.0:15
fontace: @types/fontkit@2.0.8:25 fontkit
@types/fontkit: @types/node@24.10.1:2400
@types/node: undici-types@7.16.0:90
js-yaml: argparse@2.0.1:110
magicast: @babel/parser@7.28.5:2000 @babel/types@7.28.5:2700 source-map-js
@babel/parser: @babel/types
@babel/types: @babel/helper-string-parser@7.27.1:25 @babel/helper-validator-identifier@7.28.5:40
p-limit: yocto-queue@1.2.2:8
p-queue: eventemitter3 p-timeout@6.1.4:12
prompts: kleur@3.0.3:20 sisteransi@1.0.5:12
rehype: @types/hast@3.0.4:20 rehype-parse@9.0.1:10 rehype-stringify unified
sharp: @img/colour@1.0.0:25 @img/sharp-linux-x64@0.34.5:500 detect-libc@2.1.2:20 semver
@img/sharp-linux-x64: @img/sharp-libvips-linux-x64@1.2.4:15800
shiki: @shikijs/core@3.15.0:380 @shikijs/engine-javascript@3.15.0:30 @shikijs/engine-oniguruma@3.15.0:650 @shikijs/langs@3.15.0:9800 @shikijs/themes@3.15.0:3600 @shikijs/types@3.15.0:60 @shikijs/vscode-textmate@10.0.2:170 @types/hast
@shikijs/core: @shikijs/types @shikijs/vscode-textmate @types/hast hast-util-to-html@9.0.5:60
@shikijs/engine-javascript: @shikijs/types @shikijs/vscode-textmate oniguruma-to-es@4.3.3:140
@shikijs/engine-oniguruma: @shikijs/types @shikijs/vscode-textmate
@shikijs/langs: @shikijs/types
@shikijs/themes: @shikijs/types
@shikijs/types: @shikijs/vscode-textmate @types/hast
oniguruma-to-es: oniguruma-parser@0.12.1:120 regex@6.0.1:60 regex-recursion@6.0.2:20
regex: regex-utilities@2.3.0:15
regex-recursion: regex-utilities
svgo: commander css-select@5.2.2:220 css-tree@3.1.0:1200 css-what@6.2.2:60 csso@5.0.5:800 picocolors sax@1.4.3:60
css-select: boolbase@1.0.0:5 css-what domhandler@5.0.3:70 domutils@3.2.2:170 nth-check@2.1.1:30
domhandler: domelementtype@2.3.0:10
domutils: dom-serializer@2.0.0:40 domelementtype domhandler
dom-serializer: domelementtype domhandler entities
nth-check: boolbase
css-tree: mdn-data@2.12.2:1300 source-map-js
csso: css-tree
unifont: css-tree ofetch@1.5.1:40 ohash@2.0.11:30
ofetch: destr@2.0.5:10 node-fetch-native@1.6.7:400 ufo@1.6.1:80
unist-util-visit: @types/unist@3.0.3:15 unist-util-is@6.0.1:20 unist-util-visit-parents
unist-util-visit-parents: @types/unist unist-util-is
unstorage: anymatch chokidar destr h3@1.15.4:400 lru-cache node-fetch-native ofetch ufo
h3: cookie-es@1.2.2:20 crossws@0.3.5:120 defu@6.1.4:12 destr iron-webcrypto@1.2.1:50 node-mock-http@1.0.3:40 radix3@1.1.2:40 ufo uncrypto@0.1.3:10
crossws: uncrypto
vfile: @types/unist vfile-message@4.0.3:15
vfile-message: @types/unist unist-util-stringify-position@4.0.0:10
unist-util-stringify-position: @types/unist
yocto-spinner: yoctocolors
zod-to-ts: zod
unified: @types/unist bail@2.0.2:8 devlop@1.1.0:10 extend@3.0.2:25 is-plain-obj@4.1.0:6 trough@2.2.0:12 vfile
devlop: dequal@2.0.3:10
hast-util-from-html: @types/hast devlop hast-util-from-parse5@8.0.3:30 parse5 vfile vfile-message
hast-util-from-parse5: @types/hast @types/unist devlop hastscript@9.0.1:30 property-information@7.1.0:90 vfile vfile-location@5.0.3:12 web-namespaces@2.0.1:8
hastscript: @types/hast comma-separated-tokens@2.0.3:8 hast-util-parse-selector@4.0.0:10 property-information space-separated-tokens@2.0.2:8
hast-util-to-text: @types/hast @types/unist hast-util-is-element@3.0.0:10 unist-util-find-after@5.0.0:10
mdast-util-definitions: @types/mdast@4.0.4:35 @types/unist unist-util-visit
@types/mdast: @types/unist
@types/hast: @types/unist
rehype-raw: @types/hast hast-util-raw@9.1.0:40 vfile
hast-util-raw: @types/hast @types/unist @ungap/structured-clone@1.3.0:20 hast-util-from-parse5 hast-util-to-parse5@8.0.0:20 html-void-elements@3.0.0:8 mdast-util-to-hast@13.2.0:80 parse5 unist-util-position@5.0.0:10 unist-util-visit vfile web-namespaces zwitch@2.0.4:8
hast-util-to-parse5: @types/hast comma-separated-tokens devlop property-information space-separated-tokens web-namespaces zwitch
rehype-stringify: @types/hast hast-util-to-html unified
hast-util-to-html: @types/hast @types/unist ccount@2.0.1:8 comma-separated-tokens hast-util-whitespace@3.0.0:8 html-void-elements mdast-util-to-hast property-information space-separated-tokens stringify-entities@4.0.4:40 zwitch
stringify-entities: character-entities-html4@2.1.0:20 character-entities-legacy@3.0.0:10
rehype-parse: @types/hast hast-util-from-html unified
remark-gfm: @types/mdast mdast-util-gfm@3.1.0:15 micromark-extension-gfm@3.0.0:12 remark-parse remark-stringify@11.0.0:12 unified
remark-parse: @types/mdast mdast-util-from-markdown@2.0.2:60 micromark-util-types@2.0.2:40 unified
remark-stringify: @types/mdast mdast-util-to-markdown@2.1.2:80 unified
remark-rehype: @types/hast @types/mdast mdast-util-to-hast unified vfile
remark-smartypants: retext@9.0.0:10 retext-smartypants@6.2.0:30 unified unist-util-visit
retext: @types/nlcst@2.0.3:10 retext-latin@4.0.0:10 retext-stringify@4.0.0:10 unified
retext-latin: @types/nlcst parse-latin@7.0.0:40 unified
retext-stringify: @types/nlcst nlcst-to-string@4.0.0:8 unified
parse-latin: @types/nlcst @types/unist nlcst-to-string unist-util-modify-children@4.0.0:8 unist-util-visit-children@3.0.0:8
unist-util-modify-children: @types/unist array-iterate@2.0.1:8
retext-smartypants: @types/nlcst nlcst-to-string unist-util-visit
mdast-util-from-markdown: @types/mdast @types/unist decode-named-character-reference@1.2.0:12 devlop mdast-util-to-string@4.0.0:8 micromark@4.0.2:120 micromark-util-decode-numeric-character-reference@2.0.2:8 micromark-util-decode-string@2.0.1:8 micromark-util-normalize-identifier@2.0.1:8 micromark-util-symbol@2.0.1:20 micromark-util-types unist-util-stringify-position
decode-named-character-reference: character-entities@2.0.2:50
micromark: @types/debug@4.1.12:10 debug decode-named-character-reference devlop micromark-core-commonmark@2.0.3:200 micromark-factory-space@2.0.1:8 micromark-util-character@2.1.1:20 micromark-util-chunked@2.0.1:8 micromark-util-combine-extensions@2.0.1:8 micromark-util-decode-numeric-character-reference micromark-util-encode@2.0.1:8 micromark-util-normalize-identifier micromark-util-resolve-all@2.0.1:8 micromark-util-sanitize-uri@2.0.1:10 micromark-util-subtokenize@2.1.0:20 micromark-util-symbol micromark-util-types
@types/debug: @types/ms@2.1.0:6
micromark-core-commonmark: decode-named-character-reference devlop micromark-factory-destination@2.0.1:8 micromark-factory-label@2.0.1:8 micromark-factory-space micromark-factory-title@2.0.1:8 micromark-factory-whitespace@2.0.1:8 micromark-util-character micromark-util-chunked micromark-util-classify-character@2.0.1:8 micromark-util-html-tag-name@2.0.1:8 micromark-util-normalize-identifier micromark-util-resolve-all micromark-util-subtokenize micromark-util-symbol micromark-util-types
mdast-util-gfm: mdast-util-from-markdown mdast-util-gfm-autolink-literal@2.0.1:15 mdast-util-gfm-footnote@2.1.0:15 mdast-util-gfm-strikethrough@2.0.0:10 mdast-util-gfm-table@2.0.0:12 mdast-util-gfm-task-list-item@2.0.0:10 mdast-util-to-markdown
mdast-util-gfm-autolink-literal: @types/mdast ccount devlop mdast-util-find-and-replace@3.0.2:15 micromark-util-character
mdast-util-find-and-replace: @types/mdast escape-string-regexp@5.0.0:5 unist-util-is unist-util-visit-parents
mdast-util-gfm-table: @types/mdast devlop markdown-table@3.0.4:20 mdast-util-from-markdown mdast-util-to-markdown
mdast-util-to-markdown: @types/mdast @types/unist longest-streak@3.1.0:8 mdast-util-phrasing@4.1.0:8 mdast-util-to-string micromark-util-classify-character micromark-util-decode-string unist-util-visit zwitch
micromark-extension-gfm: micromark-extension-gfm-autolink-literal@2.1.0:20 micromark-extension-gfm-footnote@2.1.0:25 micromark-extension-gfm-strikethrough@2.1.0:15 micromark-extension-gfm-table@2.1.1:40 micromark-extension-gfm-tagfilter@2.0.0:8 micromark-extension-gfm-task-list-item@2.1.0:12 micromark-util-combine-extensions micromark-util-types
mdast-util-to-hast: @types/hast @types/mdast @ungap/structured-clone devlop micromark-util-sanitize-uri trim-lines@3.0.1:6 unist-util-position unist-util-visit vfile
@vue/cli-service: @babel/helper-compilation-targets@7.27.2:110 @soda/friendly-errors-webpack-plugin@1.8.1:40 @soda/get-current-script@1.0.2:5 @types/minimist@1.2.5:8 @vue/cli-overlay@5.0.8:12 @vue/cli-plugin-router@5.0.8:25 @vue/cli-plugin-vuex@5.0.8:12 @vue/cli-shared-utils@5.0.8:40 @vue/component-compiler-utils@3.3.0:80 @vue/vue-loader-v15@15.11.1:170 @vue/web-component-wrapper@1.3.0:20 acorn acorn-walk@8.3.4:50 address@1.2.2:20 autoprefixer@10.4.21:200 browserslist@4.28.0:30 case-sensitive-paths-webpack-plugin@2.4.0:10 cli-highlight@2.1.11:60 clipboardy@2.3.0:700 cliui copy-webpack-plugin@9.1.0:70 css-loader@6.11.0:140 css-minimizer-webpack-plugin@3.4.1:80 cssnano@5.1.15:50 debug default-gateway@6.0.3:10 dotenv dotenv-expand@5.1.0:10 fs-extra@9.1.0:60 globby@11.1.0:25 hash-sum@2.0.0:8 html-webpack-plugin@5.6.4:120 is-file-esm@1.0.0:6 launch-editor-middleware@2.12.0:5 lodash.defaultsdeep@4.6.1:40 lodash.mapvalues@4.6.0:30 mini-css-extract-plugin@2.9.4:90 minimist@1.2.8:50 module-alias@2.2.3:20 portfinder@1.0.38:40 postcss postcss-loader@6.2.1:40 progress-webpack-plugin@1.0.16:20 ssri terser-webpack-plugin@5.3.14:70 thread-loader@3.0.4:60 vue-loader@17.4.2:130 vue-style-loader@4.1.3:20 webpack@5.103.0:5600 webpack-bundle-analyzer@4.10.2:1200 webpack-chain@6.5.1:80 webpack-dev-server@4.15.2:500 webpack-merge@5.10.0:40 webpack-virtual-modules@0.4.6:20 whatwg-fetch@3.6.20:60
@babel/helper-compilation-targets: @babel/compat-data@7.28.5:60 @babel/helper-validator-option@7.27.1:10 browserslist lru-cache semver
browserslist: baseline-browser-mapping@2.8.30:100 caniuse-lite electron-to-chromium@1.5.259:170 node-releases@2.0.27:40 update-browserslist-db@1.1.4:20
update-browserslist-db: escalade picocolors
@soda/friendly-errors-webpack-plugin: chalk error-stack-parser@2.1.4:20 string-width strip-ansi
error-stack-parser: stackframe@1.3.4:20
@vue/cli-shared-utils: @achrinza/node-ipc@9.2.9:70 chalk execa@1.0.0:20 joi@17.13.3:530 launch-editor@2.12.0:20 lru-cache node-fetch@2.7.0:50 open@8.4.2:50 ora read-pkg@5.2.0:10 semver strip-ansi
@achrinza/node-ipc: @node-ipc/js-queue@2.0.3:10 event-pubsub@4.3.0:15 js-message@1.0.7:8
@node-ipc/js-queue: easy-stack@1.0.1:8
execa: cross-spawn get-stream@4.1.0:10 is-stream@1.1.0:5 npm-run-path@2.0.2:5 p-finally@1.0.0:5 signal-exit strip-eof@1.0.0:4
get-stream: pump@3.0.3:8
pump: end-of-stream@1.4.5:8 once
end-of-stream: once
npm-run-path: path-key
joi: @hapi/hoek@9.3.0:60 @hapi/topo@5.1.0:10 @sideway/address@4.1.5:30 @sideway/formula@3.0.1:20 @sideway/pinpoint@2.0.0:8
@hapi/topo: @hapi/hoek
@sideway/address: @hapi/hoek
launch-editor: picocolors shell-quote@1.8.3:30
node-fetch: whatwg-url@5.0.0:20
whatwg-url: tr46@0.0.3:10 webidl-conversions@3.0.1:12
open: define-lazy-prop@2.0.0:5 is-docker is-wsl
read-pkg: @types/normalize-package-data@2.4.4:8 normalize-package-data@2.5.0:20 parse-json@5.2.0:10 type-fest
normalize-package-data: hosted-git-info resolve semver validate-npm-package-license
parse-json: @babel/code-frame@7.27.1:15 error-ex@1.3.4:10 json-parse-even-better-errors lines-and-columns@1.2.4:10
@babel/code-frame: @babel/helper-validator-identifier js-tokens@4.0.0:12 picocolors
error-ex: is-arrayish@0.2.1:5
@vue/component-compiler-utils: consolidate@0.15.1:60 hash-sum lru-cache merge-source-map@1.1.0:8 postcss postcss-selector-parser@6.1.2:100 source-map vue-template-es2015-compiler@1.9.1:200 prettier@2.8.8:11000
consolidate: bluebird@3.7.2:560
merge-source-map: source-map
postcss-selector-parser: cssesc util-deprecate@1.0.2:6
@vue/vue-loader-v15: @vue/component-compiler-utils hash-sum loader-utils@2.0.4:40 vue-hot-reload-api@2.3.4:20 vue-style-loader
loader-utils: big.js@5.2.2:40 emojis-list@3.0.0:8 json5@2.2.3:230
autoprefixer: browserslist caniuse-lite fraction.js@4.3.7:60 normalize-range@0.1.2:8 picocolors postcss-value-parser@4.2.0:30
cli-highlight: chalk highlight.js@10.7.3:3000 mz@2.7.0:15 parse5 parse5-htmlparser2-tree-adapter@6.0.1:20 yargs
mz: any-promise@1.3.0:10 object-assign thenify-all@1.6.0:5
thenify-all: thenify@3.3.1:5
thenify: any-promise
parse5-htmlparser2-tree-adapter: parse5
clipboardy: arch@2.2.0:8 execa is-wsl
copy-webpack-plugin: fast-glob@3.3.3:100 glob-parent globby normalize-path schema-utils@3.3.0:60 serialize-javascript@6.0.2:20
fast-glob: @nodelib/fs.stat@2.0.5:12 @nodelib/fs.walk@1.2.8:25 glob-parent merge2@1.4.1:10 micromatch@4.0.8:50
@nodelib/fs.walk: @nodelib/fs.scandir@2.1.5:25 fastq@1.19.1:60
@nodelib/fs.scandir: @nodelib/fs.stat run-parallel@1.2.0:8
run-parallel: queue-microtask@1.2.3:8
fastq: reusify@1.1.0:12
micromatch: braces picomatch
schema-utils: @types/json-schema@7.0.15:40 ajv ajv-formats ajv-keywords@5.1.0:70
ajv-keywords: fast-deep-equal
serialize-javascript: randombytes@2.1.0:8
randombytes: safe-buffer@5.2.1:30
css-loader: icss-utils@5.1.0:10 postcss postcss-modules-extract-imports@3.1.0:10 postcss-modules-local-by-default@4.2.0:25 postcss-modules-scope@3.2.1:15 postcss-modules-values@4.0.0:10 postcss-value-parser semver
postcss-modules-local-by-default: icss-utils postcss-selector-parser postcss-value-parser
postcss-modules-scope: postcss-selector-parser
postcss-modules-values: icss-utils
css-minimizer-webpack-plugin: cssnano jest-worker@27.5.1:40 postcss schema-utils serialize-javascript source-map
jest-worker: @types/node merge-stream@2.0.0:8 supports-color
cssnano: cssnano-preset-default@5.2.14:20 lilconfig@2.1.0:20 yaml@1.10.2:300
cssnano-preset-default: css-declaration-sorter@6.4.1:60 cssnano-utils@3.1.0:12 postcss-calc@8.2.4:60 postcss-colormin@5.3.1:12 postcss-convert-values@5.1.3:15 postcss-discard-comments@5.1.2:10 postcss-discard-duplicates@5.1.0:8 postcss-discard-empty@5.1.1:8 postcss-discard-overridden@5.1.0:8 postcss-merge-longhand@5.1.7:30 postcss-merge-rules@5.1.4:15 postcss-minify-font-values@5.1.0:12 postcss-minify-gradients@5.1.1:12 postcss-minify-params@5.1.4:12 postcss-minify-selectors@5.2.1:12 postcss-normalize-charset@5.1.0:8 postcss-normalize-display-values@5.1.0:10 postcss-normalize-positions@5.1.1:10 postcss-normalize-repeat-style@5.1.1:10 postcss-normalize-string@5.1.0:10 postcss-normalize-timing-functions@5.1.0:10 postcss-normalize-unicode@5.1.1:10 postcss-normalize-url@5.1.0:10 postcss-normalize-whitespace@5.1.1:10 postcss-ordered-values@5.1.3:12 postcss-reduce-initial@5.1.2:20 postcss-reduce-transforms@5.1.0:10 postcss-svgo@5.1.0:10 postcss-unique-selectors@5.1.1:8
postcss-calc: postcss-selector-parser postcss-value-parser
postcss-colormin: browserslist caniuse-api@3.0.0:10 colord@2.9.3:150 postcss-value-parser
caniuse-api: browserslist caniuse-lite lodash.memoize@4.1.2:20 lodash.uniq@4.5.0:20
postcss-merge-longhand: postcss-value-parser stylehacks@5.1.1:20
stylehacks: browserslist postcss-selector-parser
postcss-merge-rules: browserslist caniuse-api cssnano-utils postcss-selector-parser
postcss-minify-gradients: colord cssnano-utils postcss-value-parser
postcss-normalize-url: normalize-url@6.1.0:25 postcss-value-parser
postcss-svgo: postcss-value-parser svgo
html-webpack-plugin: @types/html-minifier-terser@6.1.0:12 html-minifier-terser@6.1.0:80 lodash pretty-error@4.0.0:30 tapable@2.3.0:70
html-minifier-terser: camel-case@4.1.2:15 clean-css@5.3.3:450 commander he@1.2.0:120 param-case@3.0.4:15 relateurl@0.2.7:20 terser@5.44.1:2100
camel-case: pascal-case@3.1.2:15 tslib
pascal-case: no-case@3.0.4:20 tslib
no-case: lower-case@2.0.2:10 tslib
lower-case: tslib
param-case: dot-case@3.0.4:15 tslib
dot-case: no-case tslib
clean-css: source-map
terser: @jridgewell/source-map@0.3.11:30 acorn commander source-map-support@0.5.21:60
@jridgewell/source-map: @jridgewell/gen-mapping@0.3.13:70 @jridgewell/trace-mapping@0.3.31:90
@jridgewell/gen-mapping: @jridgewell/sourcemap-codec @jridgewell/trace-mapping
@jridgewell/trace-mapping: @jridgewell/resolve-uri@3.1.2:20 @jridgewell/sourcemap-codec
source-map-support: buffer-from@1.1.2:8 source-map
pretty-error: lodash renderkid@3.0.0:40
renderkid: css-select dom-converter@0.2.0:30 htmlparser2@6.1.0:140 lodash strip-ansi
dom-converter: utila@0.4.0:20
htmlparser2: domelementtype domhandler domutils entities
mini-css-extract-plugin: schema-utils tapable
portfinder: async@3.2.6:800 debug
postcss-loader: cosmiconfig@7.1.0:60 klona@2.0.6:10 semver
cosmiconfig: @types/parse-json@4.0.2:8 import-fresh@3.3.1:8 parse-json path-type@4.0.0:8 yaml
import-fresh: parent-module@1.0.1:5 resolve-from@4.0.0:8
parent-module: callsites@3.1.0:8
progress-webpack-plugin: chalk figures@2.0.0:10 log-update
figures: escape-string-regexp
terser-webpack-plugin: @jridgewell/trace-mapping jest-worker schema-utils serialize-javascript terser
thread-loader: json-parse-better-errors@1.0.2:10 loader-runner@4.3.1:20 loader-utils neo-async@2.6.2:300 schema-utils
vue-loader: chalk hash-sum watchpack@2.4.4:30
watchpack: glob-to-regexp@0.4.1:10 graceful-fs
vue-style-loader: hash-sum loader-utils
webpack: @types/eslint-scope@3.7.7:8 @types/estree @types/json-schema @webassemblyjs/ast@1.14.1:60 @webassemblyjs/wasm-edit@1.14.1:60 @webassemblyjs/wasm-parser@1.14.1:80 acorn acorn-import-phases@1.0.4:10 browserslist chrome-trace-event@1.0.4:20 enhanced-resolve@5.18.3:150 es-module-lexer eslint-scope@5.1.1:40 events@3.3.0:20 glob-to-regexp graceful-fs json-parse-even-better-errors loader-runner mime-types neo-async schema-utils tapable terser-webpack-plugin watchpack webpack-sources@3.3.3:80
@types/eslint-scope: @types/eslint@9.6.1:200 @types/estree
@types/eslint: @types/estree @types/json-schema
@webassemblyjs/ast: @webassemblyjs/helper-numbers@1.13.2:15 @webassemblyjs/helper-wasm-bytecode@1.13.2:12
@webassemblyjs/helper-numbers: @webassemblyjs/floating-point-hex-parser@1.13.2:12 @webassemblyjs/helper-api-error@1.13.2:8 @xtuc/long@4.2.2:60
@webassemblyjs/wasm-edit: @webassemblyjs/ast @webassemblyjs/helper-buffer@1.14.1:10 @webassemblyjs/helper-wasm-bytecode @webassemblyjs/helper-wasm-section@1.14.1:10 @webassemblyjs/wasm-gen@1.14.1:30 @webassemblyjs/wasm-opt@1.14.1:15 @webassemblyjs/wasm-parser @webassemblyjs/wast-printer@1.14.1:30
@webassemblyjs/helper-wasm-section: @webassemblyjs/ast @webassemblyjs/helper-buffer @webassemblyjs/helper-wasm-bytecode @webassemblyjs/wasm-gen
@webassemblyjs/wasm-gen: @webassemblyjs/ast @webassemblyjs/helper-wasm-bytecode @webassemblyjs/ieee754@1.13.2:10 @webassemblyjs/leb128@1.13.2:15 @webassemblyjs/utf8@1.13.2:10
@webassemblyjs/ieee754: @xtuc/ieee754@1.2.0:10
@webassemblyjs/leb128: @xtuc/long
@webassemblyjs/wasm-opt: @webassemblyjs/ast @webassemblyjs/helper-buffer @webassemblyjs/wasm-gen @webassemblyjs/wasm-parser
@webassemblyjs/wasm-parser: @webassemblyjs/ast @webassemblyjs/helper-api-error @webassemblyjs/helper-wasm-bytecode @webassemblyjs/ieee754 @webassemblyjs/leb128 @webassemblyjs/utf8
@webassemblyjs/wast-printer: @webassemblyjs/ast @xtuc/long
enhanced-resolve: graceful-fs tapable
eslint-scope: esrecurse@4.3.0:10 estraverse@4.3.0:40
esrecurse: estraverse
webpack-bundle-analyzer: @discoveryjs/json-ext@0.5.7:60 acorn acorn-walk commander debounce@1.2.1:8 escape-string-regexp gzip-size@6.0.0:8 html-escaper is-plain-object@5.0.0:8 opener@1.5.2:10 picocolors sirv@2.0.4:20 ws@8.18.3:150
acorn-walk: acorn
gzip-size: duplexer@0.1.2:8
sirv: @polka/url@1.0.0-next.29:8 mrmime totalist@3.0.1:8
webpack-chain: deepmerge@4.3.1:30 javascript-stringify@2.1.0:30
webpack-merge: clone-deep@4.0.1:8 flat@5.0.2:20 wildcard@2.0.1:8
clone-deep: is-plain-object kind-of@6.0.3:15 shallow-clone@3.0.1:8
shallow-clone: kind-of
webpack-dev-server: @types/bonjour@3.5.13:8 @types/connect-history-api-fallback@1.5.4:8 @types/express@4.17.25:10 @types/serve-index@1.9.4:8 @types/serve-static@1.15.10:10 @types/sockjs@0.3.36:8 @types/ws@8.18.1:15 ansi-html-community@0.0.8:10 bonjour-service@1.3.0:80 chokidar colorette compression@1.8.1:25 connect-history-api-fallback@2.0.0:15 default-gateway express graceful-fs html-entities@2.6.0:150 http-proxy-middleware@2.0.9:60 ipaddr.js launch-editor open p-retry@4.6.2:12 rimraf@3.0.2:15 schema-utils selfsigned@2.4.1:20 serve-index@1.9.1:30 sockjs@0.3.24:60 spdy@4.0.2:50 webpack-dev-middleware@5.3.4:60 ws
@types/bonjour: @types/node
@types/connect-history-api-fallback: @types/express-serve-static-core@4.19.7:40 @types/node
@types/express: @types/body-parser@1.19.6:10 @types/express-serve-static-core @types/qs@6.14.0:10 @types/serve-static
@types/express-serve-static-core: @types/node @types/qs @types/range-parser@1.2.7:8 @types/send@1.2.1:8
@types/body-parser: @types/connect@3.4.38:8 @types/node
@types/connect: @types/node
@types/send: @types/node
@types/serve-index: @types/express
@types/serve-static: @types/http-errors@2.0.5:8 @types/node @types/send
@types/sockjs: @types/node
@types/ws: @types/node
bonjour-service: fast-deep-equal multicast-dns@7.2.5:30
multicast-dns: dns-packet@5.6.1:40 thunky@1.1.0:8
dns-packet: @leichtgewicht/ip-codec@2.0.5:30
compression: bytes compressible@2.0.18:10 debug negotiator on-headers@1.1.0:8 safe-buffer vary
compressible: mime-db
default-gateway: execa
http-proxy-middleware: @types/http-proxy@1.17.17:15 http-proxy@1.18.1:70 is-glob is-plain-obj micromatch
@types/http-proxy: @types/node
http-proxy: eventemitter3 follow-redirects requires-port@1.0.0:6
p-retry: @types/retry@0.12.0:8 retry
rimraf: glob
selfsigned: @types/node-forge@1.3.14:40 node-forge@1.3.1:1700
@types/node-forge: @types/node
serve-index: accepts batch@0.6.1:8 debug escape-html http-errors mime-types parseurl
sockjs: faye-websocket@0.11.4:30 uuid@8.3.2:120 websocket-driver@0.7.4:70
faye-websocket: websocket-driver
websocket-driver: http-parser-js@0.5.10:40 safe-buffer websocket-extensions@0.1.4:20
spdy: debug handle-thing@2.0.1:10 http-deceiver@1.2.7:10 select-hose@2.0.0:8 spdy-transport@3.0.0:80
spdy-transport: debug detect-node@2.1.0:5 hpack.js@2.1.6:50 obuf@1.1.2:20 readable-stream@3.6.2:100 wbuf@1.7.3:20
hpack.js: inherits obuf readable-stream wbuf
readable-stream: inherits string_decoder@1.3.0:15 util-deprecate
string_decoder: safe-buffer
wbuf: minimalistic-assert@1.0.1:5
webpack-dev-middleware: colorette memfs@3.5.3:150 mime-types range-parser schema-utils
memfs: fs-monkey@1.1.0:20
fs-extra: at-least-node@1.0.0:5 graceful-fs jsonfile@6.2.0:15 universalify@2.0.1:8
jsonfile: graceful-fs universalify
globby: array-union@2.1.0:5 dir-glob@3.0.1:8 fast-glob ignore@5.3.2:60 merge2 slash@3.0.0:5
dir-glob: path-type
vue@3.5.25:2400: @vue/compiler-dom@3.5.25:700 @vue/compiler-sfc@3.5.25:1900 @vue/runtime-dom@3.5.25:450 @vue/server-renderer@3.5.25:180 @vue/shared@3.5.25:200
@vue/compiler-dom: @vue/compiler-core@3.5.25:1300 @vue/shared
@vue/compiler-core: @babel/parser @vue/shared entities estree-walker source-map-js
@vue/compiler-sfc: @babel/parser @vue/compiler-core @vue/compiler-dom @vue/compiler-ssr@3.5.25:200 @vue/shared estree-walker magic-string postcss source-map-js
@vue/compiler-ssr: @vue/compiler-dom @vue/shared
@vue/runtime-dom: @vue/reactivity@3.5.25:400 @vue/runtime-core@3.5.25:1200 @vue/shared csstype@3.2.3:1300
@vue/runtime-core: @vue/reactivity @vue/shared
@vue/reactivity: @vue/shared
@vue/server-renderer: @vue/compiler-ssr @vue/shared
@vue/cli: @types/ejs@3.1.5:8 @types/inquirer@8.2.12:30 @vue/cli-shared-utils @vue/cli-ui@5.0.8:2600 @vue/cli-ui-addon-webpack@5.0.8:900 @vue/cli-ui-addon-widgets@5.0.8:500 boxen commander debug deepmerge download-git-repo@3.0.2:8 ejs@3.1.10:140 envinfo@7.20.0:230 fs-extra globby import-global@0.1.0:5 ini inquirer@8.2.7:90 isbinaryfile@4.0.10:20 javascript-stringify js-yaml leven@3.1.0:5 lodash.clonedeep@4.5.0:40 lru-cache minimist recast@0.20.5:120 resolve shortid@2.2.17:20 slash validate-npm-package-name vue vue-codemod@0.0.5:60 yaml-front-matter@4.1.1:20
@types/inquirer: @types/through@0.0.33:5 rxjs
@types/through: @types/node
ejs: jake@10.9.4:80
jake: async filelist@1.0.4:15 picocolors
filelist: minimatch
import-global: global-dirs@0.1.1:5
global-dirs: ini
inquirer: ansi-escapes chalk cli-cursor cli-width external-editor@3.1.0:20 figures lodash mute-stream ora run-async@2.4.1:10 rxjs string-width strip-ansi through@2.3.8:12 wrap-ansi
external-editor: chardet iconv-lite tmp@0.0.33:30
tmp: os-tmpdir@1.0.2:5
recast: ast-types@0.14.2:600 esprima@4.0.1:300 source-map tslib
ast-types: tslib
shortid: nanoid
yaml-front-matter: commander js-yaml
download-git-repo: download@7.1.0:12 git-clone@0.1.0:5 rimraf
download: archive-type@4.0.0:5 caw@2.0.1:6 content-disposition decompress@4.2.1:10 ext-name@5.0.0:5 file-type@8.1.0:30 filenamify@2.1.0:6 get-stream got@8.3.2:40 make-dir@1.3.0:8 p-event@2.3.1:8 pify@3.0.0:8
archive-type: file-type
caw: get-proxy@2.1.0:5 isurl@1.0.0:5 tunnel-agent@0.6.0:12 url-to-options@1.0.1:5
get-proxy: npm-conf@1.1.3:10
npm-conf: config-chain@1.1.13:15 pify
config-chain: ini proto-list@1.2.4:5
isurl: has-to-string-tag-x@1.4.1:8 is-object@1.0.2:5
has-to-string-tag-x: has-symbol-support-x@1.4.2:8
tunnel-agent: safe-buffer
decompress: decompress-tar@4.1.1:5 decompress-tarbz2@4.1.1:5 decompress-targz@4.1.1:5 decompress-unzip@4.0.1:5 graceful-fs make-dir pify strip-dirs@2.1.0:5
decompress-tar: file-type is-stream tar-stream@1.6.2:40
tar-stream: bl@1.2.3:20 buffer-alloc@1.2.0:5 end-of-stream fs-constants@1.0.0:5 readable-stream to-buffer@1.2.1:5 xtend@4.0.2:5
bl: readable-stream safe-buffer
buffer-alloc: buffer-alloc-unsafe@1.1.0:5 buffer-fill@1.0.0:5
decompress-tarbz2: decompress-tar file-type is-stream seek-bzip@1.0.6:30 unbzip2-stream@1.4.3:20
seek-bzip: commander
unbzip2-stream: buffer@5.7.1:60 through
buffer: base64-js ieee754@1.2.1:10
decompress-targz: decompress-tar file-type is-stream
decompress-unzip: file-type get-stream pify yauzl@2.10.0:40
yauzl: buffer-crc32@0.2.13:10 fd-slicer@1.1.0:10
fd-slicer: pend@1.2.0:8
strip-dirs: is-natural-number@4.0.1:5
ext-name: ext-list@2.2.2:20 sort-keys-length@1.0.1:5
ext-list: mime-db
sort-keys-length: sort-keys@1.1.2:5
sort-keys: is-plain-obj
filenamify: filename-reserved-regex@2.0.0:5 strip-outer@1.0.1:5 trim-repeated@1.0.0:5
strip-outer: escape-string-regexp
trim-repeated: escape-string-regexp
got: @sindresorhus/is@0.7.0:20 cacheable-request@2.1.4:15 decompress-response@3.3.0:5 duplexer3@0.1.5:5 get-stream into-stream@3.1.0:5 is-retry-allowed@1.2.0:5 isurl lowercase-keys@1.0.1:5 mimic-response@1.0.1:5 p-cancelable@0.4.1:8 p-timeout pify safe-buffer timed-out@4.0.1:5 url-parse-lax@3.0.0:5 url-to-options
cacheable-request: clone-response@1.0.2:5 get-stream http-cache-semantics keyv@3.0.0:8 lowercase-keys normalize-url query-string@5.1.1:15 responselike@1.0.2:5
clone-response: mimic-response
keyv: json-buffer@3.0.0:5
query-string: decode-uri-component@0.2.2:8 object-assign strict-uri-encode@1.1.0:5
responselike: lowercase-keys
decompress-response: mimic-response
into-stream: from2@2.3.0:8 p-is-promise@1.1.0:5
from2: inherits readable-stream
url-parse-lax: prepend-http@2.0.0:5
p-event: p-timeout
vue-codemod: @babel/core@7.28.5:900 @babel/generator@7.28.5:300 @babel/parser @babel/types @types/jscodeshift@0.7.2:20 @vue/compiler-core @vue/compiler-dom debug globby inquirer jscodeshift@0.11.0:300 lru-cache vue-eslint-parser@8.3.0:600 yargs
@babel/core: @babel/code-frame @babel/generator @babel/helper-compilation-targets @babel/helper-module-transforms@7.28.3:60 @babel/helpers@7.28.4:250 @babel/parser @babel/template@7.27.2:60 @babel/traverse@7.28.5:600 @babel/types @jridgewell/remapping@2.3.5:20 convert-source-map@2.0.0:8 debug gensync@1.0.0-beta.2:20 json5 semver
@jridgewell/remapping: @jridgewell/gen-mapping @jridgewell/trace-mapping
@babel/generator: @babel/parser @babel/types @jridgewell/gen-mapping @jridgewell/trace-mapping jsesc@3.1.0:40
@babel/helper-module-transforms: @babel/helper-module-imports@7.27.1:40 @babel/helper-validator-identifier @babel/traverse
@babel/helper-module-imports: @babel/traverse @babel/types
@babel/helpers: @babel/template @babel/types
@babel/template: @babel/code-frame @babel/parser @babel/types
@babel/traverse: @babel/code-frame @babel/generator @babel/helper-globals@7.28.0:40 @babel/parser @babel/template @babel/types debug
@types/jscodeshift: ast-types recast
jscodeshift: @babel/core @babel/parser @babel/plugin-proposal-class-properties@7.18.6:10 @babel/plugin-proposal-nullish-coalescing-operator@7.18.6:10 @babel/plugin-proposal-optional-chaining@7.21.0:20 @babel/plugin-transform-modules-commonjs@7.27.1:30 @babel/preset-flow@7.27.1:10 @babel/preset-typescript@7.28.5:20 @babel/register@7.28.3:30 babel-core@7.0.0-bridge.0:5 colors@1.4.0:40 flow-parser@0.291.0:1100 graceful-fs micromatch neo-async node-dir@0.1.17:15 recast temp@0.8.4:20 write-file-atomic@2.4.3:15
@babel/plugin-proposal-class-properties: @babel/helper-create-class-features-plugin@7.28.5:120 @babel/helper-plugin-utils@7.27.1:10
@babel/helper-create-class-features-plugin: @babel/helper-annotate-as-pure@7.27.3:8 @babel/helper-member-expression-to-functions@7.28.5:30 @babel/helper-optimise-call-expression@7.27.1:8 @babel/helper-replace-supers@7.27.1:20 @babel/helper-skip-transparent-expression-wrappers@7.27.1:8 @babel/traverse semver
@babel/helper-annotate-as-pure: @babel/types
@babel/helper-member-expression-to-functions: @babel/traverse @babel/types
@babel/helper-optimise-call-expression: @babel/types
@babel/helper-replace-supers: @babel/helper-member-expression-to-functions @babel/helper-optimise-call-expression @babel/traverse
@babel/helper-skip-transparent-expression-wrappers: @babel/traverse @babel/types
@babel/plugin-proposal-nullish-coalescing-operator: @babel/helper-plugin-utils @babel/plugin-syntax-nullish-coalescing-operator@7.8.3:8
@babel/plugin-proposal-optional-chaining: @babel/helper-plugin-utils @babel/helper-skip-transparent-expression-wrappers @babel/plugin-syntax-optional-chaining@7.8.3:8
@babel/plugin-transform-modules-commonjs: @babel/helper-module-transforms @babel/helper-plugin-utils
@babel/preset-flow: @babel/helper-plugin-utils @babel/helper-validator-option @babel/plugin-transform-flow-strip-types@7.27.1:10
@babel/plugin-transform-flow-strip-types: @babel/helper-plugin-utils @babel/plugin-syntax-flow@7.27.1:8
@babel/preset-typescript: @babel/helper-plugin-utils @babel/helper-validator-option @babel/plugin-syntax-jsx@7.27.1:8 @babel/plugin-transform-modules-commonjs @babel/plugin-transform-typescript@7.28.5:60
@babel/plugin-transform-typescript: @babel/helper-annotate-as-pure @babel/helper-create-class-features-plugin @babel/helper-plugin-utils @babel/helper-skip-transparent-expression-wrappers @babel/plugin-syntax-typescript@7.27.1:8
@babel/register: clone-deep find-cache-dir@2.1.0:10 make-dir pirates@4.0.7:15 source-map-support
find-cache-dir: commondir@1.0.1:5 make-dir pkg-dir@3.0.0:5
pkg-dir: find-up@3.0.0:5
find-up: locate-path@3.0.0:5
locate-path: p-locate@3.0.0:5 path-exists@3.0.0:5
p-locate: p-limit
node-dir: minimatch
temp: rimraf
write-file-atomic: graceful-fs imurmurhash signal-exit
vue-eslint-parser: debug eslint-scope eslint-visitor-keys@3.4.3:40 espree@9.6.1:60 esquery@1.6.0:200 lodash semver
espree: acorn acorn-jsx@5.3.2:20 eslint-visitor-keys
esquery: estraverse
@vue/cli-ui: @achrinza/node-ipc @akryum/winattr@3.0.0:10 @graphql-tools/schema@8.5.1:60 @vue/cli-shared-utils apollo-server-express@3.13.0:60 clone deepmerge express express-history-api-fallback@2.2.1:5 fkill@7.2.1:10 fs-extra globby graphql@15.10.1:1500 graphql-subscriptions@1.2.1:20 graphql-tag@2.12.6:60 graphql-type-json@0.3.2:10 javascript-stringify js-yaml lodash.merge@4.6.2:50 lowdb@1.0.0:40 lru-cache node-notifier@10.0.1:1200 parse-git-config@3.0.0:10 portfinder prismjs rss-parser@3.13.0:300 shortid subscriptions-transport-ws@0.11.0:300 typescript
@akryum/winattr: fswin@2.17.1227:500
@graphql-tools/schema: @graphql-tools/merge@8.3.1:80 @graphql-tools/utils@8.9.0:200 tslib value-or-promise@1.0.11:10
@graphql-tools/merge: @graphql-tools/utils tslib
@graphql-tools/utils: tslib
apollo-server-express: @types/accepts@1.3.7:5 @types/body-parser @types/cors@2.8.12:5 @types/express @types/express-serve-static-core accepts apollo-server-core@3.13.0:300 apollo-server-types@3.8.0:20 body-parser cors parseurl
apollo-server-core: @apollo/utils.keyvaluecache@1.0.2:10 @apollo/utils.logger@1.0.1:5 @apollo/utils.usagereporting@1.0.1:30 @apollographql/apollo-tools@0.5.4:50 @apollographql/graphql-playground-html@1.6.29:60 @graphql-tools/mock@8.7.20:80 @graphql-tools/schema @josephg/resolvable@1.0.1:5 apollo-datasource@3.3.2:10 apollo-reporting-protobuf@3.4.0:600 apollo-server-env@4.2.1:10 apollo-server-errors@3.3.1:10 apollo-server-plugin-base@3.7.2:10 apollo-server-types async-retry@1.3.3:10 fast-json-stable-stringify@2.1.0:15 graphql-tag loglevel@1.9.2:80 lru-cache node-abort-controller@3.1.1:10 sha.js@2.4.12:40 uuid whatwg-mimetype@3.0.0:20
@types/accepts: @types/node
@types/cors: @types/node
@apollo/utils.keyvaluecache: @apollo/utils.logger lru-cache
@apollo/utils.usagereporting: @apollo/utils.dropunuseddefinitions@1.1.0:5 @apollo/utils.printwithreducedwhitespace@1.1.0:5 @apollo/utils.removealiases@1.0.0:5 @apollo/utils.sortast@1.1.0:5 @apollo/utils.stripsensitiveliterals@1.2.0:5 apollo-reporting-protobuf
@apollo/utils.sortast: lodash.sortby@4.7.0:20
apollo-reporting-protobuf: @apollo/protobufjs@1.2.7:500
@apollo/protobufjs: @protobufjs/aspromise@1.1.2:5 @protobufjs/base64@1.1.2:5 @protobufjs/codegen@2.0.4:8 @protobufjs/eventemitter@1.1.0:5 @protobufjs/fetch@1.1.0:5 @protobufjs/float@1.0.2:10 @protobufjs/inquire@1.1.0:5 @protobufjs/path@1.1.2:5 @protobufjs/pool@1.1.0:5 @protobufjs/utf8@1.1.0:5 @types/long@4.0.2:10 long@4.0.0:40
@protobufjs/fetch: @protobufjs/aspromise @protobufjs/inquire
@graphql-tools/mock: @graphql-tools/schema @graphql-tools/utils fast-json-stable-stringify tslib
apollo-datasource: @apollo/utils.keyvaluecache apollo-server-env
apollo-server-env: node-fetch
apollo-server-plugin-base: apollo-server-types
apollo-server-types: @apollo/utils.keyvaluecache @apollo/utils.logger apollo-reporting-protobuf apollo-server-env
async-retry: retry
sha.js: inherits safe-buffer to-buffer
fkill: aggregate-error@3.1.0:10 arrify@2.0.1:5 execa pid-port@0.1.1:5 process-exists@4.1.0:5 ps-list@7.2.0:10 taskkill@3.1.0:5
aggregate-error: clean-stack@2.2.0:5 indent-string@4.0.0:5
process-exists: ps-list
taskkill: arrify execa
pid-port: execa
lowdb: graceful-fs is-promise lodash pify steno@0.4.4:5
steno: graceful-fs
node-notifier: growly@1.3.0:10 is-wsl semver shellwords@0.1.1:5 uuid which
parse-git-config: git-config-path@2.0.0:5 ini
rss-parser: entities xml2js@0.5.0:60
xml2js: sax xmlbuilder@11.0.1:100
subscriptions-transport-ws: backo2@1.0.2:5 eventemitter3 iterall@1.3.0:30 symbol-observable@1.2.0:10 ws
graphql-tag: tslib
`;
