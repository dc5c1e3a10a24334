/**
 * uv's resolution and its uv.lock: the packages a project needs (from the PyPI catalog, the
 * same data and release histories pip chooses from), written as uv.lock's TOML (a
 * `[[package]]` per package with its dependencies, the project's own entry carrying the
 * requirements it was locked for, which is how `--locked` tells an outdated lock).
 */
import { pypiReleases } from '../../catalog/ecosystems/pypi-releases';
import type { Catalog } from '../../catalog/types';
import { parseToml, tomlString, tomlStrings, tomlTable, tomlTables } from '../rust/toml';
import type { PythonEnv } from './env';
import type { PyProject } from './pyproject';
import { chooseRelease, dependencyFor } from './release-choice';
import { parseRequirement, pinnedVersion, type Requirement } from './requirements';
import { canonical } from './site';
import { plausibleRelease } from './stand-in';

export interface Locked {
  name: string;
  version: string;
  /** Canonical names of what it depends on. */
  deps: string[];
}

export interface Lock {
  packages: Locked[];
  /** The project's requirements the lock was made for (sorted texts). */
  requires: string[];
  dev: string[];
}

/** Every package the requirements need, dependencies included, in collection order. */
export function resolve(
  catalog: Catalog,
  env: PythonEnv,
  requirements: readonly string[],
): Locked[] {
  const out = new Map<string, Locked>();
  const queue: Requirement[] = requirements
    .map((r) => parseRequirement(r))
    .filter((r): r is Requirement => r !== undefined);
  while (queue.length > 0) {
    const req = queue.shift() as Requirement;
    const key = canonical(req.name);
    if (out.has(key)) continue;
    const pkg = catalog.package('pypi', req.name) ?? plausibleRelease(catalog, req);
    let version = pinnedVersion(req.specs) ?? pkg.version;
    let deps: Requirement[] = pkg.depends.map((name) => ({ name, text: name, specs: [] }));
    const history = pypiReleases(pkg.name);
    if (history && history.at(-1)?.version === pkg.version) {
      const choice = chooseRelease(history, req.specs, env.version, new Set());
      if (choice.ok) {
        version = choice.release.version;
        if (choice.release.depends)
          deps = choice.release.depends
            .map((line) => dependencyFor(line, env.version))
            .filter((d): d is Requirement => d !== undefined);
      }
    }
    out.set(key, { name: canonical(pkg.name), version, deps: deps.map((d) => canonical(d.name)) });
    queue.push(...deps);
  }
  return [...out.values()];
}

/** The packages reachable from some requirements in a lock. */
export function reachable(lock: Lock, roots: readonly string[]): Locked[] {
  const byName = new Map(lock.packages.map((p) => [p.name, p]));
  const seen = new Set<string>();
  const out: Locked[] = [];
  const queue = roots
    .map((r) => parseRequirement(r))
    .filter((r): r is Requirement => r !== undefined)
    .map((r) => canonical(r.name));
  while (queue.length > 0) {
    const name = queue.shift() as string;
    const pkg = byName.get(name);
    if (!pkg || seen.has(name)) continue;
    seen.add(name);
    out.push(pkg);
    queue.push(...pkg.deps);
  }
  return out;
}

const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function lockText(
  project: PyProject,
  env: PythonEnv,
  packages: readonly Locked[],
  isPackage: boolean,
): string {
  const sorted = [...packages].sort((a, b) => (a.name < b.name ? -1 : 1));
  const parts = [
    `version = 1\nrevision = 2\nrequires-python = ${quote(project.requiresPython ?? `>=${env.minor}`)}\n`,
  ];
  const projectEntry: Locked = {
    name: canonical(project.name),
    version: project.version,
    deps: [],
  };
  for (const pkg of [...sorted, projectEntry].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const own = pkg === projectEntry;
    const lines = [
      '[[package]]',
      `name = ${quote(pkg.name)}`,
      `version = ${quote(pkg.version)}`,
      own
        ? `source = { ${isPackage ? 'editable' : 'virtual'} = "." }`
        : 'source = { registry = "https://pypi.org/simple" }',
    ];
    const deps = own ? project.dependencies.map((d) => parseRequirement(d)?.name ?? d) : pkg.deps;
    if (deps.length > 0)
      lines.push(
        `dependencies = [\n${deps.map((d) => `    { name = ${quote(canonical(d))} },\n`).join('')}]`,
      );
    if (own) {
      lines.push('', '[package.metadata]');
      lines.push(`requires-dist = [${[...project.dependencies].sort().map(quote).join(', ')}]`);
      if (project.dev.length > 0) {
        lines.push('', '[package.metadata.requires-dev]');
        lines.push(`dev = [${[...project.dev].sort().map(quote).join(', ')}]`);
      }
    }
    parts.push(lines.join('\n') + '\n');
  }
  return parts.join('\n');
}

/** Reads a uv.lock this model wrote (or one shaped like uv's); undefined if unreadable. */
export function readLock(text: string, projectName: string): Lock | undefined {
  const parsed = parseToml(text);
  if (!parsed.ok) return undefined;
  const packages: Locked[] = [];
  let requires: string[] = [];
  let dev: string[] = [];
  for (const table of tomlTables(parsed.value, 'package')) {
    const name = tomlString(table, 'name');
    const version = tomlString(table, 'version');
    if (!name || !version) continue;
    if (canonical(name) === canonical(projectName)) {
      const metadata = tomlTable(table, 'metadata');
      requires = tomlStrings(metadata, 'requires-dist').sort();
      dev = tomlStrings(tomlTable(metadata, 'requires-dev'), 'dev').sort();
      continue;
    }
    const deps = tomlTables(table, 'dependencies')
      .map((d) => tomlString(d, 'name'))
      .filter((d): d is string => d !== undefined);
    packages.push({ name: canonical(name), version, deps });
  }
  return { packages, requires, dev };
}

/** Whether a lock was made for the project as it now reads. */
export function lockCurrent(lock: Lock, project: PyProject): boolean {
  const same = (a: string[], b: string[]) =>
    a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
  return same(lock.requires, project.dependencies) && same(lock.dev, project.dev);
}
