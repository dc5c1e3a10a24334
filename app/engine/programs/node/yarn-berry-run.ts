/**
 * Running things through Berry: `yarn run build`, `yarn build`, `yarn start` (a package.json
 * script, with no banner: Berry prints nothing before or after a script and exits with its
 * status), `yarn node app.js` and `yarn exec`. Under Plug'n'Play NODE_OPTIONS carries
 * `--require .pnp.cjs` and the ESM loader, and the dependencies' bins come from a temporary
 * folder Yarn puts first on PATH (removed afterwards, so nothing lands in the layer); with
 * node_modules the bins are node_modules/.bin.
 */
import type { ProgramIO } from '../../shell/program';
import { ensureDir, exists, readText, removeTree, writeText } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import { quote } from './npm-run';
import { readJson, type PackageJson } from './project';

export const RUN_USAGE =
  '$ yarn run [--inspect] [--inspect-brk] [-T,--top-level] [-B,--binaries-only] [--require #0] <scriptName> ...';

interface RunEnv {
  env: Record<string, string>;
  cleanup: () => void;
}

/** The environment Berry gives what it runs; PnP's bin folder is made here and removed after. */
function runEnv(io: ProgramIO, project: string): RunEnv {
  const dir = project === '/' ? '' : project;
  const env: Record<string, string> = { ...io.env };
  if (!exists(io.fs, `${dir}/.pnp.cjs`)) {
    env.PATH = `${dir}/node_modules/.bin:${io.env.PATH ?? ''}`;
    return { env, cleanup: () => undefined };
  }
  env.NODE_OPTIONS = [
    io.env.NODE_OPTIONS,
    `--require ${dir}/.pnp.cjs`,
    `--experimental-loader ${dir}/.pnp.loader.mjs`,
  ]
    .filter((p) => p)
    .join(' ');
  const bins = `/tmp/xfs-${sha256Hex(`${dir}:${io.now}`).slice(0, 8)}`;
  const manifest = readJson<PackageJson>(io.fs, `${dir}/package.json`);
  const names = manifest.ok
    ? [
        ...Object.keys(manifest.value.dependencies ?? {}),
        ...Object.keys(manifest.value.devDependencies ?? {}),
      ]
    : [];
  ensureDir(io.fs, bins);
  for (const name of names)
    for (const bin of binsOf(io, dir, name))
      writeText(
        io.fs,
        `${bins}/${bin}`,
        // The package's bin lives inside its zip archive, which Layercake does not run.
        `#!/bin/sh\n# ${name}'s "${bin}" runs from its zip archive through Plug'n'Play\nexit 0\n`,
        0o755,
      );
  env.PATH = `${bins}:${io.env.PATH ?? ''}`;
  return { env, cleanup: () => removeTree(io.fs, bins) };
}

/** The bins a dependency declares, from the lockfile entry Berry wrote for it. */
function binsOf(io: ProgramIO, dir: string, name: string): string[] {
  const lock = readText(io.fs, `${dir}/yarn.lock`) ?? '';
  const start = lock.search(new RegExp(`\\n"?${name.replace(/[/.]/g, '\\$&')}@npm:`));
  if (start < 0) return [];
  const entry = lock.slice(start + 1).split(/\n\n/)[0] ?? '';
  const bin = /\n {2}bin:\n((?: {4}.+\n?)+)/.exec(entry)?.[1] ?? '';
  return [...bin.matchAll(/^ {4}"?([^":]+)"?:/gm)].map((m) => m[1] as string);
}

export function berryRun(
  io: ProgramIO,
  project: string,
  name: string | undefined,
  args: string[],
): number {
  const dir = project === '/' ? '' : project;
  const read = readJson<PackageJson>(io.fs, `${dir}/package.json`);
  const scripts = read.ok ? (read.value.scripts ?? {}) : {};
  if (name === undefined) {
    io.note('yarn run without a script name: the list Yarn prints is not modelled.');
    return 0;
  }
  const script = scripts[name];
  if (script === undefined) {
    io.stdout(`Usage Error: Couldn't find a script named "${name}".\n\n${RUN_USAGE}\n`);
    return 1;
  }
  const { env, cleanup } = runEnv(io, project);
  const code = io.run(['sh', '-c', [script, ...args.map(quote)].join(' ')], undefined, {
    env,
    cwd: io.cwd,
  });
  cleanup();
  return code;
}

/** `yarn node ...` and `yarn exec ...`: a command in the project's environment. */
export function berryExec(io: ProgramIO, project: string, argv: string[]): number {
  const { env, cleanup } = runEnv(io, project);
  const code = io.run(argv, undefined, { env, cwd: io.cwd });
  cleanup();
  return code;
}
