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
`;
