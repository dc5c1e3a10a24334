/**
 * go.mod as the go command reads it: the module path, the go version and the required
 * modules (single `require` lines and `require ( ... )` blocks), found in the working
 * directory or a parent.
 */
import type { FileSystem } from '../../fs/filesystem';
import { dirname } from '../../fs/path';
import { readText } from '../common/fs-helpers';

export interface GoMod {
  path: string;
  dir: string;
  module: string;
  requires: { module: string; version: string; indirect: boolean }[];
}

export function findGoMod(fs: FileSystem, cwd: string): GoMod | undefined {
  let dir = cwd;
  for (;;) {
    const path = `${dir === '/' ? '' : dir}/go.mod`;
    const text = readText(fs, path);
    if (text !== undefined) return { ...parseGoMod(text), path, dir };
    if (dir === '/') return undefined;
    dir = dirname(dir);
  }
}

export function parseGoMod(text: string): Omit<GoMod, 'path' | 'dir'> {
  const module = /^module\s+(\S+)/m.exec(text)?.[1] ?? 'example.com/app';
  const requires: GoMod['requires'] = [];
  let inBlock = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (/^require\s*\($/.test(line)) {
      inBlock = true;
      continue;
    }
    if (inBlock && line === ')') {
      inBlock = false;
      continue;
    }
    const spec = inBlock ? line : /^require\s+(.+)$/.exec(line)?.[1];
    const m = spec ? /^(\S+)\s+(v\S+)(\s*\/\/\s*indirect)?/.exec(spec) : undefined;
    if (m)
      requires.push({
        module: m[1] as string,
        version: m[2] as string,
        indirect: m[3] !== undefined,
      });
  }
  return { module, requires };
}

/** The module cache escapes capital letters ("github.com/!azure/..."). */
export function escapeModule(module: string): string {
  return module.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}
