/**
 * A `docker build`'s output appears in the terminal as its steps play on the layer stack, not
 * all at once: the engine has already built the image, but the person watches the build
 * happen, and BuildKit's log and the stack should tell the same story at the same moment.
 * While a build's steps are still queued for playback, its output is shown up to the header
 * of the first step not yet played (`#7 [4/6] RUN ...`), then up to the export once every
 * step has played, then whole (with its notes) when the build's last event has played.
 */
import type { QueuedEvent } from '../../store';

/** Where a playing build's output stops: before vertex #N, or before the export. */
export type LogCut = number | 'export';

/**
 * The key a queued event gives a playing build's cut (`useUnplayed`'s pick): `entryId:N` for
 * a step not yet played (vertex #N), `entryId:export` for its end; other events none.
 */
export function logCutKey({ entryId, event }: QueuedEvent): string | undefined {
  if (event.type === 'step-started') return `${entryId}:${event.vertex}`;
  if (event.type === 'build-finished') return `${entryId}:export`;
  return undefined;
}

/**
 * The key a queued event gives the build it ends (`useUnplayed`'s pick): while a build's end
 * is still queued, the build is still running as far as the person can see, and the shell
 * shows no prompt yet.
 */
export function playingBuildKey({ entryId, event }: QueuedEvent): string | undefined {
  return event.type === 'build-finished' || event.type === 'build-failed'
    ? String(entryId)
    : undefined;
}

/** Where each playing build's output stops: its first key in queue order. */
export function cutsByEntry(keys: readonly string[]): Map<number, LogCut> {
  const byEntry = new Map<number, LogCut>();
  for (const key of keys) {
    const [entry = '', cut = ''] = key.split(':');
    const id = Number(entry);
    if (!byEntry.has(id)) byEntry.set(id, cut === 'export' ? 'export' : Number(cut));
  }
  return byEntry;
}

/**
 * How many characters of `text` (a build's output) to show for `cut`: up to the start of the
 * line that opens vertex #N, or BuildKit's "exporting to image" vertex. The whole text when
 * that line is not there (a failed build's error box, `docker build -q`).
 */
export function shownLength(text: string, cut: LogCut): number {
  const header = cut === 'export' ? /^#\d+ exporting to image$/m : new RegExp(`^#${cut} `, 'm');
  const found = header.exec(text);
  return found ? found.index : text.length;
}
