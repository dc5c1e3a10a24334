/**
 * Opens a container's filesystem over the host's stored state, and saves what processes
 * wrote back into it: the writable layer into the container, volume trees into the host's
 * volumes, and bind-mounted files into the host's own filesystem.
 */
import type { LayerBlob } from '../catalog/types';
import type { FsEvent } from '../fs/events';
import type { FileSystem } from '../fs/filesystem';
import { emptyDir, type DirNode } from '../fs/node';
import { OverlayFs } from '../fs/overlay';
import type { Container, Mount } from '../host/containers';
import type { HostState } from '../host/state';
import { ContainerFs, type MountedFs } from './container-fs';
import { initLayer } from './init-layer';
import { tmpfsSettings } from './tmpfs';

/** The image's layer trees, bottom first (a layer missing from the store is skipped). */
export function imageLayerTrees(host: HostState, container: Container): DirNode[] {
  const image = host.images[container.image];
  if (!image) return [];
  return image.diffIds
    .map((id) => host.layers[id])
    .filter((layer): layer is LayerBlob => layer !== undefined)
    .map((layer) => layer.tree);
}

/** Everything below the writable layer: the image's layers and the init layer. */
export function lowerTrees(host: HostState, container: Container): DirNode[] {
  return [
    ...imageLayerTrees(host, container),
    initLayer({ hostname: container.hostname, ip: container.ip }),
  ];
}

export interface OpenedFs {
  fs: ContainerFs;
  /** The overlay of the image, init and writable layers (its events are the container's). */
  root: OverlayFs;
  /** Events of writes under each volume, by volume name. */
  volumeEvents(): Map<string, FsEvent[]>;
  /** The host with everything written saved (writable layer, volumes, host files). */
  save(host: HostState): HostState;
}

export interface OpenOptions {
  /**
   * The host's files as the running command line sees them (the host shell's filesystem),
   * for bind mounts. Without it, bind mounts read and write the stored host files.
   */
  hostFs?: FileSystem;
  /**
   * Whether tmpfs mounts are mounted (default yes). `docker cp` works on the container's
   * root filesystem outside its mount namespace: it neither sees nor writes a tmpfs's files,
   * only the directory under it.
   */
  tmpfs?: boolean;
}

export function openContainerFs(
  host: HostState,
  container: Container,
  options: OpenOptions = {},
): OpenedFs {
  const lowers = lowerTrees(host, container);
  const root = new OverlayFs(lowers, container.upper);
  const volumeFs = new Map<string, OverlayFs>();
  const tmpfsFs = new Map<string, OverlayFs>();
  let storedHostFs: OverlayFs | undefined;
  const hostFs = (): FileSystem => {
    if (options.hostFs) return options.hostFs;
    storedHostFs ??= new OverlayFs([], host.fs);
    return storedHostFs;
  };
  const mounts: MountedFs[] = [];
  for (const mount of container.mounts) {
    if (mount.type === 'bind') {
      mounts.push({
        destination: mount.destination,
        fs: hostFs(),
        root: mount.source,
        readOnly: mount.readOnly,
        source: { kind: 'bind', path: mount.source },
      });
      continue;
    }
    if (mount.type === 'tmpfs') {
      if (options.tmpfs === false) continue;
      // Each tmpfs is its own tree, kept on the mount while the container runs (tmpfs.ts);
      // one not mounted yet (a created container, an older saved world) is an empty 1777.
      const fs = new OverlayFs([], mount.tree ?? emptyDir(0o1777));
      tmpfsFs.set(mount.destination, fs);
      mounts.push({
        destination: mount.destination,
        fs,
        root: '/',
        readOnly: tmpfsSettings(mount).readOnly,
        source: { kind: 'volume', name: 'tmpfs' },
      });
      continue;
    }
    const volume = host.volumes[mount.source];
    if (!volume) continue;
    let fs = volumeFs.get(mount.source);
    if (!fs) {
      fs = new OverlayFs([], volume.tree);
      volumeFs.set(mount.source, fs);
    }
    mounts.push({
      destination: mount.destination,
      fs,
      root: '/',
      readOnly: mount.readOnly,
      source: { kind: 'volume', name: mount.source },
    });
  }
  const fs = new ContainerFs(root, mounts, lowers.length, container.readOnlyRoot ?? false);
  return {
    fs,
    root,
    volumeEvents: () => new Map([...volumeFs].map(([name, v]) => [name, v.events])),
    save(current: HostState): HostState {
      // What each mounted tmpfs holds now (one without a tree is not mounted: the container
      // is not running, or stopped meanwhile and freed it).
      const withTmpfs = (list: Mount[]): Mount[] =>
        list.map((m) => {
          const fs = m.type === 'tmpfs' && m.tree ? tmpfsFs.get(m.destination) : undefined;
          return fs && m.tree !== fs.upper ? { ...m, tree: fs.upper } : m;
        });
      const saved = current.containers[container.id];
      const volumes = { ...current.volumes };
      for (const [name, vfs] of volumeFs) {
        const volume = volumes[name];
        if (volume && volume.tree !== vfs.upper) volumes[name] = { ...volume, tree: vfs.upper };
      }
      return {
        ...current,
        fs: storedHostFs ? storedHostFs.upper : current.fs,
        volumes,
        containers: saved
          ? {
              ...current.containers,
              [container.id]: { ...saved, upper: root.upper, mounts: withTmpfs(saved.mounts) },
            }
          : current.containers,
      };
    },
  };
}
