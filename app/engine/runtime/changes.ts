/**
 * What a container changed, as `docker diff` and `docker ps -s` report it: A/C/D lines of
 * its writable layer against the layers below (the image and the init layer, whose
 * /etc/hostname and friends never show), and its size. Writes under volumes are not in
 * the writable layer, so they never show either; the mount point itself does when the
 * runtime had to create it (`A /data`).
 */
import { diffLayer, type Change } from '../fs/diff';
import { layerSize } from '../fs/stats';
import type { Container } from '../host/containers';
import { imageSize } from '../host/images';
import type { HostState } from '../host/state';
import { lowerTrees } from './open-fs';

export function containerChanges(host: HostState, c: Container): Change[] {
  const mountPoints = c.mounts.map((m) => m.destination);
  return diffLayer(lowerTrees(host, c), c.upper).filter(
    (change) => !mountPoints.some((dest) => change.path.startsWith(dest + '/')),
  );
}

/** SizeRw and SizeRootFs: the writable layer's bytes, and that plus the image's. */
export function containerSize(host: HostState, c: Container): { rw: number; rootFs: number } {
  const image = host.images[c.image];
  const rw = layerSize(c.upper);
  return { rw, rootFs: rw + (image ? imageSize(host, image) : 0) };
}
