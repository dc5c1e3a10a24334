/**
 * The image as a stack of layers: list "Image layers", one listitem per history entry,
 * newest on top (as `docker history` lists them), the base image's entries grouped at the
 * bottom. Above the stack, the editor's finished instructions the image does not have yet
 * wait as pending layers; built rows the editor no longer matches are marked to rebuild.
 * While a build plays, its steps settle one by one: cached ones stay, rebuilt ones dissolve
 * and re-form from the first changed step upward.
 */
import { AnimatePresence } from 'motion/react';
import { useId, useMemo, useState } from 'react';
import { humanBytes } from '../../engine/build/human-bytes';
import { parseDockerfile } from '../../engine/dockerfile';
import type { HostState } from '../../engine/host/state';
import type { Image } from '../../engine/images/image';
import { useAppStore } from '../../store';
import { stepKey, type BuildRecord } from './build-record';
import { linkEditor } from './editor-link';
import { layerTone } from './layer-colors';
import { useUnplayed } from './playback/hooks';
import { PendingLayers } from './PendingLayers';
import { findSelected, rowSelectionId } from './row-selection';
import { SlabRow, type SlabState } from './SlabRow';
import { stackModel, type StackRow } from './stack-model';
import './LayerStack.css';

export interface LayerStackProps {
  host: HostState;
  image: Image;
  /** The build that made this image, if the transcript has it. */
  build: BuildRecord | undefined;
  /** What the final stage's FROM names ("python:3.14-slim"), when known. */
  baseName: string | undefined;
  /** Whether the editor's Dockerfile is the recipe of this image (pending layers, line links). */
  followsEditor: boolean;
  /** Called when the person selects a layer (the panel shows its changes). */
  onSelected?: () => void;
}

export function LayerStack({
  host,
  image,
  build,
  baseName,
  followsEditor,
  onSelected,
}: LayerStackProps) {
  const listId = useId();
  const [baseOpen, setBaseOpen] = useState(false);
  const [hovered, setHovered] = useState<StackRow | null>(null);
  const dockerfile = useAppStore((s) => s.dockerfile);
  const selectedId = useAppStore((s) => s.selection.layer);
  const select = useAppStore((s) => s.select);
  const announce = useAppStore((s) => s.announce);

  const model = useMemo(() => stackModel(host, image, build), [host, image, build]);
  const ownRows = useMemo(() => model.rows.slice(model.ownStart), [model]);
  const link = useMemo(
    () =>
      followsEditor ? linkEditor(dockerfile, parseDockerfile(dockerfile), ownRows) : undefined,
    [followsEditor, dockerfile, ownRows],
  );

  const entryId = build?.entryId;
  const unplayed = useUnplayed((q) =>
    q.entryId === entryId && q.event.type === 'layer-created'
      ? stepKey(q.event.stage, q.event.index)
      : undefined,
  );
  const unplayedSet = useMemo(() => new Set(unplayed), [unplayed]);
  const selected = findSelected(model.rows, selectedId);

  // While a build plays, its first unplayed step and every own row above it are still to come
  // (metadata rows too: they have no event of their own).
  let firstBuilding = Infinity;
  for (const row of model.rows)
    if (row.step && unplayedSet.has(stepKey(row.step.stage, row.step.index)))
      firstBuilding = Math.min(firstBuilding, row.historyIndex);
  const stateOf = (row: StackRow): SlabState => {
    if (!row.base && row.historyIndex >= firstBuilding) return 'building';
    if (link?.staleFrom !== undefined && row.historyIndex >= link.staleFrom) return 'stale';
    return 'settled';
  };
  const onSelect = (row: StackRow) => {
    const id = rowSelectionId(row);
    const same = selectedId === id;
    select({ layer: same ? null : id });
    if (same) return;
    announce(`Layer selected: ${row.instruction.slice(0, 60)}, ${humanBytes(row.size)}`);
    onSelected?.();
  };

  const newestFirst = [...model.rows].reverse();
  const hasBase = model.ownStart > 0;
  const baseLabel = `base: ${baseName ?? 'base image'}`;

  return (
    <div className="lc-stack" data-hovered-lines={hoveredLines(link?.lines, hovered)}>
      {link && link.pending.length > 0 && <PendingLayers steps={link.pending} />}
      <ul
        id={listId}
        role="list"
        aria-label="Image layers"
        className="lc-stack__list"
        data-base-open={baseOpen}
      >
        <AnimatePresence initial={false}>
          {newestFirst.map((row) => (
            <SlabRow
              key={row.key}
              row={row}
              tone={row.layerIndex !== undefined ? layerTone(row.layerIndex, model.baseLayers) : ''}
              selected={selected === row}
              state={stateOf(row)}
              compact={row.base && !baseOpen}
              lines={link?.lines.get(row.historyIndex)}
              onSelect={onSelect}
              onHover={setHovered}
              announce={announce}
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
}

function hoveredLines(
  lines: Map<number, { start: number; end: number }> | undefined,
  row: StackRow | null,
): string | undefined {
  const range = row && lines?.get(row.historyIndex);
  return range ? `${range.start}-${range.end}` : undefined;
}
