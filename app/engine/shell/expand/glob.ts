/**
 * Pathname expansion: a word with unquoted `*`, `?` or `[` becomes the sorted list of
 * existing paths it matches, component by component. No match leaves the word as it was
 * (POSIX; bash's nullglob is off by default). Hidden names match only a pattern that starts
 * with a literal dot.
 */
import type { FileSystem } from '../../fs/filesystem';
import { resolvePath } from '../../fs/path';
import { hasGlobChars, matchPattern, unescapePattern } from './pattern';

/** At most this many paths from one pattern: a guard against deep wildcard paths over huge trees. */
const MAX_MATCHES = 10000;

export function globPaths(fs: FileSystem, cwd: string, pattern: string): string[] {
  if (!hasGlobChars(pattern)) return [];
  const absolute = pattern.startsWith('/');
  const components = splitPattern(pattern);
  let found: string[] = [absolute ? '/' : ''];
  for (let index = 0; index < components.length; index++) {
    const component = components[index] as string;
    const last = index === components.length - 1;
    const next: string[] = [];
    for (const base of found) {
      const dir = resolvePath(cwd, base || '.');
      if (!hasGlobChars(component)) {
        const name = unescapePattern(component);
        const candidate = join(base, name);
        const exists = last
          ? fs.lstat(resolvePath(cwd, candidate)).ok
          : isDir(fs, resolvePath(cwd, candidate));
        if (exists || (!last && name === '..')) next.push(candidate);
        continue;
      }
      const listing = fs.readdir(dir);
      if (!listing.ok) continue;
      const hiddenOk = unescapePattern(component.slice(0, 2)).startsWith('.');
      for (const name of listing.value) {
        if (name.startsWith('.') && !hiddenOk) continue;
        if (!matchPattern(component, name)) continue;
        const candidate = join(base, name);
        if (!last && !isDir(fs, resolvePath(cwd, candidate))) continue;
        next.push(candidate);
        if (next.length > MAX_MATCHES) break;
      }
    }
    found = next;
    if (found.length === 0) return [];
  }
  const trailingSlash = pattern.endsWith('/');
  return found.map((path) => (trailingSlash ? path + '/' : path)).sort(compareBytes);
}

function splitPattern(pattern: string): string[] {
  return pattern.split('/').filter((part) => part !== '');
}

function join(base: string, name: string): string {
  if (base === '') return name;
  return base.endsWith('/') ? base + name : `${base}/${name}`;
}

function isDir(fs: FileSystem, path: string): boolean {
  const st = fs.stat(path);
  return st.ok && st.value.node.kind === 'dir';
}

/** C-locale order, as sh sorts glob results in a Docker build. */
export function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
