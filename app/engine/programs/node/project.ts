/**
 * A Node project as npm reads it: package.json (name, version, dependencies,
 * devDependencies, scripts) and package-lock.json (lockfileVersion 3: every installed
 * package under "packages" keyed by its node_modules path). Ranges are node-semver's business
 * (pick-version.ts).
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
