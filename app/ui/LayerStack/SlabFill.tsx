/**
 * A filesystem slab's tint, which pours in (scaleY, from the bottom) when its build step is
 * played. A CSS transition rather than a motion animation: the compositor runs it and, when
 * it ends, nothing is written to the page (motion commits the end value to the element's
 * style, which cost a main-thread frame ~400 ms after each filesystem step).
 *
 * While it pours, and until the stack lets it go at the next step (fill-release.ts), the
 * fill keeps its own compositor layer, so ending the pour repaints nothing. With reduced
 * motion it jumps (the CSS drops the transition) and takes no layer.
 */
import { useReducedMotion } from 'motion/react';
import { useLayoutEffect, useRef } from 'react';
import { useMotionDuration } from '../AppShell/motion-speed';

export function SlabFill({
  empty,
  onPoured,
}: {
  /** The step has not been played yet: the slab is an outline. */
  empty: boolean;
  /** The fill has poured: it keeps its compositor layer until the caller lets it go. */
  onPoured: (fill: HTMLElement) => void;
}) {
  const fill = useRef<HTMLSpanElement>(null);
  const still = useReducedMotion() ?? false;
  const duration = useMotionDuration();
  const wasEmpty = useRef(empty);

  // Before the browser styles the new state, so the transition starts on its own layer.
  useLayoutEffect(() => {
    const pours = wasEmpty.current && !empty;
    wasEmpty.current = empty;
    if (pours && !still) fill.current?.style.setProperty('will-change', 'transform');
  }, [empty, still]);

  const poured = () => {
    const el = fill.current;
    if (el && el.style.getPropertyValue('will-change')) onPoured(el);
  };

  return (
    <span
      ref={fill}
      className={`lc-slab__fill${empty ? ' lc-slab__fill--empty' : ''}`}
      aria-hidden="true"
      style={{ transitionDuration: `${duration}s` }}
      onTransitionEnd={poured}
      onTransitionCancel={poured}
    />
  );
}
