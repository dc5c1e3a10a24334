/**
 * The messages between an embedded player and the page around it (version 1). The player
 * sends its height; the page may ask for it again. Both sides check who is talking: the
 * player posts only to the parent's origin and listens only to it; the page listens only
 * to its own iframe. The custom element (element/layercake-player.ts) repeats these few
 * constants to stay one small self-contained file; a test keeps the two in step.
 */

export const PROTOCOL_VERSION = 1;
export const RESIZE = 'layercake:resize';
export const REQUEST_SIZE = 'layercake:request-size';

export interface ResizeMessage {
  type: typeof RESIZE;
  v: typeof PROTOCOL_VERSION;
  height: number;
}

/** Heights outside this range are ignored (a broken layout, or someone else's message). */
export const MIN_HEIGHT = 80;
export const MAX_HEIGHT = 10_000;

export function resizeMessage(height: number): ResizeMessage {
  return { type: RESIZE, v: PROTOCOL_VERSION, height: Math.ceil(height) };
}

export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return (
    m.type === RESIZE &&
    m.v === PROTOCOL_VERSION &&
    typeof m.height === 'number' &&
    Number.isFinite(m.height) &&
    m.height >= 0 &&
    m.height <= MAX_HEIGHT * 10
  );
}

export function isRequestSize(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return m.type === REQUEST_SIZE && m.v === PROTOCOL_VERSION;
}

/** An http(s) origin exactly as `URL.origin` writes it, or null. */
export function normalOrigin(text: string | null | undefined): string | null {
  if (!text) return null;
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

/**
 * Where height messages go: the `origin` parameter when it is a real origin, else the
 * origin of the page that loaded the frame (document.referrer), else nowhere (never '*').
 */
export function parentOrigin(param: string | null, referrer: string): string | null {
  if (param) {
    const origin = normalOrigin(param);
    if (origin && (param === origin || param === `${origin}/`)) return origin;
  }
  return normalOrigin(referrer);
}
