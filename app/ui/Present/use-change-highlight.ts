/**
 * Marks what the last step changed with `data-present-changed` on the views' own elements
 * (the layer stack after a build, a container card, a path in a writable layer), so the
 * class sees where to look. An attribute, not a class: React does not own it, so the views'
 * re-renders leave it alone. The views load lazily and animate in, so a MutationObserver
 * re-applies the marks as their elements appear.
 */
import { useEffect, type RefObject } from 'react';
import { changeTargets } from './change-targets';
import type { TranscriptItem } from '../../store';

const MARK = 'data-present-changed';

export function useChangeHighlight(
  root: RefObject<HTMLElement | null>,
  item: TranscriptItem | undefined,
) {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const selectors = item ? changeTargets(item.events) : [];
    const apply = () => {
      for (const old of el.querySelectorAll(`[${MARK}]`)) {
        if (!selectors.some((s) => old.matches(s))) old.removeAttribute(MARK);
      }
      for (const selector of selectors) {
        try {
          for (const node of el.querySelectorAll(selector)) {
            if (!node.hasAttribute(MARK)) node.setAttribute(MARK, '');
          }
        } catch {
          // A selector the browser cannot parse marks nothing; the summary still says it.
        }
      }
    };
    apply();
    if (selectors.length === 0 || typeof MutationObserver === 'undefined') return;
    const observer = new MutationObserver(apply);
    observer.observe(el, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [root, item]);
}
