/**
 * What a container changed, as `docker diff` and `docker ps -s` report it: A/C/D lines of
 * its writable layer against the layers below (the image and the init layer, whose
 * /etc/hostname and friends never show), and its size. Writes under volumes are not in
 * the writable layer, so they never show either; the mount point itself does when the
 * runtime had to create it (`A /data`).
 */
import { diffLayer, type Change } from '../fs/diff';
import type { DirNode } from '../fs/node';
import { splitPath } from '../fs/path';
import { getAt } from '../fs/tree';
import { lookupLiteral } from '../fs/union';
import { layerSize } from '../fs/stats';
import type { Container } from '../host/containers';
import { imageSize } from '../host/images';
import type { HostState } from '../host/state';
import { lowerTrees } from './open-fs';

/**
 * A directory the writable layer holds only because something below it was copied up and
 * later removed (`echo x > /tmp/f && rm /tmp/f`) is not a change: Docker compares a
 * directory's mode and owner, not its modification time, and lists it only as the parent
 * of a change beneath it.
 */
function unchangedDir(lowers: readonly DirNode[], upper: DirNode, path: string): boolean {
  const mine = getAt(upper, splitPath(path));
  const below = lookupLiteral(lowers, path);
  if (!mine || mine.kind !== 'dir' || mine.opaque || !below || below.node.kind !== 'dir')
    return false;
  return (
    mine.mode === below.node.mode && mine.uid === below.node.uid && mine.gid === below.node.gid
  );
}

/**
 * Docker bind-mounts these from the container's own directory, so writes to them (`echo ... >>
 * /etc/hosts`, `chmod 600 /etc/hostname`) never reach the writable layer, nor does /etc.
 */
const BIND_MOUNTED_FILES = new Set(['/etc/hostname', '/etc/hosts', '/etc/resolv.conf']);

export function containerChanges(host: HostState, c: Container): Change[] {
  // What `docker cp` put in the directory under a tmpfs is in the writable layer, and shows.
  const mountPoints = c.mounts.filter((m) => m.type !== 'tmpfs').map((m) => m.destination);
  const lowers = lowerTrees(host, c);
  const changes = diffLayer(lowers, c.upper).filter(
    (change) =>
      !BIND_MOUNTED_FILES.has(change.path) &&
      !mountPoints.some((dest) => change.path.startsWith(dest + '/')),
  );
  return changes.filter(
    (change) =>
      change.kind !== 'C' ||
      !unchangedDir(lowers, c.upper, change.path) ||
      changes.some((other) => other.path.startsWith(change.path + '/')),
  );
}

/** SizeRw and SizeRootFs: the writable layer's bytes, and that plus the image's. */
export function containerSize(host: HostState, c: Container): { rw: number; rootFs: number } {
  const image = host.images[c.image];
  const rw = layerSize(c.upper);
  return { rw, rootFs: rw + (image ? imageSize(host, image) : 0) };
}
