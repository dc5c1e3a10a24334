/**
 * The sudo package ships /etc/sudoers and /etc/sudoers.d/README with their real text, 0440:
 * what `ls -l /etc/sudoers` and `cat` show after `apt-get install sudo`, and what sudo reads.
 */
import { describe, expect, it } from 'vitest';
import { loadDebWorld } from './world';

const world = loadDebWorld();

function file(release: keyof typeof world, path: string) {
  return world[release].package('sudo')?.files.find((f) => f.path === path);
}

describe("the sudo package's configuration files", () => {
  it('installs /etc/sudoers and its README read-only for root and its group, sized by text', () => {
    for (const release of ['trixie', 'bookworm', 'bullseye', 'noble', 'jammy', 'focal'] as const) {
      for (const path of ['/etc/sudoers', '/etc/sudoers.d/README']) {
        const found = file(release, path);
        expect(found, `${release} ${path}`).toMatchObject({ mode: 0o440 });
        expect(found?.owner).toBeUndefined();
        expect(found?.size).toBe(found?.text?.length);
      }
    }
  });

  it("gives bookworm Debian's default: use_pty, root and %sudo, @includedir", () => {
    const text = file('bookworm', '/etc/sudoers')?.text ?? '';
    expect(text).toContain(
      'Defaults\tenv_reset\nDefaults\tmail_badpass\nDefaults\tsecure_path="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\n',
    );
    expect(text).toContain('\nDefaults\tuse_pty\n');
    expect(text).toContain('\nroot\tALL=(ALL:ALL) ALL\n');
    expect(text).toContain('\n%sudo\tALL=(ALL:ALL) ALL\n');
    expect(text.endsWith('\n@includedir /etc/sudoers.d\n')).toBe(true);
    expect(text).not.toContain('%admin');
    // The sizes `ls -l` shows on Debian 12 and Debian 11.
    expect(text.length).toBe(1714);
    expect(file('bookworm', '/etc/sudoers.d/README')?.size).toBe(1068);
  });

  it('gives bullseye the older form: no use_pty, #includedir', () => {
    const text = file('bullseye', '/etc/sudoers')?.text ?? '';
    expect(text).not.toContain('use_pty');
    expect(text.endsWith('\n#includedir /etc/sudoers.d\n')).toBe(true);
    expect(text.length).toBe(669);
  });

  it("gives Ubuntu /snap/bin in secure_path and the admin group's rule", () => {
    for (const release of ['noble', 'jammy', 'focal'] as const) {
      const text = file(release, '/etc/sudoers')?.text ?? '';
      expect(text).toContain(':/sbin:/bin:/snap/bin"\n');
      expect(text).toContain('\n%admin ALL=(ALL) ALL\n');
    }
    expect(file('focal', '/etc/sudoers')?.text).toContain('\n#includedir /etc/sudoers.d\n');
    expect(file('noble', '/etc/sudoers')?.text).toContain('\n@includedir /etc/sudoers.d\n');
  });
});
