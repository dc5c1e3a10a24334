/**
 * Whether a frame row meets its p95 target. rAF deltas come in whole display frames (16.7,
 * 33.3, 50 ms at 60 Hz), so a target in ms is read as the whole number of frames nearest to
 * it: 20 ms is one frame (a missed vsync fails), 33 ms is two, the 30 fps budget (a p95 of one
 * missed vsync passes, two fail). Read as a bare float, 33 would fail a 33.3 ms p95 and mean
 * exactly what 20 means; the 4x target would then be no looser than the unthrottled one.
 */
import { percentile } from './stats';

/** Timestamps of frames on one display wobble by a fraction of a millisecond. */
const JITTER = 0.02;

export interface FrameTarget {
  /** Display frames the target allows at p95. */
  frames: number;
  /** One display frame, in ms, as measured (the 10th percentile delta). */
  interval: number;
  pass: boolean;
}

export function frameTarget(deltas: readonly number[], limitMs: number): FrameTarget {
  const interval = percentile(deltas, 10);
  const frames = Math.max(1, Math.round(limitMs / interval));
  const pass = percentile(deltas, 95) <= frames * interval * (1 + JITTER);
  return { frames, interval, pass };
}
