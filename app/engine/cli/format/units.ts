// Docker's go-units helpers, as the docker CLI prints them: sizes for `docker images`, `ps -s`,
// `system df` and `stats`, and durations for the CREATED and STATUS columns.
import { formatFloat } from './go-number';

const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

function scale(size: number, base: number, units: readonly string[]): [number, string] {
  let i = 0;
  while (size >= base && i < units.length - 1) {
    size /= base;
    i++;
  }
  return [size, units[i] ?? 'B'];
}

/**
 * go-units HumanSizeWithPrecision: decimal units and `%.{precision}g`. The docker CLI uses
 * precision 3 for image and container sizes (`1.98MB`, `119MB`, even `1e+03kB` for 999999).
 */
export function humanSizeWithPrecision(bytes: number, precision: number): string {
  const [size, unit] = scale(bytes, 1000, DECIMAL_UNITS);
  return formatFloat(size, 'g', precision) + unit;
}

/** go-units HumanSize: decimal units with 4 significant digits (`docker system df`, volumes). */
export function humanSize(bytes: number): string {
  return humanSizeWithPrecision(bytes, 4);
}

/** go-units BytesSize: binary units with 4 significant digits (`docker stats` memory: 1.5MiB). */
export function bytesSize(bytes: number): string {
  const [size, unit] = scale(bytes, 1024, BINARY_UNITS);
  return formatFloat(size, 'g', 4) + unit;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * go-units HumanDuration. Each unit is truncated, except hours which round to the nearest hour
 * (so 89 minutes is "About an hour" but 90 minutes is "2 hours").
 */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / SECOND);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / MINUTE);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(ms / HOUR + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(ms / HOUR / 24 / 365)} years`;
}
