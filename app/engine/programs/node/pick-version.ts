/**
 * Which version of a package a dependency range installs, as npm (npm-pick-manifest) picks
 * it: the `latest` dist-tag's version when it satisfies the range, else the highest version
 * that does. The catalog's newest version of a package stands for `latest`; its older
 * releases (express 4 beside 5, react 18 beside 19) are the other candidates. node-semver,
 * npm's own range implementation, does the range arithmetic.
 */
import satisfies from 'semver/functions/satisfies';
import validVersion from 'semver/functions/valid';
import maxSatisfying from 'semver/ranges/max-satisfying';
import minVersion from 'semver/ranges/min-version';
import subset from 'semver/ranges/subset';
import validRange from 'semver/ranges/valid';
import type { Catalog, Package } from '../../catalog/types';
import { toolPackage } from './tool-packages';

export interface Picked {
  /** The package whose files are installed. */
  pkg: Package;
  /** The version installed: `pkg.version`, or one the catalog lacks that the range asked for. */
  version: string;
}

/** Whether an installed version meets a dependency's range (tags, URLs and the like do). */
export function meetsRange(version: string, range: string): boolean {
  const valid = validRange(range);
  return valid === null || satisfies(version, valid);
}

/** The lowest version a range allows (`^4.18.2` → 4.18.2), for naming a modelled version. */
export function lowestVersion(range: string): string | undefined {
  const valid = validRange(range);
  return valid === null ? undefined : minVersion(valid)?.version;
}

export function pickVersion(
  catalog: Catalog,
  name: string,
  range: string,
  noteOnce: (text: string) => void,
): Picked {
  const newest = catalog.package('npm', name) ?? toolPackage(name, range);
  const versions = catalog.packageVersions?.('npm', name) ?? [];
  const valid = validRange(range);
  if (newest && (valid === null || satisfies(newest.version, valid)))
    return { pkg: newest, version: newest.version };
  const best = maxSatisfying(versions, valid ?? '*');
  const release = best ? catalog.packageAt?.('npm', name, best) : undefined;
  if (release) return { pkg: release, version: release.version };
  const lowest = lowestVersion(range);
  const stand = (lowest ? nearestRelease(catalog, name, lowest) : undefined) ?? newest;
  if (!stand) {
    noteOnce(
      `Layercake's catalog does not know the npm package "${name}": it is installed as a plausible stand-in.`,
    );
    const pkg = catalog.plausiblePackage('npm', name, lowestVersion(range));
    return { pkg, version: pkg.version };
  }
  const version = lowest ?? stand.version;
  noteOnce(
    `${name}@${range} is modelled as ${version} with the files and dependencies of ${stand.name}@${stand.version}, the nearest version Layercake's catalog holds.`,
  );
  return { pkg: stand, version };
}

/** A lockfile's version installed with the nearest release's files (noted when they differ). */
export function lockedRelease(
  name: string,
  version: string,
  release: Package,
  noteOnce: (text: string) => void,
): Picked {
  if (release.version !== version)
    noteOnce(
      `The lockfile's ${name}@${version} is modelled with the files and dependencies of ${name}@${release.version}, the nearest version Layercake's catalog holds.`,
    );
  return { pkg: release, version };
}

/**
 * The release whose files stand for a version (a lockfile's, a pin's): that version if the
 * catalog holds it, else the highest of the same major (express 4.18.2 gets 4.22.1's files
 * and express 4's dependency tree), else the highest there is.
 */
export function nearestRelease(
  catalog: Catalog,
  name: string,
  version: string,
): Package | undefined {
  const versions = catalog.packageVersions?.('npm', name) ?? [];
  const major = version.split('.')[0];
  const pick =
    (versions.includes(version) && version) ||
    maxSatisfying(versions, `${major}.x`) ||
    maxSatisfying(versions, '*');
  return pick ? catalog.packageAt?.('npm', name, pick) : undefined;
}

/**
 * What `npm install name@spec` writes into package.json, as Arborist saves it: `^` and the
 * version installed for a tag, an exact version or a range that `^version` stays inside
 * (`express@4` → `^4.22.1`), the range itself otherwise (`>=4 <4.20`); the bare version with
 * --save-exact.
 */
export function savedRange(
  catalog: Catalog,
  name: string,
  spec: string | undefined,
  exact: boolean,
): string {
  const known = catalog.package('npm', name) ?? catalog.packageVersions?.('npm', name).length;
  const version = known
    ? pickVersion(catalog, name, spec ?? 'latest', () => undefined).version
    : catalog.plausiblePackage('npm', name, spec && lowestVersion(spec)).version;
  if (exact) return version;
  const prefixed = `^${version}`;
  const isRange = spec !== undefined && validVersion(spec) === null && validRange(spec) !== null;
  return !isRange || spec === '*' || subset(prefixed, spec, { loose: true }) ? prefixed : spec;
}
