import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../fs/overlay';
import { emptyDir, symlink, textFile, type DirNode } from '../fs/node';
import { setAt } from '../fs/tree';
import { splitPath } from '../fs/path';
import { diffLayer } from '../fs/diff';
import { ContainerFs, EROFS } from './container-fs';

function layer(files: Record<string, string>): DirNode {
  let root = emptyDir();
  for (const [path, text] of Object.entries(files)) {
    root = path.endsWith('/')
      ? setAt(root, splitPath(path), emptyDir())
      : setAt(root, splitPath(path), textFile(text));
  }
  return root;
}

const image = layer({
  '/etc/passwd': 'root\n',
  '/data/': '',
  '/tmp/': '',
  '/srv/site/index.html': 'old',
});

function setup(readOnly = false) {
  const root = new OverlayFs([image]);
  const volume = new OverlayFs([], layer({ '/kept.txt': 'kept' }));
  const host = new OverlayFs([], layer({ '/home/me/site/index.html': 'from host' }));
  const fs = new ContainerFs(
    root,
    [
      {
        destination: '/data',
        fs: volume,
        root: '/',
        readOnly,
        source: { kind: 'volume', name: 'data' },
      },
      {
        destination: '/srv/site',
        fs: host,
        root: '/home/me/site',
        readOnly: false,
        source: { kind: 'bind', path: '/home/me/site' },
      },
    ],
    1,
  );
  return { root, volume, host, fs };
}

describe('ContainerFs routing', () => {
  it('sends writes under a volume to the volume, never to the writable layer', () => {
    const { root, volume, fs } = setup();
    expect(fs.writeFile('/data/new.txt', { text: 'v' }).ok).toBe(true);
    expect(volume.readFile('/new.txt')).toMatchObject({ ok: true, value: { text: 'v' } });
    expect(diffLayer([image], root.upper)).toEqual([]);
  });

  it('reads a bind mount from the host folder, hiding the image directory below it', () => {
    const { fs } = setup();
    expect(fs.readFile('/srv/site/index.html')).toMatchObject({
      ok: true,
      value: { text: 'from host' },
    });
  });

  it('writes through a bind mount into the host files', () => {
    const { host, fs } = setup();
    fs.writeFile('/srv/site/about.html', { text: 'about' });
    expect(host.readFile('/home/me/site/about.html')).toMatchObject({
      ok: true,
      value: { text: 'about' },
    });
  });

  it('writes everything else to the writable layer', () => {
    const { root, fs } = setup();
    fs.writeFile('/tmp/x', { text: 'x' });
    expect(diffLayer([image], root.upper).map((c) => `${c.kind} ${c.path}`)).toEqual([
      'C /tmp',
      'A /tmp/x',
    ]);
  });

  it('refuses writes under a read-only mount', () => {
    const { fs } = setup(true);
    expect(fs.writeFile('/data/x', { text: 'x' })).toEqual({ ok: false, error: EROFS });
    expect(fs.touch('/data/kept.txt')).toEqual({ ok: false, error: EROFS });
  });

  it('follows a symlink in the root filesystem into a volume', () => {
    const { root, fs } = setup();
    root.symlink('/data/kept.txt', '/tmp/link');
    expect(fs.readFile('/tmp/link')).toMatchObject({ ok: true, value: { text: 'kept' } });
    expect(fs.stat('/tmp/link')).toMatchObject({ ok: true, value: { path: '/data/kept.txt' } });
  });

  it('lists a volume as the directory content and the mount point in its parent', () => {
    const { fs } = setup();
    expect(fs.readdir('/data')).toEqual({ ok: true, value: ['kept.txt'] });
    expect(fs.readdir('/')).toMatchObject({
      ok: true,
      value: expect.arrayContaining(['data', 'srv']),
    });
  });

  it('keeps the mount point when rm -rf empties a volume', () => {
    const { volume, fs } = setup();
    expect(fs.remove('/data', { recursive: true })).toEqual({ ok: false, error: 'EBUSY' });
    expect(volume.readdir('/')).toEqual({ ok: true, value: [] });
    expect(fs.stat('/data').ok).toBe(true);
  });

  it('grafts mounted trees into the merged tree (docker cp of a parent)', () => {
    const { fs } = setup();
    const tree = fs.tree('/');
    expect(tree.ok && tree.value.kind === 'dir' && Object.keys(tree.value.children)).toContain(
      'data',
    );
    const data = fs.tree('/data');
    expect(data.ok && data.value.kind === 'dir' && Object.keys(data.value.children)).toEqual([
      'kept.txt',
    ]);
  });

  it('says which volume or layer serves a path', () => {
    const { fs } = setup();
    expect(fs.sourceOf('/data/kept.txt')).toEqual({
      ok: true,
      value: { kind: 'volume', name: 'data' },
    });
    expect(fs.sourceOf('/etc/passwd')).toEqual({ ok: true, value: { kind: 'layer', index: 0 } });
    expect(fs.sourceOf('/srv/site/index.html')).toEqual({
      ok: true,
      value: { kind: 'bind', path: '/home/me/site/index.html' },
    });
  });

  it('reports a symlink loop instead of looping', () => {
    const root = new OverlayFs([
      setAt(setAt(emptyDir(), ['a'], symlink('/b')), ['b'], symlink('/a')),
    ]);
    const fs = new ContainerFs(root, [], 1);
    expect(fs.readFile('/a')).toEqual({ ok: false, error: 'ELOOP' });
  });
});
