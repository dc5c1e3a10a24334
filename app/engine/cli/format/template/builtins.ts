// Go text/template's predefined functions (`and` and `or` short-circuit, so the executor runs
// them itself; they are listed here so the parser knows them).
import { isGoMap } from '../go-value';
import { fn, FuncError, type FuncMap } from './funcs';
import { sprint, sprintf, sprintln } from './printf';
import {
  isFloat,
  isInt,
  isTrue,
  mapGet,
  mapSize,
  mapZeroValue,
  NIL_INTERFACE,
  numberOf,
  typeName,
  utf8Length,
} from './values';

type Kind = 'bool' | 'int' | 'float' | 'string' | 'other' | 'invalid';

function basicKind(value: unknown): Kind {
  if (value === undefined || value === NIL_INTERFACE) return 'invalid';
  if (typeof value === 'boolean') return 'bool';
  if (isFloat(value)) return 'float';
  if (isInt(value)) return 'int';
  if (typeof value === 'string') return 'string';
  return 'other';
}

function eq(args: unknown[]): boolean {
  const [a, ...rest] = args;
  if (rest.length === 0) throw new FuncError('missing argument for comparison');
  const k1 = basicKind(a);
  for (const b of rest) {
    const k2 = basicKind(b);
    if (k1 !== k2) {
      if (k1 !== 'invalid' && k2 !== 'invalid')
        throw new FuncError('incompatible types for comparison');
      continue;
    }
    if (k1 === 'other') {
      if (a === null || b === null) {
        if (a === b) return true;
        continue;
      }
      throw new FuncError(`non-comparable type ${typeName(a)}`);
    }
    if (k1 === 'float' || k1 === 'int' ? numberOf(a) === numberOf(b) : a === b) return true;
  }
  return false;
}

function lessThan(a: unknown, b: unknown): boolean {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 === 'bool' || k1 === 'other' || k1 === 'invalid') {
    throw new FuncError('invalid type for comparison');
  }
  if (k1 !== k2) throw new FuncError('incompatible types for comparison');
  if (k1 === 'string') return (a as string) < (b as string);
  return numberOf(a) < numberOf(b);
}

function length(value: unknown): number {
  if (value === undefined || value === NIL_INTERFACE) throw new FuncError('len of untyped nil');
  if (value === null) throw new FuncError('len of nil pointer');
  if (typeof value === 'string') return utf8Length(value);
  if (Array.isArray(value)) return value.length;
  if (isGoMap(value)) return mapSize(value);
  throw new FuncError(`len of type ${typeName(value)}`);
}

function indexArg(index: unknown, size: number): number {
  if (index === null || index === undefined)
    throw new FuncError('cannot index slice/array with nil');
  if (!isInt(index)) throw new FuncError(`cannot index slice/array with type ${typeName(index)}`);
  if (index < 0 || index >= size) throw new FuncError(`index out of range: ${index}`);
  return index;
}

function index(args: unknown[]): unknown {
  let [item] = args;
  if (item === undefined || item === NIL_INTERFACE) throw new FuncError('index of untyped nil');
  for (const key of args.slice(1)) {
    if (item === null) throw new FuncError('index of nil pointer');
    if (typeof item === 'string') {
      const bytes = new TextEncoder().encode(item);
      item = bytes[indexArg(key, bytes.length)];
    } else if (Array.isArray(item)) {
      item = item[indexArg(key, item.length)];
    } else if (isGoMap(item)) {
      if (typeof key !== 'string' && !(item instanceof Map)) {
        throw new FuncError(`value has type ${typeName(key)}; should be string`);
      }
      const found = mapGet(item, key);
      item = found === undefined ? mapZeroValue(item) : found;
    } else {
      throw new FuncError(`can't index item of type ${typeName(item)}`);
    }
  }
  return item;
}

function sliceOf(args: unknown[]): unknown {
  const [item, ...indexes] = args;
  if (typeof item !== 'string' && !Array.isArray(item)) {
    throw new FuncError(`can't slice item of type ${typeName(item)}`);
  }
  if (indexes.length > 3) throw new FuncError(`too many slice indexes: ${indexes.length}`);
  const size = typeof item === 'string' ? utf8Length(item) : item.length;
  const bounds = indexes.map((i) => {
    if (!isInt(i)) throw new FuncError(`cannot index slice/array with type ${typeName(i)}`);
    if (i < 0 || i > size) throw new FuncError(`index out of range: ${i}`);
    return i;
  });
  const [from = 0, to = size] = bounds;
  if (from > to) throw new FuncError(`invalid slice index: ${from} > ${to}`);
  if (typeof item === 'string') {
    return new TextDecoder().decode(new TextEncoder().encode(item).slice(from, to));
  }
  return item.slice(from, to);
}

/** The single string argument, or fmt.Sprint of them all (Go's evalArgs for html/js/urlquery). */
function textOf(args: unknown[]): string {
  return args.length === 1 && typeof args[0] === 'string' ? args[0] : sprint(args);
}

function htmlEscape(args: unknown[]): string {
  const map: Record<string, string> = {
    '<': '&lt;',
    '>': '&gt;',
    '&': '&amp;',
    "'": '&#39;',
    '"': '&#34;',
    '\0': '\ufffd',
  };
  return textOf(args).replace(/[<>&'"\0]/g, (c) => map[c] ?? c);
}

function jsEscape(args: unknown[]): string {
  let out = '';
  for (const c of textOf(args)) {
    const cp = c.codePointAt(0) ?? 0;
    if (c === '\\' || c === "'" || c === '"') out += `\\${c}`;
    else if ('<>&='.includes(c) || cp < 0x20)
      out += `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += c;
  }
  return out;
}

function urlQueryEscape(args: unknown[]): string {
  return encodeURIComponent(textOf(args))
    .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%7E/g, '~')
    .replace(/%20/g, '+');
}

export const BUILTINS: FuncMap = {
  and: fn(['any'], () => undefined, 'any'),
  or: fn(['any'], () => undefined, 'any'),
  not: fn(['any'], ([v]) => !isTrue(v)),
  len: fn(['any'], ([v]) => length(v)),
  index: fn(['any'], index, 'any'),
  slice: fn(['any'], sliceOf, 'any'),
  print: fn([], (args) => sprint(args), 'any'),
  printf: fn(['string'], ([format, ...rest]) => sprintf(String(format), rest), 'any'),
  println: fn([], (args) => sprintln(args), 'any'),
  html: fn([], htmlEscape, 'any'),
  js: fn([], jsEscape, 'any'),
  urlquery: fn([], urlQueryEscape, 'any'),
  eq: fn(['any'], eq, 'any'),
  ne: fn(['any', 'any'], ([a, b]) => !eq([a, b])),
  lt: fn(['any', 'any'], ([a, b]) => lessThan(a, b)),
  le: fn(['any', 'any'], ([a, b]) => lessThan(a, b) || eq([a, b])),
  gt: fn(['any', 'any'], ([a, b]) => !lessThan(a, b) && !eq([a, b])),
  ge: fn(['any', 'any'], ([a, b]) => !lessThan(a, b)),
};
