// jq's output: pretty-printed with two spaces by default (jq 1.7), compact with -c, raw strings
// with -r, sorted keys with -S, and ANSI colours with -C (jq 1.7.1's default palette).
import { formatNumber, typeOf, type JqValue } from './values';

export interface PrintOptions {
  compact?: boolean;
  indent?: number;
  tab?: boolean;
  sortKeys?: boolean;
  color?: boolean;
  asciiOutput?: boolean;
}

const COLORS: Record<string, string> = {
  null: '0;90',
  false: '0;39',
  true: '0;39',
  number: '0;39',
  string: '0;32',
  array: '1;39',
  object: '1;39',
  key: '34;1',
};
const ESC = '\x1b[';

/** A JSON string literal as jq writes it. */
export function jqString(text: string, ascii = false): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else if (ascii && code > 0x7e) {
      if (code > 0xffff) {
        const hi = Math.floor((code - 0x10000) / 0x400) + 0xd800;
        const lo = ((code - 0x10000) % 0x400) + 0xdc00;
        out += `\\u${hi.toString(16)}\\u${lo.toString(16)}`;
      } else out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}

function paint(text: string, kind: string, opts: PrintOptions): string {
  return opts.color ? `${ESC}${COLORS[kind]}m${text}${ESC}0m` : text;
}

function write(value: JqValue, opts: PrintOptions, depth: number): string {
  const type = typeOf(value);
  if (value === null) return paint('null', 'null', opts);
  if (typeof value === 'boolean') return paint(String(value), String(value), opts);
  if (typeof value === 'number') return paint(formatNumber(value), 'number', opts);
  if (typeof value === 'string') return paint(jqString(value, opts.asciiOutput), 'string', opts);
  const unit = opts.tab ? '\t' : ' '.repeat(opts.indent ?? 2);
  const pretty = !opts.compact && unit !== '';
  const nl = pretty ? `\n${unit.repeat(depth + 1)}` : '';
  const end = pretty ? `\n${unit.repeat(depth)}` : '';
  const color = opts.color ? `${ESC}${COLORS[type]}m` : '';
  const reset = opts.color ? `${ESC}0m` : '';
  const open = (c: string) => `${color}${c}`;
  const close = (c: string) => `${color}${c}${reset}`;
  const sep = opts.color ? `${color},${reset}` : ',';
  if (Array.isArray(value)) {
    if (value.length === 0) return `${color}[]${reset}`;
    const items = value.map((v) => nl + write(v, opts, depth + 1) + (opts.color ? color : ''));
    return `${open('[')}${opts.color ? reset : ''}${items.join(sep)}${end}${close(']')}`;
  }
  const entries = [...(value as Map<string, JqValue>).entries()];
  if (entries.length === 0) return `${color}{}${reset}`;
  if (opts.sortKeys) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const colon = pretty ? ': ' : ':';
  const fields = entries.map(([k, v]) => {
    const key = opts.color
      ? `${ESC}${COLORS.key}m${jqString(k, opts.asciiOutput)}${reset}${color}${colon}${reset}`
      : jqString(k, opts.asciiOutput) + colon;
    return nl + key + write(v, opts, depth + 1) + (opts.color ? color : '');
  });
  return `${open('{')}${opts.color ? reset : ''}${fields.join(sep)}${end}${close('}')}`;
}

/** One output value (without the newline jq adds after it). */
export function printValue(value: JqValue, opts: PrintOptions = {}): string {
  return write(value, opts, 0);
}
