/**
 * Release archives the simulation knows the inside of: the Node.js, Go and Yarn binary
 * tarballs and CPython's source tarball, recognised by their download URLs. Their members
 * come from the catalog's own images (the layer that unpacked the same tarball), so that
 * `curl -O node-v24...tar.xz && tar -xJf ... -C /usr/local --strip-components=1` gives
 * the file layout the official node image has. CPython's source tree is modelled in
 * python-source.ts; `make install` then takes the installed files from the catalog. Apache
 * Maven's binary distribution (what an "only-script" mvnw downloads) is modelled in
 * ../java/maven-distribution.ts.
 */
import type { Catalog, CatalogImage, Distro } from '../../catalog/types';
import type { DirNode, LiveNode, Node } from '../../fs/node';
import { textFile, withChild, withoutChild } from '../../fs/node';
import { getAt } from '../../fs/tree';
import { splitPath } from '../../fs/path';
import type { ArchiveEntry } from '../../shell/programs/archive';
import { mavenDistributionEntries } from '../java/maven-distribution';
import { binaryRelease, binaryReleaseEntries, type BinaryRelease } from './binary-release';
import { genericSourceEntries } from './generic-source';
import { pythonSourceEntries } from './python-source';
import { sourceTarball } from './source-projects';

export type KnownArchive =
  | { kind: 'node'; version: string; arch: string; musl: boolean; top: string }
  | { kind: 'go'; version: string; arch: string }
  | { kind: 'yarn'; version: string }
  | { kind: 'maven'; version: string }
  | { kind: 'python-source'; version: string; top: string }
  | { kind: 'source'; project: string; version: string; top: string }
  | ({ kind: 'binary-release' } & BinaryRelease);

/** What a release URL is, from its file name; undefined for anything else. */
export function knownArchive(url: string): KnownArchive | undefined {
  const name =
    url
      .replace(/[?#].*$/, '')
      .split('/')
      .pop() ?? '';
  let m = /^(node-v(\d+\.\d+\.\d+)-linux-([a-z0-9]+)(-musl)?)\.tar\.(?:xz|gz)$/.exec(name);
  if (m) {
    const [, top = '', version = '', arch = '', musl] = m;
    return { kind: 'node', version, arch, musl: musl !== undefined, top };
  }
  m = /^go(\d+\.\d+(?:\.\d+)?)\.linux-([a-z0-9]+)\.tar\.gz$/.exec(name);
  if (m) return { kind: 'go', version: m[1] ?? '', arch: m[2] ?? '' };
  m = /^yarn-v(\d+\.\d+\.\d+)\.tar\.gz$/.exec(name);
  if (m) return { kind: 'yarn', version: m[1] ?? '' };
  m = /^apache-maven-(\d+\.\d+\.\d+)-bin\.(?:tar\.gz|zip)$/.exec(name);
  if (m) return { kind: 'maven', version: m[1] ?? '' };
  m = /^(Python-(\d+\.\d+\.\d+(?:[abc]|rc)?\d*))\.(?:tar\.xz|tgz|tar\.gz)$/.exec(name);
  if (m) return { kind: 'python-source', version: m[2] ?? '', top: m[1] ?? '' };
  const source = sourceTarball(name);
  if (source) return { kind: 'source', ...source };
  const release = binaryRelease(name);
  return release && { kind: 'binary-release', ...release };
}

/** Short words for notes: "Node.js 24.14.0". */
export function describeArchive(known: KnownArchive): string {
  switch (known.kind) {
    case 'node':
      return `Node.js ${known.version}`;
    case 'go':
      return `Go ${known.version}`;
    case 'yarn':
      return `Yarn ${known.version}`;
    case 'maven':
      return `Apache Maven ${known.version}`;
    case 'python-source':
      return `the CPython ${known.version} source tree`;
    case 'source':
      return `a stand-in ${known.project} ${known.version} source tree`;
    case 'binary-release':
      return `the ${known.project} ${known.version} release (a stand-in binary)`;
  }
}

/**
 * The archive's top-level members, or undefined when the catalog has no image carrying
 * that software (the download then stays an opaque blob).
 */
export function archiveEntries(
  known: KnownArchive,
  catalog: Catalog,
  distro: Distro | undefined,
): ArchiveEntry[] | undefined {
  switch (known.kind) {
    case 'python-source':
      return pythonSourceEntries(known.top, known.version);
    case 'maven':
      return mavenDistributionEntries(known.version);
    case 'source':
      return genericSourceEntries(known.top, known.project, known.version);
    case 'binary-release':
      return binaryReleaseEntries(known);
    case 'node': {
      const alpine = known.musl || distro === 'alpine';
      const usrLocal = installedTree(catalog, 'node', alpine, 'usr/local', has('bin/node'));
      if (!usrLocal) return undefined;
      // The image adds the `nodejs` link after unpacking; the tarball does not have it.
      const bin = getAt(usrLocal, ['bin']);
      const tree =
        bin?.kind === 'dir' ? withChild(usrLocal, 'bin', withoutChild(bin, 'nodejs')) : usrLocal;
      return [{ name: known.top, node: tree }];
    }
    case 'go': {
      const go = installedTree(
        catalog,
        'golang',
        distro === 'alpine',
        'usr/local/go',
        has('bin/go'),
      );
      if (!go) return undefined;
      const version = textFile(`go${known.version}\ntime 2025-12-02T19:33:38Z\n`);
      return [{ name: 'go', node: withChild(go, 'VERSION', version) }];
    }
    case 'yarn': {
      const opt = installedTree(catalog, 'node', distro === 'alpine', 'opt', yarnDir);
      const dir = opt && yarnDir(opt);
      return dir ? [{ name: `yarn-v${known.version}`, node: dir }] : undefined;
    }
  }
}

/** A test for installedTree: the subtree holds this path. */
export function has(path: string): (dir: DirNode) => boolean {
  return (dir) => getAt(dir, splitPath(path)) !== undefined;
}

function yarnDir(opt: DirNode): DirNode | undefined {
  const entry = Object.entries(opt.children).find(([name]) => name.startsWith('yarn-v'));
  return entry?.[1].kind === 'dir' ? entry[1] : undefined;
}

/**
 * The subtree at `path` of the first layer (bottom up) of a catalog image of `repository`
 * whose subtree passes `installs`: the layer that installed the software. Images of the
 * wanted libc (Alpine's musl or glibc) are preferred.
 */
export function installedTree(
  catalog: Catalog,
  repository: string,
  alpine: boolean,
  path: string,
  installs: (dir: DirNode) => unknown,
): DirNode | undefined {
  const images = catalog.images().filter((image) => image.repository === repository);
  const preferred = images.filter((image) => (image.distro === 'alpine') === alpine);
  for (const image of [...preferred, ...images]) {
    const found = layerSubtree(image, path, installs);
    if (found) return found;
  }
  return undefined;
}

function layerSubtree(
  image: CatalogImage,
  path: string,
  installs: (dir: DirNode) => unknown,
): DirNode | undefined {
  for (const layer of image.layers) {
    const node: Node | undefined = getAt(layer.tree, splitPath(path));
    if (node?.kind === 'dir' && installs(node)) return withoutWhiteouts(node);
  }
  return undefined;
}

/** A layer's subtree as an archive holds it: whiteouts are deletions, not members. */
function withoutWhiteouts(dir: DirNode): DirNode {
  let out = dir;
  for (const [name, child] of Object.entries(dir.children)) {
    if (child.kind === 'whiteout') out = withoutChild(out, name);
    else if (child.kind === 'dir') {
      const cleaned: LiveNode = withoutWhiteouts(child);
      if (cleaned !== child) out = withChild(out, name, cleaned);
    }
  }
  if (out.opaque) {
    const { opaque: _opaque, ...rest } = out;
    return rest;
  }
  return out;
}
