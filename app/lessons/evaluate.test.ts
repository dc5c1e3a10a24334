import { describe, expect, it } from 'vitest';
import { evaluateChecks, isBetter, measureScore, predictionAnswer } from './evaluate';
import type { Lesson, LessonState, Prediction } from './types';

// Goals only look at what they are given; an empty world is enough for these rules.
const state = { world: { hosts: {} }, transcript: [] } as unknown as LessonState;

describe('evaluateChecks', () => {
  it('reports every check with its label and meets the goal only when all pass', () => {
    const result = evaluateChecks(
      [
        { label: 'first', test: () => true },
        { label: 'second', test: () => false },
      ],
      state,
    );
    expect(result.checks).toEqual([
      { label: 'first', met: true },
      { label: 'second', met: false },
    ]);
    expect(result.met).toBe(false);
  });

  it('counts a check that throws as unmet instead of throwing', () => {
    const boom = () => {
      throw new Error('unexpected state');
    };
    const result = evaluateChecks([{ label: 'explodes', test: boom }], state);
    expect(result).toEqual({ checks: [{ label: 'explodes', met: false }], met: false });
  });

  it('never meets an empty goal', () => {
    expect(evaluateChecks([], state).met).toBe(false);
  });

  it('accepts only a literal true, not a truthy value', () => {
    const sloppy = () => 'yes' as unknown as boolean;
    expect(evaluateChecks([{ label: 'truthy', test: sloppy }], state).met).toBe(false);
  });
});

describe('scores', () => {
  const lesson = (measure: () => number | null, met = true): Lesson =>
    ({
      goal: [{ label: 'done', test: () => met }],
      score: { label: 'Size', unit: 'MB', better: 'lower', measure },
    }) as unknown as Lesson;

  it('measures only when the goal is met', () => {
    expect(
      measureScore(
        lesson(() => 12),
        state,
      ),
    ).toBe(12);
    expect(
      measureScore(
        lesson(() => 12, false),
        state,
      ),
    ).toBeNull();
  });

  it('rejects scores that are not finite numbers', () => {
    expect(
      measureScore(
        lesson(() => Number.NaN),
        state,
      ),
    ).toBeNull();
    expect(
      measureScore(
        lesson(() => Infinity),
        state,
      ),
    ).toBeNull();
  });

  it('compares by the direction the score prefers', () => {
    const lower = { label: 'Size', unit: 'MB', better: 'lower' as const, measure: () => 0 };
    const higher = { ...lower, better: 'higher' as const };
    expect(isBetter(lower, 5, 6)).toBe(true);
    expect(isBetter(lower, 6, 5)).toBe(false);
    expect(isBetter(lower, 5, 5)).toBe(false);
    expect(isBetter(higher, 6, 5)).toBe(true);
    expect(isBetter(lower, 99, undefined)).toBe(true);
  });
});

describe('predictionAnswer', () => {
  const prediction = (answer: () => string | null): Prediction => ({
    question: 'q',
    choices: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
    probe: '',
    answer,
    explanation: '',
  });

  it('returns the id the engine state points at', () => {
    expect(
      predictionAnswer(
        prediction(() => 'b'),
        state,
      ),
    ).toBe('b');
  });

  it('returns null for an id that is not a choice, or when the answer throws', () => {
    expect(
      predictionAnswer(
        prediction(() => 'c'),
        state,
      ),
    ).toBeNull();
    expect(
      predictionAnswer(
        prediction(() => {
          throw new Error('no');
        }),
        state,
      ),
    ).toBeNull();
  });
});
