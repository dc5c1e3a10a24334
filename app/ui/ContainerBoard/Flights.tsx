/**
 * Files in flight over the board: a copy-up lifts a file from its image layer into the
 * writable layer; a delete carries a whiteout marker down onto the layer it hides. Only
 * transform and opacity move; with reduced motion the marker just fades in place.
 */
import { AnimatePresence, m } from 'motion/react';
import './Flights.css';

export interface Point {
  x: number;
  y: number;
}

export interface Flight {
  id: number;
  kind: 'copy-up' | 'whiteout';
  label: string;
  from: Point;
  to: Point;
  seconds: number;
}

export function Flights({
  flights,
  onDone,
}: {
  flights: readonly Flight[];
  onDone: (id: number) => void;
}) {
  return (
    <div className="lc-flights" aria-hidden="true">
      <AnimatePresence>
        {flights.map((f) => (
          <m.div
            key={f.id}
            className={`lc-flight lc-flight--${f.kind}`}
            style={{ left: f.from.x, top: f.from.y }}
            initial={{ x: 0, y: 0, opacity: 0, scale: 0.9 }}
            animate={{
              x: [0, 0, f.to.x - f.from.x],
              y: [0, -8, f.to.y - f.from.y],
              opacity: [0, 1, 1, 0],
              scale: 1,
            }}
            transition={{
              duration: f.seconds,
              times: [0, 0.2, 1],
              opacity: { duration: f.seconds, times: [0, 0.15, 0.85, 1] },
            }}
            exit={{ opacity: 0 }}
            onAnimationComplete={() => onDone(f.id)}
          >
            {f.kind === 'whiteout' ? '✕ ' : ''}
            {f.label}
          </m.div>
        ))}
      </AnimatePresence>
    </div>
  );
}

/** A point of `el` (its left edge, at `yAt` of its height) relative to `origin`'s box. */
export function pointIn(origin: Element, el: Element, yAt = 0.5, xAt = 0): Point {
  const o = origin.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  return { x: r.left - o.left + r.width * xAt, y: r.top - o.top + r.height * yAt };
}
