import { describe, expect, it } from 'vitest';
import { formatFloat, formatGoFloat, formatJsonFloat } from './go-number';

describe('formatFloat %g with a precision (Go strconv)', () => {
  it('rounds exact ties half to even, unlike JavaScript toPrecision', () => {
    expect(formatFloat(1.125, 'g', 3)).toBe('1.12');
    expect(formatFloat(1.375, 'g', 3)).toBe('1.38');
    expect((1.125).toPrecision(3)).toBe('1.13');
  });
  it('rounds values just above a tie up', () => {
    expect(formatFloat(1.0051, 'g', 3)).toBe('1.01');
  });
  it('drops trailing zeros', () => {
    expect(formatFloat(1.5, 'g', 3)).toBe('1.5');
    expect(formatFloat(2, 'g', 3)).toBe('2');
    expect(formatFloat(100, 'g', 3)).toBe('100');
  });
  it('switches to exponent form when the exponent reaches the precision', () => {
    expect(formatFloat(999.9, 'g', 3)).toBe('1e+03');
    expect(formatFloat(1000, 'g', 3)).toBe('1e+03');
    expect(formatFloat(1234, 'g', 3)).toBe('1.23e+03');
    expect(formatFloat(0.00001234, 'g', 3)).toBe('1.23e-05');
    expect(formatFloat(0.0001234, 'g', 3)).toBe('0.000123');
  });
  it('formats zero and negatives', () => {
    expect(formatFloat(0, 'g', 3)).toBe('0');
    expect(formatFloat(-2.5, 'g', 4)).toBe('-2.5');
  });
});

describe('formatFloat %e and %f', () => {
  it('pads %e digits and uses a two-digit exponent', () => {
    expect(formatFloat(1234.5678, 'e', 2)).toBe('1.23e+03');
    expect(formatFloat(0, 'e', 1)).toBe('0.0e+00');
  });
  it('pads %f to the requested decimals and rounds half to even', () => {
    expect(formatFloat(2.5, 'f', 0)).toBe('2');
    expect(formatFloat(3.5, 'f', 0)).toBe('4');
    expect(formatFloat(0.125, 'f', 2)).toBe('0.12');
    expect(formatFloat(12.3, 'f', 3)).toBe('12.300');
    expect(formatFloat(0.001, 'f', 1)).toBe('0.0');
    expect(formatFloat(99.99, 'f', 1)).toBe('100.0');
  });
});

describe('formatGoFloat (%v of a float64)', () => {
  it('prints short values plainly', () => {
    expect(formatGoFloat(21)).toBe('21');
    expect(formatGoFloat(123456)).toBe('123456');
    expect(formatGoFloat(0.5)).toBe('0.5');
    expect(formatGoFloat(0.0001)).toBe('0.0001');
  });
  it('uses exponent form from 1e+06 and below 1e-04', () => {
    expect(formatGoFloat(1e6)).toBe('1e+06');
    expect(formatGoFloat(4261550)).toBe('4.26155e+06');
    expect(formatGoFloat(0.00001)).toBe('1e-05');
  });
  it('names the special values as Go does', () => {
    expect(formatGoFloat(NaN)).toBe('NaN');
    expect(formatGoFloat(Infinity)).toBe('+Inf');
    expect(formatGoFloat(-Infinity)).toBe('-Inf');
  });
});

describe('formatJsonFloat (encoding/json)', () => {
  it('keeps plain notation up to 1e21', () => {
    expect(formatJsonFloat(4261550)).toBe('4261550');
    expect(formatJsonFloat(1e20)).toBe('100000000000000000000');
    expect(formatJsonFloat(0.000001)).toBe('0.000001');
  });
  it('uses a short exponent outside that range', () => {
    expect(formatJsonFloat(1e21)).toBe('1e+21');
    expect(formatJsonFloat(1e-7)).toBe('1e-7');
    expect(formatJsonFloat(1.5e-7)).toBe('1.5e-7');
  });
});
