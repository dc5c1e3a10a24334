// Go's encoding/json output, which Docker prints in three flavours:
//   - `docker inspect`: indented by 4 spaces, HTML characters left alone;
//   - `{{json .X}}` in --format templates: compact, HTML characters left alone;
//   - `--format json` on list commands (ps, images…): compact and HTML-escaped (<, >, & become
//     \u003c, \u003e, \u0026), because those rows go through json.Marshal.
// Go always escapes U+2028 and U+2029, writes \b \f \n \r \t and \u00XX for other control
// characters, sorts map keys and keeps struct fields in order (see go-value.ts).
import { GoDuration } from './go-duration';
import { GoTime, rfc3339Nano } from './go-time';
import { formatJsonFloat } from './go-number';
import {
  GoFloat,
  isGoMap,
  isGoNil,
  isGoStruct,
  omittedInJson,
  sortedMapEntries,
  structFields,
} from './go-value';

export interface GoJsonOptions {
  /** Escape <, > and & as json.Marshal does (default true, as in Go). */
  escapeHtml?: boolean;
  /** MarshalIndent's indent; '' or absent for compact output. */
  indent?: string;
  prefix?: string;
}

export type GoJsonResult = { ok: true; text: string } | { ok: false; error: string };

const SHORT: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};
const HTML = new Set(['<', '>', '&']);

function u4(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** A Go JSON string literal. */
export function goJsonString(text: string, escapeHtml = true): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const short = SHORT[ch];
    if (short !== undefined) out += short;
    else if (code < 0x20) out += u4(code);
    else if (escapeHtml && HTML.has(ch)) out += u4(code);
    else if (code === 0x2028 || code === 0x2029) out += u4(code);
    else if (code >= 0xd800 && code <= 0xdfff)
      out += '\\ufffd'; // a lone surrogate: invalid UTF-8
    else out += ch;
  }
  return `${out}"`;
}

class UnsupportedValue extends Error {}

function encodeNumber(value: number, isFloat: boolean): string {
  if (!Number.isFinite(value)) {
    const name = Number.isNaN(value) ? 'NaN' : value > 0 ? '+Inf' : '-Inf';
    throw new UnsupportedValue(`json: unsupported value: ${name}`);
  }
  if (!isFloat && Number.isInteger(value)) return Object.is(value, -0) ? '0' : String(value);
  return formatJsonFloat(value);
}

function keyText(key: unknown): string {
  return typeof key === 'string' ? key : String(key);
}

function encode(value: unknown, opts: Required<GoJsonOptions>, depth: number): string {
  if (value === null || value === undefined || isGoNil(value)) return 'null';
  if (typeof value === 'string') return goJsonString(value, opts.escapeHtml);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return encodeNumber(value, false);
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof GoFloat) return encodeNumber(value.value, true);
  if (value instanceof GoDuration) return encodeNumber(Math.round(value.nanoseconds), false);
  if (value instanceof GoTime) return goJsonString(rfc3339Nano(value.epochMs), opts.escapeHtml);
  const newline = opts.indent === '' ? '' : `\n${opts.prefix}`;
  const inner = newline + opts.indent.repeat(depth + 1);
  const outer = newline + opts.indent.repeat(depth);
  const colon = opts.indent === '' ? ':' : ': ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => inner + encode(item, opts, depth + 1));
    return `[${items.join(',')}${outer}]`;
  }
  let entries: [unknown, unknown][];
  // A row's methods (`{{.Label "x"}}` of ps) ride along as functions: Go never marshals methods.
  if (isGoStruct(value))
    entries = structFields(value).filter(
      ([k, v]) => typeof v !== 'function' && !omittedInJson(value, k),
    );
  else if (isGoMap(value)) entries = sortedMapEntries(value);
  else throw new UnsupportedValue(`json: unsupported type: ${typeof value}`);
  if (entries.length === 0) return '{}';
  const fields = entries.map(
    ([key, item]) =>
      inner + goJsonString(keyText(key), opts.escapeHtml) + colon + encode(item, opts, depth + 1),
  );
  return `{${fields.join(',')}${outer}}`;
}

/** json.Marshal / json.MarshalIndent of a value described as in go-value.ts. */
export function goJson(value: unknown, options: GoJsonOptions = {}): GoJsonResult {
  const opts = {
    escapeHtml: options.escapeHtml ?? true,
    indent: options.indent ?? '',
    prefix: options.prefix ?? '',
  };
  try {
    return { ok: true, text: encode(value, opts, 0) };
  } catch (e) {
    if (e instanceof UnsupportedValue) return { ok: false, error: e.message };
    throw e;
  }
}

/**
 * The body of `docker inspect` with no --format: the objects in a JSON array, 4-space indent,
 * no HTML escaping, and a final newline. An empty result prints `[]`.
 */
export function dockerInspectJson(objects: readonly unknown[]): GoJsonResult {
  const result = goJson(objects, { escapeHtml: false, indent: '    ' });
  return result.ok ? { ok: true, text: `${result.text}\n` } : result;
}
