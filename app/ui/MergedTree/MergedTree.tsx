/**
 * tree "Merged filesystem": what a container of this image sees, the union of all its
 * layers, each file tagged and coloured by the layer that serves it. A toggle reveals the
 * lower copies a file hides (they are still stored: that is wasted space). Folders open
 * lazily. Keyboard as a WAI-ARIA tree: one tab stop, arrows, Home/End, Enter, type-ahead.
 */
import { memo, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { humanBytes } from '../../engine/build/human-bytes';
import type { DirNode } from '../../engine/fs/node';
import { layerTag, layerTone } from '../LayerStack/layer-colors';
import {
  childrenReader,
  openTo,
  PAGE,
  treeKeyAction,
  visibleRows,
  type Row,
  type TreeRow,
} from './tree-model';
import './MergedTree.css';

interface Props {
  /** The image's layer trees, bottom first. */
  layers: readonly DirNode[];
  /** How many of them the base image contributed (for their grey tones). */
  baseLayers: number;
  /** The instruction that made each layer, by layer index (for tag titles). */
  layerLabels: readonly string[];
  /** The working directory to open first ("/app"). */
  workdir: string;
  /** The layer selected in the stack, whose files are highlighted. */
  selectedLayer: number | undefined;
}

/** Memoised: a docker run or a played step leaves the image, and so the tree, as it was. */
export const MergedTree = memo(function MergedTree({
  layers,
  baseLayers,
  layerLabels,
  workdir,
  selectedLayer,
}: Props) {
  const hiddenId = useId();
  const childrenOf = useMemo(() => childrenReader(layers), [layers]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(openTo(workdir)));
  const [limits, setLimits] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [focus, setFocus] = useState<string | null>(null);
  const [showHidden, setShowHidden] = useState(false);
  const moved = useRef(false);
  const items = useRef(new Map<string, HTMLDivElement>());

  const rows = useMemo(
    () => visibleRows(childrenOf, expanded, limits),
    [childrenOf, expanded, limits],
  );
  const focusPath = rows.some((r) => r.path === focus) ? focus : (rows[0]?.path ?? null);

  useEffect(() => {
    if (!moved.current || !focusPath) return;
    moved.current = false;
    items.current.get(focusPath)?.focus();
  }, [focusPath, rows]);

  const toggle = (path: string, open: boolean) => {
    const next = new Set(expanded);
    if (open) next.add(path);
    else next.delete(path);
    setExpanded(next);
  };
  const more = (dir: string) =>
    setLimits(new Map(limits).set(dir, (limits.get(dir) ?? PAGE) + PAGE));

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!focusPath || e.altKey || e.ctrlKey || e.metaKey) return;
    const action = treeKeyAction(e.key, rows, focusPath);
    if (!action) return;
    e.preventDefault();
    moved.current = true;
    if (action.type === 'focus') setFocus(action.path);
    else if (action.type === 'expand') toggle(action.path, true);
    else if (action.type === 'collapse') toggle(action.path, false);
    else more(action.dir);
  };

  return (
    <div className="lc-mtree">
      <div className="lc-mtree__bar">
        <p className="lc-mtree__caption">
          One tree from all layers: each file comes from the <strong>topmost</strong> layer that has
          it.
        </p>
        <label className="lc-mtree__toggle">
          <input
            type="checkbox"
            checked={showHidden}
            onChange={(e) => setShowHidden(e.target.checked)}
            aria-describedby={hiddenId}
          />
          Show hidden lower copies
        </label>
        <span id={hiddenId} className="lc-visually-hidden">
          A lower layer's copy of a file stays stored in the image even when a higher layer hides
          it.
        </span>
      </div>
      <div
        role="tree"
        aria-label="Merged filesystem"
        className="lc-mtree__tree"
        data-highlight={selectedLayer !== undefined ? 'on' : 'off'}
        onKeyDown={onKeyDown}
      >
        {rows.length === 0 && <p className="lc-hint">The image has no files.</p>}
        {rows.map((row) => (
          <TreeItem
            key={row.path}
            row={row}
            focusable={row.path === focusPath}
            baseLayers={baseLayers}
            layerLabels={layerLabels}
            showHidden={showHidden}
            selectedLayer={selectedLayer}
            register={(el) => {
              if (el) items.current.set(row.path, el);
              else items.current.delete(row.path);
            }}
            onActivate={() => {
              setFocus(row.path);
              if (row.kind === 'more') more(row.dir);
              else if (row.isDir) toggle(row.path, !row.expanded);
            }}
          />
        ))}
      </div>
    </div>
  );
});

interface ItemProps {
  row: Row;
  focusable: boolean;
  baseLayers: number;
  layerLabels: readonly string[];
  showHidden: boolean;
  selectedLayer: number | undefined;
  register: (el: HTMLDivElement | null) => void;
  onActivate: () => void;
}

function TreeItem(props: ItemProps) {
  const { row, focusable, register, onActivate } = props;
  const indent = { paddingLeft: `${0.4 + (row.level - 1) * 1.1}em` };
  if (row.kind === 'more') {
    return (
      <div
        ref={register}
        role="treeitem"
        aria-level={row.level}
        tabIndex={focusable ? 0 : -1}
        className="lc-mtree__item lc-mtree__item--more"
        style={indent}
        onClick={onActivate}
      >
        Show {Math.min(PAGE, row.hidden)} more ({row.hidden} not shown)
      </div>
    );
  }
  return (
    <div
      ref={register}
      role="treeitem"
      aria-level={row.level}
      aria-posinset={row.posinset}
      aria-setsize={row.setsize}
      {...(row.isDir ? { 'aria-expanded': row.expanded } : {})}
      tabIndex={focusable ? 0 : -1}
      className={itemClass(row, props.selectedLayer)}
      style={indent}
      onClick={onActivate}
    >
      <EntryContent {...props} row={row} />
    </div>
  );
}

function itemClass(row: TreeRow, selectedLayer: number | undefined): string {
  const from = !row.isDir && selectedLayer !== undefined && row.entry.layer === selectedLayer;
  return `lc-mtree__item${row.isDir ? ' lc-mtree__item--dir' : ''}${from ? ' is-from-selected' : ''}`;
}

function EntryContent({ row, baseLayers, layerLabels, showHidden }: ItemProps & { row: TreeRow }) {
  const { entry } = row;
  const node = entry.node;
  return (
    <>
      <span className="lc-mtree__twisty" aria-hidden="true">
        {row.isDir ? (row.expanded ? '▾' : '▸') : ''}
      </span>
      <span className="lc-mtree__name">
        {entry.name}
        {node.kind === 'dir' ? '/' : ''}
      </span>
      {node.kind === 'symlink' && <span className="lc-mtree__link">→ {node.target}</span>}
      {!row.isDir && (
        <span
          className="lc-tag"
          data-tone={layerTone(entry.layer, baseLayers)}
          title={`Served by layer ${entry.layer + 1}: ${layerLabels[entry.layer] ?? ''}`}
        >
          <span aria-hidden="true">{layerTag(entry.layer)}</span>
          <span className="lc-visually-hidden">from layer {entry.layer + 1}</span>
        </span>
      )}
      {node.kind === 'file' && <span className="lc-mtree__size">{humanBytes(node.size)}</span>}
      {showHidden && entry.shadowed.length > 0 && (
        <span className="lc-mtree__hidden">
          hides{' '}
          {entry.shadowed.map((layer) => (
            <span
              key={layer}
              className="lc-tag lc-tag--hidden"
              data-tone={layerTone(layer, baseLayers)}
              title={`A copy in layer ${layer + 1} (${layerLabels[layer] ?? ''}), still stored`}
            >
              {layerTag(layer)}
            </span>
          ))}
        </span>
      )}
    </>
  );
}
