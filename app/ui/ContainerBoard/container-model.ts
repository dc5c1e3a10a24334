/**
 * Containers as the board draws them: grouped by the image they share (its read-only
 * layers are drawn once per group), each with its writable layer as `docker diff` lists
 * it (A, C, D), plus what a change means: a C file was copied up from a lower layer, a D
 * is a whiteout hiding a lower copy. The board shows what the layer holds, so it also lists
 * a copy that changed nothing (a chown to the owner it had), which `docker diff` leaves out. Also the commands the buttons run, and the compare
 * view's "what each has that the other lacks".
 */
import type { DirNode, Node } from '../../engine/fs/node';
import { diffLayer, type ChangeKind } from '../../engine/fs/diff';
import { splitPath } from '../../engine/fs/path';
import { getAt } from '../../engine/fs/tree';
import { lookupLiteral } from '../../engine/fs/union';
import type { Container } from '../../engine/host/containers';
import type { HostState } from '../../engine/host/state';
import type { Image } from '../../engine/images/image';
import { heldUnchanged } from '../../engine/runtime/changes';
import { lowerTrees } from '../../engine/runtime/open-fs';
import { imageName } from '../LayerStack/current-image';
import { imageTrees } from '../LayerStack/stack-model';

export interface WritableChange {
  kind: ChangeKind;
  path: string;
  isDir: boolean;
  /** Bytes the writable layer holds for it (files and symlinks). */
  size: number;
  /** For C and D: the image layer whose copy was copied up or is hidden (0-based). */
  fromLayer?: number;
  /** Identifies the content, so two containers' copies can be compared. */
  content: string;
  /**
   * A C whose copy stat shows as it was below (a chown or chmod that changed nothing): the
   * layer holds it, but `docker diff` does not list it.
   */
  unchanged?: true;
}

function contentOf(node: Node | undefined): string {
  if (!node) return 'none';
  switch (node.kind) {
    case 'file':
      return `f:${node.mode}:${node.size}:${node.text ?? node.blob ?? ''}`;
    case 'symlink':
      return `l:${node.target}`;
    case 'dir':
      return `d:${node.mode}${node.opaque ? ':opaque' : ''}`;
    default:
      return 'whiteout';
  }
}

export function writableChanges(host: HostState, container: Container): WritableChange[] {
  const lowers = lowerTrees(host, container);
  const image = host.images[container.image];
  const layers = image ? imageTrees(host, image) : [];
  return diffLayer(lowers, container.upper).map((change) => {
    const node = getAt(container.upper, splitPath(change.path));
    const size =
      node?.kind === 'file' ? node.size : node?.kind === 'symlink' ? node.target.length : 0;
    const below = change.kind === 'A' ? undefined : lookupLiteral(layers, change.path);
    return {
      kind: change.kind,
      path: change.path,
      isDir: node?.kind === 'dir' || (change.kind === 'D' && below?.node.kind === 'dir'),
      size,
      ...(below ? { fromLayer: below.layer } : {}),
      content: change.kind === 'D' ? 'deleted' : contentOf(node),
      ...(change.kind === 'C' && heldUnchanged(lowers, container.upper, change.path)
        ? { unchanged: true as const }
        : {}),
    };
  });
}

export interface ContainerGroup {
  image: Image | undefined;
  imageId: string;
  /** How people name the image: its tag, or the reference the containers were run with. */
  name: string;
  containers: Container[];
}

/** Containers by the image they run, oldest group first; containers oldest first. */
export function containerGroups(
  host: HostState,
  shown: readonly Container[] = Object.values(host.containers),
): ContainerGroup[] {
  const groups = new Map<string, ContainerGroup>();
  const containers = [...shown].sort((a, b) => a.created - b.created || (a.name < b.name ? -1 : 1));
  for (const container of containers) {
    let group = groups.get(container.image);
    if (!group) {
      const image = host.images[container.image];
      group = {
        image,
        imageId: container.image,
        name: image ? imageName(host, image) : container.imageRef,
        containers: [],
      };
      groups.set(container.image, group);
    }
    group.containers.push(container);
  }
  return [...groups.values()];
}

/** Friendly names first (they read well aloud and on a projector), then numbered ones. */
const NAMES = ['web', 'api', 'worker', 'cache', 'admin', 'jobs', 'shop', 'blog', 'docs', 'mail'];

export function nextContainerName(taken: Iterable<string>): string {
  const used = new Set(taken);
  for (const name of NAMES) if (!used.has(name)) return name;
  for (let n = 2; ; n++) if (!used.has(`web-${n}`)) return `web-${n}`;
}

/** The docker command each button runs (the terminal shows it, so people learn the CLI). */
export function containerCommand(
  action: 'exec' | 'stop' | 'start' | 'restart' | 'remove' | 'unpause',
  container: Pick<Container, 'name' | 'status'>,
): string {
  const name = container.name;
  switch (action) {
    case 'exec':
      return `docker exec -it ${name} sh`;
    case 'remove':
      // A running container needs -f: teaching that `docker rm` refuses it is the CLI's job.
      return container.status === 'running' || container.status === 'paused'
        ? `docker rm -f ${name}`
        : `docker rm ${name}`;
    default:
      return `docker ${action} ${name}`;
  }
}

export function isUp(container: Pick<Container, 'status'>): boolean {
  return (
    container.status === 'running' ||
    container.status === 'paused' ||
    container.status === 'restarting'
  );
}

export interface Comparison {
  onlyA: WritableChange[];
  onlyB: WritableChange[];
  /** Same path in both, with different content. */
  differ: { a: WritableChange; b: WritableChange }[];
  same: WritableChange[];
}

export function compareChanges(
  a: readonly WritableChange[],
  b: readonly WritableChange[],
): Comparison {
  const byPath = new Map(b.map((c) => [c.path, c]));
  const result: Comparison = { onlyA: [], onlyB: [], differ: [], same: [] };
  for (const change of a) {
    const other = byPath.get(change.path);
    byPath.delete(change.path);
    if (!other) result.onlyA.push(change);
    else if (other.kind === change.kind && other.content === change.content)
      result.same.push(change);
    else result.differ.push({ a: change, b: other });
  }
  result.onlyB = [...byPath.values()];
  return result;
}

/** A folder in a diff that only holds other changes ("C /tmp"). */
export function isParentOnly(change: WritableChange, all: readonly WritableChange[]): boolean {
  return (
    change.isDir && change.kind === 'C' && all.some((c) => c.path.startsWith(change.path + '/'))
  );
}

export type { DirNode };

const changeCache = new WeakMap<Container, { host: HostState; changes: WritableChange[] }>();

/** writableChanges, remembered per container object (a write makes a new object). */
export function cachedChanges(host: HostState, container: Container): WritableChange[] {
  const known = changeCache.get(container);
  if (known && known.host.images === host.images && known.host.layers === host.layers)
    return known.changes;
  const changes = writableChanges(host, container);
  changeCache.set(container, { host, changes });
  return changes;
}
