/** POSIX path helpers. Paths inside the engine are absolute and normalised ("/a/b"). */

export function splitPath(path: string): string[] {
  return path.split('/').filter((part) => part !== '' && part !== '.');
}

/** Normalises `path` against `cwd`, resolving `.` and `..` lexically (no symlinks). */
export function resolvePath(cwd: string, path: string): string {
  const parts = path.startsWith('/') ? [] : splitPath(cwd);
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}

export function joinPath(...parts: string[]): string {
  return resolvePath('/', parts.join('/'));
}

export function dirname(path: string): string {
  const parts = splitPath(path);
  parts.pop();
  return '/' + parts.join('/');
}

export function basename(path: string): string {
  const parts = splitPath(path);
  return parts[parts.length - 1] ?? '/';
}
