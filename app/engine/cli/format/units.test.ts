import { describe, expect, it } from 'vitest';
import { bytesSize, humanDuration, humanSize, humanSizeWithPrecision } from './units';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('humanSizeWithPrecision(…, 3) as docker images and ps -s print sizes', () => {
  it('prints bytes, kilobytes and megabytes with three significant digits', () => {
    expect(humanSizeWithPrecision(0, 3)).toBe('0B');
    expect(humanSizeWithPrecision(999, 3)).toBe('999B');
    expect(humanSizeWithPrecision(1000, 3)).toBe('1kB');
    expect(humanSizeWithPrecision(12_400, 3)).toBe('12.4kB');
    expect(humanSizeWithPrecision(1_976_963, 3)).toBe('1.98MB');
    expect(humanSizeWithPrecision(119_000_000, 3)).toBe('119MB');
    expect(humanSizeWithPrecision(1_234_567_890, 3)).toBe('1.23GB');
  });
  it('keeps Go %g exponent output just below a unit boundary', () => {
    expect(humanSizeWithPrecision(999_999, 3)).toBe('1e+03kB');
  });
  it('rounds exact ties to even as Go does', () => {
    expect(humanSizeWithPrecision(1125, 3)).toBe('1.12kB');
  });
});

describe('humanSize and bytesSize', () => {
  it('humanSize keeps four significant digits', () => {
    expect(humanSize(1_976_963)).toBe('1.977MB');
    expect(humanSize(2_000_000_000_000)).toBe('2TB');
  });
  it('bytesSize uses binary units', () => {
    expect(bytesSize(0)).toBe('0B');
    expect(bytesSize(1023)).toBe('1023B');
    expect(bytesSize(1024)).toBe('1KiB');
    expect(bytesSize(1.5 * 1024 * 1024)).toBe('1.5MiB');
    expect(bytesSize(7.654 * 1024 ** 3)).toBe('7.654GiB');
  });
});

describe('humanDuration boundaries', () => {
  const cases: [number, string][] = [
    [0, 'Less than a second'],
    [999, 'Less than a second'],
    [1 * S, '1 second'],
    [1999, '1 second'],
    [2 * S, '2 seconds'],
    [59 * S + 999, '59 seconds'],
    [60 * S, 'About a minute'],
    [119 * S, 'About a minute'],
    [2 * M, '2 minutes'],
    [59 * M + 59 * S, '59 minutes'],
    [60 * M, 'About an hour'],
    [89 * M + 59 * S, 'About an hour'],
    [90 * M, '2 hours'],
    [47 * H + 29 * M, '47 hours'],
    [47 * H + 30 * M, '2 days'],
    [13 * D + 23 * H, '13 days'],
    [14 * D, '2 weeks'],
    [59 * D, '8 weeks'],
    [60 * D, '2 months'],
    [729 * D, '24 months'],
    [730 * D, '2 years'],
    [3650 * D, '10 years'],
  ];
  it.each(cases)('%i ms is "%s"', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });
});
