/**
 * Readers of the merged tree for a growing prefix of an image's layers: while a build plays,
 * one more layer lands at each filesystem step, and the tree is read again for the layers
 * landed so far. A layer that holds nothing at a directory (nor on its way there) leaves
 * that directory's merged children exactly as they were, so the reader for the longer prefix
 * takes them from the last reader instead of merging them again. A played step then merges
 * only the directories its layer wrote to (a RUN that writes /app/step-3.txt: / and /app).
 */
import type { DirNode } from '../../engine/fs/node';
import { childOf } from '../../engine/fs/node';
import { splitPath } from '../../engine/fs/path';
import { childrenReader, type ChildrenOf } from './tree-model';

/**
 * Whether `layer` can change the merged children of `dir`: it holds something at `dir` or
 * at a path on the way (a directory, a file, a whiteout), or an opaque directory on the way
 * (which hides what lower layers have below it).
 */
export function touches(layer: DirNode, dir: string): boolean {
  if (layer.opaque) return true;
  let node: DirNode = layer;
  for (const part of splitPath(dir)) {
    const child = childOf(node, part);
    if (!child) return false;
    if (child.kind !== 'dir' || child.opaque) return true;
    node = child;
  }
  return true;
}

/** A reader and the layers it reads. */
export interface PrefixReader {
  layers: readonly DirNode[];
  read: ChildrenOf;
}

/**
 * A reader of `layers` that asks `previous` for the directories the layers added since
 * cannot have changed; a fresh reader when `previous` did not read a prefix of `layers`.
 */
export function extendReader(
  previous: PrefixReader | null,
  layers: readonly DirNode[],
): ChildrenOf {
  const fresh = childrenReader(layers);
  const base = previous?.layers;
  if (!previous || !base || base.length > layers.length || base.some((l, i) => layers[i] !== l))
    return fresh;
  const added = layers.slice(base.length);
  const known = new Map<string, ReturnType<ChildrenOf>>();
  return (dir) => {
    let entries = known.get(dir);
    if (!entries) {
      entries = added.some((layer) => touches(layer, dir)) ? fresh(dir) : previous.read(dir);
      known.set(dir, entries);
    }
    return entries;
  };
}
