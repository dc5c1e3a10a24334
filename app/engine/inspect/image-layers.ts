/**
 * An image as a stack for people to look at: one row per history entry (oldest first),
 * with the layer it made (if any), its size and whether it came from the base image. This
 * is `docker history` read bottom-up, and what the layer stack draws.
 */
import type { LayerBlob } from '../catalog/types';
import type { Digest } from '../fs/digest';
import type { HostState } from '../host/state';
import type { Image } from '../images/image';

export interface LayerRow {
  /** Position in the history, oldest = 0. */
  index: number;
  createdBy: string;
  created: string;
  comment?: string;
  /** The filesystem layer this entry made; undefined for metadata-only (0 B) entries. */
  diffId?: Digest;
  /** Position in RootFS.Layers, for rows with a layer. */
  layerIndex?: number;
  size: number;
  empty: boolean;
  layer?: LayerBlob;
}

/** Pairs history entries with layers: each non-empty entry consumes the next diff_id. */
export function layerRows(host: HostState, image: Image): LayerRow[] {
  const rows: LayerRow[] = [];
  let next = 0;
  image.history.forEach((entry, index) => {
    const base = {
      index,
      createdBy: entry.created_by,
      created: entry.created,
      ...(entry.comment ? { comment: entry.comment } : {}),
    };
    if (entry.empty_layer) {
      rows.push({ ...base, size: 0, empty: true });
      return;
    }
    const diffId = image.diffIds[next];
    const layer = diffId ? host.layers[diffId] : undefined;
    rows.push({
      ...base,
      ...(diffId ? { diffId } : {}),
      layerIndex: next,
      size: layer?.size ?? 0,
      empty: false,
      ...(layer ? { layer } : {}),
    });
    next++;
  });
  return rows;
}
