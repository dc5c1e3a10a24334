/**
 * What every cargo command that needs dependencies does before compiling: load the
 * workspace, check rust-version, read Cargo.lock (and keep it when it is up to date), else
 * resolve against crates.io ("Updating crates.io index", "Locking N packages"), honour
 * --locked and --offline in cargo's words, write the lock, then download what is missing.
 */
import type { ProgramIO } from '../../shell/program';
import { readText, writeText } from '../common/fs-helpers';
import { resolveFromLock } from './locked';
import { parseLock, renderLock, sameLock, type LockFile } from './lockfile';
import type { Package } from './manifest';
import { fetchCrates, isDownloaded, updateGit, updateIndex } from './registry';
import { resolve, type Resolution, type Unit } from './resolve';
import { parseVersion } from './semver';
import { lockfileVersion, lockingLine, type Toolchain } from './toolchain';
import type { Workspace } from './workspace';

export interface PrepareOptions {
  locked: boolean;
  offline: boolean;
  /** cargo install of a registry crate: its own lock is not used, none is written. */
  writeLock: boolean;
  /** What must be downloaded (a build: what it compiles); every package when absent (fetch). */
  needed?: (resolution: Resolution) => Unit[];
}

export type Prepared = { ok: true; resolution: Resolution } | { ok: false; code: number };

export function prepare(
  io: ProgramIO,
  tc: Toolchain,
  ws: Workspace,
  roots: Package[],
  options: PrepareOptions,
): Prepared {
  const fail = (text: string): Prepared => {
    io.stderr(text);
    return { ok: false, code: 101 };
  };
  let lock: LockFile | undefined;
  const lockText = options.writeLock ? readText(io.fs, ws.lockPath) : undefined;
  if (lockText !== undefined) {
    const read = parseLock(lockText, ws.lockPath);
    if (!read.ok) return fail(read.error);
    if (read.lock.version >= 4 && tc.minor < 78)
      return fail(
        `error: failed to parse lock file at: ${ws.lockPath}\n\nCaused by:\n  lock file version ${read.lock.version} requires \`-Znext-lockfile-bump\`\n`,
      );
    lock = read.lock;
  }
  const packages = [...ws.packages.values()];
  let resolution = lock ? resolveFromLock(packages, lock) : undefined;
  let indexUpdated = false;
  if (!resolution) {
    const registryDeps = packages.some((p) => p.deps.some((d) => !d.path && !d.git));
    if (!options.offline && registryDeps) {
      const names = [
        ...new Set(packages.flatMap((p) => p.deps.filter((d) => !d.path).map((d) => d.crate))),
      ];
      const error = updateIndex(io, tc, names);
      if (error) return fail(error);
      indexUpdated = true;
    }
    const resolved = resolve(packages, {
      ...(lock ? { lock } : {}),
      lockVersion: lockfileVersion(tc),
      showAvailable: tc.minor >= 80,
    });
    if (!resolved.ok) return fail(resolved.error);
    resolution = resolved.value;
    if (options.offline) {
      const absent = [...resolution.units.values()].find(
        (u) => u.kind === 'registry' && !isDownloaded(io, tc, u),
      );
      if (absent) {
        const by = roots[0];
        return fail(
          `error: no matching package named \`${absent.name}\` found\nlocation searched: registry \`crates-io\`\nrequired by package \`${by?.name} v${by?.version} (${by?.dir})\`\nAs a reminder, you're using offline mode (--offline) which can sometimes cause surprising resolution failures, if this error is too confusing you may wish to retry without \`--offline\`.\n`,
        );
      }
    }
    const changed = !lock || !sameLock(lock, resolution.lock);
    if (changed && options.locked && options.writeLock)
      return fail(lockedError(tc, ws.lockPath, lock !== undefined));
    if (!options.offline && resolution.gits.length > 0) updateGit(io, resolution.gits);
    const locking = lockingLine(
      tc,
      resolution.added.length,
      lock === undefined,
      roots.find((p) => p.rustVersion)?.rustVersion,
    );
    if (locking) io.stderr(locking);
    for (const line of resolution.adding) io.stderr(line);
    if (changed && options.writeLock && !writeText(io.fs, ws.lockPath, renderLock(resolution.lock)))
      return fail(
        `error: failed to write ${ws.lockPath}\n\nCaused by:\n  failed to open: ${ws.lockPath}\n\nCaused by:\n  Permission denied (os error 13)\n`,
      );
  }
  for (const note of resolution.notes) io.note(note);
  const wanted = options.needed ? options.needed(resolution) : [...resolution.units.values()];
  const missing = wanted.filter((u) => u.kind === 'registry' && !isDownloaded(io, tc, u));
  if (missing.length > 0 && options.offline) {
    const first = missing[0] as (typeof missing)[number];
    return fail(
      `error: failed to download \`${first.name} v${first.version}\`\n\nCaused by:\n  attempting to make an HTTP request, but --offline was specified\n`,
    );
  }
  if (missing.length > 0 && !indexUpdated) {
    const error = updateIndex(
      io,
      tc,
      missing.map((u) => u.name),
    );
    if (error) return fail(error);
  }
  const error = fetchCrates(io, tc, wanted);
  if (error) return fail(error);
  const unsupported = tooNew(tc, roots);
  if (unsupported) return fail(unsupported);
  return { ok: true, resolution };
}

/** rust-version above this rustc, checked once the packages are there, in cargo's words. */
function tooNew(tc: Toolchain, roots: Package[]): string | undefined {
  const have = parseVersion(tc.version);
  const lines = roots.flatMap((pkg) => {
    const needed = pkg.rustVersion
      ? parseVersion(`${pkg.rustVersion}.0.0`.split('.').slice(0, 3).join('.'))
      : undefined;
    return needed && have && compare(have, needed) < 0
      ? [`  ${pkg.name}@${pkg.version} requires rustc ${pkg.rustVersion}\n`]
      : [];
  });
  if (lines.length === 0) return undefined;
  return `error: rustc ${tc.version} is not supported by the following package${lines.length === 1 ? '' : 's'}:\n${lines.join('')}`;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** cargo 1.93 split the message into "cannot create" and "cannot update". */
function lockedError(tc: Toolchain, path: string, exists: boolean): string {
  if (tc.minor >= 93)
    return `error: cannot ${exists ? 'update' : 'create'} the lock file ${path} because --locked was passed to prevent this\nhelp: to generate the lock file without accessing the network, remove the --locked flag and use --offline instead.\n`;
  return `error: the lock file ${path} needs to be updated but --locked was passed to prevent this\nIf you want to try to generate the lock file without accessing the network, remove the --locked flag and use --offline instead.\n`;
}
