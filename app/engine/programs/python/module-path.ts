/**
 * Where Python finds a module that is not in the standard library: sys.path[0] first (the
 * current directory for `-m`, `-c` and stdin, the script's folder for a script), then
 * site-packages, then the folders that site-packages' `.pth` files add (how an editable
 * install, `pip install -e .` or Poetry's project install, puts a project on the path).
 */
import type { FileSystem } from '../../fs/filesystem';
import { isDir, listDir, readText } from '../common/fs-helpers';

export type FoundModule = { kind: 'package'; path: string } | { kind: 'module'; path: string };

/** The folders a `.pth` file in each site adds (lines that are paths, not `import` lines). */
export function pthDirs(fs: FileSystem, sites: readonly string[]): string[] {
  const dirs: string[] = [];
  for (const site of sites)
    for (const entry of listDir(fs, site)) {
      if (!entry.endsWith('.pth')) continue;
      for (const raw of (readText(fs, `${site}/${entry}`) ?? '').split('\n')) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.startsWith('import')) continue;
        const dir = line.startsWith('/') ? line : `${site}/${line}`;
        if (isDir(fs, dir)) dirs.push(dir);
      }
    }
  return dirs;
}

/** `a.b.c` in one folder of the path: a package folder (`a/b/c/`) or a file (`a/b/c.py`). */
export function findModule(
  fs: FileSystem,
  dirs: readonly string[],
  name: string,
): FoundModule | undefined {
  const rel = name.split('.').join('/');
  for (const dir of dirs) {
    const base = `${dir === '/' ? '' : dir}/${rel}`;
    if (isDir(fs, base)) return { kind: 'package', path: base };
    if (readText(fs, `${base}.py`) !== undefined) return { kind: 'module', path: `${base}.py` };
  }
  return undefined;
}
