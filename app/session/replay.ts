/**
 * Headless replay of a scenario script: a fresh session, a fixed clock that advances by
 * each command's simulated duration, and the transcript a person would have seen.
 */
import type { Catalog } from '../engine/catalog/types';
import { ManualClock, REPLAY_EPOCH } from '../engine/clock';
import { Session, type TranscriptEntry } from './session';
import { splitScript } from './split-script';

export interface Replay {
  session: Session;
  entries: TranscriptEntry[];
  /** The transcript as text: `$ ` + input (heredoc bodies included), then its output. */
  text: string;
}

export function formatEntry(entry: TranscriptEntry): string {
  const input = entry.input
    .split('\n')
    .map((line, i) => (i === 0 ? `$ ${line}` : line))
    .join('\n');
  const output = entry.output.map((chunk) => chunk.text).join('');
  return `${input}\n${output}`;
}

export function replay(script: string, catalog: Catalog): Replay {
  const clock = new ManualClock(REPLAY_EPOCH);
  const session = new Session(catalog, clock);
  const entries: TranscriptEntry[] = [];
  for (const unit of splitScript(script)) {
    const entry = session.run(unit);
    entries.push(entry);
    clock.advance(entry.durationMs);
  }
  return { session, entries, text: entries.map(formatEntry).join('') };
}
