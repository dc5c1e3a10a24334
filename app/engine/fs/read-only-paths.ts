/**
 * A filesystem whose writes under some folders fail with EROFS, as under a read-only mount:
 * a build step's `RUN --mount=type=bind` is read-only unless it says `rw` (BuildKit), so
 * `touch /src/x` there prints "Read-only file system". Reads pass through. The check is made
 * on where a path really leads (symlinks followed, the last one only when the call follows it).
 */
import { fail, type FsResult } from './errors';
import type { Content, FileSystem, Stat, WriteOptions } from './filesystem';
import type { LiveNode, Owner } from './node';
import { basename, dirname } from './path';

export class ReadOnlyPaths implements FileSystem {
  constructor(
    private readonly inner: FileSystem,
    private readonly roots: readonly string[],
  ) {}

  /** Where `path` leads: its own real path if it exists, else its real parent's plus its name. */
  private real(path: string, followLast: boolean): string {
    const found = followLast ? this.inner.stat(path) : this.inner.lstat(path);
    if (found.ok) return found.value.path;
    const parent = this.inner.stat(dirname(path));
    return parent.ok ? `${parent.value.path.replace(/\/$/, '')}/${basename(path)}` : path;
  }

  private blocked(path: string, followLast = true): boolean {
    const real = this.real(path, followLast);
    return this.roots.some((root) => real === root || real.startsWith(`${root}/`));
  }

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
  tree(path: string): FsResult<LiveNode> {
    return this.inner.tree(path);
  }
  writeFile(path: string, content: Content, options?: WriteOptions): FsResult<void> {
    return this.blocked(path) ? fail('EROFS') : this.inner.writeFile(path, content, options);
  }
  mkdir(path: string, options?: { parents?: boolean; mode?: number; owner?: Owner }) {
    // mkdir -p of a folder that is already there changes nothing, even on a read-only mount.
    if (options?.parents && this.inner.stat(path).ok) return this.inner.mkdir(path, options);
    return this.blocked(path) ? fail('EROFS') : this.inner.mkdir(path, options);
  }
  remove(path: string, options?: { recursive?: boolean }): FsResult<void> {
    return this.blocked(path, false) ? fail('EROFS') : this.inner.remove(path, options);
  }
  symlink(target: string, path: string): FsResult<void> {
    return this.blocked(path, false) ? fail('EROFS') : this.inner.symlink(target, path);
  }
  putTree(path: string, node: LiveNode): FsResult<void> {
    return this.blocked(path) ? fail('EROFS') : this.inner.putTree(path, node);
  }
  chmod(path: string, mode: number): FsResult<void> {
    return this.blocked(path) ? fail('EROFS') : this.inner.chmod(path, mode);
  }
  chown(path: string, owner: Owner): FsResult<void> {
    return this.blocked(path) ? fail('EROFS') : this.inner.chown(path, owner);
  }
  touch(path: string): FsResult<void> {
    return this.blocked(path) ? fail('EROFS') : this.inner.touch(path);
  }
}
