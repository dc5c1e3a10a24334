/**
 * `docker image prune`: dangling images (no tag, no digest) that no container uses, or with
 * `-a` every image no container uses. Removal goes through the daemon's delete rules, so
 * layers another image still needs stay, and what is printed is what went.
 */
import type { HostRuntime } from '../../host/runtime';
import type { Image } from '../../images/image';
import { tagsOf } from '../../host/images';
import { createdMs } from './image-common';
import { removeImage } from './image-remove';

export interface PruneOutcome {
  /** `untagged: app:latest` / `deleted: sha256:...` lines, as the daemon reports them. */
  lines: string[];
  reclaimed: number;
}

export interface ImagePruneOptions {
  all: boolean;
  /** Images created before this time only (`--filter until=`). */
  until?: number;
  /** `--filter label=KEY[=VALUE]`. */
  labels?: string[];
}

function matchesLabels(image: Image, labels: readonly string[]): boolean {
  const own = image.config.Labels ?? {};
  return labels.every((l) => {
    const eq = l.indexOf('=');
    return eq < 0 ? l in own : own[l.slice(0, eq)] === l.slice(eq + 1);
  });
}

export function pruneImages(rt: HostRuntime, options: ImagePruneOptions): PruneOutcome {
  const used = new Set(Object.values(rt.host.containers).map((c) => c.image));
  const candidates = Object.values(rt.host.images)
    .filter((img) => !used.has(img.id))
    .filter(
      (img) =>
        options.all || (tagsOf(rt.host, img.id).length === 0 && img.repoDigests.length === 0),
    )
    .filter((img) => options.until === undefined || createdMs(img) < options.until)
    .filter((img) => matchesLabels(img, options.labels ?? []))
    .sort((a, b) => createdMs(a) - createdMs(b) || (a.id < b.id ? -1 : 1));
  const lines: string[] = [];
  let reclaimed = 0;
  for (const image of candidates) {
    if (!rt.host.images[image.id]) continue;
    const names = tagsOf(rt.host, image.id);
    const targets = names.length > 0 ? names : [image.id];
    for (const name of targets) {
      const result = removeImage(rt, name, { force: false, prune: true });
      if (!result.ok) break;
      for (const record of result.records)
        lines.push(`${record.kind.toLowerCase()}: ${record.ref}`);
      reclaimed += result.reclaimed;
    }
  }
  return { lines, reclaimed };
}
