/**
 * `docker cp` both ways between the host's files and a container (running or not). Into a
 * container, files go through its mount table: a path under a volume lands in the volume,
 * anything else in the writable layer (so `docker diff` shows it). Out of a container,
 * files come from the merged view. Destinations follow `cp -r`: into an existing
 * directory, or as the named path when its parent exists.
 */
import type { FsEvent } from '../fs/events';
import type { FileSystem } from '../fs/filesystem';
import type { LiveNode, Node, Owner } from '../fs/node';
import { basename, dirname, resolvePath } from '../fs/path';
import type { Container } from '../host/containers';
import type { HostRuntime } from '../host/runtime';
import type { ArchiveEntry } from '../shell/programs/archive';
import { openContainerFs } from './open-fs';
import { emitContainerFsEvents, emitVolumeFsEvents } from './process-env';

export type CopyResult = { ok: true } | { ok: false; error: string; daemon: boolean };

/** The same tree owned by someone else (files copied out belong to the user running docker). */
export function owned(node: LiveNode, owner: Owner): LiveNode {
  if (node.kind !== 'dir') return { ...node, uid: owner.uid, gid: owner.gid };
  const children: Record<string, Node> = {};
  for (const [name, child] of Object.entries(node.children)) {
    if (child.kind === 'whiteout') continue;
    Object.defineProperty(children, name, {
      value: owned(child, owner),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  const { opaque: _opaque, ...meta } = node;
  return { ...meta, uid: owner.uid, gid: owner.gid, children };
}

/** The CLI's refusal to put a directory where a file is (either way). */
const DIR_ONTO_FILE = 'cannot copy directory';

/**
 * The tree at `srcPath` in the container, as `docker cp` reads it (with -L, what a symlink
 * points to, under the link's name), or the daemon's error when nothing is there.
 */
function readFromContainer(
  rt: HostRuntime,
  c: Container,
  hostFs: FileSystem,
  srcPath: string,
  ref: string,
  options: { followLink?: boolean },
): { ok: true; src: string; tree: LiveNode } | { ok: false; error: string; daemon: true } {
  const opened = openContainerFs(rt.host, c, { hostFs, tmpfs: false });
  const src = resolvePath('/', srcPath);
  const tree = !opened.fs.lstat(src).ok
    ? undefined
    : options.followLink
      ? treeFollowing(opened.fs, src)
      : treeWithoutFollowing(opened.fs, src);
  if (!tree)
    return {
      ok: false,
      error: `Could not find the file ${srcPath} in container ${ref}`,
      daemon: true,
    };
  return { ok: true, src, tree };
}

/**
 * Where a copied tree goes: inside an existing directory, or at the path itself; a directory
 * never replaces a file.
 */
function destination(
  fs: FileSystem,
  dest: string,
  name: string,
  srcIsDir: boolean,
): { path: string } | { missing: string } | { refused: string } {
  const st = fs.stat(dest);
  if (st.ok && st.value.node.kind === 'dir')
    return { path: dest === '/' ? `/${name}` : `${dest}/${name}` };
  if (st.ok && srcIsDir) return { refused: DIR_ONTO_FILE };
  if (dest.endsWith('/') && !st.ok) return { missing: dest };
  const parent = fs.stat(dirname(dest));
  if (!parent.ok || parent.value.node.kind !== 'dir') return { missing: dirname(dest) };
  return { path: resolvePath('/', dest) };
}

export function copyFromContainer(
  rt: HostRuntime,
  c: Container,
  srcPath: string,
  hostFs: FileSystem,
  hostDest: string,
  owner: Owner,
  ref: string,
  options: { followLink?: boolean } = {},
): CopyResult {
  const read = readFromContainer(rt, c, hostFs, srcPath, ref, options);
  if (!read.ok) return read;
  const { src, tree } = read;
  const where = destination(hostFs, hostDest, basename(src), tree.kind === 'dir');
  if ('refused' in where) return { ok: false, error: where.refused, daemon: false };
  if ('missing' in where) {
    return {
      ok: false,
      error: `lstat ${where.missing.replace(/\/$/, '')}: no such file or directory`,
      daemon: false,
    };
  }
  const put = hostFs.putTree(where.path, owned(tree, owner));
  if (!put.ok) return { ok: false, error: `open ${where.path}: ${put.error}`, daemon: false };
  return { ok: true };
}

/** The node at a path as stored (a symlink is copied as a link, as docker cp does without -L). */
function treeWithoutFollowing(fs: FileSystem, path: string): LiveNode | undefined {
  const st = fs.lstat(path);
  if (!st.ok) return undefined;
  if (st.value.node.kind !== 'dir') return st.value.node;
  const tree = fs.tree(path);
  return tree.ok ? tree.value : undefined;
}

/** The node a path leads to, through symlinks. */
function treeFollowing(fs: FileSystem, path: string): LiveNode | undefined {
  const st = fs.stat(path);
  if (!st.ok) return undefined;
  if (st.value.node.kind !== 'dir') return st.value.node;
  const tree = fs.tree(path);
  return tree.ok ? tree.value : undefined;
}

export function copyToContainer(
  rt: HostRuntime,
  c: Container,
  hostFs: FileSystem,
  hostSrc: string,
  destPath: string,
  ref: string,
): CopyResult {
  const st = hostFs.lstat(hostSrc);
  if (!st.ok)
    return { ok: false, error: `lstat ${hostSrc}: no such file or directory`, daemon: false };
  const tree = treeWithoutFollowing(hostFs, hostSrc);
  if (!tree)
    return { ok: false, error: `lstat ${hostSrc}: no such file or directory`, daemon: false };
  const opened = openContainerFs(rt.host, c, { hostFs, tmpfs: false });
  // A file sent to `dir/` that does not exist: the CLI itself refuses (a directory would be
  // created under that name instead).
  if (destPath.endsWith('/') && !opened.fs.stat(destPath).ok && st.value.node.kind !== 'dir')
    return { ok: false, error: 'no such directory', daemon: false };
  const where = destination(opened.fs, destPath, basename(hostSrc), tree.kind === 'dir');
  if ('refused' in where) return { ok: false, error: where.refused, daemon: false };
  if ('missing' in where) {
    return {
      ok: false,
      error: `Could not find the file ${where.missing} in container ${ref}`,
      daemon: true,
    };
  }
  // Files copied in belong to root, whoever owned them on the host (without -a).
  const put = opened.fs.putTree(where.path, owned(tree, { uid: 0, gid: 0 }));
  if (!put.ok) {
    return {
      ok: false,
      error: `Error response from daemon: ${put.error} ${where.path}`,
      daemon: false,
    };
  }
  rt.updateHost((host) => opened.save(host));
  emitContainerFsEvents(rt, c.id, opened.root.events as FsEvent[]);
  emitVolumeFsEvents(rt, opened.volumeEvents());
  return { ok: true };
}

export type ArchiveResult =
  { ok: true; entries: ArchiveEntry[] } | { ok: false; error: string; daemon: boolean };

/**
 * `docker cp CONTAINER:PATH -`: the path as a tar stream of one member named after it (`f.txt`,
 * or `d/` and what is inside), as the daemon's archive endpoint sends it.
 */
export function archiveFromContainer(
  rt: HostRuntime,
  c: Container,
  hostFs: FileSystem,
  srcPath: string,
  ref: string,
  options: { followLink?: boolean } = {},
): ArchiveResult {
  const read = readFromContainer(rt, c, hostFs, srcPath, ref, options);
  if (!read.ok) return read;
  const { src, tree } = read;
  return { ok: true, entries: [{ name: src === '/' ? '.' : basename(src), node: tree }] };
}

/**
 * `docker cp - CONTAINER:DIR`: a tar stream from stdin unpacked into a directory that must
 * exist (the CLI checks first). Members keep their owners, as the daemon's extraction does.
 */
export function extractToContainer(
  rt: HostRuntime,
  c: Container,
  hostFs: FileSystem,
  entries: readonly ArchiveEntry[],
  destPath: string,
  typed: string,
): CopyResult {
  const opened = openContainerFs(rt.host, c, { hostFs, tmpfs: false });
  const dest = resolvePath('/', destPath);
  const st = opened.fs.stat(dest);
  if (!st.ok || st.value.node.kind !== 'dir')
    return { ok: false, error: `destination "${typed}" must be a directory`, daemon: false };
  for (const entry of entries) {
    const name = entry.name.replace(/^\/+|\/+$/g, '');
    const where = name === '' || name === '.' ? dest : resolvePath(dest, name);
    if (where === dest && entry.node.kind === 'dir') {
      for (const [child, node] of Object.entries(entry.node.children)) {
        if (node.kind === 'whiteout') continue;
        const put = opened.fs.putTree(resolvePath(dest, child), node);
        if (!put.ok) return { ok: false, error: `${put.error} ${dest}/${child}`, daemon: true };
      }
      continue;
    }
    const parent = dirname(where);
    if (!opened.fs.stat(parent).ok) opened.fs.mkdir(parent, { parents: true });
    const put = opened.fs.putTree(where, entry.node);
    if (!put.ok) return { ok: false, error: `${put.error} ${where}`, daemon: true };
  }
  rt.updateHost((host) => opened.save(host));
  emitContainerFsEvents(rt, c.id, opened.root.events as FsEvent[]);
  emitVolumeFsEvents(rt, opened.volumeEvents());
  return { ok: true };
}
