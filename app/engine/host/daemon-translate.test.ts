import { describe, expect, it } from 'vitest';
import { createHost } from './world';
import type { Container } from './containers';
import type { HostState } from './state';
import { daemonActions } from './daemon-translate';

function hostWith(container: Partial<Container>): HostState {
  const c = {
    id: 'c1',
    name: 'web',
    imageRef: 'nginx',
    labels: { tier: 'front' },
    mounts: [{ type: 'volume', source: 'data', destination: '/data', readOnly: false }],
    network: 'bridge',
    ...container,
  } as Container;
  return { ...createHost('laptop', []), containers: { c1: c } };
}

const summary = (actions: ReturnType<typeof daemonActions>) =>
  actions.map((a) =>
    `${a.type} ${a.action} ${a.attributes.signal ?? a.attributes.exitCode ?? ''}`.trim(),
  );

describe('daemon actions for engine events', () => {
  const stopped = { type: 'container-stopped', host: 'laptop', id: 'c1', name: 'web' } as const;

  it('words a stop that needed SIGKILL as kill 15, kill 9, die, disconnect, unmount, stop', () => {
    const actions = daemonActions({ ...stopped, exitCode: 137 }, hostWith({}), {
      kind: 'stop',
      id: 'c1',
      signal: 15,
    });
    expect(summary(actions)).toEqual([
      'container kill 15',
      'container kill 9',
      'container die 137',
      'network disconnect',
      'volume unmount',
      'container stop',
    ]);
  });

  it('words a graceful stop with one kill', () => {
    const actions = daemonActions({ ...stopped, exitCode: 0 }, hostWith({}), {
      kind: 'stop',
      id: 'c1',
      signal: 15,
    });
    expect(summary(actions).filter((a) => a.includes('kill'))).toEqual(['container kill 15']);
  });

  it('words a main that ended by itself as a bare die', () => {
    const actions = daemonActions({ ...stopped, exitCode: 3 }, hostWith({}), undefined);
    expect(summary(actions)).toEqual(['container die 3', 'network disconnect', 'volume unmount']);
  });

  it('leaves containers the call is not about alone', () => {
    const actions = daemonActions({ ...stopped, exitCode: 0 }, hostWith({}), {
      kind: 'kill',
      id: 'other',
      signal: 9,
    });
    expect(summary(actions)[0]).toBe('container die 0');
  });

  it('gives container events the labels, image and name, and network events the driver', () => {
    const started = { type: 'container-started', host: 'laptop', id: 'c1', name: 'web' } as const;
    const actions = daemonActions(started, hostWith({}), { kind: 'attach', id: 'c1' });
    expect(actions.map((a) => a.action)).toEqual(['attach', 'mount', 'connect', 'start']);
    expect(actions[0]?.attributes).toEqual({ tier: 'front', image: 'nginx', name: 'web' });
    expect(actions[2]?.attributes).toEqual({ container: 'c1', name: 'bridge', type: 'bridge' });
    expect(actions[1]?.attributes).toMatchObject({ destination: '/data', 'read/write': 'true' });
  });

  it('follows a restart start with a restart event', () => {
    const started = { type: 'container-started', host: 'laptop', id: 'c1', name: 'web' } as const;
    const actions = daemonActions(started, hostWith({}), {
      kind: 'stop',
      id: 'c1',
      signal: 15,
      restart: true,
    });
    expect(actions.map((a) => a.action).slice(-2)).toEqual(['start', 'restart']);
  });

  it('names an untagged image by its id, and a pulled one by the reference it was pulled as', () => {
    const host = hostWith({});
    const untag = daemonActions(
      { type: 'image-untagged', host: 'laptop', ref: 'app:v1', imageId: 'sha256:abc' },
      host,
      undefined,
    );
    expect(untag[0]).toMatchObject({ actorId: 'sha256:abc', attributes: { name: 'sha256:abc' } });
    const pull = daemonActions(
      { type: 'image-pulled', host: 'laptop', ref: '127.0.0.1:5000/app:v1', imageId: 'sha256:abc' },
      host,
      undefined,
    );
    expect(pull[0]).toMatchObject({
      actorId: '127.0.0.1:5000/app:v1',
      attributes: { name: '127.0.0.1:5000/app' },
    });
  });

  it('describes a destroyed container as its last logged event did', () => {
    const host: HostState = {
      ...createHost('laptop', []),
      events: [
        {
          type: 'container',
          action: 'die',
          actorId: 'c9',
          attributes: { exitCode: '0', image: 'busybox', name: 'old' },
          scope: 'local',
          time: 1,
          nanos: 0,
        },
      ],
    };
    const removed = daemonActions(
      { type: 'container-removed', host: 'laptop', id: 'c9', name: 'old' },
      host,
      undefined,
    );
    expect(removed).toEqual([
      {
        type: 'container',
        action: 'destroy',
        actorId: 'c9',
        attributes: { image: 'busybox', name: 'old' },
      },
    ]);
  });
});
