/**
 * A container's filesystem as its processes see it: a mount table over the root overlay.
 * Paths under a volume go to the volume's own tree, paths under a bind mount go to the
 * host's files, everything else goes to the overlay of the image layers and the
 * container's writable layer. So a write under a mount never touches the writable layer,
 * which is why `docker diff` and `docker commit` do not see it.
 *
 * Symlinks are resolved here, component by component across mounts (a link in the root
 * filesystem may point into a volume), so each underlying filesystem only ever receives
 * paths whose parents are real directories.
 */
import { fail, ok, type FsError, type FsResult } from '../fs/errors';
import type { Content, FileSystem, Stat, WriteOptions } from '../fs/filesystem';
import type { DirNode, LiveNode, Owner } from '../fs/node';
import { resolvePath, splitPath } from '../fs/path';
import { setAt } from '../fs/tree';

/** Read-only file system: a write under a read-only mount, or anywhere with --read-only. */
export const EROFS: FsError = 'EROFS';

export interface MountedFs {
  /** Where it appears in the container ("/data"). */
  destination: string;
  fs: FileSystem;
  /** The path inside `fs` that the destination shows: "/" for a volume, the host path for a bind. */
  root: string;
  readOnly: boolean;
  /** What the UI says serves these paths. */
  source: { kind: 'volume'; name: string } | { kind: 'bind'; path: string };
}

/** Where a container path is served from: a layer of the root overlay, a volume, or the host. */
export type PathSource =
  | { kind: 'layer'; index: number }
  | { kind: 'volume'; name: string }
  | { kind: 'bind'; path: string };

const MAX_SYMLINK_HOPS = 40;

interface Routed {
  fs: FileSystem;
  inner: string;
  mount?: MountedFs;
}

export class ContainerFs implements FileSystem {
  private readonly mounts: MountedFs[];

  constructor(
    /** The image layers (and init layer) with the writable layer on top. */
    readonly root: FileSystem,
    mounts: readonly MountedFs[],
    /** Index of the writable layer in the root overlay, reported for paths under mounts. */
    private readonly writableLayer: number,
    /** `--read-only`: the root refuses writes; mounts (volumes, tmpfs, binds) still take them. */
    private readonly readOnlyRoot = false,
  ) {
    // Longest destination first, so /data/sub wins over /data.
    this.mounts = [...mounts]
      .map((m) => ({ ...m, destination: resolvePath('/', m.destination) }))
      .sort((a, b) => b.destination.length - a.destination.length);
  }

  /** The mount serving a resolved path, and the path inside it. */
  private route(path: string): Routed {
    for (const mount of this.mounts) {
      const dest = mount.destination;
      if (path === dest || dest === '/' || path.startsWith(dest + '/')) {
        const rest = path === dest ? '' : path.slice(dest === '/' ? 0 : dest.length);
        const inner = resolvePath('/', mount.root + rest);
        return { fs: mount.fs, inner, mount };
      }
    }
    return { fs: this.root, inner: path };
  }

  private isMountPoint(path: string): boolean {
    return this.mounts.some((m) => m.destination === path);
  }

  /** Mount destinations strictly below a directory. */
  private mountsUnder(path: string): MountedFs[] {
    const prefix = path === '/' ? '/' : path + '/';
    return this.mounts.filter((m) => m.destination !== path && m.destination.startsWith(prefix));
  }

  /**
   * Resolves every symlink in the parents (and in the last component when `followLast`).
   * A missing last component is fine: the path may be about to be created.
   */
  resolve(path: string, followLast = true): FsResult<string> {
    let pending = splitPath(resolvePath('/', path));
    const done: string[] = [];
    let hops = 0;
    while (pending.length > 0) {
      const [part, ...rest] = pending as [string, ...string[]];
      if (part === '..') {
        done.pop();
        pending = rest;
        continue;
      }
      const candidate = '/' + [...done, part].join('/');
      const isLast = rest.length === 0;
      const routed = this.route(candidate);
      const st = routed.fs.lstat(routed.inner);
      if (!st.ok) {
        if (isLast && st.error === 'ENOENT') return ok(candidate);
        return fail(st.error);
      }
      const node = st.value.node;
      if (node.kind === 'symlink' && (!isLast || followLast)) {
        if (++hops > MAX_SYMLINK_HOPS) return fail('ELOOP');
        if (node.target.startsWith('/')) done.length = 0;
        pending = [...splitPath(node.target), ...rest];
        continue;
      }
      if (!isLast && node.kind !== 'dir') return fail('ENOTDIR');
      done.push(part);
      pending = rest;
    }
    return ok('/' + done.join('/'));
  }

  /** Which layer, volume or host folder serves a path (what the UI shows on hover). */
  sourceOf(path: string): FsResult<PathSource> {
    const real = this.resolve(path, false);
    if (!real.ok) return real;
    const routed = this.route(real.value);
    if (routed.mount) {
      const src = routed.mount.source;
      return ok(src.kind === 'volume' ? src : { kind: 'bind', path: routed.inner });
    }
    const st = this.root.lstat(real.value);
    if (!st.ok) return st;
    return ok({ kind: 'layer', index: st.value.layer });
  }

  private statWith(path: string, follow: boolean): FsResult<Stat> {
    const real = this.resolve(path, follow);
    if (!real.ok) return real;
    const routed = this.route(real.value);
    const st = routed.fs.lstat(routed.inner);
    if (!st.ok) return st;
    const layer = routed.mount ? this.writableLayer : st.value.layer;
    return ok({ path: real.value, node: st.value.node, layer });
  }

  stat(path: string): FsResult<Stat> {
    return this.statWith(path, true);
  }

  lstat(path: string): FsResult<Stat> {
    return this.statWith(path, false);
  }

  readFile(path: string): FsResult<{ text: string | undefined; size: number; node: LiveNode }> {
    const real = this.resolve(path);
    if (!real.ok) return real;
    const routed = this.route(real.value);
    return routed.fs.readFile(routed.inner);
  }

  readdir(path: string): FsResult<string[]> {
    const real = this.resolve(path);
    if (!real.ok) return real;
    const routed = this.route(real.value);
    const listed = routed.fs.readdir(routed.inner);
    if (!listed.ok) return listed;
    // A mount point shows in its parent's listing even if nothing below created it.
    const names = new Set(listed.value);
    for (const m of this.mountsUnder(real.value)) {
      const rest = splitPath(m.destination.slice(real.value === '/' ? 0 : real.value.length));
      if (rest.length === 1 && rest[0]) names.add(rest[0]);
    }
    return ok([...names].sort());
  }

  /** Routes a write to the filesystem that owns the (resolved) path; refuses read-only mounts. */
  private writable(path: string, followLast = true): FsResult<Routed & { real: string }> {
    const real = this.resolve(path, followLast);
    if (!real.ok) return real;
    const routed = this.route(real.value);
    if (routed.mount ? routed.mount.readOnly : this.readOnlyRoot) return fail(EROFS);
    return ok({ ...routed, real: real.value });
  }

  writeFile(path: string, content: Content, options?: WriteOptions): FsResult<void> {
    const target = this.writable(path);
    if (!target.ok) return target;
    return target.value.fs.writeFile(target.value.inner, content, options);
  }

  mkdir(
    path: string,
    options: { parents?: boolean; mode?: number; owner?: Owner } = {},
  ): FsResult<void> {
    if (!options.parents) {
      const target = this.writable(path, false);
      if (!target.ok) return target;
      return target.value.fs.mkdir(target.value.inner, {
        mode: options.mode,
        owner: options.owner,
      });
    }
    const parts = splitPath(resolvePath('/', path));
    for (let i = 1; i <= parts.length; i++) {
      const sub = '/' + parts.slice(0, i).join('/');
      const st = this.stat(sub);
      if (st.ok) {
        if (st.value.node.kind !== 'dir') return fail(i === parts.length ? 'EEXIST' : 'ENOTDIR');
        continue;
      }
      if (st.error !== 'ENOENT') return st;
      const made = this.mkdir(sub, { mode: options.mode, owner: options.owner });
      if (!made.ok) return made;
    }
    return ok(undefined);
  }

  remove(path: string, options: { recursive?: boolean } = {}): FsResult<void> {
    const target = this.writable(path, false);
    if (!target.ok) return target;
    const { real } = target.value;
    if (this.isMountPoint(real) || this.mountsUnder(real).length > 0) {
      return this.removeAcrossMounts(real, options.recursive ?? false);
    }
    return target.value.fs.remove(target.value.inner, options);
  }

  /**
   * `rm -rf` of a directory that holds mount points: everything that can go goes, and the
   * mount points themselves stay ("Device or resource busy"), as on Linux.
   */
  private removeAcrossMounts(real: string, recursive: boolean): FsResult<void> {
    if (!recursive) return fail(this.isMountPoint(real) ? 'EBUSY' : 'ENOTEMPTY');
    const listed = this.readdir(real);
    if (!listed.ok) return listed;
    let busy = false;
    for (const name of listed.value) {
      const child = real === '/' ? `/${name}` : `${real}/${name}`;
      const removed = this.remove(child, { recursive: true });
      if (!removed.ok) {
        if (removed.error === 'EBUSY') busy = true;
        else return removed;
      }
    }
    if (busy || this.isMountPoint(real)) return fail('EBUSY');
    const routed = this.route(real);
    return routed.fs.remove(routed.inner, { recursive: true });
  }

  symlink(target: string, path: string): FsResult<void> {
    const dest = this.writable(path, false);
    if (!dest.ok) return dest;
    return dest.value.fs.symlink(target, dest.value.inner);
  }

  putTree(path: string, node: LiveNode): FsResult<void> {
    const dest = this.writable(path);
    if (!dest.ok) return dest;
    const { real } = dest.value;
    if (node.kind === 'dir' && this.mountsUnder(real).length > 0) {
      // Entries that land under a mount must go to that mount: place them one by one.
      const exists = this.stat(real);
      if (!exists.ok) {
        const made = this.mkdir(real, { mode: node.mode, owner: node });
        if (!made.ok) return made;
      }
      for (const [name, child] of Object.entries(node.children)) {
        if (child.kind === 'whiteout') continue;
        const put = this.putTree(real === '/' ? `/${name}` : `${real}/${name}`, child);
        if (!put.ok) return put;
      }
      return ok(undefined);
    }
    return dest.value.fs.putTree(dest.value.inner, node);
  }

  chmod(path: string, mode: number): FsResult<void> {
    const target = this.writable(path);
    if (!target.ok) return target;
    return target.value.fs.chmod(target.value.inner, mode);
  }

  chown(path: string, owner: Owner): FsResult<void> {
    const target = this.writable(path);
    if (!target.ok) return target;
    return target.value.fs.chown(target.value.inner, owner);
  }

  touch(path: string): FsResult<void> {
    const target = this.writable(path);
    if (!target.ok) return target;
    return target.value.fs.touch(target.value.inner);
  }

  /** The merged subtree, with the mounted trees grafted in where they are mounted. */
  tree(path: string): FsResult<LiveNode> {
    const real = this.resolve(path);
    if (!real.ok) return real;
    const routed = this.route(real.value);
    const base = routed.fs.tree(routed.inner);
    if (!base.ok || base.value.kind !== 'dir') return base;
    let tree: DirNode = base.value;
    // Shallow mounts first, so a deeper mount lands inside the shallower one's tree.
    const below = this.mountsUnder(real.value).sort(
      (a, b) => a.destination.length - b.destination.length,
    );
    for (const mount of below) {
      const mounted = mount.fs.tree(mount.root);
      if (!mounted.ok) continue;
      const rel = splitPath(mount.destination.slice(real.value === '/' ? 0 : real.value.length));
      tree = setAt(tree, rel, mounted.value);
    }
    return ok(tree);
  }
}
