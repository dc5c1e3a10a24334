// Go's time formatting for the timestamps docker prints, all in UTC:
//   - Time.String(): "2026-11-29 07:29:56 +0000 UTC" (CreatedAt in ps and images; fractional
//     seconds appear only when present: "07:24:19.740959424 +0000 UTC");
//   - RFC3339Nano: "2026-11-29T07:29:56.834846712Z" (inspect's Created, StartedAt…), with
//     Go's zero time as "0001-01-01T00:00:00Z".
// Times are epoch milliseconds, plus an optional count of nanoseconds below the millisecond
// (the engine's clock may carry them so ids and inspect output look like Docker's).

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function parts(epochMs: number): { date: string; time: string; nanosOfSecond: number } {
  const d = new Date(Math.floor(epochMs));
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return { date, time, nanosOfSecond: d.getUTCMilliseconds() * 1e6 };
}

/** ".123456789" with trailing zeros removed, or '' for a whole second (Go's .999999999). */
function fraction(nanos: number): string {
  if (nanos === 0) return '';
  return `.${pad(nanos, 9).replace(/0+$/, '')}`;
}

/**
 * A time.Time in template data (see go-value.ts): templates print it with Time.String()
 * (`{{.Created}}` of a network: "2026-11-29 07:24:09.582855131 +0000 UTC"), JSON as
 * RFC3339Nano. A struct in Go, so always true in an `if`.
 */
export class GoTime {
  constructor(readonly epochMs: number) {}
}

/** Go's Time.String() in UTC. */
export function goTimeString(epochMs: number, extraNanos = 0): string {
  const { date, time, nanosOfSecond } = parts(epochMs);
  return `${date} ${time}${fraction(nanosOfSecond + extraNanos)} +0000 UTC`;
}

/**
 * An RFC 3339 time read from JSON (an image config's `created`) as Go prints it again after
 * parsing: RFC3339Nano, so `.529000000Z` becomes `.529Z` and `.000Z` disappears. Text that
 * is not such a time is returned unchanged.
 */
export function goTimeText(text: string): string {
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?Z$/.exec(text);
  if (!m) return text;
  const digits = (m[2] ?? '').slice(0, 9).replace(/0+$/, '');
  return `${m[1]}${digits ? `.${digits}` : ''}Z`;
}

/** Go's RFC3339Nano in UTC; null (Go's zero time) reads "0001-01-01T00:00:00Z". */
export function rfc3339Nano(epochMs: number | null, extraNanos = 0): string {
  if (epochMs === null) return '0001-01-01T00:00:00Z';
  const { date, time, nanosOfSecond } = parts(epochMs);
  return `${date}T${time}${fraction(nanosOfSecond + extraNanos)}Z`;
}
