import { describe, expect, it } from 'vitest';
import { frameTarget } from './frame-target';

const V = 1000 / 60;
/** `n` frames, `late` of them one vsync late and `veryLate` two or more. */
function deltas(n: number, late: number, veryLate = 0): number[] {
  return [
    ...Array.from({ length: n - late - veryLate }, () => V),
    ...Array.from({ length: late }, () => 2 * V),
    ...Array.from({ length: veryLate }, () => 3 * V),
  ];
}

describe('frameTarget', () => {
  it('reads 20 ms as one frame: a p95 of one missed vsync fails', () => {
    expect(frameTarget(deltas(100, 4), 20)).toMatchObject({ frames: 1, pass: true });
    expect(frameTarget(deltas(100, 6), 20)).toMatchObject({ frames: 1, pass: false });
  });

  it('reads 33 ms as two frames (30 fps): a p95 of one missed vsync passes, two fail', () => {
    expect(frameTarget(deltas(100, 20), 33)).toMatchObject({ frames: 2, pass: true });
    expect(frameTarget(deltas(100, 20, 4), 33).pass).toBe(true);
    expect(frameTarget(deltas(100, 20, 6), 33).pass).toBe(false);
  });

  it('tolerates timestamp jitter, not a longer frame', () => {
    const jittery = deltas(100, 10).map((d, i) => d + (i % 2 ? 0.3 : -0.3));
    expect(frameTarget(jittery, 33).pass).toBe(true);
    expect(frameTarget([...deltas(90, 0), ...Array.from({ length: 10 }, () => 40)], 33).pass).toBe(
      false,
    );
  });
});
