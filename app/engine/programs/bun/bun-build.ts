/**
 * `bun build <entry> --outdir dist | --outfile out.js [--compile]`: the bundle is written
 * where Bun writes it, with a plausible size (the entry's own code and what it imports from
 * node_modules, tree-shaken), and Bun's report. `--compile` writes a standalone executable:
 * the Bun runtime with the bundle appended, whose blob id records what the entry does
 * (serves, on which port) so that running it later (`blob:bun-compiled`) keeps a server up
 * as `bun index.ts` would. The code is not transpiled or run.
 */
import { basename, dirname } from '../../fs/path';
import type { ProgramIO } from '../../shell/program';
import {
  absolute,
  blobOf,
  ensureDir,
  exists,
  fileSize,
  readText,
  writeBlob,
} from '../common/fs-helpers';
import { portOf, servesSource } from './bun-run';
import { bunTrailer } from './bun-version';

const IMPORT = /(?:^\s*import\s+(?:[^'"]*?\s+from\s+)?|require\(\s*)['"]([^'"]+)['"]/gm;
const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.jsx', '.mjs', '/index.ts', '/index.js'];

interface Bundle {
  modules: number;
  bytes: number;
}

/** The entry and the relative files it imports, each once; bare imports add a share of their package. */
function bundleOf(io: ProgramIO, entry: string): Bundle {
  const seen = new Set<string>();
  let bytes = 0;
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    const source = readText(io.fs, path) ?? '';
    bytes += Math.round(source.length * 0.8);
    for (const m of source.matchAll(IMPORT)) {
      const spec = m[1] ?? '';
      if (spec.startsWith('.')) {
        const base = absolute(dirname(path), spec);
        const found = EXTENSIONS.map((e) => base + e).find(
          (p) => exists(io.fs, p) && readText(io.fs, p) !== undefined,
        );
        if (found) visit(found);
      } else if (!/^(node:|bun:|bun$)/.test(spec)) {
        const top = spec.startsWith('@')
          ? spec.split('/').slice(0, 2).join('/')
          : (spec.split('/')[0] ?? spec);
        const pkg = `${io.cwd === '/' ? '' : io.cwd}/node_modules/${top}/package.json`;
        if (!seen.has(pkg) && exists(io.fs, pkg)) {
          seen.add(pkg);
          bytes += 18_000 + Math.round(fileSize(io.fs, pkg) * 40);
        }
      }
    }
  };
  visit(entry);
  return { modules: seen.size, bytes };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

function option(args: readonly string[], name: string): string | undefined {
  const at = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at < 0) return undefined;
  const arg = args[at] ?? '';
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[at + 1];
}

export function bunBuild(io: ProgramIO, version: string, args: string[]): number {
  const valued = new Set([
    '--outdir',
    '--outfile',
    '--target',
    '--format',
    '--sourcemap',
    '--external',
    '-e',
  ]);
  const entries = args.filter((a, i) => !a.startsWith('-') && !valued.has(args[i - 1] ?? ''));
  if (entries.length === 0) {
    io.stderr(
      'error: Missing entrypoints. What would you like to bundle?\n\nUsage:\n  $ bun build <entrypoint> [...<entrypoints>] [...flags]\n\nTo see full documentation:\n  $ bun build --help\n',
    );
    return 1;
  }
  const outdir = option(args, '--outdir');
  const outfile = option(args, '--outfile');
  const compile = args.includes('--compile');
  const started = 4 + entries.length * 3;
  const lines: string[] = [];
  for (const entry of entries) {
    const path = absolute(io.cwd, entry);
    if (!exists(io.fs, path)) {
      io.stderr(
        `error: ModuleNotFound resolving "${entry}" (entry point)\n\n${bunTrailer(version)}`,
      );
      return 1;
    }
    const bundle = bundleOf(io, path);
    const name = basename(entry).replace(/\.[cm]?[tj]sx?$/, '');
    if (compile) {
      const out = absolute(io.cwd, outfile ?? name);
      const source = readText(io.fs, path) ?? '';
      const runtime = blobOf(io.fs, '/usr/local/bin/bun')
        ? fileSize(io.fs, '/usr/local/bin/bun')
        : 96_400_000;
      ensureDir(io.fs, dirname(out));
      const serves = servesSource(source) ? `serve=${portOf(source, io.env)}` : 'exits';
      writeBlob(
        io.fs,
        out,
        `bun-compiled:${version}:${serves}:${basename(entry)}`,
        runtime + bundle.bytes,
        0o755,
      );
      io.spend(started + 90);
      io.stdout(
        `  [${started}ms]  bundle  ${bundle.modules} modules\n [${started + 90}ms] compile  ${outfile ?? name}\n`,
      );
      continue;
    }
    const out = outfile
      ? absolute(io.cwd, outfile)
      : `${absolute(io.cwd, outdir ?? '.')}/${name}.js`;
    ensureDir(io.fs, dirname(out));
    writeBlob(io.fs, out, `bun-bundle:${version}:${out}`, bundle.bytes, 0o644);
    lines.push(`  ${outfile ?? `${name}.js`}  ${kb(bundle.bytes)}\n`);
    io.spend(started);
    lines.push(`\n[${started}ms] bundle ${bundle.modules} modules\n`);
  }
  if (lines.length > 0) io.stdout(lines.join(''));
  io.note('bun build is modelled: the output has a plausible size; the code is not transpiled.');
  return 0;
}

/** Running a `bun build --compile` executable: a server keeps running as `bun <entry>` does. */
export function runCompiled(argv: string[], io: ProgramIO): number {
  const path = argv[0] ?? '';
  const [, , what = 'exits', entry = 'index.ts'] = (blobOf(io.fs, path) ?? '').split(':');
  const port = /^serve=(\d+)$/.exec(what)?.[1];
  io.note(`${path} is a Bun executable built from ${entry}: Layercake does not run its code.`);
  if (port === undefined) return 0;
  io.serve?.({
    name: basename(path),
    commandLine: argv.join(' '),
    ignoresSigterm: true,
    termExitCode: 143,
    termDelayMs: 40,
  });
  return 0;
}
