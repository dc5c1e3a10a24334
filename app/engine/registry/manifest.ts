/**
 * The image manifest a push uploads (Docker image manifest v2, schema 2, as the classic
 * image store pushes it): the config blob and the compressed layer blobs, each with its
 * size and digest. Its sha256 is the digest `docker push` prints, pull's `Digest:` line and
 * the RepoDigests entry; its length is push's `size:`. The JSON is laid out as the daemon
 * writes it (three-space indent, no final newline), so sizes come out as Docker's do.
 */
import type { LayerBlob } from '../catalog/types';
import { digestOf, type Digest } from '../fs/digest';
import { configDocument, type Image } from '../images/image';
import { layerBlobDigest } from './blob';

export interface Manifest {
  text: string;
  digest: Digest;
  size: number;
}

const MANIFEST_TYPE = 'application/vnd.docker.distribution.manifest.v2+json';
const CONFIG_TYPE = 'application/vnd.docker.container.image.v1+json';
const LAYER_TYPE = 'application/vnd.docker.image.rootfs.diff.tar.gzip';

function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The config blob is the image config JSON: its digest is the image id. */
export function configBlobSize(image: Image): number {
  return utf8Bytes(JSON.stringify(configDocument(image)));
}

export interface BlobRef {
  size: number;
  digest: Digest;
}

/** The manifest for a config blob and layer blobs, as the daemon lays it out. */
export function manifestFor(config: BlobRef, layers: readonly BlobRef[]): Manifest {
  const document = {
    schemaVersion: 2,
    mediaType: MANIFEST_TYPE,
    config: { mediaType: CONFIG_TYPE, size: config.size, digest: config.digest },
    layers: layers.map((layer) => ({
      mediaType: LAYER_TYPE,
      size: layer.size,
      digest: layer.digest,
    })),
  };
  const text = JSON.stringify(document, null, '   ');
  return { text, digest: digestOf(text), size: utf8Bytes(text) };
}

export function imageManifest(image: Image, layers: readonly LayerBlob[]): Manifest {
  return manifestFor(
    { size: configBlobSize(image), digest: image.id },
    layers.map((layer) => ({ size: layer.compressedSize, digest: layerBlobDigest(layer) })),
  );
}
