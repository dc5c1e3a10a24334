/**
 * Removing images as the daemon does (`docker rmi`, `image prune`): a name untags first and
 * deletes the image only when no reference is left; an id deletes the image with its
 * references. Containers protect their image (a running one always, a stopped one unless
 * forced), and a layer leaves the host only when no other image and no build cache entry
 * still uses it: shared base layers stay.
 */
import type { Container } from '../../host/containers';
import type { HostRuntime } from '../../host/runtime';
import { tagsOf } from '../../host/images';
import type { HostState } from '../../host/state';
import { chainIds, type Digest } from '../../fs/digest';
import { findImageById, findLocalImage } from '../../host/images';
import type { Image } from '../../images/image';
import { shortId } from '../../images/image';
import {
  familiarName,
  familiarString,
  parseReference,
  withDefaultTag,
} from '../../images/reference';
import { missingImageName } from './image-common';

export type RemoveRecord = { kind: 'Untagged' | 'Deleted'; ref: string };

export type RemoveResult =
  | { ok: true; records: RemoveRecord[]; reclaimed: number; note?: string }
  | { ok: false; records: RemoveRecord[]; error: string };

function isRunning(c: Container): boolean {
  return c.status === 'running' || c.status === 'paused' || c.status === 'restarting';
}

function usersOf(host: HostState, id: Digest): Container[] {
  return Object.values(host.containers)
    .filter((c) => c.image === id)
    .sort((a, b) => a.created - b.created);
}

/** Every reference to an image: `repo:tag` tags, then `repo@sha256:...` digests. */
function referencesOf(host: HostState, image: Image): string[] {
  return [...tagsOf(host, image.id), ...image.repoDigests];
}

function repoOf(reference: string): string {
  const at = reference.indexOf('@');
  if (at >= 0) return reference.slice(0, at);
  return reference.slice(0, reference.lastIndexOf(':'));
}

/** One tag at most, and every reference in one repository: an id may remove them all. */
function isSingleReference(refs: readonly string[]): boolean {
  const tags = refs.filter((r) => !r.includes('@'));
  return tags.length <= 1 && new Set(refs.map(repoOf)).size <= 1;
}

class Remover {
  readonly records: RemoveRecord[] = [];
  reclaimed = 0;
  note: string | undefined;

  constructor(private readonly rt: HostRuntime) {}

  get host(): HostState {
    return this.rt.host;
  }

  untag(reference: string, imageId: Digest): void {
    this.rt.updateHost((host) => {
      if (reference.includes('@')) {
        const image = host.images[imageId];
        if (!image) return host;
        const repoDigests = image.repoDigests.filter((d) => d !== reference);
        return { ...host, images: { ...host.images, [imageId]: { ...image, repoDigests } } };
      }
      const tags = { ...host.tags };
      delete tags[reference];
      return { ...host, tags };
    });
    this.records.push({ kind: 'Untagged', ref: reference });
    this.rt.emit({ type: 'image-untagged', host: this.rt.hostName, ref: reference, imageId });
  }

  /** The hard and soft conflicts that keep an image, in the daemon's order. */
  conflict(
    image: Image,
    soft: boolean,
    activeReferences: boolean,
  ): { error: string; used: boolean } | undefined {
    const short = shortId(image.id);
    if (Object.values(this.host.images).some((img) => img.parent === image.id)) {
      return {
        error: `conflict: unable to delete ${short} (cannot be forced) - image has dependent child images`,
        used: false,
      };
    }
    const users = usersOf(this.host, image.id);
    const running = users.find(isRunning);
    if (running) {
      return {
        error: `conflict: unable to delete ${short} (cannot be forced) - image is being used by running container ${shortId(running.id)}`,
        used: true,
      };
    }
    if (soft && activeReferences && referencesOf(this.host, image).length > 0) {
      return {
        error: `conflict: unable to delete ${short} (must be forced) - image is referenced in multiple repositories`,
        used: false,
      };
    }
    const stopped = users[0];
    if (soft && stopped) {
      return {
        error: `conflict: unable to delete ${short} (must be forced) - image is being used by stopped container ${shortId(stopped.id)}`,
        used: true,
      };
    }
    return undefined;
  }

  /** Deletes an image and the layers nothing else needs; `quiet` swallows conflicts of a name's untag. */
  deleteImage(stale: Image, force: boolean, prune: boolean, quiet: boolean): string | undefined {
    const image = this.host.images[stale.id];
    if (!image) return undefined;
    const conflict = this.conflict(image, !force, true);
    if (conflict) {
      const dangling = referencesOf(this.host, image).length === 0;
      if (quiet && (!dangling || conflict.used)) return undefined;
      return conflict.error;
    }
    for (const ref of referencesOf(this.host, image)) this.untag(ref, image.id);
    if (usersOf(this.host, image.id).length > 0) {
      // Docker deletes the image record and the stopped container keeps its layers; here the
      // container finds its layers through the image, so the image stays, untagged.
      this.note = `The image ${shortId(image.id)} stays (untagged) while a stopped container uses it; real Docker would delete the image record and keep only the container's layers.`;
      return undefined;
    }
    this.removeRecord(image);
    if (prune && image.parent) {
      const parent = this.host.images[image.parent];
      if (parent) this.deleteImage(parent, false, true, true);
    }
    return undefined;
  }

  private removeRecord(image: Image): void {
    const before = this.host;
    this.rt.updateHost((host) => {
      const images = { ...host.images };
      delete images[image.id];
      const needed = new Set<string>();
      for (const img of Object.values(images)) for (const d of img.diffIds) needed.add(d);
      for (const entry of Object.values(host.buildCache))
        if (entry.diffId) needed.add(entry.diffId);
      const layers = { ...host.layers };
      for (const diffId of image.diffIds) if (!needed.has(diffId)) delete layers[diffId];
      return { ...host, images, layers };
    });
    this.records.push({ kind: 'Deleted', ref: image.id });
    this.rt.emit({ type: 'image-removed', host: this.rt.hostName, imageId: image.id });
    // Each layer released shows as its chain id, top first (BuildKit's cache keeps built ones).
    const chain = chainIds(image.diffIds);
    const released = new Set<string>();
    for (let i = image.diffIds.length - 1; i >= 0; i--) {
      const diffId = image.diffIds[i] as Digest;
      if (before.layers[diffId] && !this.host.layers[diffId] && !released.has(diffId)) {
        released.add(diffId);
        this.reclaimed += before.layers[diffId]?.size ?? 0;
        this.records.push({ kind: 'Deleted', ref: chain[i] as string });
      }
    }
  }
}

function isIdPrefix(image: Image, name: string): boolean {
  const hex = name.replace(/^sha256:/, '');
  return /^[0-9a-f]+$/.test(hex) && image.id.slice(7).startsWith(hex);
}

/** `docker rmi NAME`: untag or delete, as the daemon's ImageDelete. */
export function removeImage(
  rt: HostRuntime,
  name: string,
  options: { force: boolean; prune: boolean },
): RemoveResult {
  const remover = new Remover(rt);
  const result = (error?: string): RemoveResult =>
    error
      ? { ok: false, records: remover.records, error }
      : {
          ok: true,
          records: remover.records,
          reclaimed: remover.reclaimed,
          ...(remover.note ? { note: remover.note } : {}),
        };
  const byId = findImageById(rt.host, name);
  const image = byId ?? findLocalImage(rt.host, name);
  if (!image) {
    const parsed = parseReference(name);
    if (!parsed.ok) return result(parsed.error.replace(/ \([^)]*\)/, ''));
    return result(`No such image: ${missingImageName(name)}`);
  }
  if (byId && isIdPrefix(image, name)) {
    const refs = referencesOf(rt.host, image);
    if (isSingleReference(refs)) {
      const conflict = remover.conflict(image, !options.force, false);
      if (conflict) return result(conflict.error);
      for (const ref of refs) remover.untag(ref, image.id);
    }
    return result(remover.deleteImage(image, options.force, options.prune, false));
  }
  const parsed = parseReference(name);
  if (!parsed.ok) return result(parsed.error);
  const reference = parsed.ref.digest
    ? `${familiarName(parsed.ref)}@${parsed.ref.digest}`
    : familiarString(withDefaultTag(parsed.ref));
  let refs = referencesOf(rt.host, image);
  if (!options.force && isSingleReference(refs)) {
    const user = usersOf(rt.host, image.id)[0];
    if (user) {
      return result(
        `conflict: unable to remove repository reference "${name}" (must force) - container ${shortId(user.id)} is using its referenced image ${shortId(image.id)}`,
      );
    }
  }
  remover.untag(reference, image.id);
  refs = referencesOf(rt.host, rt.host.images[image.id] ?? image);
  if (!reference.includes('@')) {
    const repo = repoOf(reference);
    if (!refs.some((r) => !r.includes('@') && repoOf(r) === repo)) {
      for (const digestRef of refs.filter((r) => r.includes('@') && repoOf(r) === repo))
        remover.untag(digestRef, image.id);
    }
  }
  const current = rt.host.images[image.id];
  if (!current || referencesOf(rt.host, current).length > 0) return result();
  return result(remover.deleteImage(current, options.force, options.prune, true));
}
