/**
 * next: `--version` and `next build`, which the official with-docker Dockerfile runs before
 * copying .next/standalone and .next/static. The build finds the routes of app/ (or
 * src/app/) and pages/, prints Next's build report (the telemetry notice first unless
 * NEXT_TELEMETRY_DISABLED is set) and writes .next/: BUILD_ID, manifests, server/ and
 * static/ chunks, and with `output: 'standalone'` in next.config a .next/standalone/ holding
 * server.js, package.json, .next/ (without static/, which the Dockerfile copies itself) and
 * the node_modules the server needs. Sizes are estimated; nothing is really compiled.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { isDir, readText, writeBlob, writeText } from '../common/fs-helpers';
import { installedVersion } from './installed-tool';
import { base64Url, bundleBytes, copyTree, dependencyNames, hexHash, walk } from './build-output';
import { sha256Hex } from '../common/hash';

const PAGE = /^(page|route)\.(jsx?|tsx?|mdx)$/;

interface Route {
  path: string;
  dynamic: boolean;
}

export const nextProgram: Program = (argv, io) => {
  const args = argv.slice(1);
  const version = installedVersion(io.fs, io.cwd, 'next') ?? '16.1.1';
  if (args[0] === '--version' || args[0] === '-v' || args[0] === '-V') {
    io.stdout(`Next.js v${version}\n`);
    return 0;
  }
  if (args[0] !== 'build') {
    io.note(
      `next ${args[0] ?? 'dev'} starts a server that the simulation does not run; only \`next build\` is modelled.`,
    );
    return 0;
  }
  return nextBuild(io, version);
};

function nextBuild(io: ProgramIO, version: string): number {
  const root = io.cwd === '/' ? '' : io.cwd;
  const appDir = ['app', 'src/app'].map((d) => `${root}/${d}`).find((d) => isDir(io.fs, d));
  const pagesDir = ['pages', 'src/pages'].map((d) => `${root}/${d}`).find((d) => isDir(io.fs, d));
  if (!io.env.NEXT_TELEMETRY_DISABLED) io.stdout(TELEMETRY_NOTICE);
  const major = Number(version.split('.')[0]) || 16;
  io.stdout(`   ▲ Next.js ${version}${major >= 16 ? ' (Turbopack)' : ''}\n\n`);
  io.stdout('   Creating an optimized production build ...\n');
  if (!appDir && !pagesDir) {
    io.stderr(
      "> Couldn't find any `pages` or `app` directory. Please create one under the project root\n",
    );
    return 1;
  }
  const sources = [...(appDir ? walk(io, appDir) : []), ...(pagesDir ? walk(io, pagesDir) : [])];
  const appRoutes = appDir ? routesOf(io, appDir, true) : [];
  const pageRoutes = pagesDir ? routesOf(io, pagesDir, false) : [];
  if (appDir) {
    appRoutes.push({ path: '/_not-found', dynamic: false });
    appRoutes.sort((a, b) => (a.path < b.path ? -1 : 1));
  }
  const compileMs = 2_000 + sources.length * 150;
  io.spend(compileMs);
  io.stdout(` ✓ Compiled successfully in ${(compileMs / 1000).toFixed(1)}s\n`);
  io.stdout('   Collecting page data ...\n');
  const pages = appRoutes.length + pageRoutes.length;
  io.stdout(`   Generating static pages (0/${pages}) ...\n`);
  io.spend(500 + pages * 100);
  io.stdout(` ✓ Generating static pages (${pages}/${pages})\n`);
  io.stdout('   Finalizing page optimization ...\n   Collecting build traces ...\n\n');

  const buildId = base64Url(sha256Hex(`next:${sources.map((s) => s.path).join()}`)).slice(0, 21);
  const out = `${root}/.next`;
  const shared = bundleBytes(sources, dependencyNames(io, io.cwd));
  writeNextDir(io, out, buildId, [...appRoutes, ...pageRoutes], shared);
  if (appRoutes.length) io.stdout(routeTable('Route (app)', appRoutes, major));
  if (pageRoutes.length) io.stdout(routeTable('Route (pages)', pageRoutes, major));
  io.stdout(`\n${legend([...appRoutes, ...pageRoutes])}\n`);
  if (standaloneOutput(io, root)) writeStandalone(io, root, out, version);
  io.note(
    "next build is modelled: .next/ holds the files Next writes, with estimated sizes; the app's code is not really compiled.",
  );
  return 0;
}

const TELEMETRY_NOTICE =
  'Attention: Next.js now collects completely anonymous telemetry regarding usage.\n' +
  "This information is used to shape Next.js' roadmap and prioritize features.\n" +
  "You can learn more, including how to opt-out if you'd not like to participate in this anonymous program, by visiting the following URL:\n" +
  'https://nextjs.org/telemetry\n\n';

/** app/: each folder with page.tsx (route groups in parentheses drop out); pages/: each file. */
function routesOf(io: ProgramIO, dir: string, app: boolean): Route[] {
  const routes: Route[] = [];
  for (const file of walk(io, dir)) {
    const rel = file.path.slice(dir.length + 1);
    const parts = rel.split('/');
    const name = parts.pop() ?? '';
    if (app && !PAGE.test(name)) continue;
    if (!app && (!/\.(jsx?|tsx?|mdx)$/.test(name) || /^_(app|document)\./.test(name))) continue;
    if (!app) parts.push(name.replace(/\.[^.]+$/, '').replace(/^index$/, ''));
    const segments = parts.filter((p) => p !== '' && !/^\(.*\)$/.test(p));
    const path = `/${segments.join('/')}`;
    routes.push({
      path,
      dynamic: /\[/.test(path) || name.startsWith('route.') || segments[0] === 'api',
    });
  }
  return routes.sort((a, b) => (a.path < b.path ? -1 : 1));
}

function routeTable(title: string, routes: Route[], major: number): string {
  const mark = (r: Route, i: number) =>
    `${routes.length === 1 ? '─' : i === 0 ? '┌' : i === routes.length - 1 ? '└' : '├'} ${r.dynamic ? 'ƒ' : '○'} ${r.path}`;
  if (major >= 16) return `${title}\n${routes.map((r, i) => `${mark(r, i)}\n`).join('')}`;
  const rows = routes.map((r, i) => [mark(r, i), r.dynamic ? '0 B' : '142 B', '102 kB']);
  const width = Math.max(40, ...rows.map((r) => (r[0] ?? '').length + 2));
  return `${title.padEnd(width)}     Size  First Load JS\n${rows
    .map(
      ([a, b, c]) =>
        `${(a ?? '').padEnd(width)}${(b ?? '').padStart(9)}${(c ?? '').padStart(15)}\n`,
    )
    .join('')}${'+ First Load JS shared by all'.padEnd(width)}${'102 kB'.padStart(9)}\n`;
}

/** The symbols' key under the tables, its labels padded to the longest shown. */
function legend(routes: Route[]): string {
  const rows: [string, string][] = [];
  if (routes.some((r) => !r.dynamic)) rows.push(['○  (Static)', 'prerendered as static content']);
  if (routes.some((r) => r.dynamic)) rows.push(['ƒ  (Dynamic)', 'server-rendered on demand']);
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, text]) => `${label.padEnd(width)}  ${text}\n`).join('');
}

function standaloneOutput(io: ProgramIO, root: string): boolean {
  for (const name of ['next.config.js', 'next.config.mjs', 'next.config.ts', 'next.config.cjs']) {
    const text = readText(io.fs, `${root}/${name}`);
    if (text && /output\s*:\s*['"`]standalone['"`]/.test(text)) return true;
  }
  return false;
}

function writeNextDir(
  io: ProgramIO,
  out: string,
  buildId: string,
  routes: Route[],
  sharedBytes: number,
): void {
  writeText(io.fs, `${out}/BUILD_ID`, buildId);
  const pages = Object.fromEntries(routes.map((r) => [r.path, []]));
  writeText(io.fs, `${out}/build-manifest.json`, `${JSON.stringify({ pages }, null, 2)}\n`);
  writeText(
    io.fs,
    `${out}/routes-manifest.json`,
    JSON.stringify({ version: 3, pages404: true, basePath: '', redirects: [], headers: [] }),
  );
  writeText(io.fs, `${out}/prerender-manifest.json`, JSON.stringify({ version: 4, routes: {} }));
  writeText(
    io.fs,
    `${out}/required-server-files.json`,
    JSON.stringify({ version: 1, config: { distDir: '.next' }, files: [] }),
  );
  for (const r of routes) {
    const base = `${out}/server/app${r.path === '/' ? '/page' : `${r.path}/page`}`;
    writeBlob(io.fs, `${base}.js`, `next:server:${r.path}`, 6_000);
    if (!r.dynamic)
      writeBlob(
        io.fs,
        `${out}/server/app${r.path === '/' ? '/index' : r.path}.html`,
        `next:html:${r.path}`,
        9_000,
      );
  }
  const chunks: [string, number][] = [
    ['framework', 185_000],
    ['main', 120_000],
    ['webpack', 3_500],
    ['app', sharedBytes],
  ];
  for (const [name, size] of chunks)
    writeBlob(
      io.fs,
      `${out}/static/chunks/${name}-${hexHash(`${buildId}:${name}`, 16)}.js`,
      `next:${name}`,
      size,
    );
  writeText(io.fs, `${out}/static/${buildId}/_buildManifest.js`, 'self.__BUILD_MANIFEST={};\n');
  writeText(io.fs, `${out}/static/${buildId}/_ssgManifest.js`, 'self.__SSG_MANIFEST=new Set;\n');
  writeBlob(io.fs, `${out}/cache/.tsbuildinfo`, `next:cache:${buildId}`, 40_000);
}

const SERVER_FILES = [
  'BUILD_ID',
  'build-manifest.json',
  'routes-manifest.json',
  'prerender-manifest.json',
  'required-server-files.json',
];

/** A standalone server.js: starts Next's server from the traced node_modules. */
const SERVER_JS = `const path = require('path')

const dir = path.join(__dirname)

process.env.NODE_ENV = 'production'
process.chdir(__dirname)

const currentPort = parseInt(process.env.PORT, 10) || 3000
const hostname = process.env.HOSTNAME || '0.0.0.0'

require('next')
const { startServer } = require('next/dist/server/lib/start-server')

startServer({
  dir,
  isDev: false,
  hostname,
  port: currentPort,
  allowRetry: false,
}).catch((err) => {
  console.error(err)
  process.exit(1)
})
`;

/** The packages Next's output file tracing puts beside server.js. */
const TRACED = [
  'next',
  'react',
  'react-dom',
  'scheduler',
  'styled-jsx',
  'client-only',
  '@swc/helpers',
  '@next/env',
];

function writeStandalone(io: ProgramIO, root: string, out: string, version: string): void {
  const dir = `${out}/standalone`;
  writeText(io.fs, `${dir}/server.js`, SERVER_JS);
  const manifest = readText(io.fs, `${root}/package.json`);
  if (manifest !== undefined) writeText(io.fs, `${dir}/package.json`, manifest);
  for (const name of SERVER_FILES) {
    const text = readText(io.fs, `${out}/${name}`);
    if (text !== undefined) writeText(io.fs, `${dir}/.next/${name}`, text);
  }
  copyTree(io, `${out}/server`, `${dir}/.next/server`);
  for (const name of TRACED) {
    const from = `${root}/node_modules/${name}`;
    if (!isDir(io.fs, from)) continue;
    if (name !== 'next') {
      copyTree(io, from, `${dir}/node_modules/${name}`);
      continue;
    }
    // Only the traced part of next: its server runtime, not the compiler and webpack.
    const json = readText(io.fs, `${from}/package.json`);
    if (json !== undefined) writeText(io.fs, `${dir}/node_modules/next/package.json`, json);
    writeBlob(
      io.fs,
      `${dir}/node_modules/next/dist/server/next-server.js`,
      `next:${version}:server`,
      120_000,
    );
    writeBlob(
      io.fs,
      `${dir}/node_modules/next/dist/compiled/next-server/app-page.runtime.prod.js`,
      `next:${version}:runtime`,
      9_500_000,
    );
    writeBlob(
      io.fs,
      `${dir}/node_modules/next/dist/server/lib/start-server.js`,
      `next:${version}:start`,
      18_000,
    );
  }
}
