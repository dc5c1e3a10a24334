/**
 * The filesystem interface the shell and the docker CLI work against. Implemented by a
 * writable overlay (a build step or a container) and by a mount table that routes paths
 * under volumes elsewhere. Paths are absolute; symlinks are followed as the kernel does.
 */
import type { FsResult } from './errors';
import type { DirNode, LiveNode, Owner } from './node';

export interface Stat {
  /** The path after following symlinks. */
  path: string;
  node: LiveNode;
  /** Which layer serves it: 0 is the bottom; the writable layer is the top. */
  layer: number;
}

/** What a file holds: text, or a blob known by identity and size (tail: FileNode.tail). */
export type Content = { text: string } | { blob: string; size: number; tail?: string };

export interface WriteOptions {
  append?: boolean;
  mode?: number;
  owner?: Owner;
  /** The written file's modification time (ms); not content, so digests ignore it. */
  mtime?: number;
}

export interface FileSystem {
  stat(path: string): FsResult<Stat>;
  /** Like stat, but a symlink in the last component is reported, not followed. */
  lstat(path: string): FsResult<Stat>;
  readFile(path: string): FsResult<{ text: string | undefined; size: number; node: LiveNode }>;
  /** Sorted names of a merged directory. */
  readdir(path: string): FsResult<string[]>;
  writeFile(path: string, content: Content, options?: WriteOptions): FsResult<void>;
  mkdir(
    path: string,
    options?: { parents?: boolean; mode?: number; owner?: Owner },
  ): FsResult<void>;
  /** Deletes a file, symlink or (with `recursive`, or when empty) directory. */
  remove(path: string, options?: { recursive?: boolean }): FsResult<void>;
  symlink(target: string, path: string): FsResult<void>;
  /** Places a whole subtree (cp -r, tar -x, COPY): the nodes are shared, not copied. */
  putTree(path: string, node: LiveNode): FsResult<void>;
  chmod(path: string, mode: number): FsResult<void>;
  chown(path: string, owner: Owner): FsResult<void>;
  /** Updates the timestamp: on a lower file this alone copies it up. */
  touch(path: string): FsResult<void>;
  /** The merged subtree at a path (symlinks inside are kept as links). */
  tree(path: string): FsResult<LiveNode>;
}

export type { DirNode };
