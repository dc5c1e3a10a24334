import { describe, expect, it } from 'vitest';
import { ALL_LESSONS } from './catalog/index';
import type { StorageLike } from '../store/persistence';
import {
  emptyProgress,
  exportProgress,
  loadProgress,
  markCompleted,
  MAX_PROGRESS_BYTES,
  mergeProgress,
  parseProgress,
  PROGRESS_KEY,
  recordHints,
  recordScore,
  saveProgress,
} from './progress';
import type { Lesson } from './types';

function memory(initial: Record<string, string> = {}): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const challenge = ALL_LESSONS.find(
  (l) => l.kind === 'challenge' && l.score?.better === 'lower',
) as Lesson;

describe('progress', () => {
  it('survives a save and a load', () => {
    const storage = memory();
    let progress = markCompleted(emptyProgress(), 'images-are-layers', 1000);
    progress = recordHints(progress, 'images-are-layers', 2);
    progress = recordScore(progress, challenge, 12.5).progress;
    expect(saveProgress(storage, progress)).toBeNull();
    expect(loadProgress(storage, 0)).toEqual({ progress });
  });

  it('round-trips through an exported file', () => {
    const progress = markCompleted(emptyProgress(), 'volumes', 42);
    expect(parseProgress(exportProgress(progress))).toEqual({ ok: true, progress });
  });

  it('keeps the first completion time', () => {
    const once = markCompleted(emptyProgress(), 'volumes', 1);
    expect(markCompleted(once, 'volumes', 2).completed.volumes).toBe(1);
  });

  it('remembers only a better score', () => {
    const first = recordScore(emptyProgress(), challenge, 10);
    expect(first.improved).toBe(true);
    const worse = recordScore(first.progress, challenge, 11);
    expect(worse.improved).toBe(false);
    expect(worse.progress.best[challenge.id]).toBe(10);
    const better = recordScore(first.progress, challenge, 9);
    expect(better.progress.best[challenge.id]).toBe(9);
  });

  it('sets unreadable saved progress aside and says where', () => {
    const storage = memory({ [PROGRESS_KEY]: '{not json' });
    const loaded = loadProgress(storage, 77);
    expect(loaded.progress).toEqual(emptyProgress());
    expect(loaded.notice).toContain(`${PROGRESS_KEY}.set-aside.77`);
    expect(storage.data.get(`${PROGRESS_KEY}.set-aside.77`)).toBe('{not json');
    expect(storage.data.has(PROGRESS_KEY)).toBe(false);
  });

  it('reads nothing and throws nothing when storage is absent or refuses', () => {
    expect(loadProgress(null, 0).progress).toEqual(emptyProgress());
    const refusing: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    expect(loadProgress(refusing, 0).progress).toEqual(emptyProgress());
    expect(saveProgress(refusing, emptyProgress())).toBe('QuotaExceededError');
  });
});

describe('importing a file', () => {
  const valid = exportProgress(markCompleted(emptyProgress(), 'volumes', 5));

  it.each([
    ['not JSON', 'hello', 'not valid JSON'],
    ['another app', '{"app":"other","v":1}', 'not a Layercake lessons file'],
    ['an array', '[]', 'not a Layercake lessons file'],
    ['a newer version', valid.replace('"v": 1', '"v": 9'), 'newer'],
    ['no version', valid.replace('"v": 1,', ''), 'no version'],
    ['a negative time', valid.replace('5', '-5'), 'invalid number'],
    ['a string score', valid.replace('"best": {}', '"best": {"x": "1"}'), 'invalid number'],
    ['a bad hint count', valid.replace('"hintsShown": {}', '"hintsShown": {"x": 1.5}'), 'invalid'],
  ])('rejects %s', (_name, text, error) => {
    const parsed = parseProgress(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(error);
  });

  it('rejects prototype-polluting keys without touching Object.prototype', () => {
    const text = valid.replace('"best": {}', '"best": {"__proto__": {"polluted": 1}}');
    expect(parseProgress(text).ok).toBe(false);
    const ctor = valid.replace('"best": {}', '"best": {"constructor": 3}');
    expect(parseProgress(ctor).ok).toBe(true); // a plain id: stored as data, harmless
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an oversized file before parsing it', () => {
    const parsed = parseProgress(' '.repeat(MAX_PROGRESS_BYTES + 1));
    expect(parsed).toEqual({ ok: false, error: 'the file is too large' });
  });

  it('merges imported progress: union of lessons, better scores, more hints', () => {
    const mine = recordScore(markCompleted(emptyProgress(), 'volumes', 10), challenge, 8).progress;
    const theirs = recordHints(
      recordScore(markCompleted(emptyProgress(), 'ci-cd', 20), challenge, 5).progress,
      'ci-cd',
      3,
    );
    const merged = mergeProgress(mine, theirs, ALL_LESSONS);
    expect(merged.completed).toEqual({ volumes: 10, 'ci-cd': 20 });
    expect(merged.best[challenge.id]).toBe(5);
    expect(merged.hintsShown).toEqual({ 'ci-cd': 3 });
  });
});
