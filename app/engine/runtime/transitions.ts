/**
 * The state changes every lifecycle command shares: a container's main exiting (and
 * `--rm` removing it), a container being removed with or without its anonymous volumes,
 * and time catching up with mains that end by themselves (`sleep 30`).
 */
import type { Container } from '../host/containers';
import type { HostRuntime } from '../host/runtime';
import { catchUpHealth, stopHealthMonitor } from './health';
import { dropTmpfsFiles } from './tmpfs';
import { dropVolume, volumeUsers } from './volumes';

export function updateContainer(
  rt: HostRuntime,
  id: string,
  change: (c: Container) => Container,
): void {
  rt.updateHost((host) => {
    const current = host.containers[id];
    if (!current) return host;
    return { ...host, containers: { ...host.containers, [id]: change(current) } };
  });
}

/** Deletes the container and its writable layer; `volumes` also drops its anonymous volumes. */
export function removeContainerRecord(rt: HostRuntime, id: string, volumes: boolean): void {
  const container = rt.host.containers[id];
  if (!container) return;
  rt.updateHost((host) => {
    const containers = { ...host.containers };
    delete containers[id];
    return { ...host, containers };
  });
  rt.emit({ type: 'container-removed', host: rt.hostName, id, name: container.name });
  if (!volumes) return;
  for (const mount of container.mounts) {
    if (mount.type !== 'volume' || !mount.anonymous) continue;
    const volume = rt.host.volumes[mount.source];
    if (volume && volumeUsers(rt.host, mount.source).length === 0) dropVolume(rt, mount.source);
  }
}

/** The main process ended: the container is exited (and gone, with `--rm`). */
export function markExited(
  rt: HostRuntime,
  id: string,
  exitCode: number,
  finishedAt: number,
): void {
  const container = rt.host.containers[id];
  if (!container) return;
  // Probes go on until the end (through docker stop's wait for SIGTERM, too).
  catchUpHealth(rt, id, finishedAt);
  stopHealthMonitor(rt, id);
  updateContainer(rt, id, (c) => {
    const { pid: _pid, exitsAt: _at, exitCodeAtEnd: _code, ...rest } = c;
    const mounts = dropTmpfsFiles(rest.mounts);
    return { ...rest, mounts, status: 'exited', exitCode, finishedAt, longRunning: false };
  });
  rt.emit({ type: 'container-stopped', host: rt.hostName, id, name: container.name, exitCode });
  if (container.autoRemove) removeContainerRecord(rt, id, true);
}

/**
 * Time catches up: health probes run up to now (or up to the main's end), and mains that
 * end by themselves have ended if their time has come.
 */
export function settleContainers(rt: HostRuntime, now: number): void {
  for (const c of Object.values(rt.host.containers)) {
    if (c.status === 'running') catchUpHealth(rt, c.id, Math.min(now, c.exitsAt ?? now));
  }
  const due = Object.values(rt.host.containers)
    .filter(
      (c) =>
        (c.status === 'running' || c.status === 'paused') &&
        c.exitsAt !== undefined &&
        c.exitsAt <= now,
    )
    .filter((c) => c.status === 'running')
    .sort((a, b) => (a.exitsAt ?? 0) - (b.exitsAt ?? 0));
  for (const c of due) markExited(rt, c.id, c.exitCodeAtEnd ?? 0, c.exitsAt ?? now);
}

export function isRunning(c: Container): boolean {
  return c.status === 'running' || c.status === 'paused';
}
