/**
 * A small stand-in catalog for engine tests that must not depend on the real catalog's data:
 * one busybox-like image whose /bin holds every coreutils program, and nothing else.
 */
import type { Catalog, CatalogImage } from '../catalog/types';
import { digestOf } from '../fs/digest';
import { blobFile, emptyDir, symlink, textFile, type DirNode } from '../fs/node';
import { splitPath } from '../fs/path';
import { layerDigest } from '../fs/digest';
import { layerSize } from '../fs/stats';
import { setAt } from '../fs/tree';
import { coreutils } from '../shell';

function busyboxTree(): DirNode {
  let root = emptyDir();
  const put = (path: string, node: Parameters<typeof setAt>[2]) =>
    (root = setAt(root, splitPath(path), node));
  put('/bin/busybox', blobFile('busybox-1.37', 1_100_000, 0o755));
  for (const name of coreutils('busybox').keys())
    if (name !== 'busybox') put(`/bin/${name}`, symlink('busybox'));
  put(
    '/etc/passwd',
    textFile('root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n'),
  );
  put('/etc/group', textFile('root:x:0:\nnobody:x:65534:\n'));
  put('/tmp', emptyDir(0o1777));
  put('/root', emptyDir(0o700));
  put('/var', emptyDir());
  put('/usr/sbin', emptyDir());
  return root;
}

export function tinyCatalog(): Catalog {
  const tree = busyboxTree();
  const diffId = layerDigest(tree);
  const image: CatalogImage = {
    repository: 'busybox',
    tags: ['latest', '1.37'],
    layers: [{ diffId, tree, size: layerSize(tree), compressedSize: 2_150_000 }],
    config: {
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      Cmd: ['sh'],
      WorkingDir: '',
      User: '',
    },
    history: [
      { created: '2024-09-26T21:31:42Z', created_by: 'BusyBox 1.37.0 (glibc), Debian 12' },
      { created: '2024-09-26T21:31:42Z', created_by: 'CMD ["sh"]', empty_layer: true },
    ],
    created: '2024-09-26T21:31:42Z',
    userland: 'busybox',
    distro: 'busybox',
    manifestDigest: digestOf('tiny-busybox-manifest'),
  };
  return {
    image: (repo, tag) => (repo === 'busybox' && image.tags.includes(tag) ? image : undefined),
    images: () => [image],
    package: () => undefined,
    plausiblePackage: (ecosystem, name, version) => ({
      ecosystem,
      name,
      version: version ?? '1.0.0',
      depends: [],
      installedSize: 1000,
      downloadSize: 500,
      files: [{ path: `${name}/__init__.py`, size: 1000 }],
      summary: `${name} (stand-in)`,
    }),
  };
}
