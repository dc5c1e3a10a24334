/**
 * Saving as the store changes: the scenario, the files as the editor shows them, the
 * history and the preferences, written whenever one of them changes (synchronously, so
 * closing the tab right after typing loses nothing). Also the words said on start-up about
 * saved data that was set aside or migrated.
 */
import type { StoreApi } from 'zustand/vanilla';
import { shownFiles } from './derive';
import {
  saveState,
  setAside,
  STORAGE_VERSION,
  type ReadResult,
  type StorageLike,
} from './persistence';
import type { AppStore, Notice } from './types';

/** Subscribes a saver; calls `onError` once if the storage refuses (full, disabled). */
export function startSaving(
  api: StoreApi<AppStore>,
  storage: StorageLike,
  key: string,
  onError: (message: string) => void,
): () => void {
  let failed = false;
  return api.subscribe((state, prev) => {
    if (failed) return;
    if (
      state.scenario === prev.scenario &&
      state.drafts === prev.drafts &&
      state.hostFiles === prev.hostFiles &&
      state.history === prev.history &&
      state.theme === prev.theme &&
      state.speed === prev.speed &&
      state.paused === prev.paused &&
      state.autoBuild === prev.autoBuild
    )
      return;
    const error = saveState(storage, key, {
      v: STORAGE_VERSION,
      app: 'layercake',
      scenario: state.scenario,
      files: shownFiles(state.drafts, state.hostFiles),
      history: state.history,
      prefs: {
        theme: state.theme,
        speed: state.speed,
        paused: state.paused,
        autoBuild: state.autoBuild,
      },
    });
    if (error) {
      failed = true;
      onError(error);
    }
  });
}

/**
 * Sets unreadable saved data aside (before anything is saved over it) and says what
 * happened. `keepSaving` is false when the data could not be moved: saving would destroy it.
 */
export function handleSavedData(
  saved: ReadResult,
  storage: StorageLike,
  key: string,
  now: number,
): { notice?: Pick<Notice, 'kind' | 'text'>; keepSaving: boolean } {
  if (saved.kind === 'loaded' && saved.migratedFrom !== undefined)
    return {
      notice: {
        kind: 'info',
        text: `Your saved work was updated from version ${saved.migratedFrom}.`,
      },
      keepSaving: true,
    };
  if (saved.kind !== 'unreadable') return { keepSaving: true };
  const aside = setAside(storage, key, saved.raw, now);
  const where = aside
    ? `The old data is kept in this browser's localStorage under "${aside}".`
    : 'The old data is left untouched, and this tab will not save.';
  return {
    notice: {
      kind: 'warning',
      text: `Your saved work could not be read (${saved.reason}), so Layercake opened the example. ${where}`,
    },
    keepSaving: aside !== null,
  };
}
