/**
 * Go's time.Duration: an int64 of nanoseconds that JSON encodes as that integer but fmt prints
 * with its String method ("30s", "1m30s", "500ms", "2h0m0s"), as `{{.Config.Healthcheck}}` and
 * the daemon's "Health check exceeded timeout (30s)" show.
 */

/** A time.Duration value in template data (see go-value.ts). */
export class GoDuration {
  constructor(readonly nanoseconds: number) {}
}

export function goDuration(nanoseconds: number): GoDuration {
  return new GoDuration(nanoseconds);
}

/** `value` with its fraction of `digits` decimals, trailing zeros (and a bare point) dropped. */
function withFraction(whole: bigint, fraction: bigint, digits: number): string {
  const decimals = fraction.toString().padStart(digits, '0').replace(/0+$/, '');
  return decimals === '' ? whole.toString() : `${whole}.${decimals}`;
}

/** time.Duration.String of a count of nanoseconds. */
export function formatGoDuration(nanoseconds: number): string {
  if (!Number.isFinite(nanoseconds)) return '0s';
  const d = BigInt(Math.round(nanoseconds));
  if (d === 0n) return '0s';
  const sign = d < 0n ? '-' : '';
  const u = d < 0n ? -d : d;
  if (u < 1000n) return `${sign}${u}ns`;
  if (u < 1_000_000n) return `${sign}${withFraction(u / 1000n, u % 1000n, 3)}µs`;
  if (u < 1_000_000_000n) return `${sign}${withFraction(u / 1_000_000n, u % 1_000_000n, 6)}ms`;
  const totalSeconds = u / 1_000_000_000n;
  const seconds = withFraction(totalSeconds % 60n, u % 1_000_000_000n, 9);
  const totalMinutes = totalSeconds / 60n;
  if (totalMinutes === 0n) return `${sign}${seconds}s`;
  const hours = totalMinutes / 60n;
  const minutes = totalMinutes % 60n;
  if (hours === 0n) return `${sign}${minutes}m${seconds}s`;
  return `${sign}${hours}h${minutes}m${seconds}s`;
}
