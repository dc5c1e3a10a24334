/**
 * Building a node_modules tree from dependency requests, in the order npm's Arborist builds it:
 * packages are visited by depth, then by path; each dependency a package's range does not find
 * (looking up from its own folder, as Node's require does) gets the version `pickVersion`
 * picks, placed as high as it can go: at the top unless a different version of that name is
 * already there, else under the package that needs it (`send/node_modules/ms`).
 *
 * Yarn, pnpm and Bun call this too, with `nest` off: a conflicting version is then folded into
 * the one already placed (their own layouts keep one version of a name).
 */
import type { Catalog } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import type { NodeRequest, ResolvedPackage } from './node-modules';
import { lockedRelease, meetsRange, nearestRelease, pickVersion } from './pick-version';

export interface ResolveOptions {
  /** Nest a conflicting version under the package that needs it (npm); default: fold it. */
  nest?: boolean;
  /**
   * The version a lockfile already holds at a path (`express`, `send/node_modules/ms`): kept
   * when it still meets the range, as `npm install` keeps package-lock.json's versions.
   */
  locked?: (path: string) => string | undefined;
}

/** The folder a path's packages are looked up from, one level up (`a/node_modules/b` → `a`). */
function parentOf(path: string): string {
  const at = path.lastIndexOf('/node_modules/');
  return at < 0 ? '' : path.slice(0, at);
}

function childPath(parent: string, name: string): string {
  return parent === '' ? name : `${parent}/node_modules/${name}`;
}

/** A package as placed here: its path is always known. */
type Placed = ResolvedPackage & { path: string };

function depth(path: string): number {
  return path.split('/node_modules/').length;
}

/** Resolves requests and their dependencies from the catalog, keyed by path under node_modules. */
export function resolveTree(
  io: ProgramIO,
  catalog: Catalog,
  requests: readonly NodeRequest[],
  noteOnce: (text: string) => void,
  options: ResolveOptions = {},
): Map<string, ResolvedPackage> {
  const placed = new Map<string, Placed>();
  /** The package `name` resolves to from `from`'s folder, as require() walks up. */
  const lookup = (from: string, name: string): Placed | undefined => {
    for (let dir = from; ; dir = parentOf(dir)) {
      const hit = placed.get(childPath(dir, name));
      if (hit || dir === '') return hit;
    }
  };
  /** The highest folder from which `from` still sees a new copy of `name`. */
  const target = (from: string, name: string): string => {
    let best = from;
    for (let dir = from; ; dir = parentOf(dir)) {
      if (placed.has(childPath(dir, name))) return best;
      best = dir;
      if (dir === '') return best;
    }
  };
  const queue: Placed[] = [];
  const place = (from: string, name: string, range: string) => {
    const path = childPath(options.nest ? target(from, name) : '', name);
    const kept = options.locked?.(path);
    const release = kept && meetsRange(kept, range) && nearestRelease(catalog, name, kept);
    const picked = release
      ? lockedRelease(name, kept, release, noteOnce)
      : pickVersion(catalog, name, range, noteOnce);
    const node: Placed = {
      name,
      version: picked.version,
      pkg: picked.pkg,
      dev: true,
      dependencies: Object.fromEntries(
        picked.pkg.depends.map((d) => [
          d,
          picked.pkg.requires?.[d] ?? `^${catalog.package('npm', d)?.version ?? '*'}`,
        ]),
      ),
      path,
    };
    placed.set(path, node);
    queue.push(node);
  };
  const wants = (from: string, name: string, range: string, by: string) => {
    const found = lookup(from, name);
    if (found && !meetsRange(found.version, range) && !options.nest)
      noteOnce(
        `${by} needs ${name}@${range}: Layercake installs one version of ${name} (${found.version}) here, where the package manager would add the version it needs beside it.`,
      );
    if (found && (!options.nest || meetsRange(found.version, range))) return;
    if (found && placed.has(childPath(from, name))) return;
    place(from, name, range);
  };
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');
  for (const request of [...requests].sort(byName))
    wants('', request.name, request.range, 'The project');
  while (queue.length > 0) {
    queue.sort((a, b) => depth(a.path) - depth(b.path) || a.path.localeCompare(b.path, 'en'));
    const node = queue.shift() as Placed;
    const deps = Object.entries(node.dependencies).sort(([a], [b]) => a.localeCompare(b, 'en'));
    for (const [dep, range] of deps) wants(node.path, dep, range, `${node.name}@${node.version}`);
  }
  // Only what no production path reaches is dev.
  const stack = requests.filter((r) => !r.dev).flatMap((r) => lookup('', r.name) ?? []);
  while (stack.length > 0) {
    const next = stack.pop() as Placed;
    if (!next.dev) continue;
    next.dev = false;
    for (const dep of Object.keys(next.dependencies)) {
      const child = lookup(next.path, dep);
      if (child?.dev) stack.push(child);
    }
  }
  void io;
  return placed;
}
