// Evaluates a jq syntax tree. Every filter is a generator of outputs, as in jq: `,` yields from
// both sides, `.[]` yields each element, `empty` yields nothing, and errors are exceptions that
// `?` and `try` swallow.
import type { Ast } from './ast';
import { BUILTINS } from './builtins';
import { cannotIndex, cannotIterate, describe } from './errors';
import { compare, equals, isObject, isTruthy, JqError, typeOf, type JqValue } from './values';

export type Env = ReadonlyMap<string, JqValue>;

export function* evaluate(ast: Ast, input: JqValue, env: Env): Generator<JqValue> {
  switch (ast.kind) {
    case 'identity':
      yield input;
      return;
    case 'recurse':
      yield* recurse(input);
      return;
    case 'literal':
      yield ast.value;
      return;
    case 'var':
      yield ast.name === '__loc__' ? null : (env.get(ast.name) ?? null);
      return;
    case 'index':
      for (const target of evaluate(ast.target, input, env)) {
        for (const key of evaluate(ast.index, input, env)) yield index(target, key);
      }
      return;
    case 'slice':
      for (const target of evaluate(ast.target, input, env)) {
        const froms = ast.from ? [...evaluate(ast.from, input, env)] : [null];
        const tos = ast.to ? [...evaluate(ast.to, input, env)] : [null];
        for (const to of tos) for (const from of froms) yield slice(target, from, to);
      }
      return;
    case 'iterate':
      for (const target of evaluate(ast.target, input, env)) yield* iterate(target);
      return;
    case 'try':
      yield* tryEval(ast.body, ast.handler, input, env);
      return;
    case 'pipe':
      for (const mid of evaluate(ast.left, input, env)) yield* evaluate(ast.right, mid, env);
      return;
    case 'comma':
      yield* evaluate(ast.left, input, env);
      yield* evaluate(ast.right, input, env);
      return;
    case 'format':
      yield* format(ast.parts, input, env, 0, '');
      return;
    case 'array':
      yield ast.body ? [...evaluate(ast.body, input, env)] : [];
      return;
    case 'object':
      yield* buildObject(ast.entries, input, env, 0, new Map());
      return;
    case 'call': {
      const builtin = BUILTINS.get(`${ast.name}/${ast.args.length}`);
      if (!builtin) throw new JqError(`${ast.name}/${ast.args.length} is not defined`);
      yield* builtin(input, ast.args, env, evaluate);
      return;
    }
    case 'binop':
      for (const right of evaluate(ast.right, input, env)) {
        for (const left of evaluate(ast.left, input, env)) yield binop(ast.op, left, right);
      }
      return;
    case 'and':
    case 'or':
      for (const left of evaluate(ast.left, input, env)) {
        if (ast.kind === 'and' ? !isTruthy(left) : isTruthy(left)) {
          yield ast.kind === 'or';
          continue;
        }
        for (const right of evaluate(ast.right, input, env)) yield isTruthy(right);
      }
      return;
    case 'alt': {
      let any = false;
      try {
        for (const left of evaluate(ast.left, input, env)) {
          if (isTruthy(left)) {
            any = true;
            yield left;
          }
        }
      } catch (error) {
        if (!(error instanceof JqError)) throw error;
      }
      if (!any) yield* evaluate(ast.right, input, env);
      return;
    }
    case 'neg':
      for (const value of evaluate(ast.body, input, env)) {
        if (typeof value !== 'number') throw new JqError(`${describe(value)} cannot be negated`);
        yield -value;
      }
      return;
    case 'if':
      for (const cond of evaluate(ast.cond, input, env)) {
        if (isTruthy(cond)) yield* evaluate(ast.then, input, env);
        else if (ast.otherwise) yield* evaluate(ast.otherwise, input, env);
        else yield input;
      }
      return;
    case 'bind':
      for (const value of evaluate(ast.source, input, env)) {
        yield* evaluate(ast.body, input, new Map(env).set(ast.name, value));
      }
      return;
    case 'reduce':
      for (let acc of evaluate(ast.init, input, env)) {
        for (const item of evaluate(ast.source, input, env)) {
          let last: JqValue = null;
          for (const out of evaluate(ast.update, acc, new Map(env).set(ast.name, item))) last = out;
          acc = last;
        }
        yield acc;
      }
      return;
  }
}

function* tryEval(body: Ast, handler: Ast | null, input: JqValue, env: Env): Generator<JqValue> {
  try {
    for (const value of evaluate(body, input, env)) yield value;
  } catch (error) {
    if (!(error instanceof JqError)) throw error;
    if (handler) yield* evaluate(handler, error.value ?? error.message, env);
  }
}

function* format(
  parts: (string | Ast)[],
  input: JqValue,
  env: Env,
  i: number,
  acc: string,
): Generator<JqValue> {
  if (i === parts.length) {
    yield acc;
    return;
  }
  const part = parts[i]!;
  if (typeof part === 'string') {
    yield* format(parts, input, env, i + 1, acc + part);
    return;
  }
  for (const value of evaluate(part, input, env)) {
    const text = typeof value === 'string' ? value : JSON.stringify(toJs(value));
    yield* format(parts, input, env, i + 1, acc + text);
  }
}

function toJs(value: JqValue): unknown {
  if (Array.isArray(value)) return value.map(toJs);
  if (isObject(value)) return Object.fromEntries([...value].map(([k, v]) => [k, toJs(v)]));
  return value;
}

function* buildObject(
  entries: { key: Ast; value: Ast }[],
  input: JqValue,
  env: Env,
  i: number,
  acc: Map<string, JqValue>,
): Generator<JqValue> {
  if (i === entries.length) {
    yield new Map(acc);
    return;
  }
  const entry = entries[i]!;
  for (const key of evaluate(entry.key, input, env)) {
    if (typeof key !== 'string') throw new JqError(`Object keys must be strings`);
    for (const value of evaluate(entry.value, input, env)) {
      yield* buildObject(entries, input, env, i + 1, new Map(acc).set(key, value));
    }
  }
}

function* recurse(value: JqValue): Generator<JqValue> {
  yield value;
  if (Array.isArray(value)) for (const item of value) yield* recurse(item);
  else if (isObject(value)) for (const item of value.values()) yield* recurse(item);
}

export function* iterate(value: JqValue): Generator<JqValue> {
  if (Array.isArray(value)) yield* value;
  else if (isObject(value)) yield* value.values();
  else throw new JqError(cannotIterate(value));
}

export function index(target: JqValue, key: JqValue): JqValue {
  if (target === null && (typeof key === 'string' || typeof key === 'number' || key === null))
    return null;
  if (isObject(target) && typeof key === 'string') return target.get(key) ?? null;
  if (Array.isArray(target) && typeof key === 'number') {
    const i = Math.floor(key < 0 ? target.length + key : key);
    return target[i] ?? null;
  }
  throw new JqError(cannotIndex(target, key));
}

function slice(target: JqValue, from: JqValue, to: JqValue): JqValue {
  if (target === null) return null;
  if (typeof target !== 'string' && !Array.isArray(target)) {
    throw new JqError(`Cannot index ${typeOf(target)} with object`);
  }
  const length = typeof target === 'string' ? [...target].length : target.length;
  const clamp = (v: JqValue, fallback: number): number => {
    if (v === null) return fallback;
    if (typeof v !== 'number')
      throw new JqError('Start and end indices of an array slice must be numbers');
    const n = Math.floor(v < 0 ? length + v : v);
    return Math.min(Math.max(n, 0), length);
  };
  const start = clamp(from, 0);
  const end = Math.max(clamp(to, length), start);
  return typeof target === 'string'
    ? [...target].slice(start, end).join('')
    : target.slice(start, end);
}

function binop(op: string, a: JqValue, b: JqValue): JqValue {
  switch (op) {
    case '==':
      return equals(a, b);
    case '!=':
      return !equals(a, b);
    case '<':
      return compare(a, b) < 0;
    case '<=':
      return compare(a, b) <= 0;
    case '>':
      return compare(a, b) > 0;
    case '>=':
      return compare(a, b) >= 0;
  }
  return arithmetic(op, a, b);
}

function arithmetic(op: string, a: JqValue, b: JqValue): JqValue {
  const verb = {
    '+': 'added',
    '-': 'subtracted',
    '*': 'multiplied',
    '/': 'divided',
    '%': 'divided',
  }[op]!;
  const fail = (): never => {
    throw new JqError(`${describe(a)} and ${describe(b)} cannot be ${verb}`);
  };
  if (op === '+') {
    if (a === null) return b;
    if (b === null) return a;
    if (typeof a === 'number' && typeof b === 'number') return a + b;
    if (typeof a === 'string' && typeof b === 'string') return a + b;
    if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
    if (isObject(a) && isObject(b)) return new Map([...a, ...b]);
    return fail();
  }
  if (typeof a === 'number' && typeof b === 'number') {
    if (op === '-') return a - b;
    if (op === '*') return a * b;
    if (b === 0)
      throw new JqError(
        `${describe(a)} and ${describe(b)} cannot be divided because the divisor is zero`,
      );
    if (op === '/') return a / b;
    return Math.trunc(a) % Math.trunc(b);
  }
  if (op === '-' && Array.isArray(a) && Array.isArray(b))
    return a.filter((x) => !b.some((y) => equals(x, y)));
  if (op === '/' && typeof a === 'string' && typeof b === 'string') return a.split(b);
  if (op === '*' && typeof a === 'string' && typeof b === 'number')
    return b > 0 ? a.repeat(Math.ceil(b)) : null;
  return fail();
}
