import { describe, expect, it } from 'vitest';
import { mergeHealthcheck, probeOf } from './healthcheck';

const image = { Test: ['CMD', 'nope', 'x'], Interval: 1e9, Retries: 5 };

describe('mergeHealthcheck', () => {
  it("keeps the image's command and retries when only durations are given", () => {
    // Recorded: image HEALTHCHECK --interval=1s --retries=5 CMD ["nope", "x"], then
    // `docker run --health-interval 2s --health-timeout 3s` → {[CMD nope x] 2s 3s 0s 0s 5}.
    expect(mergeHealthcheck({ Test: [], Interval: 2e9, Timeout: 3e9 }, image)).toEqual({
      Test: ['CMD', 'nope', 'x'],
      Interval: 2e9,
      Timeout: 3e9,
      Retries: 5,
    });
  });

  it("replaces the image's command with --health-cmd and keeps the rest", () => {
    // Recorded: `--health-cmd 'echo hi'` on the same image → {[CMD-SHELL echo hi] 1s 0s 0s 0s 5}.
    expect(mergeHealthcheck({ Test: ['CMD-SHELL', 'echo hi'] }, image)).toEqual({
      Test: ['CMD-SHELL', 'echo hi'],
      Interval: 1e9,
      Retries: 5,
    });
  });

  it('takes whichever side exists when the other has none', () => {
    expect(mergeHealthcheck(undefined, image)).toBe(image);
    expect(mergeHealthcheck({ Test: ['NONE'] }, undefined)).toEqual({ Test: ['NONE'] });
  });
});

describe('probeOf', () => {
  it("runs CMD-SHELL through the image's shell, /bin/sh -c by default, and CMD as given", () => {
    expect(probeOf({ Test: ['CMD-SHELL', 'test -f /x'] }, undefined)?.argv).toEqual([
      '/bin/sh',
      '-c',
      'test -f /x',
    ]);
    expect(probeOf({ Test: ['CMD-SHELL', 'x'] }, ['/bin/bash', '-ec'])?.argv).toEqual([
      '/bin/bash',
      '-ec',
      'x',
    ]);
    expect(probeOf(image, undefined)?.argv).toEqual(['nope', 'x']);
  });

  it('has nothing to run for NONE, an empty Test (only --health-interval given) or no config', () => {
    expect(probeOf({ Test: ['NONE'] }, undefined)).toBeUndefined();
    expect(probeOf({ Test: [], Interval: 2e9 }, undefined)).toBeUndefined();
    expect(probeOf(undefined, undefined)).toBeUndefined();
  });

  it("fills Docker's defaults: 30s interval and timeout, no start period, 3 retries", () => {
    expect(probeOf({ Test: ['CMD', 'true'] }, undefined)).toMatchObject({
      intervalMs: 30_000,
      timeoutMs: 30_000,
      startPeriodMs: 0,
      startIntervalMs: 30_000,
      retries: 3,
    });
    const withStart = { Test: ['CMD', 'true'], Interval: 10e9, StartInterval: 1e9 };
    expect(probeOf(withStart, undefined)).toMatchObject({
      intervalMs: 10_000,
      startIntervalMs: 1000,
    });
  });
});
