import { describe, expect, it } from 'vitest';
import type { CatalogImage } from '../types';
import { buildCatalog } from '../world';
import { pathIn } from './testing/path-in';

const catalog = buildCatalog();

function uv(tag: string): CatalogImage | undefined {
  const found = catalog.resolve?.('ghcr.io/astral-sh/uv', tag);
  return found?.ok ? found.image : undefined;
}

describe('ghcr.io/astral-sh/uv', () => {
  it('is distroless for a version tag: only /uv and /uvx, entrypoint /uv', () => {
    const image = uv('0.5.4');
    if (!image) throw new Error('unresolved');
    expect(image.layers).toHaveLength(1);
    expect(pathIn(image, '/uv')).toMatchObject({ kind: 'file', mode: 0o755 });
    expect(pathIn(image, '/uvx')).toMatchObject({ kind: 'file' });
    expect(pathIn(image, '/bin')).toBeUndefined();
    expect(image.config.Entrypoint).toEqual(['/uv']);
  });

  it('gives each version its own binary, and latest the newest modelled line', () => {
    const a = uv('0.5.4');
    const b = uv('0.4.30');
    const latest = uv('latest');
    if (!a || !b || !latest) throw new Error('unresolved');
    expect(a.layers[0]?.diffId).not.toBe(b.layers[0]?.diffId);
    expect(latest.layers[0]?.diffId).toBe(uv('0.9')?.layers[0]?.diffId);
  });

  it('builds derived tags on the matching python, debian or alpine image with uv in /usr/local/bin', () => {
    for (const [tag, marker] of [
      ['python3.12-bookworm-slim', '/usr/local/bin/python3.12'],
      ['0.5.4-python3.12-bookworm-slim', '/usr/local/bin/python3.12'],
      ['python3.13-alpine', '/usr/local/bin/python3.13'],
      ['bookworm-slim', '/etc/debian_version'],
      ['alpine', '/etc/alpine-release'],
    ] as const) {
      const image = uv(tag);
      if (!image) throw new Error(`unresolved ${tag}`);
      expect(pathIn(image, '/usr/local/bin/uv'), tag).toMatchObject({ kind: 'file' });
      expect(pathIn(image, marker), tag).toBeDefined();
      expect(pathIn(image, '/uv'), tag).toBeUndefined();
    }
  });

  it('refuses versions and combinations Astral does not publish', () => {
    for (const tag of [
      '0.99',
      '0.9.99',
      'python3.12-slim-alpine',
      'python3.12',
      'python2.7-bookworm',
    ])
      expect(uv(tag), tag).toBeUndefined();
  });
});
