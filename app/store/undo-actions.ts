/**
 * Undo, redo and the timeline's jumps: each restores a checkpoint's snapshot (nothing is run
 * again) and says what it did. Editor text the skipped steps wrote comes back as drafts,
 * under whatever the person has typed since (newer typing wins).
 */
import type { StoreApi } from 'zustand/vanilla';
import * as tl from './timeline';
import type { AppActions, AppStore } from './types';

type UndoActions = Pick<AppActions, 'undo' | 'redo' | 'jumpTo'>;

export function createUndoActions(
  get: StoreApi<AppStore>['getState'],
  deps: {
    hasSession: () => boolean;
    restore: (timeline: tl.Timeline, drafts: Record<string, string>, said: string) => void;
  },
): UndoActions {
  const current = () => (deps.hasSession() ? get().timeline : null);
  const named = (t: tl.Timeline, index: number) => tl.stepCommand(t, index) ?? 'the last step';
  return {
    undo() {
      const timeline = current();
      const r = timeline ? tl.undoStep(timeline) : null;
      if (!r || !timeline) return;
      const said = `Undid ${named(timeline, timeline.cursor)}`;
      deps.restore(r.timeline, { ...r.restoredDrafts, ...get().drafts }, said);
    },

    redo() {
      const from = current();
      const timeline = from ? tl.redoStep(from) : null;
      if (!timeline) return;
      deps.restore(timeline, get().drafts, `Redid ${named(timeline, timeline.cursor)}`);
    },

    jumpTo(index) {
      const from = current();
      const r = from ? tl.jumpToCheckpoint(from, index) : null;
      if (!r) return;
      const said = tl.describeCheckpoint(r.timeline, r.timeline.cursor);
      deps.restore(r.timeline, { ...r.restoredDrafts, ...get().drafts }, said);
    },
  };
}
