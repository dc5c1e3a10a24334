/**
 * A Poetry project as Poetry reads its pyproject.toml: found in the working directory or a
 * parent; name and version from `[tool.poetry]` (or PEP 621 `[project]`, which Poetry 2 reads);
 * dependencies by group: `main` from `[tool.poetry.dependencies]` (less `python`) and, for
 * Poetry 2, `[project] dependencies`; `[tool.poetry.group.<name>.dependencies]` (optional
 * groups marked) and the legacy `[tool.poetry.dev-dependencies]` as group `dev`. Poetry's own
 * constraints (`^3.0`, `~2.1`, `*`, `>=1,<2`) become PEP 440 specifiers for the resolver.
 */
import type { FileSystem } from '../../fs/filesystem';
import { readText } from '../common/fs-helpers';
import { parseToml, tomlString, tomlTable, type TomlTable, type TomlValue } from '../rust/toml';
import { parseRequirement, type Requirement } from './requirements';
import { canonical } from './site';

export interface PoetryDependency {
  name: string;
  /** The constraint as written ("^3.0.3"), or the PEP 508 specifier of a [project] line. */
  constraint: string;
  specs: Requirement['specs'];
  /** Only with an extra (`optional = true`): not installed by default. */
  optional: boolean;
  /** `markers = "..."` or a `python = "..."` restriction, as a PEP 508 marker. */
  markers?: string;
}

export interface PoetryGroup {
  optional: boolean;
  dependencies: PoetryDependency[];
}

export interface PoetryProject {
  dir: string;
  name: string;
  version: string;
  /** The Python constraint (`python = "^3.12"` or `requires-python`), if any. */
  python?: string;
  groups: Map<string, PoetryGroup>;
  /** `package-mode = false`: dependencies only, the project itself is never installed. */
  packageMode: boolean;
  /** `packages = [{ include = "x", from = "src" }]`. */
  packages: { include: string; from?: string }[];
  scripts: Record<string, string>;
  /** The parsed file, for the lock's content-hash. */
  toml: TomlTable;
}

export type PoetryProjectRead = { ok: true; project: PoetryProject } | { ok: false; error: string };

/** The directory of the nearest pyproject.toml at or above `cwd`. */
export function locateProject(fs: FileSystem, cwd: string): string | undefined {
  const parts = cwd.split('/').filter(Boolean);
  for (let n = parts.length; n >= 0; n--) {
    const dir = `/${parts.slice(0, n).join('/')}`;
    if (readText(fs, `${dir === '/' ? '' : dir}/pyproject.toml`) !== undefined) return dir;
  }
  return undefined;
}

const VERSION = /^\d+(?:\.\d+)*$/;

function bump(parts: number[], at: number): string {
  const out = parts.slice(0, at + 1);
  out[at] = (out[at] ?? 0) + 1;
  while (out.length < Math.max(parts.length, 2)) out.push(0);
  return out.join('.');
}

/** Poetry's version constraint as PEP 440 specifiers (only the first `||` alternative). */
export function poetrySpecs(constraint: string): Requirement['specs'] {
  const first = (constraint.split('||')[0] ?? '').trim();
  if (first === '' || first === '*') return [];
  const specs: Requirement['specs'] = [];
  for (const raw of first.split(/\s*,\s*|\s+(?=[<>=!~^])/)) {
    const part = raw.trim();
    if (part === '' || part === '*') continue;
    const caret = /^\^\s*(\S+)$/.exec(part);
    const tilde = /^~(?!=)\s*(\S+)$/.exec(part);
    if (caret || tilde) {
      const version = (caret ?? tilde)?.[1] as string;
      const nums = version.split('.').map((n) => Number.parseInt(n, 10) || 0);
      const nonZero = nums.findIndex((n) => n !== 0);
      const at = tilde
        ? Math.min(1, nums.length - 1)
        : nonZero >= 0
          ? nonZero
          : Math.max(0, Math.min(nums.length, 2) - 1);
      specs.push({ op: '>=', version }, { op: '<', version: bump(nums, at) });
      continue;
    }
    const op = /^(===|==|!=|~=|>=|<=|>|<|=)?\s*(\S+)$/.exec(part);
    if (!op) continue;
    const version = op[2] as string;
    const operator = op[1] === '=' || op[1] === undefined ? '==' : op[1];
    if (operator === '==' && !VERSION.test(version) && !version.endsWith('.*')) continue;
    specs.push({ op: operator, version });
  }
  return specs;
}

/** Specifiers as a requirement's text wants them: ">=3.0.3,<4.0.0". */
export function specsText(specs: Requirement['specs']): string {
  return specs.map((s) => `${s.op}${s.version}`).join(',');
}

function fromTable(name: string, value: TomlValue): PoetryDependency | undefined {
  const entry = Array.isArray(value) ? value[0] : value;
  if (typeof entry === 'string') {
    return { name, constraint: entry, specs: poetrySpecs(entry), optional: false };
  }
  if (entry === undefined || typeof entry !== 'object' || Array.isArray(entry)) return undefined;
  // path, git and url dependencies are not in the catalog: they are left out (see notes).
  if (!('version' in entry) && ('path' in entry || 'git' in entry || 'url' in entry))
    return undefined;
  const constraint = tomlString(entry, 'version') ?? '*';
  const markers = tomlString(entry, 'markers');
  const python = tomlString(entry, 'python');
  const pythonMarker = python ? pythonMarkerOf(python) : undefined;
  const marker = [pythonMarker, markers].filter(Boolean).join(' and ');
  return {
    name,
    constraint,
    specs: poetrySpecs(constraint),
    optional: entry.optional === true,
    ...(marker ? { markers: marker } : {}),
  };
}

/** `^3.12` as a PEP 508 marker: `python_version >= "3.12" and python_version < "4.0"`. */
export function pythonMarkerOf(constraint: string): string {
  return poetrySpecs(constraint)
    .map((s) => {
      const v = s.version.split('.').slice(0, 2).join('.');
      return `python_version ${s.op} "${v.includes('.') ? v : `${v}.0`}"`;
    })
    .join(' and ');
}

function dependenciesOf(table: TomlTable | undefined, skipPython: boolean): PoetryDependency[] {
  const out: PoetryDependency[] = [];
  for (const [name, value] of Object.entries(table ?? {})) {
    if (skipPython && name.toLowerCase() === 'python') continue;
    const dep = fromTable(name, value);
    if (dep) out.push(dep);
  }
  return out;
}

function fromPep508(line: string): PoetryDependency | undefined {
  const req = parseRequirement(line);
  if (!req) return undefined;
  const marker = line.split(';')[1]?.trim();
  return {
    name: req.name,
    constraint: specsText(req.specs) || '*',
    specs: req.specs,
    optional: false,
    ...(marker ? { markers: marker } : {}),
  };
}

/** Reads the project; Poetry 2 (`major >= 2`) also reads PEP 621 `[project]`. */
export function readPoetryProject(fs: FileSystem, dir: string, major: number): PoetryProjectRead {
  const path = `${dir === '/' ? '' : dir}/pyproject.toml`;
  const text = readText(fs, path);
  if (text === undefined) return { ok: false, error: `${path} does not exist` };
  const parsed = parseToml(text);
  if (!parsed.ok)
    return {
      ok: false,
      error: `pyproject.toml is not a valid TOML file.\n${path} is not a valid TOML file.\nTOML parse error at line ${parsed.line}: ${parsed.error}`,
    };
  const root = parsed.value;
  const poetry = tomlTable(tomlTable(root, 'tool'), 'poetry');
  const pep621 = major >= 2 ? tomlTable(root, 'project') : undefined;
  const groups = new Map<string, PoetryGroup>();
  const main = dependenciesOf(tomlTable(poetry, 'dependencies'), true);
  for (const line of Array.isArray(pep621?.dependencies) ? pep621.dependencies : []) {
    const dep = typeof line === 'string' ? fromPep508(line) : undefined;
    if (dep && !main.some((d) => canonical(d.name) === canonical(dep.name))) main.push(dep);
  }
  groups.set('main', { optional: false, dependencies: main });
  const legacyDev = tomlTable(poetry, 'dev-dependencies');
  if (legacyDev)
    groups.set('dev', { optional: false, dependencies: dependenciesOf(legacyDev, false) });
  for (const [name, value] of Object.entries(tomlTable(poetry, 'group') ?? {})) {
    if (typeof value !== 'object' || Array.isArray(value)) continue;
    const deps = dependenciesOf(tomlTable(value, 'dependencies'), false);
    const known = groups.get(name);
    groups.set(name, {
      optional: value.optional === true,
      dependencies: [...(known?.dependencies ?? []), ...deps],
    });
  }
  const python =
    tomlString(pep621, 'requires-python') ??
    tomlString(tomlTable(poetry, 'dependencies'), 'python');
  const scripts: Record<string, string> = {};
  for (const table of [tomlTable(pep621, 'scripts'), tomlTable(poetry, 'scripts')])
    for (const [k, v] of Object.entries(table ?? {})) if (typeof v === 'string') scripts[k] = v;
  const packages = (Array.isArray(poetry?.packages) ? poetry.packages : [])
    .filter((p): p is TomlTable => typeof p === 'object' && !Array.isArray(p))
    .map((p) => ({
      include: tomlString(p, 'include') ?? '',
      ...(tomlString(p, 'from') ? { from: tomlString(p, 'from') as string } : {}),
    }))
    .filter((p) => p.include !== '');
  return {
    ok: true,
    project: {
      dir,
      name: tomlString(pep621, 'name') ?? tomlString(poetry, 'name') ?? '',
      version: tomlString(pep621, 'version') ?? tomlString(poetry, 'version') ?? '0',
      ...(python ? { python } : {}),
      groups,
      packageMode: poetry?.['package-mode'] !== false,
      packages,
      scripts,
      toml: root,
    },
  };
}
