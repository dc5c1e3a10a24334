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
`;
