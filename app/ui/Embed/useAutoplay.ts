/**
 * Autoplay for an embedded scenario: runs its units one by one, each after the views have
 * played the previous one's events and a pause scaled by the speed, holding while paused.
 */
import { useCallback, useEffect, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../../store';

/** The pause between two commands at speed 1, once the previous one has been played. */
export const STEP_PAUSE_MS = 1400;

export interface Autoplay {
  /** How many units have run. */
  done: number;
  total: number;
  /** Starts over: a fresh world, the first unit next. */
  restart(): void;
}

export function useAutoplay(units: readonly string[], enabled: boolean): Autoplay {
  const api = useAppStoreApi();
  const [done, setDone] = useState(0);
  const status = useAppStore((s) => s.status);
  const paused = useAppStore((s) => s.paused);
  const speed = useAppStore((s) => s.speed);
  const busy = useAppStore((s) => s.pendingEvents.length > 0);

  useEffect(() => {
    if (!enabled || status !== 'ready' || paused || busy || done >= units.length) return;
    const unit = units[done];
    if (unit === undefined) return;
    const timer = setTimeout(
      () => {
        setDone((n) => n + 1);
        void api.getState().runCommand(unit, 'typed');
      },
      done === 0 ? 300 : STEP_PAUSE_MS / speed,
    );
    return () => clearTimeout(timer);
  }, [api, enabled, status, paused, busy, done, units, speed]);

  const restart = useCallback(() => {
    void api
      .getState()
      .reset()
      .then(() => setDone(0));
  }, [api]);

  return { done, total: units.length, restart };
}
