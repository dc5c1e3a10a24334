/**
 * ADD's auto-extraction: a local source that is a tar archive (plain, gzip, bzip2 or xz) is
 * unpacked into the destination directory instead of copied. BuildKit decides by content, not
 * by name, so a `.tar.gz` that is not a tar is copied as it is, and so is any URL download.
 *
 * Recorded on the 20.10 oracle (busybox, `tar --owner=1234 --group=5678`): members keep the
 * owner, mode and time the archive gives them, even with `--chown` (which only reaches the
 * destination directory the step creates); the archive's own `.` entry does not restamp that
 * directory; the layer counts the members' bytes (8B for two 4-byte files), not the archive's.
 */
import { decodeTar, unwrap, contentOf, type ArchiveEntry } from '../shell/programs/archive';
import { childNames, childOf, emptyDir, withChild, type DirNode, type LiveNode } from '../fs/node';

/** Puts `node` at `parts` under `into`; directories met on the way merge, as tar -x does. */
function merge(into: DirNode, parts: readonly string[], node: LiveNode): DirNode {
  const [head, ...rest] = parts;
  if (head === undefined) {
    if (node.kind !== 'dir') return into;
    let merged = into;
    for (const name of childNames(node)) {
      const child = childOf(node, name);
      if (child && child.kind !== 'whiteout') merged = merge(merged, [name], child);
    }
    return merged;
  }
  const existing = childOf(into, head);
  if (rest.length === 0) {
    if (node.kind === 'dir' && existing?.kind === 'dir')
      return withChild(into, head, merge({ ...node, children: existing.children }, [], node));
    return withChild(into, head, node);
  }
  // A member under a directory the archive does not list: tar makes it as root, 0755.
  const parent = existing?.kind === 'dir' ? existing : emptyDir();
  return withChild(into, head, merge(parent, rest, node));
}

/** The tree an archive's members make, merged in archive order. */
export function treeOfEntries(entries: readonly ArchiveEntry[]): DirNode {
  let root = emptyDir();
  for (const entry of entries) {
    const parts = entry.name.split('/').filter((p) => p !== '' && p !== '.');
    root = merge(root, parts, entry.node);
  }
  return root;
}

/** ADD's view of a source: the unpacked tree when it is a tar archive, else undefined. */
export function unpackedArchive(node: LiveNode): DirNode | undefined {
  const content = contentOf(node);
  if (!content) return undefined;
  const entries = decodeTar(unwrap(content));
  return entries ? treeOfEntries(entries) : undefined;
}
