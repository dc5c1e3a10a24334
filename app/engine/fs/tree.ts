/**
 * Path operations on one tree (one layer), with structural sharing: a change copies the
 * directories from the root down to it and shares everything else.
 */
import { childOf, emptyDir, withChild, withoutChild, type DirNode, type Node } from './node';

export function getAt(root: DirNode, parts: readonly string[]): Node | undefined {
  let node: Node = root;
  for (const part of parts) {
    if (node.kind !== 'dir') return undefined;
    const next = childOf(node, part);
    if (!next) return undefined;
    node = next;
  }
  return node;
}

/**
 * Puts `node` at `parts`, creating missing parents with `makeParent(depth)` (which knows
 * what the parent should look like, e.g. a copy of the lower directory's metadata).
 * A non-directory in the way of a parent is replaced by the created parent.
 */
export function setAt(
  root: DirNode,
  parts: readonly string[],
  node: Node,
  makeParent: (depth: number) => DirNode = () => emptyDir(),
): DirNode {
  if (parts.length === 0) {
    if (node.kind !== 'dir') throw new Error('setAt: the root must stay a directory');
    return node;
  }
  const [head, ...rest] = parts as [string, ...string[]];
  if (rest.length === 0) return withChild(root, head, node);
  const existing = childOf(root, head);
  const parent = existing && existing.kind === 'dir' ? existing : makeParent(parts.length);
  return withChild(root, head, setAtDepth(parent, rest, node, makeParent, 1));
}

function setAtDepth(
  dir: DirNode,
  parts: readonly string[],
  node: Node,
  makeParent: (depth: number) => DirNode,
  depth: number,
): DirNode {
  const [head, ...rest] = parts as [string, ...string[]];
  if (rest.length === 0) return withChild(dir, head, node);
  const existing = childOf(dir, head);
  const parent = existing && existing.kind === 'dir' ? existing : makeParent(depth + 1);
  return withChild(dir, head, setAtDepth(parent, rest, node, makeParent, depth + 1));
}

/** Removes the entry at `parts`; returns the same tree when there is nothing to remove. */
export function removeAt(root: DirNode, parts: readonly string[]): DirNode {
  if (parts.length === 0) return root;
  const [head, ...rest] = parts as [string, ...string[]];
  if (rest.length === 0) return withoutChild(root, head);
  const child = childOf(root, head);
  if (!child || child.kind !== 'dir') return root;
  const updated = removeAt(child, rest);
  return updated === child ? root : withChild(root, head, updated);
}

export interface WalkEntry {
  path: string;
  node: Node;
}

/** Depth-first, parents before children, names in byte order (as tar and `docker diff`). */
export function* walk(root: DirNode, prefix = ''): Generator<WalkEntry> {
  for (const name of Object.keys(root.children).sort()) {
    const node = root.children[name] as Node;
    const path = `${prefix}/${name}`;
    yield { path, node };
    if (node.kind === 'dir') yield* walk(node, path);
  }
}

export function isEmptyTree(root: DirNode): boolean {
  return Object.keys(root.children).length === 0;
}
