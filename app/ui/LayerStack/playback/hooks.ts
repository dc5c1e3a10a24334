/**
 * React access to playback: `usePlayback()` keeps the store's player running while the
 * view is mounted; `usePlayed(handler)` hears each played step (for transient animations);
 * `useUnplayed(selector)` reads what is still queued, the part of the world not shown yet.
 */
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore, useAppStoreApi, type QueuedEvent } from '../../../store';
import { playerFor, type EventPlayer } from './player';

export function usePlayback(): EventPlayer {
  const api = useAppStoreApi();
  const player = playerFor(api);
  useEffect(() => player.retain(), [player]);
  return player;
}

export function usePlayed(handler: (played: readonly QueuedEvent[]) => void): void {
  const player = usePlayback();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => player.subscribe((played) => latest.current(played)), [player]);
}

/** Keys of the queued events `pick` cares about (strings; re-renders only when they change). */
export function useUnplayed(pick: (q: QueuedEvent) => string | undefined): string[] {
  return useAppStore(
    useShallow((s) => {
      const keys: string[] = [];
      for (const q of s.pendingEvents) {
        const key = pick(q);
        if (key !== undefined) keys.push(key);
      }
      return keys;
    }),
  );
}
