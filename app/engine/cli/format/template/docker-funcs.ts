// The functions the docker CLI adds to --format templates, and the pass-through versions it
// uses while rendering a table header (so `table {{upper .Names}}` has the header NAMES, not
// an upper-cased field name, and `{{json .Image}}` has the header IMAGE without quotes).
import { goJson } from '../json';
import { fn, FuncError, type FuncMap } from './funcs';

/** strings.Title: upper-case each letter that follows a separator (not letter, digit or _). */
function title(text: string): string {
  let out = '';
  let previous = ' ';
  for (const c of text) {
    const separator =
      !/^[\p{L}\p{Nd}_]$/u.test(previous) && (previous <= '\x7f' || /^\s$/u.test(previous));
    out += separator ? c.toUpperCase() : c;
    previous = c;
  }
  return out;
}

function split(text: string, separator: string): string[] {
  if (separator === '') return [...text];
  return text.split(separator);
}

function repeatSpaces(count: number): string {
  if (count < 0) throw new FuncError('strings: negative Repeat count');
  return ' '.repeat(count);
}

/** Byte-based, as docker's truncate slices a Go string. */
function truncate(text: string, length: number): string {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length < length) return text;
  if (length < 0) throw new FuncError(`slice bounds out of range [:${length}]`);
  return new TextDecoder().decode(bytes.slice(0, length));
}

export const DOCKER_FUNCS: FuncMap = {
  json: fn(['any'], ([v]) => {
    const result = goJson(v, { escapeHtml: false });
    return result.ok ? result.text.trim() : '';
  }),
  split: fn(['string', 'string'], ([s, sep]) => split(String(s), String(sep))),
  join: fn(['strings', 'string'], ([items, sep]) => (items as string[]).join(String(sep))),
  title: fn(['string'], ([s]) => title(String(s))),
  lower: fn(['string'], ([s]) => String(s).toLowerCase()),
  upper: fn(['string'], ([s]) => String(s).toUpperCase()),
  pad: fn(['string', 'int', 'int'], ([s, prefix, suffix]) => {
    return repeatSpaces(Number(prefix)) + String(s) + repeatSpaces(Number(suffix));
  }),
  truncate: fn(['string', 'int'], ([s, n]) => truncate(String(s), Number(n))),
};

const first = ([v]: unknown[]): unknown => v;

/**
 * docker's HeaderFunctions: each returns its first argument unchanged. `pad` is not among them:
 * `table {{pad .Names 1 1}}` pads the NAMES header too (observed with docker 28.2.2).
 */
export const DOCKER_HEADER_FUNCS: FuncMap = {
  json: fn(['string'], first),
  split: fn(['string', 'string'], first),
  join: fn(['string', 'string'], first),
  title: fn(['string'], first),
  lower: fn(['string'], first),
  upper: fn(['string'], first),
  truncate: fn(['string', 'int'], first),
};
