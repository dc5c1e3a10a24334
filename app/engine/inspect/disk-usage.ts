/**
 * What a host stores, as `docker system df` counts it: every layer once, however many
 * images share it; each container's writable layer; each volume. Answers "why does disk
 * use not double with two images?".
 */
import type { Digest } from '../fs/digest';
import { layerSize } from '../fs/stats';
import type { HostState } from '../host/state';

export interface StoredLayer {
  diffId: Digest;
  size: number;
  /** Image ids that reference this layer. */
  images: Digest[];
  /** Containers whose image references it. */
  containers: string[];
}

export function storedLayers(host: HostState): StoredLayer[] {
  const byId = new Map<Digest, StoredLayer>();
  for (const image of Object.values(host.images)) {
    for (const diffId of image.diffIds) {
      const layer = host.layers[diffId];
      if (!layer) continue;
      const entry = byId.get(diffId) ?? { diffId, size: layer.size, images: [], containers: [] };
      if (!entry.images.includes(image.id)) entry.images.push(image.id);
      byId.set(diffId, entry);
    }
  }
  for (const container of Object.values(host.containers)) {
    const image = host.images[container.image];
    for (const diffId of image?.diffIds ?? []) byId.get(diffId)?.containers.push(container.id);
  }
  return [...byId.values()];
}

export interface ImageUsage {
  id: Digest;
  size: number;
  /** Bytes in layers this image shares with another image. */
  shared: number;
  /** Bytes only this image uses. */
  unique: number;
}

export function imageUsage(host: HostState): ImageUsage[] {
  const layers = storedLayers(host);
  const shared = new Set(layers.filter((l) => l.images.length > 1).map((l) => l.diffId));
  return Object.values(host.images).map((image) => {
    let sharedBytes = 0;
    let unique = 0;
    for (const diffId of new Set(image.diffIds)) {
      const size = host.layers[diffId]?.size ?? 0;
      if (shared.has(diffId)) sharedBytes += size;
      else unique += size;
    }
    return { id: image.id, size: sharedBytes + unique, shared: sharedBytes, unique };
  });
}

export interface DiskTotals {
  /** Bytes of image layers stored (each once). */
  images: number;
  /** What the images would take if nothing were shared. */
  imagesIfUnshared: number;
  containers: number;
  volumes: number;
}

export function diskTotals(host: HostState): DiskTotals {
  const layers = storedLayers(host);
  return {
    images: layers.reduce((sum, l) => sum + l.size, 0),
    imagesIfUnshared: layers.reduce((sum, l) => sum + l.size * l.images.length, 0),
    containers: Object.values(host.containers).reduce((sum, c) => sum + layerSize(c.upper), 0),
    volumes: Object.values(host.volumes).reduce((sum, v) => sum + layerSize(v.tree), 0),
  };
}
