import { describe, expect, it } from 'vitest';
import { parseGoBool, parseGoDuration, parseGoInt } from './flag-values';

describe('parseGoBool', () => {
  it.each(['1', 't', 'T', 'TRUE', 'true', 'True'])('%s is true', (t) => {
    expect(parseGoBool(t)).toEqual({ ok: true, value: true });
  });
  it.each(['0', 'f', 'F', 'FALSE', 'false', 'False'])('%s is false', (t) => {
    expect(parseGoBool(t)).toEqual({ ok: true, value: false });
  });
  it('rejects other spellings with Go wording', () => {
    expect(parseGoBool('yes')).toEqual({
      ok: false,
      error: 'strconv.ParseBool: parsing "yes": invalid syntax',
    });
  });
});

describe('parseGoInt (base 0)', () => {
  it('reads decimal, prefixed and leading-zero octal forms', () => {
    expect(parseGoInt('42')).toEqual({ ok: true, value: 42 });
    expect(parseGoInt('-7')).toEqual({ ok: true, value: -7 });
    expect(parseGoInt('0x1F')).toEqual({ ok: true, value: 31 });
    expect(parseGoInt('0o17')).toEqual({ ok: true, value: 15 });
    expect(parseGoInt('017')).toEqual({ ok: true, value: 15 });
    expect(parseGoInt('0b101')).toEqual({ ok: true, value: 5 });
    expect(parseGoInt('1_000')).toEqual({ ok: true, value: 1000 });
    expect(parseGoInt('0')).toEqual({ ok: true, value: 0 });
  });
  it('rejects bad syntax and out-of-range values', () => {
    expect(parseGoInt('09')).toMatchObject({
      ok: false,
      error: expect.stringContaining('invalid syntax'),
    });
    expect(parseGoInt('1__0')).toMatchObject({ ok: false });
    expect(parseGoInt('')).toMatchObject({ ok: false });
    expect(parseGoInt('9223372036854775807')).toEqual({ ok: true, value: 2 ** 63 });
    expect(parseGoInt('9223372036854775808')).toEqual({
      ok: false,
      error: 'strconv.ParseInt: parsing "9223372036854775808": value out of range',
    });
  });
});

describe('parseGoDuration (milliseconds)', () => {
  it('refuses what does not fit in int64 nanoseconds, as docker 28 does', () => {
    expect(parseGoDuration('2562048h')).toEqual({
      ok: false,
      error: 'time: invalid duration "2562048h"',
    });
    expect(parseGoDuration('2562047h')).toEqual({ ok: true, value: 2562047 * 3_600_000 });
  });
  it('sums units and fractions', () => {
    expect(parseGoDuration('1h2m3s')).toEqual({ ok: true, value: 3_723_000 });
    expect(parseGoDuration('1.5s')).toEqual({ ok: true, value: 1500 });
    expect(parseGoDuration('250ms')).toEqual({ ok: true, value: 250 });
    expect(parseGoDuration('-2m')).toEqual({ ok: true, value: -120_000 });
    expect(parseGoDuration('0')).toEqual({ ok: true, value: 0 });
  });
  it('words errors as Go does', () => {
    expect(parseGoDuration('5')).toEqual({
      ok: false,
      error: 'time: missing unit in duration "5"',
    });
    expect(parseGoDuration('5x')).toEqual({
      ok: false,
      error: 'time: unknown unit "x" in duration "5x"',
    });
    expect(parseGoDuration('abc')).toEqual({ ok: false, error: 'time: invalid duration "abc"' });
    expect(parseGoDuration('')).toEqual({ ok: false, error: 'time: invalid duration ""' });
  });
});
