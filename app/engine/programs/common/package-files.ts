/**
 * Puts a catalog package's files into a filesystem and takes them out again: the common part
 * of dpkg, apk, pip and npm. Relative paths in the catalog are relative to the install root
 * the ecosystem chooses (`/` for system packages, site-packages for wheels, the package's
 * folder under node_modules for npm); absolute paths are used as they are.
 */
import type { Package, PackageFile } from '../../catalog/types';
import type { FileSystem } from '../../fs/filesystem';
import { utf8Length } from '../../fs/node';
import { dirname, resolvePath } from '../../fs/path';
import { ensureDir, isDir, listDir } from './fs-helpers';

export interface PlacedPackage {
  /** Files and symlinks written, as absolute paths, in the order written. */
  files: string[];
  /**
   * The size each of `files` has now, as `lstat` would say: the file's bytes, 0 for a
   * symlink (a symlink already at a file's name is replaced by the file).
   */
  sizes: number[];
  /** Every directory that holds them (created or already there), sorted. */
  dirs: string[];
  /** Bytes written (file sizes plus symlink target lengths). */
  bytes: number;
}

export function filePath(root: string, file: PackageFile): string {
  return resolvePath(root, file.path);
}

/** A blob id for a file of a package: equal for the same file of the same version. */
export function blobId(pkg: Package, path: string): string {
  return `${pkg.ecosystem}:${pkg.name}@${pkg.version}:${path}`;
}

/** Where each file of a package goes under a root: worked out once per file list and root. */
interface Placement {
  path: string;
  /** The directory that holds it; undefined for a directory entry (`path/`). */
  parent: string | undefined;
  /** Bytes of a text file (counting them is not free), else the catalog's size. */
  size: number;
}

const layouts = new WeakMap<readonly PackageFile[], Map<string, Placement[]>>();

/** The placements of a file list under `root`, memoised: catalog file lists never change. */
function layoutOf(files: readonly PackageFile[], root: string): Placement[] {
  let byRoot = layouts.get(files);
  if (!byRoot) layouts.set(files, (byRoot = new Map()));
  let layout = byRoot.get(root);
  if (!layout) {
    layout = files.map((file) => {
      const path = filePath(root, file);
      const size = file.text !== undefined ? utf8Length(file.text) : file.size;
      return { path, parent: file.path.endsWith('/') ? undefined : dirname(path), size };
    });
    byRoot.set(root, layout);
  }
  return layout;
}

export function placePackageFiles(fs: FileSystem, pkg: Package, root: string): PlacedPackage {
  const files: string[] = [];
  const sizes: number[] = [];
  const dirs = new Set<string>();
  const made = new Set<string>();
  /**
   * Directories this call created: whatever is in them, this call put there (a file or link
   * in `files`, a directory in `dirs`), so looking a new name up in them can be skipped.
   */
  const fresh = new Set<string>();
  const written = new Set<string>();
  let bytes = 0;
  const layout = layoutOf(pkg.files, root);
  for (let i = 0; i < pkg.files.length; i++) {
    const file = pkg.files[i] as PackageFile;
    const { path, parent, size } = layout[i] as Placement;
    if (parent === undefined) {
      if (ensureDir(fs, path)) addDirs(dirs, path);
      continue;
    }
    if (!made.has(parent)) {
      const existed = isDir(fs, parent);
      if (!existed && !fs.mkdir(parent, { parents: true }).ok) continue;
      if (!existed) fresh.add(parent);
      made.add(parent);
    }
    addDirs(dirs, parent);
    if (file.link !== undefined) {
      const existing = fs.lstat(path);
      if (existing.ok && existing.value.node.kind === 'dir') continue;
      if (existing.ok) fs.remove(path);
      if (fs.symlink(file.link, path).ok) {
        files.push(path);
        written.add(path);
        sizes.push(0);
        bytes += file.link.length;
      }
      continue;
    }
    // One lookup: lstat equals stat unless the path is a symlink, which is followed to ask
    // whether it leads to a directory. A symlink to a file is replaced, not written through:
    // dpkg and apk rename the new file over the name and pip unlinks first, so binutils'
    // /usr/bin/strings replaces BusyBox's applet link instead of overwriting /bin/busybox.
    const unseen = fresh.has(parent) && !written.has(path) && !dirs.has(path);
    const here = unseen ? undefined : fs.lstat(path);
    const viaLink = here?.ok === true && here.value.node.kind === 'symlink';
    if (viaLink ? isDir(fs, path) : here?.ok === true && here.value.node.kind === 'dir') continue;
    if (viaLink) fs.remove(path);
    const mode = file.mode ?? 0o644;
    const put =
      file.text !== undefined
        ? fs.writeFile(path, { text: file.text }, { mode })
        : fs.writeFile(path, { blob: blobId(pkg, path), size: file.size }, { mode });
    if (put.ok) {
      if (file.mode !== undefined) fs.chmod(path, file.mode);
      files.push(path);
      written.add(path);
      sizes.push(size);
      bytes += size;
    }
  }
  return { files, sizes, dirs: [...dirs].sort(), bytes };
}

/**
 * Deletes the files a package owned, then the directories it leaves empty (deepest first),
 * as dpkg, apk and pip do. Directories other packages still use are kept.
 */
export function removePackagePaths(fs: FileSystem, paths: readonly string[], stopAt = '/'): number {
  let removed = 0;
  const dirs = new Set<string>();
  for (const path of paths) {
    const st = fs.lstat(path);
    if (!st.ok) continue;
    if (st.value.node.kind === 'dir') {
      dirs.add(path);
      continue;
    }
    if (fs.remove(path).ok) removed++;
    addDirs(dirs, dirname(path), stopAt);
  }
  const deepestFirst = [...dirs].sort((a, b) => b.split('/').length - a.split('/').length);
  for (const dir of deepestFirst) {
    if (dir === '/' || isAncestorOrSelf(dir, stopAt) || !isDir(fs, dir)) continue;
    if (listDir(fs, dir).length === 0) fs.remove(dir);
  }
  return removed;
}

/** Adds a directory and its ancestors (below `/`). */
function addDirs(dirs: Set<string>, dir: string, stopAt = '/'): void {
  let current = dir;
  while (current !== '/' && current !== stopAt && !dirs.has(current)) {
    dirs.add(current);
    current = parentOf(current);
  }
}

/** dirname for the normalised absolute paths placed here, without splitting and joining. */
function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash > 0 && !path.endsWith('/') && !path.includes('/.') && !path.includes('//')
    ? path.slice(0, slash)
    : dirname(path);
}

function isAncestorOrSelf(dir: string, path: string): boolean {
  return path === dir || path.startsWith(`${dir}/`);
}
