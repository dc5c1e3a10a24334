/**
 * A list that scrolls must be reachable by keyboard (WCAG 2.1.1; axe's
 * scrollable-region-focusable): it joins the tab order only while its content overflows,
 * so ten short writable layers do not add ten tab stops.
 *
 * Overflow is read only inside ResizeObserver callbacks, which run after the browser's own
 * layout and before paint: reading it on mount or on a DOM mutation would force a layout of
 * the page per card (twelve cards, twelve layouts per docker run). The list is observed, and
 * so is each item (an item added to a full list changes its scroll height, not its size);
 * the attribute is written only when the answer changes.
 */
import { useLayoutEffect, useRef } from 'react';

export function useScrollFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const scrolls = el.scrollHeight > el.clientHeight + 1;
      const focusable = el.getAttribute('tabindex') === '0';
      if (scrolls && !focusable) el.tabIndex = 0;
      else if (!scrolls && el.hasAttribute('tabindex')) el.removeAttribute('tabindex');
    };
    const observer = new ResizeObserver(update);
    observer.observe(el);
    for (const item of el.children) observer.observe(item);
    const mutations = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof Element) observer.observe(node);
        for (const node of record.removedNodes)
          if (node instanceof Element) observer.unobserve(node);
      }
    });
    mutations.observe(el, { childList: true });
    return () => {
      observer.disconnect();
      mutations.disconnect();
    };
  }, []);
  return ref;
}
