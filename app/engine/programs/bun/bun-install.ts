/**
 * `bun install` (`bun i`, `bun add`, `-g`): package.json's dependencies resolved from the
 * same npm catalog and written with the same hoisted node_modules writer as npm
 * (../node/node-modules.ts); bun.lock written as Bun 1.2+ does (bun.lockb before 1.2, or
 * kept when the project has one); --frozen-lockfile refuses a lockfile that no longer says
 * what package.json declares (with no lockfile it installs from package.json and writes
 * none); --production leaves devDependencies out and implies --frozen-lockfile. Bun's cache
 * (~/.bun/install/cache) gets one entry per package: Bun hard-links the files from there into
 * node_modules, so a layer holds them once, and so does Layercake.
 */
import type { Catalog } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { readText, writeBlob, writeText, ensureDir, listDir } from '../common/fs-helpers';
import { resolveTree, writeNodeModules, type ResolvedPackage } from '../node/node-modules';
import { requestsOf } from '../node/npm-config';
import { formatJson, readJson, type PackageJson } from '../node/project';
import { formatBunLock, lockMatches, parseBunLock } from './bun-lock';
import { bunElapsed, bunRevision, writesBinaryLockfile } from './bun-version';

export interface InstallOptions {
  version: string;
  flags: readonly string[];
  /** Packages `bun add` names (`hono`, `zod@3.23.8`). */
  adding: readonly string[];
  global: boolean;
}

const has = (o: InstallOptions, ...names: string[]) => names.some((n) => o.flags.includes(n));

function cacheDir(io: ProgramIO): string {
  return (
    io.env.BUN_INSTALL_CACHE_DIR ??
    `${io.env.BUN_INSTALL ?? `${io.env.HOME ?? io.user.home}/.bun`}/install/cache`
  );
}

function lockfileError(io: ProgramIO): number {
  io.stderr(
    'error: lockfile had changes, but lockfile is frozen\nnote: try re-running without --frozen-lockfile and commit the updated lockfile\n',
  );
  return 1;
}

export function bunInstall(io: ProgramIO, catalog: Catalog, o: InstallOptions): number {
  const dir = o.global
    ? `${io.env.BUN_INSTALL ?? `${io.env.HOME ?? io.user.home}/.bun`}/install/global`
    : io.cwd === '/'
      ? ''
      : io.cwd;
  const read = readJson<PackageJson>(io.fs, `${dir}/package.json`);
  if (!read.ok && !o.global) {
    io.stderr(
      read.error === 'ENOENT'
        ? 'error: Bun could not find a package.json file to install from\nnote: Run "bun init" to initialize a project\n'
        : `error: Failed to parse package.json: ${read.message}\n`,
    );
    return 1;
  }
  io.stderr(
    `bun ${o.adding.length > 0 ? 'add' : 'install'} v${o.version} (${bunRevision(o.version)})\n`,
  );
  const manifest: PackageJson = read.ok ? read.value : {};
  const field = has(o, '-d', '--dev', '-D') ? 'devDependencies' : 'dependencies';
  for (const spec of o.adding) {
    const at = spec.lastIndexOf('@');
    const name = at > 0 ? spec.slice(0, at) : spec;
    const given = at > 0 ? spec.slice(at + 1) : undefined;
    const version =
      catalog.package('npm', name)?.version ?? catalog.plausiblePackage('npm', name, given).version;
    manifest[field] = { ...(manifest[field] ?? {}), [name]: given ?? `^${version}` };
  }
  const textLock = readText(io.fs, `${dir}/bun.lock`);
  const binaryLock = io.fs.stat(`${dir}/bun.lockb`).ok;
  const lock = textLock !== undefined ? parseBunLock(textLock) : undefined;
  if (textLock !== undefined && !lock) {
    io.stderr(`error: Failed to parse lockfile: ${dir}/bun.lock\n`);
    return 1;
  }
  const upToDate = binaryLock || (lock !== undefined && lockMatches(lock, manifest));
  // --production implies --frozen-lockfile; with no lockfile at all, a frozen install goes by
  // package.json and writes none (Bun's documented behaviour).
  const production = has(o, '--production', '-p');
  const frozen = production || has(o, '--frozen-lockfile', '--ci');
  const locked = textLock !== undefined || binaryLock;
  if (frozen && locked && (!upToDate || o.adding.length > 0)) return lockfileError(io);
  const noted = new Set<string>();
  const resolved = resolveTree(io, catalog, requestsOf(manifest, !production), (text) => {
    if (!noted.has(text)) io.note(text);
    noted.add(text);
  });
  // What the lockfile pins wins over the catalog's newest.
  for (const r of resolved.values()) r.version = lock?.packages[r.name] ?? r.version;
  const all = [...resolved.values()];
  const fresh = all.filter((r) => installedVersion(io, dir, r.name) !== r.version);
  const direct = Object.keys({
    ...(manifest.dependencies ?? {}),
    ...(production ? {} : (manifest.devDependencies ?? {})),
  });
  const ms =
    120 +
    fresh.length * 18 +
    Math.round(fresh.reduce((s, r) => s + r.pkg.downloadSize, 0) / 60_000);
  io.spend(ms);
  if (fresh.length === 0 && all.length > 0) {
    io.stdout(
      `\nChecked ${all.length} install${all.length === 1 ? '' : 's'} across ${all.length + 1} packages (no changes) ${bunElapsed(ms)}\n`,
    );
    return 0;
  }
  const cache = cacheDir(io);
  writeNodeModules(io, dir || '/', fresh, (r) =>
    writeBlob(
      io.fs,
      `${cache}/${r.name}@${r.version}@@@1/package.json`,
      `bun-cache:${r.name}@${r.version}`,
      600,
    ),
  );
  if (o.global) linkGlobalBins(io, dir, o.adding);
  const listed = all
    .filter((r) => direct.includes(r.name) || o.adding.some((a) => a.startsWith(r.name)))
    .map((r) => `+ ${r.name}@${r.version}\n`)
    .join('');
  io.stdout(
    `\n${listed}\n${fresh.length} package${fresh.length === 1 ? '' : 's'} installed ${bunElapsed(ms)}\n`,
  );
  const saved = writeLockfile(
    io,
    o,
    dir,
    manifest,
    all,
    textLock !== undefined,
    binaryLock,
    upToDate,
  );
  if (o.adding.length > 0 && read.ok) writeText(io.fs, `${dir}/package.json`, formatJson(manifest));
  if (saved) io.stdout('\nSaved lockfile\n');
  if (fresh.length > 0)
    io.note(
      `bun did not download anything: the packages' files are modelled from Layercake's npm catalog (the same one npm uses). Bun keeps them in ${cache} as well.`,
    );
  return 0;
}

function installedVersion(io: ProgramIO, dir: string, name: string): string | undefined {
  const text = readText(io.fs, `${dir}/node_modules/${name}/package.json`);
  return text ? /"version"\s*:\s*"([^"]+)"/.exec(text)?.[1] : undefined;
}

function writeLockfile(
  io: ProgramIO,
  o: InstallOptions,
  dir: string,
  manifest: PackageJson,
  packages: ResolvedPackage[],
  hasText: boolean,
  hasBinary: boolean,
  upToDate: boolean,
): boolean {
  const frozen = has(o, '--frozen-lockfile', '--ci', '--production', '-p');
  if (o.global || frozen || has(o, '--no-save') || (upToDate && o.adding.length === 0))
    return false;
  if (hasBinary || (!hasText && writesBinaryLockfile(o.version))) {
    writeBlob(
      io.fs,
      `${dir}/bun.lockb`,
      `bun-lockb:${packages.map((p) => `${p.name}@${p.version}`).join(',')}`,
      300 + packages.length * 160,
    );
    return true;
  }
  writeText(io.fs, `${dir}/bun.lock`, formatBunLock(manifest, packages));
  return true;
}

/** `bun add -g`: the packages' commands linked into BUN_INSTALL_BIN (/usr/local/bin in the images). */
function linkGlobalBins(io: ProgramIO, dir: string, adding: readonly string[]): void {
  const bin = io.env.BUN_INSTALL_BIN ?? `${io.env.HOME ?? io.user.home}/.bun/bin`;
  ensureDir(io.fs, bin);
  for (const name of listDir(io.fs, `${dir}/node_modules/.bin`)) {
    const link = io.fs.lstat(`${dir}/node_modules/.bin/${name}`);
    if (!link.ok || link.value.node.kind !== 'symlink') continue;
    const target = link.value.node.target;
    if (!adding.some((a) => target.startsWith(`../${a.replace(/(.)@.*$/, '$1')}/`))) continue;
    if (!io.fs.lstat(`${bin}/${name}`).ok)
      io.fs.symlink(`${dir}/node_modules/${target.slice(3)}`, `${bin}/${name}`);
  }
}
