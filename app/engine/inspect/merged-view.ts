/**
 * The union filesystem made visible: each path in the merged tree with the layer that
 * serves it and the lower copies it hides. What the "Merged filesystem" tree draws.
 */
import { childOf, type DirNode, type LiveNode, type Node } from '../fs/node';
import { joinPath, splitPath } from '../fs/path';
import { listMerged } from '../fs/union';

export interface MergedEntry {
  name: string;
  path: string;
  node: LiveNode;
  /** Layer index (bottom = 0) that provides the visible copy. */
  layer: number;
  /** Lower layers that also have this path but are hidden by the visible copy. */
  shadowed: number[];
}

/**
 * The node a single layer itself holds at `path`, reached through that layer's own
 * directories (undefined when the layer has nothing there, or a whiteout or a file on the way).
 */
function ownNode(layer: DirNode, parts: readonly string[]): Node | undefined {
  let node: Node = layer;
  for (const part of parts) {
    if (node.kind !== 'dir') return undefined;
    const child = childOf(node, part);
    if (!child) return undefined;
    node = child;
  }
  return node;
}

/**
 * One directory level of the merged view (the tree view expands level by level).
 *
 * A lower layer's copy is shadowed when that layer's own tree holds a file (or symlink) at
 * the path: resolving the path in the stack cut off above that layer would land on it, since
 * a layer's own directories always show through to its own files. Asking each layer alone
 * (instead of resolving every cut-off stack) keeps a played build step cheap to redraw.
 */
export function mergedChildren(layers: readonly DirNode[], dir: string): MergedEntry[] {
  const entries: MergedEntry[] = [];
  const dirParts = splitPath(dir);
  for (const [name, resolved] of listMerged(layers, dir)) {
    const path = joinPath(dir, name);
    const shadowed: number[] = [];
    if (resolved.node.kind !== 'dir') {
      const parts = [...dirParts, name];
      for (let i = resolved.layer - 1; i >= 0; i--) {
        const own = ownNode(layers[i] as DirNode, parts);
        if (own && own.kind !== 'dir' && own.kind !== 'whiteout') shadowed.push(i);
      }
    }
    entries.push({ name, path, node: resolved.node, layer: resolved.layer, shadowed });
  }
  return entries;
}
