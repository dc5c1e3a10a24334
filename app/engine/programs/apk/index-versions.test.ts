import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { readText } from '../common/fs-helpers';
import { fakeCatalog, fakePackage } from '../testing/fake-catalog';
import { runProgram } from '../testing/fake-io';
import { tree } from '../testing/images';
import { apkProgram } from './apk';

const apk = apkProgram(
  fakeCatalog(
    [
      fakePackage('apk', 'busybox', {
        version: '1.37.0-r19',
        files: [{ path: '/bin/busybox', size: 810_000 }],
      }),
      fakePackage('apk', 'musl', {
        version: '1.2.5-r10',
        files: [{ path: '/lib/ld-musl-x86_64.so.1', size: 700_000 }],
      }),
      fakePackage('apk', 'tini', {
        version: '0.19.0-r3',
        files: [{ path: '/sbin/tini', size: 34_000 }],
      }),
    ],
    { distro: 'alpine' },
  ),
);

const INSTALLED =
  'C:Q1abc=\nP:busybox\nV:1.37.0-r18\nA:x86_64\nI:800000\nT:Size optimized toolbox\nF:bin\nR:busybox\n\nC:Q1def=\nP:musl\nV:1.2.5-r10\nA:x86_64\nI:7340032\nF:lib\nR:ld-musl-x86_64.so.1\n';

function alpineFs(release = '3.22.2'): OverlayFs {
  return new OverlayFs([
    tree({
      '/etc/alpine-release': `${release}\n`,
      '/etc/apk/world': 'busybox\nmusl\n',
      '/lib/apk/db/installed': INSTALLED,
      '/bin/busybox': { blob: 800_000 },
      '/lib/ld-musl-x86_64.so.1': { blob: 700_000 },
    }),
  ]);
}

describe('apk upgrade', () => {
  it('upgrades the installed packages whose version in the index is newer', () => {
    const fs = alpineFs();
    const result = runProgram(apk, ['apk', 'upgrade', '--no-cache'], fs);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'fetch https://dl-cdn.alpinelinux.org/alpine/v3.22/main/x86_64/APKINDEX.tar.gz\n' +
        'fetch https://dl-cdn.alpinelinux.org/alpine/v3.22/community/x86_64/APKINDEX.tar.gz\n' +
        '(1/1) Upgrading busybox (1.37.0-r18 -> 1.37.0-r19)\n' +
        'Executing busybox-1.37.0-r19.trigger\n' +
        'OK: 7 MiB in 2 packages\n',
    );
    expect(readText(fs, '/lib/apk/db/installed')).toContain('P:busybox\nV:1.37.0-r19\n');
  });

  it('leaves an older release as it is: its packages are the last of their branch', () => {
    const result = runProgram(apk, ['apk', 'upgrade', '--no-cache'], alpineFs('3.20.8'));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/APKINDEX.tar.gz\nOK: 7 MiB in 2 packages\n$/);
  });
});

describe('apk -q', () => {
  it('prints no progress, as apk-tools at verbosity 0', () => {
    const fs = alpineFs();
    const result = runProgram(apk, ['apk', 'add', '-q', '--no-cache', 'tini'], fs);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(fs.stat('/sbin/tini').ok).toBe(true);
  });
});

describe('apk add with a version constraint', () => {
  it('refuses a pin the index cannot meet, naming the version it has', () => {
    const fs = alpineFs();
    const result = runProgram(apk, ['apk', 'add', '--no-cache', 'tini==0.19.0-r2'], fs);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'ERROR: unable to select packages:\n  tini-0.19.0-r3:\n    breaks: world[tini=0.19.0-r2]\n',
    );
    expect(fs.stat('/sbin/tini').ok).toBe(false);
  });

  it('installs when the constraint holds, and keeps it in world', () => {
    const fs = alpineFs();
    expect(runProgram(apk, ['apk', 'add', '--no-cache', 'tini>=0.19', 'musl~1.2'], fs).code).toBe(
      0,
    );
    expect(fs.stat('/sbin/tini').ok).toBe(true);
    expect(readText(fs, '/etc/apk/world')).toContain('tini>=0.19\n');
  });
});
