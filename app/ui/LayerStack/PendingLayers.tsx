/**
 * Instructions the person has finished typing that the image does not have yet: ghost
 * layers waiting on top of the stack (metadata ones as ghost tags), until Build makes them.
 */
import { AnimatePresence, m, useReducedMotion } from 'motion/react';
import { FILESYSTEM_KEYWORDS } from './instruction-text';
import type { PendingStep } from './editor-link';
import { pendingHoverId } from './hover-link';

interface Props {
  steps: readonly PendingStep[];
  /** The step whose Dockerfile line the person points at in the editor. */
  linked: PendingStep | undefined;
  /** The person points at a step (its id for `hover.layer`), or leaves it. */
  onHover: (id: string | null) => void;
}

export function PendingLayers({ steps, linked, onHover }: Props) {
  const newestFirst = [...steps].reverse();
  // Reduced motion: a pending layer fades in where it stands.
  const still = useReducedMotion() ?? false;
  return (
    <div className="lc-pending">
      <p className="lc-pending__title">
        Not built yet: press <strong>Build</strong> to make {steps.length === 1 ? 'it' : 'them'}
      </p>
      <ul role="list" aria-label="Pending layers" className="lc-stack__list">
        <AnimatePresence initial={false}>
          {newestFirst.map((step) => {
            const fs = FILESYSTEM_KEYWORDS.has(step.keyword);
            return (
              <m.li
                key={`${step.lines.start}:${step.instruction}`}
                className={`lc-slab lc-slab--pending ${fs ? 'lc-slab--fs' : 'lc-slab--meta'}${step === linked ? ' is-linked' : ''}`}
                {...(step === linked ? { 'data-linked': '' } : {})}
                onMouseEnter={() => onHover(pendingHoverId(step))}
                onMouseLeave={() => onHover(null)}
                initial={still ? { opacity: 0 } : { opacity: 0, y: -12 }}
                animate={still ? { opacity: 1 } : { opacity: 1, y: 0 }}
                exit={{ opacity: 0 }}
              >
                <span className="lc-slab__main lc-slab__main--static">
                  <span className="lc-slab__instruction">{step.instruction}</span>{' '}
                  <span className="lc-slab__meta">
                    <span className="lc-badge lc-badge--pending">pending</span>{' '}
                    <span className="lc-slab__line">line {step.lines.start}</span>{' '}
                    <span className="lc-slab__size">{fs ? 'size after build' : '0 B'}</span>
                  </span>
                </span>
              </m.li>
            );
          })}
        </AnimatePresence>
      </ul>
    </div>
  );
}
