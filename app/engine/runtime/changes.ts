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
 * A path the writable layer holds that stat shows as it was below: Docker's diff compares
 * mode and owner (and for a file or link its size and modification time), not whether the
 * layer holds a copy. overlayfs copies a file or directory up on any chmod, chown or touch
 * of a directory, even one that changes nothing (`chown -R app:app /home/app` where app
 * already owned it), and on a directory whose child was written and removed again; the copy
 * is in the layer (`ps -s` size, commit) but not in the diff. A directory still shows as the
 * parent of a real change beneath it. Checked against Docker 20.10 (cow-op-same-owner.txt).
 * A file must also keep its content: the simulation's writers do not all stamp a time.
 */
export function heldUnchanged(lowers: readonly DirNode[], upper: DirNode, path: string): boolean {
  const mine = getAt(upper, splitPath(path));
  const below = lookupLiteral(lowers, path)?.node;
  if (!mine || !below || mine.kind !== below.kind) return false;
  if (mine.uid !== below.uid || mine.gid !== below.gid) return false;
  if (mine.kind === 'dir' && below.kind === 'dir') return !mine.opaque && mine.mode === below.mode;
  if (mine.kind === 'symlink' && below.kind === 'symlink')
    return mine.target === below.target && mine.mtime === below.mtime;
  if (mine.kind === 'file' && below.kind === 'file')
    return (
      mine.mode === below.mode &&
      mine.size === below.size &&
      mine.mtime === below.mtime &&
      mine.text === below.text &&
      mine.blob === below.blob
    );
  return false;
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
  const copiedOnly = new Set(
    changes
      .filter((change) => change.kind === 'C' && heldUnchanged(lowers, c.upper, change.path))
      .map((change) => change.path),
  );
  if (copiedOnly.size === 0) return changes;
  const real = changes.filter((change) => !copiedOnly.has(change.path));
  return changes.filter(
    (change) =>
      !copiedOnly.has(change.path) ||
      real.some((other) => other.path.startsWith(change.path + '/')),
  );
}

/** SizeRw and SizeRootFs: the writable layer's bytes, and that plus the image's. */
export function containerSize(host: HostState, c: Container): { rw: number; rootFs: number } {
  const image = host.images[c.image];
  const rw = layerSize(c.upper);
  return { rw, rootFs: rw + (image ? imageSize(host, image) : 0) };
}
