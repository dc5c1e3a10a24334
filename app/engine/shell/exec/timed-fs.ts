/**
 * The filesystem as the shell's processes see it: every file a program writes gets the
 * process's clock as its modification time, and `touch` moves a file's time. The layered
 * filesystem keeps no clock of its own, so the shell stamps the nodes it writes.
 *
 * A write is placed with one `putTree` of the finished node, so the filesystem records the
 * same events a plain `writeFile` would (a copy-up, then an added or changed file); symlinks
 * likewise. Directory times are not set here: the filesystem interface has no way to change
 * a directory's metadata other than its mode and owner, and placing a new directory whole
 * would change its `dir-created` event, so directories keep the time they came with (none,
 * for one made by mkdir: they report the unknown time of programs/times.ts).
 */
import { fail, type FsResult } from '../../fs/errors';
import type { Content, FileSystem, Stat, WriteOptions } from '../../fs/filesystem';
import {
  blobFile,
  textFile,
  type FileNode,
  type LiveNode,
  type Owner,
  type SymlinkNode,
} from '../../fs/node';

export class TimedFs implements FileSystem {
  constructor(
    private readonly inner: FileSystem,
    private readonly clock: () => number,
  ) {}

  stat(path: string): FsResult<Stat> {
    return this.inner.stat(path);
  }

  lstat(path: string): FsResult<Stat> {
    return this.inner.lstat(path);
  }

  readFile(path: string) {
    return this.inner.readFile(path);
  }

  readdir(path: string): FsResult<string[]> {
    return this.inner.readdir(path);
  }

  writeFile(path: string, content: Content, options: WriteOptions = {}): FsResult<void> {
    const st = this.inner.stat(path);
    if (st.ok && st.value.node.kind === 'dir') return fail('EISDIR');
    // Anything unusual (a missing parent, a loop): the filesystem words the error itself.
    if (!st.ok && st.error !== 'ENOENT') return this.inner.writeFile(path, content, options);
    const prev = st.ok && st.value.node.kind === 'file' ? st.value.node : undefined;
    const node = writtenNode(prev, content, options);
    const placed = this.inner.putTree(path, { ...node, mtime: this.clock() });
    return placed.ok ? placed : this.inner.writeFile(path, content, options);
  }

  mkdir(path: string, options?: { parents?: boolean; mode?: number; owner?: Owner }) {
    return this.inner.mkdir(path, options);
  }

  remove(path: string, options?: { recursive?: boolean }): FsResult<void> {
    return this.inner.remove(path, options);
  }

  symlink(target: string, path: string): FsResult<void> {
    // Placed whole like a written file (same event); an existing name fails as symlink(2) does.
    if (this.inner.lstat(path).ok) return this.inner.symlink(target, path);
    const link: SymlinkNode = { kind: 'symlink', target, uid: 0, gid: 0, mtime: this.clock() };
    const placed = this.inner.putTree(path, link);
    return placed.ok ? placed : this.inner.symlink(target, path);
  }

  putTree(path: string, node: LiveNode): FsResult<void> {
    return this.inner.putTree(path, node);
  }

  chmod(path: string, mode: number): FsResult<void> {
    return this.inner.chmod(path, mode);
  }

  chown(path: string, owner: Owner): FsResult<void> {
    return this.inner.chown(path, owner);
  }

  touch(path: string): FsResult<void> {
    return this.setTime(path, this.clock());
  }

  tree(path: string): FsResult<LiveNode> {
    return this.inner.tree(path);
  }

  /**
   * Sets a file's modification time (touch -d/-t/-r, tar -x). A directory is touched
   * without a new time (see above); a missing path is created empty, as touch does.
   */
  setTime(path: string, mtime: number): FsResult<void> {
    const st = this.inner.stat(path);
    if (!st.ok) {
      if (st.error !== 'ENOENT') return st;
      return this.writeFile(path, { text: '' });
    }
    const node = st.value.node;
    if (node.kind !== 'file') return this.inner.touch(path);
    return this.inner.putTree(st.value.path, { ...node, mtime });
  }
}

/** The node a write leaves, as the layered filesystem builds it (mode, owner, append). */
function writtenNode(
  prev: FileNode | undefined,
  content: Content,
  options: WriteOptions,
): FileNode {
  const owner = options.owner ?? prev;
  const mode = prev?.mode ?? options.mode ?? 0o644;
  if (!('text' in content)) return blobFile(content.blob, content.size, mode, owner);
  if (options.append && prev && prev.text === undefined) {
    // Appending to content known only by size keeps its identity and grows its size.
    const added = textFile(content.text);
    return blobFile(
      `${prev.blob ?? 'unknown'}+${content.text}`,
      prev.size + added.size,
      mode,
      owner,
    );
  }
  const base = options.append && prev ? (prev.text ?? '') : '';
  return textFile(base + content.text, mode, owner);
}
