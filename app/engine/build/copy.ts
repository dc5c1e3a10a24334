/**
 * COPY and ADD source resolution, as BuildKit does it: sources are relative to the context
 * (or a stage's root for --from) and may use filepath.Match wildcards; a directory source
 * copies its contents, not itself; several sources need a destination ending in `/`.
 */
import { childNames, type DirNode, type LiveNode, type Owner } from '../fs/node';
import { basename, joinPath, splitPath } from '../fs/path';
import { OverlayFs } from '../fs/overlay';
import { getAt, walk } from '../fs/tree';
import { globMatch, hasWildcard, cleanPattern } from './match';

export interface CopySource {
  /** Path relative to the source root, for messages ("/requirements.txt"). */
  path: string;
  node: LiveNode;
  /** ADD unpacked this tar archive: its members keep their owners and modes (add-archive.ts). */
  unpacked?: true;
}

export type ResolvedSources = { ok: true; sources: CopySource[] } | { ok: false; missing: string };

/**
 * Finds the sources in a root tree. A missing plain path is an error; a wildcard that matches
 * nothing is not (BuildKit copies with AllowEmptyWildcard), so Next.js's
 * `COPY package.json yarn.lock* package-lock.json* pnpm-lock.yaml* ./` works with one lockfile,
 * and `COPY none* /dir/` copies nothing and makes no /dir (recorded on the 20.10 oracle).
 */
export function resolveSources(root: DirNode, patterns: readonly string[]): ResolvedSources {
  const sources: CopySource[] = [];
  for (const pattern of patterns) {
    const cleaned = cleanPattern(pattern);
    if (hasWildcard(cleaned)) {
      const matches: CopySource[] = [];
      for (const { path, node } of walk(root)) {
        if (node.kind === 'whiteout') continue;
        if (globMatch(cleaned, path.slice(1))) matches.push({ path, node });
      }
      sources.push(...matches);
      continue;
    }
    const node = followed(root, cleaned);
    if (!node) return { ok: false, missing: `/${cleaned}` };
    sources.push({ path: `/${cleaned}`, node });
  }
  return { ok: true, sources };
}

/**
 * The node at a source path, following symlinks inside the root as BuildKit does: on Debian
 * `COPY --from=build /bin/server .` finds /usr/bin/server through the /bin -> usr/bin link,
 * and a symlink named as the source copies what it points to (recorded on 20.10). Symlinks
 * inside a copied directory stay links.
 */
function followed(root: DirNode, path: string): LiveNode | undefined {
  const node = getAt(root, splitPath(path));
  if (node && node.kind !== 'whiteout' && node.kind !== 'symlink') return node;
  const st = new OverlayFs([root]).stat(`/${path}`);
  return st.ok ? st.value.node : undefined;
}

export interface CopyOptions {
  owner?: Owner;
  mode?: number;
}

/** Applies --chown/--chmod to every node of a copied tree. */
export function restamp(node: LiveNode, options: CopyOptions): LiveNode {
  const owner = options.owner ?? { uid: 0, gid: 0 };
  if (node.kind === 'dir') {
    const children: Record<string, LiveNode> = {};
    for (const name of childNames(node)) {
      const child = node.children[name];
      if (!child || child.kind === 'whiteout') continue;
      Object.defineProperty(children, name, {
        value: restamp(child, options),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return {
      ...node,
      ...owner,
      ...(options.mode !== undefined ? { mode: options.mode } : {}),
      children,
    };
  }
  if (node.kind === 'file')
    return { ...node, ...owner, ...(options.mode !== undefined ? { mode: options.mode } : {}) };
  return { ...node, ...owner };
}

export interface Placement {
  /** Absolute destination path in the image. */
  dest: string;
  node: LiveNode;
}

/**
 * Where each source lands: into `dest/` for a directory destination (ends with `/`, or
 * several sources, or `dest` is an existing directory), else at `dest` itself. A source
 * directory's contents are merged into the destination directory, and so are an unpacked
 * archive's, whose members keep their own owners (only the directory takes --chown).
 */
export function placements(
  sources: readonly CopySource[],
  dest: string,
  destIsDir: boolean,
  options: CopyOptions,
): Placement[] {
  return sources.map(({ path, node, unpacked }) => {
    if (unpacked && node.kind === 'dir')
      return { dest, node: { ...node, ...(options.owner ?? { uid: 0, gid: 0 }), mode: 0o755 } };
    const stamped = restamp(node, options);
    if (node.kind === 'dir') return { dest, node: stamped };
    return { dest: destIsDir ? joinPath(dest, basename(path)) : dest, node: stamped };
  });
}
