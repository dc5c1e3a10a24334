/**
 * FROM: where a stage starts. A previous stage by name or index (handled by the caller),
 * `scratch`, a local image, or an image from a registry: the official images of the
 * catalog, or anything pushed to the world's shared registries.
 */
import type { Catalog, LayerBlob } from '../catalog/types';
import { findLocalImage } from '../host/images';
import type { HostState, World } from '../host/state';
import type { Image } from '../images/image';
import { parseReference, qualifiedString, withDefaultTag } from '../images/reference';
import { resolveFromRegistry } from '../registry/resolve';

export type ResolvedBase =
  | { kind: 'scratch' }
  | {
      kind: 'image';
      image: Image;
      layers: LayerBlob[];
      qualified: string;
      pulled: boolean;
      /** Said once per build when the image is a stand-in for a well-known one. */
      note?: string;
    }
  | { kind: 'error'; message: string };

export function resolveBase(
  host: HostState,
  world: World | undefined,
  catalog: Catalog,
  name: string,
): ResolvedBase {
  if (name === 'scratch') return { kind: 'scratch' };
  const parsed = parseReference(name);
  if (!parsed.ok)
    return { kind: 'error', message: `failed to parse stage name "${name}": ${parsed.error}` };
  const ref = withDefaultTag(parsed.ref);
  const qualified = qualifiedString(ref);
  const local = findLocalImage(host, name);
  if (local) {
    const layers = local.diffIds
      .map((id) => host.layers[id])
      .filter((l): l is LayerBlob => l !== undefined);
    return { kind: 'image', image: local, layers, qualified, pulled: false };
  }
  const lookup = resolveFromRegistry(world ?? soloWorld(host), ref, catalog);
  if (lookup.ok) {
    const { image, layers, manifestDigest, note } = lookup.remote;
    return {
      kind: 'image',
      image,
      layers,
      qualified: `${qualified}@${manifestDigest}`,
      pulled: true,
      ...(note ? { note } : {}),
    };
  }
  const prefix = `${name}: failed to resolve source metadata for ${qualified}`;
  switch (lookup.reason) {
    case 'not-found':
      return { kind: 'error', message: `${prefix}: ${qualified}: not found` };
    case 'unreachable':
      return { kind: 'error', message: `${prefix}: ${lookup.error}` };
    case 'reserved':
    case 'invalid':
      return { kind: 'error', message: `${prefix}: ${lookup.error}` };
    case 'denied':
      return {
        kind: 'error',
        message: `${prefix}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`,
      };
  }
}

/** A world holding just this host, for builds run without one (tests, benchmarks). */
function soloWorld(host: HostState): World {
  return {
    version: 1,
    hosts: { [host.name]: host },
    current: host.name,
    registry: { repos: {}, layers: {} },
    ids: { seed: 'solo', counter: 0 },
  };
}
