/**
 * What one layer changed, relative to the layers below it: added, modified, deleted
 * (whiteouts) and opaque directories, with sizes. What selecting a layer shows.
 */
import type { DirNode } from '../fs/node';
import { walk } from '../fs/tree';
import { lookupLiteral } from '../fs/union';

export interface LayerChange {
  path: string;
  kind: 'added' | 'modified' | 'deleted' | 'opaque';
  size: number;
  isDir: boolean;
}

export function layerChanges(lowers: readonly DirNode[], layer: DirNode): LayerChange[] {
  const changes: LayerChange[] = [];
  for (const { path, node } of walk(layer)) {
    const below = lowers.length ? lookupLiteral(lowers, path) : undefined;
    if (node.kind === 'whiteout') {
      if (below)
        changes.push({
          path,
          kind: 'deleted',
          size: below.node.kind === 'file' ? below.node.size : 0,
          isDir: below.node.kind === 'dir',
        });
      continue;
    }
    if (node.kind === 'dir') {
      if (node.opaque) changes.push({ path, kind: 'opaque', size: 0, isDir: true });
      else if (!below) changes.push({ path, kind: 'added', size: 0, isDir: true });
      continue;
    }
    changes.push({
      path,
      kind: below ? 'modified' : 'added',
      size: node.kind === 'file' ? node.size : 0,
      isDir: false,
    });
  }
  return changes;
}
