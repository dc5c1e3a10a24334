/**
 * Go's time.ParseDuration, which BuildKit uses for HEALTHCHECK --interval and friends, and
 * the docker CLI for its duration flags (cli/args/flag-values.ts reads them through this):
 * a sequence of decimal numbers with units ns, us (µs), ms, s, m, h, like "1h30m" or
 * "1.5s". The result is in nanoseconds. Errors read as Go's.
 */
import { goQuote } from '../go-text';

const UNITS: Record<string, number> = {
  ns: 1,
  us: 1e3,
  µs: 1e3,
  μs: 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

const MAX_DURATION = 2 ** 63 - 1;

export type DurationResult = { ok: true; nanoseconds: number } | { ok: false; error: string };

/** `quote` words the input and the unit in errors (the CLI keeps its own quoting). */
export function parseGoDuration(
  text: string,
  quote: (s: string) => string = goQuote,
): DurationResult {
  const invalid = { ok: false as const, error: `time: invalid duration ${quote(text)}` };
  let s = text;
  let negative = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return { ok: true, nanoseconds: 0 };
  if (s === '') return invalid;
  let total = 0;
  while (s !== '') {
    const number = /^(\d*)(?:\.(\d*))?/.exec(s);
    const whole = number?.[1] ?? '';
    const fraction = number?.[2];
    if (whole === '' && (fraction === undefined || fraction === '')) return invalid;
    s = s.slice(number?.[0].length ?? 0);
    const unit = /^[^\d.]*/.exec(s)?.[0] ?? '';
    if (unit === '') return { ok: false, error: `time: missing unit in duration ${quote(text)}` };
    const scale = UNITS[unit];
    if (scale === undefined) {
      return {
        ok: false,
        error: `time: unknown unit ${quote(unit)} in duration ${quote(text)}`,
      };
    }
    s = s.slice(unit.length);
    total += Number(whole === '' ? '0' : whole) * scale;
    if (fraction) total += Number('0.' + fraction) * scale;
    if (total > MAX_DURATION) return invalid;
  }
  return { ok: true, nanoseconds: Math.round(negative ? -total : total) };
}
