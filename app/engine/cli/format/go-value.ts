// How plain JavaScript data stands for Go values in templates and JSON output.
//
//   Go                          JavaScript
//   struct (fields in order)    an object made with goStruct('types.Container', {...})
//   map[string]T (sorted keys)  any other plain object, or a Map
//   slice / array               an array
//   nil pointer / interface     null or undefined
//   nil slice, nil map          goNilSlice(), goNilMap(): print [] and map[], JSON null
//   string, bool                string, boolean
//   int                         a number that is an integer
//   float64                     a non-integer number, or goFloat(x) for an integral float64
//   time.Duration               goDuration(ns) (go-duration.ts): prints `1m30s`, JSON an integer
//
// The difference between a struct and a map shows in Docker's output: a struct prints as
// `{v1 v2}` and a missing field is an error, a map prints as `map[k:v]` with sorted keys and
// a missing key is `<no value>`; JSON keeps struct field order but sorts map keys.

import { GoDuration } from './go-duration';
import { GoTime } from './go-time';

export const GO_TYPE: unique symbol = Symbol('go-type');
/** Fields tagged `json:",omitempty"`: left out of JSON when empty. */
export const GO_OMIT_EMPTY: unique symbol = Symbol('go-omit-empty');

export interface GoStruct {
  readonly [GO_TYPE]: string;
  readonly [field: string]: unknown;
}

export interface GoStructOptions {
  /** Fields whose JSON tag has omitempty. */
  omitEmpty?: readonly string[];
}

/** Marks an object as a Go struct named `typeName` (as Go prints it, e.g. `types.Container`). */
export function goStruct<T extends object>(
  typeName: string,
  fields: T,
  options: GoStructOptions = {},
): T & GoStruct {
  const marks = { [GO_TYPE]: typeName, [GO_OMIT_EMPTY]: options.omitEmpty ?? [] };
  return Object.assign(Object.create(null) as object, fields, marks) as T & GoStruct;
}

/** Whether JSON leaves this struct field out: omitempty and an empty value. */
export function omittedInJson(struct: GoStruct, field: string): boolean {
  const omit = (struct as { [GO_OMIT_EMPTY]?: readonly string[] })[GO_OMIT_EMPTY] ?? [];
  if (!omit.includes(field)) return false;
  const value = struct[field];
  if (value === null || value === undefined || value === false || value === 0 || value === '') {
    return true;
  }
  if (Array.isArray(value)) return value.length === 0;
  if (value instanceof Map) return value.size === 0;
  if (value instanceof GoFloat) return value.value === 0;
  if (value instanceof GoDuration) return value.nanoseconds === 0;
  // Go's omitempty never leaves out a struct, time.Time included.
  if (value instanceof GoTime) return false;
  if (typeof value === 'object' && !isGoStruct(value)) return Object.keys(value).length === 0;
  return false;
}

const GO_NIL: unique symbol = Symbol('go-nil');

/**
 * A nil slice: prints `[]` in templates (length 0, nothing to range over) but encodes as JSON
 * `null`, as `{{.HostConfig.Binds}}` and `{{json .HostConfig.Binds}}` show.
 */
export function goNilSlice<T = unknown>(): T[] {
  return Object.freeze(Object.assign([] as T[], { [GO_NIL]: true })) as T[];
}

/** A nil map: prints `map[]` in templates, encodes as JSON `null`. */
export function goNilMap(): Record<string, never> {
  return Object.freeze({ [GO_NIL]: true }) as unknown as Record<string, never>;
}

/** Whether a value is a nil slice or map made by goNilSlice / goNilMap. */
export function isGoNil(value: unknown): boolean {
  return typeof value === 'object' && value !== null && GO_NIL in value;
}

/** A float64 whose value happens to be integral, such as 4261550 decoded from raw JSON. */
export class GoFloat {
  constructor(readonly value: number) {}
}

export function goFloat(value: number): GoFloat {
  return new GoFloat(value);
}

export function isGoStruct(value: unknown): value is GoStruct {
  return typeof value === 'object' && value !== null && GO_TYPE in value;
}

/** A plain object (not a struct, array, Map or GoFloat) standing for a Go map. */
export function isGoMap(value: unknown): value is Record<string, unknown> | Map<unknown, unknown> {
  if (value instanceof Map) return true;
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value) || value instanceof GoFloat || isGoStruct(value)) return false;
  if (value instanceof GoDuration || value instanceof GoTime) return false;
  return true;
}

/** Entries of a Go map in Go's printing order (keys sorted). */
export function sortedMapEntries(
  map: Record<string, unknown> | Map<unknown, unknown>,
): [unknown, unknown][] {
  const entries: [unknown, unknown][] =
    map instanceof Map ? [...map.entries()] : Object.entries(map);
  return entries.sort(([a], [b]) => compareKeys(a, b));
}

function compareKeys(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Fields of a Go struct in declaration order. */
export function structFields(value: GoStruct): [string, unknown][] {
  return Object.keys(value).map((key) => [key, value[key]]);
}

/** The Go type name of a value, for error messages ("can't evaluate field X in type T"). */
export function goTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'interface {}';
  if (isGoStruct(value)) return value[GO_TYPE];
  if (value instanceof GoFloat) return 'float64';
  if (value instanceof GoDuration) return 'time.Duration';
  if (value instanceof GoTime) return 'time.Time';
  if (Array.isArray(value)) return '[]interface {}';
  if (isGoMap(value)) return 'map[string]interface {}';
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'number':
      return Number.isInteger(value) ? 'int' : 'float64';
    default:
      return 'interface {}';
  }
}
