/**
 * The numbers behind `docker system df`: images (layers counted once however many images
 * share them), containers' writable layers, volumes and the build cache, with docker's own
 * arithmetic for RECLAIMABLE (shared layers of images in use count as reclaimable: the CLI
 * subtracts only the in-use images' unique bytes).
 */
import type { Container } from '../../host/containers';
import type { HostState } from '../../host/state';
import { layerSize } from '../../fs/stats';
import { sha256Hex } from '../../fs/digest';
import { diskTotals, imageUsage } from '../../inspect/disk-usage';
import { volumeUsers } from '../../runtime/volumes';
import { humanSize } from '../format/units';
import { createdMs } from './image-common';

export function isActive(c: Container): boolean {
  return c.status === 'running' || c.status === 'paused' || c.status === 'restarting';
}

export interface CacheRecord {
  id: string;
  type: 'regular' | 'source.local' | 'exec.cachemount';
  size: number;
  created: number;
  lastUsed: number;
  usage: number;
  shared: boolean;
  inUse: boolean;
}

/** BuildKit names cache records with 25 lowercase letters and digits. */
export function cacheId(key: string): string {
  let n = BigInt(`0x${sha256Hex(`cache:${key}`)}`);
  let id = '';
  for (let i = 0; i < 25; i++) {
    id += '0123456789abcdefghijklmnopqrstuvwxyz'[Number(n % 36n)];
    n /= 36n;
  }
  return id;
}

/** The build cache as `system df -v` lists it; times come from the images that used each layer. */
/** How build/run-mounts.ts keys a cache mount's contents in the build cache. */
const CACHE_MOUNT_PREFIX = 'mount:';

export function cacheRecords(host: HostState, now: number): CacheRecord[] {
  return Object.entries(host.buildCache).map(([key, entry]) => {
    const users = Object.values(host.images).filter(
      (img) => entry.diffId && img.diffIds.includes(entry.diffId),
    );
    const times = users.map(createdMs).filter((t) => t > 0);
    return {
      id: cacheId(key),
      // A RUN --mount=type=cache keeps its folder as BuildKit's exec.cachemount record.
      type: key.startsWith(CACHE_MOUNT_PREFIX) ? 'exec.cachemount' : 'regular',
      size: entry.tree ? layerSize(entry.tree) : 0,
      created: times.length > 0 ? Math.min(...times) : now,
      lastUsed: times.length > 0 ? Math.max(...times) : now,
      usage: Math.max(1, users.length),
      shared: users.length > 0,
      inUse: false,
    };
  });
}

/** Fields in alphabetical order: docker's context marshals them as a map (`{{json .}}`). */
export interface DfRow {
  Active: string;
  Reclaimable: string;
  Size: string;
  TotalCount: string;
  Type: string;
}

function withPercent(reclaimable: number, total: number): string {
  return total > 0
    ? `${humanSize(reclaimable)} (${Math.trunc((reclaimable * 100) / total)}%)`
    : humanSize(reclaimable);
}

export function dfRows(host: HostState, now: number): DfRow[] {
  const totals = diskTotals(host);
  const containers = Object.values(host.containers);
  const usedImages = new Set(containers.map((c) => c.image));
  const usage = imageUsage(host);
  const activeImages = usage.filter((u) => usedImages.has(u.id));
  const usedBytes = activeImages.reduce((sum, u) => sum + (u.size - u.shared), 0);
  const containerBytes = containers.map((c) => ({ c, size: layerSize(c.upper) }));
  const containerTotal = containerBytes.reduce((s, x) => s + x.size, 0);
  const containerReclaim = containerBytes
    .filter((x) => !isActive(x.c))
    .reduce((s, x) => s + x.size, 0);
  const volumes = Object.values(host.volumes);
  const volumeSizes = volumes.map((v) => ({
    v,
    size: layerSize(v.tree),
    used: volumeUsers(host, v.name).length > 0,
  }));
  const volumeTotal = volumeSizes.reduce((s, x) => s + x.size, 0);
  const volumeReclaim = volumeSizes.filter((x) => !x.used).reduce((s, x) => s + x.size, 0);
  const cache = cacheRecords(host, now);
  const cacheTotal = cache.reduce((s, r) => s + r.size, 0);
  const cacheInUse = cache.filter((r) => r.inUse && !r.shared).reduce((s, r) => s + r.size, 0);
  const row = (r: DfRow): DfRow => ({
    Active: r.Active,
    Reclaimable: r.Reclaimable,
    Size: r.Size,
    TotalCount: r.TotalCount,
    Type: r.Type,
  });
  return [
    {
      Type: 'Images',
      TotalCount: String(usage.length),
      Active: String(activeImages.length),
      Size: humanSize(totals.images),
      Reclaimable: withPercent(totals.images - usedBytes, totals.images),
    },
    {
      Type: 'Containers',
      TotalCount: String(containers.length),
      Active: String(containers.filter(isActive).length),
      Size: humanSize(containerTotal),
      Reclaimable: withPercent(containerReclaim, containerTotal),
    },
    {
      Type: 'Local Volumes',
      TotalCount: String(volumes.length),
      Active: String(volumeSizes.filter((x) => x.used).length),
      Size: humanSize(volumeTotal),
      Reclaimable: withPercent(volumeReclaim, volumeTotal),
    },
    {
      Type: 'Build Cache',
      TotalCount: String(cache.length),
      Active: String(cache.filter((r) => r.inUse).length),
      Size: humanSize(cacheTotal),
      Reclaimable: humanSize(cacheTotal - cacheInUse),
    },
  ].map(row);
}
