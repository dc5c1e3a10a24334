/**
 * While a build plays, the stack keeps the step being played in view. A long Dockerfile's
 * stack is taller than its column, and a build plays bottom up (FROM first) while the column
 * opens at the top (the newest row): without following, the first steps poured out of sight
 * under a column of outlines. The column scrolls by the least that shows the row, once per
 * played step, in the same frame as the step. If the person scrolls the column during a build,
 * the stack stops following them until the next build.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';

/** Room kept around the followed row, in px, so its neighbours show it is part of a stack. */
export const FOLLOW_MARGIN_PX = 12;

/**
 * The scrollTop that brings `row` into the scroller's view by the least movement (the
 * `block: 'nearest'` of scrollIntoView, with a margin), or undefined when it already shows.
 * Rects are viewport rects (getBoundingClientRect).
 */
export function nearestScrollTop(
  scrollTop: number,
  view: { top: number; bottom: number },
  row: { top: number; bottom: number },
  margin = FOLLOW_MARGIN_PX,
): number | undefined {
  const room = view.bottom - view.top;
  // A row taller than the view shows its top.
  if (row.bottom - row.top + 2 * margin > room) return scrollTop + row.top - view.top - margin;
  if (row.top - margin < view.top) return scrollTop - (view.top - (row.top - margin));
  if (row.bottom + margin > view.bottom) return scrollTop + (row.bottom + margin - view.bottom);
  return undefined;
}

/** The element that scrolls `el` vertically (overflow auto or scroll, and taller inside), if any. */
function scrollerOf(el: HTMLElement): HTMLElement | undefined {
  for (let at = el.parentElement; at; at = at.parentElement) {
    const { overflowY } = getComputedStyle(at);
    if (overflowY === 'auto' || overflowY === 'scroll') {
      // The page's own scroller (tablet and phone layouts) is left alone: moving the whole page
      // to the stack on every step would take the person away from what they were reading.
      return at.scrollHeight > at.clientHeight && at !== document.scrollingElement ? at : undefined;
    }
  }
  return undefined;
}

/** What a person does to move or use the column themselves: the stack stops following. */
const TAKE_OVER = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * Follows the playing step. `target` is the history index of the row to show: while `playing`,
 * the last step played (or the first still to play as a build starts); when the build has
 * just played its last step, the top row, shown once. `list` holds the rows
 * (`data-history-index`).
 */
export function useFollowPlayingStep(
  list: RefObject<HTMLElement | null>,
  target: number | undefined,
  playing: boolean,
): void {
  const released = useRef(false);
  const wasPlaying = useRef(false);
  const watching = useRef<{ scroller: HTMLElement; stop: () => void } | undefined>(undefined);

  useLayoutEffect(() => {
    const justEnded = wasPlaying.current && !playing;
    wasPlaying.current = playing;
    if (!playing && !justEnded) return;
    const wasReleased = released.current;
    // The next build follows again, whatever the person did during this one.
    if (justEnded) released.current = false;
    if (target === undefined || wasReleased) return;
    const el = list.current;
    const row = el?.querySelector<HTMLElement>(
      `[data-history-index="${target}"]:not([data-leaving])`,
    );
    const scroller = el && scrollerOf(el);
    if (!row || !scroller) return;
    if (watching.current?.scroller !== scroller) {
      watching.current?.stop();
      const takeOver = () => {
        released.current = true;
      };
      for (const type of TAKE_OVER) scroller.addEventListener(type, takeOver, { passive: true });
      const stop = () => {
        for (const type of TAKE_OVER) scroller.removeEventListener(type, takeOver);
      };
      watching.current = { scroller, stop };
    }
    const next = nearestScrollTop(
      scroller.scrollTop,
      scroller.getBoundingClientRect(),
      row.getBoundingClientRect(),
    );
    if (next !== undefined) scroller.scrollTop = next;
  }, [list, target, playing]);

  useLayoutEffect(
    () => () => {
      watching.current?.stop();
      watching.current = undefined;
    },
    [],
  );
}
