/**
 * ng (@angular/cli): `ng version` and `ng build` with Angular's application builder (17 and
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
  if (command !== 'build' && command !== 'b') {
    io.note(`ng ${command ?? ''} is not modelled; only \`ng build\` is.`);
    return 0;
  }
  if (!workspace) {
    io.stderr(
      'Error: This command is not available when running the Angular CLI outside a workspace.\n',
    );
    return 1;
  }
  return build(io, root, workspace);
};

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
  const sources = walk(io, `${root}/src`);
  const code = sources.filter((s) => /\.(ts|js|html)$/.test(s.path));
  const styles = sources.filter((s) => /\.(css|scss|sass|less)$/.test(s.path));
  const chunks: [string, string, number][] = [
    ['main', 'js', bundleBytes(code, dependencyNames(io, io.cwd)) + 180_000],
    ['polyfills', 'js', 34_520],
    ['styles', 'css', Math.round(styles.reduce((sum, s) => sum + s.size, 0) * 0.8)],
  ];
  emptyDir(io, out);
  const browser = `${out}/browser`;
  copyTree(io, `${root}/public`, browser);
  const files = chunks.map(([chunk, ext, size]) => {
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
    ...files.map((f) => [f.file, f.chunk, size(f.size), size(f.size && gzipBytes(f.size))]),
  ];
  const w0 = Math.max('Initial chunk files'.length, ...rows.map((r) => r[0]!.length));
  const w1 = 'Initial total'.length;
  const w2 = Math.max('Raw size'.length, ...rows.map((r) => r[2]!.length), size(total).length);
  const w3 = 'Estimated transfer size'.length;
  const line = (a: string, b: string, c: string, d: string) =>
    `${a.padEnd(w0)} | ${b.padEnd(w1)} | ${c.padStart(w2)} | ${d.padStart(w3)}\n`;
  io.stdout(line('Initial chunk files', 'Names', 'Raw size', 'Estimated transfer size'));
  for (const r of rows) io.stdout(line(r[0]!, r[1]!, r[2]!, r[3]!));
  io.stdout(`\n${line('', 'Initial total', size(total), size(gzipBytes(total)))}\n`);
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

function size(bytes: number): string {
  return bytes === 0 ? '0 bytes' : `${(bytes / 1000).toFixed(2)} kB`;
}
