/**
 * Time and identity are injected into the engine so that the same input always gives the
 * same output (DESIGN.md). The UI passes a wall clock; replays and tests pass fixed ones.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

/** A clock that stands still until advanced: replays move it by simulated durations. */
export class ManualClock implements Clock {
  constructor(private time: number) {}
  now(): number {
    return this.time;
  }
  advance(ms: number): void {
    this.time += ms;
  }
  set(ms: number): void {
    this.time = ms;
  }
}

/** The fixed start of every replay: 2026-01-15T09:00:00Z. */
export const REPLAY_EPOCH = Date.UTC(2026, 0, 15, 9, 0, 0);
