import { describe, expect, it } from 'vitest';
import { formatGoDuration } from './go-duration';

describe('time.Duration as Go prints it', () => {
  it('prints zero as 0s and sub-second values in the largest unit below a second', () => {
    expect(formatGoDuration(0)).toBe('0s');
    expect(formatGoDuration(999)).toBe('999ns');
    expect(formatGoDuration(1500)).toBe('1.5µs');
    expect(formatGoDuration(500e6)).toBe('500ms');
    expect(formatGoDuration(1.5e6)).toBe('1.5ms');
  });

  it('prints seconds with their fraction, then minutes and hours with every lower unit', () => {
    expect(formatGoDuration(1e9)).toBe('1s');
    expect(formatGoDuration(1.5e9)).toBe('1.5s');
    expect(formatGoDuration(90e9)).toBe('1m30s');
    // Recorded: `docker inspect -f '{{.Config.Healthcheck}}'` after --health-start-period 2h.
    expect(formatGoDuration(7200e9)).toBe('2h0m0s');
    expect(formatGoDuration(3600e9 + 1)).toBe('1h0m0.000000001s');
    expect(formatGoDuration(1234567891)).toBe('1.234567891s');
  });

  it('keeps the sign of a negative duration', () => {
    expect(formatGoDuration(-1.5e9)).toBe('-1.5s');
  });
});
