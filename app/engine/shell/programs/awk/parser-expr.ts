/**
 * awk expressions by precedence, lowest first: assignment, `?:`, `||`, `&&`, `in`, `~ !~`,
 * comparisons, concatenation, `+ -`, `* / %`, unary `! - +`, `^` (right-associative),
 * `++ --`, `$`, grouping. In a print statement's arguments an unparenthesised `>` is output
 * redirection, not a comparison (`noGt`).
 */
import type { Expr, LValue } from './ast';
import type { Cursor } from './cursor';

export interface ExprContext {
  /** `>` redirects output here (print arguments outside parentheses). */
  noGt: boolean;
}

const OPEN: ExprContext = { noGt: false };
const ASSIGN_OPS = new Set(['=', '+=', '-=', '*=', '/=', '%=', '^=']);
const COMPARE_OPS = new Set(['<', '<=', '==', '!=', '>', '>=']);

function isLValue(e: Expr): e is LValue {
  return e.type === 'var' || e.type === 'index' || e.type === 'field';
}

export function parseExpr(c: Cursor, ctx: ExprContext = OPEN): Expr {
  const left = parseTernary(c, ctx);
  const tok = c.peek();
  if (tok.kind === 'op' && ASSIGN_OPS.has(tok.text) && isLValue(left)) {
    c.next();
    c.skipNewlines();
    return { type: 'assign', op: tok.text, target: left, value: parseExpr(c, ctx) };
  }
  return left;
}

function parseTernary(c: Cursor, ctx: ExprContext): Expr {
  const test = parseOr(c, ctx);
  if (!c.accept('?')) return test;
  c.skipNewlines();
  const yes = parseExpr(c, ctx);
  c.skipNewlines();
  c.expect(':');
  c.skipNewlines();
  return { type: 'cond', test, yes, no: parseExpr(c, ctx) };
}

function parseOr(c: Cursor, ctx: ExprContext): Expr {
  let left = parseAnd(c, ctx);
  while (c.accept('||')) {
    c.skipNewlines();
    left = { type: 'or', left, right: parseAnd(c, ctx) };
  }
  return left;
}

function parseAnd(c: Cursor, ctx: ExprContext): Expr {
  let left = parseIn(c, ctx);
  while (c.accept('&&')) {
    c.skipNewlines();
    left = { type: 'and', left, right: parseIn(c, ctx) };
  }
  return left;
}

function parseIn(c: Cursor, ctx: ExprContext): Expr {
  let left = parseMatch(c, ctx);
  while (c.at('in')) {
    c.next();
    const name = c.next();
    if (name.kind !== 'name') c.fail(undefined, name);
    left = { type: 'in', subscripts: [left], array: name.text };
  }
  return left;
}

function parseMatch(c: Cursor, ctx: ExprContext): Expr {
  let left = parseCompare(c, ctx);
  while (c.at('~') || c.at('!~')) {
    const negate = c.next().text === '!~';
    left = { type: 'match', negate, left, right: parseCompare(c, ctx) };
  }
  return left;
}

function parseCompare(c: Cursor, ctx: ExprContext): Expr {
  const left = parseConcat(c, ctx);
  const tok = c.peek();
  if (tok.kind !== 'op' || !COMPARE_OPS.has(tok.text)) return left;
  if (tok.text === '>' && ctx.noGt) return left;
  c.next();
  return { type: 'compare', op: tok.text, left, right: parseConcat(c, ctx) };
}

/** Whether the current token can begin an operand of a concatenation. */
function startsOperand(c: Cursor): boolean {
  const tok = c.peek();
  switch (tok.kind) {
    case 'number':
    case 'string':
    case 'regex':
    case 'name':
    case 'funcname':
    case 'builtin':
      return true;
    case 'op':
      return ['$', '(', '++', '--'].includes(tok.text);
    default:
      return false;
  }
}

function parseConcat(c: Cursor, ctx: ExprContext): Expr {
  let left = parseAdditive(c, ctx);
  for (;;) {
    if (c.at('|') && c.peek(1).kind === 'keyword' && c.peek(1).text === 'getline') {
      c.next();
      c.next();
      left = { type: 'getline', command: left, ...optionalTarget(c) };
      continue;
    }
    // `a -1` and `a +1` are arithmetic (parseAdditive took them); operands concatenate.
    if (!startsOperand(c)) return left;
    left = { type: 'concat', left, right: parseAdditive(c, ctx) };
  }
}

function parseAdditive(c: Cursor, ctx: ExprContext): Expr {
  let left = parseMultiplicative(c, ctx);
  while (c.at('+') || c.at('-')) {
    const op = c.next().text;
    left = { type: 'binary', op, left, right: parseMultiplicative(c, ctx) };
  }
  return left;
}

function parseMultiplicative(c: Cursor, ctx: ExprContext): Expr {
  let left = parseUnary(c, ctx);
  while (c.at('*') || c.at('/') || c.at('%')) {
    const op = c.next().text;
    left = { type: 'binary', op, left, right: parseUnary(c, ctx) };
  }
  return left;
}

function parseUnary(c: Cursor, ctx: ExprContext): Expr {
  if (c.accept('!')) return { type: 'not', operand: parseUnary(c, ctx) };
  if (c.accept('-')) return { type: 'neg', operand: parseUnary(c, ctx) };
  if (c.accept('+')) return { type: 'plus', operand: parseUnary(c, ctx) };
  return parsePower(c, ctx);
}

function parsePower(c: Cursor, ctx: ExprContext): Expr {
  const base = parseIncDec(c);
  if (!c.accept('^')) return base;
  // Right-associative, and the exponent may carry a sign: 2^-1, 2^3^2.
  const exponent = c.at('-') || c.at('+') || c.at('!') ? parseUnary(c, ctx) : parsePower(c, ctx);
  return { type: 'binary', op: '^', left: base, right: exponent };
}

function parseIncDec(c: Cursor): Expr {
  if (c.at('++') || c.at('--')) {
    const op = c.next().text as '++' | '--';
    const target = parseIncDec(c);
    if (!isLValue(target)) c.fail();
    return { type: 'incdec', op, prefix: true, target };
  }
  const operand = parsePrimary(c);
  if (isLValue(operand) && (c.at('++') || c.at('--'))) {
    const op = c.next().text as '++' | '--';
    return { type: 'incdec', op, prefix: false, target: operand };
  }
  return operand;
}

/** `getline`'s optional variable: a name, an element or a field. */
function optionalTarget(c: Cursor): { target?: LValue } {
  const tok = c.peek();
  if (tok.kind === 'name' || c.at('$')) {
    const target = parsePrimary(c);
    if (isLValue(target)) return { target };
  }
  return {};
}

function parseArgs(c: Cursor): Expr[] {
  c.expect('(');
  c.braces++;
  const args: Expr[] = [];
  c.skipNewlines();
  if (!c.at(')')) {
    for (;;) {
      args.push(parseExpr(c));
      c.skipNewlines();
      if (!c.accept(',')) break;
      c.skipNewlines();
    }
  }
  c.braces--;
  c.expect(')');
  return args;
}

function parsePrimary(c: Cursor): Expr {
  const tok = c.next();
  switch (tok.kind) {
    case 'number':
      return { type: 'num', value: tok.value ?? 0 };
    case 'string':
      return { type: 'str', value: tok.text };
    case 'regex':
      return { type: 'regex', source: tok.text };
    case 'funcname':
      return { type: 'call', name: tok.text, args: parseArgs(c) };
    case 'builtin':
      // `length` alone is length($0).
      if (tok.text === 'length' && !c.at('(')) return { type: 'builtin', name: 'length', args: [] };
      return { type: 'builtin', name: tok.text, args: parseArgs(c) };
    case 'name':
      if (c.accept('[')) {
        const subscripts = parseList(c);
        c.expect(']');
        return { type: 'index', name: tok.text, subscripts };
      }
      return { type: 'var', name: tok.text };
    case 'keyword':
      if (tok.text === 'getline') {
        const target = optionalTarget(c);
        if (c.accept('<')) return { type: 'getline', ...target, file: parseIncDec(c) };
        return { type: 'getline', ...target };
      }
      return c.fail(undefined, tok);
    case 'op':
      if (tok.text === '$') {
        if (c.at('-')) {
          c.next();
          return { type: 'field', index: { type: 'neg', operand: parseIncDec(c) } };
        }
        return { type: 'field', index: parseIncDec(c) };
      }
      if (tok.text === '(') return parseGroup(c);
      if (tok.text === '-') return { type: 'neg', operand: parseUnary(c, OPEN) };
      if (tok.text === '+') return { type: 'plus', operand: parseUnary(c, OPEN) };
      if (tok.text === '!') return { type: 'not', operand: parseUnary(c, OPEN) };
      return c.fail(undefined, tok);
    default:
      return c.fail(undefined, tok);
  }
}

function parseList(c: Cursor): Expr[] {
  const items = [parseExpr(c)];
  while (c.accept(',')) {
    c.skipNewlines();
    items.push(parseExpr(c));
  }
  return items;
}

/** `( expr )`, or `( e1, e2 ) in array`. */
function parseGroup(c: Cursor): Expr {
  c.braces++;
  c.skipNewlines();
  const items = parseList(c);
  c.skipNewlines();
  c.braces--;
  c.expect(')');
  if (items.length > 1) {
    if (!c.at('in')) c.fail();
    c.next();
    const name = c.next();
    if (name.kind !== 'name') c.fail(undefined, name);
    return { type: 'in', subscripts: items, array: name.text };
  }
  return { type: 'group', expr: items[0] as Expr };
}

/** For print's `(a, b) > "file"` form: a parenthesised list, if one starts here. */
export function tryParenList(c: Cursor): Expr[] | undefined {
  if (!c.at('(')) return undefined;
  const start = c.pos;
  const braces = c.braces;
  try {
    c.next();
    const items = parseList(c);
    c.expect(')');
    const tok = c.peek();
    const ends =
      tok.kind === 'newline' ||
      tok.kind === 'eof' ||
      (tok.kind === 'op' && [';', '}', '>', '>>', '|'].includes(tok.text));
    if (items.length > 1 && ends) return items;
  } catch {
    // Not a list: parse it again as an expression.
  }
  c.pos = start;
  c.braces = braces;
  return undefined;
}
