/** Test support: the node at a path in an image's layers, topmost first (as the union view finds it). */
import { getAt } from '../../../fs/tree';
import type { CatalogImage } from '../../types';

export function pathIn(image: CatalogImage, path: string) {
  const parts = path.split('/').filter(Boolean);
  for (const layer of [...image.layers].reverse()) {
    const node = getAt(layer.tree, parts);
    if (node) return node;
  }
  return undefined;
}
