/**
 * poetry.lock: the project's dependencies resolved against the PyPI catalog (the versions and
 * release histories pip chooses from) and written in Poetry's layout: a `[[package]]` per
 * package (name, version, description, optional, python-versions, Poetry 2's `groups`, files
 * with hashes, `[package.dependencies]`), then `[metadata]` with the lock-version (1.x writes
 * "2.0", 2.x "2.1"), the project's Python constraint and the content-hash. Reading takes any
 * lock shaped like that, real ones included.
 */
import { pypiReleases } from '../../catalog/ecosystems/pypi-releases';
import type { Catalog } from '../../catalog/types';
import { sha256Hex } from '../common/hash';
import { parseToml, tomlString, tomlStrings, tomlTable, tomlTables } from '../rust/toml';
import type { PythonEnv } from './env';
import type { PoetryDependency, PoetryProject } from './poetry-project';
import { chooseRelease } from './release-choice';
import { parseRequirement, pinnedVersion, type Requirement } from './requirements';
import { canonical } from './site';
import { wheelName } from './wheels';
import { plausibleRelease } from './stand-in';

export interface LockedDependency {
  name: string;
  constraint: string;
  markers?: string;
}

export interface PoetryLocked {
  name: string;
  version: string;
  description: string;
  pythonVersions: string;
  dependencies: LockedDependency[];
  /** Poetry 2 locks: the groups that need it. */
  groups: string[];
}

export interface PoetryLock {
  packages: PoetryLocked[];
  contentHash: string;
  lockVersion: string;
}

/** A release's dependency line as the lock records it: name, constraint, marker. */
function lockedDependency(line: string): LockedDependency | undefined {
  const req = parseRequirement(line);
  if (!req) return undefined;
  const marker = line.split(';')[1]?.trim();
  const constraint = req.specs.map((s) => `${s.op}${s.version}`).join(',') || '*';
  return { name: canonical(req.name), constraint, ...(marker ? { markers: marker } : {}) };
}

/** Whether a marker holds for this interpreter on Linux (python_version and platform only). */
export function markerHolds(marker: string | undefined, env: PythonEnv): boolean {
  if (!marker) return true;
  const or = marker.split(/\bor\b/);
  return or.some((alternative) =>
    alternative.split(/\band\b/).every((clause) => {
      const m = /^\s*\(?\s*([a-z_]+)\s*(==|!=|>=|<=|>|<)\s*["']([^"']+)["']\s*\)?\s*$/.exec(clause);
      if (!m) return true;
      const [, key, op, value] = m as unknown as [string, string, string, string];
      const subject: Record<string, string> = {
        python_version: env.minor,
        python_full_version: env.version,
        sys_platform: 'linux',
        platform_system: 'Linux',
        os_name: 'posix',
        platform_python_implementation: 'CPython',
        implementation_name: 'cpython',
      };
      const actual = subject[key];
      if (actual === undefined) return true;
      if (key.startsWith('python')) {
        const parts = (a: string) => a.split('.').map(Number);
        const [x, y] = [parts(actual), parts(value)];
        let c = 0;
        for (let i = 0; i < Math.max(x.length, y.length) && c === 0; i++)
          c = (x[i] ?? 0) - (y[i] ?? 0);
        return { '==': c === 0, '!=': c !== 0, '>=': c >= 0, '<=': c <= 0, '>': c > 0, '<': c < 0 }[
          op
        ] as boolean;
      }
      return op === '==' ? actual === value : op === '!=' ? actual !== value : true;
    }),
  );
}

/** Resolves the groups' dependencies (every group, for the lock) against the catalog. */
export function resolveProject(
  catalog: Catalog,
  env: PythonEnv,
  project: PoetryProject,
): PoetryLocked[] {
  const out = new Map<string, PoetryLocked>();
  const groupsOf = new Map<string, Set<string>>();
  const queue: { req: Requirement; group: string }[] = [];
  for (const [group, { dependencies }] of project.groups)
    for (const dep of dependencies) queue.push({ req: requirementOf(dep), group });
  while (queue.length > 0) {
    const { req, group } = queue.shift() as { req: Requirement; group: string };
    const key = canonical(req.name);
    const groups = groupsOf.get(key) ?? new Set<string>();
    groupsOf.set(key, groups);
    const known = groups.has(group);
    groups.add(group);
    if (out.has(key)) {
      if (!known) for (const d of out.get(key)?.dependencies ?? []) queue.push(depReq(d, group));
      continue;
    }
    const pkg = catalog.package('pypi', req.name) ?? plausibleRelease(catalog, req);
    let version = pinnedVersion(req.specs) ?? pkg.version;
    let lines: readonly string[] = pkg.depends;
    let python = '>=3.9';
    const history = pypiReleases(pkg.name);
    if (history && history.at(-1)?.version === pkg.version) {
      const choice = chooseRelease(history, req.specs, env.version, new Set());
      if (choice.ok) {
        version = choice.release.version;
        lines = choice.release.depends ?? pkg.depends;
        python = choice.release.requiresPython || '*';
      }
    }
    const dependencies = lines
      .map(lockedDependency)
      .filter((d): d is LockedDependency => d !== undefined)
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    out.set(key, {
      name: key,
      version,
      description: pkg.summary,
      pythonVersions: python,
      dependencies,
      groups: [],
    });
    for (const d of dependencies) if (markerHolds(d.markers, env)) queue.push(depReq(d, group));
  }
  return [...out.values()]
    .map((p) => ({ ...p, groups: [...(groupsOf.get(p.name) ?? [])].sort() }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

function requirementOf(dep: PoetryDependency): Requirement {
  return { name: dep.name, text: dep.name, specs: dep.specs };
}

function depReq(dep: LockedDependency, group: string): { req: Requirement; group: string } {
  const req = parseRequirement(`${dep.name}${dep.constraint === '*' ? '' : dep.constraint}`);
  return { req: req ?? { name: dep.name, text: dep.name, specs: [] }, group };
}

const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** poetry.lock's text as Poetry `version` writes it. */
export function lockText(
  catalog: Catalog,
  env: PythonEnv,
  project: PoetryProject,
  packages: readonly PoetryLocked[],
  poetryVersion: string,
  hash: string,
): string {
  const major2 = !poetryVersion.startsWith('1.');
  const parts = [
    `# This file is automatically @generated by Poetry ${poetryVersion} and should not be changed by hand.\n`,
  ];
  for (const p of packages) {
    const pkg = catalog.package('pypi', p.name);
    const wheel = pkg ? wheelName(pkg, p.version, env) : `${p.name}-${p.version}-py3-none-any.whl`;
    const sdist = `${p.name.replace(/-/g, '_')}-${p.version}.tar.gz`;
    const lines = [
      '[[package]]',
      `name = ${quote(p.name)}`,
      `version = ${quote(p.version)}`,
      `description = ${quote(p.description)}`,
      'optional = false',
      `python-versions = ${quote(p.pythonVersions)}`,
      ...(major2 ? [`groups = [${p.groups.map(quote).join(', ')}]`] : []),
      'files = [',
      ...[wheel, sdist].map(
        (f) => `    {file = ${quote(f)}, hash = "sha256:${sha256Hex(`poetry-file:${f}`)}"},`,
      ),
      ']',
    ];
    if (p.dependencies.length > 0) {
      lines.push('', '[package.dependencies]');
      for (const d of p.dependencies)
        lines.push(
          d.markers
            ? `${d.name} = {version = ${quote(d.constraint)}, markers = ${quote(d.markers.replace(/'/g, '"'))}}`
            : `${d.name} = ${quote(d.constraint)}`,
        );
    }
    parts.push(lines.join('\n') + '\n');
  }
  parts.push(
    `[metadata]\nlock-version = "${major2 ? '2.1' : '2.0'}"\npython-versions = ${quote(project.python ?? '*')}\ncontent-hash = ${quote(hash)}\n`,
  );
  return parts.join('\n');
}

/** Reads a poetry.lock; undefined when it is not TOML or has no [metadata]. */
export function readPoetryLock(text: string): PoetryLock | undefined {
  const parsed = parseToml(text);
  if (!parsed.ok) return undefined;
  const metadata = tomlTable(parsed.value, 'metadata');
  if (!metadata) return undefined;
  const packages: PoetryLocked[] = [];
  for (const table of tomlTables(parsed.value, 'package')) {
    const name = tomlString(table, 'name');
    const version = tomlString(table, 'version');
    if (!name || !version) continue;
    const dependencies: LockedDependency[] = [];
    for (const [dep, value] of Object.entries(tomlTable(table, 'dependencies') ?? {})) {
      const entry = Array.isArray(value) ? value[0] : value;
      if (typeof entry === 'string') dependencies.push({ name: canonical(dep), constraint: entry });
      else if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
        if (entry.optional === true) continue;
        const markers = tomlString(entry, 'markers');
        dependencies.push({
          name: canonical(dep),
          constraint: tomlString(entry, 'version') ?? '*',
          ...(markers ? { markers } : {}),
        });
      }
    }
    packages.push({
      name: canonical(name),
      version,
      description: tomlString(table, 'description') ?? '',
      pythonVersions: tomlString(table, 'python-versions') ?? '*',
      dependencies,
      groups: tomlStrings(table, 'groups'),
    });
  }
  return {
    packages,
    contentHash: tomlString(metadata, 'content-hash') ?? '',
    lockVersion: tomlString(metadata, 'lock-version') ?? '1.1',
  };
}
