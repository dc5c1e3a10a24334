import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { tree } from '../testing/images';
import { registerAlternatives } from './alternatives';

describe('registerAlternatives', () => {
  it("links cc through /etc/alternatives to gcc and prints update-alternatives' line", () => {
    const fs = new OverlayFs([
      tree({ '/usr/bin/gcc': { link: 'gcc-12' }, '/usr/bin/gcc-12': { blob: 1 } }),
    ]);
    expect(registerAlternatives(fs, 'gcc')).toBe(
      'update-alternatives: using /usr/bin/gcc to provide /usr/bin/cc (cc) in auto mode\n',
    );
    const link = fs.lstat('/usr/bin/cc');
    expect(link.ok && link.value.node.kind === 'symlink' && link.value.node.target).toBe(
      '/etc/alternatives/cc',
    );
    expect(fs.stat('/usr/bin/cc').ok).toBe(true);
    // Set up again (a reinstall): the link is there, nothing is printed.
    expect(registerAlternatives(fs, 'gcc')).toBe('');
  });

  it('makes no link to a provider that is not installed, and none for other packages', () => {
    const fs = new OverlayFs([tree({ '/usr/bin/': '' })]);
    expect(registerAlternatives(fs, 'g++')).toBe('');
    expect(registerAlternatives(fs, 'curl')).toBe('');
    expect(fs.lstat('/usr/bin/c++').ok).toBe(false);
  });

  it('links nc to netcat-traditional, through /bin as the package ships it', () => {
    const fs = new OverlayFs([
      tree({ '/bin': { link: 'usr/bin' }, '/usr/bin/nc.traditional': { blob: 1 } }),
    ]);
    expect(registerAlternatives(fs, 'netcat-traditional')).toBe(
      'update-alternatives: using /bin/nc.traditional to provide /bin/nc (nc) in auto mode\n',
    );
    expect(fs.stat('/usr/bin/nc').ok).toBe(true);
  });
});
