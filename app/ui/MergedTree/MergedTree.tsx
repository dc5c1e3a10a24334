/**
 * tree "Merged filesystem": what a container of this image sees, the union of all its
 * layers, each file tagged and coloured by the layer that serves it. A toggle reveals the
 * lower copies a file hides (they are still stored: that is wasted space). Folders open
 * lazily. Keyboard as a WAI-ARIA tree: one tab stop, arrows, Home/End, Enter, type-ahead.
 *
 * While a build plays, the tree holds only the layers the stack has shown (played-layers.ts):
 * a file appears, or changes its tag, as its layer lands. Rows still to come keep their
 * place, unseen and out of the accessibility tree, so the tree does not grow at the end.
 */
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { humanBytes } from '../../engine/build/human-bytes';
import type { DirNode } from '../../engine/fs/node';
import { useAppStore } from '../../store';
import { layerTag, layerTone } from '../LayerStack/layer-colors';
import { playedLayerCount } from './played-layers';
import { extendReader, type PrefixReader } from './prefix-reader';
import {
  childrenReader,
  openTo,
  PAGE,
  playedRows,
  sameRow,
  treeKeyAction,
  visibleRows,
  type LaidRow,
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

/**
 * Memoised: a docker run leaves the image, and so the tree, as it was; a played step
 * redraws it only when a layer of this image lands, and then only the rows that changed.
 */
export const MergedTree = memo(function MergedTree({
  layers,
  baseLayers,
  layerLabels,
  workdir,
  selectedLayer,
}: Props) {
  const hiddenId = useId();
  // A number: the tree renders again when a layer lands, not at every queued event.
  const played = useAppStore((s) =>
    playedLayerCount(s.pendingEvents, s.snapshot?.world.hosts, layers),
  );
  const childrenOf = useMemo(() => childrenReader(layers), [layers]);
  // One reader per played-layer count (the finished image's own while nothing is queued),
  // each taking from the last the directories the newly landed layers did not write to.
  const lastPlayed = useRef<PrefixReader | null>(null);
  const playedChildrenOf = useMemo(() => {
    if (played >= layers.length) return childrenOf;
    const prefix = layers.slice(0, played);
    const read = extendReader(lastPlayed.current, prefix);
    lastPlayed.current = { layers: prefix, read };
    return read;
  }, [childrenOf, layers, played]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(openTo(workdir)));
  const [limits, setLimits] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [focus, setFocus] = useState<string | null>(null);
  const [showHidden, setShowHidden] = useState(false);
  const moved = useRef(false);
  const items = useRef(new Map<string, HTMLDivElement>());

  // The finished image's rows give the layout; the played layers decide which are seen.
  const layout = useMemo(
    () => visibleRows(childrenOf, expanded, limits),
    [childrenOf, expanded, limits],
  );
  const laid = useMemo(() => playedRows(layout, playedChildrenOf), [layout, playedChildrenOf]);
  const rows = useMemo(() => laid.filter((r) => !r.unplayed), [laid]);
  const focusPath = rows.some((r) => r.path === focus) ? focus : (rows[0]?.path ?? null);

  useEffect(() => {
    if (!moved.current || !focusPath) return;
    moved.current = false;
    items.current.get(focusPath)?.focus();
  }, [focusPath, rows]);

  // Stable, so an item whose row did not change is not drawn again.
  const toggle = useCallback((path: string, open: boolean) => {
    setExpanded((was) => {
      const next = new Set(was);
      if (open) next.add(path);
      else next.delete(path);
      return next;
    });
  }, []);
  const more = useCallback(
    (dir: string) => setLimits((was) => new Map(was).set(dir, (was.get(dir) ?? PAGE) + PAGE)),
    [],
  );
  const register = useCallback((path: string, el: HTMLDivElement | null) => {
    if (el) items.current.set(path, el);
    else items.current.delete(path);
  }, []);
  const activate = useCallback(
    (row: Row) => {
      setFocus(row.path);
      if (row.kind === 'more') more(row.dir);
      else if (row.isDir) toggle(row.path, !row.expanded);
    },
    [more, toggle],
  );

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
        {laid.length === 0 && <p className="lc-hint">The image has no files.</p>}
        {laid.map((row) => (
          <TreeItem
            key={row.path}
            row={row}
            focusable={row.path === focusPath}
            baseLayers={baseLayers}
            layerLabels={layerLabels}
            showHidden={showHidden}
            selectedLayer={selectedLayer}
            register={register}
            onActivate={activate}
          />
        ))}
      </div>
    </div>
  );
});

interface ItemProps {
  row: LaidRow;
  focusable: boolean;
  baseLayers: number;
  layerLabels: readonly string[];
  showHidden: boolean;
  selectedLayer: number | undefined;
  register: (path: string, el: HTMLDivElement | null) => void;
  onActivate: (row: Row) => void;
}

const TreeItem = memo(function TreeItem(props: ItemProps) {
  const { row, focusable, register, onActivate } = props;
  const indent = { paddingLeft: `${0.4 + (row.level - 1) * 1.1}em` };
  if (row.unplayed) {
    // A row of a layer the stack has not shown yet: it keeps its room (the same content,
    // unseen, a dotted line in its place), is no treeitem and takes no focus. The same
    // element becomes the item when its layer lands.
    return (
      <div
        aria-hidden="true"
        className={`${row.kind === 'more' ? 'lc-mtree__item' : itemClass(row, undefined)} lc-mtree__item--unplayed`}
        style={indent}
      >
        {row.kind === 'more' ? <MoreText row={row} /> : <EntryContent {...props} row={row} />}
      </div>
    );
  }
  const ref = (el: HTMLDivElement | null) => register(row.path, el);
  const onClick = () => onActivate(row);
  if (row.kind === 'more') {
    return (
      <div
        ref={ref}
        role="treeitem"
        aria-level={row.level}
        tabIndex={focusable ? 0 : -1}
        className="lc-mtree__item lc-mtree__item--more"
        style={indent}
        onClick={onClick}
      >
        <MoreText row={row} />
      </div>
    );
  }
  return (
    <div
      ref={ref}
      role="treeitem"
      aria-level={row.level}
      aria-posinset={row.posinset}
      aria-setsize={row.setsize}
      {...(row.isDir ? { 'aria-expanded': row.expanded } : {})}
      tabIndex={focusable ? 0 : -1}
      className={itemClass(row, props.selectedLayer)}
      style={indent}
      onClick={onClick}
    >
      <EntryContent {...props} row={row} />
    </div>
  );
}, sameItem);

function sameItem(a: ItemProps, b: ItemProps): boolean {
  return (
    sameRow(a.row, b.row) &&
    a.focusable === b.focusable &&
    a.baseLayers === b.baseLayers &&
    a.layerLabels === b.layerLabels &&
    a.showHidden === b.showHidden &&
    a.selectedLayer === b.selectedLayer &&
    a.register === b.register &&
    a.onActivate === b.onActivate
  );
}

function MoreText({ row }: { row: LaidRow & { kind: 'more' } }) {
  return (
    <>
      Show {Math.min(PAGE, row.hidden)} more ({row.hidden} not shown)
    </>
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
