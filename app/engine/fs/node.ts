/**
 * File tree nodes, stored the way overlayfs stores a layer: an image layer, a container's
 * writable layer and a build step's changes are all trees of these. A `whiteout` hides the
 * same path in lower layers; an `opaque` directory hides every lower directory at its path.
 *
 * Trees are immutable plain objects (JSON-serialisable). Updates copy only the path from
 * the root to the change, so unchanged subtrees are shared between layers, snapshots and
 * undo history.
 */

export interface Owner {
  readonly uid: number;
  readonly gid: number;
}

export interface FileNode extends Owner {
  readonly kind: 'file';
  readonly mode: number;
  readonly size: number;
  /** The content when the simulation knows it (text files people write and read). */
  readonly text?: string;
  /**
   * Identity of content the simulation does not hold byte by byte (a package's binary, a
   * download): equal blobs mean equal content. Size is carried separately.
   */
  readonly blob?: string;
  /**
   * Text known at the end of content otherwise known only by blob and size: what was appended
   * to such a file (`echo X >> /etc/apache2/apache2.conf` on a stand-in's config). `size`
   * counts it and `blob` names the whole content; readers can show this part of it.
   */
  readonly tail?: string;
  /**
   * Modification time, ms since the epoch, when the simulation knows it (a program wrote the
   * file, tar restored it). Absent: the shell reports a fixed earlier time. Not content:
   * layer digests ignore it.
   */
  readonly mtime?: number;
}

export interface DirNode extends Owner {
  readonly kind: 'dir';
  readonly mode: number;
  readonly children: Readonly<Record<string, Node>>;
  /** overlayfs' trusted.overlay.opaque: lower directories at this path are hidden. */
  readonly opaque?: true;
  /** Modification time (ms since the epoch), as on files. */
  readonly mtime?: number;
}

export interface SymlinkNode extends Owner {
  readonly kind: 'symlink';
  readonly target: string;
  /** Modification time (ms since the epoch), as on files. */
  readonly mtime?: number;
}

export interface WhiteoutNode {
  readonly kind: 'whiteout';
}

export type Node = FileNode | DirNode | SymlinkNode | WhiteoutNode;
export type LiveNode = FileNode | DirNode | SymlinkNode;

export const ROOT_OWNER: Owner = { uid: 0, gid: 0 };
export const WHITEOUT: WhiteoutNode = Object.freeze({ kind: 'whiteout' });
const NO_CHILDREN: Readonly<Record<string, Node>> = Object.freeze({});

export function emptyDir(mode = 0o755, owner: Owner = ROOT_OWNER): DirNode {
  return { kind: 'dir', mode, uid: owner.uid, gid: owner.gid, children: NO_CHILDREN };
}

export function textFile(text: string, mode = 0o644, owner: Owner = ROOT_OWNER): FileNode {
  return { kind: 'file', mode, uid: owner.uid, gid: owner.gid, size: utf8Length(text), text };
}

export function blobFile(
  blob: string,
  size: number,
  mode = 0o644,
  owner: Owner = ROOT_OWNER,
): FileNode {
  return { kind: 'file', mode, uid: owner.uid, gid: owner.gid, size, blob };
}

export function symlink(target: string, owner: Owner = ROOT_OWNER): SymlinkNode {
  return { kind: 'symlink', target, uid: owner.uid, gid: owner.gid };
}

/**
 * A file the simulation knows only by size, with `text` appended: the size grows by the text's
 * bytes, the blob names the new whole content, and the text joins the known tail. An empty
 * blob (or one whose every byte is known tail) becomes a text file: all of it is then known.
 */
export function appendToBlob(prev: FileNode, text: string, mode: number, owner: Owner): FileNode {
  const known = prev.tail ?? '';
  if (prev.size === utf8Length(known)) return textFile(known + text, mode, owner);
  const file = blobFile(
    `${prev.blob ?? 'unknown'}+${text}`,
    prev.size + utf8Length(text),
    mode,
    owner,
  );
  return { ...file, tail: known + text };
}

/** Own-property lookup: file names such as `constructor` or `__proto__` are ordinary names. */
export function childOf(dir: DirNode, name: string): Node | undefined {
  return Object.hasOwn(dir.children, name) ? dir.children[name] : undefined;
}

export function childNames(dir: DirNode): string[] {
  return Object.keys(dir.children).sort();
}

export function withChild(dir: DirNode, name: string, child: Node): DirNode {
  const children: Record<string, Node> = { ...dir.children };
  Object.defineProperty(children, name, {
    value: child,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return { ...dir, children };
}

export function withoutChild(dir: DirNode, name: string): DirNode {
  if (!Object.hasOwn(dir.children, name)) return dir;
  const children: Record<string, Node> = { ...dir.children };
  delete children[name];
  return { ...dir, children };
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The size a node contributes to a layer: file bytes, symlink target length, else 0. */
export function nodeBytes(node: Node): number {
  if (node.kind === 'file') return node.size;
  if (node.kind === 'symlink') return node.target.length;
  return 0;
}
