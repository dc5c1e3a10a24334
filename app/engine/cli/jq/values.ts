// jq's values: JSON, with objects as Maps so key order is kept exactly as read (a JS object
// would move integer-like keys such as "10" to the front).

export type JqValue = null | boolean | number | string | JqValue[] | JqObject;
export type JqObject = Map<string, JqValue>;

export class JqError extends Error {
  /** The value passed to error(...), when it was not a string. */
  constructor(
    message: string,
    readonly value?: JqValue,
  ) {
    super(message);
  }
}

export function isObject(value: JqValue): value is JqObject {
  return value instanceof Map;
}

export type JqType = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

export function typeOf(value: JqValue): JqType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Map) return 'object';
  return typeof value as 'boolean' | 'number' | 'string';
}

/** jq's number text: shortest digits, C-style two-digit exponents (1e-07). */
export function formatNumber(n: number): string {
  if (Number.isNaN(n)) return 'null';
  if (!Number.isFinite(n)) return n > 0 ? '1.7976931348623157e+308' : '-1.7976931348623157e+308';
  if (Object.is(n, -0)) return '-0';
  return String(n).replace(/e([+-])(\d)$/, 'e$10$2');
}

export function isTruthy(value: JqValue): boolean {
  return value !== null && value !== false;
}

const TYPE_ORDER: JqType[] = ['null', 'boolean', 'number', 'string', 'array', 'object'];

/** jq's total order: null < false < true < numbers < strings < arrays < objects. */
export function compare(a: JqValue, b: JqValue): number {
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (ta !== tb) return TYPE_ORDER.indexOf(ta) - TYPE_ORDER.indexOf(tb);
  if (ta === 'boolean') return Number(a) - Number(b);
  if (ta === 'number') return (a as number) - (b as number);
  if (ta === 'string') return a! < b! ? -1 : a! > b! ? 1 : 0;
  if (ta === 'array') {
    const x = a as JqValue[];
    const y = b as JqValue[];
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const c = compare(x[i]!, y[i]!);
      if (c !== 0) return c;
    }
    return x.length - y.length;
  }
  if (ta === 'object') {
    const x = a as JqObject;
    const y = b as JqObject;
    const keys = compare([...x.keys()].sort(), [...y.keys()].sort());
    if (keys !== 0) return keys;
    for (const key of [...x.keys()].sort()) {
      const c = compare(x.get(key)!, y.get(key)!);
      if (c !== 0) return c;
    }
  }
  return 0;
}

export function equals(a: JqValue, b: JqValue): boolean {
  return compare(a, b) === 0;
}

/** Converts parsed JavaScript JSON (objects as plain objects) into jq values. */
export function fromJs(value: unknown): JqValue {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(fromJs);
  if (typeof value === 'object') {
    return new Map(Object.entries(value as object).map(([k, v]) => [k, fromJs(v)]));
  }
  return value as JqValue;
}
