/**
 * How the page opens a share link: the decoded session becomes the saved state of a store
 * that keeps it in memory, so the store replays each step at the time it first ran (the
 * same digests as the sender saw) and nothing is written over the person's own saved work.
 * A bad link opens the page as usual, with a notice that says why.
 */
import type { AppStoreOptions } from '../store/create-app-store';
import { STORAGE_VERSION, type SavedState, type StorageLike } from '../store/persistence';
import type { AppState, Notice } from '../store/types';
import { readFragment } from './link';
import type { SessionDoc } from './session-doc';

export const SHARED_KEY = 'layercake.shared';

export interface LinkOpening {
  /** Options for `createAppStore`: empty unless a session link was opened. */
  options: AppStoreOptions;
  notice: Pick<Notice, 'kind' | 'text'> | null;
  /** Whether the page shows a shared session (not the person's own saved work). */
  shared: boolean;
}

/** A Storage that lives and dies with the page (the shared session is not saved). */
export function memoryStorage(initial: Record<string, string> = {}): StorageLike {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

/** The saved-state document a store replays for this session. */
export function savedStateFor(doc: SessionDoc, now: number): SavedState {
  return {
    v: STORAGE_VERSION,
    app: 'layercake',
    scenario: doc.steps.map((s) => ({
      input: s.input,
      time: s.time ?? now,
      origin: s.origin ?? 'typed',
    })),
    files: { ...doc.drafts },
    history: doc.steps
      .filter((s) => (s.origin ?? 'typed') === 'typed' && !s.input.includes('\n'))
      .map((s) => s.input)
      .slice(-500),
    prefs: { theme: 'system', speed: 1, paused: false, autoBuild: false },
  };
}

export function openingFor(hash: string, now: number): LinkOpening {
  const link = readFragment(hash);
  if (link.kind === 'none') return { options: {}, notice: null, shared: false };
  if (link.kind === 'bad')
    return {
      options: {},
      notice: { kind: 'warning', text: `${link.error} Layercake opened as usual instead.` },
      shared: false,
    };
  if (link.doc.steps.length === 0)
    return {
      options: {},
      notice: {
        kind: 'info',
        text: 'This link holds an empty session; Layercake opened as usual.',
      },
      shared: false,
    };
  const storage = memoryStorage({ [SHARED_KEY]: JSON.stringify(savedStateFor(link.doc, now)) });
  const n = link.doc.steps.length;
  return {
    options: { storage, storageKey: SHARED_KEY },
    notice: {
      kind: 'info',
      text: `You opened a shared session (${n} step${n === 1 ? '' : 's'}). Changes here are not saved, and your own saved work is untouched.`,
    },
    shared: true,
  };
}

/** The current session as a share document: the steps up to the undo position, and drafts. */
export function sessionOf(state: Pick<AppState, 'scenario' | 'drafts'>): SessionDoc {
  return {
    steps: state.scenario.map((s) => ({ input: s.input, time: s.time, origin: s.origin })),
    drafts: { ...state.drafts },
  };
}
