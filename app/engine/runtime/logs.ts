/**
 * `docker logs`: what the main process wrote, stdout and stderr kept apart, line by line,
 * with `--tail` counting lines across both streams and `-t` prefixing each line with the
 * time it was written (RFC 3339 with nanoseconds, as the json-file driver stores it).
 */
import type { Container } from '../host/containers';

export interface LogLine {
  stream: 'stdout' | 'stderr';
  text: string;
  time: number;
  /** Nanoseconds within the millisecond, so lines written together still sort. */
  nanos: number;
}

export function logLines(c: Container): LogLine[] {
  const lines: LogLine[] = [];
  let n = 0;
  for (const entry of c.logs) {
    const parts = entry.text.split('\n');
    if (parts[parts.length - 1] === '') parts.pop();
    for (const part of parts) {
      lines.push({
        stream: entry.stream,
        text: part,
        time: entry.time,
        nanos: 280_039 + ((n * 4_817) % 700_000),
      });
      n++;
    }
  }
  return lines;
}

/** `2026-11-29T07:37:55.280273980Z`. */
export function logTimestamp(line: LogLine): string {
  const iso = new Date(line.time).toISOString();
  const ms = iso.slice(20, 23);
  return `${iso.slice(0, 19)}.${ms}${String(line.nanos).padStart(6, '0')}Z`;
}

export interface LogOptions {
  /** `--tail N`; undefined or "all" for everything. */
  tail?: number;
  timestamps: boolean;
  /** `--details`: the log attributes before each line (none here), then a space. */
  details?: boolean;
  /** `--since` / `--until`, epoch ms. */
  since?: number;
  until?: number;
}

export function renderLogs(
  c: Container,
  options: LogOptions,
): { stream: 'stdout' | 'stderr'; text: string }[] {
  let lines = logLines(c).filter(
    (l) =>
      (options.since === undefined || l.time >= options.since) &&
      (options.until === undefined || l.time <= options.until),
  );
  if (options.tail !== undefined && options.tail >= 0)
    lines = options.tail === 0 ? [] : lines.slice(-options.tail);
  const out: { stream: 'stdout' | 'stderr'; text: string }[] = [];
  for (const line of lines) {
    const text =
      (options.timestamps ? `${logTimestamp(line)} ` : '') +
      (options.details ? ' ' : '') +
      line.text +
      '\n';
    const last = out[out.length - 1];
    if (last && last.stream === line.stream) last.text += text;
    else out.push({ stream: line.stream, text });
  }
  return out;
}
