/**
 * Which release of a package pip installs: the newest whose Requires-Python the interpreter
 * satisfies and which matches the requirement's specifiers (final releases first; a
 * pre-release only when nothing else matches). When none does, pip's three-line report,
 * with the releases it skipped for their Requires-Python.
 */
import type { PypiRelease } from '../../catalog/ecosystems/pypi-releases';
import {
  compareVersions,
  isPrerelease,
  parseRequirement,
  parseSpecifiers,
  pinnedVersion,
  satisfies,
  type Requirement,
} from './requirements';

export type ReleaseChoice = { ok: true; release: PypiRelease } | { ok: false; available: string[] };

/** May this interpreter ("3.8.10") install a release that requires `requiresPython`? */
export function pythonAllows(requiresPython: string, pythonVersion: string): boolean {
  return requiresPython === '' || satisfies(pythonVersion, parseSpecifiers(requiresPython));
}

/**
 * Chooses a release. `skipped` collects "3.1.0 Requires-Python >=3.9" for every release the
 * interpreter may not install: pip keeps these for the whole run and reports them all.
 */
export function chooseRelease(
  releases: readonly PypiRelease[],
  specs: Requirement['specs'],
  pythonVersion: string,
  skipped: Set<string>,
): ReleaseChoice {
  const allowed: PypiRelease[] = [];
  for (const release of releases) {
    if (pythonAllows(release.requiresPython, pythonVersion)) allowed.push(release);
    else skipped.add(`${release.version} Requires-Python ${release.requiresPython}`);
  }
  const matching = allowed.filter((r) => satisfies(r.version, specs));
  const finals = matching.filter((r) => !isPrerelease(r.version));
  const pool = finals.length > 0 ? finals : matching;
  const best = pool.reduce<PypiRelease | undefined>(
    (top, r) => (top === undefined || compareVersions(r.version, top.version) > 0 ? r : top),
    undefined,
  );
  if (best) return { ok: true, release: best };
  const unlisted = unlistedRelease(releases, specs, pythonVersion);
  if (unlisted) return { ok: true, release: unlisted };
  return {
    ok: false,
    available: allowed.map((r) => r.version).sort(compareVersions),
  };
}

/**
 * A history lists some of a package's releases, not all: when none listed meets the
 * requirement but the version it names (`==0.113.0`, `~=3.2`, or the `>=` bound of
 * `fastapi>=0.113.0,<0.114.0`) lies before the newest listed, it is taken as a real release,
 * modelled on the nearest older listed release (Requires-Python and dependencies) or, older
 * than all of them, on the oldest one's dependencies with no Requires-Python. A history that
 * starts at a project's first version (0.1, 0.1.0, 0.0.1: Flask's) lists every release, so
 * a version it lacks never existed.
 */
const FIRST_VERSIONS = new Set(['0.0.1', '0.1', '0.1.0']);

function unlistedRelease(
  releases: readonly PypiRelease[],
  specs: Requirement['specs'],
  pythonVersion: string,
): PypiRelease | undefined {
  const version =
    pinnedVersion(specs) ?? specs.find((s) => s.op === '>=' && !s.version.endsWith('.*'))?.version;
  const newest = releases.at(-1);
  if (FIRST_VERSIONS.has(releases[0]?.version ?? '')) return undefined;
  if (!newest || !version || !satisfies(version, specs)) return undefined;
  if (compareVersions(version, newest.version) >= 0) return undefined;
  const before = releases.filter((r) => compareVersions(r.version, version) < 0).at(-1);
  const model = before ?? releases[0];
  const requiresPython = before?.requiresPython ?? '';
  if (!model || !pythonAllows(requiresPython, pythonVersion)) return undefined;
  return { version, requiresPython, ...(model.depends ? { depends: model.depends } : {}) };
}

/** pip's report when no release fits (stderr), as pip 25 prints it. */
export function noMatchingDistribution(
  requirement: string,
  from: string,
  available: readonly string[],
  skipped: ReadonlySet<string>,
): string {
  const ignored =
    skipped.size > 0
      ? `ERROR: Ignored the following versions that require a different python version: ${[...skipped].sort().join('; ')}\n`
      : '';
  return (
    ignored +
    `ERROR: Could not find a version that satisfies the requirement ${requirement}${from} (from versions: ${available.length > 0 ? available.join(', ') : 'none'})\n` +
    `ERROR: No matching distribution found for ${requirement}\n`
  );
}

/**
 * A dependency line of a release ("importlib-metadata>=3.6.0; python_version < \"3.10\"") as
 * a requirement, or undefined when its marker excludes this interpreter or names an extra not
 * asked for (`extra == "standard"`). Clauses are read as joined by `and` (parentheses
 * ignored): python_version, python_full_version, extra, and the platform of a Linux CPython
 * (sys_platform, platform_system, os_name, implementation_name,
 * platform_python_implementation); any other clause is taken as true.
 */
export function dependencyFor(
  line: string,
  pythonVersion: string,
  extras: readonly string[] = [],
): Requirement | undefined {
  const [spec, ...rest] = line.split(';');
  const marker = rest.join(';');
  if (marker !== '' && !markerAllows(marker, pythonVersion, extras)) return undefined;
  return parseRequirement((spec ?? '').trim());
}

const LINUX_CPYTHON: Record<string, string> = {
  sys_platform: 'linux',
  platform_system: 'Linux',
  os_name: 'posix',
  implementation_name: 'cpython',
  platform_python_implementation: 'CPython',
};

function markerAllows(marker: string, pythonVersion: string, extras: readonly string[]): boolean {
  const minor = pythonVersion.split('.').slice(0, 2).join('.');
  for (const clause of marker.replace(/[()]/g, ' ').split(/\band\b/)) {
    const m = /^\s*([a-z_]+)\s*(==|!=|>=|<=|>|<)\s*["']([^"']+)["']\s*$/.exec(clause);
    if (!m) continue;
    const [, key, op, value] = m as unknown as [string, string, string, string];
    if (key === 'python_version' || key === 'python_full_version') {
      const subject = key === 'python_version' ? minor : pythonVersion;
      if (!satisfies(subject, [{ op, version: value }])) return false;
    } else if (key === 'extra') {
      const asked = extras.includes(value.toLowerCase().replace(/[-_.]+/g, '-'));
      if ((op === '==') !== asked) return false;
    } else if (key in LINUX_CPYTHON && (op === '==' || op === '!=')) {
      if ((LINUX_CPYTHON[key] === value) !== (op === '==')) return false;
    }
  }
  return true;
}
