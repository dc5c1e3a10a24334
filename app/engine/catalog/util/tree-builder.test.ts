import { describe, expect, it } from 'vitest';
import { layerDigest } from '../../fs/digest';
import { blobFile, emptyDir, symlink, textFile, type DirNode } from '../../fs/node';
import { splitPath } from '../../fs/path';
import { setAt } from '../../fs/tree';
import { TreeBuilder } from './tree-builder';

type Op =
  ['text', string, string] | ['blob', string, number] | ['link', string, string] | ['dir', string];

const OPS: Op[] = [
  ['dir', '/tmp'],
  ['text', '/etc/os-release', 'ID=debian\n'],
  ['blob', '/usr/bin/ls', 142_312],
  ['blob', '/usr/bin/cat', 44_016],
  ['link', '/usr/bin/sh', 'dash'],
  ['blob', '/usr/lib/x86_64-linux-gnu/libc.so.6', 1_922_136],
  ['text', '/etc/hosts', '127.0.0.1 localhost\n'],
  ['blob', '/usr/bin/ls', 1], // replaced, as a later package overwriting a file
  ['link', '/bin', 'usr/bin'],
  ['text', '/etc/apt/apt.conf.d/docker-clean', 'Dir::Cache::pkgcache "";\n'],
  ['blob', '/usr/bin/dash', 124_640],
];

function withSetAt(ops: Op[]): DirNode {
  let root = emptyDir();
  for (const op of ops) {
    const parts = splitPath(op[1]);
    if (op[0] === 'dir') root = setAt(root, parts, emptyDir());
    if (op[0] === 'text') root = setAt(root, parts, textFile(op[2]));
    if (op[0] === 'blob') root = setAt(root, parts, blobFile(`b:${op[1]}`, op[2]));
    if (op[0] === 'link') root = setAt(root, parts, symlink(op[2]));
  }
  return root;
}

function withBuilder(ops: Op[]): DirNode {
  const builder = new TreeBuilder();
  for (const op of ops) {
    if (op[0] === 'dir') builder.dir(op[1]);
    if (op[0] === 'text') builder.text(op[1], op[2]);
    if (op[0] === 'blob') builder.blob(op[1], `b:${op[1]}`, op[2]);
    if (op[0] === 'link') builder.link(op[1], op[2]);
  }
  return builder.build();
}

describe('TreeBuilder', () => {
  it('builds the same tree (same digest) as inserting with setAt', () => {
    expect(layerDigest(withBuilder(OPS))).toBe(layerDigest(withSetAt(OPS)));
  });

  it('a file put over a directory replaces it, and later files recreate the directory', () => {
    const builder = new TreeBuilder();
    builder.blob('/opt/app/bin/tool', 'x', 10);
    builder.text('/opt/app', 'now a file');
    builder.blob('/opt/app/lib/x.so', 'y', 20);
    const tree = builder.build();
    const app = (tree.children.opt as DirNode).children.app;
    expect(app?.kind).toBe('dir');
    expect(Object.keys((app as DirNode).children)).toEqual(['lib']);
  });

  it('keeps names like __proto__ as ordinary entries', () => {
    const tree = new TreeBuilder().text('/srv/__proto__', 'x').build();
    const srv = tree.children.srv as DirNode;
    expect(Object.hasOwn(srv.children, '__proto__')).toBe(true);
  });
});
