/**
 * Running a lesson without a screen: the start scenario in a fresh session on a fixed
 * clock, then more commands (a solution, a prediction's probe). Used by the solvability
 * test and, in the browser, to find a prediction's answer from the engine itself.
 */
import type { Catalog } from '../engine/catalog/types';
import { ManualClock, REPLAY_EPOCH } from '../engine/clock';
import { Session, type TranscriptEntry } from '../session/session';
import { splitScript } from '../session/split-script';
import { predictionAnswer } from './evaluate';
import type { Lesson, LessonState } from './types';

export interface HeadlessLesson {
  /** The state right after the start scenario (an empty transcript). */
  readonly started: LessonState;
  /** Runs more commands; returns the state with every command since the start. */
  run(script: string): LessonState;
}

export function startHeadless(lesson: Lesson, catalog: Catalog): HeadlessLesson {
  const clock = new ManualClock(REPLAY_EPOCH);
  const session = new Session(catalog, clock);
  const runUnits = (script: string): TranscriptEntry[] =>
    splitScript(script).map((unit) => {
      const entry = session.run(unit);
      clock.advance(entry.durationMs);
      return entry;
    });
  runUnits(lesson.start);
  const since: TranscriptEntry[] = [];
  const started: LessonState = { world: session.state.world, transcript: [] };
  return {
    started,
    run(script) {
      since.push(...runUnits(script));
      return { world: session.state.world, transcript: [...since] };
    },
  };
}

/** The prediction's correct choice, found by running its probe after the start. */
export function derivePredictionAnswer(lesson: Lesson, catalog: Catalog): string | null {
  if (!lesson.prediction) return null;
  const state = startHeadless(lesson, catalog).run(lesson.prediction.probe);
  return predictionAnswer(lesson.prediction, state);
}
