/**
 * The merged filesystem as rows of a WAI-ARIA tree, expanded lazily: only the directories
 * the person opened are read (a python base image holds thousands of files). Each row
 * knows the layer serving it and the lower copies it hides (`mergedChildren`).
 */
import type { DirNode } from '../../engine/fs/node';
import { mergedChildren, type MergedEntry } from '../../engine/inspect/merged-view';

/** Entries shown per directory before a "more" row (each activation shows this many more). */
export const PAGE = 250;

export interface TreeRow {
  kind: 'entry';
  path: string;
  name: string;
  /** 1-based, as aria-level. */
  level: number;
  posinset: number;
  setsize: number;
  parent: string | null;
  entry: MergedEntry;
  isDir: boolean;
  expanded: boolean;
}

/** "N more in /usr/lib": shows the next page of a long directory. */
export interface MoreRow {
  kind: 'more';
  path: string;
  dir: string;
  level: number;
  parent: string | null;
  hidden: number;
}

export type Row = TreeRow | MoreRow;

export type ChildrenOf = (dir: string) => MergedEntry[];

/** Reads each directory once per set of layers. */
export function childrenReader(layers: readonly DirNode[]): ChildrenOf {
  const cache = new Map<string, MergedEntry[]>();
  return (dir) => {
    let entries = cache.get(dir);
    if (!entries) {
      entries = layers.length ? mergedChildren(layers, dir) : [];
      cache.set(dir, entries);
    }
    return entries;
  };
}

export function visibleRows(
  childrenOf: ChildrenOf,
  expanded: ReadonlySet<string>,
  limits: ReadonlyMap<string, number> = new Map(),
): Row[] {
  const rows: Row[] = [];
  const visit = (dir: string, level: number, parent: string | null) => {
    const entries = childrenOf(dir);
    const limit = limits.get(dir) ?? PAGE;
    const shown = entries.slice(0, limit);
    shown.forEach((entry, i) => {
      const isDir = entry.node.kind === 'dir';
      const open = isDir && expanded.has(entry.path);
      rows.push({
        kind: 'entry',
        path: entry.path,
        name: entry.name,
        level,
        posinset: i + 1,
        setsize: entries.length,
        parent,
        entry,
        isDir,
        expanded: open,
      });
      if (open) visit(entry.path, level + 1, entry.path);
    });
    if (entries.length > shown.length)
      rows.push({
        kind: 'more',
        path: `${dir}\u0000more`,
        dir,
        level,
        parent,
        hidden: entries.length - shown.length,
      });
  };
  visit('/', 1, null);
  return rows;
}

/** Each entry's position by name, kept per entries list: successive steps share lists. */
const positions = new WeakMap<readonly MergedEntry[], Map<string, number>>();

function indexByName(entries: readonly MergedEntry[]): Map<string, number> {
  let byName = positions.get(entries);
  if (!byName) {
    byName = new Map(entries.map((e, i) => [e.name, i]));
    positions.set(entries, byName);
  }
  return byName;
}

/** A row of the finished image's tree, and whether the layer stack has shown it yet. */
export type LaidRow = Row & { unplayed: boolean };

/**
 * The finished image's rows (`layout`) as far as a build has played: a row whose path the
 * played layers' union (`played`) has takes that union's entry (a file overwritten by a
 * later layer is tagged with the lower one until the later lands); the rest are `unplayed`,
 * kept in place so the tree is as tall mid-build as once the build is over (an embed's
 * frame sizes itself to its content, and one scrolled out of view misses a late growth).
 * Positions (aria-posinset, aria-setsize) count the played entries only.
 *
 * A path that a later layer deletes has no row in the finished tree, so it is not listed
 * mid-build either: listing it for a while would change the tree's height at the end.
 */
export function playedRows(layout: readonly Row[], played: ChildrenOf): LaidRow[] {
  const levels = new Map<string, { byName: Map<string, number>; entries: MergedEntry[] }>();
  const levelOf = (dir: string) => {
    let level = levels.get(dir);
    if (!level) {
      const entries = played(dir);
      level = { byName: indexByName(entries), entries };
      levels.set(dir, level);
    }
    return level;
  };
  // Directories the played union has (as directories), and how many of each one's played
  // entries have a row so far.
  const shownDirs = new Set(['/']);
  const listed = new Map<string, number>();
  return layout.map((row): LaidRow => {
    const dir = row.kind === 'more' ? row.dir : (row.parent ?? '/');
    if (!shownDirs.has(dir)) return { ...row, unplayed: true };
    const level = levelOf(dir);
    if (row.kind === 'more') {
      // The played entries past the page (a later layer's deletion in a folder this long
      // would count too: rare enough to accept mid-build).
      const hidden = level.entries.length - (listed.get(dir) ?? 0);
      return hidden > 0 ? { ...row, hidden, unplayed: false } : { ...row, unplayed: true };
    }
    const at = level.byName.get(row.name);
    const entry = at === undefined ? undefined : level.entries[at];
    if (at === undefined || !entry) return { ...row, unplayed: true };
    listed.set(dir, (listed.get(dir) ?? 0) + 1);
    const isDir = entry.node.kind === 'dir';
    if (isDir) shownDirs.add(row.path);
    return {
      ...row,
      entry,
      isDir,
      expanded: isDir && row.expanded,
      posinset: at + 1,
      setsize: level.entries.length,
      unplayed: false,
    };
  });
}

/**
 * Whether two rows draw the same (for memoised items): a played step re-derives every row
 * object, but only the rows whose layer landed look different.
 */
export function sameRow(a: LaidRow, b: LaidRow): boolean {
  if (a.unplayed !== b.unplayed || a.path !== b.path || a.level !== b.level) return false;
  if (a.kind === 'more') return b.kind === 'more' && a.hidden === b.hidden;
  if (b.kind === 'more') return false;
  const same =
    a.posinset === b.posinset &&
    a.setsize === b.setsize &&
    a.isDir === b.isDir &&
    a.expanded === b.expanded;
  // A folder shows its name alone: which layers hold it draws nothing.
  if (!same || a.isDir) return same;
  return (
    a.entry.layer === b.entry.layer &&
    a.entry.node === b.entry.node &&
    a.entry.shadowed.join() === b.entry.shadowed.join()
  );
}

/** The directories to open first: every parent of `path` and the path itself ("/app"). */
export function openTo(path: string): string[] {
  const parts = path.split('/').filter(Boolean);
  return parts.map((_, i) => '/' + parts.slice(0, i + 1).join('/'));
}

export type TreeAction =
  | { type: 'focus'; path: string }
  | { type: 'expand'; path: string }
  | { type: 'collapse'; path: string; focus?: string }
  | { type: 'more'; dir: string }
  | null;

/**
 * The WAI-ARIA tree keyboard: Up/Down move, Right opens a folder or enters it, Left closes
 * it or goes to the parent, Home/End, Enter/Space toggle, and a letter jumps to the next
 * row starting with it.
 */
export function treeKeyAction(key: string, rows: readonly Row[], focus: string): TreeAction {
  const at = Math.max(
    0,
    rows.findIndex((r) => r.path === focus),
  );
  const row = rows[at];
  if (!row) return null;
  const go = (i: number): TreeAction => {
    const target = rows[Math.max(0, Math.min(rows.length - 1, i))];
    return target ? { type: 'focus', path: target.path } : null;
  };
  switch (key) {
    case 'ArrowDown':
      return go(at + 1);
    case 'ArrowUp':
      return go(at - 1);
    case 'Home':
      return go(0);
    case 'End':
      return go(rows.length - 1);
    case 'ArrowRight':
      if (row.kind !== 'entry' || !row.isDir) return null;
      return row.expanded ? go(at + 1) : { type: 'expand', path: row.path };
    case 'ArrowLeft':
      if (row.kind === 'entry' && row.isDir && row.expanded)
        return { type: 'collapse', path: row.path };
      return row.parent ? { type: 'focus', path: row.parent } : null;
    case 'Enter':
    case ' ':
      if (row.kind === 'more') return { type: 'more', dir: row.dir };
      if (!row.isDir) return null;
      return row.expanded
        ? { type: 'collapse', path: row.path }
        : { type: 'expand', path: row.path };
    default:
      if (key.length !== 1 || !/\S/.test(key)) return null;
      for (let step = 1; step <= rows.length; step++) {
        const candidate = rows[(at + step) % rows.length];
        if (
          candidate?.kind === 'entry' &&
          candidate.name.toLowerCase().startsWith(key.toLowerCase())
        )
          return { type: 'focus', path: candidate.path };
      }
      return null;
  }
}
