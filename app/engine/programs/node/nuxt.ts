/**
 * nuxt / nuxi (Nuxt 3 and 4): `prepare` (the project's postinstall: .nuxt/ with its generated
 * types), `build` (the Nitro node-server output the Dockerfiles copy: .output/server/
 * index.mjs with its chunks and traced node_modules, .output/public/ with the client bundle
 * and public/'s files, .output/nitro.json) and `generate` (pre-rendered pages in
 * .output/public). The log is consola's as a build log prints it; sizes are estimated.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { isDir, writeBlob, writeText } from '../common/fs-helpers';
import {
  bundleBytes,
  copyTree,
  dependencyNames,
  duration,
  emptyDir,
  hexHash,
  walk,
} from './build-output';
import { installedVersion } from './installed-tool';

const NITRO = '2.12.9';

export const nuxtProgram: Program = (argv, io) => {
  const command = argv[1];
  const version = installedVersion(io.fs, io.cwd, 'nuxt') ?? '4.2.2';
  if (command === '--version' || command === '-v') {
    io.stdout(`${version}\n`);
    return 0;
  }
  const root = io.cwd === '/' ? '' : io.cwd;
  switch (command) {
    case 'prepare':
      prepare(io, root);
      io.stdout('[nuxi] ✔ Types generated in .nuxt\n');
      return 0;
    case 'build':
      return build(io, root, version, false);
    case 'generate':
      return build(io, root, version, true);
    default:
      io.note(
        `nuxt ${command ?? 'dev'} is not modelled (dev and preview start a server); prepare, build and generate are.`,
      );
      return 0;
  }
};

function prepare(io: ProgramIO, root: string): void {
  writeText(
    io.fs,
    `${root}/.nuxt/tsconfig.json`,
    '{\n  "compilerOptions": {\n    "paths": {}\n  }\n}\n',
  );
  writeText(io.fs, `${root}/.nuxt/nuxt.d.ts`, '/// <reference types="nuxt" />\nexport {}\n');
  writeBlob(io.fs, `${root}/.nuxt/types/imports.d.ts`, 'nuxt:imports.d.ts', 14_000);
}

function build(io: ProgramIO, root: string, version: string, generate: boolean): number {
  io.stdout(`[nuxi] Nuxt ${version} with Nitro ${NITRO}\n`);
  // Nuxt 3 keeps pages/ and components/ at the root, Nuxt 4 under app/.
  const sources = ['pages', 'components', 'layouts', 'app'].flatMap((d) =>
    walk(io, `${root}/${d}`),
  );
  const clientBytes = bundleBytes(sources, dependencyNames(io, io.cwd)) + 60_000;
  const modules = 40 + sources.length * 3;
  prepare(io, root);
  const out = `${root}/.output`;
  emptyDir(io, out);
  io.stdout('[nuxi] ℹ Building client...\n');
  const clientMs = 900 + modules * 8;
  io.spend(clientMs);
  io.stdout(`[nuxi] ℹ ✓ ${modules} modules transformed.\n[nuxi] ✔ Client built in ${clientMs}ms\n`);
  io.stdout('[nuxi] ℹ Building server...\n');
  const serverMs = 400 + modules * 4;
  io.spend(serverMs);
  io.stdout(`[nuxi] ✔ Server built in ${serverMs}ms\n`);
  const publicDir = `${out}/public`;
  copyTree(io, `${root}/public`, publicDir);
  const entry = `_nuxt/${hexHash(`nuxt:entry:${clientBytes}`).slice(0, 8)}.js`;
  writeBlob(io.fs, `${publicDir}/${entry}`, `nuxt:${entry}`, clientBytes);
  writeText(
    io.fs,
    `${publicDir}/_nuxt/builds/meta/${hexHash('nuxt:build', 8)}.json`,
    '{"matcher":{},"prerendered":[]}',
  );
  io.stdout('[nitro] ✔ Generated public .output/public\n');
  if (generate) {
    const pages = walk(io, `${root}/pages`).filter((p) => p.path.endsWith('.vue'));
    const routes = pages.length > 0 ? pages : [{ path: `${root}/pages/index.vue`, size: 0 }];
    io.stdout('[nitro] ℹ Initializing prerenderer\n[nitro] ℹ Prerendering routes...\n');
    for (const page of routes) {
      const route = page.path.slice(`${root}/pages`.length, -'.vue'.length).replace(/\/index$/, '');
      writeBlob(io.fs, `${publicDir}${route}/index.html`, `nuxt:html:${route}`, 4_000);
      io.stdout(`[nitro]   ├─ ${route || '/'} (${10 + route.length}ms)\n`);
    }
    io.stdout('[nitro] ✔ You can now deploy .output/public to any static hosting!\n');
    return 0;
  }
  io.stdout(
    `[nitro] ℹ Building Nuxt Nitro server (preset: node-server, compatibility date: 2024-11-01)\n`,
  );
  const server = `${out}/server`;
  writeText(
    io.fs,
    `${server}/index.mjs`,
    "globalThis._importMeta_=globalThis._importMeta_||{url:\"file:///_entry.js\",env:process.env};import 'node:http';\nexport * from './chunks/nitro/nitro.mjs';\n",
  );
  writeBlob(io.fs, `${server}/chunks/nitro/nitro.mjs`, `nuxt:nitro:${version}`, 190_000);
  writeBlob(io.fs, `${server}/chunks/build/server.mjs`, `nuxt:server:${clientBytes}`, 60_000);
  writeText(
    io.fs,
    `${server}/package.json`,
    '{\n  "name": "nuxt-app-prod",\n  "private": true\n}\n',
  );
  for (const dep of ['vue', '@vue/shared', '@vue/server-renderer', 'vue-router'])
    if (isDir(io.fs, `${root}/node_modules/${dep}`))
      copyTree(io, `${root}/node_modules/${dep}`, `${server}/node_modules/${dep}`);
  writeText(
    io.fs,
    `${out}/nitro.json`,
    `${JSON.stringify({ date: new Date(io.now).toISOString(), preset: 'node-server', framework: { name: 'nuxt', version }, versions: { nitro: NITRO }, commands: { preview: 'node ./server/index.mjs' } }, null, 2)}\n`,
  );
  io.stdout('[nitro] ✔ Nuxt Nitro server built\n');
  io.stdout(`Σ Total size: ${(clientBytes / 1e6 + 0.45).toFixed(2)} MB\n`);
  io.stdout(`[nitro] ✔ You can preview this build using node .output/server/index.mjs\n`);
  io.note(
    `nuxt build is modelled (${duration(clientMs + serverMs)}): .output/ holds the server entry, chunks and the client bundle, with estimated sizes; the app's code is not compiled.`,
  );
  return 0;
}
