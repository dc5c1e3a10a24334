/**
 * `docker diff`: what a writable layer changed relative to the layers below it, as A
 * (added), C (changed) and D (deleted) lines. Parent directories the change passed through
 * are listed as changed, as overlay2 reports them.
 */
import type { DirNode } from './node';
import { walk } from './tree';
import { listMerged, lookupLiteral } from './union';

export type ChangeKind = 'A' | 'C' | 'D';
export interface Change {
  kind: ChangeKind;
  path: string;
}

export function diffLayer(lowers: readonly DirNode[], upper: DirNode): Change[] {
  const changes: Change[] = [];
  const skip: string[] = [];
  for (const { path, node } of walk(upper)) {
    if (skip.some((prefix) => path.startsWith(prefix + '/'))) continue;
    const inLower = lookupLiteral(lowers, path) !== undefined;
    if (node.kind === 'whiteout') {
      if (inLower) changes.push({ kind: 'D', path });
      skip.push(path);
      continue;
    }
    changes.push({ kind: inLower ? 'C' : 'A', path });
    if (node.kind === 'dir' && node.opaque && inLower) {
      // An opaque directory hides what was below it: those entries are gone.
      for (const name of listMerged(lowers, path).keys()) {
        if (!Object.hasOwn(node.children, name))
          changes.push({ kind: 'D', path: `${path}/${name}` });
      }
    }
  }
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function formatDiff(changes: readonly Change[]): string {
  return changes.map((c) => `${c.kind} ${c.path}\n`).join('');
}
