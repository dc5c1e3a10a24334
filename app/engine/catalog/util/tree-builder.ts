/**
 * Builds a layer tree quickly: a mutable draft of nested maps, frozen once into the
 * immutable `DirNode`s the filesystem uses. `setAt` copies a directory's children on every
 * insert, which is quadratic for directories such as /usr/bin or a Python stdlib; a generated
 * rootfs has thousands of entries, so it is drafted here and converted in one pass.
 */
import { blobFile, symlink, textFile, type DirNode, type Node, type Owner } from '../../fs/node';
import type { PackageFile } from '../types';

interface DraftDir {
  kind: 'draft';
  mode: number;
  owner: Owner;
  children: Map<string, DraftDir | Node>;
}

const ROOT: Owner = { uid: 0, gid: 0 };

/** "/a//b/./c" → ["a", "b", "c"], without the intermediate arrays of split + filter. */
function splitPath(path: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i === path.length || path.charCodeAt(i) === 47) {
      if (i > start && !(i === start + 1 && path.charCodeAt(start) === 46))
        parts.push(path.slice(start, i));
      start = i + 1;
    }
  }
  return parts;
}

function draftDir(mode = 0o755, owner: Owner = ROOT): DraftDir {
  return { kind: 'draft', mode, owner, children: new Map() };
}

export class TreeBuilder {
  private readonly root = draftDir();
  /** The parent of the last `put`: package files come grouped by directory. */
  private lastParent: { path: string; dir: DraftDir } | undefined;

  /** Creates a directory (and its parents), or updates the mode and owner of one. */
  dir(path: string, mode = 0o755, owner: Owner = ROOT): this {
    const dir = this.ensureDir(splitPath(path));
    dir.mode = mode;
    dir.owner = owner;
    return this;
  }

  text(path: string, text: string, mode = 0o644, owner: Owner = ROOT): this {
    return this.put(path, textFile(text, mode, owner));
  }

  blob(path: string, blob: string, size: number, mode = 0o644, owner: Owner = ROOT): this {
    return this.put(path, blobFile(blob, size, mode, owner));
  }

  link(path: string, target: string, owner: Owner = ROOT): this {
    return this.put(path, symlink(target, owner));
  }

  /** Puts a node at a path, replacing what was there; parents are created as 0755 root. */
  put(path: string, node: Node): this {
    const cut = path.lastIndexOf('/');
    const parentPath = path.slice(0, cut);
    const name = path.slice(cut + 1);
    if (name === '' || name === '.' || name === '..' || path.includes('//'))
      return this.putSlow(path, node);
    let parent = this.lastParent?.path === parentPath ? this.lastParent.dir : undefined;
    if (!parent) {
      parent = this.ensureDir(splitPath(parentPath));
      this.lastParent = { path: parentPath, dir: parent };
    }
    parent.children.set(name, node);
    this.forgetIfUnder(parentPath, name);
    return this;
  }

  /** A node put where a directory was detaches that directory: stop reusing it. */
  private forgetIfUnder(parentPath: string, name: string): void {
    const replaced = `${parentPath}/${name}`;
    if (
      this.lastParent &&
      (this.lastParent.path === replaced || this.lastParent.path.startsWith(`${replaced}/`))
    ) {
      this.lastParent = undefined;
    }
  }

  private putSlow(path: string, node: Node): this {
    this.lastParent = undefined;
    const parts = splitPath(path);
    const name = parts.pop();
    if (name === undefined) return this;
    this.ensureDir(parts).children.set(name, node);
    return this;
  }

  has(path: string): boolean {
    const parts = splitPath(path);
    let dir: DraftDir = this.root;
    for (let i = 0; i < parts.length; i++) {
      const next = dir.children.get(parts[i] as string);
      if (!next) return false;
      if (i === parts.length - 1) return true;
      if (next.kind !== 'draft') return false;
      dir = next;
    }
    return true;
  }

  /** Places a package's files (absolute paths) with blob ids unique to package and path. */
  packageFiles(
    files: readonly PackageFile[],
    blobPrefix: string,
    keep?: (path: string) => boolean,
  ): string[] {
    const placed: string[] = [];
    for (const file of files) {
      if (keep && !keep(file.path)) continue;
      const owner = file.owner ?? ROOT;
      if (file.path.endsWith('/')) {
        // A plain directory entry leaves an existing directory's mode and owner alone.
        if (file.mode !== undefined || file.owner) this.dir(file.path, file.mode ?? 0o755, owner);
        else this.ensureDir(splitPath(file.path));
        continue;
      }
      if (file.link !== undefined) this.link(file.path, file.link, owner);
      else if (file.text !== undefined) this.text(file.path, file.text, file.mode ?? 0o644, owner);
      else this.blob(file.path, `${blobPrefix}:${file.path}`, file.size, file.mode ?? 0o644, owner);
      placed.push(file.path);
    }
    return placed;
  }

  build(): DirNode {
    return freeze(this.root);
  }

  private ensureDir(parts: readonly string[]): DraftDir {
    let dir = this.root;
    for (const part of parts) {
      const next = dir.children.get(part);
      if (next && next.kind === 'draft') {
        dir = next;
        continue;
      }
      const created = draftDir();
      dir.children.set(part, created);
      dir = created;
    }
    return dir;
  }
}

function freeze(draft: DraftDir): DirNode {
  const entries: [string, Node][] = [];
  for (const [name, child] of draft.children) {
    entries.push([name, child.kind === 'draft' ? freeze(child) : child]);
  }
  // Object.fromEntries defines own properties, so names like "__proto__" stay plain names.
  const children = Object.fromEntries(entries) as Record<string, Node>;
  return { kind: 'dir', mode: draft.mode, uid: draft.owner.uid, gid: draft.owner.gid, children };
}
