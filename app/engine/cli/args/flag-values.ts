// Reading flag values the way pflag does (strconv.ParseBool, strconv.ParseInt with base
// prefixes, time.ParseDuration), with Go's error texts.

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

export function parseGoBool(text: string): Parsed<boolean> {
  if (TRUE.has(text)) return { ok: true, value: true };
  if (FALSE.has(text)) return { ok: true, value: false };
  return { ok: false, error: `strconv.ParseBool: parsing ${JSON.stringify(text)}: invalid syntax` };
}

const INT64_MAX = 2n ** 63n - 1n;

/** strconv.ParseInt(text, 0, 64): decimal, 0x/0o/0b prefixes, leading-0 octal, 1_000. */
export function parseGoInt(text: string): Parsed<number> {
  const invalid = {
    ok: false as const,
    error: `strconv.ParseInt: parsing ${JSON.stringify(text)}: invalid syntax`,
  };
  const match = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0[0-7_]*|[1-9][0-9_]*)$/.exec(
    text,
  );
  if (!match) return invalid;
  const [, sign = '', body = ''] = match;
  // Go literal syntax: an underscore only between digits (or right after a base prefix).
  if (/__|_$/.test(body)) return invalid;
  const digits = body.replace(/_/g, '');
  let magnitude: bigint;
  if (/^0[0-7]+$/.test(digits)) magnitude = BigInt(`0o${digits.slice(1)}`);
  else magnitude = BigInt(digits.toLowerCase());
  const value = sign === '-' ? -magnitude : magnitude;
  if (value > INT64_MAX || value < -INT64_MAX - 1n) {
    return {
      ok: false,
      error: `strconv.ParseInt: parsing ${JSON.stringify(text)}: value out of range`,
    };
  }
  return { ok: true, value: Number(value) };
}

const UNIT_NS: Record<string, number> = {
  ns: 1,
  us: 1e3,
  µs: 1e3,
  μs: 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

/** time.ParseDuration; the value is in milliseconds. */
export function parseGoDuration(text: string): Parsed<number> {
  const quoted = JSON.stringify(text);
  const invalid = { ok: false as const, error: `time: invalid duration ${quoted}` };
  let rest = text;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    sign = rest.startsWith('-') ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === '0') return { ok: true, value: 0 };
  if (rest === '') return invalid;
  let totalNs = 0;
  while (rest !== '') {
    const number = /^(\d*)(\.(\d*))?/.exec(rest);
    const whole = number?.[1] ?? '';
    const fraction = number?.[3] ?? '';
    if (!number || (whole === '' && fraction === '')) return invalid;
    rest = rest.slice(number[0].length);
    const unit = /^[^0-9.]*/.exec(rest)?.[0] ?? '';
    if (unit === '') return { ok: false, error: `time: missing unit in duration ${quoted}` };
    const scale = UNIT_NS[unit];
    if (scale === undefined) {
      return {
        ok: false,
        error: `time: unknown unit ${JSON.stringify(unit)} in duration ${quoted}`,
      };
    }
    rest = rest.slice(unit.length);
    totalNs += Number(`${whole || '0'}.${fraction || '0'}`) * scale;
  }
  return { ok: true, value: (sign * totalNs) / 1e6 };
}
