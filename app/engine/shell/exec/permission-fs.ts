/**
 * The filesystem as a non-root process sees it: every call first makes the kernel's
 * permission checks for the process's credentials, and fails with EACCES or EPERM as
 * open(2), mkdir(2), unlink(2), chmod(2) and chown(2) do. Root's view is the plain
 * filesystem (uid 0 bypasses these checks), so builds and containers that run as root pay
 * nothing for this.
 *
 * What the kernel checks, and so what this does:
 * - every directory on the way to a path needs search (x) permission;
 * - reading a file or listing a directory needs r; writing or truncating a file needs w;
 * - creating, removing or renaming an entry needs w and x on its directory, and in a sticky
 *   directory (/tmp) removing needs the entry's or the directory's ownership (else EPERM);
 * - chmod needs ownership; chown cannot give a file away, and changes its group only to one
 *   of the owner's groups;
 * - what a non-root process creates is its own (the owner a program asks for is ignored, as
 *   a kernel ignores it: `cp -p` and `tar -x` by a non-root user keep the user as owner).
 *
 * Approximations: the directories inside a symlink's target are not searched one by one;
 * ACLs, capabilities and setgid directories are not modelled.
 */
import { fail, ok, type FsError, type FsResult } from '../../fs/errors';
import type { Content, FileSystem, Stat, WriteOptions } from '../../fs/filesystem';
import type { LiveNode, Node, Owner } from '../../fs/node';
import { dirname, resolvePath, splitPath } from '../../fs/path';
import { EXEC, mayAccess, READ, WRITE, type AccessChecking, type Credentials } from '../access';
import { setFileTime } from '../programs/times';

export class PermissionFs implements FileSystem, AccessChecking {
  constructor(
    private readonly inner: FileSystem,
    readonly credentials: Credentials,
  ) {}

  private get owner(): Owner {
    return { uid: this.credentials.uid, gid: this.credentials.gid };
  }

  private may(node: LiveNode, want: number): boolean {
    return mayAccess(node, this.credentials, want);
  }

  /** EACCES when `dir` or a directory above it may not be searched. */
  private search(dir: string): FsError | undefined {
    const parts = splitPath(resolvePath('/', dir));
    let at = '/';
    for (let i = 0; ; i++) {
      const st = this.inner.stat(at);
      // A missing or non-directory step fails below with the filesystem's own error.
      if (!st.ok || st.value.node.kind !== 'dir') return undefined;
      if (!this.may(st.value.node, EXEC)) return 'EACCES';
      const next = parts[i];
      if (next === undefined) return undefined;
      at = `${at === '/' ? '' : at}/${next}`;
    }
  }

  /** May an entry be made in (or dropped from) the directory holding `path`? */
  private changeEntry(path: string): FsError | undefined {
    const parent = this.inner.stat(dirname(resolvePath('/', path)));
    if (!parent.ok || parent.value.node.kind !== 'dir') return undefined;
    return this.may(parent.value.node, WRITE | EXEC) ? undefined : 'EACCES';
  }

  /** unlink(2)/rmdir(2): a writable directory, and the sticky bit's ownership rule. */
  private removeEntry(path: string, node: LiveNode): FsError | undefined {
    const parent = this.inner.stat(dirname(resolvePath('/', path)));
    if (!parent.ok || parent.value.node.kind !== 'dir') return undefined;
    const dir = parent.value.node;
    if (!this.may(dir, WRITE | EXEC)) return 'EACCES';
    const uid = this.credentials.uid;
    if ((dir.mode & 0o1000) !== 0 && node.uid !== uid && dir.uid !== uid) return 'EPERM';
    return undefined;
  }

  /** rm -r: every directory emptied on the way must be readable, writable and searchable. */
  private removeTree(node: Node): FsError | undefined {
    if (node.kind !== 'dir' || Object.keys(node.children).length === 0) return undefined;
    if (!this.may(node, READ | WRITE | EXEC)) return 'EACCES';
    for (const child of Object.values(node.children)) {
      const denied = this.removeTree(child);
      if (denied) return denied;
    }
    return undefined;
  }

  /** A tree placed by this process is owned by it. */
  private owned(node: LiveNode): LiveNode {
    const { uid, gid } = this.owner;
    if (node.kind !== 'dir')
      return node.uid === uid && node.gid === gid ? node : { ...node, uid, gid };
    const children: Record<string, Node> = {};
    for (const [name, child] of Object.entries(node.children))
      Object.defineProperty(children, name, {
        value: child.kind === 'whiteout' ? child : this.owned(child),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return { ...node, uid, gid, children };
  }

  stat(path: string): FsResult<Stat> {
    const denied = this.search(dirname(resolvePath('/', path)));
    return denied ? fail(denied) : this.inner.stat(path);
  }

  lstat(path: string): FsResult<Stat> {
    const denied = this.search(dirname(resolvePath('/', path)));
    return denied ? fail(denied) : this.inner.lstat(path);
  }

  readFile(path: string) {
    const st = this.stat(path);
    if (st.ok && st.value.node.kind === 'file' && !this.may(st.value.node, READ))
      return fail('EACCES');
    return st.ok ? this.inner.readFile(path) : st;
  }

  readdir(path: string): FsResult<string[]> {
    const st = this.stat(path);
    if (st.ok && st.value.node.kind === 'dir' && !this.may(st.value.node, READ))
      return fail('EACCES');
    return st.ok ? this.inner.readdir(path) : fail(st.error);
  }

  writeFile(path: string, content: Content, options: WriteOptions = {}): FsResult<void> {
    const denied = this.writeDenied(path);
    if (denied) return fail(denied);
    const { owner: _asked, ...rest } = options;
    const exists = this.inner.stat(path).ok;
    return this.inner.writeFile(path, content, exists ? rest : { ...rest, owner: this.owner });
  }

  /** open(O_WRONLY | O_CREAT): w on an existing file, else w and x on its directory. */
  private writeDenied(path: string): FsError | undefined {
    const st = this.stat(path);
    if (st.ok)
      return st.value.node.kind === 'file' && !this.may(st.value.node, WRITE)
        ? 'EACCES'
        : undefined;
    if (st.error !== 'ENOENT') return st.error;
    return this.changeEntry(path);
  }

  mkdir(path: string, options: { parents?: boolean; mode?: number; owner?: Owner } = {}) {
    const full = resolvePath('/', path);
    // The first missing directory is the one whose parent must be writable: below it,
    // everything is the process's own.
    const parts = splitPath(full);
    let at = '';
    for (const part of options.parents ? parts : parts.slice(-1)) {
      at = options.parents ? `${at}/${part}` : full;
      const st = this.stat(at);
      if (st.ok) continue;
      if (st.error !== 'ENOENT') return fail(st.error);
      const denied = this.changeEntry(at);
      if (denied) return fail(denied);
      break;
    }
    return this.inner.mkdir(path, { ...options, owner: this.owner });
  }

  remove(path: string, options?: { recursive?: boolean }): FsResult<void> {
    const st = this.lstat(path);
    if (!st.ok) return st;
    const denied =
      this.removeEntry(path, st.value.node) ??
      (options?.recursive ? this.removeTree(st.value.node) : undefined);
    return denied ? fail(denied) : this.inner.remove(path, options);
  }

  symlink(target: string, path: string): FsResult<void> {
    const st = this.lstat(path);
    if (st.ok) return this.inner.symlink(target, path);
    if (st.error !== 'ENOENT') return st;
    const denied = this.changeEntry(path);
    return denied ? fail(denied) : this.inner.symlink(target, path);
  }

  putTree(path: string, node: LiveNode): FsResult<void> {
    const st = this.lstat(path);
    if (!st.ok && st.error !== 'ENOENT') return st;
    // Writing over a file it may write is an open(O_TRUNC); anything else is a new entry.
    const overwrite =
      st.ok &&
      st.value.node.kind === 'file' &&
      node.kind === 'file' &&
      this.may(st.value.node, WRITE);
    const denied = overwrite ? undefined : this.changeEntry(path);
    return denied ? fail(denied) : this.inner.putTree(path, this.owned(node));
  }

  chmod(path: string, mode: number): FsResult<void> {
    const st = this.stat(path);
    if (!st.ok) return st;
    if (st.value.node.uid !== this.credentials.uid) return fail('EPERM');
    return this.inner.chmod(path, mode);
  }

  chown(path: string, owner: Owner): FsResult<void> {
    const st = this.stat(path);
    if (!st.ok) return st;
    const node = st.value.node;
    const cred = this.credentials;
    const mine = node.uid === cred.uid;
    const sameGroup = owner.gid === node.gid || cred.groups.has(owner.gid);
    if (!mine || owner.uid !== node.uid || !sameGroup) return fail('EPERM');
    return this.inner.chown(path, owner);
  }

  touch(path: string): FsResult<void> {
    const denied = this.timeDenied(path);
    return denied ? fail(denied) : this.inner.touch(path);
  }

  /** utimensat(2): the owner, or anyone who may write the file; a new file is a create. */
  private timeDenied(path: string): FsError | undefined {
    const st = this.stat(path);
    if (!st.ok) return st.error === 'ENOENT' ? this.changeEntry(path) : st.error;
    const node = st.value.node;
    return node.uid === this.credentials.uid || this.may(node, WRITE) ? undefined : 'EACCES';
  }

  tree(path: string): FsResult<LiveNode> {
    const st = this.stat(path);
    if (st.ok && st.value.node.kind === 'dir' && !this.may(st.value.node, READ | EXEC))
      return fail('EACCES');
    return st.ok ? this.inner.tree(path) : fail(st.error);
  }

  /** touch -d, tar -x: as touch, through the clocked filesystem below (timed-fs.ts). */
  setTime(path: string, mtime: number): FsResult<void> {
    const denied = this.timeDenied(path);
    if (denied) return fail(denied);
    if (!this.inner.stat(path).ok) return this.writeFile(path, { text: '' });
    return setFileTime(this.inner, path, mtime);
  }

  /** rename(2): the entry leaves one directory and enters another (maybe replacing one). */
  renameDenied(from: string, to: string): FsError | undefined {
    const src = this.lstat(from);
    if (!src.ok) return src.error;
    const denied = this.removeEntry(from, src.value.node);
    if (denied) return denied;
    const dest = this.lstat(to);
    if (dest.ok) return this.removeEntry(to, dest.value.node);
    return dest.error === 'ENOENT' ? this.changeEntry(to) : dest.error;
  }

  /** access(2) for the shell: `>>` onto a file, a directory to cd into. */
  access(path: string, want: number): FsResult<void> {
    const st = this.stat(path);
    if (!st.ok) return st;
    return this.may(st.value.node, want) ? ok(undefined) : fail('EACCES');
  }
}
