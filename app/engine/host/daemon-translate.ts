/**
 * What the daemon's event log records for each engine event. The engine reports state
 * changes (a container stopped with 137); the daemon words the API call behind them (docker
 * stop sent SIGTERM, then SIGKILL after the timeout: kill, kill, die, stop). So the
 * translation takes the call under way, which the CLI names (`HostRuntime.within`).
 */
import type { EngineEvent } from '../events';
import type { Digest } from '../fs/digest';
import { familiarString, parseReference, withDefaultTag } from '../images/reference';
import { networkId } from '../runtime/networks';
import type { Container } from './containers';
import type { DaemonAction, DaemonEvent } from './daemon-events';
import type { HostState } from './state';

/** A daemon API call whose events say more than the state change it makes. */
export type DaemonCall =
  /** `docker stop` / `docker restart`: the stop signal, SIGKILL after the timeout. */
  | { kind: 'stop'; id: string; signal: number; restart?: boolean }
  /** `docker kill -s SIGNAL`. */
  | { kind: 'kill'; id: string; signal: number }
  /** `docker rm -f` of a running container: SIGKILL. */
  | { kind: 'remove'; id: string }
  /** `docker run` without -d, `docker start -a`: the client attaches before the start. */
  | { kind: 'attach'; id?: string };

const DRIVERS: Record<string, string> = { bridge: 'bridge', host: 'host', none: 'null' };

/** Attributes every container event carries: the container's labels, its image and name. */
export function containerAttributes(c: Container): Record<string, string> {
  return { ...c.labels, image: c.imageRef, name: c.name };
}

/** A container gone from the host is described as its last logged event described it. */
function lastAttributes(
  log: readonly DaemonEvent[] | undefined,
  id: string,
  name: string,
): Record<string, string> {
  const events = log ?? [];
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e?.type !== 'container' || e.actorId !== id) continue;
    const { exitCode: _c, execDuration: _d, signal: _s, execID: _e, ...rest } = e.attributes;
    return { ...rest, name };
  }
  return { name };
}

function imageLabels(host: HostState, imageId: string): Record<string, string> {
  return { ...(host.images[imageId as Digest]?.config.Labels ?? {}) };
}

/** A tag as typed (`app`) as the daemon names it (`app:latest`). */
function tagName(tag: string): string {
  const parsed = parseReference(tag);
  return parsed.ok ? familiarString(withDefaultTag(parsed.ref)) : tag;
}

/** `busybox:latest` → `busybox`, `127.0.0.1:5000/app:v1` → `127.0.0.1:5000/app`. */
function repositoryOf(ref: string): string {
  const at = ref.indexOf('@');
  if (at >= 0) return ref.slice(0, at);
  const colon = ref.lastIndexOf(':');
  return colon > ref.lastIndexOf('/') ? ref.slice(0, colon) : ref;
}

function attach(c: Container, call: DaemonCall | undefined): DaemonAction[] {
  if (call?.kind !== 'attach' || (call.id !== undefined && call.id !== c.id)) return [];
  return [
    { type: 'container', action: 'attach', actorId: c.id, attributes: containerAttributes(c) },
  ];
}

function volumeMounts(c: Container): DaemonAction[] {
  return c.mounts
    .filter((m) => m.type === 'volume')
    .map((m) => ({
      type: 'volume',
      action: 'mount',
      actorId: m.source,
      attributes: {
        container: c.id,
        destination: m.destination,
        driver: 'local',
        propagation: '',
        'read/write': String(!m.readOnly),
      },
    }));
}

function volumeUnmounts(c: Container): DaemonAction[] {
  return c.mounts
    .filter((m) => m.type === 'volume')
    .map((m) => ({
      type: 'volume',
      action: 'unmount',
      actorId: m.source,
      attributes: { container: c.id, driver: 'local' },
    }));
}

function network(c: Container, action: 'connect' | 'disconnect'): DaemonAction {
  const name = c.network ?? 'bridge';
  return {
    type: 'network',
    action,
    actorId: networkId(name),
    attributes: { container: c.id, name, type: DRIVERS[name] ?? 'bridge' },
  };
}

/** The signals the call sent before the main process died. */
function kills(c: Container, exitCode: number, call: DaemonCall | undefined): DaemonAction[] {
  if (!call || call.kind === 'attach' || call.id !== c.id) return [];
  const kill = (signal: number): DaemonAction => ({
    type: 'container',
    action: 'kill',
    actorId: c.id,
    attributes: { ...containerAttributes(c), signal: String(signal) },
  });
  if (call.kind === 'remove') return [kill(9)];
  if (call.kind === 'kill') return [kill(call.signal)];
  // The stop signal was not enough: the daemon sent SIGKILL when the timeout ran out.
  return exitCode === 137 && call.signal !== 9 ? [kill(call.signal), kill(9)] : [kill(call.signal)];
}

/** The daemon's log entries for one engine event (none for build steps and file changes). */
export function daemonActions(
  event: EngineEvent,
  host: HostState,
  call: DaemonCall | undefined,
): DaemonAction[] {
  const container = (id: string) => host.containers[id];
  const log = host.events;
  switch (event.type) {
    case 'container-created': {
      const c = container(event.id);
      const attributes = c ? containerAttributes(c) : { name: event.name };
      return [{ type: 'container', action: 'create', actorId: event.id, attributes }];
    }
    case 'container-started': {
      const c = container(event.id);
      if (!c) return [];
      const start: DaemonAction = {
        type: 'container',
        action: 'start',
        actorId: c.id,
        attributes: containerAttributes(c),
      };
      const restart: DaemonAction[] =
        call?.kind === 'stop' && call.restart && call.id === c.id
          ? [{ ...start, action: 'restart' }]
          : [];
      return [...attach(c, call), ...volumeMounts(c), network(c, 'connect'), start, ...restart];
    }
    case 'container-stopped': {
      const c = container(event.id);
      if (!c) return [];
      const base = containerAttributes(c);
      const die: DaemonAction = {
        type: 'container',
        action: 'die',
        actorId: c.id,
        // Docker 24+ adds how long the main ran, in whole seconds (moby#45488).
        attributes: {
          ...base,
          execDuration: String(Math.max(0, Math.floor((c.finishedAt - c.startedAt) / 1000))),
          exitCode: String(event.exitCode),
        },
      };
      const stop: DaemonAction[] =
        call?.kind === 'stop' && call.id === c.id
          ? [{ type: 'container', action: 'stop', actorId: c.id, attributes: base }]
          : [];
      const after = [die, network(c, 'disconnect'), ...volumeUnmounts(c)];
      // A main that ended by itself is noticed later (settling): it died at its own time.
      const at = call === undefined && c.finishedAt > 0 ? c.finishedAt : undefined;
      return [
        ...kills(c, event.exitCode, call),
        ...(at === undefined ? after : after.map((a) => ({ ...a, at }))),
        ...stop,
      ];
    }
    case 'container-paused':
    case 'container-unpaused': {
      const c = container(event.id);
      const attributes = c ? containerAttributes(c) : lastAttributes(log, event.id, event.name);
      const action = event.type === 'container-paused' ? 'pause' : 'unpause';
      return [{ type: 'container', action, actorId: event.id, attributes }];
    }
    case 'container-removed': {
      const attributes = lastAttributes(log, event.id, event.name);
      return [{ type: 'container', action: 'destroy', actorId: event.id, attributes }];
    }
    case 'volume-created':
    case 'volume-removed': {
      const action = event.type === 'volume-created' ? 'create' : 'destroy';
      return [{ type: 'volume', action, actorId: event.name, attributes: { driver: 'local' } }];
    }
    case 'image-pulled':
    case 'image-pushed': {
      const labels = event.type === 'image-pulled' ? imageLabels(host, event.imageId) : {};
      const action = event.type === 'image-pulled' ? 'pull' : 'push';
      const attributes = { ...labels, name: repositoryOf(event.ref) };
      return [{ type: 'image', action, actorId: event.ref, attributes }];
    }
    case 'image-tagged': {
      const attributes = { ...imageLabels(host, event.imageId), name: event.ref };
      return [{ type: 'image', action: 'tag', actorId: event.imageId, attributes }];
    }
    case 'image-untagged': {
      const id = event.imageId ?? event.ref;
      const attributes = { ...(event.imageId ? imageLabels(host, event.imageId) : {}), name: id };
      return [{ type: 'image', action: 'untag', actorId: id, attributes }];
    }
    case 'image-removed':
      return [
        {
          type: 'image',
          action: 'delete',
          actorId: event.imageId,
          attributes: { name: event.imageId },
        },
      ];
    case 'image-committed': {
      const c = container(event.containerId);
      const base = c ? containerAttributes(c) : lastAttributes(log, event.containerId, '');
      const comment = host.images[event.imageId as Digest]?.comment ?? '';
      // The tag commit gave the image, if any, is the image event logged just before.
      const last = log?.at(-1);
      const imageRef =
        last?.type === 'image' && last.action === 'tag' && last.actorId === event.imageId
          ? (last.attributes.name ?? '')
          : '';
      const attributes = { ...base, comment, imageID: event.imageId, imageRef };
      return [{ type: 'container', action: 'commit', actorId: event.containerId, attributes }];
    }
    case 'build-finished':
      return event.tags.map((tag) => ({
        type: 'image',
        action: 'tag',
        actorId: event.imageId,
        attributes: { ...imageLabels(host, event.imageId), name: tagName(tag) },
      }));
    default:
      return [];
  }
}
