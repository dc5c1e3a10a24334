/**
 * The presentation player wired to the store: the pure reducer decides, this hook carries
 * out the effects (run the next unit, undo, reset, run the rest, full screen) and runs the
 * auto-advance timer. The position is read from the store's scenario (`stepsDone`), not
 * counted here, so undo, a reset or a command typed by hand can never leave it out of step.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useAppStore, useAppStoreApi } from '../../store';
import type { PlayerCommand } from './player-keys';
import {
  INITIAL_PLAYER,
  reducePlayer,
  stepDelay,
  type PlayerEffect,
  type PlayerState,
} from './player-reducer';
import { stepsDone } from './scenario-units';

export interface Player {
  state: PlayerState;
  position: number;
  total: number;
  /** A step is running (the engine is busy): the controls wait for it. */
  running: boolean;
  /** A short message for the bar (full screen refused...), or null. */
  message: string | null;
  dispatch(command: PlayerCommand): void;
}

async function toggleFullscreen(el: HTMLElement | null): Promise<string | null> {
  try {
    if (typeof document === 'undefined') return null;
    if (document.fullscreenElement) {
      await document.exitFullscreen();
      return null;
    }
    if (!el || typeof el.requestFullscreen !== 'function' || document.fullscreenEnabled === false) {
      return 'Full screen is not available here; use the browser’s own (F11).';
    }
    await el.requestFullscreen();
    return null;
  } catch {
    return 'The browser refused full screen; use its own (F11).';
  }
}

export function usePlayer(units: readonly string[], root: RefObject<HTMLElement | null>): Player {
  const api = useAppStoreApi();
  const scenario = useAppStore((s) => s.scenario);
  const status = useAppStore((s) => s.status);
  const [state, setState] = useState<PlayerState>(() => ({
    ...INITIAL_PLAYER,
    speed: api.getState().speed,
  }));
  const [running, setRunning] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const position = stepsDone(scenario, units);
  const total = units.length;

  // The latest values for callbacks that outlive a render (timers, awaited runs).
  const latest = useRef({ state, units });
  useLayoutEffect(() => {
    latest.current = { state, units };
  }, [state, units]);
  const busy = useRef(false);
  /** Next presses made while a step runs: each runs after it, in turn (a quick Right, Right). */
  const queuedNext = useRef(0);

  const exclusive = useCallback(async (work: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    setRunning(true);
    try {
      await work();
    } finally {
      busy.current = false;
      setRunning(false);
    }
  }, []);

  const runNext = useCallback(async () => {
    const { units: now } = latest.current;
    const unit = now[stepsDone(api.getState().scenario, now)];
    if (unit !== undefined) await api.getState().runCommand(unit, 'typed');
  }, [api]);

  const perform = useCallback(
    (effect: PlayerEffect) => {
      switch (effect.type) {
        case 'run-next':
          if (busy.current) {
            queuedNext.current++;
            break;
          }
          void exclusive(async () => {
            await runNext();
            while (queuedNext.current > 0) {
              queuedNext.current--;
              await runNext();
            }
          });
          break;
        case 'run-all':
          void exclusive(async () => {
            // One step at a time, so Back still undoes them one by one.
            const list = latest.current.units;
            while (stepsDone(api.getState().scenario, list) < list.length) {
              if (latest.current.units !== list) break; // another scenario was loaded
              await runNext();
            }
          });
          break;
        case 'undo':
          // Back while a step runs takes back a queued Next first; the running one finishes.
          if (busy.current) queuedNext.current = Math.max(0, queuedNext.current - 1);
          else api.getState().undo();
          break;
        case 'reset':
          queuedNext.current = 0;
          void exclusive(() => api.getState().reset());
          break;
        case 'fullscreen':
          void toggleFullscreen(root.current).then(setMessage);
          break;
      }
    },
    [api, exclusive, runNext, root],
  );

  const dispatch = useCallback(
    (command: PlayerCommand) => {
      const now = latest.current;
      const progress = {
        position: stepsDone(api.getState().scenario, now.units),
        total: now.units.length,
      };
      const result = reducePlayer(now.state, command, progress);
      latest.current = { ...now, state: result.state };
      setState(result.state);
      if (result.state.speed !== now.state.speed) api.getState().setSpeed(result.state.speed);
      if (result.effect) perform(result.effect);
    },
    [api, perform],
  );

  // Auto-advance: the next step after a pause the speed shortens; stop at the end.
  useEffect(() => {
    if (!state.playing || status !== 'ready' || running) return;
    if (position >= total) {
      setState((s) => ({ ...s, playing: false }));
      return;
    }
    const timer = setTimeout(() => perform({ type: 'run-next' }), stepDelay(state.speed));
    return () => clearTimeout(timer);
  }, [state.playing, state.speed, status, running, position, total, perform]);

  // The speed control in the bar writes the store; follow it.
  const storeSpeed = useAppStore((s) => s.speed);
  useEffect(() => {
    setState((s) => (s.speed === storeSpeed ? s : { ...s, speed: storeSpeed }));
  }, [storeSpeed]);

  return { state, position, total, running, message, dispatch };
}
