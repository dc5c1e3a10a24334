/**
 * cargo-chef (`cargo chef prepare` / `cargo chef cook`), the tool real Rust Dockerfiles use
 * for the dependency-caching trick: prepare writes recipe.json (every manifest of the
 * workspace with its targets, and Cargo.lock, local versions masked as 0.0.1 so a version
 * bump keeps the cache); cook rebuilds that skeleton with placeholder sources, runs cargo
 * build, then removes what was built for the workspace's own packages so the real build
 * after `COPY . .` compiles them again (and only them).
 */
import type { Program, ProgramIO } from '../../shell/program';
import { absolute, listDir, readText, removeTree, writeText } from '../common/fs-helpers';
import { parseArgs } from '../common/args';
import { toolchain } from './toolchain';
import { loadWorkspace } from './workspace';

const VERSION = '0.1.73';

interface Target {
  path: string;
  kind: 'Bin' | 'Lib';
  name: string;
}
interface Manifest {
  relative_path: string;
  contents: string;
  targets: Target[];
}
interface Recipe {
  skeleton: { manifests: Manifest[]; lock_file: string | null };
}

export const cargoChefProgram: Program = (argv, io) => {
  const args = argv.slice(1);
  if (args[0] === 'chef') args.shift();
  const [command, ...rest] = args;
  if (command === '--version' || command === '-V') {
    io.stdout(`cargo-chef ${VERSION}\n`);
    return 0;
  }
  const parsed = parseArgs(rest, {
    takesValue: [
      'recipe-path',
      'target',
      'target-dir',
      'bin',
      'package',
      'features',
      'profile',
      'jobs',
    ],
    short: { p: 'package', j: 'jobs', r: 'release' },
  });
  const recipePath = absolute(
    io.cwd,
    parsed.options.find((o) => o.name === 'recipe-path')?.value ?? 'recipe.json',
  );
  if (command === 'prepare') return prepare(io, recipePath);
  if (command === 'cook') return cook(io, recipePath, rest);
  io.stderr(
    `error: unrecognized subcommand '${command ?? ''}'\n\nUsage: cargo chef <COMMAND>\n\nFor more information, try '--help'.\n`,
  );
  return 2;
};

function relative(root: string, path: string): string {
  return path === root ? '' : path.slice(root === '/' ? 1 : root.length + 1);
}

function prepare(io: ProgramIO, recipePath: string): number {
  const loaded = loadWorkspace(io.fs, io.cwd, toolchain(io), io.env);
  if (!loaded.ok) {
    io.stderr(`Error: ${loaded.error.replace(/^error: /, '')}`);
    return 1;
  }
  const ws = loaded.value;
  const locals = [...ws.packages.values()];
  const mask = (text: string) => text.replace(/^(\s*version\s*=\s*)"[^"]*"/m, '$1"0.0.1"');
  const manifests: Manifest[] = [];
  const rootToml = readText(io.fs, `${ws.rootDir === '/' ? '' : ws.rootDir}/Cargo.toml`);
  if (rootToml !== undefined && !locals.some((p) => p.dir === ws.rootDir))
    manifests.push({ relative_path: 'Cargo.toml', contents: rootToml, targets: [] });
  for (const pkg of locals) {
    const prefix = relative(ws.rootDir, pkg.dir);
    const at = (p: string) => (prefix ? `${prefix}/${p}` : p);
    manifests.push({
      relative_path: at('Cargo.toml'),
      contents: mask(readText(io.fs, pkg.manifestPath) ?? ''),
      targets: [
        ...(pkg.lib ? [{ path: at(pkg.lib.path), kind: 'Lib' as const, name: pkg.lib.name }] : []),
        ...pkg.bins.map((b) => ({ path: at(b.path), kind: 'Bin' as const, name: b.name })),
      ],
    });
  }
  let lock = readText(io.fs, ws.lockPath) ?? null;
  for (const pkg of locals)
    lock =
      lock?.replace(
        new RegExp(`(name = "${pkg.name}"\\nversion = )"[^"]*"(?!\\nsource)`),
        '$1"0.0.1"',
      ) ?? null;
  const recipe: Recipe = { skeleton: { manifests, lock_file: lock } };
  if (!writeText(io.fs, recipePath, JSON.stringify(recipe))) {
    io.stderr(`Error: Failed to write recipe to ${recipePath}\n`);
    return 1;
  }
  return 0;
}

function cook(io: ProgramIO, recipePath: string, rest: string[]): number {
  const text = readText(io.fs, recipePath);
  if (text === undefined) {
    io.stderr(
      `Error: Failed to read recipe from ${recipePath}\n\nCaused by:\n    No such file or directory (os error 2)\n`,
    );
    return 1;
  }
  let recipe: Recipe;
  try {
    recipe = JSON.parse(text) as Recipe;
  } catch {
    io.stderr('Error: Failed to deserialize recipe.\n');
    return 1;
  }
  const root = io.cwd === '/' ? '' : io.cwd;
  for (const manifest of recipe.skeleton?.manifests ?? []) {
    writeText(io.fs, `${root}/${manifest.relative_path}`, manifest.contents);
    for (const target of manifest.targets ?? [])
      if (!io.fs.stat(`${root}/${target.path}`).ok)
        writeText(io.fs, `${root}/${target.path}`, target.kind === 'Bin' ? 'fn main() {}' : '');
  }
  if (recipe.skeleton?.lock_file) writeText(io.fs, `${root}/Cargo.lock`, recipe.skeleton.lock_file);
  const passed = rest.filter(
    (a, i) =>
      a !== '--recipe-path' && rest[i - 1] !== '--recipe-path' && !a.startsWith('--recipe-path='),
  );
  const code = io.run(['cargo', 'build', ...passed]);
  if (code !== 0) return code;
  removeCompiledDummies(io, root, recipe);
  io.note(
    "cargo chef cook built the dependencies; it removed what it built for the workspace's own packages so the next cargo build compiles their real sources.",
  );
  return 0;
}

/** Fingerprints and outputs of the workspace's packages in every profile directory. */
function removeCompiledDummies(io: ProgramIO, root: string, recipe: Recipe): void {
  const names = new Set(
    (recipe.skeleton?.manifests ?? []).flatMap((m) =>
      m.targets.map((t) => t.name.replace(/-/g, '_')),
    ),
  );
  const target = io.env.CARGO_TARGET_DIR ?? `${root}/target`;
  const profiles = listDir(io.fs, target).flatMap((d) =>
    ['debug', 'release'].includes(d)
      ? [`${target}/${d}`]
      : listDir(io.fs, `${target}/${d}`).map((p) => `${target}/${d}/${p}`),
  );
  for (const dir of profiles)
    for (const sub of ['.fingerprint', 'deps', 'build', 'incremental'])
      for (const entry of listDir(io.fs, `${dir}/${sub}`)) {
        const base = entry
          .replace(/^lib/, '')
          .replace(/-[0-9a-f]{13,16}(\..*)?$/, '')
          .replace(/-/g, '_');
        if (names.has(base)) removeTree(io.fs, `${dir}/${sub}/${entry}`);
      }
}
