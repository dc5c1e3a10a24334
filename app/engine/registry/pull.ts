/**
 * `docker pull` as the daemon does it: resolve the manifest, fetch each layer the host does
 * not already store (layers are content-addressed, so a layer shared with an image already
 * pulled says "Already exists"), store the image and tag it. The progress lines are the
 * final state of each line in a terminal (one line per layer), and simulated time passes
 * in proportion to what is downloaded and unpacked.
 *
 * `docker run` and `docker create` use it too (`pullForRun`), writing to stderr after
 * "Unable to find image 'nginx:latest' locally".
 */
import type { LayerBlob } from '../catalog/types';
import type { HostRuntime } from '../host/runtime';
import { storeImage, tagImage } from '../host/images';
import type { HostState } from '../host/state';
import type { Image } from '../images/image';
import { familiarString, parseReference, withDefaultTag, type ImageRef } from '../images/reference';
import { layerBlobDigest, shortBlobId } from './blob';
import { resolveFromRegistry, type LookupFailure, type RemoteImage } from './resolve';

/** What a pull needs from a docker command's context (a `DockerContext` fits). */
export interface PullContext {
  rt: HostRuntime;
  spend(ms: number): void;
  /** Where notes go (a `DockerContext` has it): a stand-in image is said to be approximate. */
  io?: { note(text: string): void };
}

export interface PullOptions {
  /** Where progress goes: stdout for `docker pull`, stderr for `docker run`. Omit for none (`-q`). */
  write?: (text: string) => void;
  /** Leave out the final `Status: ...` line (`pull --all-tags` prints one for all tags). */
  noStatus?: boolean;
}

export type PullOutcome =
  | {
      ok: true;
      image: Image;
      ref: ImageRef;
      /** False when the tag already pointed at this image ("Image is up to date"). */
      downloaded: boolean;
    }
  /** `error` is the daemon's message; callers add "Error response from daemon: ". */
  | { ok: false; reason: LookupFailure; error: string };

/** Simulated network and disk speeds, bytes per second. */
const DOWNLOAD_BPS = 40e6;
const EXTRACT_BPS = 150e6;
const MANIFEST_MS = 400;

export function layerPullMs(layer: LayerBlob): number {
  return (
    Math.max(100, (layer.compressedSize / DOWNLOAD_BPS) * 1000) + (layer.size / EXTRACT_BPS) * 1000
  );
}

/** `latest: Pulling from library/python`; a digest reference shows itself in full. */
export function pullingFromLine(ref: ImageRef): string {
  const what = ref.digest ? familiarString(ref) : (ref.tag ?? 'latest');
  return `${what}: Pulling from ${ref.path}\n`;
}

function alreadyUpToDate(host: HostState, remote: RemoteImage): boolean {
  if (remote.ref.digest) {
    const repoDigest = remote.image.repoDigests[0];
    return Object.values(host.images).some(
      (img) => repoDigest && img.repoDigests.includes(repoDigest),
    );
  }
  return host.tags[familiarString(remote.ref)] === remote.image.id;
}

/** The host after the pull: layers stored once, the image (its RepoDigests merged), the tag. */
function storePulled(host: HostState, remote: RemoteImage): HostState {
  const existing = host.images[remote.image.id];
  const repoDigests = [...new Set([...(existing?.repoDigests ?? []), ...remote.image.repoDigests])];
  const image = { ...(existing ?? remote.image), repoDigests };
  const stored = storeImage(host, image, remote.layers);
  return remote.ref.digest ? stored : tagImage(stored, remote.ref, image.id);
}

export function pullImage(
  ctx: PullContext,
  reference: string | ImageRef,
  options: PullOptions = {},
): PullOutcome {
  const write = options.write ?? (() => {});
  const { rt } = ctx;
  const lookup = resolveFromRegistry(rt.world, reference, rt.catalog);
  ctx.spend(MANIFEST_MS);
  if (!lookup.ok) return lookup;
  const remote = lookup.remote;
  if (remote.note) ctx.io?.note(remote.note);
  write(pullingFromLine(remote.ref));
  const upToDate = alreadyUpToDate(rt.host, remote);
  if (!upToDate) {
    const seen = new Set<string>();
    for (const layer of remote.layers) {
      if (seen.has(layer.diffId)) continue;
      seen.add(layer.diffId);
      const id = shortBlobId(layerBlobDigest(layer));
      if (rt.host.layers[layer.diffId]) {
        write(`${id}: Already exists\n`);
      } else {
        ctx.spend(layerPullMs(layer));
        write(`${id}: Pull complete\n`);
      }
    }
  }
  write(`Digest: ${remote.manifestDigest}\n`);
  rt.updateHost((host) => storePulled(host, remote));
  const image = rt.host.images[remote.image.id] ?? remote.image;
  if (!options.noStatus) {
    const status = upToDate ? 'Image is up to date for' : 'Downloaded newer image for';
    write(`Status: ${status} ${familiarString(remote.ref)}\n`);
  }
  rt.emit({
    type: 'image-pulled',
    host: rt.hostName,
    ref: familiarString(remote.ref),
    imageId: image.id,
  });
  return { ok: true, image, ref: remote.ref, downloaded: !upToDate };
}

/** What `docker run`/`create` need: the context they already have plus a stderr writer. */
export interface RunPullContext extends PullContext {
  err(text: string): void;
}

/**
 * For `docker run` and `docker create` of an image the host does not have: prints
 * `Unable to find image 'nginx:latest' locally` and the pull progress on stderr, then pulls.
 * On failure the caller prints `docker: Error response from daemon: <error>` (run) or
 * `Error response from daemon: <error>` (create) in its own way.
 */
export function pullForRun(ctx: RunPullContext, reference: string): PullOutcome {
  const parsed = parseReference(reference);
  if (!parsed.ok) return { ok: false, reason: 'invalid', error: parsed.error };
  ctx.err(`Unable to find image '${familiarString(withDefaultTag(parsed.ref))}' locally\n`);
  return pullImage(ctx, parsed.ref, { write: (text) => ctx.err(text) });
}
