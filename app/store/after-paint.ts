/**
 * Resolves once the browser has painted what is on screen now. Work that would block the
 * main thread (loading the engine, running a build) waits for it, so a click or the first
 * visit shows its feedback before the work starts (interaction latency, first paint).
 * Outside a browser (unit tests, node) it resolves at once.
 */
export function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function' || typeof document === 'undefined')
    return Promise.resolve();
  // A hidden tab runs no animation frames: don't wait for one.
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    // rAF callbacks run just before a paint; a task queued from one runs just after it.
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
