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

// jq 1.7.1's default JQ_COLORS: "0;90:0;37:0;37:0;37:0;32:1;37:1;37:34;1".
const COLORS: Record<string, string> = {
  null: '0;90',
  false: '0;37',
  true: '0;37',
  number: '0;37',
  string: '0;32',
  array: '1;37',
  object: '1;37',
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

function scalar(value: JqValue, opts: PrintOptions): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return formatNumber(value);
  return jqString(value as string, opts.asciiOutput);
}

/**
 * jq's dump: each value starts in its colour and ends with a reset; inside containers the
 * container colour is re-applied after every element and before the closing bracket, and an
 * object key is reset, painted in the key colour, then followed by the ':' in object colour.
 */
function write(value: JqValue, opts: PrintOptions, depth: number): string {
  const type = typeOf(value);
  const kind = typeof value === 'boolean' ? String(value) : type;
  const color = opts.color ? `${ESC}${COLORS[kind]}m` : '';
  const reset = opts.color ? `${ESC}0m` : '';
  if (type !== 'array' && type !== 'object') return color + scalar(value, opts) + reset;
  const unit = opts.tab ? '\t' : ' '.repeat(opts.indent ?? 2);
  const pretty = !opts.compact && unit !== '';
  const inner = pretty ? `\n${unit.repeat(depth + 1)}` : '';
  const outer = pretty ? `\n${unit.repeat(depth)}` : '';
  if (Array.isArray(value)) {
    if (value.length === 0) return `${color}[]${reset}`;
    let out = `${color}[`;
    value.forEach((item, i) => {
      if (i > 0) out += ',';
      out += inner + write(item, opts, depth + 1) + color;
    });
    return `${out}${outer}${color}]${reset}`;
  }
  const entries = [...(value as Map<string, JqValue>).entries()];
  if (entries.length === 0) return `${color}{}${reset}`;
  if (opts.sortKeys) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const keyColor = opts.color ? `${ESC}${COLORS.key}m` : '';
  let out = `${color}{${inner}`;
  entries.forEach(([key, item], i) => {
    if (i > 0) out += `,${inner}`;
    out += `${reset}${keyColor}${jqString(key, opts.asciiOutput)}${reset}`;
    out += `${color}:${pretty ? ' ' : ''}${reset}`;
    out += write(item, opts, depth + 1) + color;
  });
  return `${out}${outer}${color}}${reset}`;
}

/** One output value (without the newline jq adds after it). */
export function printValue(value: JqValue, opts: PrintOptions = {}): string {
  return write(value, opts, 0);
}
