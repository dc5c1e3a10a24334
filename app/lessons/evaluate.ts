/**
 * Checking a goal: every check runs against the same state, and each verdict is reported
 * with its label, so the screen lists what is done and what is left. A check that throws
 * (a bug, or a state nobody foresaw) counts as not met; it never breaks the page.
 */
import type { Check, GoalResult, Lesson, LessonState, Prediction, Score } from './types';

function safely<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}

export function evaluateChecks(checks: readonly Check[], state: LessonState): GoalResult {
  const results = checks.map((check) => ({
    label: check.label,
    met: safely(() => check.test(state) === true, false),
  }));
  return { checks: results, met: results.length > 0 && results.every((r) => r.met) };
}

export function evaluateGoal(lesson: Lesson, state: LessonState): GoalResult {
  return evaluateChecks(lesson.goal, state);
}

/** The score of a met goal (null when unmet, unmeasurable or not a finite number). */
export function measureScore(lesson: Lesson, state: LessonState): number | null {
  const score: Score | undefined = lesson.score;
  if (!score || !evaluateGoal(lesson, state).met) return null;
  const value = safely(() => score.measure(state), null);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Whether `next` beats `best` for this score (a first score always does). */
export function isBetter(score: Score, next: number, best: number | undefined): boolean {
  if (best === undefined) return true;
  return score.better === 'lower' ? next < best : next > best;
}

/** The correct choice, read from a state reached by start + probe; null if unknown. */
export function predictionAnswer(prediction: Prediction, state: LessonState): string | null {
  const id = safely(() => prediction.answer(state), null);
  return prediction.choices.some((c) => c.id === id) ? id : null;
}
