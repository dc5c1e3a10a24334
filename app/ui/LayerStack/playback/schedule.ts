/**
 * How long each engine event holds the stage while the views animate it, at 1x. A build
 * plays step by step (cached steps in a row together and quickly, a built one slower); a
 * container's first few file changes each get their moment (a copy-up longest, since the
 * file travels), the rest of a busy command play at once. Filesystem events inside a build are not played one by
 * one: pip install writes thousands of files, and the layer they make is what matters.
 */
import type { EngineEvent } from '../../../engine/events';
import type { QueuedEvent } from '../../../store';

/** Container file changes per command that each get their own moment. */
export const ANIMATED_FS_PER_ENTRY = 8;

export function baseDuration(event: EngineEvent, cachedStep = false): number {
  switch (event.type) {
    case 'build-started':
      return 300;
    case 'step-started':
    case 'cache-hit':
      return 0;
    case 'layer-created':
      return cachedStep ? 220 : event.empty ? 380 : 650;
    case 'build-failed':
    case 'build-finished':
      return 300;
    case 'container-created':
      return 450;
    case 'container-removed':
      return 650;
    case 'container-started':
    case 'container-stopped':
    case 'container-paused':
    case 'container-unpaused':
    case 'volume-created':
    case 'volume-removed':
      return 300;
    case 'image-pulled':
    case 'image-pushed':
    case 'image-tagged':
    case 'image-removed':
    case 'image-untagged':
    case 'image-committed':
      return 200;
  }
  if (!('where' in event)) return 0;
  if (event.where.kind === 'volume') return event.type === 'dir-created' ? 0 : 300;
  if (event.where.kind !== 'container') return 0;
  switch (event.type) {
    case 'file-copied-up':
      return 950;
    case 'whiteout-created':
      return 750;
    case 'opaque-dir-created':
      return 550;
    case 'dir-created':
      return 0;
    default:
      return 380;
  }
}

export interface PlayStep {
  /** Acknowledge every queued event up to and including this seq. */
  ackThrough: number;
  /** The events this step plays (for transient animations such as a copy-up). */
  played: QueuedEvent[];
  /** How long to wait before the next step, in ms at the current speed. */
  waitMs: number;
}

/** Remembers, per command, which build steps came from the cache and how many file changes played. */
export class PlayMemory {
  private cached = new Set<string>();
  private fsCount = new Map<number, number>();

  note(q: QueuedEvent): void {
    if (q.event.type === 'cache-hit')
      this.cached.add(`${q.entryId}:${q.event.stage}#${q.event.index}`);
  }

  wasCached(q: QueuedEvent): boolean {
    return (
      q.event.type === 'layer-created' &&
      this.cached.has(`${q.entryId}:${q.event.stage}#${q.event.index}`)
    );
  }

  /** Counts an animated container change; false once a command has had its share. */
  takeFsSlot(entryId: number): boolean {
    const n = this.fsCount.get(entryId) ?? 0;
    this.fsCount.set(entryId, n + 1);
    return n < ANIMATED_FS_PER_ENTRY;
  }
}

function durationOf(q: QueuedEvent, memory: PlayMemory): number {
  memory.note(q);
  const ms = baseDuration(q.event, memory.wasCached(q));
  if (ms > 0 && 'where' in q.event && q.event.where.kind !== 'build')
    return memory.takeFsSlot(q.entryId) ? ms : 0;
  return ms;
}

/**
 * Whether the next event after `from` that takes time is another cached step's layer: then
 * a run of cached steps lands together, as BuildKit resolves them, in one moment (and one
 * redraw) instead of one per step. (`note` only records cache hits; it is safe to repeat.)
 */
function cachedLayerNext(pending: readonly QueuedEvent[], from: number, memory: PlayMemory) {
  for (let i = from; i < pending.length; i++) {
    const q = pending[i] as QueuedEvent;
    memory.note(q);
    if (q.event.type === 'layer-created') return memory.wasCached(q);
    // A build's own file events take no time (baseDuration); anything else that does ends it.
    if (baseDuration(q.event) > 0) return false;
  }
  return false;
}

/**
 * The next step of playback: every event that takes no time, up to and including the first
 * one that does (which the views then animate for `waitMs`), or, for a cached build step, up
 * to the last of the cached steps in a row. Undefined when nothing is queued.
 */
export function nextStep(
  pending: readonly QueuedEvent[],
  speed: number,
  memory: PlayMemory,
): PlayStep | undefined {
  if (pending.length === 0) return undefined;
  const played: QueuedEvent[] = [];
  for (const [i, q] of pending.entries()) {
    played.push(q);
    const ms = durationOf(q, memory);
    if (ms > 0 && !(memory.wasCached(q) && cachedLayerNext(pending, i + 1, memory)))
      return { ackThrough: q.seq, played, waitMs: ms / (speed > 0 ? speed : 1) };
  }
  return { ackThrough: (played.at(-1) as QueuedEvent).seq, played, waitMs: 0 };
}
