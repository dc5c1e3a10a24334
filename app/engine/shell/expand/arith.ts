/**
 * Shell arithmetic, `$((...))`: C integer expressions on 64-bit signed integers (BigInt, so
 * `1<<40` and overflow wrap as in dash), variables by name, assignments and `?:`.
 */

export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

export type ArithErrorKind =
  'division by zero' | 'expecting primary' | 'expecting EOF' | 'illegal number';

export class ArithError extends Error {
  constructor(
    readonly kind: ArithErrorKind,
    readonly expr: string,
  ) {
    // dash words a non-numeric variable without the "arithmetic expression" preamble.
    super(
      kind === 'illegal number'
        ? `Illegal number: ${expr}`
        : `arithmetic expression: ${kind}: "${expr}"`,
    );
  }
}

type Tok =
  { t: 'num'; v: bigint } | { t: 'name'; v: string } | { t: 'op'; v: string } | { t: 'end' };

const OPS = [
  '<<=',
  '>>=',
  '**',
  '<<',
  '>>',
  '<=',
  '>=',
  '==',
  '!=',
  '&&',
  '||',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '^=',
  '|=',
  '++',
  '--',
  '+',
  '-',
  '*',
  '/',
  '%',
  '<',
  '>',
  '&',
  '^',
  '|',
  '!',
  '~',
  '?',
  ':',
  '=',
  '(',
  ')',
  ',',
];

const wrap = (v: bigint): bigint => BigInt.asIntN(64, v);

function tokenize(expr: string, extended: boolean): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < expr.length) {
    const ch = expr[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const num = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(expr.slice(i));
    if (num) {
      const text = num[0];
      i += text.length;
      if (/[A-Za-z0-9_]/.test(expr[i] ?? '')) throw new ArithError('expecting EOF', expr);
      const v =
        text.length > 1 && text[0] === '0' && !/[xX]/.test(text)
          ? BigInt('0o' + text.slice(1))
          : BigInt(text);
      toks.push({ t: 'num', v: wrap(v) });
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(expr.slice(i));
    if (name) {
      toks.push({ t: 'name', v: name[0] });
      i += name[0].length;
      continue;
    }
    const op = OPS.find(
      (candidate) =>
        expr.startsWith(candidate, i) &&
        (extended || (candidate !== '++' && candidate !== '--' && candidate !== '**')),
    );
    if (!op) throw new ArithError('expecting primary', expr);
    toks.push({ t: 'op', v: op });
    i += op.length;
  }
  toks.push({ t: 'end' });
  return toks;
}

const BINARY: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '|': 3,
  '^': 4,
  '&': 5,
  '==': 6,
  '!=': 6,
  '<': 7,
  '>': 7,
  '<=': 7,
  '>=': 7,
  '<<': 8,
  '>>': 8,
  '+': 9,
  '-': 9,
  '*': 10,
  '/': 10,
  '%': 10,
  '**': 11,
};
const ASSIGN = new Set(['=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '&=', '^=', '|=']);

/**
 * Evaluates an expanded arithmetic expression. Throws ArithError on bad input. dash is the
 * plain POSIX variant (`extended: false`): no `++`/`--` (`a++` is a syntax error, `++a` is
 * just +(+a)), no `**`, and variables must hold numbers.
 */
export function evaluateArith(expr: string, vars: ArithVars, depth = 0, extended = true): bigint {
  if (expr.trim() === '') return 0n;
  const toks = tokenize(expr, extended);
  let pos = 0;
  // `skip` evaluates without side effects or errors (the untaken side of && || ?:).
  let skip = 0;
  const peek = (): Tok => toks[pos] as Tok;
  const isOp = (v: string): boolean => {
    const t = peek();
    return t.t === 'op' && t.v === v;
  };
  const fail = (kind: ArithErrorKind): never => {
    throw new ArithError(kind, expr);
  };

  const valueOf = (name: string): bigint => {
    const raw = vars.get(name);
    if (raw === undefined || raw.trim() === '') return 0n;
    const trimmed = raw.trim();
    if (/^-?[0-9]+$/.test(trimmed)) return wrap(BigInt(trimmed));
    // dash takes only numbers from variables; bash and BusyBox evaluate the value as an expression.
    if (!extended) {
      const m = /^(-?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(trimmed);
      if (!m) throw new ArithError('illegal number', raw);
      const digits = m[2] as string;
      const v =
        digits.length > 1 && digits[0] === '0' && !/[xX]/.test(digits)
          ? BigInt('0o' + digits.slice(1))
          : BigInt(digits);
      return wrap(m[1] ? -v : v);
    }
    if (depth > 20) fail('expecting primary');
    return evaluateArith(trimmed, vars, depth + 1, extended);
  };
  const assign = (name: string, v: bigint): bigint => {
    if (!skip) vars.set(name, wrap(v).toString());
    return wrap(v);
  };

  const primary = (): bigint => {
    const t = peek();
    if (t.t === 'num') {
      pos++;
      return t.v;
    }
    if (t.t === 'name') {
      pos++;
      if (isOp('++') || isOp('--')) {
        const op = (toks[pos++] as { v: string }).v;
        const old = valueOf(t.v);
        assign(t.v, op === '++' ? old + 1n : old - 1n);
        return old;
      }
      const next = peek();
      if (next.t === 'op' && ASSIGN.has(next.v)) {
        pos++;
        const rhs = assignment();
        const current = next.v === '=' ? 0n : valueOf(t.v);
        return assign(t.v, next.v === '=' ? rhs : binary(next.v.slice(0, -1), current, rhs));
      }
      return valueOf(t.v);
    }
    if (t.t === 'op') {
      if (t.v === '(') {
        pos++;
        const v = comma();
        if (!isOp(')')) fail('expecting primary');
        pos++;
        return v;
      }
      if (t.v === '++' || t.v === '--') {
        pos++;
        const target = peek();
        if (target.t !== 'name') return fail('expecting primary');
        pos++;
        return assign(target.v, valueOf(target.v) + (t.v === '++' ? 1n : -1n));
      }
      if (t.v === '-' || t.v === '+' || t.v === '!' || t.v === '~') {
        pos++;
        const v = unaryOperand();
        if (t.v === '-') return wrap(-v);
        if (t.v === '!') return v === 0n ? 1n : 0n;
        if (t.v === '~') return wrap(~v);
        return v;
      }
    }
    return fail('expecting primary');
  };
  const unaryOperand = (): bigint => primary();

  const binary = (op: string, a: bigint, b: bigint): bigint => {
    switch (op) {
      case '+':
        return wrap(a + b);
      case '-':
        return wrap(a - b);
      case '*':
        return wrap(a * b);
      case '/':
      case '%':
        if (b === 0n) return skip ? 0n : fail('division by zero');
        return wrap(op === '/' ? a / b : a % b);
      case '**':
        return b < 0n ? 0n : wrap(a ** (b > 64n ? 64n : b));
      case '<<':
        return wrap(a << (b & 63n));
      case '>>':
        return a >> (b & 63n);
      case '<':
        return a < b ? 1n : 0n;
      case '>':
        return a > b ? 1n : 0n;
      case '<=':
        return a <= b ? 1n : 0n;
      case '>=':
        return a >= b ? 1n : 0n;
      case '==':
        return a === b ? 1n : 0n;
      case '!=':
        return a !== b ? 1n : 0n;
      case '&':
        return a & b;
      case '^':
        return a ^ b;
      case '|':
        return a | b;
      default:
        return fail('expecting primary');
    }
  };

  const binaryExpr = (minPrec: number): bigint => {
    let left = primary();
    for (;;) {
      const t = peek();
      const prec = t.t === 'op' ? BINARY[t.v] : undefined;
      if (prec === undefined || prec < minPrec) return left;
      const op = (t as { v: string }).v;
      pos++;
      if (op === '&&' || op === '||') {
        const shortCircuit = op === '&&' ? left === 0n : left !== 0n;
        if (shortCircuit) skip++;
        const right = binaryExpr(prec + 1);
        if (shortCircuit) skip--;
        left = shortCircuit ? (op === '||' ? 1n : 0n) : right !== 0n ? 1n : 0n;
      } else {
        const right = binaryExpr(op === '**' ? prec : prec + 1);
        left = binary(op, left, right);
      }
    }
  };

  const conditional = (): bigint => {
    const cond = binaryExpr(1);
    if (!isOp('?')) return cond;
    pos++;
    if (cond === 0n) skip++;
    const yes = assignment();
    if (cond === 0n) skip--;
    if (!isOp(':')) fail('expecting primary');
    pos++;
    if (cond !== 0n) skip++;
    const no = conditional();
    if (cond !== 0n) skip--;
    return cond !== 0n ? yes : no;
  };
  const assignment = (): bigint => conditional();
  const comma = (): bigint => {
    let v = assignment();
    while (isOp(',')) {
      pos++;
      v = assignment();
    }
    return v;
  };

  const result = comma();
  if (peek().t !== 'end') fail('expecting EOF');
  return result;
}
