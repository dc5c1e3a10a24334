import { describe, expect, it } from 'vitest';
import {
  childOf,
  emptyDir,
  textFile,
  WHITEOUT,
  withChild,
  type DirNode,
  type Node,
} from '../fs/node';
import { lookupLiteral } from '../fs/union';
import { mergedChildren } from './merged-view';

/** A layer holding `files` (path → node), with the directories on their way. */
function layer(files: Record<string, Node>, opaque: string[] = []): DirNode {
  const put = (dir: DirNode, parts: string[], node: Node): DirNode => {
    const [head, ...rest] = parts as [string, ...string[]];
    if (rest.length === 0) return withChild(dir, head, node);
    const below = childOf(dir, head);
    const sub = below && below.kind === 'dir' ? below : emptyDir();
    return withChild(
      dir,
      head,
      put(opaque.includes(head) ? { ...sub, opaque: true } : sub, rest, node),
    );
  };
  let root = emptyDir();
  for (const [path, node] of Object.entries(files))
    root = put(root, path.split('/').filter(Boolean), node);
  return root;
}

/** What "shadowed" means, spelled out: the layers whose cut-off stack resolves to them. */
function shadowedByDefinition(layers: readonly DirNode[], path: string, top: number): number[] {
  const out: number[] = [];
  for (let i = top - 1; i >= 0; i--) {
    const lower = lookupLiteral(layers.slice(0, i + 1), path);
    if (lower && lower.layer === i && lower.node.kind !== 'dir') out.push(i);
  }
  return out;
}

describe('mergedChildren', () => {
  const layers = [
    layer({ '/app/a.txt': textFile('0'), '/app/b.txt': textFile('0'), '/etc/x': textFile('0') }),
    layer({ '/app/a.txt': WHITEOUT, '/app/c.txt': textFile('1') }),
    layer({ '/app/a.txt': textFile('2'), '/app/b.txt': textFile('2') }),
    layer({ '/app': textFile('app is a file here') }),
    layer({ '/app/a.txt': textFile('4'), '/app/c.txt': textFile('4') }, ['app']),
  ];

  it('tags each entry with the layer serving it and the lower copies it hides', () => {
    const upTo = (n: number) => mergedChildren(layers.slice(0, n), '/app');
    expect(upTo(3).map((e) => [e.name, e.layer, e.shadowed])).toEqual([
      ['a.txt', 2, [0]],
      ['b.txt', 2, [0]],
      ['c.txt', 1, []],
    ]);
    expect(upTo(5).map((e) => [e.name, e.layer, e.shadowed])).toEqual([
      ['a.txt', 4, [2, 0]],
      ['c.txt', 4, [1]],
    ]);
  });

  it('agrees with resolving every cut-off stack, for every prefix of the layers', () => {
    for (let n = 1; n <= layers.length; n++) {
      const prefix = layers.slice(0, n);
      for (const dir of ['/', '/app', '/etc']) {
        for (const e of mergedChildren(prefix, dir)) {
          const expected =
            e.node.kind === 'dir' ? [] : shadowedByDefinition(prefix, e.path, e.layer);
          expect(e.shadowed, `${e.path} in ${n} layers`).toEqual(expected);
        }
      }
    }
  });
});
