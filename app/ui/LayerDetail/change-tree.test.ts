import { describe, expect, it } from 'vitest';
import { wastedBytes } from '../../engine/fs/stats';
import { createHost } from '../../engine/host/world';
import { imageTrees } from '../LayerStack/stack-model';
import { build, seededHost } from '../LayerStack/testing/world-fixture';
import { changeTree, compressChains, layerDetail } from './change-tree';

describe('changeTree', () => {
  it('nests changes under their folders and adds up bytes and files', () => {
    const tree = changeTree([
      { path: '/app', kind: 'added', size: 0, isDir: true },
      { path: '/app/a.txt', kind: 'added', size: 10, isDir: false },
      { path: '/app/lib', kind: 'added', size: 0, isDir: true },
      { path: '/app/lib/b.py', kind: 'modified', size: 5, isDir: false },
      { path: '/etc/passwd', kind: 'deleted', size: 900, isDir: false },
    ]);
    expect(tree.children.map((c) => [c.name, c.bytes, c.files])).toEqual([
      ['app', 15, 2],
      ['etc', 0, 1],
    ]);
    const app = tree.children[0]!;
    expect(app.kind).toBe('added');
    expect(app.children.map((c) => [c.name, c.kind])).toEqual([
      ['a.txt', 'added'],
      ['lib', 'added'],
    ]);
    // A deleted file's bytes are not added: the layer holds a whiteout, not the file.
    expect(tree.children[1]!.children[0]).toMatchObject({
      name: 'passwd',
      kind: 'deleted',
      bytes: 0,
    });
  });

  it('shows folders that only lead to one folder as one row', () => {
    const tree = compressChains(
      changeTree([{ path: '/usr/local/lib/site/x.py', kind: 'added', size: 3, isDir: false }]),
    );
    expect(tree.children.map((c) => c.name)).toEqual(['usr/local/lib/site']);
    expect(tree.children[0]!.children.map((c) => c.name)).toEqual(['x.py']);
  });
});

describe('layerDetail', () => {
  it('lists what a COPY added, and the bytes a later COPY hides as wasted', () => {
    const { host, image } = seededHost();
    const layers = imageTrees(host, image);
    const waste = wastedBytes(layers);
    const copyReq = layerDetail(layers, 2, waste);
    expect(copyReq.counts).toEqual({ added: 1, modified: 0, deleted: 0, opaque: 0 });
    expect(copyReq.wasted.map((w) => [w.path, w.bytes, w.hiddenBy])).toEqual([
      ['/app/requirements.txt', 6, 4],
    ]);
    const copyAll = layerDetail(layers, 4, waste);
    expect(copyAll.counts.modified).toBe(1);
    expect(copyAll.hides.map((w) => w.path)).toEqual(['/app/requirements.txt']);
    expect(copyAll.wasted).toEqual([]);
  });

  it('reports a replaced file in a later layer as changed, with its new size', () => {
    const { host, image } = build(
      createHost('laptop', []),
      'FROM busybox\nCOPY a.txt /data/a.txt\nCOPY b.txt /data/a.txt\n',
      { 'a.txt': 'first version', 'b.txt': 'v2' },
    );
    const layers = imageTrees(host, image);
    const detail = layerDetail(layers, 2, wastedBytes(layers));
    const data = detail.tree.children.find((c) => c.name === 'data');
    expect(data?.children.map((c) => [c.name, c.kind, c.bytes])).toEqual([
      ['a.txt', 'modified', 2],
    ]);
    expect(detail.hides.map((w) => w.bytes)).toEqual([13]);
  });

  it('has nothing to show for a layer index the image does not have', () => {
    const detail = layerDetail([], 3, []);
    expect(detail.tree.children).toEqual([]);
  });
});
