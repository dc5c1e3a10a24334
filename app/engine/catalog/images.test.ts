import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from './index';
import type { Catalog, CatalogImage } from './types';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const MB = 1e6;
const total = (image: CatalogImage) => image.layers.reduce((sum, l) => sum + l.size, 0);
const get = (repo: string, tag: string) => {
  const image = catalog.image(repo, tag);
  if (!image) throw new Error(`${repo}:${tag} missing`);
  return image;
};

describe('official images', () => {
  it('python:3.14-slim has 4 layers totalling 110-130 MB', () => {
    const image = get('python', '3.14-slim');
    expect(image.layers).toHaveLength(4);
    expect(total(image)).toBeGreaterThan(110 * MB);
    expect(total(image)).toBeLessThan(130 * MB);
  });

  it('python slim images share the very debian:trixie-slim layer object', () => {
    const base = get('debian', 'trixie-slim').layers[0];
    const py314 = get('python', '3.14-slim').layers[0];
    const py312 = get('python', '3.12-slim').layers[0];
    expect(py314?.diffId).toBe(base?.diffId);
    expect(py312?.diffId).toBe(base?.diffId);
    expect(py314).toBe(base);
    expect(get('nginx', 'latest').layers[0]).toBe(base);
    expect(get('node', '24-slim').layers[0]).toBe(base);
  });

  it('nginx:latest has 7 layers, 150-200 MB, and nginx config', () => {
    const image = get('nginx', 'latest');
    expect(image.layers).toHaveLength(7);
    expect(total(image)).toBeGreaterThan(150 * MB);
    expect(total(image)).toBeLessThan(200 * MB);
    expect(image.config.Entrypoint).toEqual(['/docker-entrypoint.sh']);
    expect(image.config.Cmd).toEqual(['nginx', '-g', 'daemon off;']);
    expect(image.config.StopSignal).toBe('SIGQUIT');
    expect(Object.keys(image.config.ExposedPorts ?? {})).toEqual(['80/tcp']);
  });

  it('tags alias to the same image', () => {
    expect(get('python', '3.14-slim')).toBe(get('python', '3.14-slim-trixie'));
    expect(get('python', '3.14-slim')).toBe(get('python', '3.14.2-slim'));
    expect(get('debian', 'trixie-slim')).toBe(get('debian', '13-slim'));
    expect(get('debian', 'stable-slim')).toBe(get('debian', 'trixie-slim'));
    expect(get('nginx', 'latest')).toBe(get('nginx', '1.29'));
    expect(get('golang', 'latest')).toBe(get('golang', '1.25'));
    expect(get('ubuntu', '24.04')).toBe(get('ubuntu', 'noble'));
    expect(catalog.image('library/alpine', '')).toBe(get('alpine', 'latest'));
    expect(catalog.image('docker.io/library/alpine', '3.22')).toBe(get('alpine', 'latest'));
  });

  it('unknown images and tags return undefined', () => {
    expect(catalog.image('no-such-image', 'latest')).toBeUndefined();
    expect(catalog.image('python', '2.7-slim')).toBeUndefined();
    expect(catalog.image('', '')).toBeUndefined();
  });

  it('scratch is identifiable and has no layers', () => {
    const scratch = get('scratch', 'latest');
    expect(scratch.reserved).toBe(true);
    expect(scratch.layers).toEqual([]);
  });

  it('alpine and busybox have a busybox userland; debian-based images a GNU one', () => {
    expect(get('alpine', 'latest').userland).toBe('busybox');
    expect(get('busybox', 'latest').userland).toBe('busybox');
    expect(get('python', '3.14-alpine').userland).toBe('busybox');
    expect(get('debian', 'bookworm-slim').userland).toBe('gnu');
    expect(get('python', '3.14-slim').userland).toBe('gnu');
  });

  it('small distributions are small: busybox ~4 MB, alpine ~8 MB, one layer each', () => {
    for (const [repo, low, high] of [
      ['busybox', 3.5, 5],
      ['alpine', 7, 9.5],
    ] as const) {
      const image = get(repo, 'latest');
      expect(image.layers).toHaveLength(1);
      expect(total(image)).toBeGreaterThan(low * MB);
      expect(total(image)).toBeLessThan(high * MB);
    }
  });

  it('full Debian is larger than slim because slim drops docs, man pages and translations', () => {
    const slim = total(get('debian', 'trixie-slim'));
    const full = total(get('debian', 'trixie'));
    expect(slim).toBeGreaterThan(70 * MB);
    expect(full).toBeGreaterThan(slim + 25 * MB);
    expect(full).toBeLessThan(135 * MB);
  });

  it('history marks metadata rows as empty layers and has one layer row per layer', () => {
    for (const image of catalog.images().filter((i) => !i.reserved)) {
      const layerRows = image.history.filter((h) => !h.empty_layer);
      expect(layerRows.length, `${image.repository}:${image.tags[0]}`).toBe(image.layers.length);
    }
    const py = get('python', '3.14-slim');
    expect(py.history[0]?.created_by).toBe(
      "# debian.sh --arch 'amd64' out/ 'trixie' '@1764547200'",
    );
    expect(py.history[0]?.comment).toBe('debuerreotype 0.16');
    expect(py.history.at(-1)).toMatchObject({ created_by: 'CMD ["python3"]', empty_layer: true });
    expect(py.config.Env).toContain('PYTHON_VERSION=3.14.2');
    expect(py.config.Env[0]).toBe(
      'PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    );
  });

  it('compressed sizes are a fraction of the unpacked sizes', () => {
    for (const layer of get('python', '3.14-slim').layers.slice(0, 3)) {
      expect(layer.compressedSize / layer.size).toBeGreaterThan(0.25);
      expect(layer.compressedSize / layer.size).toBeLessThan(0.5);
    }
  });

  it('manifest digests differ between images and look like sha256 digests', () => {
    const a = get('python', '3.14-slim').manifestDigest;
    const b = get('python', '3.12-slim').manifestDigest;
    expect(a).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(a).not.toBe(b);
  });

  it('full images are large and share the buildpack-deps layers', () => {
    const python = get('python', '3.14');
    const node = get('node', '24');
    expect(total(python)).toBeGreaterThan(900 * MB);
    expect(total(python)).toBeLessThan(1300 * MB);
    expect(python.layers.slice(0, 4)).toEqual(node.layers.slice(0, 4));
    expect(python.layers[3]).toBe(get('buildpack-deps', 'trixie').layers[3]);
    expect(get('golang', '1.25').layers.slice(0, 3)).toEqual(
      get('buildpack-deps', 'trixie-scm').layers,
    );
  });

  it('golang sets its working directory and PATH', () => {
    const go = get('golang', '1.25');
    expect(go.config.WorkingDir).toBe('/go');
    expect(go.config.Env).toContain('GOPATH=/go');
  });
});
