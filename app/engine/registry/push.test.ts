import { describe, expect, it } from 'vitest';
import { createHost } from '../host/world';
import type { HostRuntime } from '../host/runtime';
import { parseReference, withDefaultTag, type ImageRef } from '../images/reference';
import { manifestFor } from './manifest';
import { pullImage } from './pull';
import { DENIED, planPush } from './push';
import { PYTHON_314, testRuntime } from './testing';

function ref(text: string): ImageRef {
  const parsed = parseReference(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return withDefaultTag(parsed.ref);
}

/** Pulls python:3.14-slim and pushes it to `target`, keeping the registry state. */
function push(rt: HostRuntime, target: string, user?: string) {
  const id = rt.host.tags['python:3.14-slim'];
  const image = id ? rt.host.images[id] : undefined;
  if (!image) throw new Error('pull first');
  const layers = image.diffIds.map((d) => rt.host.layers[d]!);
  const plan = planPush(
    rt.world,
    { ref: ref(target), image, layers, ...(user ? { user } : {}) },
    rt.catalog,
  );
  if (plan.ok) rt.updateRegistry(() => plan.next);
  return plan;
}

function pulled(): HostRuntime {
  const rt = testRuntime();
  pullImage({ rt, spend: () => {} }, 'python:3.14-slim');
  return rt;
}

describe('planPush', () => {
  it('pushes every layer the first time, top layer first', () => {
    const plan = push(pulled(), 'registry.example.com/app');
    expect(plan.ok && plan.layers.map((l) => l.status)).toEqual([
      'Pushed',
      'Pushed',
      'Pushed',
      'Pushed',
    ]);
    expect(plan.ok && plan.layers.length).toBe(PYTHON_314.layers.length);
  });

  it('says Layer already exists for every layer on a second push', () => {
    const rt = pulled();
    const first = push(rt, 'registry.example.com/app');
    const second = push(rt, 'registry.example.com/app');
    expect(second.ok && second.layers.map((l) => l.status)).toEqual(
      Array(4).fill('Layer already exists'),
    );
    expect(first.ok && second.ok && first.manifest.digest === second.manifest.digest).toBe(true);
  });

  it('mounts layers from another repository of the same registry', () => {
    const rt = pulled();
    push(rt, 'registry.example.com/app');
    const other = push(rt, 'registry.example.com/team/other');
    expect(other.ok && other.layers.map((l) => l.status)).toEqual(
      Array(4).fill('Mounted from app'),
    );
    const local = push(rt, 'localhost:5000/app');
    expect(local.ok && local.layers.every((l) => l.status === 'Pushed')).toBe(true);
  });

  it('refuses Docker Hub pushes without a login, into another namespace or into library', () => {
    const rt = pulled();
    const anonymous = push(rt, 'learner/app');
    expect(anonymous).toMatchObject({ ok: false, error: DENIED });
    expect(!anonymous.ok && anonymous.preparing).toHaveLength(4);
    expect(push(rt, 'someone/app', 'learner')).toMatchObject({ ok: false, error: DENIED });
    expect(push(rt, 'app', 'learner')).toMatchObject({ ok: false, error: DENIED });
  });

  it('mounts official layers on Docker Hub from their library repository', () => {
    const plan = push(pulled(), 'learner/app', 'learner');
    expect(plan.ok && plan.layers.every((l) => l.status === 'Mounted from library/python')).toBe(
      true,
    );
  });

  it('keeps each host its own local registry, and the team registry shared', () => {
    const rt = pulled();
    push(rt, 'localhost:5000/app');
    push(rt, 'registry.example.com/app');
    rt.world = {
      ...rt.world,
      hosts: { ...rt.world.hosts, prod: createHost('prod', []) },
      current: 'prod',
    };
    const spend = () => {};
    expect(pullImage({ rt, spend }, 'localhost:5000/app')).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
    expect(pullImage({ rt, spend }, 'registry.example.com/app')).toMatchObject({ ok: true });
    expect(rt.host.tags['registry.example.com/app:latest']).toBe(
      rt.world.hosts['laptop']!.tags['python:3.14-slim'],
    );
  });

  it('cannot push to a registry that does not resolve', () => {
    const plan = push(pulled(), 'quay.io/acme/app');
    expect(plan).toMatchObject({
      ok: false,
      preparing: [],
      error: 'Get "https://quay.io/v2/": dial tcp: lookup quay.io on 127.0.0.53:53: no such host',
    });
  });
});

describe('manifestFor', () => {
  it('lays the manifest out as the daemon does: a real one-layer busybox push is 527 bytes', () => {
    // Pushed to the oracle's registry: config 897 bytes, one 1069519-byte layer, "size: 527".
    const manifest = manifestFor({ size: 897, digest: `sha256:${'5'.repeat(64)}` }, [
      { size: 1069519, digest: `sha256:${'0'.repeat(64)}` },
    ]);
    expect(manifest.size).toBe(527);
    expect(manifest.text.startsWith('{\n   "schemaVersion": 2,\n   "mediaType"')).toBe(true);
  });
});
