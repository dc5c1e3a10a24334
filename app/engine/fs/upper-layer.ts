/**
 * The writable (upper) layer of an overlay, written in place. Trees are immutable once
 * anyone else can see them, but copying a directory for every file written into it would
 * make `pip install` quadratic; so directories this layer created (or copied) are "owned"
 * and mutated directly, and sealing the layer (handing it out) ends that ownership.
 */
import { childOf, emptyDir, type DirNode, type Node } from './node';
import { getAt } from './tree';
import { lookupLiteral } from './union';

type MutableDir = DirNode & { children: Record<string, Node> };

export class UpperLayer {
  private root: DirNode;
  private owned = new WeakSet<DirNode>();

  /**
   * @param lowers the read-only layers below: a parent directory created here copies the
   *   metadata of the lower directory it covers.
   * @param onDirCopied called when a directory is copied (or an entry removed), so that
   *   the overlay drops resolutions that may hold the old copy.
   */
  constructor(
    root: DirNode,
    private readonly lowers: readonly DirNode[],
    private readonly onDirCopied: () => void,
  ) {
    this.root = root;
  }

  /** The layer as it is now; it may still change while the overlay writes. */
  get current(): DirNode {
    return this.root;
  }

  /** The layer, handed out: from now on every write copies what it changes. */
  seal(): DirNode {
    this.owned = new WeakSet();
    return this.root;
  }

  /** Puts `node` at `parts`, creating missing parents (with their lower dir's metadata). */
  set(parts: readonly string[], node: Node): void {
    const root = this.own(this.root);
    this.root = root;
    let dir = root;
    for (let i = 0; i < parts.length - 1; i++) {
      const name = parts[i] as string;
      const existing = childOf(dir, name);
      const next = this.own(
        existing && existing.kind === 'dir' ? existing : this.copyOfLowerDir(parts.slice(0, i + 1)),
      );
      // An owned directory is already in place: only a new or copied one is linked in.
      if (next !== existing) setChild(dir, name, next);
      dir = next;
    }
    const last = parts[parts.length - 1];
    if (last !== undefined) setChild(dir, last, node);
  }

  /**
   * Puts a directory made for this layer (mkdir) at `parts`, owned from the start: files
   * written into it next go straight in, with no copy of it and no stale resolutions.
   */
  setNewDir(parts: readonly string[], dir: DirNode): void {
    const owned = { ...dir, children: { ...dir.children } } as MutableDir;
    this.set(parts, owned);
    this.owned.add(owned);
  }

  /** Removes the entry at `parts` from this layer (a lower copy, if any, shows again). */
  remove(parts: readonly string[]): void {
    this.onDirCopied();
    const last = parts[parts.length - 1];
    if (last === undefined || getAt(this.root, parts) === undefined) return;
    const root = this.own(this.root);
    this.root = root;
    let dir = root;
    for (let i = 0; i < parts.length - 1; i++) {
      const next = this.own(childOf(dir, parts[i] as string) as DirNode);
      setChild(dir, parts[i] as string, next);
      dir = next;
    }
    delete dir.children[last];
  }

  /** A copy of `dir` this layer may mutate (itself, if already owned). */
  private own(dir: DirNode): MutableDir {
    if (this.owned.has(dir)) return dir as MutableDir;
    this.onDirCopied();
    const copy = { ...dir, children: { ...dir.children } } as MutableDir;
    this.owned.add(copy);
    return copy;
  }

  /** A parent created in the upper layer takes the lower directory's metadata, as copy-up does. */
  private copyOfLowerDir(parts: readonly string[]): DirNode {
    const lower = lookupLiteral(this.lowers, '/' + parts.join('/'));
    if (lower && lower.node.kind === 'dir') {
      const { opaque: _o, ...meta } = lower.node;
      return { ...meta, children: {} };
    }
    return emptyDir();
  }
}

/** Sets a child even when its name is `__proto__` or another Object.prototype key. */
function setChild(dir: MutableDir, name: string, node: Node): void {
  Object.defineProperty(dir.children, name, {
    value: node,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
