/** Sizes of layers and what later layers waste of earlier ones (in the manner of dive). */
import { nodeBytes, type DirNode } from './node';
import { walk } from './tree';
import { lookupLiteral } from './union';

export function layerSize(root: DirNode): number {
  let bytes = 0;
  for (const { node } of walk(root)) bytes += nodeBytes(node);
  return bytes;
}

export function layerFileCount(root: DirNode): number {
  let count = 0;
  for (const { node } of walk(root)) if (node.kind === 'file' || node.kind === 'symlink') count++;
  return count;
}

export interface WastedEntry {
  path: string;
  /** The layer whose bytes are wasted. */
  layer: number;
  /** The later layer that hides them (by overwriting or deleting). */
  hiddenBy: number;
  bytes: number;
}

/**
 * Bytes stored in a layer but invisible in the final image: a later layer overwrote or
 * deleted the file (or a whole directory holding it). Each hidden copy counts once.
 */
export function wastedBytes(layers: readonly DirNode[]): WastedEntry[] {
  const wasted: WastedEntry[] = [];
  for (let upper = 1; upper < layers.length; upper++) {
    const lowers = layers.slice(0, upper);
    for (const { path, node } of walk(layers[upper] as DirNode)) {
      if (node.kind === 'dir' && !node.opaque) continue;
      const hidden = lookupLiteral(lowers, path);
      if (!hidden) continue;
      if (hidden.node.kind === 'dir') {
        for (const { path: sub, node: child } of walk(hidden.node, path)) {
          const copy = lookupLiteral(lowers, sub);
          if (copy && copy.node.kind === 'file' && copy.node.size > 0) {
            wasted.push({ path: sub, layer: copy.layer, hiddenBy: upper, bytes: nodeBytes(child) });
          }
        }
      } else if (nodeBytes(hidden.node) > 0) {
        wasted.push({ path, layer: hidden.layer, hiddenBy: upper, bytes: nodeBytes(hidden.node) });
      }
    }
  }
  return wasted;
}

/** dive's efficiency: 1 - wasted / total stored bytes. */
export function efficiency(layers: readonly DirNode[]): {
  total: number;
  wasted: number;
  score: number;
} {
  const total = layers.reduce((sum, layer) => sum + layerSize(layer), 0);
  const wasted = wastedBytes(layers).reduce((sum, w) => sum + w.bytes, 0);
  return { total, wasted, score: total === 0 ? 1 : 1 - wasted / total };
}
