/**
 * The build context: the folder sent to the builder, minus what .dockerignore excludes.
 * Its files are a plain tree; COPY and ADD read from it, and its content (not timestamps)
 * decides whether a COPY step is cached.
 */
import { emptyDir, nodeBytes, type DirNode, type LiveNode } from '../fs/node';
import { setAt, walk } from '../fs/tree';
import { splitPath } from '../fs/path';
import { DockerIgnore } from './match';

export interface BuildContext {
  tree: DirNode;
  /** Bytes "transferred" (BuildKit prints `transferring context: 139B done`). */
  bytes: number;
  /** The .dockerignore text, if any. */
  ignoreText: string;
}

/** Makes the context from a directory tree (the host folder given to `docker build`). */
export function makeContext(dir: DirNode): BuildContext {
  const ignoreNode = dir.children['.dockerignore'];
  const ignoreText = ignoreNode?.kind === 'file' ? (ignoreNode.text ?? '') : '';
  const ignore = new DockerIgnore(ignoreText);
  let tree = emptyDir();
  let bytes = 0;
  for (const { path, node } of walk(dir)) {
    const rel = path.slice(1);
    if (!ignore.empty && ignore.excludes(rel)) continue;
    if (node.kind === 'whiteout') continue;
    const kept: LiveNode = node.kind === 'dir' ? { ...node, children: {} } : node;
    tree = setAt(tree, splitPath(path), kept);
    bytes += nodeBytes(node);
  }
  return { tree, bytes, ignoreText };
}
