/**
 * Units run one at a time, in the order they were asked for, each after the engine is
 * ready. A unit with a command line to show is put on screen as running and painted before
 * its work starts, so a click or Enter answers at once and the engine's work comes after.
 */
import type { SessionLike } from './engine-loader';
import type { AppState, Origin } from './types';

export interface ShownCommand {
  input: string;
  origin: Origin;
}

/** What to show while a unit runs: a command, nothing, or one decided when its turn comes. */
export type Show = ShownCommand | null | (() => ShownCommand | null);

export type InTurn = <T>(show: Show, work: (s: SessionLike) => T, fallback: T) => Promise<T>;

export function createTurns(deps: {
  ensureSession: () => Promise<SessionLike | null>;
  painted: () => Promise<void>;
  prompt: () => string;
  setRunning: (running: AppState['running']) => void;
}): InTurn {
  let tail: Promise<unknown> = Promise.resolve();
  return function inTurn<T>(show: Show, work: (s: SessionLike) => T, fallback: T): Promise<T> {
    const turn = tail.then(async () => {
      const s = await deps.ensureSession();
      if (!s) return fallback;
      const shown = typeof show === 'function' ? show() : show;
      if (shown) {
        deps.setRunning({ prompt: deps.prompt(), ...shown });
        await deps.painted();
      }
      try {
        return work(s);
      } finally {
        if (shown) deps.setRunning(null);
      }
    });
    tail = turn.catch(() => undefined);
    return turn;
  };
}
