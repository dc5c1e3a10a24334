import { describe, expect, it } from 'vitest';
import { emptyDir, textFile, type DirNode } from './node';
import { getAt } from './tree';
import { UpperLayer } from './upper-layer';

describe('UpperLayer', () => {
  it('writes into directories it created without copying them again', () => {
    let copies = 0;
    const layer = new UpperLayer(emptyDir(), [], () => copies++);
    layer.set(['app', 'a.txt'], textFile('a'));
    const afterFirst = copies;
    layer.set(['app', 'b.txt'], textFile('b'));
    expect(copies).toBe(afterFirst);
    expect(Object.keys((getAt(layer.current, ['app']) as DirNode).children)).toEqual([
      'a.txt',
      'b.txt',
    ]);
  });

  it('never changes a sealed layer: later writes copy what they change', () => {
    const layer = new UpperLayer(emptyDir(), [], () => {});
    layer.set(['app', 'a.txt'], textFile('a'));
    const sealed = layer.seal();
    layer.set(['app', 'b.txt'], textFile('b'));
    layer.remove(['app', 'a.txt']);
    expect(Object.keys((getAt(sealed, ['app']) as DirNode).children)).toEqual(['a.txt']);
    expect(Object.keys((getAt(layer.current, ['app']) as DirNode).children)).toEqual(['b.txt']);
  });

  it('gives a parent it creates the metadata of the lower directory it covers', () => {
    const lower: DirNode = {
      ...emptyDir(),
      children: { srv: { ...emptyDir(0o750, { uid: 33, gid: 33 }), children: {} } },
    };
    const layer = new UpperLayer(emptyDir(), [lower], () => {});
    layer.set(['srv', 'f'], textFile('x'));
    expect(getAt(layer.current, ['srv'])).toMatchObject({ mode: 0o750, uid: 33, gid: 33 });
  });
});

describe('UpperLayer.setNewDir', () => {
  it('owns a new directory: writing into it copies nothing, and sealing still freezes it', () => {
    let copies = 0;
    const layer = new UpperLayer(emptyDir(), [], () => copies++);
    layer.set(['app', 'a.txt'], textFile('a'));
    layer.setNewDir(['app', 'sub'], emptyDir());
    const before = copies;
    layer.set(['app', 'sub', 'x.txt'], textFile('x'));
    expect(copies).toBe(before);
    const sealed = layer.seal();
    layer.set(['app', 'sub', 'y.txt'], textFile('y'));
    expect(Object.keys((getAt(sealed, ['app', 'sub']) as DirNode).children)).toEqual(['x.txt']);
    // The shared empty-children object of emptyDir() is never written to.
    expect(Object.keys(emptyDir().children)).toEqual([]);
  });
});
