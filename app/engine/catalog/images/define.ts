/**
 * How an official image is described: its tags, config, and history rows bottom first. A
 * row with `layer` adds a filesystem layer (built lazily and memoised, so a layer shared by
 * several images is one object with one diff_id); a row without is metadata (`empty_layer`,
 * 0 B in `docker history`). `materialize` turns a description into a `CatalogImage` whose
 * layers and manifest digest are computed on first access.
 */
import { digestOf } from '../../fs/digest';
import type { Userland } from '../../shell/program';
import type { CatalogImage, HistoryEntry, ImageConfig, LayerBlob } from '../types';

export interface HistoryRow {
  createdBy: string;
  /** Defaults to the image's `created`. */
  created?: string;
  comment?: string;
  layer?: () => LayerBlob;
}

export interface ImageSpec {
  repository: string;
  tags: string[];
  created: string;
  userland: Userland;
  distro: CatalogImage['distro'];
  config: ImageConfig;
  rows: HistoryRow[];
  description?: string;
  reserved?: boolean;
  /** For a stand-in: what Layercake approximates (see CatalogImage.approximate). */
  approximate?: string;
}

export const BUILDKIT = 'buildkit.dockerfile.v0';

/** A child image: the parent's rows first (same layer builders, so the same layer objects). */
export function extend(
  parent: ImageSpec,
  child: Omit<ImageSpec, 'rows'> & { rows: HistoryRow[] },
): ImageSpec {
  return {
    ...child,
    rows: [...parent.rows.map((r) => ({ created: parent.created, ...r })), ...child.rows],
  };
}

/** A Dockerfile instruction as BuildKit records it in history. */
export function step(createdBy: string, layer?: () => LayerBlob, created?: string): HistoryRow {
  return {
    createdBy,
    comment: BUILDKIT,
    ...(layer ? { layer } : {}),
    ...(created ? { created } : {}),
  };
}

function historyOf(spec: ImageSpec): HistoryEntry[] {
  return spec.rows.map((row) => {
    const entry: HistoryEntry = { created: row.created ?? spec.created, created_by: row.createdBy };
    if (row.comment) entry.comment = row.comment;
    if (!row.layer) entry.empty_layer = true;
    return entry;
  });
}

/** The image config JSON (what the image ID hashes) and the manifest that points at it. */
export function manifestDigestOf(
  spec: ImageSpec,
  layers: readonly LayerBlob[],
  history: HistoryEntry[],
): `sha256:${string}` {
  const config = JSON.stringify({
    architecture: 'amd64',
    config: spec.config,
    created: spec.created,
    history,
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
  });
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: digestOf(config),
      size: config.length,
    },
    layers: layers.map((l) => ({
      mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
      digest: l.digest ?? l.diffId,
      size: l.compressedSize,
    })),
  });
  return digestOf(manifest);
}

export function materialize(spec: ImageSpec): CatalogImage {
  const history = historyOf(spec);
  let layers: LayerBlob[] | undefined;
  let manifest: `sha256:${string}` | undefined;
  const getLayers = () => {
    layers ??= spec.rows.flatMap((row) => (row.layer ? [row.layer()] : []));
    return layers;
  };
  const image: CatalogImage = {
    repository: spec.repository,
    tags: spec.tags,
    get layers() {
      return getLayers();
    },
    config: spec.config,
    history,
    created: spec.created,
    userland: spec.userland,
    distro: spec.distro,
    get manifestDigest() {
      manifest ??= manifestDigestOf(spec, getLayers(), history);
      return manifest;
    },
    ...(spec.description ? { description: spec.description } : {}),
    ...(spec.reserved ? { reserved: true } : {}),
    ...(spec.approximate ? { approximate: spec.approximate } : {}),
  };
  return image;
}

export const PATH_DEFAULT = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
