/**
 * Questions goals ask of the transcript: did the learner run a command, what did a build
 * rebuild and what did it take from the cache. Builds are read from the engine's events,
 * not from the printed text, so wording changes in the CLI output never break a lesson.
 */
import type { EngineEvent } from '../engine/events';
import type { TranscriptEntry } from '../session/session';

/** Whether a command matching `pattern` ran and succeeded. */
export function ran(transcript: readonly TranscriptEntry[], pattern: RegExp): boolean {
  return transcript.some((e) => e.exitCode === 0 && pattern.test(e.input));
}

export function outputOf(entry: TranscriptEntry): string {
  return entry.output.map((chunk) => chunk.text).join('');
}

/** Whether a successful command matching `pattern` printed text matching `printed`. */
export function ranAndPrinted(
  transcript: readonly TranscriptEntry[],
  pattern: RegExp,
  printed: RegExp,
): boolean {
  return transcript.some(
    (e) => e.exitCode === 0 && pattern.test(e.input) && printed.test(outputOf(e)),
  );
}

export interface BuildStep {
  stage: string;
  index: number;
  instruction: string;
  cached: boolean;
}

export interface BuildRecord {
  /** Position of the build's command in the transcript. */
  at: number;
  imageId: string;
  tags: string[];
  steps: BuildStep[];
}

/** Every successful build in the transcript, oldest first. */
export function builds(transcript: readonly TranscriptEntry[]): BuildRecord[] {
  const records: BuildRecord[] = [];
  transcript.forEach((entry, at) => {
    let steps: BuildStep[] = [];
    for (const event of entry.events) {
      if (event.type === 'build-started') steps = [];
      else if (event.type === 'step-started')
        steps.push({
          stage: event.stage,
          index: event.index,
          instruction: event.instruction,
          cached: false,
        });
      else if (event.type === 'cache-hit') {
        const step = steps.find((s) => s.stage === event.stage && s.index === event.index);
        if (step) step.cached = true;
      } else if (event.type === 'build-finished')
        records.push({ at, imageId: event.imageId, tags: event.tags, steps });
    }
  });
  return records;
}

/** The builds whose result was tagged `tag` (`app` matches `app`, `app:latest`, `docker.io/library/app:latest`). */
export function buildsOf(transcript: readonly TranscriptEntry[], tag: string): BuildRecord[] {
  const name = tag.includes(':') ? tag : `${tag}:latest`;
  const matches = (t: string) => {
    const full = t.includes(':') && !/:\d+\//.test(t) ? t : `${t}:latest`;
    return full === name || full.endsWith(`/${name}`) || full === `docker.io/library/${name}`;
  };
  return builds(transcript).filter((b) => b.tags.some(matches));
}

export function rebuiltSteps(build: BuildRecord): BuildStep[] {
  return build.steps.filter((s) => !s.cached);
}

/** Every event of one type in the transcript, with the index of its entry. */
export function eventsOf<T extends EngineEvent['type']>(
  transcript: readonly TranscriptEntry[],
  type: T,
): { at: number; event: Extract<EngineEvent, { type: T }> }[] {
  const found: { at: number; event: Extract<EngineEvent, { type: T }> }[] = [];
  transcript.forEach((entry, at) => {
    for (const event of entry.events)
      if (event.type === type)
        found.push({ at, event: event as Extract<EngineEvent, { type: T }> });
  });
  return found;
}
