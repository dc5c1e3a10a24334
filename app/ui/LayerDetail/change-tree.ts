/**
 * What one layer changed, as a folder tree with sizes: files added or changed (with their
 * bytes), deleted ones (a whiteout hides the lower copy), opaque folders (hide everything
 * below), and what the layer wastes: bytes it stores that a later layer hides, which ship
 * with the image all the same.
 */
import type { WastedEntry } from '../../engine/fs/stats';
import type { DirNode } from '../../engine/fs/node';
import { layerChanges, type LayerChange } from '../../engine/inspect/layer-changes';

export type ChangeKind = LayerChange['kind'];

export interface ChangeNode {
  name: string;
  path: string;
  /** Set when this path itself changed (a folder may only hold changes). */
  kind?: ChangeKind;
  isDir: boolean;
  /** Bytes added or changed here and below. */
  bytes: number;
  /** Changed files here and below (folders not counted). */
  files: number;
  children: ChangeNode[];
}

export interface LayerDetailModel {
  counts: Record<ChangeKind, number>;
  tree: ChangeNode;
  /** Bytes this layer stores that later layers hide. */
  wasted: WastedEntry[];
  /** Bytes of lower layers this layer hides (by overwriting or deleting them). */
  hides: WastedEntry[];
}

function emptyNode(name: string, path: string): ChangeNode {
  return { name, path, isDir: true, bytes: 0, files: 0, children: [] };
}

export function changeTree(changes: readonly LayerChange[]): ChangeNode {
  const root = emptyNode('/', '/');
  const dirs = new Map<string, ChangeNode>([['/', root]]);
  const dirAt = (path: string): ChangeNode => {
    const known = dirs.get(path);
    if (known) return known;
    const cut = path.lastIndexOf('/');
    const parent = dirAt(cut <= 0 ? '/' : path.slice(0, cut));
    const node = emptyNode(path.slice(cut + 1), path);
    parent.children.push(node);
    dirs.set(path, node);
    return node;
  };
  for (const change of changes) {
    if (change.isDir && change.kind !== 'deleted') {
      dirAt(change.path).kind = change.kind;
      continue;
    }
    const cut = change.path.lastIndexOf('/');
    const parent = dirAt(cut <= 0 ? '/' : change.path.slice(0, cut));
    const counted = change.kind === 'added' || change.kind === 'modified';
    parent.children.push({
      name: change.path.slice(cut + 1),
      path: change.path,
      kind: change.kind,
      isDir: change.isDir,
      bytes: counted ? change.size : 0,
      files: 1,
      children: [],
    });
  }
  const total = (node: ChangeNode): void => {
    if (node.children.length === 0) return;
    node.children.forEach(total);
    node.bytes = node.children.reduce((sum, c) => sum + c.bytes, 0);
    node.files = node.children.reduce((sum, c) => sum + c.files, 0);
    node.children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  };
  total(root);
  return root;
}

/**
 * Folders that only lead to one other folder are shown as one row ("usr/local/lib"), as
 * code review tools do, so a deep pip install opens at its interesting level.
 */
export function compressChains(node: ChangeNode): ChangeNode {
  let current = node;
  let name = node.name;
  while (
    current.kind === undefined &&
    current.children.length === 1 &&
    current.children[0]?.isDir &&
    current.path !== '/'
  ) {
    current = current.children[0];
    name = `${name}/${current.name}`;
  }
  return { ...current, name, children: current.children.map(compressChains) };
}

export function layerDetail(
  layers: readonly DirNode[],
  layerIndex: number,
  waste: readonly WastedEntry[],
): LayerDetailModel {
  const layer = layers[layerIndex];
  const changes = layer ? layerChanges(layers.slice(0, layerIndex), layer) : [];
  const counts: Record<ChangeKind, number> = { added: 0, modified: 0, deleted: 0, opaque: 0 };
  for (const change of changes) if (!change.isDir || change.kind !== 'added') counts[change.kind]++;
  return {
    counts,
    tree: compressChains(changeTree(changes)),
    wasted: waste.filter((w) => w.layer === layerIndex),
    hides: waste.filter((w) => w.hiddenBy === layerIndex),
  };
}
