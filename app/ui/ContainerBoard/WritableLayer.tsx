/**
 * A container's thin writable layer: list "Writable layer of NAME", one item per change as
 * `docker diff` prints it (A added, C changed, D deleted), with what the change means: a C
 * file was copied up whole from an image layer; a D is a whiteout that hides the lower
 * copy. Folders that only hold other changes ("C /tmp") are quieter. A copy that changed
 * nothing (a chown to the owner it had) is in the layer but not in `docker diff`: it says so.
 */
import { AnimatePresence, m, useReducedMotion } from 'motion/react';
import { memo } from 'react';
import { humanBytes } from '../../engine/build/human-bytes';
import { layerTag, layerTone } from '../LayerStack/layer-colors';
import { isParentOnly, type WritableChange } from './container-model';
import { PathText } from './PathText';
import { useScrollFocus } from './use-scroll-focus';
import './WritableLayer.css';

const WORD = { A: 'added', C: 'changed', D: 'deleted' } as const;

interface Props {
  name: string;
  containerId: string;
  changes: readonly WritableChange[];
  baseLayers: number;
  /** Paths whose copy-up flight is still travelling: their item waits for it. */
  arriving: ReadonlySet<string>;
  flightSeconds: number;
}

/** Memoised (as its card): only a writable layer whose changes moved is drawn again. */
export const WritableLayer = memo(function WritableLayer({
  name,
  containerId,
  changes,
  baseLayers,
  arriving,
  flightSeconds,
}: Props) {
  const list = useScrollFocus<HTMLUListElement>();
  // Reduced motion: a change fades in where it stands (no first frame above its place).
  const still = useReducedMotion() ?? false;
  const bytes = changes.reduce((sum, c) => sum + c.size, 0);
  const files = changes.filter((c) => !c.isDir).length;
  return (
    <div className="lc-writable" data-tone="writable" data-writable={containerId}>
      <p className="lc-writable__label">
        <strong>writable layer</strong>{' '}
        <span>
          {files === 0 ? 'empty' : `${files} change${files === 1 ? '' : 's'}, ${humanBytes(bytes)}`}
        </span>
      </p>
      <ul
        ref={list}
        role="list"
        aria-label={`Writable layer of ${name}`}
        className="lc-writable__list"
        // No tabIndex here: useScrollFocus adds it once the list scrolls. Drawn with one, a
        // new card's empty list had it taken away again in the frame the card appeared.
      >
        {/* The changes have no layout animation: nothing to re-render them for. */}
        <AnimatePresence initial={false} presenceAffectsLayout={false}>
          {changes.map((change) => (
            <ChangeItem
              key={`${change.kind}${change.path}`}
              change={change}
              quiet={isParentOnly(change, changes)}
              baseLayers={baseLayers}
              still={still}
              delay={arriving.has(change.path) ? flightSeconds : undefined}
            />
          ))}
        </AnimatePresence>
      </ul>
      {changes.length === 0 && (
        <p className="lc-writable__empty">No changes: every read comes from the image.</p>
      )}
    </div>
  );
});

/**
 * One `docker diff` line. Memoised: a change that played earlier is not drawn again when the
 * next one arrives. `delay`: its copy-up is still flying in, so it appears after the flight.
 */
const ChangeItem = memo(function ChangeItem({
  change,
  quiet,
  baseLayers,
  still,
  delay,
}: {
  change: WritableChange;
  quiet: boolean;
  baseLayers: number;
  still: boolean;
  delay: number | undefined;
}) {
  return (
    <m.li
      className={`lc-change-item lc-change-item--${change.kind}${quiet ? ' is-parent' : ''}`}
      data-path={change.path}
      initial={still ? { opacity: 0 } : { opacity: 0, y: -6 }}
      animate={{
        opacity: 1,
        ...(still ? {} : { y: 0 }),
        transition: delay !== undefined ? { delay } : {},
      }}
      exit={{ opacity: 0 }}
    >
      <span className="lc-change-item__kind" title={WORD[change.kind]}>
        {change.kind}
      </span>{' '}
      <span className="lc-change-item__path" title={change.path}>
        <PathText path={change.path} />
      </span>{' '}
      <ChangeNote change={change} quiet={quiet} baseLayers={baseLayers} />
    </m.li>
  );
});

function ChangeNote({
  change,
  quiet,
  baseLayers,
}: {
  change: WritableChange;
  quiet: boolean;
  baseLayers: number;
}) {
  if (quiet) return null;
  const from =
    change.fromLayer !== undefined ? (
      <span className="lc-tag" data-tone={layerTone(change.fromLayer, baseLayers)}>
        {layerTag(change.fromLayer)}
      </span>
    ) : null;
  if (change.unchanged)
    return (
      <span className="lc-change-item__note">
        copied up{from && <> from {from}</>}, unchanged: not in docker diff
      </span>
    );
  if (change.kind === 'D')
    return (
      <span className="lc-change-item__note lc-change-item__note--whiteout">
        whiteout{from && <> hides {from}</>}
      </span>
    );
  if (change.kind === 'C' && !change.isDir)
    return (
      <span className="lc-change-item__note">
        {from ? (
          <>
            copied up from{' '}
            <span className="lc-change-item__keep">
              {from}, {humanBytes(change.size)}
            </span>
          </>
        ) : (
          humanBytes(change.size)
        )}
      </span>
    );
  if (change.isDir) return null;
  return <span className="lc-change-item__note">{humanBytes(change.size)}</span>;
}
