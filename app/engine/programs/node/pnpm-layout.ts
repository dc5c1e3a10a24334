/**
 * pnpm's isolated node_modules: every package's real files in the virtual store at
 * node_modules/.pnpm/<name>@<version>/node_modules/<name>, its own dependencies symlinked
 * beside it, only the project's direct dependencies symlinked at the top level (so code
 * cannot require what package.json does not list), every other package hoisted privately
 * into node_modules/.pnpm/node_modules, `.bin` shims for the direct dependencies'
 * commands, `.modules.yaml` and the current lockfile at node_modules/.pnpm/lock.yaml. The
 * tarballs' contents go to the content-addressable store.
 */
import type { Package } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import {
  ensureDir,
  exists,
  readText,
  removeTree,
  writeBlob,
  writeText,
} from '../common/fs-helpers';
import { sha512Hex } from '../common/hash';
import { placePackageFiles } from '../common/package-files';
import { formatJson } from './project';

export interface PnpmNode {
  /** name@version(peers), as in the lockfile's snapshots. */
  key: string;
  name: string;
  version: string;
  pkg: Package;
  dev: boolean;
  /** dependency name → its snapshot key. */
  deps: Record<string, string>;
}

/** The virtual store folder of a snapshot key (pnpm's depPathToFilename, without hashing). */
export function virtualStoreDir(key: string): string {
  let name = key.replace(/[\\/:*?"<>|]/g, '+');
  if (name.includes('(')) name = name.replace(/\)$/, '').replace(/\)\(|\(|\)/g, '_');
  return name;
}

function ups(name: string): string {
  return name.includes('/') ? '../' : '';
}

function relink(io: ProgramIO, target: string, path: string): void {
  ensureDir(io.fs, path.slice(0, path.lastIndexOf('/')));
  if (io.fs.lstat(path).ok) removeTree(io.fs, path);
  io.fs.symlink(target, path);
}

export interface LayoutOptions {
  project: string;
  nodes: readonly PnpmNode[];
  direct: readonly PnpmNode[];
  store: string;
}

export function writePnpmLayout(io: ProgramIO, { project, nodes, direct, store }: LayoutOptions) {
  const modules = `${project === '/' ? '' : project}/node_modules`;
  ensureDir(io.fs, `${modules}/.pnpm`);
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  for (const n of nodes) {
    const base = `${modules}/.pnpm/${virtualStoreDir(n.key)}/node_modules`;
    const dir = `${base}/${n.name}`;
    removeTree(io.fs, dir);
    const placed = placePackageFiles(io.fs, { ...n.pkg, version: n.version }, dir);
    if (!placed.files.includes(`${dir}/package.json`))
      writeText(io.fs, `${dir}/package.json`, formatJson({ name: n.name, version: n.version }));
    for (const [dep, depKey] of Object.entries(n.deps)) {
      const target = byKey.get(depKey);
      if (!target) continue;
      relink(
        io,
        `${ups(dep)}../../${virtualStoreDir(target.key)}/node_modules/${dep}`,
        `${base}/${dep}`,
      );
    }
    if (!exists(io.fs, storeIndexPath(store, n))) writeStoreEntry(io, store, n);
    io.spend(30 + Math.round(n.pkg.installedSize / 250_000));
  }
  const directKeys = new Set(direct.map((d) => d.key));
  for (const n of nodes) {
    if (directKeys.has(n.key)) continue;
    relink(
      io,
      `${ups(n.name)}../${virtualStoreDir(n.key)}/node_modules/${n.name}`,
      `${modules}/.pnpm/node_modules/${n.name}`,
    );
  }
  for (const d of direct) {
    const real = `.pnpm/${virtualStoreDir(d.key)}/node_modules/${d.name}`;
    relink(io, `${ups(d.name)}${real}`, `${modules}/${d.name}`);
    for (const [command, file] of binsOf(io, `${modules}/${real}`, d)) {
      writeText(io.fs, `${modules}/.bin/${command}`, binShim(project, real, file), 0o755);
      io.fs.chmod(`${modules}/${real}/${file}`, 0o755);
    }
  }
}

function binsOf(io: ProgramIO, dir: string, n: PnpmNode): [string, string][] {
  let bin: unknown = n.pkg.bin;
  if (!bin) {
    try {
      bin = (JSON.parse(readText(io.fs, `${dir}/package.json`) ?? '{}') as { bin?: unknown }).bin;
    } catch {
      return [];
    }
  }
  const entries: [string, unknown][] =
    typeof bin === 'string'
      ? [[n.name.split('/').pop() as string, bin]]
      : bin && typeof bin === 'object'
        ? Object.entries(bin)
        : [];
  return entries
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([c, f]) => [c, f.replace(/^\.\//, '')]);
}

/** The sh shim pnpm writes in node_modules/.bin (pnpm's cmd-shim), NODE_PATH lines left out. */
function binShim(project: string, real: string, file: string): string {
  const target = `$basedir/../${real}/${file}`;
  void project;
  return [
    '#!/bin/sh',
    'basedir=$(dirname "$(echo "$0" | sed -e \'s,\\\\,/,g\')")',
    '',
    'if [ -x "$basedir/node" ]; then',
    `  exec "$basedir/node"  "${target}" "$@"`,
    'else',
    `  exec node  "${target}" "$@"`,
    'fi',
    '',
  ].join('\n');
}

/** One content file per package (modelled) under files/, and its index. */
export function writeStoreEntry(io: ProgramIO, store: string, n: PnpmNode): void {
  const hex = sha512Hex(`${n.name}@${n.version}`);
  writeBlob(
    io.fs,
    `${store}/files/${hex.slice(0, 2)}/${hex.slice(2)}`,
    `pnpm-store:${n.name}@${n.version}`,
    n.pkg.installedSize,
    0o644,
  );
  writeText(
    io.fs,
    storeIndexPath(store, n),
    `${JSON.stringify({ name: n.name, version: n.version, files: {} })}\n`,
    0o644,
  );
}

/** The store's index of a package's files (v3: beside them; v10: under index/). */
export function storeIndexPath(store: string, n: { name: string; version: string }): string {
  const hex = sha512Hex(`${n.name}@${n.version}`);
  return store.endsWith('/v3')
    ? `${store}/files/${hex.slice(0, 2)}/${hex.slice(2, 64)}-index.json`
    : `${store}/index/${hex.slice(0, 2)}/${hex.slice(2, 64)}-${n.name.replace('/', '+')}@${n.version}.json`;
}

/** node_modules/.modules.yaml, as pnpm 9/10 write it for the isolated linker. */
export function modulesYaml(opts: {
  version: string;
  store: string;
  hoisted: readonly PnpmNode[];
  prod: boolean;
  now: number;
}): string {
  const hoisted = [...opts.hoisted].sort((a, b) => (a.key < b.key ? -1 : 1));
  return [
    'hoistPattern:',
    "  - '*'",
    'hoistedDependencies:',
    ...hoisted.flatMap((n) => [`  ${quoteKey(n.key)}:`, `    ${quoteKey(n.name)}: private`]),
    'included:',
    '  dependencies: true',
    `  devDependencies: ${opts.prod ? 'false' : 'true'}`,
    '  optionalDependencies: true',
    'injectedDeps: {}',
    'layoutVersion: 5',
    'nodeLinker: isolated',
    `packageManager: pnpm@${opts.version}`,
    'pendingBuilds: []',
    `prunedAt: ${new Date(opts.now).toUTCString()}`,
    'publicHoistPattern: []',
    'registries:',
    "  '@jsr': https://npm.jsr.io/",
    '  default: https://registry.npmjs.org/',
    'skipped: []',
    `storeDir: ${opts.store}`,
    'virtualStoreDir: .pnpm',
    'virtualStoreDirMaxLength: 120',
    '',
  ].join('\n');
}

function quoteKey(key: string): string {
  return /^[@']|[:()]/.test(key) ? `'${key}'` : key;
}
