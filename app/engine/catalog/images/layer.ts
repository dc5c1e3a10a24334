/**
 * A layer as a registry stores it: the tree, its diff_id (sha256 of the content), its
 * unpacked size and an estimate of its gzip size. Compression ratios follow file kinds:
 * machine code shrinks to ~38%, text to ~28%, already-compressed files not at all; tar adds
 * a header per entry.
 */
import { digestOf, layerDigest } from '../../fs/digest';
import type { DirNode, Node } from '../../fs/node';
import type { LayerBlob } from '../types';

const COMPRESSED = new Set(
  'gz xz bz2 zst zip whl jar png jpg jpeg gif webp woff woff2 mo pack'.split(' '),
);
const TEXT = new Set(
  'py js mjs cjs ts json h hpp txt md conf cfg ini pem crt pc sh pl pm rst html css xml yaml yml toml list tab zi'.split(
    ' ',
  ),
);
const TEXT_NAMES = new Set(['METADATA', 'RECORD', 'copyright', 'Makefile']);
const TAR_ENTRY_COMPRESSED = 48;

function ratio(path: string, name: string, text: boolean): number {
  if (text || TEXT_NAMES.has(name) || path.startsWith('/etc/') || path.startsWith('/var/lib/dpkg/'))
    return 0.28;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1) : '';
  if (TEXT.has(ext)) return 0.28;
  if (COMPRESSED.has(ext)) return 1;
  return 0.38;
}

interface Totals {
  size: number;
  compressed: number;
}

/** One pass over the tree (no generator: layers have thousands of entries). */
function measure(dir: DirNode, prefix: string, totals: Totals): void {
  for (const name in dir.children) {
    const node = dir.children[name] as Node;
    const path = `${prefix}/${name}`;
    totals.compressed += TAR_ENTRY_COMPRESSED;
    if (node.kind === 'file') {
      totals.size += node.size;
      totals.compressed += Math.round(node.size * ratio(path, name, node.text !== undefined));
    } else if (node.kind === 'symlink') {
      totals.size += node.target.length;
    } else if (node.kind === 'dir') {
      measure(node, path, totals);
    }
  }
}

/** Unpacked size and estimated compressed size of a layer. */
export function measureLayer(tree: DirNode): Totals {
  const totals = { size: 0, compressed: 1024 }; // the tar's end blocks and gzip framing
  measure(tree, '', totals);
  return totals;
}

export function layerBlob(tree: DirNode): LayerBlob {
  const { size, compressed } = measureLayer(tree);
  const diffId = layerDigest(tree);
  return {
    diffId,
    tree,
    size,
    compressedSize: compressed,
    // A registry names a layer by its compressed blob; a stand-in derived from the content.
    digest: digestOf(`application/vnd.oci.image.layer.v1.tar+gzip\n${diffId}`),
  };
}

/** Memoises a layer builder: the first caller builds, everyone after shares the object. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
