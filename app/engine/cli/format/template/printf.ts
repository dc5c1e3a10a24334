// Go's fmt.Sprintf, Sprint and Sprintln for template values: the verbs people put in
// `--format '{{printf "%-20s" .Name}}'`, with Go's flags, widths and its "%!d(string=x)" error
// notation for mismatched arguments.
import { goQuote } from '../command-column';
import { formatFloat } from '../go-number';
import { isGoMap, isGoStruct, sortedMapEntries, structFields } from '../go-value';
import { formatValue, isFloat, NIL_INTERFACE, numberOf, typeName } from './values';

interface Spec {
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  width: number | null;
  prec: number | null;
  verb: string;
}

function pad(text: string, spec: Spec, numeric: boolean): string {
  const length = [...text].length;
  if (spec.width === null || length >= spec.width) return text;
  const fill = spec.width - length;
  if (spec.minus) return text + ' '.repeat(fill);
  if (spec.zero && numeric) {
    const sign = /^[+\- ]/.test(text) ? text.slice(0, 1) : '';
    return sign + '0'.repeat(fill) + text.slice(sign.length);
  }
  return ' '.repeat(fill) + text;
}

function badVerb(spec: Spec, value: unknown): string {
  if (value === null || value === undefined || value === NIL_INTERFACE)
    return `%!${spec.verb}(<nil>)`;
  return `%!${spec.verb}(${typeName(value)}=${formatValue(value)})`;
}

function signed(text: string, negative: boolean, spec: Spec): string {
  if (negative) return `-${text}`;
  if (spec.plus) return `+${text}`;
  return spec.space ? ` ${text}` : text;
}

function formatInteger(n: number, spec: Spec): string | null {
  const abs = Math.abs(n);
  let digits: string;
  switch (spec.verb) {
    case 'v':
    case 'd':
      digits = String(abs);
      break;
    case 'x':
      digits = (spec.sharp ? '0x' : '') + abs.toString(16);
      break;
    case 'X':
      digits = (spec.sharp ? '0X' : '') + abs.toString(16).toUpperCase();
      break;
    case 'o':
      digits = (spec.sharp ? '0' : '') + abs.toString(8);
      break;
    case 'b':
      digits = abs.toString(2);
      break;
    case 'c':
      return pad(String.fromCodePoint(n), spec, false);
    case 'q':
      return pad(`'${String.fromCodePoint(n)}'`, spec, false);
    case 'U':
      return pad(`U+${n.toString(16).toUpperCase().padStart(4, '0')}`, spec, false);
    default:
      return null;
  }
  if (spec.prec !== null) digits = digits.padStart(spec.prec, '0');
  return pad(signed(digits, n < 0, spec), spec, spec.prec === null);
}

function formatFloatVerb(x: number, spec: Spec): string | null {
  const verb = spec.verb === 'v' ? 'g' : spec.verb;
  const lower = verb.toLowerCase();
  if (lower !== 'e' && lower !== 'f' && lower !== 'g') return null;
  const prec = spec.prec ?? (lower === 'g' ? -1 : 6);
  let text = formatFloat(Math.abs(x), lower as 'e' | 'f' | 'g', prec);
  if (verb === 'E' || verb === 'G') text = text.toUpperCase();
  if (text === '+Inf') text = 'Inf';
  return pad(signed(text, x < 0 || Object.is(x, -0), spec), spec, Number.isFinite(x));
}

function hexOfString(text: string, spec: Spec): string {
  const bytes = [...new TextEncoder().encode(text)].map((b) => b.toString(16).padStart(2, '0'));
  const joined = bytes.join(spec.space ? ' ' : '');
  return spec.verb === 'X' ? joined.toUpperCase() : joined;
}

function formatString(text: string, spec: Spec): string | null {
  let body = spec.prec !== null ? [...text].slice(0, spec.prec).join('') : text;
  switch (spec.verb) {
    case 'v':
    case 's':
      break;
    case 'q':
      body = goQuote(body);
      break;
    case 'x':
    case 'X':
      body = hexOfString(body, spec);
      break;
    default:
      return null;
  }
  return pad(body, spec, false);
}

/** One operand under one verb, or Go's bad-verb notation. */
function formatOne(value: unknown, spec: Spec): string {
  if (spec.verb === 'T') return pad(value === undefined ? '<nil>' : typeName(value), spec, false);
  if (value === null || value === undefined || value === NIL_INTERFACE) {
    return spec.verb === 'v' ? pad('<nil>', spec, false) : badVerb(spec, value);
  }
  const inner = { ...spec, width: null };
  if (Array.isArray(value)) return `[${value.map((item) => formatOne(item, inner)).join(' ')}]`;
  if (isGoStruct(value)) {
    return `{${structFields(value)
      .map(([, v]) => formatOne(v, inner))
      .join(' ')}}`;
  }
  if (isGoMap(value)) {
    const entries = sortedMapEntries(value).map(
      ([k, v]) => `${formatOne(k, inner)}:${formatOne(v, inner)}`,
    );
    return `map[${entries.join(' ')}]`;
  }
  return formatScalar(value, spec) ?? badVerb(spec, value);
}

function formatScalar(value: unknown, spec: Spec): string | null {
  if (typeof value === 'string') return formatString(value, spec);
  if (typeof value === 'boolean') {
    return spec.verb === 't' || spec.verb === 'v' ? pad(String(value), spec, false) : null;
  }
  if (isFloat(value)) return formatFloatVerb(numberOf(value), spec);
  if (typeof value === 'number') return formatInteger(value, spec);
  return pad(formatValue(value), spec, false);
}

/** fmt.Sprintf. */
export function sprintf(format: string, args: readonly unknown[]): string {
  let out = '';
  let argIndex = 0;
  let i = 0;
  while (i < format.length) {
    const c = format[i];
    if (c !== '%') {
      out += c;
      i++;
      continue;
    }
    i++;
    const spec: Spec = {
      minus: false,
      plus: false,
      sharp: false,
      space: false,
      zero: false,
      width: null,
      prec: null,
      verb: '',
    };
    for (; i < format.length; i++) {
      const f = format[i];
      if (f === '-') spec.minus = true;
      else if (f === '+') spec.plus = true;
      else if (f === '#') spec.sharp = true;
      else if (f === ' ') spec.space = true;
      else if (f === '0') spec.zero = !spec.minus;
      else break;
    }
    const width = /^\d+/.exec(format.slice(i));
    if (width) {
      spec.width = Number(width[0]);
      i += width[0].length;
    }
    if (format[i] === '.') {
      i++;
      const prec = /^\d*/.exec(format.slice(i))?.[0] ?? '';
      spec.prec = prec === '' ? 0 : Number(prec);
      i += prec.length;
    }
    const verb = String.fromCodePoint(format.codePointAt(i) ?? 0);
    if (i >= format.length) {
      out += '%!(NOVERB)';
      break;
    }
    i += verb.length;
    spec.verb = verb;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argIndex >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    out += formatOne(args[argIndex++], spec);
  }
  if (argIndex < args.length) {
    const extra = args
      .slice(argIndex)
      .map((a) => (a === null || a === undefined ? '<nil>' : `${typeName(a)}=${formatValue(a)}`));
    out += `%!(EXTRA ${extra.join(', ')})`;
  }
  return out;
}

function isStringOperand(value: unknown): boolean {
  return typeof value === 'string';
}

/** fmt.Sprint: spaces between operands when neither side is a string. */
export function sprint(args: readonly unknown[]): string {
  let out = '';
  args.forEach((arg, i) => {
    if (i > 0 && !isStringOperand(arg) && !isStringOperand(args[i - 1])) out += ' ';
    out += formatValue(arg);
  });
  return out;
}

/** fmt.Sprintln: always spaces between operands, and a final newline. */
export function sprintln(args: readonly unknown[]): string {
  return `${args.map(formatValue).join(' ')}\n`;
}
