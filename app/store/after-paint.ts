/**
 * Waiting for the browser to paint before heavy work, so what is on screen comes first.
 * Outside a browser (unit tests, node) both resolve at once.
 */

const inBrowser = () =>
  typeof requestAnimationFrame === 'function' && typeof document !== 'undefined';

/**
 * Resolves once the browser has painted what is on screen now: a click's feedback (the
 * command shown as running) appears before the engine works on it.
 */
export function afterPaint(): Promise<void> {
  // A hidden tab runs no animation frames: don't wait for one.
  if (!inBrowser() || document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    // rAF callbacks run just before a frame is made; the next frame begins only once the
    // compositor has taken that one, so a task queued from the second callback runs after
    // the feedback is on its way to the screen, not while it is still being rastered.
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)));
  });
}

/** How long to wait for the first contentful paint before loading anyway (a hidden tab). */
const FIRST_PAINT_WAIT_MS = 3000;

let firstPaint: Promise<void> | null = null;

/**
 * Resolves once the page's first contentful paint has happened (the Paint Timing entry), so
 * the engine and the views' code are fetched after it and do not compete with it. Where the
 * entry is not reported, it falls back to the next paint; it never waits more than 3 s.
 */
export function afterFirstPaint(): Promise<void> {
  if (!inBrowser()) return Promise.resolve();
  firstPaint ??= new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    };
    const timer = setTimeout(done, FIRST_PAINT_WAIT_MS);
    let observer: PerformanceObserver | undefined;
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) done();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      void afterPaint().then(done); // No Paint Timing here.
    }
  });
  return firstPaint;
}
