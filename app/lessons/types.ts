/**
 * A lesson is data: text, a starting scenario script, a goal made of labelled checks, hints,
 * a solution script and, for some, a prediction asked before the answer is revealed. The
 * test in lessons.test.ts runs every lesson headlessly and proves it solvable.
 */
import type { World } from '../engine/host/state';
import type { TranscriptEntry } from '../session/session';

/**
 * What a goal looks at: the simulated world and the commands run since the lesson's start
 * scenario finished (the start's own commands are not in it). Pure data: the same state
 * always gives the same verdict.
 */
export interface LessonState {
  world: World;
  transcript: readonly TranscriptEntry[];
}

/** One criterion of a goal, shown on screen with its label (never hidden). */
export interface Check {
  label: string;
  test: (state: LessonState) => boolean;
}

export interface Choice {
  id: string;
  label: string;
}

/**
 * A question asked before the learner finds out. The answer is read from the engine: the
 * probe runs headlessly after the start scenario and `answer` reads the resulting state.
 */
export interface Prediction {
  question: string;
  choices: Choice[];
  /** Commands run after the start scenario (in a separate, headless session) to find out. */
  probe: string;
  /** The id of the correct choice, or null when the state does not tell (a bug: tested). */
  answer: (state: LessonState) => string | null;
  /** Said after the answer is revealed, whichever choice was made. */
  explanation: string;
}

/** A score for challenges: measured when the goal is met; the best one is remembered. */
export interface Score {
  /** What is measured, e.g. "Image size". */
  label: string;
  unit: string;
  better: 'lower' | 'higher';
  measure: (state: LessonState) => number | null;
}

export interface Lesson {
  /** Stable, URL-safe: progress and links refer to it. */
  id: string;
  title: string;
  /** Which idea of DESIGN.md's "What it must teach" it covers (1-10). */
  idea: number;
  kind: 'lesson' | 'challenge';
  /** A short text: plain paragraphs (rendered as text, never HTML). */
  text: string[];
  /** What the learner is asked to do, in one or two sentences. */
  task: string;
  /** A scenario script (DESIGN.md) that sets the scene. */
  start: string;
  goal: Check[];
  /** From a nudge to nearly the answer. */
  hints: string[];
  /** A scenario script run after `start` that meets the goal. */
  solution: string;
  prediction?: Prediction;
  score?: Score;
}

export interface CheckResult {
  label: string;
  met: boolean;
}

export interface GoalResult {
  checks: CheckResult[];
  met: boolean;
}
