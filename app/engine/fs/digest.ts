/**
 * Content addressing. A layer's diff_id is the sha256 of a canonical serialisation of its
 * tree (paths, kinds, modes, owners, sizes, content), so identical content anywhere has an
 * identical digest, as a layer tarball's digest does in Docker. Chain ids follow the OCI
 * image spec: ChainID(L0) = DiffID(L0); ChainID(Ln) = sha256(ChainID(Ln-1) + " " + DiffID(Ln)).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { DirNode } from './node';
import { walk } from './tree';

export type Digest = `sha256:${string}`;

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export function digestOf(text: string): Digest {
  return `sha256:${sha256Hex(text)}`;
}

const cache = new WeakMap<DirNode, Digest>();

export function serializeLayer(root: DirNode): string {
  const lines: string[] = [];
  for (const { path, node } of walk(root)) {
    switch (node.kind) {
      case 'whiteout':
        lines.push(`${path} whiteout`);
        break;
      case 'dir':
        lines.push(
          `${path} dir ${node.mode.toString(8)} ${node.uid}:${node.gid}${node.opaque ? ' opaque' : ''}`,
        );
        break;
      case 'symlink':
        lines.push(`${path} symlink ${node.uid}:${node.gid} -> ${node.target}`);
        break;
      case 'file': {
        const content =
          node.text !== undefined ? `text ${JSON.stringify(node.text)}` : `blob ${node.blob ?? ''}`;
        lines.push(
          `${path} file ${node.mode.toString(8)} ${node.uid}:${node.gid} ${node.size} ${content}`,
        );
        break;
      }
    }
  }
  return lines.join('\n');
}

/**
 * The digest Docker shows for a layer with no changes: the sha256 of an empty tar archive.
 * Every empty layer anywhere has it (content addressing at its plainest).
 */
export const EMPTY_LAYER_DIGEST: Digest =
  'sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef';

/** The layer's diff_id; memoised per tree object, which is immutable. */
export function layerDigest(root: DirNode): Digest {
  const known = cache.get(root);
  if (known) return known;
  const serialized = serializeLayer(root);
  const digest = serialized === '' ? EMPTY_LAYER_DIGEST : digestOf(serialized);
  cache.set(root, digest);
  return digest;
}

export function chainIds(diffIds: readonly Digest[]): Digest[] {
  const chain: Digest[] = [];
  for (const id of diffIds) {
    const prev = chain[chain.length - 1];
    chain.push(prev ? digestOf(`${prev} ${id}`) : id);
  }
  return chain;
}
