/**
 * When a slab's fill has poured, its compositor layer is let go at the next played step, not
 * at once. Letting a layer go repaints the slab it sat in: done on its own, ~400 ms after the
 * step, that repaint was a second late frame per filesystem step under a 4x CPU throttle
 * (npm run bench:ui). The next step repaints the stack anyway, so the release rides along in
 * that frame. A fill poured with no step after it (the build's last) is let go after a pause.
 */
import { useCallback, useEffect, useRef } from 'react';
import { usePlayed } from './playback/hooks';

/** How long a poured fill keeps its layer when no step follows, in ms. */
export const RELEASE_FALLBACK_MS = 1000;

function release(fills: HTMLElement[]): void {
  for (const fill of fills.splice(0)) fill.style.removeProperty('will-change');
}

/**
 * `hold(fill)` keeps a poured fill composited until the next played step (or the fallback);
 * stable across renders, so memoised rows that take it are not drawn again.
 */
export function useFillRelease(): (fill: HTMLElement) => void {
  const waiting = useRef<HTMLElement[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const releaseAll = useCallback(() => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
    release(waiting.current);
  }, []);

  usePlayed(releaseAll);
  useEffect(() => releaseAll, [releaseAll]);

  return useCallback(
    (fill: HTMLElement) => {
      waiting.current.push(fill);
      timer.current ??= setTimeout(releaseAll, RELEASE_FALLBACK_MS);
    },
    [releaseAll],
  );
}
