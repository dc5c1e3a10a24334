/**
 * Which commands can run without being shown as running first. Showing a command before its
 * work costs a frame of its own (the line is drawn, painted, then replaced by the output),
 * which is worth it only when the work is long enough to be seen: for the rest, Enter and
 * the output land in one frame, as in a real terminal, and a throttled CPU drops one frame
 * fewer per command.
 *
 * The guess is per kind of command (its program, and docker's subcommand: `docker run`) and
 * cautious: a kind never timed is shown first, and one counts as quick only while each of
 * its last few runs took under `QUICK_MS`. Anything under 100 ms reads as instant; the work
 * still needs its frame drawn after it, hence half of that.
 */

/** A monotonic clock in ms for timing the work: performance.now where there is one. */
export const monotonic = (): number =>
  typeof performance !== 'undefined' && typeof performance.now === 'function'
    ? performance.now()
    : Date.now();

/** Work under this (ms, wall clock) needs no "running" line before it. */
export const QUICK_MS = 50;
/** How many recent runs of a kind must all have been quick. */
const REMEMBERED = 3;
/** Kinds remembered at most (a person types a few dozen kinds of command, not thousands). */
const MAX_KINDS = 200;

/** The kind of a command: its program, and docker's subcommand (`ls`, `docker run`). */
export function commandKind(input: string): string {
  const words = (input.trimStart().split('\n', 1)[0] ?? '').split(/\s+/);
  const program = words[0] ?? '';
  if (program !== 'docker') return program;
  const sub = words.slice(1).find((w) => !w.startsWith('-'));
  return sub ? `docker ${sub}` : program;
}

export interface QuickWork {
  /** Whether this command's kind has lately run quickly enough to skip the running line. */
  expect(input: string): boolean;
  /** Notes how long this command's work took (ms). */
  record(input: string, ms: number): void;
}

export function quickWork(): QuickWork {
  const recent = new Map<string, number[]>();
  return {
    expect(input) {
      const times = recent.get(commandKind(input));
      return times !== undefined && times.every((ms) => ms < QUICK_MS);
    },
    record(input, ms) {
      const kind = commandKind(input);
      const times = [...(recent.get(kind) ?? []), ms].slice(-REMEMBERED);
      recent.delete(kind); // re-inserted last: the map's order is least recently used first
      recent.set(kind, times);
      if (recent.size > MAX_KINDS) recent.delete(recent.keys().next().value ?? kind);
    },
  };
}
