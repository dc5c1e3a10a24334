// Go value semantics that templates need, over the JavaScript model of ../go-value.ts:
// fmt's %v printing, template truth, and Go type names for error messages.
import { formatGoDuration, GoDuration } from '../go-duration';
import { GoTime, goTimeString } from '../go-time';
import { formatGoFloat } from '../go-number';
import {
  GoFloat,
  goTypeName,
  isGoMap,
  isGoStruct,
  sortedMapEntries,
  structFields,
} from '../go-value';

/**
 * A nil interface{} read out of a Go map (a JSON null in `docker inspect` raw data). Go's
 * template pipeline turns it into "no value", while a nil struct field prints as <nil>.
 */
export const NIL_INTERFACE: unique symbol = Symbol('nil-interface');

/** A method on template data: a function property, called with the template's arguments. */
export type GoMethod = (...args: unknown[]) => unknown;

export function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

export function isFloat(value: unknown): boolean {
  return value instanceof GoFloat || (typeof value === 'number' && !Number.isInteger(value));
}

export function numberOf(value: unknown): number {
  return value instanceof GoFloat ? value.value : Number(value);
}

export function typeName(value: unknown): string {
  if (value === NIL_INTERFACE) return 'interface {}';
  if (typeof value === 'function') return 'func(...interface {}) interface {}';
  return goTypeName(value);
}

/** fmt's %v of a value (fmt.Sprint of one operand). */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === NIL_INTERFACE) return '<nil>';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : formatGoFloat(value);
  if (value instanceof GoFloat) return formatGoFloat(value.value);
  if (value instanceof GoDuration) return formatGoDuration(value.nanoseconds);
  if (value instanceof GoTime) return goTimeString(value.epochMs);
  if (Array.isArray(value)) return `[${value.map(formatValue).join(' ')}]`;
  if (isGoStruct(value))
    return `{${structFields(value)
      .map(([, v]) => formatValue(v))
      .join(' ')}}`;
  if (isGoMap(value)) {
    const entries = sortedMapEntries(value).map(([k, v]) => `${formatValue(k)}:${formatValue(v)}`);
    return `map[${entries.join(' ')}]`;
  }
  if (typeof value === 'function') return '0x0';
  return String(value);
}

/** Template truth: false, 0, nil and empty strings, slices and maps are false. */
export function isTrue(value: unknown): boolean {
  if (value === undefined || value === null || value === NIL_INTERFACE) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (value instanceof GoFloat) return value.value !== 0;
  if (value instanceof GoDuration) return value.nanoseconds !== 0;
  if (value instanceof GoTime) return true;
  if (typeof value === 'string') return value.length > 0;
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof Map) return value.size > 0;
  if (isGoStruct(value)) return true;
  if (isGoMap(value)) return Object.keys(value).length > 0;
  return true;
}

/** Byte length of a string in UTF-8, as Go's len counts it. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Go's map lookup on a JS map model; `undefined` when the key is absent. */
export function mapGet(
  map: Record<string, unknown> | Map<unknown, unknown>,
  key: unknown,
): unknown {
  if (map instanceof Map) return map.get(key);
  const k = String(key);
  return Object.prototype.hasOwnProperty.call(map, k) ? map[k] : undefined;
}

export function mapSize(map: Record<string, unknown> | Map<unknown, unknown>): number {
  return map instanceof Map ? map.size : Object.keys(map).length;
}

/**
 * The zero value `index` returns for a missing key. Docker's label maps are map[string]string
 * (zero: ""); raw JSON maps are map[string]interface{} (zero: nil). A JS object does not say
 * which it is, so a map whose values are all strings is taken to be map[string]string.
 */
export function mapZeroValue(map: Record<string, unknown> | Map<unknown, unknown>): unknown {
  const values = map instanceof Map ? [...map.values()] : Object.values(map);
  return values.every((v) => typeof v === 'string') ? '' : null;
}
