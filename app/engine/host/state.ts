/**
 * The simulated world: hosts (a laptop, a CI runner, a production server) that each have
 * their own filesystem, images, layers, containers and volumes, and one remote registry
 * they share. All of it is immutable, JSON-serialisable data; trees are shared by
 * reference between layers, images and snapshots.
 */
import type { Digest } from '../fs/digest';
import type { DirNode } from '../fs/node';
import type { LayerBlob } from '../catalog/types';
import type { Image } from '../images/image';
import type { IdState } from '../ids';
import type { Container, Volume } from './containers';
import type { BuildCacheEntry } from '../build/cache';
import type { DaemonEvent } from './daemon-events';

export interface HostState {
  name: string;
  /** The host's own files (the home folder is the build context people edit). */
  fs: DirNode;
  home: string;
  cwd: string;
  /** Shell variables of the host's terminal (exported ones are in env). */
  env: Record<string, string>;
  vars: Record<string, string>;
  images: Record<Digest, Image>;
  /** Familiar `repo:tag` → image id. */
  tags: Record<string, Digest>;
  /** Every layer stored on this host, once, by diff_id. */
  layers: Record<Digest, LayerBlob>;
  buildCache: Record<string, BuildCacheEntry>;
  containers: Record<string, Container>;
  volumes: Record<string, Volume>;
  /** The daemon's event log (`docker events`), oldest first; absent until something happens. */
  events?: DaemonEvent[];
}

export interface RegistryRepo {
  /** tag → manifest digest */
  tags: Record<string, Digest>;
  manifests: Record<Digest, { imageId: Digest; config: Image; diffIds: Digest[] }>;
}

export interface RegistryState {
  /** Keyed by `domain/path`, e.g. `127.0.0.1:5000/app` or `registry.example.com/team/app`. */
  repos: Record<string, RegistryRepo>;
  /** Layer blobs pushed to the registry, by diff_id. */
  layers: Record<Digest, LayerBlob>;
}

export interface World {
  version: 1;
  hosts: Record<string, HostState>;
  /** The host the terminal is attached to. */
  current: string;
  registry: RegistryState;
  ids: IdState;
}
