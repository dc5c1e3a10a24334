/**
 * A Node project as npm reads it: package.json (name, version, dependencies,
 * devDependencies, scripts) and package-lock.json (lockfileVersion 3: every installed
 * package under "packages" keyed by its node_modules path), plus semver ranges enough to
 * check the catalog's version against `^5.1.0`, `~1.2.3`, `>=1 <2`, `1.x`, `*` and `latest`.
 */
import type { FileSystem } from '../../fs/filesystem';
import { readText } from '../common/fs-helpers';

export interface PackageJson {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
  [key: string]: unknown;
}

export interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  dev?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  name?: string;
}

export interface Lockfile {
  name?: string;
  version?: string;
  lockfileVersion: number;
  requires?: boolean;
  packages: Record<string, LockEntry>;
}

export type Read<T> =
  { ok: true; value: T } | { ok: false; error: 'ENOENT' | 'EJSONPARSE'; message: string };

export function readJson<T>(fs: FileSystem, path: string): Read<T> {
  const read = fs.readFile(path);
  if (!read.ok)
    return {
      ok: false,
      error: 'ENOENT',
      message: `ENOENT: no such file or directory, open '${path}'`,
    };
  try {
    const value = JSON.parse(readText(fs, path) ?? '') as unknown;
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw new Error('not an object');
    return { ok: true, value: value as T };
  } catch (error) {
    return {
      ok: false,
      error: 'EJSONPARSE',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

/** npm writes JSON with two-space indentation and a final newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function parseVersion(v: string): number[] {
  return v
    .replace(/^[v=]/, '')
    .split('-')[0]!
    .split('.')
    .map((p) => (p === 'x' || p === 'X' || p === '*' ? NaN : Number.parseInt(p, 10)));
}

function cmp(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Whether a version satisfies a range (the common subset of node-semver). */
export function satisfiesRange(version: string, range: string): boolean {
  const v = parseVersion(version);
  const trimmed = range.trim();
  if (trimmed === '' || trimmed === '*' || trimmed === 'latest' || trimmed === 'x') return true;
  return trimmed.split('||').some((alternative) =>
    alternative
      .trim()
      .split(/\s+/)
      .every((part) => satisfiesComparator(v, part)),
  );
}

function satisfiesComparator(v: number[], part: string): boolean {
  const m = /^(\^|~|>=|<=|>|<|=)?\s*(.+)$/.exec(part);
  if (!m) return false;
  const op = m[1] ?? '';
  const raw = parseVersion(m[2] as string);
  const base = raw.map((n) => (Number.isNaN(n) ? 0 : n));
  const wildcard = raw.findIndex((n) => Number.isNaN(n));
  const given = wildcard === -1 ? Math.min(raw.length, 3) : wildcard;
  switch (op) {
    case '^': {
      const lead = base[0] !== 0 ? 0 : base[1] !== 0 || given < 3 ? 1 : 2;
      return cmp(v, base) >= 0 && prefixEqual(v, base, Math.min(lead + 1, given || 1));
    }
    case '~':
      return cmp(v, base) >= 0 && prefixEqual(v, base, given >= 2 ? 2 : 1);
    case '>=':
      return cmp(v, base) >= 0;
    case '<=':
      return cmp(v, base) <= 0;
    case '>':
      return cmp(v, base) > 0;
    case '<':
      return cmp(v, base) < 0;
    default:
      return prefixEqual(v, base, given);
  }
}

function prefixEqual(v: number[], base: number[], count: number): boolean {
  for (let i = 0; i < count; i++) if ((v[i] ?? 0) !== (base[i] ?? 0)) return false;
  return true;
}

/** The lowest version a range names (`^4.18.2` → 4.18.2), for modelling a version. */
export function rangeBase(range: string): string | undefined {
  const m = /(\d+)(?:\.(\d+|x))?(?:\.(\d+|x))?/.exec(range);
  if (!m) return undefined;
  const part = (s: string | undefined) => (s === undefined || s === 'x' ? '0' : s);
  return `${m[1]}.${part(m[2])}.${part(m[3])}`;
}
