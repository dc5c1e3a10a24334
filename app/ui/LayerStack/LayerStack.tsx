/**
 * The image as a stack of layers: list "Image layers", one listitem per history entry,
 * newest on top (as `docker history` lists them), the base image's entries grouped at the
 * bottom. Above the stack, the editor's finished instructions the image does not have yet
 * wait as pending layers; built rows the editor no longer matches are marked to rebuild.
 * While a build plays, its steps settle one by one: cached ones stay, rebuilt ones dissolve
 * and re-form from the first changed step upward.
 */
import { AnimatePresence } from 'motion/react';
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { humanBytes } from '../../engine/build/human-bytes';
import { parseDockerfile } from '../../engine/dockerfile';
import { useAppStore } from '../../store';
import { stepKey } from './build-record';
import { linkEditor } from './editor-link';
import { useFillRelease } from './fill-release';
import { useFollowPlayingStep } from './follow-step';
import { linesOfHovered, pendingAtLine, rowAtLine } from './hover-link';
import { layerTone } from './layer-colors';
import { useUnplayed } from './playback/hooks';
import { PendingLayers } from './PendingLayers';
import { findSelected, rowSelectionId } from './row-selection';
import { SlabRow, type SlabState } from './SlabRow';
import type { StackModel, StackRow } from './stack-model';
import './LayerStack.css';

export interface LayerStackProps {
  /** The image's rows (`stackModelOf`: the same object while the image and its build are). */
  model: StackModel;
  /** The transcript entry of the build that made this image, if the transcript has it. */
  buildEntryId: number | undefined;
  /** What the final stage's FROM names ("python:3.14-slim"), when known. */
  baseName: string | undefined;
  /** Whether the editor's Dockerfile is the recipe of this image (pending layers, line links). */
  followsEditor: boolean;
  /** Called when the person selects a layer (the panel shows its changes). */
  onSelected?: () => void;
}

/**
 * Memoised on the model rather than the host: a `docker run` or an exec makes a new host
 * state but leaves the image's rows as they are, and a render here measures every row.
 */
export const LayerStack = memo(function LayerStack({
  model,
  buildEntryId: entryId,
  baseName,
  followsEditor,
  onSelected,
}: LayerStackProps) {
  const listId = useId();
  const holdFill = useFillRelease();
  const [baseOpen, setBaseOpen] = useState(false);
  const [hovered, setHovered] = useState<string | null>(null);
  const dockerfile = useAppStore((s) => s.dockerfile);
  const editorLine = useAppStore((s) => s.hover.line);
  const setHover = useAppStore((s) => s.setHover);
  const selectedId = useAppStore((s) => s.selection.layer);
  const select = useAppStore((s) => s.select);
  const announce = useAppStore((s) => s.announce);

  const ownRows = useMemo(() => model.rows.slice(model.ownStart), [model]);
  const link = useMemo(
    () =>
      followsEditor ? linkEditor(dockerfile, parseDockerfile(dockerfile), ownRows) : undefined,
    [followsEditor, dockerfile, ownRows],
  );

  const unplayed = useUnplayed((q) =>
    q.entryId === entryId && q.event.type === 'layer-created'
      ? stepKey(q.event.stage, q.event.index)
      : undefined,
  );
  const unplayedSet = useMemo(() => new Set(unplayed), [unplayed]);
  const rowIds = useMemo(
    () => new Map(model.rows.map((row) => [rowSelectionId(row), row.historyIndex])),
    [model],
  );

  // The hovered or focused layer, and the Dockerfile lines that made it, for the editor. The
  // lines are worked out again as the person types (a row they edit stops matching), and a
  // layer rebuilt away while hovered is no longer hovered.
  const hoverOwned = useRef(false);
  const hoveredLines = hovered
    ? linesOfHovered(hovered, rowIds, link?.lines, link?.pending)
    : undefined;
  const hoveredStart = hoveredLines?.start;
  const hoveredEnd = hoveredLines?.end;
  const hoveredGone = hovered !== null && hoveredLines === undefined;
  useEffect(() => {
    if (hovered === null || hoveredGone) {
      if (hoverOwned.current) setHover({ layer: null });
      hoverOwned.current = false;
      return;
    }
    const lines =
      hoveredStart !== undefined && hoveredEnd !== undefined
        ? { start: hoveredStart, end: hoveredEnd }
        : null;
    setHover({ layer: { id: hovered, lines } });
    hoverOwned.current = true;
  }, [hovered, hoveredGone, hoveredStart, hoveredEnd, setHover]);
  useEffect(
    () => () => {
      if (hoverOwned.current) setHover({ layer: null });
    },
    [setHover],
  );
  const linkedRow = rowAtLine(link?.lines, editorLine);
  const linkedPending = pendingAtLine(link?.pending, editorLine);
  const selected = findSelected(model.rows, selectedId);

  // While a build plays, its first unplayed step and every own row above it are still to come
  // (metadata rows too: they have no event of their own).
  let firstBuilding = Infinity;
  for (const row of model.rows)
    if (row.step && unplayedSet.has(stepKey(row.step.stage, row.step.index)))
      firstBuilding = Math.min(firstBuilding, row.historyIndex);
  // The row to keep in view while a build plays: the last step played (the first to play as
  // it starts); once it has played, the top row.
  const playing = firstBuilding !== Infinity;
  let followed: number | undefined;
  for (const row of ownRows)
    if (!playing || row.historyIndex < firstBuilding) followed = row.historyIndex;
  if (playing) followed ??= firstBuilding;
  const listRef = useRef<HTMLUListElement>(null);
  useFollowPlayingStep(listRef, followed, playing);
  const stateOf = (row: StackRow): SlabState => {
    if (!row.base && row.historyIndex >= firstBuilding) return 'building';
    if (link?.staleFrom !== undefined && row.historyIndex >= link.staleFrom) return 'stale';
    return 'settled';
  };
  // Stable callbacks, so that a row whose own data did not change is not drawn again.
  const selectLatest = useRef({ selectedId, select, announce, onSelected });
  useLayoutEffect(() => {
    selectLatest.current = { selectedId, select, announce, onSelected };
  });
  const onSelect = useCallback((row: StackRow) => {
    const { selectedId, select, announce, onSelected } = selectLatest.current;
    const id = rowSelectionId(row);
    const same = selectedId === id;
    select({ layer: same ? null : id });
    if (same) return;
    announce(`Layer selected: ${row.instruction.slice(0, 60)}, ${humanBytes(row.size)}`);
    onSelected?.();
  }, []);
  const onHover = useCallback(
    (row: StackRow | null) => setHovered(row ? rowSelectionId(row) : null),
    [],
  );

  const newestFirst = [...model.rows].reverse();
  const hasBase = model.ownStart > 0;
  const baseLabel = `base: ${baseName ?? 'base image'}`;

  return (
    <div className="lc-stack">
      {link && link.pending.length > 0 && (
        <PendingLayers steps={link.pending} linked={linkedPending} onHover={setHovered} />
      )}
      <ul
        ref={listRef}
        id={listId}
        role="list"
        aria-label="Image layers"
        className="lc-stack__list"
        data-base-open={baseOpen}
      >
        <AnimatePresence initial={false} presenceAffectsLayout={false}>
          {newestFirst.map((row) => (
            <SlabRow
              key={row.key}
              row={row}
              tone={row.layerIndex !== undefined ? layerTone(row.layerIndex, model.baseLayers) : ''}
              selected={selected === row}
              linked={linkedRow === row.historyIndex}
              state={stateOf(row)}
              compact={row.base && !baseOpen}
              lines={link?.lines.get(row.historyIndex)}
              onSelect={onSelect}
              onHover={onHover}
              announce={announce}
              onPoured={holdFill}
            />
          ))}
        </AnimatePresence>
      </ul>
      {hasBase && (
        <div className="lc-stack__base">
          <span className="lc-stack__base-label">
            <strong>{baseLabel}</strong>
            <span className="lc-stack__base-facts">
              {model.baseLayers} layer{model.baseLayers === 1 ? '' : 's'},{' '}
              {humanBytes(model.baseSize)}
            </span>
          </span>
          <button
            type="button"
            className="lc-button lc-button--small"
            aria-expanded={baseOpen}
            aria-controls={listId}
            onClick={() => setBaseOpen(!baseOpen)}
          >
            {baseOpen ? 'Hide base layers' : 'Show base layers'}
          </button>
        </div>
      )}
    </div>
  );
});
