import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { tree } from '../testing/images';
import { servicePostinst } from './service-postinst';

const image = (os: string) =>
  new OverlayFs([
    tree({
      '/etc/os-release': os,
      '/usr/sbin/policy-rc.d': '#!/bin/sh\nexit 101\n',
      '/etc/systemd/system/': '',
    }),
  ]);

describe('a service package set up in a container', () => {
  it("is refused a start by Docker's policy-rc.d, then enabled with a unit symlink", () => {
    const fs = image('ID=debian\nVERSION_ID="12"\n');
    expect(servicePostinst(fs, 'cron')).toBe(
      'invoke-rc.d: could not determine current runlevel\n' +
        'invoke-rc.d: policy-rc.d denied execution of start.\n' +
        'Created symlink /etc/systemd/system/multi-user.target.wants/cron.service \u2192 /lib/systemd/system/cron.service.\n',
    );
    const link = fs.lstat('/etc/systemd/system/multi-user.target.wants/cron.service');
    expect(link.ok && link.value.node.kind).toBe('symlink');
    // A reinstall finds the unit enabled already.
    expect(servicePostinst(fs, 'cron')).not.toContain('Created symlink');
  });

  it('points at /usr/lib/systemd/system from Ubuntu 24.04, and leaves other packages alone', () => {
    const fs = image('ID=ubuntu\nVERSION_ID="24.04"\n');
    expect(servicePostinst(fs, 'nginx')).toContain(
      '\u2192 /usr/lib/systemd/system/nginx.service.\n',
    );
    expect(servicePostinst(fs, 'curl')).toBeUndefined();
  });
});
