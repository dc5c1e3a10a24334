/**
 * Pipfile.lock: the Pipfile's categories resolved against the PyPI catalog (Poetry's resolver:
 * the versions and release histories pip chooses from) and written as Pipenv writes it, Python's
 * `json.dumps(indent=4, separators=(",", ": "), sort_keys=True)` plus a newline: `_meta` (the
 * Pipfile's hash, pipfile-spec 6, its [requires] and sources), then a section per category
 * ("default", "develop", custom ones), each package with its two file hashes, `"index": "pypi"`
 * for those the Pipfile names, the markers of its Requires-Python and `"version": "==x"`.
 * Pipenv resolves for the running interpreter only: packages whose markers exclude it are
 * left out here (a real lock keeps them with their markers).
 */
import type { Catalog } from '../../catalog/types';
import { sha256Hex } from '../common/hash';
import type { TomlTable, TomlValue } from '../rust/toml';
import type { PythonEnv } from './env';
import { lockSection, type Pipfile } from './pipfile';
import { pythonJson } from './poetry-hash';
import { resolveProject, type PoetryLocked } from './poetry-lock';
import type { PoetryGroup, PoetryProject } from './poetry-project';
import { parseSpecifiers } from './requirements';
import { canonical } from './site';
import { wheelName } from './wheels';

export interface PipenvLocked {
  name: string;
  /** "==3.1.2" */
  version: string;
  markers?: string;
}

export interface PipenvLock {
  hash: string;
  /** Lock sections ("default", "develop") to their packages, in the lock's order. */
  sections: Map<string, PipenvLocked[]>;
  sources: TomlValue[];
}

type Json = null | string | number | boolean | Json[] | { [key: string]: Json };

/** Python's json.dumps(value, indent=4, sort_keys=True) with Pipenv's separators. */
export function indentedJson(value: Json, depth = 0): string {
  const pad = '    '.repeat(depth + 1);
  const end = '    '.repeat(depth);
  if (value === null || typeof value !== 'object') return pythonJson(value);
  if (Array.isArray(value))
    return value.length === 0
      ? '[]'
      : `[\n${value.map((v) => pad + indentedJson(v, depth + 1)).join(',\n')}\n${end}]`;
  const keys = Object.keys(value).sort();
  if (keys.length === 0) return '{}';
  const items = keys.map(
    (k) => `${pad}${pythonJson(k)}: ${indentedJson(value[k] as Json, depth + 1)}`,
  );
  return `{\n${items.join(',\n')}\n${end}}`;
}

/** A Requires-Python as Pipenv's lock writes it: "python_version >= '3.9'". */
export function pythonMarkers(requiresPython: string): string | undefined {
  if (requiresPython === '*' || requiresPython === '') return undefined;
  const parts = parseSpecifiers(requiresPython).map(({ op, version }) => {
    const field = version.split('.').length > 2 ? 'python_full_version' : 'python_version';
    return `${field} ${op} '${version.replace(/\.\*$/, '')}'`;
  });
  return parts.length > 0 ? parts.join(' and ') : undefined;
}

/** The Pipfile's categories as the resolver's groups ("default", "develop", ...). */
function asProject(pipfile: Pipfile): PoetryProject {
  const groups = new Map<string, PoetryGroup>();
  for (const [category, dependencies] of pipfile.categories)
    groups.set(lockSection(category), { optional: false, dependencies });
  return {
    dir: pipfile.dir,
    name: pipfile.dir.split('/').pop() ?? 'app',
    version: '0',
    groups,
    packageMode: false,
    packages: [],
    scripts: {},
    toml: pipfile.toml,
  };
}

/** Resolves every category; returns the lock's sections. */
export function resolvePipfile(
  catalog: Catalog,
  env: PythonEnv,
  pipfile: Pipfile,
): Map<string, PoetryLocked[]> {
  const packages = resolveProject(catalog, env, asProject(pipfile));
  const sections = new Map<string, PoetryLocked[]>();
  for (const category of pipfile.categories.keys()) sections.set(lockSection(category), []);
  for (const pkg of packages) for (const group of pkg.groups) sections.get(group)?.push(pkg);
  return sections;
}

/** Pipfile.lock's text for the resolved sections. */
export function lockText(
  catalog: Catalog,
  env: PythonEnv,
  pipfile: Pipfile,
  sections: Map<string, PoetryLocked[]>,
  hash: string,
): string {
  const requires = (pipfile.toml.requires ?? {}) as TomlTable;
  const data: { [key: string]: Json } = {
    _meta: {
      hash: { sha256: hash },
      'pipfile-spec': 6,
      requires: requires as unknown as Json,
      sources: pipfile.sources as unknown as Json,
    },
  };
  for (const [section, packages] of sections) {
    const direct = new Set(
      [...pipfile.categories.entries()]
        .filter(([category]) => lockSection(category) === section)
        .flatMap(([, deps]) => deps.map((d) => canonical(d.name))),
    );
    const entries: { [key: string]: Json } = {};
    for (const p of packages) {
      const pkg = catalog.package('pypi', p.name);
      const wheel = pkg
        ? wheelName(pkg, p.version, env)
        : `${p.name}-${p.version}-py3-none-any.whl`;
      const sdist = `${p.name.replace(/-/g, '_')}-${p.version}.tar.gz`;
      const markers = pythonMarkers(p.pythonVersions);
      entries[p.name] = {
        hashes: [wheel, sdist].map((f) => `sha256:${sha256Hex(`pipenv-file:${f}`)}`).sort(),
        ...(direct.has(p.name) ? { index: 'pypi' } : {}),
        ...(markers ? { markers } : {}),
        version: `==${p.version}`,
      };
    }
    data[section] = entries;
  }
  return `${indentedJson(data)}\n`;
}

/** Reads a Pipfile.lock; undefined when it is no JSON object with a _meta. */
export function readPipenvLock(text: string): PipenvLock | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const root = parsed as Record<string, unknown>;
  const meta = root._meta as Record<string, unknown> | undefined;
  if (!meta || typeof meta !== 'object') return undefined;
  const hash = (meta.hash as Record<string, unknown> | undefined)?.sha256;
  const sections = new Map<string, PipenvLocked[]>();
  for (const [key, value] of Object.entries(root)) {
    if (key === '_meta' || !value || typeof value !== 'object' || Array.isArray(value)) continue;
    const packages: PipenvLocked[] = [];
    for (const [name, entry] of Object.entries(value as Record<string, unknown>)) {
      if (!entry || typeof entry !== 'object') continue;
      const e = entry as Record<string, unknown>;
      if (typeof e.version !== 'string') continue;
      packages.push({
        name: canonical(name),
        version: e.version,
        ...(typeof e.markers === 'string' ? { markers: e.markers } : {}),
      });
    }
    sections.set(key, packages);
  }
  return {
    hash: typeof hash === 'string' ? hash : '',
    sections,
    sources: Array.isArray(meta.sources) ? (meta.sources as TomlValue[]) : [],
  };
}
