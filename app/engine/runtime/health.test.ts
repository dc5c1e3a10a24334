import { describe, expect, it } from 'vitest';
import type { ContainerHealth, HealthProbeResult } from '../host/containers';
import { recordProbe, repeatProbe, startedHealth } from './health';
import { probeOf, type Probe } from './healthcheck';

const START = 1_000_000;

function probe(config: {
  Interval?: number;
  StartPeriod?: number;
  StartInterval?: number;
  Retries?: number;
}): Probe {
  const found = probeOf({ Test: ['CMD-SHELL', 'check'], ...config }, undefined);
  if (!found) throw new Error('no probe');
  return found;
}

const result = (start: number, exitCode: number): HealthProbeResult => ({
  start,
  end: start + 100,
  exitCode,
  output: '',
});

/** Runs results with the given exit codes, each at the time the monitor schedules it. */
function replay(p: Probe, codes: number[], from?: ContainerHealth): ContainerHealth {
  let h = from ?? startedHealth(undefined, p, START);
  for (const code of codes) h = recordProbe(h, result(h.nextProbeAt ?? 0, code), p);
  return h;
}

describe('the health monitor', () => {
  it('starts as starting, its first probe an interval after the start', () => {
    const h = startedHealth(undefined, probe({ Interval: 1e9 }), START);
    expect(h).toEqual({
      status: 'starting',
      failingStreak: 0,
      log: [],
      runStartedAt: START,
      nextProbeAt: START + 1000,
    });
  });

  it('turns unhealthy after Retries consecutive failures and healthy on the next pass', () => {
    // Recorded with --health-retries 2: starting 1, unhealthy 2, then (file created) healthy 0.
    const p = probe({ Interval: 1e9, Retries: 2 });
    expect(replay(p, [1])).toMatchObject({ status: 'starting', failingStreak: 1 });
    expect(replay(p, [1, 1])).toMatchObject({ status: 'unhealthy', failingStreak: 2 });
    expect(replay(p, [1, 1, 1, 0])).toMatchObject({ status: 'healthy', failingStreak: 0 });
  });

  it('defaults to three retries', () => {
    const p = probe({});
    expect(replay(p, [1, 1]).status).toBe('starting');
    expect(replay(p, [1, 1, 1]).status).toBe('unhealthy');
  });

  it('does not count failures inside the start period while starting', () => {
    // Recorded: --health-cmd false --health-interval 1s --health-retries 2 --health-start-period
    // 3s gave "starting 0", "starting 0", "starting 1", "unhealthy 2" a second apart.
    const p: Probe = { ...probe({ Interval: 1e9, StartPeriod: 3e9, Retries: 2 }) };
    const at = (codes: number[]) => {
      let h = startedHealth(undefined, p, START);
      for (const code of codes)
        h = recordProbe(h, { ...result(h.nextProbeAt ?? 0, code), end: h.nextProbeAt ?? 0 }, p);
      return [h.status, h.failingStreak];
    };
    expect(at([1])).toEqual(['starting', 0]);
    expect(at([1, 1])).toEqual(['starting', 0]);
    expect(at([1, 1, 1])).toEqual(['starting', 1]);
    expect(at([1, 1, 1, 1])).toEqual(['unhealthy', 2]);
  });

  it('counts failures inside the start period once the container has been healthy', () => {
    const p = probe({ Interval: 1e9, StartPeriod: 60e9, Retries: 1 });
    expect(replay(p, [0, 1])).toMatchObject({ status: 'unhealthy', failingStreak: 1 });
  });

  it('probes at StartInterval while starting in the start period, then at Interval', () => {
    const p = probe({ Interval: 30e9, StartPeriod: 10e9, StartInterval: 2e9 });
    const first = startedHealth(undefined, p, START);
    expect(first.nextProbeAt).toBe(START + 2000);
    const failed = recordProbe(first, result(START + 2000, 1), p);
    expect(failed.nextProbeAt).toBe(START + 2100 + 2000);
    const healthy = recordProbe(failed, result(START + 4100, 0), p);
    expect(healthy.nextProbeAt).toBe(START + 4200 + 30_000);
  });

  it('waits the interval after a probe ends, so a slow probe delays the next', () => {
    // Recorded: a probe timing out after 1s ended at :05.52, the next began at :06.53.
    const p = probe({ Interval: 1e9 });
    const h = recordProbe(
      startedHealth(undefined, p, START),
      { ...result(START + 1000, -1), end: START + 2000 },
      p,
    );
    expect(h.nextProbeAt).toBe(START + 3000);
  });

  it('keeps the last five results', () => {
    const h = replay(probe({ Interval: 1e9 }), [1, 1, 1, 1, 1, 0, 0]);
    expect(h.log.map((r) => r.exitCode)).toEqual([1, 1, 1, 0, 0]);
  });

  it('keeps the log but resets the status and streak when the container starts again', () => {
    const p = probe({ Interval: 1e9 });
    const before = { ...replay(p, [1, 1, 1]), status: 'unhealthy' as const, nextProbeAt: null };
    const again = startedHealth(before, p, START + 60_000);
    expect(again).toMatchObject({
      status: 'starting',
      failingStreak: 0,
      nextProbeAt: START + 61_000,
    });
    expect(again.log).toHaveLength(3);
  });
});

describe('repeatProbe (probes due beyond what a catch-up runs)', () => {
  it('counts every repeated failure and dates the last five at their schedule', () => {
    const p = probe({ Interval: 30e9 });
    const h = replay(p, [1]);
    const day = 86_400_000;
    const after = repeatProbe(h, result(0, 1), p, START + day);
    // Probes every 30.1s (30s after each 100ms probe ends) from START + 60.1s.
    const count = Math.floor((day - 60_100) / 30_100) + 1;
    expect(after.failingStreak).toBe(1 + count);
    expect(after.status).toBe('unhealthy');
    expect(after.log).toHaveLength(5);
    const last = after.log[4]!;
    expect(last.start).toBe(START + 60_100 + (count - 1) * 30_100);
    expect(after.nextProbeAt).toBe(last.end + 30_000);
    expect(after.nextProbeAt! > START + day).toBe(true);
  });

  it('repeats a pass as healthy with no streak', () => {
    const p = probe({ Interval: 1e9 });
    const after = repeatProbe(replay(p, [1, 1, 1]), result(0, 0), p, START + 3_600_000);
    expect(after).toMatchObject({ status: 'healthy', failingStreak: 0 });
  });

  it('steps through the start period one probe at a time, where failures do not count', () => {
    const p = probe({ Interval: 1e9, StartPeriod: 10e9, Retries: 2 });
    const h = startedHealth(undefined, p, START);
    const after = repeatProbe(h, result(0, 1), p, START + 20_000);
    // Probes at +1.0, +2.1, ... +9.8 fall inside the period; +10.9 ... +19.7 count.
    expect(after.failingStreak).toBe(9);
    expect(after.status).toBe('unhealthy');
  });
});
