import { describe, expect, it } from 'vitest';
import { createHost } from '../host/world';
import { layerBlobDigest, shortBlobId } from './blob';
import { pullForRun, pullImage } from './pull';
import { DEBIAN_LAYER, PYTHON_312, PYTHON_314, testRuntime } from './testing';

function pullText(rt: ReturnType<typeof testRuntime>, ref: string) {
  let text = '';
  let spent = 0;
  const outcome = pullImage({ rt, spend: (ms) => (spent += ms) }, ref, {
    write: (t) => (text += t),
  });
  return { outcome, text, spent };
}

const idOf = (layer: { diffId: `sha256:${string}`; digest?: `sha256:${string}` }) =>
  shortBlobId(layerBlobDigest(layer));

describe('pullImage', () => {
  it('prints one Pull complete line per layer, the digest and the status', () => {
    const rt = testRuntime();
    const { outcome, text } = pullText(rt, 'python:3.14-slim');
    expect(outcome.ok).toBe(true);
    expect(text).toBe(
      [
        '3.14-slim: Pulling from library/python',
        ...PYTHON_314.layers.map((l) => `${idOf(l)}: Pull complete`),
        `Digest: ${PYTHON_314.manifestDigest}`,
        'Status: Downloaded newer image for python:3.14-slim',
        '',
      ].join('\n'),
    );
  });

  it('says Already exists for the Debian layer python:3.12-slim shares with python:3.14-slim', () => {
    const rt = testRuntime();
    pullText(rt, 'python:3.14-slim');
    const { text } = pullText(rt, 'python:3.12-slim');
    const lines = text.split('\n');
    expect(lines[1]).toBe(`${idOf(DEBIAN_LAYER)}: Already exists`);
    expect(lines.slice(2, 5).every((l) => l.endsWith(': Pull complete'))).toBe(true);
    expect(PYTHON_312.layers[0]).toBe(DEBIAN_LAYER);
  });

  it('stores shared layers once and tags the image with its repo digest', () => {
    const rt = testRuntime();
    pullText(rt, 'python:3.14-slim');
    pullText(rt, 'python:3.12-slim');
    expect(Object.keys(rt.host.layers)).toHaveLength(7);
    const id = rt.host.tags['python:3.12-slim'];
    expect(id).toBeDefined();
    expect(rt.host.images[id!]?.repoDigests).toEqual([`python@${PYTHON_312.manifestDigest}`]);
  });

  it('says the image is up to date on a second pull, without layer lines', () => {
    const rt = testRuntime();
    pullText(rt, 'python:3.14-slim');
    const { text, outcome } = pullText(rt, 'python:3.14-slim');
    expect(text).toBe(
      `3.14-slim: Pulling from library/python\nDigest: ${PYTHON_314.manifestDigest}\nStatus: Image is up to date for python:3.14-slim\n`,
    );
    expect(outcome.ok && outcome.downloaded).toBe(false);
  });

  it('spends simulated time for what it downloads, little when nothing is new', () => {
    const rt = testRuntime();
    const first = pullText(rt, 'python:3.14-slim').spent;
    const second = pullText(rt, 'python:3.14-slim').spent;
    expect(first).toBeGreaterThan(1000);
    expect(second).toBeLessThan(first / 2);
  });

  it('words a missing repository, a missing tag and scratch as the daemon does', () => {
    const rt = testRuntime();
    expect(pullText(rt, 'nosuch').outcome).toMatchObject({
      ok: false,
      error:
        "pull access denied for nosuch, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    });
    expect(pullText(rt, 'python:3.99').outcome).toMatchObject({
      ok: false,
      error: 'manifest for python:3.99 not found: manifest unknown: manifest unknown',
    });
    expect(pullText(rt, 'scratch').outcome).toMatchObject({
      ok: false,
      error: "'scratch' is a reserved name",
    });
    expect(pullText(rt, 'registry.example.com/nosuch').outcome).toMatchObject({
      ok: false,
      error:
        'manifest for registry.example.com/nosuch:latest not found: manifest unknown: manifest unknown',
    });
  });

  it('cannot reach registries the simulated world does not have', () => {
    const rt = testRuntime();
    expect(pullText(rt, 'ghcr.io/acme/app').outcome).toMatchObject({
      ok: false,
      reason: 'unreachable',
      error: 'Get "https://ghcr.io/v2/": dial tcp: lookup ghcr.io on 127.0.0.53:53: no such host',
    });
  });

  it('pulls by digest without tagging, showing the reference in the first line', () => {
    const rt = testRuntime();
    const ref = `python@${PYTHON_314.manifestDigest}`;
    const { text, outcome } = pullText(rt, ref);
    expect(text.split('\n')[0]).toBe(`${ref}: Pulling from library/python`);
    expect(text).toContain(`Status: Downloaded newer image for ${ref}\n`);
    expect(outcome.ok).toBe(true);
    expect(Object.keys(rt.host.tags)).toEqual([]);
  });

  it('moves the tag and leaves nothing behind when a host pulls on another host', () => {
    const rt = testRuntime();
    rt.world = {
      ...rt.world,
      hosts: { ...rt.world.hosts, prod: createHost('prod', []) },
      current: 'prod',
    };
    pullText(rt, 'python:3.14-slim');
    expect(Object.keys(rt.world.hosts['prod']!.tags)).toEqual(['python:3.14-slim']);
    expect(Object.keys(rt.world.hosts['laptop']!.tags)).toEqual([]);
  });
});

describe('pullForRun', () => {
  it('announces the missing image, then writes the pull to stderr', () => {
    const rt = testRuntime();
    let err = '';
    const outcome = pullForRun({ rt, spend: () => {}, err: (t) => (err += t) }, 'python:3.14-slim');
    expect(outcome.ok).toBe(true);
    expect(err.split('\n').slice(0, 2)).toEqual([
      "Unable to find image 'python:3.14-slim' locally",
      '3.14-slim: Pulling from library/python',
    ]);
    expect(err).toContain('Status: Downloaded newer image for python:3.14-slim\n');
  });
});
