/**
 * `pipenv install`, `pipenv sync` and `pipenv lock`, in the order Pipenv 2024-2025 runs them:
 * the environment (pipenv-env.ts), then the lock: a missing Pipfile.lock is made ("Pipfile.lock
 * not found, creating...", refused with --system), a stale one (its `_meta.hash.sha256` is not
 * the Pipfile's) refused with --deploy ("Your Pipfile.lock (…) is out of date. Expected: (…).",
 * "ERROR:: Aborting deploy"), relocked in a virtualenv and used as it is with --system; then
 * "Installing dependencies from Pipfile.lock (<last 6 of the hash>)..." per category and pip
 * installing the locked versions with --no-deps (pip's own output is not shown). Pipenv hands
 * pip its cache directory (PIPENV_CACHE_DIR, default ~/.cache/pipenv), so the wheels stay in
 * the layer even after `pip install --no-cache-dir pipenv`.
 */
import type { Catalog } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { absolute, readText, writeText } from '../common/fs-helpers';
import type { PythonEnv } from './env';
import { installPinned } from './pinned-install';
import { lockText, readPipenvLock, resolvePipfile, type PipenvLock } from './pipenv-lock';
import { quiet } from './pipenv-env';
import { lockSection, pipfileHash, readPipfile, type Pipfile } from './pipfile';
import { markerHolds } from './poetry-lock';
import { canonical, installedDists } from './site';

export interface PipenvContext {
  io: ProgramIO;
  catalog: Catalog;
  pipfile: Pipfile;
}

export interface InstallFlags {
  system: boolean;
  deploy: boolean;
  ignorePipfile: boolean;
  /** --dev, or the categories named with --categories. */
  categories: string[];
}

const lockPath = (pipfile: Pipfile) => `${pipfile.dir === '/' ? '' : pipfile.dir}/Pipfile.lock`;

/** click's UsageError as Pipenv words it ("ERROR:: ..."): exit status 2. */
export function usageError(io: ProgramIO, message: string): number {
  io.stderr(`ERROR:: ${message}\n`);
  return 2;
}

export function readLock(ctx: PipenvContext): PipenvLock | undefined {
  const text = readText(ctx.io.fs, lockPath(ctx.pipfile));
  return text === undefined ? undefined : readPipenvLock(text);
}

/** `pipenv lock`: resolves every category and writes Pipfile.lock. Returns the lock. */
export function lockPipfile(ctx: PipenvContext, env: PythonEnv): PipenvLock | undefined {
  const { io, catalog, pipfile } = ctx;
  const sections = resolvePipfile(catalog, env, pipfile);
  for (const [category, deps] of pipfile.categories) {
    if (!quiet(io)) io.stderr(`Locking [${category}] dependencies...\n`);
    if (deps.length === 0) continue;
    io.stderr('Building requirements...\nResolving dependencies...\n');
    io.spend(1500 + (sections.get(lockSection(category))?.length ?? 0) * 250);
    io.stderr('✔ Success!\n');
  }
  const hash = pipfileHash(pipfile.toml);
  const text = lockText(catalog, env, pipfile, sections, hash);
  writeText(io.fs, lockPath(pipfile), text);
  if (!quiet(io)) io.stderr(`Updated Pipfile.lock (${hash.slice(-6)})!\n`);
  io.note(
    'pipenv lock resolved against the simulated PyPI catalog: versions are what pip would pick today; the file hashes are stand-ins.',
  );
  return readPipenvLock(text);
}

/**
 * The lock `install` uses, made or checked as Pipenv does; a number is the exit status of a
 * refusal.
 */
export function lockForInstall(
  ctx: PipenvContext,
  env: PythonEnv,
  flags: InstallFlags,
): PipenvLock | number {
  const { io, pipfile } = ctx;
  const lock = readLock(ctx);
  if (!lock) {
    if (flags.system)
      return usageError(
        io,
        '--system is intended to be used for Pipfile installation, not installation of specific packages. Aborting.\nSee also: --deploy flag.',
      );
    if (!quiet(io)) io.stderr('Pipfile.lock not found, creating...\n');
    return lockPipfile(ctx, env) ?? 1;
  }
  if (flags.ignorePipfile) return lock;
  const expected = pipfileHash(pipfile.toml);
  if (lock.hash === expected) return lock;
  if (flags.deploy) {
    io.stdout(
      `Your Pipfile.lock (${lock.hash.slice(-6)}) is out of date. Expected: (${expected.slice(-6)}).\n`,
    );
    return usageError(io, 'Aborting deploy');
  }
  if (flags.system) {
    io.stderr(
      `Pipfile.lock (${lock.hash.slice(-6)}) out of date, but installation uses --system so re-building lockfile must happen in isolation. Please rebuild lockfile in a virtualenv. Continuing anyway...\n`,
    );
    return lock;
  }
  // Wording of Pipenv 2024 (later releases say "out of date: run `pipenv lock` to update").
  io.stderr(
    `Pipfile.lock (${lock.hash.slice(-6)}) out of date, updating to (${expected.slice(-6)})...\n`,
  );
  return lockPipfile(ctx, env) ?? 1;
}

/** Where Pipenv tells pip to cache wheels; undefined when pip's caching is switched off. */
function pipCacheDir(io: ProgramIO): string | undefined {
  const off = io.env.PIP_NO_CACHE_DIR;
  if (off !== undefined && !['0', 'false', 'no', 'off'].includes(off.toLowerCase()))
    return undefined;
  if (io.env.PIPENV_CACHE_DIR) return absolute(io.cwd, io.env.PIPENV_CACHE_DIR);
  const home = io.env.HOME ?? io.user.home;
  return `${io.env.XDG_CACHE_HOME ?? `${home}/.cache`}/pipenv`;
}

/** Installs the lock's packages of `categories` (Pipfile names) into `env`. */
export function installFromLock(
  ctx: PipenvContext,
  env: PythonEnv,
  lock: PipenvLock,
  categories: string[],
): number {
  const { io, catalog } = ctx;
  for (const category of categories) {
    if (!quiet(io))
      io.stdout(`Installing dependencies from Pipfile.lock (${lock.hash.slice(-6)})...\n`);
    const installed = new Map(
      installedDists(io.fs, [env.sitePackages]).map((d) => [canonical(d.name), d.version]),
    );
    const wanted = (lock.sections.get(lockSection(category)) ?? []).filter(
      (p) => markerHolds(p.markers, env) && installed.get(p.name) !== p.version.replace(/^==/, ''),
    );
    if (wanted.length === 0) continue;
    const cacheDir = pipCacheDir(io);
    const pins = wanted.map((p) => ({ name: p.name, version: p.version.replace(/^==/, '') }));
    const code = installPinned(io, catalog, env, pins, {
      site: env.sitePackages,
      binDir: env.binDir,
      cacheDir,
      userOrVenv: env.venv !== undefined,
      tool: 'pip', // Pipenv runs pip itself
      silent: true,
    });
    if (code !== 0) {
      io.stderr(
        `ERROR: Couldn't install package: ${wanted.map((p) => p.name).join(' ')}\n Package installation failed...\n`,
      );
      return 1;
    }
    if (cacheDir)
      io.note(
        `pip, run by Pipenv, kept the wheels in ${cacheDir}: set PIPENV_CACHE_DIR to a cache mount or PIP_NO_CACHE_DIR=1 (or remove it in the same RUN) to keep them out of the layer.`,
      );
  }
  return 0;
}

/** The Pipfile as it is on disk now (after `pipenv install NAME` edited it). */
export function reloadPipfile(ctx: PipenvContext): PipenvContext {
  const read = readPipfile(ctx.io.fs, ctx.pipfile.path);
  return read.ok ? { ...ctx, pipfile: read.pipfile } : ctx;
}
