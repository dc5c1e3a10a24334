/**
 * The state a store starts in, before the engine has loaded: the saved (or example) files
 * as drafts so the editor shows them at first paint, and the saved preferences.
 */
import { DOCKERFILE } from './derive';
import type { SavedState } from './persistence';
import type { AppState, Hover } from './types';

export function initialState(
  loaded: SavedState | null,
  initialDrafts: Record<string, string>,
): AppState {
  return {
    status: 'loading',
    snapshot: null,
    prompt: 'learner@laptop:~$ ',
    attached: false,
    running: null,
    transcript: [],
    clearedThrough: 0,
    scenario: loaded?.scenario ?? [],
    history: loaded?.history ?? [],
    drafts: initialDrafts,
    hostFiles: [],
    dockerfile: initialDrafts[DOCKERFILE] ?? '',
    selection: { layer: null, container: null },
    hover: { line: null, layer: null },
    speed: loaded?.prefs.speed ?? 1,
    paused: loaded?.prefs.paused ?? false,
    theme: loaded?.prefs.theme ?? 'system',
    autoBuild: loaded?.prefs.autoBuild ?? false,
    pendingEvents: [],
    announcements: [],
    notice: null,
    canUndo: false,
    canRedo: false,
    timeline: null,
  };
}

/** `now` with `change` applied, or null when that changes nothing (no re-render). */
export function mergedHover(now: Hover, change: Partial<Hover>): Hover | null {
  const next = { ...now, ...change };
  const sameLayer =
    next.layer === now.layer ||
    (next.layer?.id === now.layer?.id &&
      next.layer?.lines?.start === now.layer?.lines?.start &&
      next.layer?.lines?.end === now.layer?.lines?.end);
  return next.line !== now.line || !sameLayer ? next : null;
}
