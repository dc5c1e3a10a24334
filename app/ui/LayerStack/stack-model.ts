/**
 * The layer stack as the view draws it: one row per history entry, oldest first, with the
 * instruction as written, its size, whether it is a filesystem layer or a 0 B metadata
 * entry, whether it came from the base image, and what the last build did with it.
 */
import type { Digest } from '../../engine/fs/digest';
import { emptyDir, type DirNode } from '../../engine/fs/node';
import type { HostState } from '../../engine/host/state';
import type { Image } from '../../engine/images/image';
import { layerRows } from '../../engine/inspect/image-layers';
import { finalStage, type BuildRecord } from './build-record';
import { displayInstruction, keywordOf } from './instruction-text';

export interface StackRow {
  /** Stable across rebuilds while the row is the same layer (React key, animations). */
  key: string;
  historyIndex: number;
  /** The instruction as a Dockerfile has it (`RUN pip install ...`). */
  instruction: string;
  /** As the history records it (full text for the title and copy). */
  createdBy: string;
  keyword: string;
  size: number;
  /** A 0 B history entry with no layer (ENV, CMD, LABEL, EXPOSE...). */
  metadata: boolean;
  diffId?: Digest;
  /** Position in RootFS.Layers (the union's layer number, bottom = 0). */
  layerIndex?: number;
  base: boolean;
  /** What the last build of this image did: served it from the cache, or ran it. */
  cache?: 'cached' | 'built';
  /** The build step that made it, for playback (stage label and layer index). */
  step?: { stage: string; index: number };
}

export interface StackModel {
  rows: StackRow[];
  /** Rows below this index came from the base image. */
  ownStart: number;
  baseLayers: number;
  baseSize: number;
}

/** Rows recorded within this long before the image's first own step belong to the same build. */
const SAME_BUILD_MS = 60_000;
/** Without a build record: rows this close to the image's creation are its own. */
const RECENT_MS = 10 * 60_000;

const time = (rfc3339: string) => {
  const ms = Date.parse(rfc3339);
  return Number.isNaN(ms) ? 0 : ms;
};

/**
 * Where the image's own rows start. The history does not say which rows the base image
 * contributed, so: with a build record, the first own layer is known (its RootFS index),
 * and metadata rows just before it that were recorded by the same build are own too.
 * Without one, the rows recorded around the image's creation are its own.
 */
export function ownRowStart(
  rows: readonly { created: string; layerIndex?: number; empty: boolean }[],
  image: Image,
  baseLayerCount: number | undefined,
): number {
  if (baseLayerCount !== undefined) {
    let first = rows.findIndex((r) => !r.empty && (r.layerIndex ?? -1) >= baseLayerCount);
    if (first < 0) first = rows.length;
    const anchor = time(rows[first]?.created ?? image.created);
    while (first > 0) {
      const prev = rows[first - 1];
      if (!prev || !prev.empty || time(prev.created) < anchor - SAME_BUILD_MS) break;
      first--;
    }
    return first;
  }
  const since = time(image.created) - RECENT_MS;
  let start = rows.length;
  while (start > 0 && time(rows[start - 1]?.created ?? '') >= since) start--;
  return start;
}

export function stackModel(host: HostState, image: Image, build?: BuildRecord): StackModel {
  const rows = layerRows(host, image);
  const stage = build ? finalStage(build, image) : undefined;
  const steps = build && stage ? build.steps.filter((s) => s.stage === stage) : [];
  const firstOwnLayer = steps.length
    ? Math.min(...steps.map((s) => s.index))
    : build?.ok && build.imageId === image.id
      ? image.diffIds.length
      : undefined;
  const ownStart = ownRowStart(rows, image, firstOwnLayer);
  const stepAt = new Map(steps.map((s) => [s.index, s]));
  const out: StackRow[] = rows.map((row, i) => {
    const step =
      row.layerIndex !== undefined && !row.empty ? stepAt.get(row.layerIndex) : undefined;
    const instruction = displayInstruction(row.createdBy);
    return {
      key: row.empty ? `${i}:meta:${row.createdBy}` : `${i}:${row.diffId ?? 'missing'}`,
      historyIndex: i,
      instruction,
      createdBy: row.createdBy,
      keyword: keywordOf(instruction),
      size: row.size,
      metadata: row.empty,
      ...(row.diffId ? { diffId: row.diffId } : {}),
      ...(row.layerIndex !== undefined && !row.empty ? { layerIndex: row.layerIndex } : {}),
      base: i < ownStart,
      ...(step ? { cache: step.cached ? 'cached' : 'built', step } : {}),
    } satisfies StackRow;
  });
  const baseRows = out.slice(0, ownStart);
  return {
    rows: out,
    ownStart,
    baseLayers: baseRows.filter((r) => !r.metadata).length,
    baseSize: baseRows.reduce((sum, r) => sum + r.size, 0),
  };
}

/**
 * What a model or a tree list read from the host: the image's layer blobs. A docker run or
 * an exec makes a new host state but stores no layer, so the same image with the same blobs
 * gives the same answer.
 */
const blobsOf = (host: HostState, image: Image) => image.diffIds.map((id) => host.layers[id]);
const sameBlobs = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

const models = new WeakMap<
  Image,
  { build: BuildRecord | undefined; blobs: readonly unknown[]; model: StackModel }
>();

/**
 * `stackModel`, remembered per image: the same image, build record and layers give the same
 * model object (and the same row objects), so rows memoised on them do not redraw.
 */
export function stackModelOf(host: HostState, image: Image, build?: BuildRecord): StackModel {
  const blobs = blobsOf(host, image);
  const known = models.get(image);
  if (known && known.build === build && sameBlobs(known.blobs, blobs)) return known.model;
  const model = stackModel(host, image, build);
  models.set(image, { build, blobs, model });
  return model;
}

const trees = new WeakMap<Image, { blobs: readonly unknown[]; trees: readonly DirNode[] }>();

/** The layer trees of an image, bottom first (a layer missing from the store counts as empty, so
 * union layer numbers stay RootFS positions). The same image and layers give the same array. */
export function imageTrees(host: HostState, image: Image): readonly DirNode[] {
  const blobs = blobsOf(host, image);
  const known = trees.get(image);
  if (known && sameBlobs(known.blobs, blobs)) return known.trees;
  const list = image.diffIds.map((id) => host.layers[id]?.tree ?? emptyDir());
  trees.set(image, { blobs, trees: list });
  return list;
}
