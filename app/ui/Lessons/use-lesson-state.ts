/**
 * The lesson's view of the store: the world and the commands run since the start scenario
 * (the seed), evaluated against the goal after every action. Null while the engine loads.
 */
import { useMemo } from 'react';
import { evaluateGoal, measureScore } from '../../lessons/evaluate';
import type { GoalResult, Lesson, LessonState } from '../../lessons/types';
import { useAppStore } from '../../store';

export interface LessonVerdict {
  state: LessonState | null;
  goal: GoalResult;
  score: number | null;
  /** The views have played every event (the success moment waits for them). */
  settled: boolean;
}

export function useLessonVerdict(lesson: Lesson): LessonVerdict {
  const world = useAppStore((s) => s.snapshot?.world);
  const transcript = useAppStore((s) => s.transcript);
  const settled = useAppStore((s) => s.pendingEvents.length === 0 || s.paused);
  const state = useMemo<LessonState | null>(
    () =>
      world ? { world, transcript: transcript.filter((item) => item.origin !== 'seed') } : null,
    [world, transcript],
  );
  const goal = useMemo<GoalResult>(
    () =>
      state
        ? evaluateGoal(lesson, state)
        : { checks: lesson.goal.map((c) => ({ label: c.label, met: false })), met: false },
    [lesson, state],
  );
  const score = useMemo(
    () => (state && goal.met ? measureScore(lesson, state) : null),
    [lesson, state, goal.met],
  );
  return { state, goal, score, settled };
}
