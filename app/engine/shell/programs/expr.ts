/** expr: integer arithmetic, comparisons, `|` `&`, `:` / match, substr, index, length. */
import type { Program } from '../program';
import { compile } from './regex';

class ExprError extends Error {
  constructor(
    message: string,
    readonly status = 2,
  ) {
    super(message);
  }
}

const isInt = (v: string): boolean => /^[-+]?[0-9]+$/.test(v.trim());
const toInt = (v: string): bigint => {
  if (!isInt(v)) throw new ExprError('non-integer argument');
  return BigInt(v.trim());
};
const truthy = (v: string): boolean => v !== '' && !(isInt(v) && BigInt(v) === 0n);

export function evaluateExpr(args: readonly string[]): string {
  let pos = 0;
  const peek = (): string | undefined => args[pos];
  const primary = (): string => {
    const tok = args[pos++];
    if (tok === undefined)
      throw new ExprError(
        'syntax error: missing argument after \u2018' + (args[pos - 2] ?? '') + '\u2019',
      );
    if (tok === '(') {
      const v = or();
      if (args[pos++] !== ')') throw new ExprError("syntax error: expecting ')'");
      return v;
    }
    if (tok === 'length') return String([...primary()].length);
    if (tok === 'substr') {
      const s = primary();
      const p = Number(toInt(primary()));
      const l = Number(toInt(primary()));
      return p < 1 || l < 1 ? '' : [...s].slice(p - 1, p - 1 + l).join('');
    }
    if (tok === 'index') {
      const s = primary();
      const chars = primary();
      const i = [...s].findIndex((c) => chars.includes(c));
      return String(i + 1);
    }
    if (tok === 'match') return match(primary(), primary());
    return tok;
  };
  const colon = (): string => {
    let left = primary();
    while (peek() === ':') {
      pos++;
      left = match(left, primary());
    }
    return left;
  };
  const mul = (): string => {
    let left = colon();
    while (peek() === '*' || peek() === '/' || peek() === '%') {
      const op = args[pos++];
      const a = toInt(left);
      const b = toInt(colon());
      if (op !== '*' && b === 0n) throw new ExprError('division by zero');
      left = String(op === '*' ? a * b : op === '/' ? a / b : a % b);
    }
    return left;
  };
  const add = (): string => {
    let left = mul();
    while (peek() === '+' || peek() === '-') {
      const op = args[pos++];
      const a = toInt(left);
      const b = toInt(mul());
      left = String(op === '+' ? a + b : a - b);
    }
    return left;
  };
  const compare = (): string => {
    let left = add();
    while (['<', '<=', '=', '==', '!=', '>=', '>'].includes(peek() ?? '')) {
      const op = args[pos++] as string;
      const right = add();
      const c =
        isInt(left) && isInt(right)
          ? Number(BigInt(left) - BigInt(right))
          : left < right
            ? -1
            : left > right
              ? 1
              : 0;
      const result = {
        '<': c < 0,
        '<=': c <= 0,
        '=': c === 0,
        '==': c === 0,
        '!=': c !== 0,
        '>=': c >= 0,
        '>': c > 0,
      }[op];
      left = result ? '1' : '0';
    }
    return left;
  };
  const and = (): string => {
    let left = compare();
    while (peek() === '&') {
      pos++;
      const right = compare();
      left = truthy(left) && truthy(right) ? left : '0';
    }
    return left;
  };
  const or = (): string => {
    let left = and();
    while (peek() === '|') {
      pos++;
      const right = and();
      left = truthy(left) ? left : truthy(right) ? right : '0';
    }
    return left;
  };
  const value = or();
  if (pos < args.length)
    throw new ExprError(`syntax error: unexpected argument \u2018${args[pos]}\u2019`);
  return value;
}

function match(text: string, pattern: string): string {
  const re = compile(pattern, { extended: false });
  if (typeof re === 'string') throw new ExprError(re);
  const m = new RegExp(`^(?:${re.source})`).exec(text);
  if (!m) return /\\\(/.test(pattern) ? '' : '0';
  return m[1] !== undefined ? m[1] : String(m[0].length);
}

export const expr: Program = (argv, io) => {
  const args = argv.slice(1);
  if (args[0] === '--') args.shift();
  if (args.length === 0) {
    io.stderr("expr: missing operand\nTry 'expr --help' for more information.\n");
    return 2;
  }
  try {
    const value = evaluateExpr(args);
    io.stdout(value + '\n');
    return truthy(value) ? 0 : 1;
  } catch (error) {
    if (!(error instanceof ExprError)) throw error;
    const message =
      io.userland === 'gnu'
        ? error.message.replace(/\u2018|\u2019/g, "'")
        : error.message.replace(/: .*/, '');
    io.stderr(`expr: ${message}\n`);
    return error.status;
  }
};
