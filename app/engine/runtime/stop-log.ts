/**
 * What a server prints while a signal stops it: the lines of its service's stop log (see
 * StopLogLine) for that signal, their `{time}` filled in from the simulated clock. A server
 * killed (SIGKILL, or a stop timeout) prints nothing: it never gets to run its handler.
 */
import type { StopLogClock, StopLogLine } from '../shell/program';
import { apacheTime } from './services/php';
import { tomcatTime } from './services/tomcat-log';

export type StopLogChunk = { stream: 'stdout' | 'stderr'; text: string; time: number };

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * A UTC instant as the server's clock prints it (containers run in UTC). `seed` (the
 * container id) fills the digits past the simulated clock's milliseconds, as its start lines do.
 */
export function stopLogTime(ms: number, clock: StopLogClock, seed = ''): string {
  const d = new Date(ms);
  if (clock === 'iso-ms') return d.toISOString();
  if (clock === 'apache') return apacheTime(ms, seed);
  if (clock === 'tomcat') return tomcatTime(ms);
  // Ruby's Time#to_s: "2024-05-01 12:00:00 +0000".
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`
  );
}

/** The chunks a stop by `signal` at `now` appends to the container's log. */
export function renderStopLog(
  lines: readonly StopLogLine[],
  signal: number,
  now: number,
  seed = '',
): StopLogChunk[] {
  return lines
    .filter((line) => !line.signals || line.signals.includes(signal))
    .map((line) => {
      const time = now + (line.afterMs ?? 0);
      const text = line.text.replaceAll('{time}', stopLogTime(time, line.clock ?? 'iso-ms', seed));
      return { stream: line.stream, text, time };
    });
}
