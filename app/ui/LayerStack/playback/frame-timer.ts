/**
 * Waits, then runs a callback at the start of an animation frame. A played step changes the
 * store, and React draws the change at once; done from a plain timer, that work lands in the
 * middle of a frame, pushes the next one back, and the frame after it (the step's style, layout
 * and paint) comes late too. Run from a frame callback, the step's script and its drawing share
 * one frame: a step costs the animation at most one late frame on a slow machine, not two.
 *
 * Without animation frames (unit tests, node) or in a hidden tab (which runs none), the callback
 * runs from the timer.
 */

/** Cancels a scheduled callback. */
export type Cancel = () => void;

const framesRun = () =>
  typeof requestAnimationFrame === 'function' &&
  typeof document !== 'undefined' &&
  document.visibilityState !== 'hidden';

export function atFrameAfter(ms: number, run: () => void): Cancel {
  let frame: number | undefined;
  const timer = setTimeout(() => {
    if (!framesRun()) return run();
    frame = requestAnimationFrame(() => {
      frame = undefined;
      run();
    });
  }, ms);
  return () => {
    clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
}
