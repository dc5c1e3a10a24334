import { describe, expect, it } from 'vitest';
import { OverlayFs } from './overlay';
import { diffLayer, formatDiff } from './diff';
import { blobFile, emptyDir, symlink, textFile, type DirNode } from './node';
import { setAt } from './tree';
import { splitPath } from './path';
import { layerDigest } from './digest';

function layer(files: Record<string, string>): DirNode {
  let root = emptyDir();
  for (const [path, text] of Object.entries(files)) {
    root = path.endsWith('/')
      ? setAt(root, splitPath(path), emptyDir())
      : setAt(root, splitPath(path), textFile(text));
  }
  return root;
}

const base = layer({
  '/etc/passwd': 'root:x:0:0\n',
  '/etc/os-release': 'ID=debian\n',
  '/tmp/': '',
  '/var/cache/apt/a.bin': 'xx',
});

describe('OverlayFs reads', () => {
  it('serves a path from the topmost layer that has it', () => {
    const top = layer({ '/etc/os-release': 'ID=custom\n' });
    const fs = new OverlayFs([base, top]);
    const st = fs.stat('/etc/os-release');
    expect(st.ok && st.value.layer).toBe(1);
    const passwd = fs.stat('/etc/passwd');
    expect(passwd.ok && passwd.value.layer).toBe(0);
  });

  it('merges directory listings across layers', () => {
    const fs = new OverlayFs([base, layer({ '/etc/hosts': '127.0.0.1\n' })]);
    expect(fs.readdir('/etc')).toEqual({ ok: true, value: ['hosts', 'os-release', 'passwd'] });
  });

  it('follows symlinks in parents, as merged-usr /bin -> usr/bin', () => {
    let root = layer({ '/usr/bin/sh': 'dash' });
    root = setAt(root, ['bin'], symlink('usr/bin'));
    const fs = new OverlayFs([root]);
    const read = fs.readFile('/bin/sh');
    expect(read.ok && read.value.text).toBe('dash');
  });

  it('treats names like constructor as ordinary file names', () => {
    const fs = new OverlayFs([base]);
    expect(fs.stat('/etc/constructor').ok).toBe(false);
    expect(fs.writeFile('/tmp/__proto__', { text: 'x' }).ok).toBe(true);
    expect(fs.readdir('/tmp')).toEqual({ ok: true, value: ['__proto__'] });
  });
});

describe('OverlayFs copy-on-write', () => {
  it('copies a lower file up on first write and leaves the lower layer untouched', () => {
    const fs = new OverlayFs([base]);
    fs.writeFile('/etc/passwd', { text: 'app:x:1000\n' }, { append: true });
    expect(fs.events).toContainEqual({
      type: 'file-copied-up',
      path: '/etc/passwd',
      fromLayer: 0,
      size: 11,
    });
    const read = fs.readFile('/etc/passwd');
    expect(read.ok && read.value.text).toBe('root:x:0:0\napp:x:1000\n');
    expect(new OverlayFs([base]).readFile('/etc/passwd')).toMatchObject({
      ok: true,
      value: { text: 'root:x:0:0\n' },
    });
  });

  it('copies up on chmod alone', () => {
    const fs = new OverlayFs([base]);
    fs.chmod('/etc/os-release', 0o600);
    expect(fs.events.map((e) => e.type)).toContain('file-copied-up');
    expect(formatDiff(diffLayer([base], fs.upper))).toBe('C /etc\nC /etc/os-release\n');
  });

  it('lists a new file and its changed parent in docker diff', () => {
    const fs = new OverlayFs([base]);
    fs.writeFile('/tmp/test.txt', { text: 'hello\n' });
    expect(formatDiff(diffLayer([base], fs.upper))).toBe('C /tmp\nA /tmp/test.txt\n');
  });

  it('leaves a whiteout when a lower file is deleted', () => {
    const fs = new OverlayFs([base]);
    expect(fs.remove('/etc/passwd').ok).toBe(true);
    expect(fs.stat('/etc/passwd')).toEqual({ ok: false, error: 'ENOENT' });
    expect(fs.events).toContainEqual({
      type: 'whiteout-created',
      path: '/etc/passwd',
      fromLayer: 0,
    });
    expect(formatDiff(diffLayer([base], fs.upper))).toBe('C /etc\nD /etc/passwd\n');
  });

  it('leaves nothing for a file created and deleted in the writable layer', () => {
    const fs = new OverlayFs([base]);
    fs.writeFile('/tmp/scratch', { text: 'x' });
    fs.remove('/tmp/scratch');
    expect(diffLayer([base], fs.upper).filter((c) => c.path === '/tmp/scratch')).toEqual([]);
    expect(fs.events.at(-1)).toEqual({ type: 'file-removed', path: '/tmp/scratch' });
  });

  it('makes a recreated lower directory opaque so old contents stay hidden', () => {
    const fs = new OverlayFs([base]);
    fs.remove('/var/cache', { recursive: true });
    fs.mkdir('/var/cache');
    expect(fs.events.at(-1)).toEqual({ type: 'opaque-dir-created', path: '/var/cache' });
    expect(fs.readdir('/var/cache')).toEqual({ ok: true, value: [] });
  });

  it('refuses to remove a non-empty directory without recursive', () => {
    const fs = new OverlayFs([base]);
    expect(fs.remove('/etc')).toEqual({ ok: false, error: 'ENOTEMPTY' });
  });

  it('reports ENOENT for a write into a missing directory', () => {
    const fs = new OverlayFs([base]);
    expect(fs.writeFile('/nope/file', { text: '' })).toEqual({ ok: false, error: 'ENOENT' });
  });

  it('creates parents with mkdir -p and reports them as added', () => {
    const fs = new OverlayFs([base]);
    fs.mkdir('/a/b/c', { parents: true });
    expect(formatDiff(diffLayer([base], fs.upper))).toBe('A /a\nA /a/b\nA /a/b/c\n');
  });
});

describe('appending to a file known only by size', () => {
  const lower = setAt(emptyDir(), ['etc', 'profile'], blobFile('alpine:profile', 994));

  it('keeps the appended text as a known tail, copied up, counted in the size', () => {
    const fs = new OverlayFs([lower]);
    fs.writeFile('/etc/profile', { text: 'export A=1\n' }, { append: true });
    fs.writeFile('/etc/profile', { text: 'export B=2\n' }, { append: true });
    const st = fs.stat('/etc/profile');
    expect(st.ok && st.value.node).toMatchObject({
      size: 994 + 22,
      tail: 'export A=1\nexport B=2\n',
    });
    expect(st.ok && st.value.node.kind === 'file' && st.value.node.text).toBe(undefined);
    expect(fs.events.map((e) => e.type)).toEqual([
      'file-copied-up',
      'file-changed',
      'file-changed',
    ]);
    expect(formatDiff(diffLayer([lower], fs.upper))).toBe('C /etc\nC /etc/profile\n');
  });

  it('makes an empty size-only file plain text when text is appended to it', () => {
    const fs = new OverlayFs([setAt(emptyDir(), ['log'], blobFile('empty', 0))]);
    fs.writeFile('/log', { text: 'started\n' }, { append: true });
    const st = fs.stat('/log');
    expect(st.ok && st.value.node).toMatchObject({ size: 8, text: 'started\n' });
  });

  it('gives different appended texts different layer digests and a truncating write plain text', () => {
    const appended = (text: string) => {
      const fs = new OverlayFs([lower]);
      fs.writeFile('/etc/profile', { text }, { append: true });
      return fs;
    };
    expect(layerDigest(appended('a\n').upper)).not.toBe(layerDigest(appended('b\n').upper));
    const fs = appended('a\n');
    fs.writeFile('/etc/profile', { text: 'b\n' });
    const st = fs.stat('/etc/profile');
    expect(st.ok && st.value.node).toMatchObject({ size: 2, text: 'b\n' });
    expect(st.ok && 'tail' in st.value.node).toBe(false);
  });
});

describe('layer digests', () => {
  it('gives identical content an identical digest and different content a different one', () => {
    expect(layerDigest(layer({ '/a': '1' }))).toBe(layerDigest(layer({ '/a': '1' })));
    expect(layerDigest(layer({ '/a': '1' }))).not.toBe(layerDigest(layer({ '/a': '2' })));
    expect(layerDigest(layer({ '/a': '1' }))).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('putTree at the root', () => {
  it('merges a directory into / entry by entry (COPY dir/ /), keeping what the root had', () => {
    let lower = emptyDir();
    lower = setAt(lower, ['etc', 'hostname'], textFile('box\n'));
    const fs = new OverlayFs([lower]);
    let tree = emptyDir();
    tree = setAt(tree, ['usr', 'local', 'bin', 'go'], textFile('#!go\n'));
    tree = setAt(tree, ['etc', 'motd'], textFile('hi\n'));
    expect(fs.putTree('/', tree).ok).toBe(true);
    expect(fs.readFile('/usr/local/bin/go').ok).toBe(true);
    expect(fs.readFile('/etc/motd').ok).toBe(true);
    expect(fs.readFile('/etc/hostname').ok).toBe(true);
  });

  it('refuses to put a file at /', () => {
    const fs = new OverlayFs([emptyDir()]);
    expect(fs.putTree('/', textFile('x'))).toMatchObject({ ok: false, error: 'EISDIR' });
  });
});

describe('putTree over an existing symlink', () => {
  it('replaces the link, not its target, when the new node is a link (COPY . . over node_modules/.bin)', () => {
    let lower = emptyDir();
    lower = setAt(lower, ['app', 'node_modules', 'nanoid', 'bin', 'nanoid.cjs'], textFile('js'));
    lower = setAt(
      lower,
      ['app', 'node_modules', '.bin', 'nanoid'],
      symlink('../nanoid/bin/nanoid.cjs'),
    );
    const fs = new OverlayFs([lower]);
    let context = emptyDir();
    context = setAt(
      context,
      ['node_modules', '.bin', 'nanoid'],
      symlink('../nanoid/bin/nanoid.cjs'),
    );
    context = setAt(context, ['node_modules', 'nanoid', 'bin', 'nanoid.cjs'], textFile('js'));
    expect(fs.putTree('/app', context).ok).toBe(true);
    const target = fs.lstat('/app/node_modules/nanoid/bin/nanoid.cjs');
    expect(target.ok && target.value.node.kind).toBe('file');
    const link = fs.lstat('/app/node_modules/.bin/nanoid');
    expect(link.ok && link.value.node).toMatchObject({
      kind: 'symlink',
      target: '../nanoid/bin/nanoid.cjs',
    });
  });
});
