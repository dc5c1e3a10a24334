/**
 * The daemon's event log, what `docker events` replays: one entry per daemon action (a
 * container created, killed, died; an image pulled, tagged; a volume mounted...). Docker
 * keeps the last 1000 in memory and replays those a `--since` reaches; the simulation keeps
 * them on the host state so they survive from one typed line to the next.
 */

export type DaemonEventType = 'container' | 'image' | 'volume' | 'network' | 'daemon' | 'builder';

export interface DaemonEvent {
  type: DaemonEventType;
  /** `create`, `die`, `exec_start: sh -c ls`... as the daemon words it. */
  action: string;
  /** The actor's id: a container id, `sha256:…` or a reference for images, a volume name. */
  actorId: string;
  attributes: Record<string, string>;
  scope: 'local';
  /** Epoch milliseconds, from the injected clock. */
  time: number;
  /** Nanoseconds past that millisecond (0–999999): real events carry nanosecond times. */
  nanos: number;
}

/**
 * A daemon action before the log stamps it with a time. `at` is when it happened if that
 * was earlier than the command that noticed it (a main that ended by itself while nobody
 * was looking dies at its own time, not at the next `docker ps`).
 */
export type DaemonAction = Omit<DaemonEvent, 'time' | 'nanos' | 'scope'> & { at?: number };

/** How many past events the daemon keeps (Docker's documentation: "the last 1000"). */
export const EVENT_LOG_LIMIT = 1000;

/**
 * The log with new entries at `time` (or their own earlier `at`, in time order), the oldest
 * dropped past the limit. Each entry gets a deterministic sub-millisecond part from its
 * position, rising within a millisecond, so entries read like the daemon's nanosecond times.
 */
export function appendDaemonEvents(
  log: readonly DaemonEvent[] | undefined,
  actions: readonly DaemonAction[],
  time: number,
  sequence: number,
): DaemonEvent[] {
  const next = [...(log ?? [])];
  actions.forEach(({ at, ...action }, i) => {
    const n = sequence + i;
    // Simulated durations may leave fractions of a millisecond.
    const ms = Math.floor(at !== undefined && at < time ? at : time);
    let index = next.length;
    while (index > 0 && (next[index - 1]?.time ?? 0) > ms) index--;
    const before = next[index - 1];
    const step = 20_000 + ((n * 7_919) % 60_000);
    const nanos =
      before && before.time === ms
        ? Math.min(before.nanos + step, 999_999)
        : ((n + 1) * 104_729) % 400_000;
    next.splice(index, 0, { ...action, scope: 'local', time: ms, nanos });
  });
  return next.length > EVENT_LOG_LIMIT ? next.slice(next.length - EVENT_LOG_LIMIT) : next;
}

/** Nanoseconds since the epoch (too large for a JS number). */
export function eventTimeNano(event: DaemonEvent): bigint {
  return BigInt(event.time) * 1_000_000n + BigInt(event.nanos);
}
