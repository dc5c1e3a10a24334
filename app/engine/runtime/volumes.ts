/**
 * Volumes: trees of files that live outside every container, so they survive `docker rm`.
 * Named volumes are created on first use or by `docker volume create`; anonymous ones get
 * a 64-hex name and a label saying so (what `volume prune` and `rm -v` look for).
 */
import { emptyDir } from '../fs/node';
import { isEmptyTree } from '../fs/tree';
import type { Volume } from '../host/containers';
import type { HostRuntime } from '../host/runtime';
import type { HostState } from '../host/state';

export const ANONYMOUS_LABEL = 'com.docker.volume.anonymous';

/** Where the local driver keeps a volume's files on the host. */
export function volumeMountpoint(name: string): string {
  return `/var/lib/docker/volumes/${name}/_data`;
}

export function newVolume(
  name: string,
  now: number,
  options: { anonymous?: boolean; labels?: Record<string, string> } = {},
): Volume {
  const labels = { ...options.labels };
  if (options.anonymous) labels[ANONYMOUS_LABEL] = '';
  return {
    name,
    tree: emptyDir(),
    created: now,
    anonymous: options.anonymous ?? false,
    labels,
    populated: false,
  };
}

/** Creates a named volume unless it exists; returns its name. */
export function ensureVolume(
  rt: HostRuntime,
  name: string,
  now: number,
  labels: Record<string, string> = {},
): { name: string; created: boolean } {
  if (rt.host.volumes[name]) return { name, created: false };
  rt.updateHost((host) => ({
    ...host,
    volumes: { ...host.volumes, [name]: newVolume(name, now, { labels }) },
  }));
  rt.emit({ type: 'volume-created', host: rt.hostName, name });
  return { name, created: true };
}

export function createAnonymousVolume(rt: HostRuntime, now: number): string {
  const name = rt.ids.next('volume');
  rt.updateHost((host) => ({
    ...host,
    volumes: { ...host.volumes, [name]: newVolume(name, now, { anonymous: true }) },
  }));
  rt.emit({ type: 'volume-created', host: rt.hostName, name });
  return name;
}

/** Ids of the containers (running or not) that mount a volume, in Docker's sorted order. */
export function volumeUsers(host: HostState, name: string): string[] {
  return Object.values(host.containers)
    .filter((c) => c.mounts.some((m) => m.type === 'volume' && m.source === name))
    .map((c) => c.id)
    .sort();
}

export type VolumeRemoval = { ok: true } | { ok: false; error: string };

/** `docker volume rm`: refused while any container (even a stopped one) mounts it. */
export function removeVolume(rt: HostRuntime, name: string, force = false): VolumeRemoval {
  if (!rt.host.volumes[name]) {
    return force ? { ok: true } : { ok: false, error: `get ${name}: no such volume` };
  }
  const users = volumeUsers(rt.host, name);
  if (users.length > 0) {
    return { ok: false, error: `remove ${name}: volume is in use - [${users.join(', ')}]` };
  }
  dropVolume(rt, name);
  return { ok: true };
}

/** Deletes a volume and its files (the caller has checked it is unused). */
export function dropVolume(rt: HostRuntime, name: string): void {
  rt.updateHost((host) => {
    const volumes = { ...host.volumes };
    delete volumes[name];
    return { ...host, volumes };
  });
  rt.emit({ type: 'volume-removed', host: rt.hostName, name });
}

export function volumeIsEmpty(volume: Volume): boolean {
  return isEmptyTree(volume.tree);
}
