import { describe, expect, it } from 'vitest';
import type { Package, PackageFile } from '../../catalog/types';
import { OverlayFs } from '../../fs/overlay';
import { emptyDir, symlink, textFile, type DirNode, type Node } from '../../fs/node';
import { setAt } from '../../fs/tree';
import { splitPath } from '../../fs/path';
import { placePackageFiles } from './package-files';

function layer(entries: Record<string, Node>): DirNode {
  let root = emptyDir();
  for (const [path, node] of Object.entries(entries)) root = setAt(root, splitPath(path), node);
  return root;
}

function pkg(files: PackageFile[]): Package {
  return {
    ecosystem: 'pypi',
    name: 'demo',
    version: '1.0',
    depends: [],
    installedSize: 0,
    downloadSize: 0,
    files,
    summary: '',
  };
}

const lower = layer({
  '/site/old.py': textFile('old\n'),
  '/site/linked': symlink('/elsewhere'),
  '/site/to-dir': symlink('/site/real-dir'),
  '/site/real-dir/keep': textFile(''),
});

describe('placePackageFiles', () => {
  it('writes new directories and files with one event each, in list order', () => {
    const fs = new OverlayFs([lower]);
    const placed = placePackageFiles(
      fs,
      pkg([
        { path: 'demo/__init__.py', size: 3, text: 'x=1' },
        { path: 'demo/sub/mod.py', size: 100 },
        { path: 'demo/sub/data/', size: 0 },
      ]),
      '/site',
    );
    expect(placed.files).toEqual(['/site/demo/__init__.py', '/site/demo/sub/mod.py']);
    expect(placed.sizes).toEqual([3, 100]);
    expect(placed.dirs).toEqual(['/site', '/site/demo', '/site/demo/sub', '/site/demo/sub/data']);
    expect(fs.events.map((e) => `${e.type} ${'path' in e ? e.path : ''}`)).toEqual([
      'dir-created /site/demo',
      'file-added /site/demo/__init__.py',
      'dir-created /site/demo/sub',
      'file-added /site/demo/sub/mod.py',
      'dir-created /site/demo/sub/data',
    ]);
  });

  it('replaces a file of a lower layer (copy-up) and a symlink at the name, not its target', () => {
    // dpkg and apk rename the new file over the name, pip unlinks it first: the link goes and
    // what it pointed to is untouched (binutils' /usr/bin/strings vs BusyBox's applet link).
    const fs = new OverlayFs([layer({ '/elsewhere': textFile('target\n') }), lower]);
    const placed = placePackageFiles(
      fs,
      pkg([
        { path: 'old.py', size: 4, text: 'new\n' },
        { path: 'linked', size: 7, text: 'replace' },
      ]),
      '/site',
    );
    expect(placed.sizes).toEqual([4, 7]);
    expect(fs.readFile('/elsewhere')).toMatchObject({ ok: true, value: { text: 'target\n' } });
    const linked = fs.lstat('/site/linked');
    expect(linked.ok && linked.value.node.kind).toBe('file');
    expect(fs.readFile('/site/linked')).toMatchObject({ ok: true, value: { text: 'replace' } });
  });

  it('skips a file whose name is a directory, or a symlink to one', () => {
    const fs = new OverlayFs([lower]);
    const placed = placePackageFiles(
      fs,
      pkg([
        { path: 'real-dir', size: 1, text: 'x' },
        { path: 'to-dir', size: 1, text: 'x' },
      ]),
      '/site',
    );
    expect(placed.files).toEqual([]);
    expect(fs.events).toEqual([]);
  });

  it('writes a name listed twice in a new directory twice (the second changes the first)', () => {
    const fs = new OverlayFs([lower]);
    placePackageFiles(
      fs,
      pkg([
        { path: 'n/a.txt', size: 1, text: '1' },
        { path: 'n/a.txt', size: 1, text: '2' },
      ]),
      '/site',
    );
    expect(fs.readFile('/site/n/a.txt')).toMatchObject({ ok: true, value: { text: '2' } });
    expect(fs.events.map((e) => e.type)).toEqual(['dir-created', 'file-added', 'file-changed']);
  });
});
