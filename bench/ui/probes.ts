/**
 * What runs inside the page, as source text: Playwright serialises functions with
 * `toString()`, and tsx's name-keeping helpers (`__name`) do not exist in the page, so the
 * probes are plain strings.
 *
 * - `window.__bench.startFrames()` / `stopFrames()`: requestAnimationFrame deltas, in ms.
 * - `window.__bench.events`: Event Timing entries (input to next paint) of at least 16 ms,
 *   the smallest threshold the API allows; an interaction with no entry took under 16 ms.
 */

export const INSTALL_PROBES = `
(() => {
  const bench = { events: [], frames: null };
  bench.startFrames = () => {
    const deltas = [];
    let last = 0;
    let running = true;
    const tick = (t) => {
      if (!running) return;
      if (last) deltas.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    bench.frames = { deltas, stop: () => { running = false; } };
  };
  bench.stopFrames = () => {
    if (!bench.frames) return [];
    bench.frames.stop();
    const deltas = bench.frames.deltas;
    bench.frames = null;
    return deltas;
  };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        bench.events.push({
          name: e.name,
          start: e.startTime,
          duration: e.duration,
          interactionId: e.interactionId || 0,
        });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    // no Event Timing: interaction rows will say so
  }
})();
`;

/** Truthy (the time since navigation start) once the app is usable: see ui.bench.ts. */
export const INTERACTIVE = `(() => {
  const app = document.querySelector('.lc-app');
  if (!app || app.getAttribute('data-engine') !== 'ready') return false;
  const build = [...document.querySelectorAll('button')].find(
    (b) => b.textContent.trim() === 'Build',
  );
  const layers = document.querySelector('[aria-label="Image layers"]');
  if (!build || build.disabled || build.getAttribute('aria-disabled') === 'true') return false;
  if (!layers || !layers.querySelector('li')) return false;
  return performance.now();
})()`;

/** First contentful paint and every resource's request start, from the page's timeline. */
export const PAINT_AND_RESOURCES = `(() => {
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    fcp: fcp ? fcp.startTime : null,
    resources: performance
      .getEntriesByType('resource')
      .map((r) => ({ url: r.name, start: r.startTime, initiator: r.initiatorType })),
  };
})()`;

/** Epoch ms of the page's navigation start, to line frames' clocks up with each other. */
export const TIME_ORIGIN = 'performance.timeOrigin';

/** In an embed frame: the epoch time once the engine is ready, else false. */
export const EMBED_READY = `(() => {
  const app = document.querySelector('.lc-app');
  return app && app.getAttribute('data-engine') === 'ready'
    ? performance.timeOrigin + performance.now()
    : false;
})()`;

/** In an embed frame: the epoch time once the layer stack shows a layer, else false. */
export const EMBED_FIRST_LAYER = `(() => {
  const list = document.querySelector('[aria-label="Image layers"]');
  return list && list.querySelector('li') ? performance.timeOrigin + performance.now() : false;
})()`;
