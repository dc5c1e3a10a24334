/**
 * Test helpers for the registry and the image commands: a small catalog of official images
 * (python:3.14-slim and python:3.12-slim share their Debian base layer, as the real ones
 * do), and a runtime over a fresh world. Not used by production code.
 */
import type { Catalog, CatalogImage, HistoryEntry, LayerBlob } from '../catalog/types';
import { ManualClock, REPLAY_EPOCH } from '../clock';
import { layerDigest } from '../fs/digest';
import { blobFile, emptyDir, type DirNode } from '../fs/node';
import { splitPath } from '../fs/path';
import { layerSize } from '../fs/stats';
import { setAt } from '../fs/tree';
import { HostRuntime } from '../host/runtime';
import type { World } from '../host/state';
import { createWorld } from '../host/world';
import { CounterIds } from '../ids';

/** A layer holding the given files (path → size). */
export function testLayer(files: Record<string, number>): LayerBlob {
  let tree: DirNode = emptyDir();
  for (const [path, size] of Object.entries(files)) {
    tree = setAt(tree, splitPath(path), blobFile(`test:${path}:${size}`, size, 0o644));
  }
  const size = layerSize(tree);
  return { diffId: layerDigest(tree), tree, size, compressedSize: Math.round(size * 0.4) };
}

const DEBIAN = testLayer({
  '/usr/bin/bash': 1_200_000,
  '/usr/lib/libc.so.6': 2_000_000,
  '/etc/debian_version': 5,
});

function history(createdBy: string[], emptyFrom: number): HistoryEntry[] {
  return createdBy.map((created_by, i) => ({
    created: '2025-12-09T00:00:00Z',
    created_by,
    comment: 'debuerreotype 0.16',
    ...(i >= emptyFrom ? { empty_layer: true } : {}),
  }));
}

function python(version: string, digestSeed: string): CatalogImage {
  const layers = [
    DEBIAN,
    testLayer({
      '/usr/lib/x86_64-linux-gnu/libssl.so.3': 700_000,
      [`/usr/share/doc/python${version}`]: 10,
    }),
    testLayer({ [`/usr/local/lib/python${version}/os.py`]: 40_000_000 + version.length }),
    testLayer({ [`/usr/local/bin/python${version}`]: 16 }),
  ];
  return {
    repository: 'python',
    tags: [`${version}-slim`, `${version}-slim-trixie`],
    layers,
    config: {
      Env: [
        'PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        `PYTHON_VERSION=${version}.1`,
      ],
      Cmd: ['python3'],
      WorkingDir: '',
      User: '',
    },
    history: history(
      [
        '# debian.sh --arch amd64 out/ trixie',
        'RUN /bin/sh -c apt-get update # buildkit',
        'RUN /bin/sh -c set -eux; make install # buildkit',
        'RUN /bin/sh -c ln -s python3 python # buildkit',
        'CMD ["python3"]',
      ],
      4,
    ),
    created: '2025-12-09T00:00:00Z',
    userland: 'gnu',
    distro: 'trixie',
    manifestDigest: `sha256:${digestSeed.repeat(64 / digestSeed.length)}`,
    description:
      'Python is an interpreted, interactive, object-oriented, open-source programming language.',
  };
}

export const PYTHON_314 = python('3.14', 'a1');
export const PYTHON_312 = python('3.12', 'b2');
export const DEBIAN_LAYER = DEBIAN;

const SCRATCH: CatalogImage = {
  repository: 'scratch',
  tags: ['latest'],
  layers: [],
  config: { Env: [], WorkingDir: '', User: '' },
  history: [],
  created: '2025-01-01T00:00:00Z',
  userland: 'busybox',
  distro: 'scratch',
  manifestDigest: `sha256:${'c3'.repeat(32)}`,
  reserved: true,
};

export function testCatalog(): Catalog {
  const images = [PYTHON_314, PYTHON_312, SCRATCH];
  return {
    image: (repository, tag) =>
      images.find((img) => img.repository === repository && img.tags.includes(tag)),
    images: () => images,
    package: () => undefined,
    plausiblePackage: (ecosystem, name, version) => ({
      ecosystem,
      name,
      version: version ?? '1.0',
      depends: [],
      installedSize: 0,
      downloadSize: 0,
      files: [],
      summary: '',
      plausible: true,
    }),
  };
}

/** A runtime over a world (a new one with host "laptop" by default), at the replay epoch. */
export function testRuntime(
  world: World = createWorld([]),
  catalog: Catalog = testCatalog(),
): HostRuntime {
  return new HostRuntime(
    world,
    new ManualClock(REPLAY_EPOCH),
    catalog,
    new CounterIds(world.ids.seed, world.ids.counter),
  );
}
