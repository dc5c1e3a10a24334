import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import type { FileSystem } from '../../fs/filesystem';
import { baseTree } from '../testing/harness';
import { TimedFs } from './timed-fs';

/** The same writes through the shell's filesystem and straight to the layered one. */
function writes(fs: FileSystem): unknown[] {
  return [
    fs.writeFile('/tmp/new', { text: 'a' }, { mode: 0o600, owner: { uid: 5, gid: 6 } }),
    fs.writeFile('/tmp/new', { text: 'b' }, { append: true }),
    fs.writeFile('/etc/hostname', { text: 'h\n' }),
    fs.writeFile('/tmp/blob', { blob: 'x', size: 10 }),
    fs.writeFile('/tmp/blob', { text: 'tail' }, { append: true }),
    fs.writeFile('/tmp', { text: 'x' }),
    fs.writeFile('/missing/f', { text: 'x' }),
    fs.symlink('new', '/tmp/link'),
    fs.symlink('new', '/tmp/link'),
    fs.touch('/etc/passwd'),
  ];
}

describe('TimedFs', () => {
  it('writes what the layered filesystem writes, with the same results and events, plus a time', () => {
    const plain = new OverlayFs([baseTree()]);
    const inner = new OverlayFs([baseTree()]);
    const timed = new TimedFs(inner, () => 1_000);
    expect(writes(timed)).toEqual(writes(plain));
    expect(inner.events).toEqual(plain.events);
    const strip = (fs: OverlayFs): string =>
      JSON.stringify(fs.upper, (k, v: unknown) => (k === 'mtime' ? undefined : v));
    expect(strip(inner)).toBe(strip(plain));
    const written = inner.stat('/tmp/new');
    expect(written.ok && written.value.node).toMatchObject({ mode: 0o600, uid: 5, mtime: 1_000 });
    const link = inner.lstat('/tmp/link');
    expect(link.ok && link.value.node.mtime).toBe(1_000);
  });
});
