/**
 * The selected layer opened up: its instruction, size and full digest (copyable), its file
 * changes as a folder tree (added, changed, deleted by a whiteout, opaque folders) with
 * sizes, and what it wastes: bytes it stores that a later layer hides. A metadata entry
 * explains why it has no files.
 */
import { memo, useMemo } from 'react';
import { humanBytes } from '../../engine/build/human-bytes';
import type { DirNode } from '../../engine/fs/node';
import type { WastedEntry } from '../../engine/fs/stats';
import { copyText } from '../LayerStack/copy-text';
import { layerTag, layerTone } from '../LayerStack/layer-colors';
import type { StackRow } from '../LayerStack/stack-model';
import { layerDetail } from './change-tree';
import { ChangeTreeView } from './ChangeTreeView';
import './LayerDetail.css';

interface Props {
  row: StackRow | undefined;
  layers: readonly DirNode[];
  baseLayers: number;
  waste: readonly WastedEntry[];
  /** The instruction that made each layer, by layer index. */
  layerLabels: readonly string[];
  announce: (text: string) => void;
  onClose: () => void;
}

const count = (n: number, what: string) => `${n.toLocaleString('en')} ${what}`;

/** Memoised: a docker run or a played step leaves the selected layer as it was. */
export const LayerDetail = memo(function LayerDetail({
  row,
  layers,
  baseLayers,
  waste,
  layerLabels,
  announce,
  onClose,
}: Props) {
  const layerIndex = row?.layerIndex;
  const detail = useMemo(
    () => (layerIndex === undefined ? undefined : layerDetail(layers, layerIndex, waste)),
    [layers, layerIndex, waste],
  );
  if (!row) {
    return (
      <p className="lc-hint lc-detail__empty">
        Select a layer in the stack to see the files it added, changed and deleted.
      </p>
    );
  }
  const title = row.layerIndex !== undefined ? `Layer ${row.layerIndex + 1}` : 'History entry';
  return (
    <div className="lc-detail">
      <div className="lc-detail__head">
        <h3 className="lc-detail__title">
          {row.layerIndex !== undefined && (
            <span className="lc-tag" data-tone={layerTone(row.layerIndex, baseLayers)}>
              {layerTag(row.layerIndex)}
            </span>
          )}{' '}
          {title}
          {row.base ? ', from the base image' : ''}
        </h3>
        <button type="button" className="lc-button lc-button--small" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="lc-detail__instruction">{row.instruction}</p>
      {row.metadata || !detail ? (
        <p className="lc-detail__note">
          <strong>0 B, no layer.</strong> {row.keyword || 'This instruction'} changes the image’s
          settings (its config), not its files, so it adds a history entry but no filesystem layer.
        </p>
      ) : (
        <>
          <dl className="lc-detail__facts">
            <div>
              <dt>Size</dt>
              <dd>{humanBytes(row.size)}</dd>
            </div>
            {row.cache && (
              <div>
                <dt>Last build</dt>
                <dd>{row.cache === 'cached' ? 'reused from the cache' : 'ran this step'}</dd>
              </div>
            )}
            {row.diffId && (
              <div className="lc-detail__digest">
                <dt>Digest</dt>
                <dd>
                  <code>{row.diffId}</code>{' '}
                  <button
                    type="button"
                    className="lc-button lc-button--small"
                    onClick={() =>
                      void copyText(row.diffId as string).then((ok) =>
                        announce(ok ? 'Digest copied' : 'Copy failed'),
                      )
                    }
                  >
                    Copy digest
                  </button>
                </dd>
              </div>
            )}
          </dl>
          <p className="lc-detail__counts">
            <span className="lc-change lc-change--added">
              {count(detail.counts.added, 'added')}
            </span>{' '}
            ·{' '}
            <span className="lc-change lc-change--modified">
              {count(detail.counts.modified, 'changed')}
            </span>{' '}
            ·{' '}
            <span className="lc-change lc-change--deleted">
              {count(detail.counts.deleted, 'deleted')}
            </span>
            {detail.counts.opaque > 0 && (
              <>
                {' '}
                ·{' '}
                <span className="lc-change lc-change--opaque">
                  {count(
                    detail.counts.opaque,
                    detail.counts.opaque === 1 ? 'opaque folder' : 'opaque folders',
                  )}
                </span>
              </>
            )}
          </p>
          <WasteNote
            title="Wasted here"
            explain="later layers hide these bytes, but they are still stored in this layer and ship with the image"
            entries={detail.wasted}
            other={(w) => w.hiddenBy}
            preposition="hidden by"
            layerLabels={layerLabels}
            baseLayers={baseLayers}
          />
          <WasteNote
            title="Hides from lower layers"
            explain="this layer overwrote or deleted them; the lower copies still ship"
            entries={detail.hides}
            other={(w) => w.layer}
            preposition="stored in"
            layerLabels={layerLabels}
            baseLayers={baseLayers}
          />
          <ChangeTreeView key={`${row.historyIndex}:${row.diffId ?? ''}`} root={detail.tree} />
        </>
      )}
    </div>
  );
});

function WasteNote({
  title,
  explain,
  entries,
  other,
  preposition,
  layerLabels,
  baseLayers,
}: {
  title: string;
  preposition: string;
  explain: string;
  entries: readonly WastedEntry[];
  other: (w: WastedEntry) => number;
  layerLabels: readonly string[];
  baseLayers: number;
}) {
  if (entries.length === 0) return null;
  const bytes = entries.reduce((sum, w) => sum + w.bytes, 0);
  const top = [...entries].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
  return (
    <div className="lc-detail__waste">
      <p>
        <strong>
          {title}: {humanBytes(bytes)}
        </strong>{' '}
        ({explain}).
      </p>
      <ul>
        {top.map((w) => (
          <li key={`${w.path}:${w.layer}`}>
            <code>{w.path}</code> {humanBytes(w.bytes)}, {preposition}{' '}
            <span
              className="lc-tag"
              data-tone={layerTone(other(w), baseLayers)}
              title={layerLabels[other(w)]}
            >
              {layerTag(other(w))}
            </span>
          </li>
        ))}
        {entries.length > top.length && <li>and {entries.length - top.length} more</li>}
      </ul>
    </div>
  );
}
