/**
 * Which git the image has: the upstream version of the installed `git` package (dpkg's or
 * apk's record), so `git --version` and the version-dependent wording follow the
 * distribution's release (bookworm 2.39.5, trixie 2.47.3, Alpine 3.22 2.49.1, ...).
 */
import type { Catalog, Distro } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { readDpkgDb } from '../apt/dpkg-db';
import { readInstalled } from '../apk/apk-db';

export type GitVersion = readonly [major: number, minor: number, patch: number];

/** "1:2.39.5-0+deb12u2" → "2.39.5"; "2.49.1-r0" → "2.49.1". */
export function upstreamOf(packageVersion: string): string {
  return packageVersion.replace(/^\d+:/, '').replace(/[-~+].*$/, '');
}

/**
 * The git on PATH: the package record's version. A git with no record (built from source, a
 * test tree) is taken to be the catalog's package for the distribution.
 */
export function gitVersion(io: ProgramIO, catalog: Catalog, distro: Distro | undefined): string {
  const deb = readDpkgDb(io.fs).packages.get('git')?.version;
  const apk = deb === undefined ? readInstalled(io.fs).get('git')?.version : undefined;
  const recorded = deb ?? apk;
  if (recorded) return upstreamOf(recorded);
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
