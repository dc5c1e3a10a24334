/**
 * Small conveniences over the FileSystem interface for programs that write many files. They
 * never throw: a failed write is reported by the return value, and callers that cannot
 * continue say so in their own tool's words.
 */
import type { FileSystem } from '../../fs/filesystem';
import { dirname, resolvePath } from '../../fs/path';

export function exists(fs: FileSystem, path: string): boolean {
  return fs.stat(path).ok;
}

export function isDir(fs: FileSystem, path: string): boolean {
  const st = fs.stat(path);
  return st.ok && st.value.node.kind === 'dir';
}

export function isFile(fs: FileSystem, path: string): boolean {
  const st = fs.stat(path);
  return st.ok && st.value.node.kind === 'file';
}

/** The text of a file, or undefined when it is missing or its content is only a blob. */
export function readText(fs: FileSystem, path: string): string | undefined {
  const read = fs.readFile(path);
  return read.ok ? read.value.text : undefined;
}

/** The blob id of the file at `path` (what a stand-in binary or archive is), if it is one. */
export function blobOf(fs: FileSystem, path: string): string | undefined {
  const st = fs.stat(path);
  return st.ok && st.value.node.kind === 'file' ? st.value.node.blob : undefined;
}

export function fileSize(fs: FileSystem, path: string): number {
  const read = fs.readFile(path);
  return read.ok ? read.value.size : 0;
}

export function listDir(fs: FileSystem, path: string): string[] {
  const read = fs.readdir(path);
  return read.ok ? read.value : [];
}

export function ensureDir(fs: FileSystem, path: string, mode?: number): boolean {
  if (isDir(fs, path)) return true;
  return fs.mkdir(path, { parents: true, ...(mode === undefined ? {} : { mode }) }).ok;
}

export function writeText(fs: FileSystem, path: string, text: string, mode?: number): boolean {
  if (!ensureDir(fs, dirname(path))) return false;
  return fs.writeFile(path, { text }, mode === undefined ? {} : { mode }).ok;
}

export function writeBlob(
  fs: FileSystem,
  path: string,
  blob: string,
  size: number,
  mode?: number,
): boolean {
  if (!ensureDir(fs, dirname(path))) return false;
  return fs.writeFile(path, { blob, size }, mode === undefined ? {} : { mode }).ok;
}

/** Removes a path and everything under it; a missing path is not an error. */
export function removeTree(fs: FileSystem, path: string): void {
  if (fs.lstat(path).ok) fs.remove(path, { recursive: true });
}

/** Removes every entry inside a directory, keeping the directory (`rm -rf dir/*`). */
export function emptyDirectory(fs: FileSystem, path: string): void {
  for (const name of listDir(fs, path)) removeTree(fs, `${path === '/' ? '' : path}/${name}`);
}

export function absolute(cwd: string, path: string): string {
  return resolvePath(cwd, path);
}

/** Whether any directory on PATH holds `name` (how a shell finds a command). */
export function findOnPath(
  fs: FileSystem,
  env: Readonly<Record<string, string>>,
  name: string,
): string | undefined {
  if (name.includes('/')) return exists(fs, name) ? name : undefined;
  const path = env.PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
  for (const dir of path.split(':')) {
    if (dir === '') continue;
    const candidate = `${dir.replace(/\/$/, '')}/${name}`;
    if (exists(fs, candidate)) return candidate;
  }
  return undefined;
}

/** Every file below a directory, as absolute paths (depth first, names sorted). */
export function walkFiles(fs: FileSystem, root: string): { path: string; size: number }[] {
  const out: { path: string; size: number }[] = [];
  const visit = (dir: string): void => {
    for (const name of listDir(fs, dir)) {
      const path = `${dir === '/' ? '' : dir}/${name}`;
      const st = fs.lstat(path);
      if (!st.ok) continue;
      const node = st.value.node;
      if (node.kind === 'dir') visit(path);
      else out.push({ path, size: node.kind === 'file' ? node.size : node.target.length });
    }
  };
  visit(root);
  return out;
}
