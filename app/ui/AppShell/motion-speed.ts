/**
 * The speed control scales every animation: at 2x a 0.4 s slide takes 0.2 s. Views that set
 * their own durations pass them through `scaledDuration` (or read `useMotionDuration`).
 * Pausing is for the event player: it stops taking events from the queue.
 */
import { useAppStore } from '../../store';

/** The default duration of one teaching animation at 1x, in seconds. */
export const BASE_DURATION = 0.4;

export function scaledDuration(seconds: number, speed: number): number {
  return speed > 0 ? seconds / speed : seconds;
}

/** `seconds` at the speed the person chose. */
export function useMotionDuration(seconds = BASE_DURATION): number {
  const speed = useAppStore((s) => s.speed);
  return scaledDuration(seconds, speed);
}
