/** Sizes of layers and what later layers waste of earlier ones (in the manner of dive). */
import { nodeBytes, type DirNode, type Node } from './node';
import { walk } from './tree';
import { rootStack, stepInto, type DirStack } from './union';

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
 * deleted the file (or a whole directory holding it). Each hidden copy counts once. Only
 * layers from `from` upward are looked at as hiders (a base image's own waste is its own).
 * Walks each upper layer alongside the union of the layers below it, so the cost grows with
 * the upper layer's size, not with the image's.
 */
export function wastedBytes(layers: readonly DirNode[], from = 1): WastedEntry[] {
  const wasted: WastedEntry[] = [];
  for (let upper = Math.max(1, from); upper < layers.length; upper++) {
    const below = rootStack(layers.slice(0, upper));
    visit(layers[upper] as DirNode, below, '', upper, wasted);
  }
  return wasted;
}

function visit(
  dir: DirNode,
  below: DirStack,
  prefix: string,
  upper: number,
  wasted: WastedEntry[],
): void {
  for (const name of Object.keys(dir.children)) {
    const node = dir.children[name] as Node;
    const path = `${prefix}/${name}`;
    const step = stepInto(below, name);
    if (!step.resolved) continue;
    if (node.kind === 'dir' && !node.opaque) {
      if (step.next) visit(node, step.next, path, upper, wasted);
      else addHidden(step.resolved.node, step.resolved.layer, path, upper, wasted);
      continue;
    }
    if (step.next) hideMerged(step.next, path, upper, wasted);
    else addHidden(step.resolved.node, step.resolved.layer, path, upper, wasted);
  }
}

function addHidden(
  node: Node,
  layer: number,
  path: string,
  upper: number,
  wasted: WastedEntry[],
): void {
  const bytes = nodeBytes(node);
  if (bytes > 0 && node.kind === 'file') wasted.push({ path, layer, hiddenBy: upper, bytes });
}

/** Everything visible in a lower directory becomes hidden (deleted or replaced). */
function hideMerged(stack: DirStack, prefix: string, upper: number, wasted: WastedEntry[]): void {
  const names = new Set<string>();
  for (const { dir } of stack.dirs) for (const name of Object.keys(dir.children)) names.add(name);
  for (const name of names) {
    const step = stepInto(stack, name);
    if (!step.resolved) continue;
    const path = `${prefix}/${name}`;
    if (step.next) hideMerged(step.next, path, upper, wasted);
    else addHidden(step.resolved.node, step.resolved.layer, path, upper, wasted);
  }
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
