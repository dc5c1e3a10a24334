/**
 * `docker create` (and the first half of `docker run`): a new container record with an
 * empty writable layer over the image's layers, its main command, environment, mounts and
 * name. Volumes it needs are created now, and a new empty volume is filled with what the
 * image has at its mount point (a copy, not shared with the image).
 */
import type { FsEvent } from '../fs/events';
import type { FileSystem } from '../fs/filesystem';
import { emptyDir, type DirNode } from '../fs/node';
import { OverlayFs } from '../fs/overlay';
import type { HealthcheckConfig } from '../catalog/types';
import type { Container, Mount } from '../host/containers';
import type { HostRuntime } from '../host/runtime';
import type { Image } from '../images/image';
import { combineCommand, mergeEnv } from './command-line';
import { ContainerFs, type MountedFs } from './container-fs';
import type { MountRequest } from './mount-specs';
import { mergeHealthcheck } from './healthcheck';
import { lowerTrees } from './open-fs';
import { emitContainerFsEvents } from './process-env';
import { nameConflict, validContainerName } from './lookup';
import { createAnonymousVolume, ensureVolume } from './volumes';

export interface CreateRequest {
  image: Image;
  /** The image as the user typed it (Config.Image, the IMAGE column). */
  imageRef: string;
  name?: string;
  /** Arguments after the image: they replace CMD. */
  args: string[];
  /** `--entrypoint`: replaces ENTRYPOINT ('' clears it). */
  entrypoint?: string;
  /** `-e` / `--env-file` entries, already resolved to KEY=VALUE. */
  env: string[];
  workdir?: string;
  user?: string;
  /** `--group-add` values as typed: looked up in /etc/group when the container starts. */
  groupAdd?: string[];
  hostname?: string;
  /** Published ports, normalised: `HOSTIP:HOSTPORT:CONTAINERPORT/PROTO`. */
  ports: string[];
  labels: Record<string, string>;
  mounts: MountRequest[];
  autoRemove: boolean;
  tty: boolean;
  openStdin: boolean;
  init?: boolean;
  network?: string;
  restart?: string;
  readOnlyRoot?: boolean;
  stopSignal?: string;
  stopTimeout?: number;
  /** The `--health-*` flags' config, merged over the image's HEALTHCHECK field by field. */
  healthcheck?: HealthcheckConfig;
}

export type CreateResult = { ok: true; container: Container } | { ok: false; error: string };

export interface CreateContext {
  now: number;
  /** A Docker-style generated name (adjective_surname) for a container created without --name. */
  generateName: (isTaken: (name: string) => boolean, containerId: string) => string;
  /** The host's files as the command line sees them (bind mount sources). */
  hostFs?: FileSystem;
}

/** The next free address on the default bridge (172.17.0.1 is the gateway). */
function bridgeAddress(rt: HostRuntime): string {
  const used = new Set(Object.values(rt.host.containers).map((c) => c.ip));
  for (let n = 2; n < 255; n++) if (!used.has(`172.17.0.${n}`)) return `172.17.0.${n}`;
  return '172.17.0.254';
}

/** Volumes and binds: the requested ones plus an anonymous volume per image VOLUME not covered. */
function resolveMounts(
  rt: HostRuntime,
  request: CreateRequest,
  ctx: CreateContext,
): { ok: true; mounts: Mount[] } | { ok: false; error: string } {
  const mounts: Mount[] = [];
  const wanted = [...request.mounts];
  for (const path of Object.keys(request.image.config.Volumes ?? {})) {
    if (!wanted.some((m) => m.destination === path)) {
      wanted.push({
        type: 'volume',
        source: '',
        destination: path,
        readOnly: false,
        noCopy: false,
        mode: '',
        createSource: false,
      });
    }
  }
  for (const m of wanted) {
    if (mounts.some((existing) => existing.destination === m.destination)) {
      return { ok: false, error: `Duplicate mount point: ${m.destination}` };
    }
    if (m.type === 'bind') {
      const hostFs = ctx.hostFs ?? new OverlayFs([], rt.host.fs);
      if (!hostFs.stat(m.source).ok) {
        if (!m.createSource) {
          return {
            ok: false,
            error: `invalid mount config for type "bind": bind source path does not exist: ${m.source}`,
          };
        }
        hostFs.mkdir(m.source, { parents: true });
        if (!ctx.hostFs) rt.updateHost((host) => ({ ...host, fs: (hostFs as OverlayFs).upper }));
      }
      mounts.push({
        type: 'bind',
        source: m.source,
        destination: m.destination,
        readOnly: m.readOnly,
        mode: m.mode,
      });
      continue;
    }
    if (m.type === 'tmpfs') {
      mounts.push({
        type: 'tmpfs',
        source: '',
        destination: m.destination,
        readOnly: m.readOnly,
        mode: '',
        ...(m.tmpfsMount ? { tmpfsMount: m.tmpfsMount } : { tmpfsOptions: m.tmpfsOptions ?? '' }),
      });
      continue;
    }
    const anonymous = m.source === '';
    const name = anonymous
      ? createAnonymousVolume(rt, ctx.now)
      : ensureVolume(rt, m.source, ctx.now).name;
    mounts.push({
      type: 'volume',
      source: name,
      destination: m.destination,
      readOnly: m.readOnly,
      anonymous,
      mode: m.mode,
    });
  }
  return { ok: true, mounts };
}

/**
 * A missing working directory is created in the writable layer (`A /work` in docker diff);
 * an empty volume gets the image's content. Missing mount points wait for the first start.
 */
function prepareFilesystem(
  rt: HostRuntime,
  container: Container,
  requests: readonly MountRequest[],
): { upper: DirNode; events: FsEvent[] } {
  const lowers = lowerTrees(rt.host, container);
  const root = new OverlayFs(lowers, emptyDir());
  const byDepth = [...container.mounts].sort((a, b) => a.destination.length - b.destination.length);
  const mounted: MountedFs[] = [];
  const volumeFs = new Map<string, OverlayFs>();
  for (const mount of byDepth) {
    const routed = new ContainerFs(root, mounted, lowers.length);
    // A missing mount point is made at the first start (start.ts), as runc does.
    const existing = routed.stat(mount.destination);
    if (mount.type === 'volume') {
      const volume = rt.host.volumes[mount.source];
      const request = requests.find((r) => r.destination === mount.destination);
      const image = routed.tree(mount.destination);
      // A path the image does not have is made for the mount, and gives the volume nothing.
      const imageDir =
        existing.ok && image.ok && image.value.kind === 'dir' ? image.value : undefined;
      const empty = volume !== undefined && Object.keys(volume.tree.children).length === 0;
      const source = empty && !request?.noCopy ? imageDir : undefined;
      // Docker gives an empty volume the owner and mode of the image's directory, files or
      // not (an image's `chown redis /data` + `VOLUME /data` lets redis write there).
      const fs = new OverlayFs(
        [],
        volume && source
          ? { ...volume.tree, mode: source.mode, uid: source.uid, gid: source.gid }
          : (volume?.tree ?? emptyDir()),
      );
      if (source) {
        // A copy of the image's files at the mount point: later writes do not touch the image.
        for (const [name, child] of Object.entries(source.children)) {
          if (child.kind !== 'whiteout') fs.putTree(`/${name}`, child);
        }
        const tree = fs.upper;
        rt.updateHost((host) => {
          const v = host.volumes[mount.source];
          return v
            ? {
                ...host,
                volumes: { ...host.volumes, [mount.source]: { ...v, tree, populated: true } },
              }
            : host;
        });
      }
      volumeFs.set(mount.source, fs);
      mounted.push({
        destination: mount.destination,
        fs,
        root: '/',
        readOnly: false,
        source: { kind: 'volume', name: mount.source },
      });
    } else if (mount.type === 'tmpfs') {
      mounted.push({
        destination: mount.destination,
        fs: new OverlayFs([], emptyDir(0o1777)),
        root: '/',
        readOnly: false,
        source: { kind: 'volume', name: 'tmpfs' },
      });
    }
  }
  const workdir = container.workingDir;
  if (workdir && workdir !== '/') {
    const routed = new ContainerFs(root, mounted, lowers.length);
    if (!routed.stat(workdir).ok) routed.mkdir(workdir, { parents: true });
  }
  return { upper: root.upper, events: root.events };
}

export function createContainer(
  rt: HostRuntime,
  request: CreateRequest,
  ctx: CreateContext,
): CreateResult {
  if (request.name !== undefined) {
    if (!validContainerName(request.name)) {
      return {
        ok: false,
        error: `Invalid container name (${request.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
      };
    }
    const conflict = nameConflict(rt.host, request.name);
    if (conflict) return { ok: false, error: conflict };
  }
  const config = request.image.config;
  const { entrypoint, cmd } = combineCommand(config, request.args, request.entrypoint);
  const argv = [...entrypoint, ...cmd];
  if (argv.length === 0 || argv[0] === '') return { ok: false, error: 'No command specified' };
  const mounts = resolveMounts(rt, request, ctx);
  if (!mounts.ok) return mounts;
  const id = rt.ids.next('container');
  const name =
    request.name?.replace(/^\//, '') ??
    ctx.generateName((n) => nameConflict(rt.host, n) !== undefined, id);
  const network = request.network ?? 'bridge';
  const healthcheck = mergeHealthcheck(request.healthcheck, config.Healthcheck);
  const container: Container = {
    id,
    name,
    image: request.image.id,
    imageRef: request.imageRef,
    upper: emptyDir(),
    status: 'created',
    exitCode: 0,
    path: argv[0] ?? '',
    args: argv.slice(1),
    env: mergeEnv(config.Env ?? [], request.env),
    workingDir: request.workdir || config.WorkingDir || '',
    user: request.user ?? config.User ?? '',
    created: ctx.now,
    startedAt: 0,
    finishedAt: 0,
    mounts: mounts.mounts,
    logs: [],
    autoRemove: request.autoRemove,
    ports: request.ports,
    labels: { ...(config.Labels ?? {}), ...request.labels },
    hostname: request.hostname || id.slice(0, 12),
    restartCount: 0,
    longRunning: false,
    ignoresSigterm: true,
    cmd,
    entrypoint,
    tty: request.tty,
    openStdin: request.openStdin,
    init: request.init ?? false,
    network,
    restartPolicy: request.restart ?? 'no',
    ...(request.readOnlyRoot ? { readOnlyRoot: true } : {}),
    ...(request.groupAdd?.length ? { groupAdd: [...request.groupAdd] } : {}),
    ...(request.stopSignal ? { stopSignal: request.stopSignal } : {}),
    ...(request.stopTimeout !== undefined ? { stopTimeout: request.stopTimeout } : {}),
    ...(network === 'bridge' ? { ip: bridgeAddress(rt) } : {}),
    ...(healthcheck ? { healthcheck } : {}),
  };
  const prepared = prepareFilesystem(rt, container, request.mounts);
  const stored = { ...container, upper: prepared.upper };
  rt.updateHost((host) => ({ ...host, containers: { ...host.containers, [id]: stored } }));
  rt.emit({ type: 'container-created', host: rt.hostName, id, name, image: request.image.id });
  emitContainerFsEvents(rt, id, prepared.events);
  return { ok: true, container: stored };
}
