// Reading flag values the way pflag does (strconv.ParseBool, strconv.ParseInt with base
// prefixes, time.ParseDuration), with Go's error texts.
import { parseGoDuration as parseDuration } from '../../dockerfile/commands/duration';

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

/**
 * time.ParseDuration (one parser with the Dockerfile's HEALTHCHECK flags); the value is in
 * milliseconds. Beyond Go's int64 nanoseconds (about 292 years) it is invalid, as in docker.
 */
export function parseGoDuration(text: string): Parsed<number> {
  const parsed = parseDuration(text, (s) => JSON.stringify(s));
  return parsed.ok ? { ok: true, value: parsed.nanoseconds / 1e6 } : parsed;
}
