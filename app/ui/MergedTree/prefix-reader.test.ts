import { describe, expect, it } from 'vitest';
import { emptyDir, textFile, WHITEOUT, withChild, type DirNode } from '../../engine/fs/node';
import { extendReader, touches } from './prefix-reader';
import { childrenReader } from './tree-model';

const dir = (entries: Record<string, DirNode | ReturnType<typeof textFile> | typeof WHITEOUT>) =>
  Object.entries(entries).reduce((d, [name, node]) => withChild(d, name, node), emptyDir());

const base = dir({ app: dir({ 'a.txt': textFile('a') }), etc: dir({ hosts: textFile('h') }) });
const writesApp = dir({ app: dir({ 'b.txt': textFile('b') }) });
const writesTmp = dir({ tmp: dir({ x: textFile('x') }) });
const opaqueApp = dir({ app: { ...emptyDir(), opaque: true } });
const removesApp = dir({ app: WHITEOUT });

describe('which directories a layer can change', () => {
  it('is the directories it holds something in or on the way to', () => {
    expect(touches(writesApp, '/app')).toBe(true);
    expect(touches(writesApp, '/')).toBe(true);
    expect(touches(writesApp, '/etc')).toBe(false);
    expect(touches(writesApp, '/app/sub')).toBe(false);
  });

  it('includes whatever lies below an opaque directory or a whiteout on the way', () => {
    expect(touches(opaqueApp, '/app/sub')).toBe(true);
    expect(touches(removesApp, '/app/sub/deeper')).toBe(true);
    expect(touches(removesApp, '/etc')).toBe(false);
  });
});

describe('a reader for one more landed layer', () => {
  const stacks = [
    [base, writesTmp],
    [base, writesApp],
    [base, opaqueApp],
    [base, removesApp],
    [base, writesTmp, writesApp],
  ];

  it('reads every directory as a fresh reader of the same layers does', () => {
    for (const layers of stacks) {
      const previous = { layers: layers.slice(0, 1), read: childrenReader(layers.slice(0, 1)) };
      const extended = extendReader(previous, layers);
      const fresh = childrenReader(layers);
      for (const path of ['/', '/app', '/etc', '/tmp', '/app/sub'])
        expect(extended(path), path).toEqual(fresh(path));
    }
  });

  it('takes an untouched directory from the last reader, the same entries', () => {
    const previous = { layers: [base], read: childrenReader([base]) };
    const extended = extendReader(previous, [base, writesTmp]);
    expect(extended('/app')).toBe(previous.read('/app'));
    expect(extended('/')).not.toBe(previous.read('/'));
  });

  it('starts afresh when the last reader read other layers', () => {
    const previous = { layers: [writesApp], read: childrenReader([writesApp]) };
    const extended = extendReader(previous, [base, writesTmp]);
    expect(extended('/app')).toEqual(childrenReader([base, writesTmp])('/app'));
    expect(extended('/app')).not.toBe(previous.read('/app'));
  });
});
