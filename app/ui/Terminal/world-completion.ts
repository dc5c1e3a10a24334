/**
 * What Tab can complete, read from the world: the current host's programs (/usr/bin and
 * /usr/local/bin) and shell builtins, its containers and tagged images, and its files.
 * Inside a container shell nothing is offered: its files are the union of the image's
 * layers, which the terminal does not read.
 */
import { childNames, childOf } from '../../engine/fs/node';
import { resolvePath, splitPath } from '../../engine/fs/path';
import { getAt } from '../../engine/fs/tree';
import type { SessionSnapshot } from '../../session/session';
import type { CompletionContext, DirEntry } from './completion';

const BUILTINS = 'alias cd echo exit export history printf pwd read set source test type unset';

const NOTHING: CompletionContext = {
  commands: [],
  containers: [],
  images: [],
  listDir: () => null,
};

export function completionContext(snapshot: SessionSnapshot | null): CompletionContext {
  if (!snapshot || snapshot.attachments.some((a) => a.kind === 'container')) return NOTHING;
  const host = snapshot.world.hosts[snapshot.world.current];
  if (!host) return NOTHING;
  const list = (path: string): DirEntry[] | null => {
    const node = getAt(host.fs, splitPath(path));
    if (!node || node.kind !== 'dir') return null;
    return childNames(node).map((name) => {
      const child = childOf(node, name);
      return { name, dir: child?.kind === 'dir' };
    });
  };
  const programs = ['/usr/bin', '/usr/local/bin'].flatMap((dir) =>
    (list(dir) ?? []).map((e) => e.name),
  );
  const images = Object.keys(host.tags).flatMap((ref) =>
    ref.endsWith(':latest') ? [ref.slice(0, -':latest'.length), ref] : [ref],
  );
  return {
    commands: [...programs, ...BUILTINS.split(' ')],
    containers: Object.values(host.containers).map((c) => c.name),
    images,
    listDir(path) {
      const absolute = path.startsWith('~')
        ? host.home + path.slice(1)
        : resolvePath(host.cwd, path);
      return list(absolute);
    },
  };
}
