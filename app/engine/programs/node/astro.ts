/**
 * astro: `--version`, `astro dev` (Astro 5's start-up log, then it keeps running; see
 * dev-server.ts) and `astro build` for a static site: each page of src/pages (.astro,
 * .md, .mdx, .html) becomes dist/<route>/index.html (index pages at the folder itself),
 * public/ is copied as it is, and the log is Astro's, timestamped, as a build log shows it.
 * Dynamic routes ([slug]) need getStaticPaths, which is code the simulation does not run.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { writeBlob } from '../common/fs-helpers';
import { copyTree, emptyDir, walk } from './build-output';
import { clockTime, containerAddress, devServerAddress, exposed, keepServing } from './dev-server';
import { installedVersion } from './installed-tool';

const PAGE = /\.(astro|md|mdx|html)$/;

export const astroProgram: Program = (argv, io) => {
  const command = argv[1];
  const version = installedVersion(io.fs, io.cwd, 'astro') ?? '5.16.6';
  if (command === '--version' || command === '-v') {
    io.stdout(`\n  astro  v${version}\n\n`);
    return 0;
  }
  if (command === 'dev') return dev(argv, io, version);
  if (command !== 'build') {
    io.note(`astro ${command ?? ''} is not modelled; only \`astro dev\` and \`astro build\` are.`);
    return 0;
  }
  return build(io);
};

/** Astro 5's dev server: content sync, the banner, its URLs, and it watches (port 4321). */
function dev(argv: string[], io: ProgramIO, version: string): number {
  const { host, port } = devServerAddress(argv.slice(2), 4321);
  const at = (ms: number) => clockTime(io.now + ms);
  io.stdout(`${at(0)} [types] Generated 0ms\n`);
  io.stdout(`${at(0)} [content] Syncing content\n`);
  io.stdout(`${at(0)} [content] Synced content\n`);
  const ms = 320 + walk(io, `${io.cwd === '/' ? '' : io.cwd}/src`).length * 4;
  io.spend(ms);
  const ip = exposed(host) ? containerAddress(io) : undefined;
  const network = !exposed(host)
    ? 'use --host to expose'
    : ip
      ? `http://${ip}:${port}/`
      : 'unable to find network to expose';
  io.stdout(`\n astro  v${version} ready in ${ms} ms\n\n`);
  io.stdout(`┃ Local    http://localhost:${port}/\n┃ Network  ${network}\n\n`);
  io.stdout(`${at(ms)} watching for file changes...\n`);
  return keepServing(io, argv, 143, 'astro dev');
}

function build(io: ProgramIO): number {
  const root = io.cwd === '/' ? '' : io.cwd;
  const out = `${root}/dist`;
  let clock = io.now;
  const time = () => clockTime(clock);
  const log = (text: string) => io.stdout(`${time()} ${text}\n`);
  const wait = (ms: number) => {
    io.spend(ms);
    clock += ms;
  };
  log('[build] output: "static"');
  log('[build] mode: "static"');
  log(`[build] directory: ${out}/`);
  log('[build] Collecting build info...');
  wait(40);
  log('[build] ✓ Completed in 40ms.');
  log('[build] Building static entrypoints...');
  wait(600);
  log('[vite] ✓ built in 600ms');
  log('[build] ✓ Completed in 620ms.');
  const pages = walk(io, `${root}/src/pages`)
    .map((f) => f.path.slice(root.length + 1))
    .filter((p) => PAGE.test(p))
    .sort();
  emptyDir(io, out);
  copyTree(io, `${root}/public`, out);
  io.stdout('\n generating static routes \n');
  let built = 0;
  for (const page of pages) {
    const route = page
      .slice('src/pages/'.length)
      .replace(PAGE, '')
      .replace(/(^|\/)index$/, '');
    if (/\[/.test(route)) {
      io.note(
        `${page} is a dynamic route: its pages come from getStaticPaths(), code the simulation does not run, so none is written.`,
      );
      continue;
    }
    const file = route === '' ? '/index.html' : `/${route}/index.html`;
    log(`▶ ${page}`);
    wait(3);
    log(`  └─ ${file} (+3ms)`);
    writeBlob(io.fs, `${out}${file}`, `astro:${page}`, 2_000);
    built++;
  }
  log(`✓ Completed in ${built * 3 + 10}ms.`);
  io.stdout('\n');
  log(`[build] ${built} page(s) built in ${700 + built * 3}ms`);
  log('[build] Complete!');
  io.note(
    'astro build is modelled: dist/ holds a page per route and public/, with estimated sizes; components are not rendered.',
  );
  return 0;
}
