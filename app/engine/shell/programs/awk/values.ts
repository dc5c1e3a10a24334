/**
 * awk's values: numbers, strings, "strnums" (text from input — fields, getline, split, -v,
 * ENVIRON — that compares as a number when it looks like one) and the uninitialised value
 * (both "" and 0). Comparison is numeric when both sides are numeric, else by string.
 */
import { formatG, sprintf } from './format';

export class Strnum {
  constructor(readonly s: string) {}
}

/** `undefined` is an uninitialised variable or element. */
export type Value = number | string | Strnum | undefined;

const NUMERIC =
  /^[ \t\n\r\f\v]*[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?[ \t\n\r\f\v]*$/;
const PREFIX =
  /^[ \t\n\r\f\v]*([-+]?)(0[xX][0-9a-fA-F]+|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?)/;

/** The number at the start of a string, as strtod reads it ("3abc" is 3, "abc" is 0). */
export function strToNum(s: string): number {
  const m = PREFIX.exec(s);
  if (!m) return 0;
  const body = m[2] as string;
  const n = /^0[xX]/.test(body) ? parseInt(body, 16) : Number(body);
  return m[1] === '-' ? -n : n;
}

export function looksNumeric(s: string): boolean {
  return NUMERIC.test(s);
}

export function toNum(v: Value): number {
  if (typeof v === 'number') return v;
  if (v === undefined) return 0;
  return strToNum(typeof v === 'string' ? v : v.s);
}

/** How numbers become strings: which awk, and the format for non-integers. */
export interface NumberStyle {
  /** mawk prints integers as integers only within 32-bit range; BusyBox within 64-bit. */
  intLimit: number;
  format: string;
}

export function numToStr(n: number, style: NumberStyle): string {
  if (Number.isInteger(n) && n > -style.intLimit && n < style.intLimit)
    return Object.is(n, -0) ? '-0' : String(n);
  if (!Number.isFinite(n)) return Number.isNaN(n) ? '-nan' : n > 0 ? 'inf' : '-inf';
  if (style.format === '%.6g') return formatG(n, 6);
  return sprintf(style.format, [{ num: () => n, str: () => String(n), isNumber: () => true }]);
}

export function toStr(v: Value, style: NumberStyle): string {
  if (typeof v === 'number') return numToStr(v, style);
  if (v === undefined) return '';
  return typeof v === 'string' ? v : v.s;
}

export function toBool(v: Value): boolean {
  if (typeof v === 'number') return v !== 0;
  if (v === undefined) return false;
  if (typeof v === 'string') return v !== '';
  return looksNumeric(v.s) ? strToNum(v.s) !== 0 : v.s !== '';
}

function isNumeric(v: Value): boolean {
  return typeof v === 'number' || v === undefined || (v instanceof Strnum && looksNumeric(v.s));
}

/** -1, 0 or 1: numerically when both are numeric, else as strings (byte order). */
export function compareValues(a: Value, b: Value, style: NumberStyle): number {
  if (isNumeric(a) && isNumeric(b)) {
    const x = toNum(a);
    const y = toNum(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = toStr(a, style);
  const y = toStr(b, style);
  return x < y ? -1 : x > y ? 1 : 0;
}
