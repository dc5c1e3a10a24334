/**
 * The union filesystem made visible: each path in the merged tree with the layer that
 * serves it and the lower copies it hides. What the "Merged filesystem" tree draws.
 */
import type { DirNode, LiveNode } from '../fs/node';
import { joinPath } from '../fs/path';
import { listMerged, lookupLiteral } from '../fs/union';

export interface MergedEntry {
  name: string;
  path: string;
  node: LiveNode;
  /** Layer index (bottom = 0) that provides the visible copy. */
  layer: number;
  /** Lower layers that also have this path but are hidden by the visible copy. */
  shadowed: number[];
}

/** One directory level of the merged view (the tree view expands level by level). */
export function mergedChildren(layers: readonly DirNode[], dir: string): MergedEntry[] {
  const entries: MergedEntry[] = [];
  for (const [name, resolved] of listMerged(layers, dir)) {
    const path = joinPath(dir, name);
    const shadowed: number[] = [];
    if (resolved.node.kind !== 'dir') {
      for (let i = resolved.layer - 1; i >= 0; i--) {
        const lower = lookupLiteral(layers.slice(0, i + 1), path);
        if (lower && lower.layer === i && lower.node.kind !== 'dir') shadowed.push(i);
      }
    }
    entries.push({ name, path, node: resolved.node, layer: resolved.layer, shadowed });
  }
  return entries;
}
