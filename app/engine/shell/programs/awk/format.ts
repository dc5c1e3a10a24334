/**
 * C's printf conversions as awk uses them: for printf/sprintf, and for turning numbers into
 * strings (CONVFMT and OFMT are "%.6g"). `%c` prints a number as the character of that code
 * and a string's first character; `%d` truncates toward zero.
 */

export interface FormatArg {
  num(): number;
  str(): string;
  /** The argument was a number (not a string), for %c. */
  isNumber(): boolean;
}

const DIRECTIVE = /%([-+ #0]*)(\*|[0-9]+)?(?:\.(\*|[0-9]*))?([a-zA-Z%])/y;

function pad(text: string, flags: string, width: number | undefined, numeric: boolean): string {
  if (width === undefined || text.length >= width) return text;
  if (flags.includes('-')) return text.padEnd(width);
  if (numeric && flags.includes('0') && /^[-+ ]?[0-9a-fA-FxX.]/.test(text)) {
    const sign = /^[-+ ]/.test(text) ? (text[0] as string) : '';
    const prefix = /^[-+ ]?0[xX]/.test(text) ? text.slice(sign.length, sign.length + 2) : '';
    const rest = text.slice(sign.length + prefix.length);
    return sign + prefix + rest.padStart(width - sign.length - prefix.length, '0');
  }
  return text.padStart(width);
}

function nonFinite(value: number): string | undefined {
  if (Number.isNaN(value)) return '-nan';
  if (value === Infinity) return 'inf';
  if (value === -Infinity) return '-inf';
  return undefined;
}

function exponential(value: number, precision: number): string {
  return value.toExponential(precision).replace(/e([+-])(\d)$/, 'e$10$2');
}

/** C's %g: the shorter of %e and %f, trailing zeros removed (unless `alt`). */
export function formatG(value: number, precision: number, alt = false): string {
  const special = nonFinite(value);
  if (special) return special;
  const p = precision === 0 ? 1 : precision;
  if (value === 0) return alt ? (0).toFixed(p - 1) : Object.is(value, -0) ? '-0' : '0';
  const exp = Math.floor(Math.log10(Math.abs(Number(value.toPrecision(p)))));
  let text =
    exp < -4 || exp >= p ? exponential(value, p - 1) : value.toFixed(Math.max(0, p - 1 - exp));
  if (!alt) {
    if (text.includes('e')) text = text.replace(/\.?0+e/, 'e');
    else if (text.includes('.')) text = text.replace(/\.?0+$/, '');
  }
  return text;
}

function formatFloat(
  conv: string,
  value: number,
  flags: string,
  precision: number | undefined,
): string {
  const p = precision ?? 6;
  let text = nonFinite(value);
  if (text === undefined) {
    if (conv === 'f' || conv === 'F') text = value.toFixed(Math.min(p, 100));
    else if (conv === 'e' || conv === 'E') text = exponential(value, Math.min(p, 100));
    else text = formatG(value, Math.min(p, 100), flags.includes('#'));
  }
  if (conv === 'E' || conv === 'G') text = text.toUpperCase();
  if (!text.startsWith('-')) {
    if (flags.includes('+')) text = '+' + text;
    else if (flags.includes(' ')) text = ' ' + text;
  }
  return text;
}

function formatInt(
  conv: string,
  value: number,
  flags: string,
  precision: number | undefined,
): string {
  const special = nonFinite(value);
  if (special) return special;
  let n = BigInt(Math.trunc(Math.max(Math.min(value, 9.2e18), -9.2e18)));
  if (conv !== 'd' && conv !== 'i' && n < 0n) n = BigInt.asUintN(64, n);
  const base = conv === 'o' ? 8 : conv === 'x' || conv === 'X' ? 16 : 10;
  const negative = n < 0n;
  let digits = (negative ? -n : n).toString(base);
  if (precision !== undefined)
    digits = precision === 0 && n === 0n ? '' : digits.padStart(precision, '0');
  if (conv === 'X') digits = digits.toUpperCase();
  if (flags.includes('#') && n !== 0n) {
    if (base === 16) digits = (conv === 'X' ? '0X' : '0x') + digits;
    if (base === 8) digits = '0' + digits;
  }
  const sign = negative ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  return sign + digits;
}

/** sprintf(format, args...): unknown conversions are copied as they are. */
export function sprintf(format: string, args: readonly FormatArg[]): string {
  let out = '';
  let next = 0;
  const take = (): FormatArg | undefined => args[next++];
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] as string;
    if (ch !== '%') {
      out += ch;
      continue;
    }
    DIRECTIVE.lastIndex = i;
    const m = DIRECTIVE.exec(format);
    if (!m) {
      out += ch;
      continue;
    }
    const conv = m[4] as string;
    if (conv === '%') {
      out += '%';
      i += m[0].length - 1;
      continue;
    }
    if (!'cdiouxXeEfFgGs'.includes(conv)) {
      out += m[0];
      i += m[0].length - 1;
      continue;
    }
    i += m[0].length - 1;
    let flags = m[1] ?? '';
    let width = m[2] === '*' ? Math.trunc(take()?.num() ?? 0) : m[2] ? Number(m[2]) : undefined;
    if (width !== undefined && width < 0) {
      flags += '-';
      width = -width;
    }
    const precisionArg = m[3] === '*' ? Math.trunc(take()?.num() ?? 0) : undefined;
    const precision =
      m[3] === undefined
        ? undefined
        : m[3] === '*'
          ? Math.max(0, precisionArg ?? 0)
          : Number(m[3] || '0');
    width = width === undefined ? undefined : Math.min(width, 100_000);
    const arg = take();
    switch (conv) {
      case 's': {
        const text = arg?.str() ?? '';
        out += pad(precision !== undefined ? text.slice(0, precision) : text, flags, width, false);
        break;
      }
      case 'c': {
        let text: string;
        if (arg?.isNumber()) {
          const code = Math.trunc(arg.num());
          text = code > 0 && code < 0x110000 ? String.fromCodePoint(code) : code === 0 ? '\0' : '';
        } else text = (arg?.str() ?? '').slice(0, 1);
        out += pad(text, flags, width, false);
        break;
      }
      case 'd':
      case 'i':
      case 'o':
      case 'u':
      case 'x':
      case 'X':
        out += pad(
          formatInt(conv, arg?.num() ?? 0, flags, precision),
          precision !== undefined ? flags.replace('0', '') : flags,
          width,
          true,
        );
        break;
      default:
        out += pad(formatFloat(conv, arg?.num() ?? 0, flags, precision), flags, width, true);
    }
  }
  return out;
}
