import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { tree } from '../testing/images';
import { restoreAppletLinks } from './busybox-trigger';

describe("busybox trigger's --install -s", () => {
  it('links free applet names back to /bin/busybox and leaves files packages put there', () => {
    const fs = new OverlayFs([
      tree({ '/bin/busybox': { blob: 800_000 }, '/usr/bin/wget': { blob: 500_000 } }),
    ]);
    restoreAppletLinks(fs);
    const strings = fs.lstat('/usr/bin/strings');
    expect(strings.ok && strings.value.node.kind === 'symlink' && strings.value.node.target).toBe(
      '/bin/busybox',
    );
    expect(fs.lstat('/usr/bin/wget')).toMatchObject({
      ok: true,
      value: { node: { kind: 'file' } },
    });
  });

  it('does nothing without BusyBox', () => {
    const fs = new OverlayFs([tree({ '/usr/bin/': '' })]);
    restoreAppletLinks(fs);
    expect(fs.lstat('/usr/bin/strings').ok).toBe(false);
  });
});
