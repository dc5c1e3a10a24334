// jq's built-in functions that this jq knows, keyed "name/arity". Arguments are unevaluated
// filters: each builtin evaluates them against the input as jq does.
import type { Ast } from './ast';
import { cannotIterate, describe } from './errors';
import { printValue } from './print';
import { readInputs } from './json-input';
import { compare, equals, isObject, isTruthy, JqError, typeOf, type JqValue } from './values';
import type { Env } from './eval';

type Evaluate = (ast: Ast, input: JqValue, env: Env) => Generator<JqValue>;
export type Builtin = (
  input: JqValue,
  args: Ast[],
  env: Env,
  evaluate: Evaluate,
) => Generator<JqValue>;

/** A builtin of one output computed from the input. */
const unary = (f: (input: JqValue) => JqValue): Builtin =>
  function* (input) {
    yield f(input);
  };

/** A builtin taking one argument value (each output of the argument filter). */
const withArg = (f: (input: JqValue, arg: JqValue) => JqValue): Builtin =>
  function* (input, [arg], env, evaluate) {
    for (const value of evaluate(arg!, input, env)) yield f(input, value);
  };

function length(value: JqValue): JqValue {
  if (value === null) return 0;
  if (typeof value === 'boolean') throw new JqError(`${describe(value)} has no length`);
  if (typeof value === 'number') return Math.abs(value);
  if (typeof value === 'string') return [...value].length;
  if (Array.isArray(value)) return value.length;
  return value.size;
}

function keys(value: JqValue, sorted: boolean): JqValue {
  if (Array.isArray(value)) return value.map((_, i) => i);
  if (isObject(value)) {
    const list = [...value.keys()];
    return sorted ? list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) : list;
  }
  throw new JqError(`${describe(value)} has no keys`);
}

function elements(value: JqValue): JqValue[] {
  if (Array.isArray(value)) return value;
  if (isObject(value)) return [...value.values()];
  throw new JqError(cannotIterate(value));
}

function needString(value: JqValue, what: string): string {
  if (typeof value !== 'string') throw new JqError(`${describe(value)} ${what}`);
  return value;
}

function sortBy(input: JqValue, keyOf: (v: JqValue) => JqValue): JqValue[] {
  if (!Array.isArray(input))
    throw new JqError(`${describe(input)} cannot be sorted, as it is not an array`);
  return input
    .map((v, i) => ({ v, k: keyOf(v), i }))
    .sort((a, b) => compare(a.k, b.k) || a.i - b.i)
    .map((x) => x.v);
}

function toEntries(value: JqValue): JqValue {
  if (!isObject(value)) throw new JqError(`${describe(value)} has no keys`);
  return [...value].map(
    ([k, v]) =>
      new Map<string, JqValue>([
        ['key', k],
        ['value', v],
      ]),
  );
}

function fromEntries(value: JqValue): JqValue {
  const out = new Map<string, JqValue>();
  for (const entry of elements(value)) {
    if (!isObject(entry)) throw new JqError(`Cannot index ${typeOf(entry)} with "key"`);
    const key = ['key', 'k', 'name', 'Name', 'Key', 'K']
      .map((k) => entry.get(k))
      .find((k) => k !== undefined && k !== null && k !== false);
    const val = ['value', 'v', 'Value', 'V'].map((k) => entry.get(k)).find((v) => v !== undefined);
    out.set(
      typeof key === 'string' ? key : printValue(key ?? null, { compact: true }),
      val ?? null,
    );
  }
  return out;
}

function add(value: JqValue): JqValue {
  const items = elements(value);
  if (items.length === 0) return null;
  return items.reduce((acc, v) => {
    if (acc === null) return v;
    if (v === null) return acc;
    if (typeof acc === 'number' && typeof v === 'number') return acc + v;
    if (typeof acc === 'string' && typeof v === 'string') return acc + v;
    if (Array.isArray(acc) && Array.isArray(v)) return [...acc, ...v];
    if (isObject(acc) && isObject(v)) return new Map([...acc, ...v]);
    throw new JqError(`${describe(acc)} and ${describe(v)} cannot be added`);
  });
}

function tostring(value: JqValue): string {
  return typeof value === 'string' ? value : printValue(value, { compact: true });
}

const entries: [string, Builtin][] = [
  ['empty/0', function* () {}],
  ['not/0', unary((v) => !isTruthy(v))],
  ['length/0', unary(length)],
  [
    'utf8bytelength/0',
    unary(
      (v) => new TextEncoder().encode(needString(v, 'only strings have UTF-8 byte length')).length,
    ),
  ],
  ['keys/0', unary((v) => keys(v, true))],
  ['keys_unsorted/0', unary((v) => keys(v, false))],
  [
    'values/0',
    function* (input) {
      if (input !== null) yield input;
    },
  ],
  ['type/0', unary(typeOf)],
  ['add/0', unary(add)],
  [
    'reverse/0',
    unary((v) =>
      typeof v === 'string'
        ? [...v].reverse().join('')
        : v === null
          ? []
          : [...elements(v)].reverse(),
    ),
  ],
  ['sort/0', unary((v) => sortBy(v, (x) => x))],
  [
    'unique/0',
    unary((v) => sortBy(v, (x) => x).filter((x, i, a) => i === 0 || !equals(x, a[i - 1]!))),
  ],
  ['min/0', unary((v) => sortBy(v, (x) => x)[0] ?? null)],
  ['max/0', unary((v) => sortBy(v, (x) => x).at(-1) ?? null)],
  ['first/0', unary((v) => (Array.isArray(v) ? (v[0] ?? null) : (elements(v)[0] ?? null)))],
  ['last/0', unary((v) => (Array.isArray(v) ? (v.at(-1) ?? null) : null))],
  ['to_entries/0', unary(toEntries)],
  ['from_entries/0', unary(fromEntries)],
  ['tostring/0', unary(tostring)],
  ['tojson/0', unary((v) => printValue(v, { compact: true }))],
  [
    'fromjson/0',
    unary((v) => {
      const parsed = readInputs(needString(v, 'cannot be parsed as JSON'));
      if (!parsed.ok) throw new JqError(`${parsed.error} (while parsing '${v as string}')`);
      return parsed.values[0]?.value ?? null;
    }),
  ],
  [
    'tonumber/0',
    unary((v) => {
      if (typeof v === 'number') return v;
      const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
      if (Number.isNaN(n)) throw new JqError(`Cannot parse '${tostring(v)}' as JSON`);
      return n;
    }),
  ],
  [
    'ascii_downcase/0',
    unary((v) =>
      needString(v, 'cannot be ascii_downcased').replace(/[A-Z]/g, (c) => c.toLowerCase()),
    ),
  ],
  [
    'ascii_upcase/0',
    unary((v) =>
      needString(v, 'cannot be ascii_upcased').replace(/[a-z]/g, (c) => c.toUpperCase()),
    ),
  ],
  ['floor/0', unary((v) => Math.floor(v as number))],
  [
    'has/1',
    withArg((input, key) => {
      if (isObject(input) && typeof key === 'string') return input.has(key);
      if (Array.isArray(input) && typeof key === 'number') return key >= 0 && key < input.length;
      throw new JqError(`Cannot check whether ${typeOf(input)} has a ${typeOf(key)} key`);
    }),
  ],
  [
    'split/1',
    withArg((input, sep) =>
      needString(input, 'cannot be split').split(needString(sep, 'is not a string')),
    ),
  ],
  [
    'join/1',
    withArg((input, sep) =>
      elements(input)
        .map((v) =>
          v === null
            ? ''
            : typeof v === 'string'
              ? v
              : typeof v === 'object'
                ? (() => {
                    throw new JqError(`Cannot join with ${typeOf(v)}`);
                  })()
                : tostring(v),
        )
        .join(needString(sep, 'is not a string')),
    ),
  ],
  [
    'startswith/1',
    withArg((input, s) =>
      needString(input, 'startswith() requires string inputs').startsWith(
        needString(s, 'startswith() requires string inputs'),
      ),
    ),
  ],
  [
    'endswith/1',
    withArg((input, s) =>
      needString(input, 'endswith() requires string inputs').endsWith(
        needString(s, 'endswith() requires string inputs'),
      ),
    ),
  ],
  [
    'ltrimstr/1',
    withArg((input, s) =>
      typeof input === 'string' && typeof s === 'string' && input.startsWith(s)
        ? input.slice(s.length)
        : input,
    ),
  ],
  [
    'rtrimstr/1',
    withArg((input, s) =>
      typeof input === 'string' && typeof s === 'string' && s !== '' && input.endsWith(s)
        ? input.slice(0, -s.length)
        : input,
    ),
  ],
  ['contains/1', withArg((input, b) => contains(input, b))],
  [
    'error/0',
    unary((input) => {
      throw new JqError(typeof input === 'string' ? input : '', input);
    }),
  ],
  [
    'error/1',
    withArg((_input, m) => {
      throw new JqError(typeof m === 'string' ? m : '', m);
    }),
  ],
  [
    'select/1',
    function* (input, [cond], env, evaluate) {
      for (const v of evaluate(cond!, input, env)) if (isTruthy(v)) yield input;
    },
  ],
  [
    'map/1',
    function* (input, [f], env, evaluate) {
      const out: JqValue[] = [];
      for (const item of elements(input)) out.push(...evaluate(f!, item, env));
      yield out;
    },
  ],
  [
    'map_values/1',
    function* (input, [f], env, evaluate) {
      // `.[] |= f`: each value becomes f's first output, or is dropped when f yields nothing.
      const update = (v: JqValue): JqValue[] => {
        for (const out of evaluate(f!, v, env)) return [out];
        return [];
      };
      if (Array.isArray(input)) yield input.flatMap(update);
      else if (isObject(input)) {
        yield new Map(
          [...input].flatMap(([k, v]) => update(v).map((out): [string, JqValue] => [k, out])),
        );
      } else throw new JqError(cannotIterate(input));
    },
  ],
  [
    'sort_by/1',
    function* (input, [f], env, evaluate) {
      yield sortBy(input, (v) => [...evaluate(f!, v, env)]);
    },
  ],
  [
    'group_by/1',
    function* (input, [f], env, evaluate) {
      const sorted = sortBy(input, (v) => [...evaluate(f!, v, env)]);
      const groups: JqValue[][] = [];
      let lastKey: JqValue | undefined;
      for (const v of sorted) {
        const k = [...evaluate(f!, v, env)];
        if (lastKey === undefined || !equals(k, lastKey)) groups.push([]);
        groups.at(-1)!.push(v);
        lastKey = k;
      }
      yield groups;
    },
  ],
  ['any/0', unary((v) => elements(v).some(isTruthy))],
  ['all/0', unary((v) => elements(v).every(isTruthy))],
  [
    'with_entries/1',
    function* (input, [f], env, evaluate) {
      const mapped: JqValue[] = [];
      for (const entry of toEntries(input) as JqValue[]) mapped.push(...evaluate(f!, entry, env));
      yield fromEntries(mapped);
    },
  ],
  [
    'first/1',
    function* (input, [f], env, evaluate) {
      for (const v of evaluate(f!, input, env)) {
        yield v;
        return;
      }
    },
  ],
  [
    'range/1',
    function* (input, [n], env, evaluate) {
      for (const end of evaluate(n!, input, env)) for (let i = 0; i < (end as number); i++) yield i;
    },
  ],
  [
    'range/2',
    function* (input, [a, b], env, evaluate) {
      for (const from of evaluate(a!, input, env))
        for (const to of evaluate(b!, input, env))
          for (let i = from as number; i < (to as number); i++) yield i;
    },
  ],
  [
    'recurse/0',
    function* (input) {
      yield* walk(input);
    },
  ],
  [
    'paths/0',
    function* (input) {
      yield* paths(input, []);
    },
  ],
];

function* walk(value: JqValue): Generator<JqValue> {
  yield value;
  if (Array.isArray(value)) for (const v of value) yield* walk(v);
  else if (isObject(value)) for (const v of value.values()) yield* walk(v);
}

function* paths(value: JqValue, prefix: JqValue[]): Generator<JqValue> {
  const children: [JqValue, JqValue][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : isObject(value)
      ? [...value]
      : [];
  for (const [k, v] of children) {
    yield [...prefix, k];
    yield* paths(v, [...prefix, k]);
  }
}

function contains(a: JqValue, b: JqValue): boolean {
  if (typeOf(a) !== typeOf(b))
    throw new JqError(`${describe(a)} and ${describe(b)} cannot have their containment checked`);
  if (typeof a === 'string') return a.includes(b as string);
  if (Array.isArray(a))
    return (b as JqValue[]).every((x) => a.some((y) => typeOf(x) === typeOf(y) && contains(y, x)));
  if (isObject(a))
    return [...(b as Map<string, JqValue>)].every(([k, v]) => a.has(k) && contains(a.get(k)!, v));
  return equals(a, b);
}

export const BUILTINS: ReadonlyMap<string, Builtin> = new Map(entries);

export function isBuiltin(name: string, arity: number): boolean {
  return BUILTINS.has(`${name}/${arity}`);
}
