/**
 * The filesystem as the shell's processes see it: every file a program writes gets the
 * process's clock as its modification time, and `touch` moves a file's time. The layered
 * filesystem keeps no clock of its own, so the shell stamps the nodes it writes.
 *
 * A write passes the time to the filesystem's own `writeFile` (so its events are a plain
 * write's); a symlink is placed whole with one `putTree`, which records the same event. Directory times are not set here: the filesystem interface has no way to change
 * a directory's metadata other than its mode and owner, and placing a new directory whole
 * would change its `dir-created` event, so directories keep the time they came with (none,
 * for one made by mkdir: they report the unknown time of programs/times.ts).
 */
import type { FsResult } from '../../fs/errors';
import type { Content, FileSystem, Stat, WriteOptions } from '../../fs/filesystem';
import type { LiveNode, Owner, SymlinkNode } from '../../fs/node';

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
    return this.inner.writeFile(path, content, { ...options, mtime: this.clock() });
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
