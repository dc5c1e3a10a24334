/**
 * Running one typed unit and turning the result into what the store keeps: a transcript
 * item, queued events for the views, and the history a terminal's Up arrow walks.
 */
import type { TranscriptEntry } from '../session/session';
import type { SessionLike } from './engine-loader';
import type { Origin, QueuedEvent, TranscriptItem } from './types';

const MAX_PENDING_EVENTS = 2000;
const MAX_HISTORY = 500;

/** Runs one unit; an engine bug becomes an error in the transcript, never a blank page. */
export function runUnit(
  session: SessionLike,
  input: string,
  origin: Origin,
  id: number,
  now: number,
): TranscriptItem {
  let entry: TranscriptEntry;
  try {
    entry = session.run(input);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    entry = {
      host: '',
      prompt: session.prompt(),
      input,
      output: [{ stream: 'stderr', text: `layercake: internal error: ${message}\n` }],
      exitCode: 1,
      time: now,
      durationMs: 0,
      events: [],
      notes: ['The simulation failed on this command; nothing was changed.'],
    };
  }
  return { ...entry, id, origin };
}

/** Appends the items' events to the queue (oldest dropped past a bound nobody should reach). */
export function queueEvents(
  queue: QueuedEvent[],
  items: readonly TranscriptItem[],
  nextSeq: () => number,
): QueuedEvent[] {
  const added: QueuedEvent[] = [];
  for (const item of items)
    for (const event of item.events)
      added.push({ seq: nextSeq(), event, entryId: item.id, origin: item.origin });
  if (added.length === 0) return queue;
  return [...queue, ...added].slice(-MAX_PENDING_EVENTS);
}

/** Like bash with ignoredups: typed and button commands, a repeat of the last kept once. */
export function appendHistory(
  history: string[],
  units: readonly { input: string; origin: Origin }[],
): string[] {
  let next = history;
  for (const unit of units) {
    if (unit.origin !== 'typed' && unit.origin !== 'button') continue;
    if (unit.input.trim() === '' || next.at(-1) === unit.input) continue;
    next = [...next, unit.input].slice(-MAX_HISTORY);
  }
  return next;
}
