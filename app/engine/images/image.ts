/**
 * An image as a host stores it: an OCI image config (what `docker image inspect` shows)
 * plus the diff_ids of its layers. The image id is the sha256 of the config JSON, as in
 * Docker, so the same layers and config always give the same id.
 */
import type { HistoryEntry, ImageConfig } from '../catalog/types';
import { digestOf, type Digest } from '../fs/digest';
import type { Userland } from '../shell/program';

export interface Image {
  id: Digest;
  config: ImageConfig;
  /** Layer diff_ids, bottom first. */
  diffIds: Digest[];
  history: HistoryEntry[];
  created: string;
  author?: string;
  comment?: string;
  /** Set for images made by `docker commit` (BuildKit images have no parent). */
  parent?: Digest;
  userland: Userland;
  /** The distribution the base came from (package managers need it); scratch and busybox have none. */
  distro?: string;
  /** `repo@sha256:...` digests known from a registry (pull or push). */
  repoDigests: string[];
}

export interface ImageParts {
  config: ImageConfig;
  diffIds: Digest[];
  history: HistoryEntry[];
  created: string;
  author?: string;
  comment?: string;
  parent?: Digest;
  userland: Userland;
  distro?: string;
  repoDigests?: string[];
}

/** The image config document, with fields in the order Docker writes them. */
export function configDocument(parts: ImageParts): Record<string, unknown> {
  return {
    architecture: 'amd64',
    ...(parts.author ? { author: parts.author } : {}),
    config: parts.config,
    created: parts.created,
    history: parts.history,
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: parts.diffIds },
    ...(parts.comment ? { comment: parts.comment } : {}),
  };
}

export function makeImage(parts: ImageParts): Image {
  const id = digestOf(JSON.stringify(configDocument(parts)));
  return { ...parts, id, repoDigests: parts.repoDigests ?? [] };
}

/** RFC 3339 with nanosecond-style precision, as Docker prints `Created`. */
export function rfc3339(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');
}

export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}
