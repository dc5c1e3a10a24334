// jq's runtime error texts, which quote values in a shortened dump ("Cannot iterate over
// string ("abcdefghij...)").
import { printValue } from './print';
import { typeOf, type JqValue } from './values';

/** jq dumps a value into an 11-character budget plus "..." when it is longer. */
export function dumpShort(value: JqValue): string {
  const text = printValue(value, { compact: true });
  return text.length > 14 ? `${text.slice(0, 11)}...` : text;
}

/** "number (5)", "null (null)". */
export function describe(value: JqValue): string {
  return `${typeOf(value)} (${dumpShort(value)})`;
}

export function cannotIndex(target: JqValue, key: JqValue): string {
  const what = typeof key === 'string' ? `"${key}"` : typeOf(key);
  return `Cannot index ${typeOf(target)} with ${what}`;
}

export function cannotIterate(value: JqValue): string {
  return `Cannot iterate over ${describe(value)}`;
}
