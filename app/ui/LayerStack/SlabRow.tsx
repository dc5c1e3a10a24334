/**
 * One history entry of the image. A filesystem layer is a solid slab whose thickness grows
 * with the log of its size; a metadata entry (CMD, ENV, EXPOSE...) is a thin 0 B tag; a
 * collapsed base layer is a stripe whose text only assistive technology reads.
 */
import { m, useIsPresent, useReducedMotion } from 'motion/react';
import { memo, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { humanBytes } from '../../engine/build/human-bytes';
import { shortId } from '../../engine/images/image';
import { copyText } from './copy-text';
import { SlabFill } from './SlabFill';
import type { LineRange } from './editor-link';
import { slabThickness, stripeThickness } from './slab-scale';
import type { StackRow } from './stack-model';

export type SlabState = 'settled' | 'building' | 'stale';

interface Props {
  row: StackRow;
  tone: string;
  selected: boolean;
  /** The person points at this layer's Dockerfile line in the editor. */
  linked: boolean;
  state: SlabState;
  compact: boolean;
  lines?: LineRange | undefined;
  onSelect: (row: StackRow) => void;
  onHover: (row: StackRow | null) => void;
  announce: (text: string) => void;
  /** The fill has poured: it keeps its compositor layer until the caller lets it go. */
  onPoured: (fill: HTMLElement) => void;
}

/** Up/Down move between the stack's layers, as in a list of options. */
function moveFocus(e: KeyboardEvent<HTMLButtonElement>) {
  if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown' && e.key !== 'Home' && e.key !== 'End') return;
  const list = e.currentTarget.closest('[role="list"]');
  if (!list) return;
  const buttons = [...list.querySelectorAll<HTMLButtonElement>('.lc-slab__main')];
  const at = buttons.indexOf(e.currentTarget);
  const next =
    e.key === 'Home'
      ? 0
      : e.key === 'End'
        ? buttons.length - 1
        : at + (e.key === 'ArrowUp' ? -1 : 1);
  const target = buttons[Math.max(0, Math.min(buttons.length - 1, next))];
  if (target) {
    e.preventDefault();
    target.focus();
  }
}

function linesText(lines: LineRange | undefined): string | undefined {
  if (!lines) return undefined;
  return lines.start === lines.end ? `line ${lines.start}` : `lines ${lines.start}–${lines.end}`;
}

/**
 * Memoised: while a build plays, one row changes per step; the others keep their props (the
 * stack's callbacks are stable) and are not drawn again.
 */
export const SlabRow = memo(function SlabRow({
  row,
  tone,
  selected,
  linked,
  state,
  compact,
  lines,
  onSelect,
  onHover,
  announce,
  onPoured,
}: Props) {
  // A metadata step still building has no size yet as far as the person has seen (a
  // filesystem one keeps its size's room, hidden: see `waiting` below).
  const size = state === 'building' && row.metadata ? '…' : humanBytes(row.size);
  // A rebuilt layer's old slab fades out while the new one forms: while it leaves, it is
  // not one of the image's entries any more, so assistive technology must not list it.
  const present = useIsPresent();
  // Reduced motion: a slab fades in and out where it stands (no first frame above its place).
  const still = useReducedMotion() ?? false;
  // A row that arrives as the outline of a step still to play (Build was just pressed) stands
  // in place at once: its step's pour is its entrance. Sliding in each of a build's rows as
  // well started one animation per row in one frame (about 150 ms of script under a 4x CPU
  // throttle for 30 rows) and ended them in a dozen frames after.
  const arrivesBuilding = useRef(state === 'building').current;
  const motionProps = {
    ...(present ? {} : { 'aria-hidden': true, 'data-leaving': '' }),
    initial: arrivesBuilding ? false : still ? { opacity: 0 } : { opacity: 0, y: -16 },
    animate: still ? { opacity: 1 } : { opacity: 1, y: 0 },
    exit: still ? { opacity: 0 } : { opacity: 0, scaleY: 0.3 },
  };

  if (compact) {
    const style = {
      '--slab-h': `${row.metadata ? 0.15 : stripeThickness(row.size)}em`,
    } as CSSProperties;
    return (
      <m.li
        {...motionProps}
        className={`lc-slab lc-slab--stripe${row.metadata ? ' lc-slab--stripe-meta' : ''}`}
        data-tone={tone}
        style={style}
        {...(row.layerIndex !== undefined ? { 'data-layer-index': row.layerIndex } : {})}
      >
        <span className="lc-visually-hidden">
          {row.instruction} {size}
        </span>
      </m.li>
    );
  }

  // A filesystem step still building keeps the room its size and badge will take, hidden
  // (the person has not seen them yet), and says "building…" where its digest will appear:
  // the row is as tall before its step plays as after. A row that shrank as its step played
  // moved every row under it, and each of those slid into place, on every step of a build.
  const waiting = state === 'building' && !row.metadata;
  const settledBadge =
    row.cache === 'cached' ? 'CACHED' : row.cache === 'built' ? 'BUILT' : undefined;
  const badge =
    state === 'stale'
      ? 'will rebuild'
      : state === 'building' && row.metadata
        ? 'building…'
        : settledBadge;
  const badgeState = waiting ? 'settled' : state;
  const where = linesText(lines);
  const style = row.metadata
    ? undefined
    : ({ '--slab-h': `${slabThickness(row.size)}em` } as CSSProperties);
  const digest = row.diffId;
  const title = [row.createdBy, digest, where && `Dockerfile ${where}`].filter(Boolean).join('\n');

  return (
    <m.li
      {...motionProps}
      className={`lc-slab ${row.metadata ? 'lc-slab--meta' : 'lc-slab--fs'} lc-slab--${state}${selected ? ' is-selected' : ''}${linked ? ' is-linked' : ''}`}
      data-tone={row.metadata ? undefined : tone}
      style={style}
      {...(row.layerIndex !== undefined ? { 'data-layer-index': row.layerIndex } : {})}
      data-history-index={row.historyIndex}
      {...(lines ? { 'data-lines': `${lines.start}-${lines.end}` } : {})}
      {...(linked ? { 'data-linked': '' } : {})}
      onMouseEnter={() => onHover(row)}
      onMouseLeave={() => onHover(null)}
    >
      {!row.metadata && <SlabFill empty={state === 'building'} onPoured={onPoured} />}
      <button
        type="button"
        className="lc-slab__main"
        aria-pressed={selected}
        title={title}
        onClick={() => onSelect(row)}
        onKeyDown={moveFocus}
        onFocus={() => onHover(row)}
        onBlur={() => onHover(null)}
      >
        <span className="lc-slab__instruction">{row.instruction}</span>{' '}
        <span className={`lc-slab__meta${waiting ? ' lc-slab__meta--unseen' : ''}`}>
          <span className="lc-slab__size">{size}</span>{' '}
          {badge && (
            <span className={`lc-badge lc-badge--${badgeState}-${row.cache ?? 'none'}`}>
              {badge}
            </span>
          )}{' '}
          {where && (
            <span className="lc-slab__line" title={`Dockerfile ${where}`}>
              {where}
            </span>
          )}{' '}
        </span>
      </button>
      {waiting && (
        <span className="lc-slab__digest">
          <span className={`lc-badge lc-badge--building-${row.cache ?? 'none'}`}>building…</span>
        </span>
      )}
      {digest && !row.metadata && state !== 'building' && (
        <span className="lc-slab__digest">
          <span className="lc-slab__hash" title={digest}>
            {shortId(digest)}
          </span>
          <button
            type="button"
            className="lc-slab__copy"
            aria-label={`Copy the digest of ${row.instruction.slice(0, 40)}`}
            title={`Copy ${digest}`}
            onClick={() =>
              void copyText(digest).then((ok) =>
                announce(ok ? `Copied ${digest}` : `Copy failed; the digest is ${digest}`),
              )
            }
          >
            Copy
          </button>
        </span>
      )}
    </m.li>
  );
});
