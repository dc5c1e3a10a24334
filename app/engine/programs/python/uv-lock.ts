/**
 * uv's resolution and its uv.lock: the packages a project needs (from the PyPI catalog, the
 * same data and release histories pip chooses from), written as uv.lock's TOML (a
 * `[[package]]` per package with its dependencies, the project's own entry carrying the
 * requirements it was locked for, which is how `--locked` tells an outdated lock).
 */
import { pypiReleases } from '../../catalog/ecosystems/pypi-releases';
import type { Catalog } from '../../catalog/types';
import {
  parseToml,
  tomlString,
  tomlStrings,
  tomlTable,
  tomlTables,
  type TomlTable,
} from '../rust/toml';
import type { PythonEnv } from './env';
import type { PyProject } from './pyproject';
import { chooseRelease, dependencyFor } from './release-choice';
import { parseRequirement, pinnedVersion, type Requirement } from './requirements';
import { canonical } from './site';
import { extraDependencies, providesExtra } from './pip-extras';
import { plausibleRelease } from './stand-in';

export interface Locked {
  name: string;
  version: string;
  /** What it depends on: canonical names, with the extras asked of them (`uvicorn[standard]`). */
  deps: string[];
  /** What each extra asked of it adds, as uv.lock's [package.optional-dependencies]. */
  optional?: Record<string, string[]>;
}

/** A dependency as Locked lists it: the canonical name, then any extras in brackets. */
function refOf(req: Requirement): string {
  const extras = req.extras ?? [];
  return `${canonical(req.name)}${extras.length > 0 ? `[${extras.join(',')}]` : ''}`;
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
  const extrasDone = new Map<string, Set<string>>();
  const queue: Requirement[] = requirements
    .map((r) => parseRequirement(r))
    .filter((r): r is Requirement => r !== undefined);
  while (queue.length > 0) {
    const req = queue.shift() as Requirement;
    const key = canonical(req.name);
    const locked = out.get(key) ?? lockOne(catalog, env, req, out, queue);
    // Each extra asked of the package (by the project or a dependency) adds its requirements.
    const done = extrasDone.get(key) ?? new Set<string>();
    extrasDone.set(key, done);
    for (const extra of req.extras ?? []) {
      if (done.has(extra) || providesExtra(locked.name, extra) !== true) continue;
      done.add(extra);
      const catalogVersion = catalog.package('pypi', locked.name)?.version ?? locked.version;
      const added = extraDependencies(locked.name, [extra], env.version, {
        version: locked.version,
        catalogVersion,
      });
      locked.optional = { ...locked.optional, [extra]: added.map(refOf) };
      queue.push(...added);
    }
  }
  return [...out.values()];
}

/** Locks one release of a requirement's package and queues its dependencies. */
function lockOne(
  catalog: Catalog,
  env: PythonEnv,
  req: Requirement,
  out: Map<string, Locked>,
  queue: Requirement[],
): Locked {
  const key = canonical(req.name);
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
  const locked: Locked = { name: canonical(pkg.name), version, deps: deps.map(refOf) };
  out.set(key, locked);
  queue.push(...deps);
  return locked;
}

/** The packages reachable from some requirements in a lock. */
export function reachable(lock: Lock, roots: readonly string[]): Locked[] {
  const byName = new Map(lock.packages.map((p) => [p.name, p]));
  // The extras followed for each package reached.
  const seen = new Map<string, Set<string>>();
  const out: Locked[] = [];
  const parse = (refs: readonly string[]) =>
    refs.map((r) => parseRequirement(r)).filter((r): r is Requirement => r !== undefined);
  const queue = parse(roots);
  while (queue.length > 0) {
    const req = queue.shift() as Requirement;
    const pkg = byName.get(canonical(req.name));
    if (!pkg) continue;
    let followed = seen.get(pkg.name);
    if (!followed) {
      followed = new Set();
      seen.set(pkg.name, followed);
      out.push(pkg);
      queue.push(...parse(pkg.deps));
    }
    for (const extra of req.extras ?? []) {
      if (followed.has(extra)) continue;
      followed.add(extra);
      queue.push(...parse(pkg.optional?.[extra] ?? []));
    }
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
    const deps = own ? project.dependencies.map((d) => parseRequirement(d) ?? d) : pkg.deps;
    if (deps.length > 0) lines.push(`dependencies = ${depsArray(deps)}`);
    const optional = Object.entries(pkg.optional ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
    if (optional.length > 0) {
      lines.push('', '[package.optional-dependencies]');
      for (const [extra, refs] of optional) lines.push(`${extra} = ${depsArray(refs)}`);
    }
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

/** uv.lock's array of dependency tables: `{ name = "uvicorn", extra = ["standard"] }`. */
function depsArray(deps: readonly (string | Requirement)[]): string {
  const entry = (dep: string | Requirement) => {
    const req = typeof dep === 'string' ? parseRequirement(dep) : dep;
    const name = quote(canonical(req?.name ?? String(dep)));
    const extras = req?.extras ?? [];
    return extras.length > 0
      ? `{ name = ${name}, extra = [${extras.map(quote).join(', ')}] }`
      : `{ name = ${name} }`;
  };
  return `[\n${deps.map((d) => `    ${entry(d)},\n`).join('')}]`;
}

/** Reads a uv.lock's dependency tables back into Locked's `name[extra]` form. */
function readDeps(tables: readonly TomlTable[]): string[] {
  return tables.flatMap((d) => {
    const name = tomlString(d, 'name');
    if (!name) return [];
    const extras = tomlStrings(d, 'extra');
    return [`${canonical(name)}${extras.length > 0 ? `[${extras.join(',')}]` : ''}`];
  });
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
    const deps = readDeps(tomlTables(table, 'dependencies'));
    const optionalTable = tomlTable(table, 'optional-dependencies');
    const extras = optionalTable ? Object.keys(optionalTable) : [];
    const optional = Object.fromEntries(
      extras.map((extra) => [extra, readDeps(tomlTables(optionalTable, extra))]),
    );
    packages.push({
      name: canonical(name),
      version,
      deps,
      ...(extras.length > 0 ? { optional } : {}),
    });
  }
  return { packages, requires, dev };
}

/** Whether a lock was made for the project as it now reads. */
export function lockCurrent(lock: Lock, project: PyProject): boolean {
  const same = (a: string[], b: string[]) =>
    a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
  return same(lock.requires, project.dependencies) && same(lock.dev, project.dev);
}
