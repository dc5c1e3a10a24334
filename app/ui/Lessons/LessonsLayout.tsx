/**
 * The lessons page: the explainer (AppShell, unchanged) with the lesson as a side panel
 * inside its root, so the panel shares the app's theme and tokens and the page keeps one
 * `.lc-app`. AppShell has no slot for a side panel, so the panel is rendered through a
 * portal into an element placed first in AppShell's root (first, so the lesson is read
 * before the explainer); lessons.css lays the two out side by side.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { AppShell } from '../AppShell/AppShell';
import './lessons.css';

export function LessonsLayout({ children }: { children: ReactNode }) {
  const host = useRef<HTMLDivElement>(null);
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const root = host.current?.querySelector<HTMLElement>('.lc-app');
    if (!root) return;
    const aside = document.createElement('aside');
    aside.className = 'lc-lesson-panel';
    aside.setAttribute('aria-label', 'Lesson');
    root.prepend(aside);
    setSlot(aside);
    return () => aside.remove();
  }, []);
  return (
    <div ref={host} className="lc-lessons">
      <AppShell />
      {slot && createPortal(children, slot)}
    </div>
  );
}
