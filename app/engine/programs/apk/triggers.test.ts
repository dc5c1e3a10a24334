import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { fakeCatalog, fakePackage } from '../testing/fake-catalog';
import { runProgram } from '../testing/fake-io';
import { tree } from '../testing/images';
import { apkProgram } from './apk';

const catalog = fakeCatalog(
  [
    fakePackage('apk', 'ca-certificates', {
      version: '20250911-r0',
      files: [
        { path: '/usr/sbin/update-ca-certificates', size: 30_000 },
        { path: '/usr/share/ca-certificates/mozilla/ISRG_Root_X1.crt', size: 1_939 },
      ],
    }),
    fakePackage('apk', 'tzdata', {
      version: '2025b-r0',
      files: [{ path: '/usr/share/zoneinfo/UTC', size: 114 }],
    }),
  ],
  { distro: 'alpine' },
);
const apk = apkProgram(catalog);

const INSTALLED =
  'C:Q1abc=\nP:busybox\nV:1.37.0-r19\nA:x86_64\nI:800000\nF:bin\nR:busybox\n\n' +
  'C:Q1def=\nP:ca-certificates-bundle\nV:20250911-r0\nA:x86_64\nI:226000\nF:etc/ssl/certs\nR:ca-certificates.crt\n';

function alpineFs(): OverlayFs {
  return new OverlayFs([
    tree({
      '/etc/alpine-release': '3.22.2\n',
      '/etc/apk/world': 'busybox\n',
      '/lib/apk/db/installed': INSTALLED,
      '/bin/busybox': { blob: 800_000 },
      '/etc/ssl/certs/ca-certificates.crt': { blob: 226_000 },
    }),
  ]);
}

describe('apk triggers', () => {
  it("installing ca-certificates runs its trigger after busybox's, which links the certificates", () => {
    const fs = alpineFs();
    const out = runProgram(apk, ['apk', 'add', '--no-cache', 'ca-certificates'], fs).stdout;
    expect(out).toContain(
      '(1/1) Installing ca-certificates (20250911-r0)\n' +
        'Executing busybox-1.37.0-r19.trigger\n' +
        'Executing ca-certificates-20250911-r0.trigger\n' +
        'OK: ',
    );
    const pem = fs.lstat('/etc/ssl/certs/ISRG_Root_X1.pem');
    expect(pem.ok && pem.value.node.kind === 'symlink' && pem.value.node.target).toBe(
      '/usr/share/ca-certificates/mozilla/ISRG_Root_X1.crt',
    );
  });

  it('a package outside its folders does not run it, even with ca-certificates installed', () => {
    const fs = alpineFs();
    runProgram(apk, ['apk', 'add', '--no-cache', 'ca-certificates'], fs);
    const out = runProgram(apk, ['apk', 'add', '--no-cache', 'tzdata'], fs).stdout;
    expect(out).toContain('Executing busybox-1.37.0-r19.trigger\n');
    expect(out).not.toContain('ca-certificates-20250911-r0.trigger');
  });

  it('an install that changes no files (a virtual group of installed packages) runs none', () => {
    const fs = alpineFs();
    const out = runProgram(apk, ['apk', 'add', '--virtual', '.deps', 'busybox'], fs).stdout;
    expect(out).toContain('Installing .deps');
    expect(out).not.toContain('trigger');
  });
});
