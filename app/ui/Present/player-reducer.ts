/**
 * The presentation player's own state (playing, blank, help, speed) and what each command
 * does to it. Pure: the effects it asks for (run a step, undo, reset, full screen) are
 * returned as data and carried out by `usePlayer`, which owns the store and the DOM.
 */
import { SPEEDS, type Speed } from '../../store/types';
import type { PlayerCommand } from './player-keys';

export interface PlayerState {
  /** Auto-advance: the next step runs after a pause that the speed shortens. */
  playing: boolean;
  blank: boolean;
  help: boolean;
  speed: Speed;
}

/** Where the scenario stands: steps run so far and the number of steps. */
export interface Progress {
  position: number;
  total: number;
}

export type PlayerEffect =
  | { type: 'run-next' }
  | { type: 'run-all' }
  | { type: 'undo' }
  | { type: 'reset' }
  | { type: 'fullscreen' };

export interface PlayerResult {
  state: PlayerState;
  effect: PlayerEffect | null;
}

export const INITIAL_PLAYER: PlayerState = { playing: false, blank: false, help: false, speed: 1 };

/** How long a step stays on screen during auto-advance at speed 1. */
export const STEP_MS = 4000;

/** The auto-advance delay at a speed. */
export function stepDelay(speed: Speed): number {
  return Math.round(STEP_MS / speed);
}

/** The next speed up or down the store's list, staying at the ends. */
export function shiftSpeed(speed: Speed, by: 1 | -1): Speed {
  const i = SPEEDS.indexOf(speed);
  const next = SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, (i < 0 ? 2 : i) + by))];
  return next ?? speed;
}

const same = (state: PlayerState): PlayerResult => ({ state, effect: null });

export function reducePlayer(
  state: PlayerState,
  command: PlayerCommand,
  progress: Progress,
): PlayerResult {
  const atEnd = progress.position >= progress.total;
  // A blank screen hides the lesson: only B, Escape (and full screen) bring anything back,
  // so a stray key in the dark does not move the class on unseen.
  if (state.blank) {
    if (command === 'blank' || command === 'escape') return same({ ...state, blank: false });
    if (command === 'fullscreen') return { state, effect: { type: 'fullscreen' } };
    return same(state);
  }
  switch (command) {
    case 'next':
      return atEnd ? same({ ...state, playing: false }) : { state, effect: { type: 'run-next' } };
    case 'back':
      // Going back stops auto-advance, or it would step forward again at once.
      return progress.position > 0
        ? { state: { ...state, playing: false }, effect: { type: 'undo' } }
        : same({ ...state, playing: false });
    case 'start':
      return { state: { ...state, playing: false }, effect: { type: 'reset' } };
    case 'end':
      return atEnd
        ? same({ ...state, playing: false })
        : { state: { ...state, playing: false }, effect: { type: 'run-all' } };
    case 'toggle-play':
      if (state.playing || atEnd) return same({ ...state, playing: false });
      // Play runs the next step at once: a teacher who presses it expects something to move.
      return { state: { ...state, playing: true }, effect: { type: 'run-next' } };
    case 'faster':
      return same({ ...state, speed: shiftSpeed(state.speed, 1) });
    case 'slower':
      return same({ ...state, speed: shiftSpeed(state.speed, -1) });
    case 'blank':
      return same({ ...state, blank: true, help: false });
    case 'fullscreen':
      return { state, effect: { type: 'fullscreen' } };
    case 'help':
      return same({ ...state, help: !state.help });
    case 'escape':
      return same({ ...state, help: false });
  }
}
