/**
 * printf(1) formatting, shared by the shell builtin and /usr/bin/printf: conversions
 * %s %b %c %d %i %u %o %x %X %e %f %g %%, flags, width and precision (also `*`), escapes
 * in the format, and reuse of the format while arguments remain. Problems come back as data
 * so each shell and tool words them its own way.
 */

export type PrintfProblem =
  { kind: 'number'; arg: string } | { kind: 'directive'; directive: string };

export interface PrintfResult {
  output: string;
  problems: PrintfProblem[];
  /** A `%z`-style directive stops printf at once (status 1 or 2). */
  fatal: boolean;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
};

/**
 * The escape starting at `text[i]` (a backslash). Formats take `\NNN` octal; echo and %b take
 * `\0NNN`. `\c` (not in formats) stops all further output.
 */
function escapeAt(
  text: string,
  i: number,
  mode: 'format' | 'b' | 'echo',
): { out: string; end: number; stop: boolean } {
  const next = text[i + 1];
  if (next === undefined) return { out: '\\', end: i + 1, stop: false };
  if (Object.hasOwn(SIMPLE_ESCAPES, next))
    return { out: SIMPLE_ESCAPES[next] as string, end: i + 2, stop: false };
  if (next === 'c' && mode !== 'format') return { out: '', end: text.length, stop: true };
  if ((next === '"' || next === "'") && mode === 'format')
    return { out: next, end: i + 2, stop: false };
  if (next === 'x') {
    const hex = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 2))?.[0];
    if (hex)
      return { out: String.fromCharCode(parseInt(hex, 16)), end: i + 2 + hex.length, stop: false };
  }
  if (mode === 'format' && /[0-7]/.test(next)) {
    const digits = /^[0-7]{1,3}/.exec(text.slice(i + 1))?.[0] ?? '0';
    return {
      out: String.fromCharCode(parseInt(digits, 8) & 0xff),
      end: i + 1 + digits.length,
      stop: false,
    };
  }
  if (mode !== 'format' && next === '0') {
    const digits = /^[0-7]{0,3}/.exec(text.slice(i + 2))?.[0] ?? '';
    return {
      out: String.fromCharCode(parseInt(digits || '0', 8) & 0xff),
      end: i + 2 + digits.length,
      stop: false,
    };
  }
  return { out: '\\' + next, end: i + 2, stop: false };
}

/** Backslash escapes of echo, %b and formats. Returns the text and whether \c stopped it. */
export function unescape(
  text: string,
  mode: 'format' | 'b' | 'echo',
): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length;) {
    if (text[i] !== '\\') {
      out += text[i];
      i++;
      continue;
    }
    const escape = escapeAt(text, i, mode);
    out += escape.out;
    if (escape.stop) return { text: out, stop: true };
    i = escape.end;
  }
  return { text: out, stop: false };
}

function numberArg(arg: string | undefined, problems: PrintfProblem[]): bigint {
  if (arg === undefined || arg === '') return 0n;
  if (/^['"]/.test(arg)) return BigInt(arg.codePointAt(1) ?? 0);
  const trimmed = arg.trim();
  const match = /^([-+]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(trimmed);
  if (!match) {
    problems.push({ kind: 'number', arg });
    return 0n;
  }
  if (match[0].length !== trimmed.length) problems.push({ kind: 'number', arg });
  const digits = match[2] as string;
  let value = /^0[xX]/.test(digits)
    ? BigInt(digits)
    : digits.length > 1 && digits.startsWith('0')
      ? BigInt('0o' + digits.slice(1))
      : BigInt(digits);
  if (match[1] === '-') value = -value;
  return value;
}

function floatArg(arg: string | undefined, problems: PrintfProblem[]): number {
  if (arg === undefined || arg === '') return 0;
  const value = Number(arg.trim());
  if (Number.isNaN(value)) {
    problems.push({ kind: 'number', arg });
    return 0;
  }
  return value;
}

function pad(text: string, flags: string, width: number | undefined, numeric: boolean): string {
  if (width === undefined || text.length >= width) return text;
  if (flags.includes('-')) return text.padEnd(width);
  if (flags.includes('0') && numeric) {
    const sign = /^[-+ ]/.test(text) ? (text[0] as string) : '';
    const prefix = /^[-+ ]?0[xX]/.test(text) ? text.slice(sign.length, sign.length + 2) : '';
    const body = text.slice(sign.length + prefix.length);
    return sign + prefix + body.padStart(width - sign.length - prefix.length, '0');
  }
  return text.padStart(width);
}

const DIRECTIVE = /%([-+ #0]*)(\*|[0-9]+)?(?:\.(\*|[0-9]*))?([a-zA-Z%])?/y;

export function formatPrintf(format: string, args: readonly string[]): PrintfResult {
  const problems: PrintfProblem[] = [];
  let output = '';
  let next = 0;
  for (;;) {
    const start = next;
    for (let i = 0; i < format.length; i++) {
      const ch = format[i] as string;
      if (ch === '\\') {
        const escape = escapeAt(format, i, 'format');
        output += escape.out;
        i = escape.end - 1;
        continue;
      }
      if (ch !== '%') {
        output += ch;
        continue;
      }
      DIRECTIVE.lastIndex = i;
      const m = DIRECTIVE.exec(format);
      const conv = m?.[4];
      if (!m || !conv || !'sbcdiuoxXeEfFgG%'.includes(conv)) {
        const directive = format.slice(i, i + (m?.[0].length ?? 1) + (conv ? 0 : 1));
        return { output, problems: [...problems, { kind: 'directive', directive }], fatal: true };
      }
      i += m[0].length - 1;
      if (conv === '%') {
        output += '%';
        continue;
      }
      const flags = m[1] ?? '';
      const width =
        m[2] === '*'
          ? Number(numberArg(args[next++], problems))
          : m[2] !== undefined
            ? Number(m[2])
            : undefined;
      const precision =
        m[3] === '*'
          ? Number(numberArg(args[next++], problems))
          : m[3] !== undefined
            ? Number(m[3] || '0')
            : undefined;
      const arg = args[next++];
      const leftWidth = width !== undefined && width < 0 ? -width : width;
      const flagsAll = width !== undefined && width < 0 ? flags + '-' : flags;
      switch (conv) {
        case 's': {
          const text = precision !== undefined ? (arg ?? '').slice(0, precision) : (arg ?? '');
          output += pad(text, flagsAll, leftWidth, false);
          break;
        }
        case 'b': {
          const { text, stop } = unescape(arg ?? '', 'b');
          output += pad(
            precision !== undefined ? text.slice(0, precision) : text,
            flagsAll,
            leftWidth,
            false,
          );
          if (stop) return { output, problems, fatal: false };
          break;
        }
        case 'c':
          output += pad((arg ?? '').slice(0, 1), flagsAll, leftWidth, false);
          break;
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X': {
          let value = numberArg(arg, problems);
          if (conv === 'u' && value < 0n) value = BigInt.asUintN(64, value);
          const base = conv === 'o' ? 8 : conv === 'x' || conv === 'X' ? 16 : 10;
          const negative = value < 0n && base === 10;
          let digits = (
            negative ? -value : base === 10 ? value : BigInt.asUintN(64, value)
          ).toString(base);
          if (precision !== undefined) digits = digits.padStart(precision, '0');
          if (conv === 'X') digits = digits.toUpperCase();
          if (flags.includes('#') && value !== 0n)
            digits = (base === 16 ? (conv === 'X' ? '0X' : '0x') : base === 8 ? '0' : '') + digits;
          const sign = negative
            ? '-'
            : flags.includes('+') && base === 10
              ? '+'
              : flags.includes(' ') && base === 10
                ? ' '
                : '';
          output += pad(
            sign + digits,
            precision !== undefined ? flagsAll.replace('0', '') : flagsAll,
            leftWidth,
            true,
          );
          break;
        }
        default: {
          const value = floatArg(arg, problems);
          const p = precision ?? 6;
          let text: string;
          if (conv === 'f' || conv === 'F') text = value.toFixed(p);
          else if (conv === 'e' || conv === 'E')
            text = value.toExponential(p).replace(/e([+-])(\d)$/, 'e$10$2');
          else text = String(Number(value.toPrecision(p || 1)));
          if (conv === 'E' || conv === 'G') text = text.toUpperCase();
          if (value >= 0 && flags.includes('+')) text = '+' + text;
          output += pad(text, flagsAll, leftWidth, true);
        }
      }
    }
    // The format is used again while arguments remain, but only if it consumed any.
    if (next >= args.length || next === start) break;
  }
  return { output, problems, fatal: false };
}

export function printfMessage(
  problem: PrintfProblem,
  flavor: 'dash' | 'ash' | 'bash' | 'gnu' | 'busybox',
): string {
  if (problem.kind === 'number') {
    if (flavor === 'dash') return `${problem.arg}: expected numeric value`;
    if (flavor === 'bash') return `${problem.arg}: invalid number`;
    if (flavor === 'gnu') return `'${problem.arg}': expected a numeric value`;
    return `invalid number '${problem.arg}'`;
  }
  if (flavor === 'dash') return `${problem.directive}: invalid directive`;
  if (flavor === 'bash') return `\`${problem.directive.slice(-1)}': invalid format character`;
  if (flavor === 'gnu') return `${problem.directive}: invalid conversion specification`;
  return `${problem.directive}: invalid format`;
}
