/**
 * The host's image store: images by id, tags to ids, and every layer stored once by
 * diff_id (two images sharing a base share its layer objects, on "disk" and in memory).
 */
import type { CatalogImage, LayerBlob } from '../catalog/types';
import type { Digest } from '../fs/digest';
import { makeImage, type Image } from '../images/image';
import { familiarString, parseReference, type ImageRef } from '../images/reference';
import type { HostState } from './state';

/** `python:3.14-slim` → the local image, by tag, full or short id, or digest. */
export function findLocalImage(host: HostState, input: string): Image | undefined {
  // The daemon's order: a full id, then the name (tag or digest), and only then an id
  // prefix, so a tag that happens to look like the start of another image's id still names
  // its own image (recorded: `docker tag c6 96f` while another id starts with 96f).
  if (/^(sha256:)?[0-9a-f]{64}$/.test(input)) return findImageById(host, input);
  return findByName(host, input) ?? findImageById(host, input);
}

function findByName(host: HostState, input: string): Image | undefined {
  const parsed = parseReference(input);
  if (!parsed.ok) return undefined;
  if (parsed.ref.digest) {
    const name = familiarString({ ...parsed.ref, tag: undefined, digest: undefined }).replace(
      /:latest$/,
      '',
    );
    return Object.values(host.images).find((img) =>
      img.repoDigests.includes(`${name}@${parsed.ref.digest}`),
    );
  }
  const id = host.tags[familiarString(parsed.ref)];
  return id ? host.images[id] : undefined;
}

/** By full id (`sha256:...` or bare hex) or a unique prefix of at least... any length, as Docker. */
export function findImageById(host: HostState, input: string): Image | undefined {
  const hex = input.replace(/^sha256:/, '');
  if (!/^[0-9a-f]{1,64}$/.test(hex)) return undefined;
  const matches = Object.values(host.images).filter((img) => img.id.slice(7).startsWith(hex));
  return matches.length === 1 ? matches[0] : undefined;
}

/** The familiar tags pointing at an image, sorted as `docker images` lists them. */
export function tagsOf(host: HostState, id: Digest): string[] {
  return Object.entries(host.tags)
    .filter(([, target]) => target === id)
    .map(([tag]) => tag)
    .sort();
}

/** Stores an image and its layers (layers already stored are kept, not duplicated). */
export function storeImage(host: HostState, image: Image, layers: readonly LayerBlob[]): HostState {
  const stored = { ...host.layers };
  for (const layer of layers) if (!stored[layer.diffId]) stored[layer.diffId] = layer;
  return { ...host, images: { ...host.images, [image.id]: image }, layers: stored };
}

/** Points a tag at an image; the image it pointed at before keeps its other tags. */
export function tagImage(host: HostState, ref: ImageRef, id: Digest): HostState {
  return { ...host, tags: { ...host.tags, [familiarString(ref)]: id } };
}

/**
 * Official images as a host stores them, per catalog entry and repo digest: the image id is
 * the sha256 of the config JSON, and every FROM and pull of the same image would hash it
 * again. Images are never mutated once made, so one object can serve them all.
 */
const catalogImages = new WeakMap<CatalogImage, Map<string, Image>>();

/** The image config, history and layers of an official image, as a host stores it after a pull. */
export function imageFromCatalog(
  entry: CatalogImage,
  repoDigest: string,
): { image: Image; layers: LayerBlob[] } {
  let byDigest = catalogImages.get(entry);
  if (!byDigest) catalogImages.set(entry, (byDigest = new Map()));
  let image = byDigest.get(repoDigest);
  if (!image) {
    image = makeImage({
      config: entry.config,
      diffIds: entry.layers.map((l) => l.diffId),
      history: entry.history,
      created: entry.created,
      userland: entry.userland,
      distro: entry.distro,
      repoDigests: [repoDigest],
    });
    byDigest.set(repoDigest, image);
  }
  return { image, layers: entry.layers };
}

/** Bytes an image occupies: the sum of its layers (shared layers count for each image). */
export function imageSize(host: HostState, image: Image): number {
  return image.diffIds.reduce((sum, id) => sum + (host.layers[id]?.size ?? 0), 0);
}
