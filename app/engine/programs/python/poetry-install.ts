/**
 * `poetry install` and `poetry lock`. Install reads poetry.lock ("Installing dependencies from
 * lock file"; a lock whose content-hash no longer matches pyproject.toml is refused) or, with
 * none, resolves and writes one after installing ("Updating dependencies", "Writing lock
 * file"). The packages of the chosen groups (--with, --without, --only; optional groups only
 * when asked) are installed deepest dependency first, as Poetry orders its operations, by
 * pip's installer into the environment's site-packages (so imports and layer sizes are pip's),
 * and listed as a build log shows them ("  - Installing flask (3.0.3)"). Then the project
 * itself, unless --no-root or package-mode = false (poetry-root.ts).
 */
import type { Catalog } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { readText, writeBlob, writeText } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import type { PythonEnv } from './env';
import { installPinned } from './pinned-install';
import { poetryCacheDir } from './poetry-env';
import { contentHash } from './poetry-hash';
import {
  lockText,
  markerHolds,
  readPoetryLock,
  resolveProject,
  type PoetryLocked,
} from './poetry-lock';
import type { PoetryProject } from './poetry-project';
import { installRoot } from './poetry-root';
import { canonical, installedDists } from './site';
import { wheelName } from './wheels';

export interface PoetryContext {
  io: ProgramIO;
  catalog: Catalog;
  project: PoetryProject;
  /** The Poetry release that runs ("1.8.3"), and its major version. */
  version: string;
  major: number;
}

export interface InstallFlags {
  groups: Set<string>;
  noRoot: boolean;
  onlyRoot: boolean;
  dryRun: boolean;
}

const lockPath = (project: PoetryProject) =>
  `${project.dir === '/' ? '' : project.dir}/poetry.lock`;

/** The stale-lock refusal, in the words of the Poetry that runs. */
export function staleLockMessage(major: number): string {
  return `pyproject.toml changed significantly since poetry.lock was last generated. Run \`${major >= 2 ? 'poetry lock' : 'poetry lock [--no-update]'}\` to fix the lock file.`;
}

/**
 * Groups to install: non-optional ones (`export`'s default is `main` alone) plus --with, less
 * --without; or exactly --only.
 */
export function chooseGroups(
  project: PoetryProject,
  options: { with: string[]; without: string[]; only: string[] },
  mainOnly = false,
): { ok: true; groups: Set<string> } | { ok: false; error: string } {
  const missing: string[] = [];
  for (const [flag, names] of Object.entries(options) as [string, string[]][])
    for (const name of names)
      if (!project.groups.has(name)) missing.push(`${name} (via --${flag})`);
  if (missing.length > 0)
    return { ok: false, error: `Group(s) not found: ${missing.sort().join(', ')}` };
  if (options.only.length > 0) return { ok: true, groups: new Set(options.only) };
  const groups = new Set<string>();
  for (const [name, group] of project.groups)
    if (!group.optional && (!mainOnly || name === 'main')) groups.add(name);
  for (const name of options.with) groups.add(name);
  for (const name of options.without) groups.delete(name);
  return { ok: true, groups };
}

/** The locked packages the groups need on this interpreter, with their depth (for order). */
function needed(
  packages: readonly PoetryLocked[],
  project: PoetryProject,
  groups: Set<string>,
  env: PythonEnv,
): { pkg: PoetryLocked; depth: number }[] {
  const byName = new Map(packages.map((p) => [p.name, p]));
  const depth = new Map<string, number>();
  const visit = (name: string, d: number, path: Set<string>) => {
    const pkg = byName.get(name);
    if (!pkg || path.has(name) || (depth.get(name) ?? -1) >= d) return;
    depth.set(name, d);
    const next = new Set(path).add(name);
    for (const dep of pkg.dependencies)
      if (markerHolds(dep.markers, env)) visit(dep.name, d + 1, next);
  };
  for (const group of groups)
    for (const dep of project.groups.get(group)?.dependencies ?? [])
      if (!dep.optional && markerHolds(dep.markers, env)) visit(canonical(dep.name), 0, new Set());
  return [...depth.entries()]
    .map(([name, d]) => ({ pkg: byName.get(name) as PoetryLocked, depth: d }))
    .sort((a, b) => b.depth - a.depth || (a.pkg.name < b.pkg.name ? -1 : 1));
}

/** `poetry install`; returns Poetry's exit code. */
export function poetryInstall(ctx: PoetryContext, env: PythonEnv, flags: InstallFlags): number {
  const { io, project, major } = ctx;
  if (!flags.onlyRoot) {
    const code = installDependencies(ctx, env, flags);
    if (code !== 0) return code;
  }
  if (flags.noRoot || !project.packageMode) return 0;
  return installRoot(io, env, project, major, flags.dryRun);
}

function installDependencies(ctx: PoetryContext, env: PythonEnv, flags: InstallFlags): number {
  const { io, catalog, project, major } = ctx;
  const hash = contentHash(project.toml, major);
  const text = readText(io.fs, lockPath(project));
  const lock = text === undefined ? undefined : readPoetryLock(text);
  let packages: PoetryLocked[];
  let update = false;
  if (text !== undefined) {
    io.stdout('Installing dependencies from lock file\n');
    if (!lock || lock.contentHash !== hash) {
      io.stderr(`\n${staleLockMessage(major)}\n`);
      return 1;
    }
    packages = lock.packages;
  } else {
    io.stdout('Updating dependencies\nResolving dependencies...\n');
    packages = resolveProject(catalog, env, project);
    io.spend(400 + packages.length * 60);
    update = true;
  }
  const wanted = needed(packages, project, flags.groups, env);
  const installed = new Map(
    installedDists(io.fs, [env.sitePackages]).map((d) => [canonical(d.name), d.version]),
  );
  const ops = wanted.filter(({ pkg }) => installed.get(pkg.name) !== pkg.version);
  if (ops.length === 0) io.stdout('\nNo dependencies to install or update\n');
  else {
    const updates = ops.filter(({ pkg }) => installed.has(pkg.name)).length;
    const installs = ops.length - updates;
    const s = (n: number) => (n === 1 ? '' : 's');
    io.stdout(
      `\nPackage operations: ${installs} install${s(installs)}, ${updates} update${s(updates)}, 0 removals\n\n`,
    );
    for (const { pkg } of ops) {
      const old = installed.get(pkg.name);
      io.stdout(
        old === undefined
          ? `  - Installing ${pkg.name} (${pkg.version})\n`
          : `  - Updating ${pkg.name} (${old} -> ${pkg.version})\n`,
      );
    }
    if (!flags.dryRun) {
      const code = runInstall(
        ctx,
        env,
        ops.map((o) => o.pkg),
      );
      if (code !== 0) return code;
    }
  }
  if (update && !flags.dryRun) {
    writeText(
      io.fs,
      lockPath(project),
      lockText(catalog, env, project, packages, ctx.version, hash),
    );
    io.stdout('\nWriting lock file\n');
  }
  return 0;
}

/** The files, by pip's installer, quietly; Poetry's INSTALLER and its artifact cache. */
function runInstall(ctx: PoetryContext, env: PythonEnv, packages: PoetryLocked[]): number {
  const { io, catalog } = ctx;
  const code = installPinned(io, catalog, env, packages, {
    site: env.sitePackages,
    binDir: env.binDir,
    userOrVenv: true,
    tool: 'Poetry',
  });
  if (code !== 0) return 1;
  const names = new Set(packages.map((p) => p.name));
  for (const dist of installedDists(io.fs, [env.sitePackages]))
    if (names.has(canonical(dist.name)))
      // Poetry's wheel installer records itself with its version (from memory of 1.8/2.x).
      writeText(io.fs, `${dist.distInfo}/INSTALLER`, `Poetry ${ctx.version}\n`);
  const cache = poetryCacheDir(io, ctx.project.dir);
  for (const p of packages) {
    const pkg = catalog.package('pypi', p.name);
    const file = pkg ? wheelName(pkg, p.version, env) : `${p.name}-${p.version}-py3-none-any.whl`;
    const h = sha256Hex(`https://files.pythonhosted.org/${file}`);
    writeBlob(
      io.fs,
      `${cache}/artifacts/${h.slice(0, 2)}/${h.slice(2, 4)}/${h.slice(4, 6)}/${h.slice(6)}/${file}`,
      `poetry-artifact:${file}`,
      pkg?.downloadSize ?? 100_000,
    );
  }
  io.note(
    `Poetry kept the wheels it downloaded in ${cache}/artifacts: in a Dockerfile, set POETRY_CACHE_DIR and remove it in the same RUN (or mount it as a cache) so they stay out of the layer.`,
  );
  return 0;
}

/** `poetry lock` (Poetry 1.x re-resolves unless --no-update; 2.x keeps locked versions). */
export function poetryLock(ctx: PoetryContext, env: PythonEnv, refresh: boolean): number {
  const { io, catalog, project, major } = ctx;
  const path = lockPath(project);
  const before = readText(io.fs, path);
  if (!(refresh && before !== undefined)) io.stdout('Updating dependencies\n');
  io.stdout('Resolving dependencies...\n');
  const packages = resolveProject(catalog, env, project);
  io.spend(400 + packages.length * 60);
  const text = lockText(
    catalog,
    env,
    project,
    packages,
    ctx.version,
    contentHash(project.toml, major),
  );
  if (text !== before) {
    writeText(io.fs, path, text);
    io.stdout('\nWriting lock file\n');
  }
  return 0;
}
