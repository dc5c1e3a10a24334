import { describe, expect, it } from 'vitest';
import { parseTimeValue } from './time-value';

const NOW = Date.UTC(2026, 0, 15, 9, 0, 0, 750);
const nanos = (ms: number) => BigInt(ms) * 1_000_000n;

describe('--since and --until values', () => {
  it('reads a duration as that long before now, in whole seconds as the client sends it', () => {
    expect(parseTimeValue('0s', NOW)).toEqual({ ok: true, nanos: nanos(NOW - 750) });
    expect(parseTimeValue('10m', NOW)).toEqual({ ok: true, nanos: nanos(NOW - 750 - 600_000) });
  });

  it('reads Unix seconds with an optional fraction', () => {
    expect(parseTimeValue('0', NOW)).toEqual({ ok: true, nanos: 0n });
    expect(parseTimeValue('1768467600.5', NOW)).toEqual({
      ok: true,
      nanos: 1_768_467_600_500_000_000n,
    });
  });

  it('reads RFC 3339 dates, whole or cut short, in UTC unless a zone is given', () => {
    expect(parseTimeValue('2026-01-15', NOW)).toEqual({
      ok: true,
      nanos: nanos(Date.UTC(2026, 0, 15)),
    });
    expect(parseTimeValue('2026-01-15T09:00', NOW)).toEqual({
      ok: true,
      nanos: nanos(Date.UTC(2026, 0, 15, 9)),
    });
    expect(parseTimeValue('2026-01-15T10:00:00+01:00', NOW)).toEqual({
      ok: true,
      nanos: nanos(Date.UTC(2026, 0, 15, 9)),
    });
  });

  it('rejects anything else with the client message', () => {
    expect(parseTimeValue('yesterday', NOW)).toEqual({
      ok: false,
      error: 'failed to parse value as time or duration: "yesterday"',
    });
  });
});
