import { describe, expect, it } from 'vitest';
import {
  appendDaemonEvents,
  EVENT_LOG_LIMIT,
  eventTimeNano,
  type DaemonAction,
} from './daemon-events';

const action = (n: number): DaemonAction => ({
  type: 'volume',
  action: 'create',
  actorId: `v${n}`,
  attributes: { driver: 'local' },
});

describe('the daemon event log', () => {
  it('keeps only the last 1000 events, dropping the oldest', () => {
    const actions = Array.from({ length: EVENT_LOG_LIMIT + 5 }, (_, i) => action(i));
    const log = appendDaemonEvents([], actions, 1_000, 0);
    expect(log).toHaveLength(EVENT_LOG_LIMIT);
    expect(log[0]?.actorId).toBe('v5');
    expect(log.at(-1)?.actorId).toBe(`v${EVENT_LOG_LIMIT + 4}`);
  });

  it('gives events of one millisecond rising nanosecond times', () => {
    const log = appendDaemonEvents(undefined, [action(1), action(2), action(3)], 1_500.7, 0);
    const times = log.map(eventTimeNano);
    expect(times[0]! / 1_000_000n).toBe(1_500n);
    expect(times[0]! < times[1]! && times[1]! < times[2]!).toBe(true);
    expect(log.every((e) => e.scope === 'local' && e.nanos < 1_000_000)).toBe(true);
  });

  it('appends after what the log already holds', () => {
    const first = appendDaemonEvents(undefined, [action(1)], 10, 0);
    const second = appendDaemonEvents(first, [action(2)], 20, 1);
    expect(second.map((e) => [e.actorId, e.time])).toEqual([
      ['v1', 10],
      ['v2', 20],
    ]);
  });
});

describe('events noticed late', () => {
  it('files an event that happened earlier at its own time, before later ones', () => {
    const first = appendDaemonEvents(undefined, [action(1)], 10_000, 0);
    const second = appendDaemonEvents(first, [action(2)], 30_000, 1);
    const late = appendDaemonEvents(second, [{ ...action(3), at: 20_000 }], 40_000, 2);
    expect(late.map((e) => [e.actorId, e.time])).toEqual([
      ['v1', 10_000],
      ['v3', 20_000],
      ['v2', 30_000],
    ]);
    expect(late.every((e) => !('at' in e))).toBe(true);
  });

  it('never files an event in the future', () => {
    const log = appendDaemonEvents(undefined, [{ ...action(1), at: 99_000 }], 5_000, 0);
    expect(log[0]?.time).toBe(5_000);
  });
});
