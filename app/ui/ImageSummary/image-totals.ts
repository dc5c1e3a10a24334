/**
 * An image's totals as the summary shows them: size (its layers added up, as `docker
 * images` counts it), filesystem layers, history entries, and what dive calls wasted
 * bytes and efficiency: bytes stored in a layer but hidden by a later one. The numbers
 * are computed once per image (images are immutable, so the object is the cache key).
 */
import { efficiency, wastedBytes, type WastedEntry } from '../../engine/fs/stats';
import type { HostState } from '../../engine/host/state';
import type { Image } from '../../engine/images/image';
import { imageTrees } from '../LayerStack/stack-model';

export interface ImageTotals {
  size: number;
  layers: number;
  entries: number;
  wasted: number;
  /** 1 - wasted / stored bytes (1 when nothing is stored). */
  efficiency: number;
  /** Each hidden copy: which layer stored it, which layer hid it. */
  waste: WastedEntry[];
}

const cache = new WeakMap<Image, ImageTotals>();

export function imageTotals(host: HostState, image: Image): ImageTotals {
  const known = cache.get(image);
  if (known) return known;
  const trees = imageTrees(host, image);
  const score = efficiency(trees);
  const totals: ImageTotals = {
    size: image.diffIds.reduce((sum, id) => sum + (host.layers[id]?.size ?? 0), 0),
    layers: image.diffIds.length,
    entries: image.history.length,
    wasted: score.wasted,
    efficiency: score.score,
    waste: wastedBytes(trees),
  };
  cache.set(image, totals);
  return totals;
}

/** "100%", "97.4%": one decimal below 100, none at 100. */
export function percent(score: number): string {
  const value = Math.max(0, Math.min(1, score)) * 100;
  return value >= 99.95 ? '100%' : `${value.toFixed(1)}%`;
}
