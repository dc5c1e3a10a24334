import { describe, expect, it } from 'vitest';
import { OverlayFs } from './overlay';
import { emptyDir, textFile, type DirNode } from './node';
import { getAt, setAt } from './tree';
import { splitPath } from './path';

function layer(entries: Record<string, DirNode | ReturnType<typeof textFile>>): DirNode {
  let root = emptyDir();
  for (const [path, node] of Object.entries(entries)) root = setAt(root, splitPath(path), node);
  return root;
}

const base = layer({
  '/usr/local/lib/python3.14/site-packages/pip/__init__.py': textFile(''),
  '/etc/hosts': textFile('127.0.0.1\n'),
  '/srv': { ...emptyDir(0o750, { uid: 33, gid: 33 }), children: {} },
});

describe('OverlayFs mkdir with parents', () => {
  it('creates only the missing levels, top-down, each with an event', () => {
    const fs = new OverlayFs([base]);
    expect(
      fs.mkdir('/usr/local/lib/python3.14/site-packages/flask/json', { parents: true }),
    ).toEqual({ ok: true, value: undefined });
    expect(fs.events).toEqual([
      { type: 'dir-created', path: '/usr/local/lib/python3.14/site-packages/flask' },
      { type: 'dir-created', path: '/usr/local/lib/python3.14/site-packages/flask/json' },
    ]);
  });

  it('does nothing for a directory that is there', () => {
    const fs = new OverlayFs([base]);
    expect(fs.mkdir('/usr/local/lib', { parents: true }).ok).toBe(true);
    expect(fs.events).toEqual([]);
  });

  it('fails with ENOTDIR when a file is in the way and EEXIST when the path is a file', () => {
    const fs = new OverlayFs([base]);
    expect(fs.mkdir('/etc/hosts/x/y', { parents: true })).toEqual({ ok: false, error: 'ENOTDIR' });
    expect(fs.mkdir('/etc/hosts', { parents: true })).toEqual({ ok: false, error: 'EEXIST' });
    expect(fs.events).toEqual([]);
  });

  it('creates through a symlink to a directory, at the link target', () => {
    const fs = new OverlayFs([layer({ '/data': emptyDir() }), layer({})]);
    fs.symlink('/data', '/link');
    fs.mkdir('/link/a/b', { parents: true });
    expect(getAt(fs.upper, ['data', 'a', 'b'])?.kind).toBe('dir');
  });

  it('gives parents made in the upper layer the lower directory metadata', () => {
    const fs = new OverlayFs([base]);
    fs.mkdir('/srv/www/html', { parents: true });
    expect(getAt(fs.upper, ['srv'])).toMatchObject({ kind: 'dir', mode: 0o750, uid: 33 });
  });

  it('creates every level of a path with .. in it, as the walk from the root does', () => {
    const fs = new OverlayFs([base]);
    expect(fs.mkdir('/new/../other/x', { parents: true }).ok).toBe(true);
    expect(fs.stat('/other/x').ok).toBe(true);
  });
});
