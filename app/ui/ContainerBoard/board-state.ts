/**
 * What the board shows while events play: a container whose `container-created` is still
 * queued is not there yet; one whose `container-removed` is queued is still there (drawn
 * from the last time the board saw it) until the removal plays and its writable layer
 * falls away. Changes whose file event is queued appear when it plays.
 */
import type { Container } from '../../engine/host/containers';
import type { HostState } from '../../engine/host/state';
import type { QueuedEvent } from '../../store';

export interface Unplayed {
  /** Ids of containers whose creation has not played. */
  created: Set<string>;
  /** Ids of containers whose removal has not played. */
  removed: Set<string>;
  /** Volume names whose creation has not played. */
  volumes: Set<string>;
  /** `containerId path` of writable-layer changes not played yet. */
  paths: Set<string>;
}

const CREATING = new Set([
  'file-added',
  'file-copied-up',
  'whiteout-created',
  'opaque-dir-created',
]);

/** One string per queued event the board cares about (stable for zustand's shallow compare). */
export function unplayedKey(q: QueuedEvent): string | undefined {
  const e = q.event;
  switch (e.type) {
    case 'container-created':
      return `c ${e.id}`;
    case 'container-removed':
      return `r ${e.id}`;
    case 'volume-created':
      return `v ${e.name}`;
    default:
      if ('where' in e && e.where.kind === 'container' && CREATING.has(e.type))
        return `p ${e.where.id} ${e.path}`;
      return undefined;
  }
}

export function readUnplayed(keys: readonly string[]): Unplayed {
  const out: Unplayed = {
    created: new Set(),
    removed: new Set(),
    volumes: new Set(),
    paths: new Set(),
  };
  for (const key of keys) {
    const rest = key.slice(2);
    if (key.startsWith('c ')) out.created.add(rest);
    else if (key.startsWith('r ')) out.removed.add(rest);
    else if (key.startsWith('v ')) out.volumes.add(rest);
    else if (key.startsWith('p ')) out.paths.add(rest);
  }
  return out;
}

/**
 * The containers to draw: the host's, minus those not created yet, plus those removed but
 * not yet played (from `seen`, the board's memory of containers it drew).
 */
export function shownContainers(
  host: HostState,
  seen: ReadonlyMap<string, Container>,
  unplayed: Unplayed,
): Container[] {
  const shown = Object.values(host.containers).filter((c) => !unplayed.created.has(c.id));
  for (const id of unplayed.removed) {
    const gone = seen.get(id);
    if (gone && !host.containers[id]) shown.push(gone);
  }
  return shown.sort((a, b) => a.created - b.created || (a.name < b.name ? -1 : 1));
}

/**
 * A container's changes minus those not played yet. A folder listed only because it holds
 * changes ("C /tmp") goes too when none of what it holds is shown yet. With nothing hidden it
 * is `changes` itself, so a card memoised on it is not drawn again.
 */
export function playedChanges<T extends { path: string; kind: string; isDir: boolean }>(
  changes: readonly T[],
  containerId: string,
  unplayed: Unplayed,
): readonly T[] {
  const hidden = (path: string) => unplayed.paths.has(`${containerId} ${path}`);
  if (!changes.some((c) => hidden(c.path))) return changes;
  const kept = changes.filter((c) => !hidden(c.path));
  return kept.filter((c) => {
    if (!c.isDir || c.kind !== 'C') return true;
    const inside = (x: { path: string }) => x.path.startsWith(c.path + '/');
    return !changes.some(inside) || kept.some(inside);
  });
}
