/**
 * Small read-only questions goals ask of the world: which image a tag names, what an
 * image's merged tree holds, what a container's writable layer changed, which volumes it
 * mounts. Every function tolerates a missing host, image or container (it answers
 * undefined or false), so a check never throws on an unexpected state.
 */
import { diffLayer, type Change } from '../engine/fs/diff';
import type { DirNode, LiveNode, Node } from '../engine/fs/node';
import { splitPath } from '../engine/fs/path';
import { getAt, walk } from '../engine/fs/tree';
import { lookupLiteral } from '../engine/fs/union';
import type { Container, Volume } from '../engine/host/containers';
import type { HostState, World } from '../engine/host/state';
import type { Image } from '../engine/images/image';
import { familiarString, parseReference } from '../engine/images/reference';
import { lowerTrees } from '../engine/runtime/open-fs';

export const LAPTOP = 'laptop';

export function hostOf(world: World, name = LAPTOP): HostState | undefined {
  return Object.hasOwn(world.hosts, name) ? world.hosts[name] : undefined;
}

/** The image a reference names on a host (`app` means `app:latest`). */
export function imageByRef(host: HostState | undefined, ref: string): Image | undefined {
  if (!host) return undefined;
  const parsed = parseReference(ref);
  if (!parsed.ok) return undefined;
  const key = familiarString(parsed.ref);
  const id = Object.hasOwn(host.tags, key) ? host.tags[key] : undefined;
  return id && Object.hasOwn(host.images, id) ? host.images[id] : undefined;
}

/** The image's layer trees, bottom first (layers missing from the host are skipped). */
export function layerTrees(host: HostState, image: Image): DirNode[] {
  return image.diffIds.flatMap((id) => {
    const layer = Object.hasOwn(host.layers, id) ? host.layers[id] : undefined;
    return layer ? [layer.tree] : [];
  });
}

/** Sum of the image's layer sizes, as `docker image ls` counts it. */
export function imageSize(host: HostState, image: Image): number {
  return image.diffIds.reduce((sum, id) => sum + (host.layers[id]?.size ?? 0), 0);
}

export const MB = 1_000_000;

/** What the merged filesystem of an image shows at a path (no symlinks followed). */
export function imageNode(host: HostState, image: Image, path: string): LiveNode | undefined {
  return lookupLiteral(layerTrees(host, image), path)?.node as LiveNode | undefined;
}

export function imageFileText(host: HostState, image: Image, path: string): string | undefined {
  const node = imageNode(host, image, path);
  return node?.kind === 'file' ? node.text : undefined;
}

/** How many of the image's layers hold their own copy of a file at `path`. */
export function layersHolding(host: HostState, image: Image, path: string): number {
  return layerTrees(host, image).filter((tree) => {
    const node = lookupLiteral([tree], path)?.node;
    return node !== undefined && node.kind === 'file';
  }).length;
}

/** The layers an image adds on top of another (its base): the diff_ids after a shared prefix. */
export function ownLayerCount(image: Image, base: Image): number {
  return image.diffIds.length - sharedPrefix(image, base);
}

/** How many bottom layers two images share (same diff_ids, in the same order). */
export function sharedPrefix(a: Image, b: Image): number {
  let n = 0;
  while (n < a.diffIds.length && n < b.diffIds.length && a.diffIds[n] === b.diffIds[n]) n++;
  return n;
}

export function containerByName(host: HostState | undefined, name: string): Container | undefined {
  if (!host) return undefined;
  return Object.values(host.containers).find((c) => c.name === name);
}

/** `docker diff` of a container: its writable layer against the layers below it. */
export function containerChanges(host: HostState, container: Container): Change[] {
  return diffLayer(lowerTrees(host, container), container.upper);
}

export function changeAt(host: HostState, container: Container, path: string): Change | undefined {
  return containerChanges(host, container).find((c) => c.path === path);
}

/** The raw node the writable layer itself holds at a path: a copy-up, a new file or a whiteout. */
export function upperNode(container: Container, path: string): Node | undefined {
  return getAt(container.upper, splitPath(path));
}

/** What the container's lower layers (image + init) hold at a path. */
export function lowerNode(host: HostState, container: Container, path: string) {
  return lookupLiteral(lowerTrees(host, container), path)?.node;
}

/** The named volume mounted at or above `path` in the container, with the path inside it. */
export function volumeAt(
  host: HostState,
  container: Container,
  path: string,
): { volume: Volume; inner: string } | undefined {
  const mounts = [...container.mounts]
    .filter((m) => m.type === 'volume')
    .sort((a, b) => b.destination.length - a.destination.length);
  for (const mount of mounts) {
    const dest = mount.destination.replace(/\/+$/, '');
    if (path !== dest && !path.startsWith(dest + '/')) continue;
    const volume = Object.hasOwn(host.volumes, mount.source)
      ? host.volumes[mount.source]
      : undefined;
    if (!volume) return undefined;
    return { volume, inner: path.slice(dest.length) || '/' };
  }
  return undefined;
}

/** A file's text as a process in the container reads it: volumes first, then the overlay. */
export function containerFileText(
  host: HostState,
  container: Container,
  path: string,
): string | undefined {
  const mounted = volumeAt(host, container, path);
  const node = mounted
    ? lookupLiteral([mounted.volume.tree], mounted.inner)?.node
    : lookupLiteral([...lowerTrees(host, container), container.upper], path)?.node;
  return node?.kind === 'file' ? node.text : undefined;
}

export function volumeFileText(volume: Volume, path: string): string | undefined {
  const node = lookupLiteral([volume.tree], path)?.node;
  return node?.kind === 'file' ? node.text : undefined;
}

/** The text of a file in a host's own filesystem (relative paths are under its home). */
export function hostFileText(host: HostState | undefined, path: string): string | undefined {
  if (!host) return undefined;
  const abs = path.startsWith('/') ? path : `${host.home}/${path}`;
  const node = lookupLiteral([host.fs], abs)?.node;
  return node?.kind === 'file' ? node.text : undefined;
}

/** How many files each of the image's layers stores under a directory (bottom first). */
export function filesUnderPerLayer(host: HostState, image: Image, dir: string): number[] {
  return layerTrees(host, image).map((tree) => {
    const node = getAt(tree, splitPath(dir));
    if (node?.kind !== 'dir') return 0;
    let files = 0;
    for (const { node: child } of walk(node)) if (child.kind === 'file') files++;
    return files;
  });
}
