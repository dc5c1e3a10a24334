/**
 * What is kept across reloads: the scenario (every typed unit, with its time and origin),
 * the editor's unsaved drafts, the command history and the preferences. Not the world: it
 * is rebuilt by replaying the scenario, so saved data stays small and survives engine
 * changes.
 *
 * The document is versioned (`{ v: 1, app: 'layercake', ... }`). Older versions are
 * migrated one version at a time. Anything unreadable (bad JSON, another app's data, a
 * newer version, a wrong shape) is moved to another key, never deleted, and reported.
 */
import { SPEEDS, type Origin, type ScenarioStep, type Speed, type Theme } from './types';

export const STORAGE_VERSION = 1;
export const DEFAULT_STORAGE_KEY = 'layercake';

export interface SavedPrefs {
  theme: Theme;
  speed: Speed;
  paused: boolean;
  /** Rebuild when the person pauses typing (added within version 1: absent means off). */
  autoBuild: boolean;
}

export interface SavedState {
  v: typeof STORAGE_VERSION;
  app: 'layercake';
  scenario: ScenarioStep[];
  /**
   * The text of every build-context file as the editor showed it (drafts included). It is
   * shown at once on load, before the replay; after the replay any file the host has
   * differently becomes a draft again, so the person's text is never lost.
   */
  files: Record<string, string>;
  history: string[];
  prefs: SavedPrefs;
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** `migrations[n]` turns a version n document into a version n + 1 one. */
export type Migrations = Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>;

/** None yet: version 1 is the first. Add `1: (doc) => ({ ...doc, v: 2, ... })` with version 2. */
export const MIGRATIONS: Migrations = {};

export type ReadResult =
  | { kind: 'empty' }
  | { kind: 'loaded'; state: SavedState; migratedFrom?: number }
  /** Not readable: `raw` should be set aside (see setAside) before anything is saved. */
  | { kind: 'unreadable'; reason: string; raw: string };

const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'projection'];
const ORIGINS: readonly Origin[] = ['typed', 'button', 'files', 'seed'];

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function checkStep(x: unknown): ScenarioStep | null {
  if (!isRecord(x)) return null;
  const { input, time, origin } = x;
  if (typeof input !== 'string' || typeof time !== 'number' || !Number.isFinite(time)) return null;
  if (typeof origin !== 'string' || !ORIGINS.includes(origin as Origin)) return null;
  return { input, time, origin: origin as Origin };
}

/** The saved document if it has the current version's shape, else why not. */
export function validate(doc: Record<string, unknown>): SavedState | string {
  if (doc.app !== 'layercake') return 'it was not written by Layercake';
  if (!Array.isArray(doc.scenario)) return 'its scenario is missing';
  const scenario: ScenarioStep[] = [];
  for (const raw of doc.scenario) {
    const step = checkStep(raw);
    if (!step) return 'a step of its scenario is malformed';
    scenario.push(step);
  }
  const files: Record<string, string> = {};
  if (!isRecord(doc.files)) return 'its files are missing';
  for (const [path, text] of Object.entries(doc.files)) {
    if (typeof text !== 'string') return 'its files are malformed';
    files[path] = text;
  }
  if (!Array.isArray(doc.history) || doc.history.some((h) => typeof h !== 'string'))
    return 'its command history is malformed';
  const prefs = doc.prefs;
  if (!isRecord(prefs)) return 'its preferences are missing';
  if (!THEMES.includes(prefs.theme as Theme)) return 'its theme is unknown';
  if (!SPEEDS.includes(prefs.speed as Speed)) return 'its speed is unknown';
  if (typeof prefs.paused !== 'boolean') return 'its pause setting is malformed';
  if (prefs.autoBuild !== undefined && typeof prefs.autoBuild !== 'boolean')
    return 'its auto-build setting is malformed';
  return {
    v: STORAGE_VERSION,
    app: 'layercake',
    scenario,
    files,
    history: doc.history as string[],
    prefs: {
      theme: prefs.theme as Theme,
      speed: prefs.speed as Speed,
      paused: prefs.paused,
      autoBuild: prefs.autoBuild === true,
    },
  };
}

/** Brings a document of an older version up to the current one, or says why it cannot. */
export function migrate(
  doc: Record<string, unknown>,
  migrations: Migrations = MIGRATIONS,
  target = STORAGE_VERSION,
): Record<string, unknown> | string {
  let current = doc;
  for (;;) {
    const v = current.v;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return 'it has no version';
    if (v === target) return current;
    if (v > target) return `it was saved by a newer Layercake (version ${v})`;
    const step = migrations[v];
    if (!step) return `no migration from version ${v}`;
    try {
      current = step(current);
    } catch (err) {
      return `migrating from version ${v} failed: ${err instanceof Error ? err.message : String(err)}`;
    }
    if (current.v !== v + 1) return `migrating from version ${v} gave no version ${v + 1}`;
  }
}

/** Reads and checks the saved document; writes nothing (see setAside). */
export function readSaved(
  storage: StorageLike,
  key: string,
  migrations: Migrations = MIGRATIONS,
): ReadResult {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { kind: 'empty' };
  }
  if (raw === null) return { kind: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', reason: 'it is not valid JSON', raw };
  }
  if (!isRecord(parsed))
    return { kind: 'unreadable', reason: 'it is not a Layercake document', raw };
  const migrated = migrate(parsed, migrations);
  if (typeof migrated === 'string') return { kind: 'unreadable', reason: migrated, raw };
  const state = validate(migrated);
  if (typeof state === 'string') return { kind: 'unreadable', reason: state, raw };
  const from = parsed.v as number;
  return from === STORAGE_VERSION
    ? { kind: 'loaded', state }
    : { kind: 'loaded', state, migratedFrom: from };
}

/**
 * Moves unreadable saved text to `KEY.set-aside.TIME` so that saving anew does not destroy
 * it. Returns the new key, or null when the storage refused (then nothing must be saved).
 */
export function setAside(
  storage: StorageLike,
  key: string,
  raw: string,
  now: number,
): string | null {
  const asideKey = `${key}.set-aside.${now}`;
  try {
    storage.setItem(asideKey, raw);
    storage.removeItem(key);
    return asideKey;
  } catch {
    return null;
  }
}

/** Writes the document; returns an error message when the storage refuses (full, disabled). */
export function saveState(storage: StorageLike, key: string, state: SavedState): string | null {
  try {
    storage.setItem(key, JSON.stringify(state));
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
