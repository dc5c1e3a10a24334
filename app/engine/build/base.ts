/**
 * FROM: where a stage starts. A previous stage by name or index, `scratch`, a local image,
 * or an official image from the registry (pulled into the host's layer store).
 */
import type { Catalog, LayerBlob } from '../catalog/types';
import { findLocalImage, imageFromCatalog } from '../host/images';
import type { HostState } from '../host/state';
import type { Image } from '../images/image';
import { familiarName, parseReference, qualifiedString } from '../images/reference';

export type ResolvedBase =
  | { kind: 'scratch' }
  | {
      kind: 'image';
      image: Image;
      layers: LayerBlob[];
      qualified: string;
      pulled: boolean;
      manifestDigest?: string;
      downloadBytes: number[];
    }
  | { kind: 'error'; message: string };

export function resolveBase(host: HostState, catalog: Catalog, name: string): ResolvedBase {
  if (name === 'scratch') return { kind: 'scratch' };
  const parsed = parseReference(name);
  if (!parsed.ok)
    return { kind: 'error', message: `failed to parse stage name "${name}": ${parsed.error}` };
  const ref = parsed.ref;
  const qualified = qualifiedString(ref);
  const local = findLocalImage(host, name);
  if (local) {
    const layers = local.diffIds
      .map((id) => host.layers[id])
      .filter((l): l is LayerBlob => l !== undefined);
    return { kind: 'image', image: local, layers, qualified, pulled: false, downloadBytes: [] };
  }
  if (ref.domain === 'docker.io' && ref.path.startsWith('library/')) {
    const repo = ref.path.slice('library/'.length);
    const entry = catalog.image(repo, ref.tag ?? 'latest');
    if (entry) {
      const { image, layers } = imageFromCatalog(
        entry,
        `${familiarName(ref)}@${entry.manifestDigest}`,
      );
      return {
        kind: 'image',
        image,
        layers,
        qualified: `${qualifiedString(ref)}@${entry.manifestDigest}`,
        pulled: true,
        manifestDigest: entry.manifestDigest,
        downloadBytes: layers.map((l) => l.compressedSize),
      };
    }
    const known = catalog.images().some((img) => img.repository === repo);
    if (known) {
      return {
        kind: 'error',
        message: `${name}: failed to resolve source metadata for ${qualified}: ${qualified}: not found`,
      };
    }
  }
  return {
    kind: 'error',
    message: `${name}: failed to resolve source metadata for ${qualified}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`,
  };
}
