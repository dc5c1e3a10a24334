// Looking up `.Name` on a value, and what `range` iterates over, in Go's terms: a struct field
// or method, a map key (missing: no value, or an error with missingkey=error), or an error.
import { isGoMap, isGoStruct } from '../go-value';
import { formatValue, mapGet, NIL_INTERFACE, typeName, type GoMethod } from './values';

export type Lookup =
  | { kind: 'value'; value: unknown }
  | { kind: 'method'; method: GoMethod }
  | { kind: 'error'; message: string };

export function lookupField(
  receiver: unknown,
  name: string,
  hasArgs: boolean,
  missingKey: 'default' | 'error',
): Lookup {
  const error = (message: string): Lookup => ({ kind: 'error', message });
  if (receiver === undefined) {
    if (missingKey === 'error') return error(`nil data; no entry for key "${name}"`);
    return { kind: 'value', value: undefined };
  }
  if (receiver === NIL_INTERFACE || receiver === null) {
    return error(`nil pointer evaluating interface {}.${name}`);
  }
  const noArgs = `${name} has arguments but cannot be invoked as function`;
  if (isGoStruct(receiver)) {
    if (!Object.prototype.hasOwnProperty.call(receiver, name)) {
      return error(`can't evaluate field ${name} in type ${typeName(receiver)}`);
    }
    const field = receiver[name];
    if (typeof field === 'function') return { kind: 'method', method: field as GoMethod };
    return hasArgs ? error(noArgs) : { kind: 'value', value: field };
  }
  if (isGoMap(receiver)) {
    if (hasArgs) return error(noArgs);
    const value = mapGet(receiver, name);
    if (value === undefined && missingKey === 'error') {
      return error(`map has no entry for key "${name}"`);
    }
    // A nil stored in a map is a nil interface{}: the pipeline turns it into "no value".
    return { kind: 'value', value: value === null ? NIL_INTERFACE : value };
  }
  return error(`can't evaluate field ${name} in type ${typeName(receiver)}`);
}

export type RangeItems =
  { kind: 'items'; items: [unknown, unknown][] } | { kind: 'error'; message: string };

/** What `range` walks: slice elements, map entries by sorted key, 0..n-1 for an int n. */
export function rangeItems(value: unknown, variableCount: number): RangeItems {
  if (Array.isArray(value)) return { kind: 'items', items: value.map((v, i) => [i, v]) };
  if (isGoMap(value)) {
    const entries =
      value instanceof Map
        ? [...value.entries()]
        : Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return { kind: 'items', items: entries };
  }
  if (typeof value === 'number' && Number.isInteger(value)) {
    if (variableCount > 1) {
      return {
        kind: 'error',
        message: `can't use ${value} to iterate over more than one variable`,
      };
    }
    return { kind: 'items', items: Array.from({ length: Math.max(value, 0) }, (_, i) => [i, i]) };
  }
  if (value === undefined || value === null || value === NIL_INTERFACE) {
    return { kind: 'items', items: [] };
  }
  return { kind: 'error', message: `range can't iterate over ${formatValue(value)}` };
}
