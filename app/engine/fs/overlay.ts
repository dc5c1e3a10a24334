/**
 * A writable overlay: read-only lower layers plus one writable upper layer, as overlayfs
 * gives a container or a build step. Writes follow overlayfs' rules: the first write to a
 * lower file copies the whole file up; deleting a lower path leaves a whiteout; creating a
 * directory where a lower one was deleted makes it opaque. Every write is also recorded as
 * an event for the views to animate.
 */
import { fail, ok, type FsResult } from './errors';
import type { FsEvent } from './events';
import type { Content, FileSystem, Stat, WriteOptions } from './filesystem';
import {
  appendToBlob,
  blobFile,
  emptyDir,
  textFile,
  WHITEOUT,
  type DirNode,
  type LiveNode,
  type Node,
  type Owner,
} from './node';
import { dirname, splitPath } from './path';
import { getAt } from './tree';
import { UpperLayer } from './upper-layer';
import {
  dirStack,
  listMerged,
  lookupLiteral,
  realPath,
  resolveDir,
  stepInto,
  type RealPath,
  type ResolvedDir,
} from './union';

export class OverlayFs implements FileSystem {
  readonly events: FsEvent[] = [];

  /**
   * The writable layer. While a step runs, directories this overlay created are mutated in
   * place (writing 400 files into one directory must not copy it 400 times); reading `upper`
   * from outside seals them, so what callers see never changes afterwards.
   */
  private readonly layer: UpperLayer;
  /**
   * Resolved directories by the path used to reach them, valid while no directory of the
   * upper layer is created or replaced (writing files into an owned directory keeps them).
   */
  private dirCache = new Map<string, ResolvedDir>();

  constructor(
    readonly lowers: readonly DirNode[],
    upper: DirNode = emptyDir(),
  ) {
    // A directory is copied: resolutions that hold the old copy are stale.
    this.layer = new UpperLayer(upper, lowers, () => this.dirCache.clear());
  }

  get upper(): DirNode {
    return this.layer.seal();
  }

  private get current(): DirNode {
    return this.layer.current;
  }

  private layersCache: { upper: DirNode; layers: DirNode[] } | undefined;

  /** The stack with the current upper on top (cached until the upper changes). */
  private get layers(): DirNode[] {
    if (this.layersCache?.upper !== this.current)
      this.layersCache = { upper: this.current, layers: [...this.lowers, this.current] };
    return this.layersCache.layers;
  }

  private get upperIndex(): number {
    return this.lowers.length;
  }

  /** realPath with the parent directory's resolution cached (hot when many files land in one place). */
  private resolve(path: string, followLast: boolean): RealPath {
    const slash = path.lastIndexOf('/');
    const name = path.slice(slash + 1);
    if (slash < 0 || name === '' || name === '.' || name === '..')
      return realPath(this.layers, path, followLast);
    const parentPath = slash === 0 ? '/' : path.slice(0, slash);
    let parent = this.dirCache.get(parentPath);
    if (!parent) {
      parent = resolveDir(this.layers, parentPath);
      if (!parent) return realPath(this.layers, path, followLast);
      if (this.dirCache.size > 512) this.dirCache.clear();
      this.dirCache.set(parentPath, parent);
    }
    const step = stepInto(parent.stack, name);
    const real = parent.path === '/' ? `/${name}` : `${parent.path}/${name}`;
    if (!step.resolved) return { ok: true, path: real };
    if (step.resolved.node.kind === 'symlink' && followLast)
      return realPath(this.layers, path, followLast);
    return { ok: true, path: real, resolved: step.resolved };
  }

  stat(path: string): FsResult<Stat> {
    return this.statWith(path, true);
  }

  lstat(path: string): FsResult<Stat> {
    return this.statWith(path, false);
  }

  private statWith(path: string, follow: boolean): FsResult<Stat> {
    const real = this.resolve(path, follow);
    if (!real.ok) return fail(real.error);
    if (!real.resolved) return fail('ENOENT');
    return ok({ path: real.path, node: real.resolved.node, layer: real.resolved.layer });
  }

  readFile(path: string): FsResult<{ text: string | undefined; size: number; node: LiveNode }> {
    const st = this.stat(path);
    if (!st.ok) return st;
    const node = st.value.node;
    if (node.kind === 'dir') return fail('EISDIR');
    if (node.kind !== 'file') return fail('EINVAL');
    return ok({ text: node.text, size: node.size, node });
  }

  readdir(path: string): FsResult<string[]> {
    const st = this.stat(path);
    if (!st.ok) return st;
    if (st.value.node.kind !== 'dir') return fail('ENOTDIR');
    return ok([...listMerged(this.layers, st.value.path).keys()]);
  }

  tree(path: string): FsResult<LiveNode> {
    const st = this.stat(path);
    if (!st.ok) return st;
    return ok(this.mergedNode(st.value.path, st.value.node));
  }

  /** The merged view of a directory as one plain tree (whiteouts applied). */
  private mergedNode(path: string, node: LiveNode): LiveNode {
    if (node.kind !== 'dir') return node;
    const children: Record<string, Node> = {};
    for (const [name, child] of listMerged(this.layers, path)) {
      Object.defineProperty(children, name, {
        value: this.mergedNode(`${path === '/' ? '' : path}/${name}`, child.node),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    const { opaque: _opaque, ...meta } = node;
    return { ...meta, children };
  }

  writeFile(path: string, content: Content, options: WriteOptions = {}): FsResult<void> {
    const target = this.resolveForWrite(path);
    if (!target.ok) return target;
    const { real, existing } = target.value;
    if (existing && existing.node.kind === 'dir') return fail('EISDIR');
    const prev = existing?.node.kind === 'file' ? existing.node : undefined;
    const owner = options.owner ?? prev ?? undefined;
    const mode = prev?.mode ?? options.mode ?? 0o644;
    let node;
    if ('text' in content) {
      // Appending to content the simulation only knows by size keeps it so, with a known tail.
      if (options.append && prev && prev.text === undefined)
        node = appendToBlob(prev, content.text, mode, owner ?? prev);
      else {
        const base = options.append && prev ? (prev.text ?? '') : '';
        node = textFile(base + content.text, mode, owner ?? undefined);
      }
    } else {
      node = blobFile(content.blob, content.size, mode, owner ?? undefined);
      if (content.tail !== undefined) node = { ...node, tail: content.tail };
    }
    if (options.mtime !== undefined) node = { ...node, mtime: options.mtime };
    this.place(real, node, existing);
    return ok(undefined);
  }

  mkdir(
    path: string,
    options: { parents?: boolean; mode?: number; owner?: Owner } = {},
  ): FsResult<void> {
    if (options.parents) {
      const parts = splitPath(path);
      // Most calls find all but the last few levels there: look from the deepest level up
      // for the first one that exists, then create the missing ones top-down. Anything but
      // "missing" (a file in the way, a loop) is left to the walk from the root below, which
      // reports it as it always did, and so is a path with `..` (resolved against symlinks).
      let found = parts.includes('..') ? 0 : parts.length;
      while (found > 0) {
        const st = this.stat('/' + parts.slice(0, found).join('/'));
        if (st.ok && st.value.node.kind === 'dir') break;
        if (!(!st.ok && st.error === 'ENOENT')) {
          found = 0;
          break;
        }
        found--;
      }
      for (let i = found + 1; i <= parts.length; i++) {
        const sub = '/' + parts.slice(0, i).join('/');
        const st = this.stat(sub);
        if (st.ok) {
          if (st.value.node.kind !== 'dir') return fail(i === parts.length ? 'EEXIST' : 'ENOTDIR');
          continue;
        }
        const made = this.mkdir(sub, { mode: options.mode, owner: options.owner });
        if (!made.ok) return made;
      }
      return ok(undefined);
    }
    const target = this.resolveForWrite(path);
    if (!target.ok) return target;
    if (target.value.existing) return fail('EEXIST');
    const real = target.value.real;
    const parts = splitPath(real);
    const wasWhitedOut = getAt(this.current, parts)?.kind === 'whiteout';
    const dir: DirNode = {
      ...emptyDir(options.mode ?? 0o755, options.owner),
      ...(wasWhitedOut ? { opaque: true as const } : {}),
    };
    this.layer.setNewDir(parts, dir);
    this.events.push(
      wasWhitedOut
        ? { type: 'opaque-dir-created', path: real }
        : { type: 'dir-created', path: real },
    );
    return ok(undefined);
  }

  remove(path: string, options: { recursive?: boolean } = {}): FsResult<void> {
    const real = this.resolve(path, false);
    if (!real.ok) return fail(real.error);
    if (!real.resolved) return fail('ENOENT');
    if (real.path === '/') return fail('EBUSY');
    const node = real.resolved.node;
    if (node.kind === 'dir' && !options.recursive && listMerged(this.layers, real.path).size > 0) {
      return fail('ENOTEMPTY');
    }
    const parts = splitPath(real.path);
    const lower = lookupLiteral(this.lowers, real.path);
    if (lower && this.parentStackReachesLower(real.path)) {
      this.layer.set(parts, WHITEOUT);
      this.events.push({ type: 'whiteout-created', path: real.path, fromLayer: lower.layer });
    } else {
      this.layer.remove(parts);
      this.events.push({ type: 'file-removed', path: real.path });
    }
    return ok(undefined);
  }

  symlink(target: string, path: string): FsResult<void> {
    const dest = this.resolveForWrite(path, false);
    if (!dest.ok) return dest;
    if (dest.value.existing) return fail('EEXIST');
    const owner = { uid: 0, gid: 0 };
    this.place(dest.value.real, { kind: 'symlink', target, ...owner }, undefined);
    return ok(undefined);
  }

  putTree(path: string, node: LiveNode): FsResult<void> {
    // The root cannot be replaced, but a directory can be merged into it (COPY dir/ /).
    const root = this.resolve(path, true);
    if (root.ok && root.path === '/')
      return node.kind === 'dir' ? this.mergeInto('/', node) : fail('EISDIR');
    // A link placed over an existing link replaces it, as COPY and cp -R do; following the old
    // link would write the new one over its target (COPY . . over a node_modules/.bin).
    const dest = this.resolveForWrite(path, node.kind !== 'symlink');
    if (!dest.ok) return dest;
    const { real, existing } = dest.value;
    if (node.kind === 'dir' && existing?.node.kind === 'dir') return this.mergeInto(real, node);
    if (existing && existing.node.kind === 'dir') {
      const removed = this.remove(real, { recursive: true });
      if (!removed.ok) return removed;
    }
    this.place(real, node, existing);
    return ok(undefined);
  }

  /** Merges a directory's entries into an existing one, entry by entry, as cp -r and COPY do. */
  private mergeInto(real: string, node: DirNode): FsResult<void> {
    for (const [name, child] of Object.entries(node.children)) {
      if (child.kind === 'whiteout') continue;
      const put = this.putTree(`${real === '/' ? '' : real}/${name}`, child);
      if (!put.ok) return put;
    }
    return ok(undefined);
  }

  chmod(path: string, mode: number): FsResult<void> {
    return this.updateMeta(path, (node) => ('mode' in node ? { ...node, mode } : node));
  }

  chown(path: string, owner: Owner): FsResult<void> {
    return this.updateMeta(path, (node) => ({ ...node, uid: owner.uid, gid: owner.gid }));
  }

  touch(path: string): FsResult<void> {
    const st = this.stat(path);
    if (!st.ok) {
      if (st.error !== 'ENOENT') return st;
      return this.writeFile(path, { text: '' });
    }
    return this.updateMeta(path, (node) => node);
  }

  /** Copies a node up (if lower) and replaces its metadata; directories keep their children. */
  private updateMeta(path: string, change: (node: LiveNode) => LiveNode): FsResult<void> {
    const st = this.stat(path);
    if (!st.ok) return st;
    const { node, layer, path: real } = st.value;
    const parts = splitPath(real);
    if (node.kind === 'dir') {
      const inUpper = getAt(this.current, parts);
      const base: DirNode = inUpper && inUpper.kind === 'dir' ? inUpper : { ...node, children: {} };
      const { opaque: _o, ...meta } = change({ ...base }) as DirNode;
      const updated: DirNode = {
        ...meta,
        children: base.children,
        ...(base.opaque ? { opaque: true as const } : {}),
      };
      this.layer.set(parts, updated);
      if (layer !== this.upperIndex)
        this.events.push({ type: 'file-changed', path: real, size: 0 });
      return ok(undefined);
    }
    this.place(real, change(node), { node, layer });
    return ok(undefined);
  }

  /**
   * Resolves the path a write goes to: symlinks in parents always followed, the last one
   * followed when `followLast` (writing through a link writes its target).
   */
  private resolveForWrite(
    path: string,
    followLast = true,
  ): FsResult<{ real: string; existing: { node: LiveNode; layer: number } | undefined }> {
    const real = this.resolve(path, followLast);
    if (!real.ok) return fail(real.error);
    if (real.path === '/') return fail('EISDIR');
    // realPath only accepts a missing last component inside an existing directory.
    return ok({ real: real.path, existing: real.resolved });
  }

  private place(
    real: string,
    node: Node,
    existing: { node: LiveNode; layer: number } | undefined,
  ): void {
    const parts = realParts(real);
    const fromLower = existing && existing.layer !== this.upperIndex;
    if (fromLower && existing.node.kind === 'file') {
      this.events.push({
        type: 'file-copied-up',
        path: real,
        fromLayer: existing.layer,
        size: existing.node.size,
      });
    }
    this.layer.set(parts, node);
    const size = node.kind === 'file' ? node.size : 0;
    if (existing) this.events.push({ type: 'file-changed', path: real, size });
    else this.events.push({ type: 'file-added', path: real, size });
  }

  /** Whether the lower copy of a path is still reachable (not hidden by an opaque parent). */
  private parentStackReachesLower(path: string): boolean {
    const stack = dirStack(this.layers, dirname(path));
    return stack.some(({ layer }) => layer !== this.upperIndex);
  }
}

/**
 * The parts of a resolved path. Resolution gives normalised paths (`/a/b`), which split
 * without the filtering splitPath does; anything else still goes through splitPath.
 */
function realParts(real: string): string[] {
  if (real === '/') return [];
  const parts = real.slice(1).split('/');
  for (const part of parts)
    if (part === '' || part === '.' || part === '..') return splitPath(real);
  return parts;
}
