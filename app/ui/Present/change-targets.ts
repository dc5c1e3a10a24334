/**
 * What to highlight after a step: CSS selectors for the views' elements that the step's
 * events changed. The views mark their elements with data attributes (`data-container`,
 * `data-writable`, `data-path`); the player only adds a marker attribute to what matches.
 */
import type { EngineEvent } from '../../engine/events';

/** CSS.escape is not in every test environment; ids and paths only need quotes escaped. */
const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

export const LAYERS_SELECTOR = '[aria-label="Image layers"]';

export function changeTargets(events: readonly EngineEvent[]): string[] {
  const targets = new Set<string>();
  for (const event of events) {
    switch (event.type) {
      case 'build-finished':
      case 'image-committed':
        targets.add(LAYERS_SELECTOR);
        break;
      case 'container-created':
      case 'container-started':
      case 'container-stopped':
      case 'container-paused':
      case 'container-unpaused':
        targets.add(`[data-container=${quote(event.id)}]`);
        break;
      default:
        if ('where' in event && event.where.kind === 'container' && 'path' in event) {
          const path = (event as { path: unknown }).path;
          // The card too: a small card may scroll the path out of sight.
          targets.add(`[data-container=${quote(event.where.id)}]`);
          if (typeof path === 'string') {
            targets.add(`[data-writable=${quote(event.where.id)}] [data-path=${quote(path)}]`);
          }
        }
    }
  }
  return [...targets];
}
