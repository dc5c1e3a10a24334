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
 * For each transcript item whose build is still playing, where its output stops, as
 * `entryId:cut` strings (cheap to compare between renders).
 */
export function buildLogCuts(pending: readonly QueuedEvent[]): string[] {
  const cuts = new Map<number, LogCut>();
  for (const { entryId, event } of pending) {
    if (event.type === 'step-started') {
      const cut = cuts.get(entryId);
      if (cut === undefined || cut === 'export') cuts.set(entryId, event.vertex);
    } else if (event.type === 'build-finished' && !cuts.has(entryId)) {
      cuts.set(entryId, 'export');
    }
  }
  return [...cuts].map(([entryId, cut]) => `${entryId}:${cut}`);
}

/** The cuts by entry, from `buildLogCuts`' strings. */
export function cutsByEntry(keys: readonly string[]): Map<number, LogCut> {
  const byEntry = new Map<number, LogCut>();
  for (const key of keys) {
    const [entry = '', cut = ''] = key.split(':');
    byEntry.set(Number(entry), cut === 'export' ? 'export' : Number(cut));
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
