/**
 * Finding an image in a registry: official images (`docker.io/library/*`) in the catalog,
 * everything pushed (Hub user repositories, the team registry, a host's local registry) in
 * the world's shared registry state. Pure: it reads and returns, the caller stores.
 */
import type { Catalog, CatalogImage, LayerBlob } from '../catalog/types';
import type { Digest } from '../fs/digest';
import { imageFromCatalog } from '../host/images';
import type { World } from '../host/state';
import type { Image } from '../images/image';
import {
  familiarName,
  familiarString,
  parseReference,
  withDefaultTag,
  type ImageRef,
} from '../images/reference';
import { registryFor, repoKey, type Registry } from './registries';

export interface RemoteImage {
  /** The reference, with `latest` filled in unless a digest was given. */
  ref: ImageRef;
  registry: Registry;
  /** The image as a host stores it after the pull (RepoDigests holds `name@digest`). */
  image: Image;
  /** Its layers, bottom first. */
  layers: LayerBlob[];
  manifestDigest: Digest;
  /** For a stand-in of a well-known image: what Layercake approximates, to say once. */
  note?: string;
}

export type LookupFailure = 'invalid' | 'reserved' | 'unreachable' | 'denied' | 'not-found';

export type RemoteLookup =
  | { ok: true; remote: RemoteImage }
  /** `error` is the daemon's message as `docker pull` prints it after "Error response from daemon: ". */
  | { ok: false; reason: LookupFailure; error: string };

function fail(reason: LookupFailure, error: string): RemoteLookup {
  return { ok: false, reason, error };
}

/** The daemon's words for a repository it may not read or that does not exist on Docker Hub. */
export function pullDeniedMessage(ref: ImageRef): string {
  return `pull access denied for ${familiarName(ref)}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`;
}

/** The note for a stand-in, naming the reference as the person typed it. */
export function approximateNote(ref: ImageRef, approximate: string): string {
  return `Layercake models ${familiarString(ref)} approximately: ${approximate}`;
}

export function manifestUnknownMessage(ref: ImageRef): string {
  return `manifest for ${familiarString(ref)} not found: manifest unknown: manifest unknown`;
}

/**
 * Resolves `python:3.14-slim`, `registry.example.com/app:v1`, `app@sha256:...` as seen
 * from the world's current host. Without a catalog, official images are not found.
 */
export function resolveFromRegistry(
  world: World,
  reference: string | ImageRef,
  catalog?: Catalog,
): RemoteLookup {
  let ref: ImageRef;
  if (typeof reference === 'string') {
    const parsed = parseReference(reference);
    if (!parsed.ok) return fail('invalid', parsed.error);
    ref = withDefaultTag(parsed.ref);
  } else {
    ref = withDefaultTag(reference);
  }
  const vendor = vendorRegistry(ref.domain, catalog);
  if (vendor) return fromCatalog(ref, vendor, catalog, ref.path);
  const found = registryFor(ref.domain, world.current);
  if (!found.ok) return fail('unreachable', found.error);
  const registry = found.registry;
  if (registry.kind === 'hub' && ref.path.startsWith('library/')) {
    return fromCatalog(ref, registry, catalog);
  }
  // A vendor's own Hub repository the catalog models (oven/bun), unless something was pushed there.
  const pushed = world.registry.repos[repoKey(registry, ref.path)];
  if (registry.kind === 'hub' && !pushed && modelsRepository(catalog, ref.path))
    return fromCatalog(ref, registry, catalog, ref.path);
  return fromRegistryState(world, ref, registry);
}

/**
 * Vendors' registries that serve well-known images (Microsoft's .NET images, Google's
 * distroless): reachable only for the repositories the catalog models.
 */
const VENDOR_DOMAINS = [
  'mcr.microsoft.com',
  'gcr.io',
  'registry.access.redhat.com',
  'quay.io',
  'ghcr.io',
];

/**
 * Whether the catalog models a repository: its `latest` resolves, or it is a well-known one
 * whose tags all name something else (lukemathwalker/cargo-chef has only `*-rust-*` tags).
 */
function modelsRepository(catalog: Catalog | undefined, repository: string): boolean {
  if (catalog?.resolve?.(repository, 'latest').ok) return true;
  return catalog?.wellKnownRepositories?.().some((r) => r.repository === repository) ?? false;
}

function vendorRegistry(domain: string, catalog: Catalog | undefined): Registry | undefined {
  if (!VENDOR_DOMAINS.includes(domain) || !catalog?.resolve) return undefined;
  return { kind: 'vendor', domain, storeKey: domain, authKey: domain };
}

function fromCatalog(
  ref: ImageRef,
  registry: Registry,
  catalog: Catalog | undefined,
  repository = ref.path.slice('library/'.length),
): RemoteLookup {
  const name = registry.kind === 'vendor' ? `${registry.domain}/${repository}` : repository;
  if (name === 'scratch') return fail('reserved', "'scratch' is a reserved name");
  const all = catalog?.images() ?? [];
  let entry: CatalogImage | undefined;
  if (ref.digest) {
    if (!all.some((img) => img.repository === name) && !modelsRepository(catalog, name))
      return fail('denied', pullDeniedMessage(ref));
    entry = all.find((img) => img.repository === name && img.manifestDigest === ref.digest);
  } else if (catalog?.resolve) {
    const found = catalog.resolve(name, ref.tag ?? 'latest');
    if (!found.ok && found.reason === 'unknown-repository') return denied(ref, registry);
    entry = found.ok ? found.image : undefined;
  } else {
    if (!all.some((img) => img.repository === name)) return fail('denied', pullDeniedMessage(ref));
    entry = catalog?.image(name, ref.tag ?? 'latest');
  }
  if (!entry) return fail('not-found', manifestUnknownMessage(ref));
  if (entry.reserved) return fail('reserved', `'${name}' is a reserved name`);
  const { image, layers } = imageFromCatalog(entry, `${familiarName(ref)}@${entry.manifestDigest}`);
  return {
    ok: true,
    remote: {
      ref,
      registry,
      image,
      layers,
      manifestDigest: entry.manifestDigest,
      ...(entry.approximate ? { note: approximateNote(ref, entry.approximate) } : {}),
    },
  };
}

/** Docker Hub denies unknown repositories; a vendor's registry says the name is unknown. */
function denied(ref: ImageRef, registry: Registry): RemoteLookup {
  return registry.kind === 'vendor'
    ? fail('not-found', manifestUnknownMessage(ref))
    : fail('denied', pullDeniedMessage(ref));
}

function fromRegistryState(world: World, ref: ImageRef, registry: Registry): RemoteLookup {
  const repo = world.registry.repos[repoKey(registry, ref.path)];
  const missing = (): RemoteLookup =>
    registry.kind === 'hub'
      ? fail('denied', pullDeniedMessage(ref))
      : fail('not-found', manifestUnknownMessage(ref));
  if (!repo) return missing();
  const digest = (ref.digest as Digest | undefined) ?? repo.tags[ref.tag ?? 'latest'];
  const manifest = digest ? repo.manifests[digest] : undefined;
  if (!digest || !manifest) return fail('not-found', manifestUnknownMessage(ref));
  const layers: LayerBlob[] = [];
  for (const diffId of manifest.diffIds) {
    const layer = world.registry.layers[diffId];
    if (!layer) return fail('not-found', manifestUnknownMessage(ref));
    layers.push(layer);
  }
  const image: Image = { ...manifest.config, repoDigests: [`${familiarName(ref)}@${digest}`] };
  return { ok: true, remote: { ref, registry, image, layers, manifestDigest: digest } };
}

/** Every tag of a repository, sorted (for `docker pull --all-tags`). */
export function remoteTags(world: World, ref: ImageRef, catalog?: Catalog): string[] {
  const found = registryFor(ref.domain, world.current);
  if (!found.ok) return [];
  if (found.registry.kind === 'hub' && ref.path.startsWith('library/')) {
    const repository = ref.path.slice('library/'.length);
    const tags = (catalog?.images() ?? [])
      .filter((img) => img.repository === repository && !img.reserved)
      .flatMap((img) => img.tags);
    return [...new Set(tags)].sort();
  }
  const repo = world.registry.repos[repoKey(found.registry, ref.path)];
  return Object.keys(repo?.tags ?? {}).sort();
}
