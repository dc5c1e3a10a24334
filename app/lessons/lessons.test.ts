/**
 * The solvability rule: every lesson's start scenario leaves its goal unmet, and the start
 * followed by its solution meets it. Predictions must be answerable from the engine, and
 * every check has a label to show.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../engine/catalog';
import type { Catalog } from '../engine/catalog/types';
import { ALL_LESSONS, CHALLENGES, LESSONS } from './catalog/index';
import { evaluateGoal, measureScore } from './evaluate';
import { derivePredictionAnswer, startHeadless } from './headless';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('the lesson path', () => {
  it('has unique, URL-safe ids', () => {
    const ids = ALL_LESSONS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('covers every idea of DESIGN.md, from the first to the last', () => {
    const ideas = LESSONS.map((l) => l.idea);
    expect(new Set(ideas)).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    expect(ideas[0]).toBe(1);
    expect(ideas.at(-1)).toBe(10);
  });

  it('gives every lesson a title, text, task, hints and labelled checks', () => {
    for (const lesson of ALL_LESSONS) {
      expect(lesson.title.trim(), lesson.id).not.toBe('');
      expect(lesson.text.length, lesson.id).toBeGreaterThan(0);
      expect(lesson.task.trim(), lesson.id).not.toBe('');
      expect(lesson.hints.length, lesson.id).toBeGreaterThan(0);
      expect(lesson.goal.length, lesson.id).toBeGreaterThan(0);
      for (const check of lesson.goal) expect(check.label.trim(), lesson.id).not.toBe('');
    }
  });

  it('scores every challenge', () => {
    for (const lesson of CHALLENGES) {
      expect(lesson.kind).toBe('challenge');
      expect(lesson.score, lesson.id).toBeDefined();
    }
  });
});

describe.each(ALL_LESSONS.map((lesson) => [lesson.id, lesson] as const))('%s', (_id, lesson) => {
  it('is not solved by its start and is solved by its solution', () => {
    const run = startHeadless(lesson, catalog);
    const atStart = evaluateGoal(lesson, run.started);
    expect(atStart.met).toBe(false);
    const solved = evaluateGoal(lesson, run.run(lesson.solution));
    const unmet = solved.checks.filter((c) => !c.met).map((c) => c.label);
    expect(unmet).toEqual([]);
    expect(solved.met).toBe(true);
    if (lesson.score) expect(measureScore(lesson, run.run(''))).not.toBeNull();
  });

  if (lesson.prediction)
    it('answers its prediction from the engine', () => {
      const answer = derivePredictionAnswer(lesson, catalog);
      expect(lesson.prediction?.choices.map((c) => c.id)).toContain(answer);
    });
});
