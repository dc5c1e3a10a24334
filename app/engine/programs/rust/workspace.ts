/**
 * The workspace a cargo command works in: the Cargo.toml found from cwd (or --manifest-path),
 * the workspace root above it (one Cargo.lock and one target directory for all members),
 * every member and path dependency loaded as a package, and the packages the command
 * selects (-p, --workspace, the package in cwd, or default-members).
 */
import type { FileSystem } from '../../fs/filesystem';
import { exists } from '../common/fs-helpers';
import {
  defaultMembers,
  findManifest,
  loadPackage,
  manifestError,
  readManifest,
  workspaceMembers,
  type ManifestFile,
  type Package,
  type Parsed,
} from './manifest';
import { cargoVersionLine, type Toolchain } from './toolchain';
import { tomlTable, type TomlTable } from './toml';

export interface Workspace {
  rootDir: string;
  /** Members and path dependencies, by directory. */
  packages: Map<string, Package>;
  members: Package[];
  /** The package whose Cargo.toml was found from cwd (undefined for a virtual manifest). */
  current?: Package;
  defaultMembers: Package[];
  lockPath: string;
  targetDir: string;
  /** The root manifest's [profile] table (only the root's counts, as in cargo). */
  profiles?: TomlTable;
}

export function loadWorkspace(
  fs: FileSystem,
  cwd: string,
  tc: Toolchain,
  env: Readonly<Record<string, string>>,
  manifestPath?: string,
): Parsed<Workspace> {
  const found = manifestPath ?? findManifest(fs, cwd);
  if (!found)
    return {
      ok: false,
      error: `error: could not find \`Cargo.toml\` in \`${cwd}\` or any parent directory\n`,
    };
  const file = readManifest(fs, found);
  if (!file.ok) return file;
  const root = workspaceRoot(fs, file.value);
  const cargo = cargoVersionLine(tc).slice('cargo '.length);
  const packages = new Map<string, Package>();
  const load = (dir: string): Parsed<Package> => {
    const known = packages.get(dir);
    if (known) return { ok: true, value: known };
    const m = dir === file.value.dir ? file : readManifest(fs, `${dir}/Cargo.toml`);
    if (!m.ok) return m;
    const pkg = loadPackage(fs, m.value, root, tc.minor, cargo);
    if (pkg.ok) packages.set(dir, pkg.value);
    return pkg;
  };
  const memberDirs = root ? workspaceMembers(fs, root) : [];
  const rootDir = root?.dir ?? file.value.dir;
  const hasPackage = tomlTable(file.value.toml, 'package') !== undefined;
  if (root && tomlTable(root.toml, 'package')) memberDirs.unshift(root.dir);
  if (hasPackage && !memberDirs.includes(file.value.dir)) memberDirs.push(file.value.dir);
  if (!hasPackage && !root)
    return {
      ok: false,
      error: manifestError(found, 'manifest is missing either a `[package]` or a `[workspace]`'),
    };
  const members: Package[] = [];
  for (const dir of memberDirs) {
    const pkg = load(dir);
    if (!pkg.ok) return pkg;
    members.push(pkg.value);
  }
  // Path dependencies are built from source like members (and are members when inside).
  const queue = [...members];
  while (queue.length > 0) {
    const pkg = queue.shift() as Package;
    for (const dep of pkg.deps) {
      if (!dep.path || packages.has(dep.path)) continue;
      if (!exists(fs, `${dep.path}/Cargo.toml`))
        return {
          ok: false,
          error: `error: failed to get \`${dep.name}\` as a dependency of package \`${pkg.name} v${pkg.version} (${pkg.dir})\`\n\nCaused by:\n  failed to load source for dependency \`${dep.name}\`\n\nCaused by:\n  Unable to update ${dep.path}\n\nCaused by:\n  failed to read \`${dep.path}/Cargo.toml\`\n\nCaused by:\n  No such file or directory (os error 2)\n`,
        };
      const loaded = load(dep.path);
      if (!loaded.ok) return loaded;
      queue.push(loaded.value);
    }
  }
  const byDir = (dirs: string[]) =>
    dirs.map((d) => packages.get(d)).filter((p): p is Package => p !== undefined);
  const defaults = root ? byDir(defaultMembers(root)) : [];
  const profiles = tomlTable((root ?? file.value).toml, 'profile');
  return {
    ok: true,
    value: {
      rootDir,
      packages,
      members,
      ...(hasPackage ? { current: packages.get(file.value.dir) } : {}),
      defaultMembers: defaults.length > 0 ? defaults : members,
      lockPath: `${rootDir === '/' ? '' : rootDir}/Cargo.lock`,
      ...(profiles ? { profiles } : {}),
      targetDir: env.CARGO_TARGET_DIR
        ? env.CARGO_TARGET_DIR.startsWith('/')
          ? env.CARGO_TARGET_DIR
          : `${cwd === '/' ? '' : cwd}/${env.CARGO_TARGET_DIR}`
        : `${rootDir === '/' ? '' : rootDir}/target`,
    },
  };
}

/** The manifest itself when it has [workspace], else the nearest parent that lists it. */
function workspaceRoot(fs: FileSystem, file: ManifestFile): ManifestFile | undefined {
  if (tomlTable(file.toml, 'workspace')) return file;
  let dir = file.dir;
  while (dir !== '/' && dir !== '') {
    dir = dir.slice(0, dir.lastIndexOf('/')) || '/';
    const path = `${dir === '/' ? '' : dir}/Cargo.toml`;
    if (!exists(fs, path)) continue;
    const parent = readManifest(fs, path);
    if (parent.ok && tomlTable(parent.value.toml, 'workspace')) {
      const members = workspaceMembers(fs, parent.value);
      return members.includes(file.dir) ? parent.value : undefined;
    }
  }
  return undefined;
}

/** What -p/--package, --workspace or the cwd selects; an unknown -p is cargo's error. */
export function selectPackages(ws: Workspace, specs: string[], all: boolean): Parsed<Package[]> {
  if (all) return { ok: true, value: ws.members };
  if (specs.length === 0) return { ok: true, value: ws.current ? [ws.current] : ws.defaultMembers };
  const chosen: Package[] = [];
  for (const spec of specs) {
    const name = spec.split('@')[0] ?? spec;
    const pkg = [...ws.packages.values()].find((p) => p.name === name);
    if (!pkg)
      return {
        ok: false,
        error: `error: package(s) \`${spec}\` not found in workspace \`${ws.rootDir}\`\n`,
      };
    chosen.push(pkg);
  }
  return { ok: true, value: chosen };
}
