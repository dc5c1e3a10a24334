/**
 * ng (@angular/cli): `ng version`, `ng serve` (the dev build's table, then Vite's URLs, and it
 * keeps running; see dev-server.ts) and `ng build` with Angular's application builder (17 and
 * later): dist/<project>/browser/ holds index.html, main-<HASH>.js, polyfills-<HASH>.js,
 * styles-<HASH>.css and public/'s files, beside 3rdpartylicenses.txt; the output path is
 * angular.json's outputPath (a string or its `base`), by default dist/<project>. The table is
 * the one Angular prints when stdout is not a terminal. Sizes are estimated.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { readText, writeBlob, writeText } from '../common/fs-helpers';
import { resolvePath } from '../../fs/path';
import { sha256Hex } from '../common/hash';
import { bundleBytes, copyTree, dependencyNames, emptyDir, gzipBytes, walk } from './build-output';
import { containerAddress, devServerAddress, exposed, keepServing } from './dev-server';
import { installedVersion, readLooseJson } from './installed-tool';

export const ngProgram: Program = (argv, io) => {
  const command = argv[1];
  const version = installedVersion(io.fs, io.cwd, '@angular/cli') ?? '21.0.5';
  if (command === 'version' || command === 'v' || command === '--version') {
    io.stdout(`Angular CLI: ${version}\nNode: ${(io.env.NODE_VERSION ?? '').trim()}\n`);
    return 0;
  }
  const root = io.cwd === '/' ? '' : io.cwd;
  const workspace = readLooseJson(readText(io.fs, `${root}/angular.json`) ?? '');
  const serving = command === 'serve' || command === 's' || command === 'dev';
  if (command !== 'build' && command !== 'b' && !serving) {
    io.note(`ng ${command ?? ''} is not modelled; only \`ng build\` and \`ng serve\` are.`);
    return 0;
  }
  if (!workspace) {
    io.stderr(
      'Error: This command is not available when running the Angular CLI outside a workspace.\n',
    );
    return 1;
  }
  return serving ? serve(argv, io, root) : build(io, root, workspace);
};

/** The app's code and styles under src/, and the chunks the application builder makes of them. */
function chunks(io: ProgramIO, root: string, dev: boolean): [string, string, number][] {
  const sources = walk(io, `${root}/src`);
  const code = sources.filter((s) => /\.(ts|js|html)$/.test(s.path));
  const styles = sources.filter((s) => /\.(css|scss|sass|less)$/.test(s.path));
  const styleBytes = styles.reduce((sum, s) => sum + s.size, 0);
  // The dev server leaves the dependencies to Vite's prebundling: main.js is the app alone.
  return dev
    ? [
        ['main', 'js', code.reduce((sum, s) => sum + s.size, 0) + 1_200],
        ['polyfills', 'js', 89_770],
        ['styles', 'css', styleBytes || 95],
      ]
    : [
        ['main', 'js', bundleBytes(code, dependencyNames(io, io.cwd)) + 180_000],
        ['polyfills', 'js', 34_520],
        ['styles', 'css', Math.round(styleBytes * 0.8)],
      ];
}

/**
 * `ng serve`: the development build's table (unhashed names, no transfer sizes), then Vite's
 * URLs on port 4200. A --host other than localhost draws Angular's warning first.
 */
function serve(argv: string[], io: ProgramIO, root: string): number {
  const { host, port } = devServerAddress(argv.slice(2), 4200);
  if (exposed(host))
    io.stderr(
      '\nWarning: This is a simple server for use in testing or debugging Angular applications\n' +
        "locally. It hasn't been reviewed for security issues.\n\n" +
        'Binding this server to an open connection can result in compromising your application or\n' +
        'computer. Using a different host than the one passed to the "--host" flag might result in\n' +
        'websocket connection issues.\n\n',
    );
  io.stdout('Component HMR has been enabled, see https://angular.dev/hmr for more info.\n');
  const files = chunks(io, root, true).map(
    ([chunk, ext, bytes]) => [`${chunk}.${ext}`, chunk, bytes] as const,
  );
  const total = files.reduce((sum, f) => sum + f[2], 0);
  const w0 = Math.max('Initial chunk files'.length, ...files.map((f) => f[0].length));
  const w1 = 'Initial total'.length;
  const w2 = Math.max(
    'Raw size'.length,
    ...files.map((f) => formatSize(f[2]).length),
    formatSize(total).length,
  );
  io.stdout(
    `${'Initial chunk files'.padEnd(w0)} | ${'Names'.padEnd(w1)} | ${'Raw size'.padStart(w2)}\n`,
  );
  for (const [file, chunk, bytes] of files)
    io.stdout(`${file.padEnd(w0)} | ${chunk.padEnd(w1)} | ${formatSize(bytes).padStart(w2)} |\n`);
  io.stdout(
    `\n${''.padEnd(w0)} | ${'Initial total'.padEnd(w1)} | ${formatSize(total).padStart(w2)}\n\n`,
  );
  const ms = 1_200 + files.length * 100;
  io.spend(ms);
  const stamp = new Date(io.now + ms).toISOString();
  io.stdout(
    `Application bundle generation complete. [${(ms / 1000).toFixed(3)} seconds] - ${stamp}\n\n`,
  );
  io.stdout('Watch mode enabled. Watching for file changes...\n');
  io.stdout(
    'NOTE: Raw file sizes do not reflect development server per-request transformations.\n',
  );
  io.stdout(`  ➜  Local:   http://localhost:${port}/\n`);
  const ip = exposed(host) ? containerAddress(io) : undefined;
  if (ip) io.stdout(`  ➜  Network: http://${ip}:${port}/\n`);
  return keepServing(io, argv, 143, 'ng serve');
}

function build(io: ProgramIO, root: string, workspace: Record<string, unknown>): number {
  const projects = (workspace.projects ?? {}) as Record<string, unknown>;
  const name = Object.keys(projects)[0] ?? 'app';
  const options = ((
    projects[name] as { architect?: { build?: { options?: Record<string, unknown> } } }
  )?.architect?.build?.options ?? {}) as { outputPath?: unknown };
  const outputPath =
    typeof options.outputPath === 'string'
      ? options.outputPath
      : typeof (options.outputPath as { base?: unknown })?.base === 'string'
        ? (options.outputPath as { base: string }).base
        : `dist/${name}`;
  const out = resolvePath(io.cwd, outputPath);
  const code = walk(io, `${root}/src`).filter((s) => /\.(ts|js|html)$/.test(s.path));
  emptyDir(io, out);
  const browser = `${out}/browser`;
  copyTree(io, `${root}/public`, browser);
  const files = chunks(io, root, false).map(([chunk, ext, size]) => {
    const file = `${chunk}-${angularHash(`${chunk}:${size}`)}.${ext}`;
    writeBlob(io.fs, `${browser}/${file}`, `ng:${file}`, size);
    return { file, chunk, size };
  });
  const index = readText(io.fs, `${root}/src/index.html`) ?? '<!doctype html>\n<html></html>\n';
  writeText(io.fs, `${browser}/index.html`, index);
  writeBlob(io.fs, `${out}/3rdpartylicenses.txt`, 'ng:licenses', 12_000);
  writeText(io.fs, `${out}/prerendered-routes.json`, '{\n  "routes": {}\n}');
  const ms = 2_500 + code.length * 120;
  io.spend(ms);
  const total = files.reduce((sum, f) => sum + f.size, 0);
  const rows = [
    ...files.map((f) => [
      f.file,
      f.chunk,
      formatSize(f.size),
      formatSize(f.size && gzipBytes(f.size)),
    ]),
  ];
  const w0 = Math.max('Initial chunk files'.length, ...rows.map((r) => r[0]!.length));
  const w1 = 'Initial total'.length;
  const w2 = Math.max(
    'Raw size'.length,
    ...rows.map((r) => r[2]!.length),
    formatSize(total).length,
  );
  const w3 = 'Estimated transfer size'.length;
  const line = (a: string, b: string, c: string, d: string) =>
    `${a.padEnd(w0)} | ${b.padEnd(w1)} | ${c.padStart(w2)} | ${d.padStart(w3)}\n`;
  io.stdout(line('Initial chunk files', 'Names', 'Raw size', 'Estimated transfer size'));
  for (const r of rows) io.stdout(line(r[0]!, r[1]!, r[2]!, r[3]!));
  io.stdout(`\n${line('', 'Initial total', formatSize(total), formatSize(gzipBytes(total)))}\n`);
  io.stdout(`Application bundle generation complete. [${(ms / 1000).toFixed(3)} seconds]\n\n`);
  io.stdout(`Output location: ${out}\n\n`);
  io.note(
    "ng build is modelled: the output folder holds index.html and hashed bundles of estimated sizes, not the app's real code.",
  );
  return 0;
}

/** Angular's file hashes: eight characters of base32 (capitals and digits 2-7). */
function angularHash(seed: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const hex = sha256Hex(`ng:${seed}`);
  let out = '';
  for (let i = 0; i < 8; i++)
    out += alphabet[Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16) % 32];
  return out;
}

/** Angular's formatSize: bytes below 1000, else kB/MB with two decimals. */
function formatSize(bytes: number): string {
  if (bytes <= 0) return '0 bytes';
  const index = Math.min(3, Math.floor(Math.log(bytes) / Math.log(1000)));
  const unit = ['bytes', 'kB', 'MB', 'GB'][index] as string;
  return `${(bytes / 1000 ** index).toFixed(index === 0 ? 0 : 2)} ${unit}`;
}
