/**
 * Layer blobs as registries name them. A registry stores a layer compressed (a .tar.gz), and
 * its digest is the sha256 of those compressed bytes, not the diff_id (the digest of the
 * uncompressed tar that `docker image inspect` lists under RootFS.Layers). Pull and push
 * lines (`a2318d6c47ec: Pull complete`) and BuildKit's download lines show the compressed
 * digest. We compress nothing, so the blob digest is derived from the diff_id: the same
 * layer always has the same blob digest, on every host, in every command.
 */
import type { LayerBlob } from '../catalog/types';
import { digestOf, type Digest } from '../fs/digest';

/** The compressed blob digest of a layer known only by its diff_id. */
export function blobDigest(diffId: Digest): Digest {
  return digestOf(`blob:${diffId}`);
}

/** The blob digest of a stored layer: the catalog's own when it has one, else derived. */
export function layerBlobDigest(layer: Pick<LayerBlob, 'diffId' | 'digest'>): Digest {
  return layer.digest ?? blobDigest(layer.diffId);
}

/** The 12 hex digits pull and push print before each layer's status. */
export function shortBlobId(digest: Digest): string {
  return digest.slice('sha256:'.length, 'sha256:'.length + 12);
}
