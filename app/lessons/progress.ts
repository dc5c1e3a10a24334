/**
 * A learner's progress: which lessons are done, the best score of each challenge, how many
 * hints each lesson has shown. Saved in localStorage as a versioned document, exported and
 * imported as a JSON file. Everything read (storage or file) is validated; nothing from it
 * is trusted as code or HTML, and bad data is reported, never thrown.
 */
import { migrate, setAside, type Migrations, type StorageLike } from '../store/persistence';
import { isBetter } from './evaluate';
import type { Lesson } from './types';

export const PROGRESS_VERSION = 1;
export const PROGRESS_KEY = 'layercake.lessons';
/** An exported file is a few KB; anything much larger is not ours. */
export const MAX_PROGRESS_BYTES = 200_000;

export interface LessonProgress {
  v: typeof PROGRESS_VERSION;
  app: 'layercake-lessons';
  /** Lesson id → when it was completed (ms since the epoch). */
  completed: Record<string, number>;
  /** Challenge id → best score so far. */
  best: Record<string, number>;
  /** Lesson id → how many hints have been shown. */
  hintsShown: Record<string, number>;
}

/** `PROGRESS_MIGRATIONS[n]` turns a version n document into version n + 1. None yet. */
export const PROGRESS_MIGRATIONS: Migrations = {};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ENTRIES = 500;

export function emptyProgress(): LessonProgress {
  return { v: PROGRESS_VERSION, app: 'layercake-lessons', completed: {}, best: {}, hintsShown: {} };
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** A map of lesson id → finite number; keys must look like lesson ids (no `__proto__`). */
function idNumbers(
  x: unknown,
  what: string,
  ok: (n: number) => boolean,
): Record<string, number> | string {
  if (!isRecord(x)) return `its ${what} are missing`;
  const entries = Object.entries(x);
  if (entries.length > MAX_ENTRIES) return `it has too many ${what}`;
  const out: Record<string, number> = {};
  for (const [id, value] of entries) {
    if (!ID.test(id) || id.length > 64) return `its ${what} name an invalid lesson`;
    if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value))
      return `its ${what} hold an invalid number`;
    out[id] = value;
  }
  return out;
}

/** The document if it has the current version's shape, else why not. */
export function validateProgress(doc: Record<string, unknown>): LessonProgress | string {
  if (doc.app !== 'layercake-lessons') return 'it is not a Layercake lessons file';
  const completed = idNumbers(doc.completed, 'completed lessons', (n) => n >= 0);
  if (typeof completed === 'string') return completed;
  const best = idNumbers(doc.best, 'best scores', () => true);
  if (typeof best === 'string') return best;
  const hintsShown = idNumbers(
    doc.hintsShown,
    'hint counts',
    (n) => Number.isInteger(n) && n >= 0 && n <= 100,
  );
  if (typeof hintsShown === 'string') return hintsShown;
  return { v: PROGRESS_VERSION, app: 'layercake-lessons', completed, best, hintsShown };
}

export type ParsedProgress = { ok: true; progress: LessonProgress } | { ok: false; error: string };

/** Reads progress from JSON text (a saved document or an imported file). */
export function parseProgress(
  text: string,
  migrations: Migrations = PROGRESS_MIGRATIONS,
): ParsedProgress {
  if (text.length > MAX_PROGRESS_BYTES) return { ok: false, error: 'the file is too large' };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, error: 'it is not valid JSON' };
  }
  if (!isRecord(doc)) return { ok: false, error: 'it is not a Layercake lessons file' };
  if (doc.app !== 'layercake-lessons')
    return { ok: false, error: 'it is not a Layercake lessons file' };
  const migrated = migrate(doc, migrations, PROGRESS_VERSION);
  if (typeof migrated === 'string') return { ok: false, error: migrated };
  const progress = validateProgress(migrated);
  return typeof progress === 'string' ? { ok: false, error: progress } : { ok: true, progress };
}

export function exportProgress(progress: LessonProgress): string {
  return `${JSON.stringify(progress, null, 2)}\n`;
}

export type LoadedProgress =
  | { progress: LessonProgress; notice?: undefined }
  /** Saved data could not be read: it was set aside (if possible) and this says so. */
  | { progress: LessonProgress; notice: string };

/** Loads saved progress; unreadable data is moved aside (never deleted) and reported. */
export function loadProgress(storage: StorageLike | null, now: number): LoadedProgress {
  if (!storage) return { progress: emptyProgress() };
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { progress: emptyProgress() };
  }
  if (raw === null) return { progress: emptyProgress() };
  const parsed = parseProgress(raw);
  if (parsed.ok) return { progress: parsed.progress };
  const aside = setAside(storage, PROGRESS_KEY, raw, now);
  const where = aside ? ` It is kept in localStorage under "${aside}".` : '';
  return {
    progress: emptyProgress(),
    notice: `Your saved lesson progress could not be read (${parsed.error}), so it starts afresh.${where}`,
  };
}

/** Saves progress; returns an error message when the storage refuses. */
export function saveProgress(storage: StorageLike | null, progress: LessonProgress): string | null {
  if (!storage) return null;
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/** localStorage when the page may use it; null in a sandboxed iframe or with storage off. */
export function browserStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function markCompleted(progress: LessonProgress, id: string, at: number): LessonProgress {
  if (Object.hasOwn(progress.completed, id)) return progress;
  return { ...progress, completed: { ...progress.completed, [id]: at } };
}

export function recordHints(progress: LessonProgress, id: string, shown: number): LessonProgress {
  const before = Object.hasOwn(progress.hintsShown, id) ? progress.hintsShown[id] : 0;
  if ((before ?? 0) >= shown) return progress;
  return { ...progress, hintsShown: { ...progress.hintsShown, [id]: shown } };
}

/** Keeps a challenge's score if it beats the best so far. */
export function recordScore(
  progress: LessonProgress,
  lesson: Lesson,
  value: number,
): { progress: LessonProgress; improved: boolean } {
  const best = Object.hasOwn(progress.best, lesson.id) ? progress.best[lesson.id] : undefined;
  if (!lesson.score || !isBetter(lesson.score, value, best)) return { progress, improved: false };
  return {
    progress: { ...progress, best: { ...progress.best, [lesson.id]: value } },
    improved: true,
  };
}

/**
 * Joins imported progress into the current one: a lesson done in either is done (the
 * earlier time kept), the better score wins, the larger hint count is kept.
 */
export function mergeProgress(
  current: LessonProgress,
  imported: LessonProgress,
  lessons: readonly Lesson[],
): LessonProgress {
  const completed = { ...current.completed };
  for (const [id, at] of Object.entries(imported.completed))
    completed[id] = Math.min(at, completed[id] ?? at);
  const best = { ...current.best };
  for (const [id, value] of Object.entries(imported.best)) {
    const score = lessons.find((l) => l.id === id)?.score;
    const mine = best[id];
    if (mine === undefined || (score && isBetter(score, value, mine))) best[id] = value;
  }
  const hintsShown = { ...current.hintsShown };
  for (const [id, n] of Object.entries(imported.hintsShown))
    hintsShown[id] = Math.max(n, hintsShown[id] ?? 0);
  return { ...current, completed, best, hintsShown };
}
