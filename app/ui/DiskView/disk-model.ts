/**
 * What the host stores, for "why is this image 2 GB?" and "why does disk use not double
 * with two images?": every layer once with the images and containers that use it, and the
 * totals as `docker system df` counts them (image layers once; reclaimable is what no
 * container needs; a container's size is its writable layer).
 */
import type { Digest } from '../../engine/fs/digest';
import { layerSize } from '../../engine/fs/stats';
import type { HostState } from '../../engine/host/state';
import { layerRows } from '../../engine/inspect/image-layers';
import { diskTotals, storedLayers } from '../../engine/inspect/disk-usage';
import { displayInstruction } from '../LayerStack/instruction-text';
import { imageName } from '../LayerStack/current-image';

export interface StoredLayerRow {
  diffId: string;
  size: number;
  /** The instruction that made it, as the first image using it records it. */
  instruction: string;
  /** Names of the images that use it. */
  images: string[];
  /** Containers whose image uses it. */
  containers: number;
}

export function storedLayerRows(host: HostState): StoredLayerRow[] {
  const made = new Map<string, string>();
  for (const image of Object.values(host.images))
    for (const row of layerRows(host, image))
      if (row.diffId && !made.has(row.diffId))
        made.set(row.diffId, displayInstruction(row.createdBy));
  return storedLayers(host)
    .map((layer) => ({
      diffId: layer.diffId,
      size: layer.size,
      instruction: made.get(layer.diffId) ?? '',
      images: layer.images.map((id) => {
        const image = host.images[id];
        return image ? imageName(host, image) : id.slice(7, 19);
      }),
      containers: new Set(layer.containers).size,
    }))
    .sort((a, b) => b.size - a.size || (a.diffId < b.diffId ? -1 : 1));
}

export interface DfRow {
  type: 'Images' | 'Containers' | 'Local Volumes' | 'Build Cache';
  total: number;
  active: number;
  size: number;
  reclaimable: number;
}

export function systemDf(host: HostState): DfRow[] {
  const totals = diskTotals(host);
  const layers = storedLayers(host);
  const sharedBytes = (imageId: Digest) =>
    layers
      .filter((l) => l.images.includes(imageId) && l.images.length > 1)
      .reduce((sum, l) => sum + l.size, 0);
  const containers = Object.values(host.containers);
  const usedImages = new Set(containers.map((c) => c.image));
  let used = 0;
  for (const image of Object.values(host.images)) {
    if (!usedImages.has(image.id)) continue;
    const size = image.diffIds.reduce((sum, id) => sum + (host.layers[id]?.size ?? 0), 0);
    used += size - sharedBytes(image.id);
  }
  const rw = containers.map((c) => ({
    running: c.status === 'running' || c.status === 'paused',
    size: layerSize(c.upper),
  }));
  const mounted = new Set(
    containers.flatMap((c) => c.mounts.filter((m) => m.type === 'volume').map((m) => m.source)),
  );
  const volumes = Object.values(host.volumes).map((v) => ({
    name: v.name,
    size: layerSize(v.tree),
  }));
  const stored = new Set(Object.keys(host.layers));
  const cacheOnly = Object.values(host.buildCache).filter(
    (e) => e.diffId && e.tree && !stored.has(e.diffId),
  );
  const cacheBytes = cacheOnly.reduce((sum, e) => sum + (e.tree ? layerSize(e.tree) : 0), 0);
  return [
    {
      type: 'Images',
      total: Object.keys(host.images).length,
      active: usedImages.size,
      size: totals.images,
      reclaimable: Math.max(0, totals.images - used),
    },
    {
      type: 'Containers',
      total: containers.length,
      active: rw.filter((c) => c.running).length,
      size: totals.containers,
      reclaimable: rw.filter((c) => !c.running).reduce((sum, c) => sum + c.size, 0),
    },
    {
      type: 'Local Volumes',
      total: volumes.length,
      active: volumes.filter((v) => mounted.has(v.name)).length,
      size: totals.volumes,
      reclaimable: volumes.filter((v) => !mounted.has(v.name)).reduce((sum, v) => sum + v.size, 0),
    },
    {
      type: 'Build Cache',
      total: Object.keys(host.buildCache).length,
      active: 0,
      size: cacheBytes,
      reclaimable: cacheBytes,
    },
  ];
}

/** The RECLAIMABLE column: `1.2MB (40%)`, as the CLI prints it (no percentage for 0 B totals). */
export function reclaimableText(row: DfRow, human: (bytes: number) => string): string {
  if (row.size <= 0) return human(row.reclaimable);
  return `${human(row.reclaimable)} (${Math.floor((row.reclaimable * 100) / row.size)}%)`;
}
