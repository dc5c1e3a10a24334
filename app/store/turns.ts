/**
 * Units run one at a time, in the order they were asked for, each after the engine is
 * ready. A unit with a command line to show is put on screen as running and painted before
 * its work starts, so a click or Enter answers at once and the engine's work comes after;
 * unless the same kind of command has lately been quick (see `QuickWork`), when the line and
 * its output appear together in one frame, as they do in a real terminal.
 */
import type { SessionLike } from './engine-loader';
import { quickWork } from './quick-work';
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
  /** A monotonic clock in ms (performance.now in a browser), to time each unit's work. */
  elapsed: () => number;
}): InTurn {
  let tail: Promise<unknown> = Promise.resolve();
  const quick = quickWork();
  return function inTurn<T>(show: Show, work: (s: SessionLike) => T, fallback: T): Promise<T> {
    const turn = tail.then(async () => {
      const s = await deps.ensureSession();
      if (!s) return fallback;
      const shown = typeof show === 'function' ? show() : show;
      // A button's click always shows its command first: the press must answer at once.
      const announced = shown !== null && (shown.origin === 'button' || !quick.expect(shown.input));
      if (announced) {
        deps.setRunning({ prompt: deps.prompt(), ...shown });
        await deps.painted();
      }
      const started = deps.elapsed();
      try {
        return work(s);
      } finally {
        if (shown) quick.record(shown.input, deps.elapsed() - started);
        if (announced) deps.setRunning(null);
      }
    });
    tail = turn.catch(() => undefined);
    return turn;
  };
}
