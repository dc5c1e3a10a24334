/**
 * `docker events --since/--until` values, read by the client before it asks the daemon: a
 * Go duration before now (`10m`, `0s`), Unix seconds (`1767225600`, `1767225600.5`) or an
 * RFC 3339 date, whole or cut short (`2026-01-15`, `2026-01-15T09:00`), in the host's
 * time zone (UTC) unless it names one. The client sends a relative time in whole seconds.
 */
import { parseGoDuration } from '../../args/flag-values';

export type TimeValue = { ok: true; nanos: bigint } | { ok: false; error: string };

const NANOS_PER_MS = 1_000_000n;
const NANOS_PER_S = 1_000_000_000n;

const DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?)?(Z|[+-]\d{2}:\d{2})?$/;

function fromDate(text: string): bigint | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const ms = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h ?? 0),
    Number(mi ?? 0),
    Number(s ?? 0),
  );
  if (Number.isNaN(ms)) return undefined;
  let offsetMinutes = 0;
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    offsetMinutes = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  }
  const fraction = BigInt((frac ?? '').padEnd(9, '0') || '0');
  return BigInt(ms - offsetMinutes * 60_000) * NANOS_PER_MS + fraction;
}

/** The instant `text` names, in nanoseconds since the epoch; `nowMs` for relative ones. */
export function parseTimeValue(text: string, nowMs: number): TimeValue {
  // A bare 0 is the epoch (`--since 0`: everything), not a duration of nothing.
  const duration = text === '0' ? undefined : parseGoDuration(text);
  if (duration?.ok) {
    const seconds = Math.floor((nowMs - duration.value) / 1000);
    return { ok: true, nanos: BigInt(seconds) * NANOS_PER_S };
  }
  const unix = /^(\d+)(?:\.(\d{1,9}))?$/.exec(text);
  if (unix) {
    const fraction = BigInt((unix[2] ?? '').padEnd(9, '0') || '0');
    return { ok: true, nanos: BigInt(unix[1] ?? '0') * NANOS_PER_S + fraction };
  }
  const date = fromDate(text);
  if (date !== undefined) return { ok: true, nanos: date };
  return { ok: false, error: `failed to parse value as time or duration: ${JSON.stringify(text)}` };
}
