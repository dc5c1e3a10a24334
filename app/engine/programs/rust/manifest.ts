/**
 * Cargo.toml as cargo reads it: the [package] (name, version, edition, rust-version,
 * inherited `x.workspace = true` fields), dependencies of the three kinds (version strings
 * or tables; `path`, `git`, `package =` renames, `workspace = true`), and the targets: a lib
 * (src/lib.rs or [lib]), binaries (src/main.rs, src/bin/*, [[bin]]). Errors are cargo's
 * "failed to parse manifest" reports.
 */
import type { FileSystem } from '../../fs/filesystem';
import { exists, isDir, listDir, readText } from '../common/fs-helpers';
import {
  parseToml,
  tomlString,
  tomlStrings,
  tomlTable,
  tomlTables,
  type TomlTable,
  type TomlValue,
} from './toml';

export type DepKind = 'normal' | 'dev' | 'build';

export interface Dependency {
  /** The name the code uses (the table key). */
  name: string;
  /** The crate on the registry (`package = "..."` renames). */
  crate: string;
  req: string;
  kind: DepKind;
  /** A path dependency's directory, absolute. */
  path?: string;
  git?: string;
  optional: boolean;
  /** `features = [...]`, plus "default" unless `default-features = false`. */
  features: string[];
}

export interface BinTarget {
  name: string;
  /** Relative to the package directory. */
  path: string;
}

export interface Package {
  manifestPath: string;
  dir: string;
  name: string;
  version: string;
  edition: string;
  rustVersion?: string;
  deps: Dependency[];
  bins: BinTarget[];
  lib?: { name: string; path: string; procMacro: boolean };
  /** A crate `cargo install` builds from the registry (no path after "Compiling"). */
  registry?: true;
}

export interface ManifestFile {
  path: string;
  dir: string;
  toml: TomlTable;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export function manifestError(path: string, cause: string): string {
  return `error: failed to parse manifest at \`${path}\`\n\nCaused by:\n${cause
    .split('\n')
    .map((l) => (l ? `  ${l}` : ''))
    .join('\n')}\n`;
}

export function readManifest(fs: FileSystem, path: string): Parsed<ManifestFile> {
  const text = readText(fs, path);
  if (text === undefined)
    return {
      ok: false,
      error: `error: failed to read \`${path}\`\n\nCaused by:\n  No such file or directory (os error 2)\n`,
    };
  const parsed = parseToml(text);
  if (!parsed.ok)
    return {
      ok: false,
      error: manifestError(path, `TOML parse error at line ${parsed.line}\n${parsed.error}`),
    };
  return {
    ok: true,
    value: { path, dir: path.slice(0, path.lastIndexOf('/')) || '/', toml: parsed.value },
  };
}

/** Cargo.toml in cwd or the nearest parent. */
export function findManifest(fs: FileSystem, cwd: string): string | undefined {
  let dir = cwd;
  for (;;) {
    const path = `${dir === '/' ? '' : dir}/Cargo.toml`;
    if (exists(fs, path)) return path;
    if (dir === '/' || dir === '') return undefined;
    dir = dir.slice(0, dir.lastIndexOf('/')) || '/';
  }
}

/** Field of [package], or its inherited value from [workspace.package]. */
function inherited(
  pkg: TomlTable,
  key: string,
  workspace: TomlTable | undefined,
): string | undefined {
  const value = pkg[key];
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && !Array.isArray(value) && value.workspace === true)
    return tomlString(tomlTable(workspace, 'package'), key);
  return undefined;
}

function dependency(
  name: string,
  value: TomlValue,
  kind: DepKind,
  dir: string,
  workspaceDeps: TomlTable | undefined,
): Dependency {
  if (typeof value === 'string')
    return { name, crate: name, req: value, kind, optional: false, features: ['default'] };
  const table = typeof value === 'object' && !Array.isArray(value) ? value : {};
  const base =
    table.workspace === true && workspaceDeps?.[name] !== undefined
      ? dependency(name, workspaceDeps[name] as TomlValue, kind, '', undefined)
      : undefined;
  const path = tomlString(table, 'path');
  const url = tomlString(table, 'git');
  // The lock and cargo's messages name a git source with its reference: "url?branch=main".
  const ref = ['branch', 'tag', 'rev']
    .map((k) => (tomlString(table, k) ? `${k}=${tomlString(table, k)}` : undefined))
    .find((r) => r !== undefined);
  const git = url !== undefined ? `${url}${ref ? `?${ref}` : ''}` : base?.git;
  return {
    name,
    crate: tomlString(table, 'package') ?? base?.crate ?? name,
    req: tomlString(table, 'version') ?? base?.req ?? '*',
    kind,
    optional: table.optional === true,
    features: [
      ...new Set([
        ...(base?.features ?? []).filter((f) => f !== 'default'),
        ...tomlStrings(table, 'features'),
        ...((base ? base.features.includes('default') : true) &&
        table['default-features'] !== false &&
        table.default_features !== false
          ? ['default']
          : []),
      ]),
    ],
    ...(path !== undefined ? { path: join(dir, path) } : base?.path ? { path: base.path } : {}),
    ...(git !== undefined ? { git } : {}),
  };
}

export function join(dir: string, path: string): string {
  if (path.startsWith('/')) return normalize(path);
  return normalize(`${dir}/${path}`);
}

function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

function allDeps(file: ManifestFile, workspace: ManifestFile | undefined): Dependency[] {
  const wsDeps = tomlTable(tomlTable(workspace?.toml, 'workspace'), 'dependencies');
  const kinds: [string, DepKind][] = [
    ['dependencies', 'normal'],
    ['dev-dependencies', 'dev'],
    ['build-dependencies', 'build'],
  ];
  const deps: Dependency[] = [];
  for (const [key, kind] of kinds) {
    const table = tomlTable(file.toml, key) ?? {};
    for (const [name, value] of Object.entries(table))
      deps.push(dependency(name, value, kind, file.dir, wsDeps));
  }
  // [target.'cfg(unix)'.dependencies] and the like apply on Linux too.
  for (const target of Object.values(tomlTable(file.toml, 'target') ?? {}))
    if (typeof target === 'object' && !Array.isArray(target))
      for (const [key, kind] of kinds)
        for (const [name, value] of Object.entries(tomlTable(target, key) ?? {}))
          deps.push(dependency(name, value, kind, file.dir, wsDeps));
  return deps;
}

/** The package a manifest describes, with its targets found as cargo finds them. */
export function loadPackage(
  fs: FileSystem,
  file: ManifestFile,
  workspace: ManifestFile | undefined,
  cargoMinor: number,
  cargoVersion: string,
): Parsed<Package> {
  const pkg = tomlTable(file.toml, 'package') ?? tomlTable(file.toml, 'project');
  const fail = (cause: string): Parsed<Package> => ({
    ok: false,
    error: manifestError(file.path, cause),
  });
  if (!pkg) return fail('manifest is missing either a `[package]` or a `[workspace]`');
  const wsToml = workspace?.toml;
  const name = tomlString(pkg, 'name');
  if (!name) return fail('missing field `name`');
  const edition = inherited(pkg, 'edition', tomlTable(wsToml, 'workspace')) ?? '2015';
  if (edition === '2024' && cargoMinor < 85)
    return fail(
      `feature \`edition2024\` is required\n\nThe package requires the Cargo feature called \`edition2024\`, but that feature is not stabilized in this version of Cargo (${cargoVersion}).\nConsider trying a newer version of Cargo (this may require the nightly release).\nSee https://doc.rust-lang.org/nightly/cargo/reference/unstable.html#edition-2024 for more information about the status of this feature.`,
    );
  const rustVersion = inherited(pkg, 'rust-version', tomlTable(wsToml, 'workspace'));
  const libTable = tomlTable(file.toml, 'lib');
  const libPath = tomlString(libTable, 'path') ?? 'src/lib.rs';
  const hasLib = libTable !== undefined || exists(fs, `${file.dir}/${libPath}`);
  const bins = binTargets(fs, file, name, pkg);
  if (!bins.ok) return fail(bins.error);
  if (!hasLib && bins.value.length === 0)
    return fail(
      'no targets specified in the manifest\neither src/lib.rs, src/main.rs, a [lib] section, or [[bin]] section must be present',
    );
  return {
    ok: true,
    value: {
      manifestPath: file.path,
      dir: file.dir,
      name,
      version: inherited(pkg, 'version', tomlTable(wsToml, 'workspace')) ?? '0.0.0',
      edition,
      ...(rustVersion ? { rustVersion } : {}),
      deps: allDeps(file, workspace),
      bins: bins.value,
      ...(hasLib
        ? {
            lib: {
              name: (tomlString(libTable, 'name') ?? name).replace(/-/g, '_'),
              path: libPath,
              procMacro: libTable?.['proc-macro'] === true,
            },
          }
        : {}),
    },
  };
}

function binTargets(
  fs: FileSystem,
  file: ManifestFile,
  name: string,
  pkg: TomlTable,
): Parsed<BinTarget[]> {
  const bins: BinTarget[] = [];
  const autobins = pkg.autobins !== false;
  const explicit = tomlTables(file.toml, 'bin');
  for (const bin of explicit) {
    const binName = tomlString(bin, 'name');
    if (!binName) return { ok: false, error: 'binary target bin.name is required' };
    let path = tomlString(bin, 'path');
    if (!path) {
      const candidates =
        binName === name
          ? ['src/main.rs']
          : [`src/bin/${binName}.rs`, `src/bin/${binName}/main.rs`];
      path = candidates.find((c) => exists(fs, `${file.dir}/${c}`));
      if (!path)
        return {
          ok: false,
          error:
            binName === name
              ? `can't find \`${binName}\` bin at \`src/main.rs\`. Please specify bin.path if you want to use a non-default path.`
              : `can't find \`${binName}\` bin at \`src/bin/${binName}.rs\` or \`src/bin/${binName}/main.rs\`. Please specify bin.path if you want to use a non-default path.`,
        };
    }
    bins.push({ name: binName, path });
  }
  if (autobins) {
    const taken = new Set(bins.map((b) => b.path));
    if (
      exists(fs, `${file.dir}/src/main.rs`) &&
      !taken.has('src/main.rs') &&
      !bins.some((b) => b.name === name)
    )
      bins.push({ name, path: 'src/main.rs' });
    for (const entry of listDir(fs, `${file.dir}/src/bin`).sort()) {
      const path = entry.endsWith('.rs')
        ? `src/bin/${entry}`
        : isDir(fs, `${file.dir}/src/bin/${entry}`) &&
            exists(fs, `${file.dir}/src/bin/${entry}/main.rs`)
          ? `src/bin/${entry}/main.rs`
          : undefined;
      const binName = entry.replace(/\.rs$/, '');
      if (path && !taken.has(path) && !bins.some((b) => b.name === binName))
        bins.push({ name: binName, path });
    }
  }
  return { ok: true, value: bins };
}

/** [workspace] members, with `dir/*` globs expanded, less `exclude`. */
export function workspaceMembers(fs: FileSystem, root: ManifestFile): string[] {
  const ws = tomlTable(root.toml, 'workspace');
  if (!ws) return [];
  const exclude = new Set(tomlStrings(ws, 'exclude').map((e) => join(root.dir, e)));
  const dirs: string[] = [];
  for (const member of tomlStrings(ws, 'members')) {
    if (member.endsWith('/*')) {
      const parent = join(root.dir, member.slice(0, -2));
      for (const entry of listDir(fs, parent).sort())
        if (exists(fs, `${parent}/${entry}/Cargo.toml`)) dirs.push(`${parent}/${entry}`);
    } else dirs.push(join(root.dir, member));
  }
  return [...new Set(dirs)].filter((d) => !exclude.has(d));
}

export function defaultMembers(root: ManifestFile): string[] {
  return tomlStrings(tomlTable(root.toml, 'workspace'), 'default-members').map((m) =>
    join(root.dir, m),
  );
}
