/**
 * What a process inside a container starts with: the container's environment (image Env
 * and `-e`) plus what the runtime adds (HOSTNAME, HOME, a default PATH, TERM with a tty),
 * the user resolved through the image's /etc/passwd, and the userland that words errors.
 */
import { processUser } from '../build/users';
import type { FsEvent } from '../fs/events';
import type { FileSystem } from '../fs/filesystem';
import type { Container } from '../host/containers';
import type { HostRuntime } from '../host/runtime';
import type { HostState } from '../host/state';
import type { User, Userland } from '../shell/program';
import { envRecord } from './command-line';

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export function processEnv(
  container: Container,
  user: User,
  extra: readonly string[] = [],
  tty = false,
): Record<string, string> {
  const env: Record<string, string> = {
    PATH: DEFAULT_PATH,
    HOSTNAME: container.hostname,
    ...envRecord(container.env),
  };
  if (tty) env.TERM = 'xterm';
  Object.assign(env, envRecord(extra));
  if (!env.HOME) env.HOME = user.home;
  return env;
}

export type UserResult = { ok: true; user: User } | { ok: false; error: string };

export function resolveUser(fs: FileSystem, spec: string): UserResult {
  const found = processUser(fs, spec);
  return found.ok ? { ok: true, user: found.user } : { ok: false, error: found.error };
}

export function imageUserland(
  host: HostState,
  container: Container,
): { userland: Userland; distro: string | undefined } {
  const image = host.images[container.image];
  return { userland: image?.userland ?? 'gnu', distro: image?.distro };
}

/** Places a container's filesystem events so the views know whose writable layer changed. */
export function emitContainerFsEvents(
  rt: HostRuntime,
  containerId: string,
  events: readonly FsEvent[],
): void {
  for (const event of events) {
    rt.emit({ ...event, host: rt.hostName, where: { kind: 'container', id: containerId } });
  }
}

/** Volume writes are not the container's: they are placed on the volume. */
export function emitVolumeFsEvents(rt: HostRuntime, byVolume: Map<string, FsEvent[]>): void {
  for (const [name, events] of byVolume) {
    for (const event of events) {
      rt.emit({ ...event, host: rt.hostName, where: { kind: 'volume', name } });
    }
  }
}
