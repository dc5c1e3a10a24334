/**
 * bash's [[ ... ]]: no word splitting or globbing inside; `==` and `!=` match the right side
 * as a pattern (quoted parts literally), `=~` as an extended regex, -eq and friends take
 * arithmetic; && || ! and parentheses combine. Status 0 true, 1 false, 2 for an error.
 */
import type { CondItem } from '../ast';
import { ArithError, evaluateArith } from '../expand/arith';
import { matchPattern } from '../expand/pattern';
import { evaluateTest, UNARY as TEST_UNARY } from '../programs/test-expr';
import { posixToJs } from '../programs/regex';
import type { Shell } from './shell';

// test's unary operators, plus -v (a variable is set), which only [[ ]] knows here.
const UNARY = new Set([...TEST_UNARY, '-v']);
const ARITH = new Set(['-eq', '-ne', '-lt', '-le', '-gt', '-ge']);
const STRING = new Set(['==', '=', '!=', '=~', '-nt', '-ot', '-ef']);

class CondError extends Error {}

export function runCond(sh: Shell, items: readonly CondItem[]): number {
  let pos = 0;
  const ex = sh.expander();
  const peekOp = (): string | undefined => {
    const item = items[pos];
    if (!item) return undefined;
    return 'op' in item ? item.op : item.word.raw;
  };
  const word = (): string => {
    const item = items[pos++];
    if (!item) throw new CondError('unexpected argument');
    return 'op' in item ? item.op : ex.string(item.word, true);
  };
  const primary = (): boolean => {
    const first = peekOp();
    if (first === '!') {
      pos++;
      return !primary();
    }
    if (first === '(') {
      pos++;
      const value = or();
      if (peekOp() !== ')') throw new CondError("expected `)'");
      pos++;
      return value;
    }
    const next = items[pos + 1];
    const op = next ? ('op' in next ? next.op : next.word.raw) : undefined;
    if (op !== undefined && (STRING.has(op) || ARITH.has(op) || op === '<' || op === '>')) {
      const left = word();
      pos++;
      const rightItem = items[pos++];
      if (!rightItem || 'op' in rightItem)
        throw new CondError(`unexpected argument to conditional binary operator`);
      if (op === '==' || op === '=' || op === '!=') {
        const matched = matchPattern(ex.pattern(rightItem.word), left);
        return op === '!=' ? !matched : matched;
      }
      if (op === '=~') {
        const source = posixToJs(ex.string(rightItem.word), true);
        if (!source.ok) return false;
        try {
          return new RegExp(source.source).test(left);
        } catch {
          throw new CondError('invalid regular expression');
        }
      }
      const right = ex.string(rightItem.word, true);
      if (op === '<') return left < right;
      if (op === '>') return left > right;
      if (ARITH.has(op)) {
        const vars = {
          get: (n: string) => sh.lookup(n),
          set: (n: string, v: string) => sh.assign(n, v),
        };
        const a = evaluateArith(left, vars);
        const b = evaluateArith(right, vars);
        return {
          '-eq': a === b,
          '-ne': a !== b,
          '-lt': a < b,
          '-le': a <= b,
          '-gt': a > b,
          '-ge': a >= b,
        }[op] as boolean;
      }
      return testWith(sh, [left, op, right]);
    }
    if (
      first !== undefined &&
      UNARY.has(first) &&
      pos + 1 < items.length &&
      !isCombinator(items[pos + 1])
    ) {
      pos++;
      const arg = word();
      if (first === '-v') return sh.lookup(arg) !== undefined;
      return testWith(sh, [first, arg]);
    }
    return word() !== '';
  };
  const and = (): boolean => {
    let value = primary();
    while (peekOp() === '&&') {
      pos++;
      const right = primary();
      value = value && right;
    }
    return value;
  };
  const or = (): boolean => {
    let value = and();
    while (peekOp() === '||') {
      pos++;
      const right = and();
      value = value || right;
    }
    return value;
  };
  try {
    const value = or();
    if (pos < items.length) throw new CondError(`syntax error in conditional expression`);
    return value ? 0 : 1;
  } catch (error) {
    if (error instanceof CondError || error instanceof ArithError) {
      sh.error(
        error instanceof ArithError ? error.message : `syntax error in conditional expression`,
      );
      return 2;
    }
    throw error;
  }
}

function isCombinator(item: CondItem | undefined): boolean {
  return (
    item !== undefined && 'op' in item && (item.op === '&&' || item.op === '||' || item.op === ')')
  );
}

function testWith(sh: Shell, args: string[]): boolean {
  const result = evaluateTest(args, { fs: sh.fs, cwd: sh.state.cwd, user: sh.state.user });
  return result.ok && result.value;
}
