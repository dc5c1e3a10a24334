/**
 * Which image the image views show: the one the person chose (until their next build),
 * else the image the last build made, else `app:latest`, else the newest image.
 */
import type { Digest } from '../../engine/fs/digest';
import type { HostState } from '../../engine/host/state';
import type { Image } from '../../engine/images/image';

export interface ImageChoice {
  imageId: string;
  /** The build (transcript item id) that was the latest when the person chose. */
  atBuild: number | undefined;
}

export function pickImage(
  host: HostState | undefined,
  chosen: ImageChoice | null,
  lastBuild: { entryId: number; imageId?: string } | undefined,
): Image | undefined {
  if (!host) return undefined;
  const byId = (id: string) => host.images[id as Digest];
  const kept = chosen && chosen.atBuild === lastBuild?.entryId ? byId(chosen.imageId) : undefined;
  if (kept) return kept;
  const built = lastBuild?.imageId ? byId(lastBuild.imageId) : undefined;
  if (built) return built;
  const app = host.tags['app:latest'];
  if (app && host.images[app]) return host.images[app];
  return Object.values(host.images).sort((a, b) => (a.created < b.created ? 1 : -1))[0];
}

/** How people name an image: its first tag, else `<none>` and a short id. */
export function imageName(host: HostState, image: Image): string {
  const tags = Object.entries(host.tags)
    .filter(([, id]) => id === image.id)
    .map(([tag]) => tag)
    .sort();
  return tags[0] ?? `<none> ${image.id.slice(7, 19)}`;
}

/** Every image on the host with its name, tagged ones first, newest first within each. */
export function imageOptions(host: HostState): { id: string; name: string }[] {
  return Object.values(host.images)
    .map((image) => ({ id: image.id, name: imageName(host, image), created: image.created }))
    .sort((a, b) => {
      const untagged = Number(a.name.startsWith('<none>')) - Number(b.name.startsWith('<none>'));
      return untagged || (a.created < b.created ? 1 : a.created > b.created ? -1 : 0);
    })
    .map(({ id, name }) => ({ id, name }));
}
