/**
 * Arrows from an earlier stage to each `COPY --from` that reads it, drawn over the stacks.
 * Positions are measured from the rendered boxes (whatever the layout: side by side or one
 * above the other) and measured again when anything resizes.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

export interface CopyLink {
  /** The stage's `data-stage` label. */
  stage: string;
  /** The COPY row's history index in the shipped stack. */
  historyIndex: number;
}

interface Path {
  key: string;
  d: string;
  end: { x: number; y: number; angle: number };
}

function measure(container: HTMLElement, links: readonly CopyLink[]): Path[] {
  const box = container.getBoundingClientRect();
  const paths: Path[] = [];
  for (const link of links) {
    const from = container.querySelector(`[data-stage="${CSS.escape(link.stage)}"]`);
    const to = container.querySelector(`[data-history-index="${link.historyIndex}"]`);
    if (!from || !to) continue;
    const a = from.getBoundingClientRect();
    const b = to.getBoundingClientRect();
    const sideBySide = a.right <= b.left + 4;
    const start = sideBySide
      ? { x: a.right - box.left, y: a.top + Math.min(a.height / 2, 40) - box.top }
      : { x: a.left + a.width * 0.25 - box.left, y: a.bottom - box.top };
    const end = { x: b.left - box.left + 2, y: b.top + b.height / 2 - box.top };
    const d = sideBySide
      ? `M${start.x},${start.y} C${start.x + 40},${start.y} ${end.x - 40},${end.y} ${end.x},${end.y}`
      : `M${start.x},${start.y} C${start.x},${start.y + 40} ${end.x - 60},${end.y} ${end.x},${end.y}`;
    paths.push({ key: `${link.stage}->${link.historyIndex}`, d, end: { ...end, angle: 0 } });
  }
  return paths;
}

export function CopyArrows({
  container,
  links,
}: {
  container: RefObject<HTMLElement | null>;
  links: readonly CopyLink[];
}) {
  const [paths, setPaths] = useState<Path[]>([]);
  const signature = links.map((l) => `${l.stage}:${l.historyIndex}`).join(',');
  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setPaths(measure(el, links)));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    for (const child of el.querySelectorAll('[data-stage], [role="list"]')) observer.observe(child);
    // Layers slide into place after a build: measure again once they have settled.
    const late = window.setTimeout(update, 1200);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      window.clearTimeout(late);
    };
    // links is summed up by its signature.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [container, signature]);
  if (paths.length === 0) return null;
  return (
    <svg className="lc-arrows" aria-hidden="true">
      <defs>
        <marker
          id="lc-arrowhead"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" className="lc-arrows__head" />
        </marker>
      </defs>
      {paths.map((p) => (
        <path key={p.key} d={p.d} className="lc-arrows__path" markerEnd="url(#lc-arrowhead)" />
      ))}
    </svg>
  );
}
