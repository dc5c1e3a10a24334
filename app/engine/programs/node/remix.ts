/**
 * Remix on Vite (`remix vite:build`) and its successor React Router 7 (`react-router build`):
 * two Vite builds, the client into build/client/assets and the server into
 * build/server/index.js (what `remix-serve ./build/server/index.js` and `react-router-serve`
 * start), public/ copied into build/client. Classic `remix build` writes build/index.js and
 * public/build/. The log is Vite's; sizes are estimated from the routes under app/.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { writeBlob, writeText } from '../common/fs-helpers';
import {
  base64Url,
  bundleBytes,
  copyTree,
  dependencyNames,
  duration,
  emptyDir,
  gzipBytes,
  walk,
} from './build-output';
import { installedVersion } from './installed-tool';
import { sha256Hex } from '../common/hash';

export const remixProgram: Program = (argv, io) => {
  const command = argv[1];
  if (command === '--version' || command === '-v') {
    io.stdout(`${installedVersion(io.fs, io.cwd, '@remix-run/dev') ?? '2.17.2'}\n`);
    return 0;
  }
  if (command === 'vite:build') return viteBuilds(io);
  if (command === 'build') return classicBuild(io);
  io.note(`remix ${command ?? ''} is not modelled (it starts a dev server); only builds are.`);
  return 0;
};

export const reactRouterProgram: Program = (argv, io) => {
  const command = argv[1];
  if (command === '--version' || command === '-v') {
    io.stdout(`${installedVersion(io.fs, io.cwd, '@react-router/dev') ?? '7.12.0'}\n`);
    return 0;
  }
  if (command === 'build') return viteBuilds(io);
  io.note(`react-router ${command ?? ''} is not modelled; only \`react-router build\` is.`);
  return 0;
};

function viteBuilds(io: ProgramIO): number {
  const root = io.cwd === '/' ? '' : io.cwd;
  const vite = installedVersion(io.fs, io.cwd, 'vite') ?? '7.3.1';
  const routes = walk(io, `${root}/app`).filter((f) => /\.(jsx?|tsx?|mdx?)$/.test(f.path));
  if (routes.length === 0) {
    io.stderr(`Could not find a root route module in the app directory: ${root}/app\n`);
    return 1;
  }
  const out = `${root}/build`;
  emptyDir(io, out);
  copyTree(io, `${root}/public`, `${out}/client`);
  const hash = (seed: string) => base64Url(sha256Hex(seed)).slice(0, 8);
  const names = routes.map((r) =>
    r.path
      .slice(root.length + 5)
      .replace(/\.[^.]+$/, '')
      .replace(/\//g, '.'),
  );
  const entry = bundleBytes(routes, dependencyNames(io, io.cwd));
  const client: [string, number][] = [
    ['.vite/manifest.json', 300 + names.length * 250],
    [`assets/entry.client-${hash(`entry:${entry}`)}.js`, entry],
    ...names.map((n, i): [string, number] => [
      `assets/${n}-${hash(`${n}:${routes[i]?.size ?? 0}`)}.js`,
      Math.round((routes[i]?.size ?? 0) * 0.6) + 400,
    ]),
  ];
  const server: [string, number][] = [
    ['.vite/manifest.json', 230],
    ['index.js', routes.reduce((s, r) => s + r.size, 0) + 3_000],
  ];
  report(io, vite, 'building for production', 'build/client', client, 40 + routes.length * 4);
  report(io, vite, 'building SSR bundle for production', 'build/server', server, routes.length + 4);
  for (const [file, size] of client)
    writeBlob(io.fs, `${out}/client/${file}`, `vite:${file}`, size);
  for (const [file, size] of server)
    writeBlob(io.fs, `${out}/server/${file}`, `vite-ssr:${file}`, size);
  io.note(
    'The route modules are not really bundled: build/client and build/server/index.js have estimated sizes.',
  );
  return 0;
}

function report(
  io: ProgramIO,
  vite: string,
  what: string,
  dir: string,
  files: [string, number][],
  modules: number,
): void {
  io.stdout(`vite v${vite} ${what}...\ntransforming...\n✓ ${modules} modules transformed.\n`);
  io.stdout('rendering chunks...\n');
  const ssr = dir.endsWith('server');
  if (!ssr) io.stdout('computing gzip size...\n');
  const width = Math.max(...files.map(([f]) => `${dir}/${f}`.length)) + 2;
  const sizeWidth = Math.max(...files.map(([, s]) => kB(s).length));
  for (const [file, size] of files)
    io.stdout(
      `${`${dir}/${file}`.padEnd(width)}${kB(size).padStart(sizeWidth)}${ssr ? '' : ` │ gzip: ${kB(gzipBytes(size))}`}\n`,
    );
  const ms = 200 + modules * 10;
  io.spend(ms);
  io.stdout(`✓ built in ${duration(ms)}\n`);
}

/** Remix 1's compiler: build/index.js for the server, public/build/ for the browser. */
function classicBuild(io: ProgramIO): number {
  const root = io.cwd === '/' ? '' : io.cwd;
  const routes = walk(io, `${root}/app`);
  io.stdout('Building Remix app in production mode...\n');
  const bytes = bundleBytes(routes, dependencyNames(io, io.cwd));
  writeBlob(io.fs, `${root}/build/index.js`, `remix:server:${bytes}`, bytes);
  writeBlob(
    io.fs,
    `${root}/public/build/entry.client-${base64Url(sha256Hex(`${bytes}`))
      .slice(0, 8)
      .toUpperCase()}.js`,
    'remix:client',
    bytes,
  );
  writeText(
    io.fs,
    `${root}/public/build/manifest-${sha256Hex(`m${bytes}`).slice(0, 8)}.js`,
    'window.__remixManifest={};\n',
  );
  const ms = 800 + routes.length * 40;
  io.spend(ms);
  io.stdout(`Built in ${duration(ms)}\n`);
  return 0;
}

function kB(bytes: number): string {
  return `${(bytes / 1000).toLocaleString('en', { maximumFractionDigits: 2, minimumFractionDigits: 2 })} kB`;
}
