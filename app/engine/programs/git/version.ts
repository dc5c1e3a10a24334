/**
 * Which git the image has: the upstream version of the installed `git` package (dpkg's or
 * apk's record), so `git --version` and the version-dependent wording follow the
 * distribution's release (bookworm 2.39.5, trixie 2.47.3, Alpine 3.22 2.49.1, ...).
 */
import type { Catalog, Distro } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { installedVersion, upstreamOf } from '../common/installed-version';

export type GitVersion = readonly [major: number, minor: number, patch: number];

/**
 * The git on PATH: the package record's version. A git with no record (built from source, a
 * test tree) is taken to be the catalog's package for the distribution.
 */
export function gitVersion(io: ProgramIO, catalog: Catalog, distro: Distro | undefined): string {
  const recorded = installedVersion(io.fs, 'git');
  if (recorded) return recorded;
  const kind = io.fs.stat('/lib/apk/db/installed').ok ? 'apk' : 'deb';
  const fallback = catalog.package(kind, 'git', distro)?.version;
  return fallback ? upstreamOf(fallback) : '2.47.3';
}

export function parseVersion(version: string): GitVersion {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map((n) => Number(n) || 0);
  return [major, minor, patch];
}

/** Whether `version` is at least major.minor. */
export function atLeast(version: GitVersion, major: number, minor: number): boolean {
  return version[0] > major || (version[0] === major && version[1] >= minor);
}
