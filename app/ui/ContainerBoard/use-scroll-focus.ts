/**
 * A list that scrolls must be reachable by keyboard (WCAG 2.1.1; axe's
 * scrollable-region-focusable): it joins the tab order only while its content overflows,
 * so ten short writable layers do not add ten tab stops.
 */
import { useLayoutEffect, useRef } from 'react';

export function useScrollFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const scrolls = el.scrollHeight > el.clientHeight + 1;
      if (scrolls) el.tabIndex = 0;
      else el.removeAttribute('tabindex');
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    const mutations = new MutationObserver(update);
    mutations.observe(el, { childList: true });
    return () => {
      observer.disconnect();
      mutations.disconnect();
    };
  }, []);
  return ref;
}
