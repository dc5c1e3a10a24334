/**
 * `docker export`: a container's root filesystem as one tar stream, as the daemon sends it:
 * the image's layers, the init layer and the writable layer merged, without what is mounted
 * (volumes, binds and tmpfs show only as their empty mount points). The init layer's bind
 * mount targets (/etc/hostname, /etc/hosts, /etc/resolv.conf) are empty files there, and runc's
 * device mount points (/dev/console, /dev/pts, /dev/shm) are in it too. Recorded against the
 * 20.10 daemon in runtime-export.
 */
import { emptyDir, textFile, type DirNode, type LiveNode } from '../fs/node';
import { splitPath } from '../fs/path';
import { getAt, setAt } from '../fs/tree';
import type { Container } from '../host/containers';
import type { HostRuntime } from '../host/runtime';
import type { ArchiveEntry } from '../shell/programs/archive';
import { openContainerFs } from './open-fs';

/** How the init layer's mount points look in the container's own root. */
const MOUNT_POINTS: [string, () => LiveNode][] = [
  ['/etc/hostname', () => textFile('', 0o755)],
  ['/etc/hosts', () => textFile('', 0o755)],
  ['/etc/resolv.conf', () => textFile('', 0o755)],
  ['/dev/console', () => textFile('', 0o755)],
  ['/dev/pts', () => emptyDir()],
  ['/dev/shm', () => emptyDir()],
  ['/proc', () => emptyDir()],
  ['/sys', () => emptyDir()],
];

export type ExportResult = { ok: true; entries: ArchiveEntry[] } | { ok: false; error: string };

export function exportContainer(rt: HostRuntime, c: Container): ExportResult {
  const opened = openContainerFs(rt.host, c, { tmpfs: false });
  const tree = opened.root.tree('/');
  if (!tree.ok || tree.value.kind !== 'dir') return { ok: false, error: 'no root filesystem' };
  let root: DirNode = tree.value;
  const put = (path: string, node: LiveNode) => {
    root = setAt(root, splitPath(path), node);
  };
  for (const [path, make] of MOUNT_POINTS) put(path, make());
  // Docker makes a mount point when the container first starts.
  if (c.startedAt > 0) {
    for (const m of c.mounts) {
      if (getAt(root, splitPath(m.destination)) === undefined) put(m.destination, emptyDir());
    }
  }
  const entries = Object.entries(root.children)
    .filter(([, node]) => node.kind !== 'whiteout')
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, node]) => ({ name, node: node as LiveNode }));
  return { ok: true, entries };
}
