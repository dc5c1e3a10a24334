/**
 * The union (overlay) view of a stack of layers, bottom first. A path resolves to the
 * topmost layer that has it; a whiteout hides it; an opaque directory hides every lower
 * directory at its path; a file above a lower directory hides the whole directory.
 */
import { childOf, type DirNode, type LiveNode, type Node } from './node';
import { splitPath } from './path';

export interface Resolved {
  node: LiveNode;
  /** Index (bottom = 0) of the layer whose copy is visible. */
  layer: number;
}

/** One directory's copies, top first, down to the first opaque one. */
export interface DirStack {
  dirs: { dir: DirNode; layer: number }[];
}

export function rootStack(layers: readonly DirNode[]): DirStack {
  const dirs: DirStack['dirs'] = [];
  for (let i = layers.length - 1; i >= 0; i--) {
    const dir = layers[i] as DirNode;
    dirs.push({ dir, layer: i });
    if (dir.opaque) break;
  }
  return { dirs };
}

/** Looks up one name in a merged directory: the visible node and, if a dir, its stack. */
export function stepInto(stack: DirStack, name: string): { resolved?: Resolved; next?: DirStack } {
  let found: Resolved | undefined;
  const dirs: DirStack['dirs'] = [];
  for (const { dir, layer } of stack.dirs) {
    const child: Node | undefined = childOf(dir, name);
    if (!child) continue;
    if (child.kind === 'whiteout') break;
    if (child.kind !== 'dir') {
      if (!found) found = { node: child, layer };
      break;
    }
    if (!found) found = { node: child, layer };
    dirs.push({ dir: child, layer });
    if (child.opaque) break;
  }
  if (!found) return {};
  return found.node.kind === 'dir' ? { resolved: found, next: { dirs } } : { resolved: found };
}

/** Resolves a path without following symlinks (lstat-like); symlinked parents are not followed. */
export function lookupLiteral(layers: readonly DirNode[], path: string): Resolved | undefined {
  if (layers.length === 0) return undefined;
  const parts = splitPath(path);
  let stack = rootStack(layers);
  const top = stack.dirs[0]!;
  if (parts.length === 0) return { node: top.dir, layer: top.layer };
  for (let i = 0; i < parts.length; i++) {
    const step = stepInto(stack, parts[i]!);
    if (!step.resolved) return undefined;
    if (i === parts.length - 1) return step.resolved;
    if (!step.next) return undefined; // a non-directory in the middle of the path
    stack = step.next;
  }
  return undefined;
}

/** All copies of a directory in the stack, top first, down to the first opaque one. */
export function dirStack(
  layers: readonly DirNode[],
  path: string,
): { dir: DirNode; layer: number }[] {
  const parts = splitPath(path);
  if (layers.length === 0) return [];
  let stack = rootStack(layers);
  for (const part of parts) {
    const step = stepInto(stack, part);
    if (!step.next) return [];
    stack = step.next;
  }
  return stack.dirs;
}

/** The merged listing of a directory: name → visible node and the layer serving it. */
export function listMerged(layers: readonly DirNode[], path: string): Map<string, Resolved> {
  const result = new Map<string, Resolved>();
  const stack = dirStack(layers, path);
  const hidden = new Set<string>();
  for (const { dir, layer } of stack) {
    for (const name of Object.keys(dir.children)) {
      if (result.has(name) || hidden.has(name)) continue;
      const child = dir.children[name] as Node;
      if (child.kind === 'whiteout') hidden.add(name);
      else result.set(name, { node: child, layer });
    }
  }
  return new Map([...result.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const MAX_SYMLINK_HOPS = 40;

export type RealPath =
  | { ok: true; path: string; resolved?: Resolved }
  | { ok: false; error: 'ELOOP' | 'ENOTDIR' | 'ENOENT' };

/**
 * Resolves symlinks in every component (and the last one too when `followLast`), the way
 * the kernel does: relative targets resolve against the link's directory. A missing last
 * component is fine (the path may be about to be created): `resolved` is then undefined.
 * Walks the union one component at a time, keeping each directory's stack of copies, so a
 * lookup costs depth × layers, not more.
 */
export function realPath(layers: readonly DirNode[], path: string, followLast = true): RealPath {
  if (layers.length === 0) return { ok: false, error: 'ENOENT' };
  const root = rootStack(layers);
  const rootResolved: Resolved = { node: root.dirs[0]!.dir, layer: root.dirs[0]!.layer };
  let pending = splitPath(path);
  const done: string[] = [];
  const stacks: DirStack[] = [root];
  let hops = 0;
  let i = 0;
  while (i < pending.length) {
    const part = pending[i] as string;
    const isLast = i === pending.length - 1;
    i++;
    if (part === '..') {
      if (done.length > 0) {
        done.pop();
        stacks.pop();
      }
      if (isLast) {
        const dir = stacks[stacks.length - 1] as DirStack;
        return {
          ok: true,
          path: '/' + done.join('/'),
          resolved: { node: dir.dirs[0]!.dir, layer: dir.dirs[0]!.layer },
        };
      }
      continue;
    }
    const step = stepInto(stacks[stacks.length - 1] as DirStack, part);
    if (!step.resolved) {
      if (isLast) return { ok: true, path: '/' + [...done, part].join('/') };
      return { ok: false, error: 'ENOENT' };
    }
    const node = step.resolved.node;
    if (node.kind === 'symlink' && (!isLast || followLast)) {
      if (++hops > MAX_SYMLINK_HOPS) return { ok: false, error: 'ELOOP' };
      if (node.target.startsWith('/')) {
        done.length = 0;
        stacks.length = 1;
      }
      pending = [...splitPath(node.target), ...pending.slice(i)];
      i = 0;
      continue;
    }
    if (!isLast && !step.next) return { ok: false, error: 'ENOTDIR' };
    done.push(part);
    if (isLast) return { ok: true, path: '/' + done.join('/'), resolved: step.resolved };
    stacks.push(step.next as DirStack);
  }
  return {
    ok: true,
    path: '/' + done.join('/'),
    resolved: done.length === 0 ? rootResolved : undefined,
  };
}

/** A directory resolved through the union: its real path and its stack of copies. */
export interface ResolvedDir {
  path: string;
  stack: DirStack;
}

/** Resolves a directory path (symlinks followed) to its stack, or undefined if it is not one. */
export function resolveDir(layers: readonly DirNode[], path: string): ResolvedDir | undefined {
  const real = realPath(layers, path, true);
  if (!real.ok || !real.resolved || real.resolved.node.kind !== 'dir') return undefined;
  return { path: real.path, stack: { dirs: dirStack(layers, real.path) } };
}
