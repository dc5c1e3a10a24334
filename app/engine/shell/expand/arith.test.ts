import { describe, expect, it } from 'vitest';
import { ArithError, evaluateArith } from './arith';

function vars(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return { map, get: (n: string) => map.get(n), set: (n: string, v: string) => void map.set(n, v) };
}

describe('evaluateArith', () => {
  it('follows C precedence and integer division', () => {
    expect(evaluateArith('1 + 2 * 3', vars())).toBe(7n);
    expect(evaluateArith('(1 + 2) * 3', vars())).toBe(9n);
    expect(evaluateArith('-7 / 2', vars())).toBe(-3n);
    expect(evaluateArith('-7 % 3', vars())).toBe(-1n);
  });

  it('computes in 64-bit signed integers, wrapping on overflow', () => {
    expect(evaluateArith('1 << 40', vars())).toBe(1099511627776n);
    expect(evaluateArith('9223372036854775807 + 1', vars())).toBe(-9223372036854775808n);
  });

  it('reads hex and octal constants and rejects 08', () => {
    expect(evaluateArith('0x1f + 010', vars())).toBe(39n);
    expect(() => evaluateArith('08', vars())).toThrow(new ArithError('expecting EOF', '08'));
  });

  it('reads variables by name, recursively, and assigns', () => {
    const v = vars({ x: '5', y: 'x + 1' });
    expect(evaluateArith('y * 2', v)).toBe(12n);
    expect(evaluateArith('z = x += 2', v)).toBe(7n);
    expect(v.map.get('z')).toBe('7');
    expect(evaluateArith('unset + 1', v)).toBe(1n);
  });

  it('short-circuits && || and ?: without evaluating the other side', () => {
    expect(evaluateArith('0 && 1/0', vars())).toBe(0n);
    expect(evaluateArith('1 ? 2 : 1/0', vars())).toBe(2n);
  });

  it('reports division by zero and missing operands with dash wording', () => {
    expect(() => evaluateArith('1/0', vars())).toThrow(
      'arithmetic expression: division by zero: "1/0"',
    );
    expect(() => evaluateArith('1+', vars())).toThrow(
      'arithmetic expression: expecting primary: "1+"',
    );
  });

  it('has ++ and -- only when asked (dash has neither)', () => {
    const v = vars({ i: '1' });
    expect(evaluateArith('i++', v)).toBe(1n);
    expect(v.map.get('i')).toBe('2');
    expect(() => evaluateArith('i++', v, 0, false)).toThrow('expecting primary');
    expect(evaluateArith('++i', v, 0, false)).toBe(2n);
  });
});
