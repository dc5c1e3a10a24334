// `apt-get install sudo` in a Debian container leaves /etc/sudoers as Debian ships it.
import { describe, expect, it } from 'vitest';
import { busyboxTerminals } from './testing/terminal';

const terminal = busyboxTerminals('docker pull -q debian:bookworm');

describe('apt-get install sudo', () => {
  it('installs /etc/sudoers and its README read-only, root:root, with the default rules', () => {
    const t = terminal();
    t.run('docker run -d --name deb debian:bookworm sleep 3600');
    expect(t.run('docker exec deb sh -c "apt-get update && apt-get install -y sudo"').code).toBe(0);
    const listed = t.run('docker exec deb ls -l /etc/sudoers /etc/sudoers.d/README');
    expect(listed.out).toMatch(/^-r--r----- 1 root root 1714 .* \/etc\/sudoers\n/);
    expect(listed.out).toMatch(/\n-r--r----- 1 root root 1068 .* \/etc\/sudoers\.d\/README\n$/);
    expect(t.run('docker exec deb grep -c ^@includedir /etc/sudoers').out).toBe('1\n');
    // root may run anything through the installed file's `root ALL=(ALL:ALL) ALL`.
    expect(t.run('docker exec deb sudo -u nobody id -un').out).toBe('nobody\n');
  });
});
