/**
 * Inside the player's frame: tell the parent page how tall the content is, whenever it
 * changes, posting only to the parent's origin; answer a parent's request for the height,
 * and ignore every message from anywhere else.
 */
import { isRequestSize, resizeMessage } from './protocol';

export interface FrameWindow {
  parent: Pick<Window, 'postMessage'> | null;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export interface HeightSource {
  measure(): number;
  /** Calls back when the size may have changed; returns a function that stops watching. */
  watch(changed: () => void): () => void;
}

/** Starts reporting; returns a function that stops. Does nothing without a known parent origin. */
export function reportHeight(
  win: FrameWindow,
  targetOrigin: string | null,
  source: HeightSource,
): () => void {
  const parent = win.parent;
  if (!targetOrigin || !parent || parent === (win as unknown)) return () => {};
  let last = -1;
  const send = (force = false) => {
    const height = Math.ceil(source.measure());
    // Nothing rendered yet (0): saying so would collapse the frame and shift the page.
    if (!Number.isFinite(height) || height <= 0 || (height === last && !force)) return;
    last = height;
    parent.postMessage(resizeMessage(height), targetOrigin);
  };
  const onMessage = (event: MessageEvent) => {
    if (event.origin !== targetOrigin || event.source !== parent) return;
    if (isRequestSize(event.data)) send(true);
  };
  win.addEventListener('message', onMessage);
  const unwatch = source.watch(() => send());
  send();
  return () => {
    unwatch();
    win.removeEventListener('message', onMessage);
  };
}

/** The browser's height source: the content root's box, watched by a ResizeObserver. */
export function elementHeight(element: HTMLElement): HeightSource {
  return {
    measure: () => element.getBoundingClientRect().height,
    watch(changed) {
      if (typeof ResizeObserver === 'undefined') return () => {};
      const observer = new ResizeObserver(() => changed());
      observer.observe(element);
      return () => observer.disconnect();
    },
  };
}
