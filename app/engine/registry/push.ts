/**
 * `docker push` planned as data: which layers the registry already has ("Layer already
 * exists"), which it can take from another repository of the same registry ("Mounted from
 * app"), which must be uploaded ("Pushed"), and the manifest that names them. The caller
 * prints the lines, spends the time and keeps the new registry state.
 */
import type { Catalog, LayerBlob } from '../catalog/types';
import type { Digest } from '../fs/digest';
import type { RegistryState, World } from '../host/state';
import type { Image } from '../images/image';
import type { ImageRef } from '../images/reference';
import { layerBlobDigest, shortBlobId } from './blob';
import { imageManifest, type Manifest } from './manifest';
import { registryFor, repoKey, type Registry } from './registries';

export interface LayerPush {
  /** The 12-hex blob id shown on the line. */
  id: string;
  /** `Pushed`, `Layer already exists` or `Mounted from app`. */
  status: string;
  ms: number;
}

export type PushPlan =
  | {
      ok: true;
      registry: Registry;
      /** Top layer first, each blob once, as Docker lists them. */
      layers: LayerPush[];
      manifest: Manifest;
      /** The registry state after the push. */
      next: RegistryState;
    }
  | {
      ok: false;
      /** Blob ids that were being prepared when the registry refused (none if unreachable). */
      preparing: string[];
      /** Printed as is on stderr (push errors have no "Error response from daemon: "). */
      error: string;
    };

export interface PushRequest {
  /** The target, with its tag. */
  ref: ImageRef;
  image: Image;
  layers: readonly LayerBlob[];
  /** Who this host is logged in as at that registry (from ~/.docker/config.json). */
  user?: string;
}

const UPLOAD_BPS = 20e6;
export const DENIED = 'denied: requested access to the resource is denied';

/** Docker Hub takes pushes only into the logged-in user's own namespace; official images never. */
function mayPush(registry: Registry, path: string, user: string | undefined): boolean {
  if (registry.kind !== 'hub') return true;
  const namespace = path.split('/')[0];
  return path.includes('/') && namespace !== 'library' && user !== undefined && namespace === user;
}

/** Repositories of the same registry holding a layer, other than the target. */
function mountSource(
  world: World,
  registry: Registry,
  target: string,
  diffId: Digest,
  catalog: Catalog | undefined,
): string | undefined {
  for (const [key, repo] of Object.entries(world.registry.repos)) {
    if (key === target || !key.startsWith(`${registry.storeKey}/`)) continue;
    if (Object.values(repo.manifests).some((m) => m.diffIds.includes(diffId))) {
      return key.slice(registry.storeKey.length + 1);
    }
  }
  if (registry.kind === 'hub' && catalog) {
    const official = catalog.images().find((img) => img.layers.some((l) => l.diffId === diffId));
    if (official) return `library/${official.repository}`;
  }
  return undefined;
}

function uniqueTopFirst(layers: readonly LayerBlob[]): LayerBlob[] {
  const seen = new Set<string>();
  const out: LayerBlob[] = [];
  for (const layer of [...layers].reverse()) {
    if (seen.has(layer.diffId)) continue;
    seen.add(layer.diffId);
    out.push(layer);
  }
  return out;
}

export function planPush(world: World, request: PushRequest, catalog?: Catalog): PushPlan {
  const found = registryFor(request.ref.domain, world.current);
  if (!found.ok) return { ok: false, preparing: [], error: found.error };
  const registry = found.registry;
  const ordered = uniqueTopFirst(request.layers);
  if (!mayPush(registry, request.ref.path, request.user)) {
    return {
      ok: false,
      preparing: ordered.map((l) => shortBlobId(layerBlobDigest(l))),
      error: DENIED,
    };
  }
  const key = repoKey(registry, request.ref.path);
  const repo = world.registry.repos[key] ?? { tags: {}, manifests: {} };
  const inRepo = new Set(Object.values(repo.manifests).flatMap((m) => m.diffIds));
  const layers = ordered.map((layer): LayerPush => {
    const id = shortBlobId(layerBlobDigest(layer));
    if (inRepo.has(layer.diffId)) return { id, status: 'Layer already exists', ms: 50 };
    const source = mountSource(world, registry, key, layer.diffId, catalog);
    if (source) return { id, status: `Mounted from ${source}`, ms: 50 };
    return { id, status: 'Pushed', ms: Math.max(100, (layer.compressedSize / UPLOAD_BPS) * 1000) };
  });
  const manifest = imageManifest(request.image, request.layers);
  const stored: Image = { ...request.image, repoDigests: [] };
  const tag = request.ref.tag ?? 'latest';
  const blobs = { ...world.registry.layers };
  for (const layer of request.layers) blobs[layer.diffId] ??= layer;
  const next: RegistryState = {
    ...world.registry,
    layers: blobs,
    repos: {
      ...world.registry.repos,
      [key]: {
        tags: { ...repo.tags, [tag]: manifest.digest },
        manifests: {
          ...repo.manifests,
          [manifest.digest]: {
            imageId: request.image.id,
            config: stored,
            diffIds: [...request.image.diffIds],
          },
        },
      },
    },
  };
  return { ok: true, registry, layers, manifest, next };
}
