import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { listDir, readText } from '../common/fs-helpers';
import { fakeCatalog, fakePackage } from '../testing/fake-catalog';
import { runProgram } from '../testing/fake-io';
import { tree } from '../testing/images';
import { apkProgram } from './apk';

const catalog = fakeCatalog(
  [
    fakePackage('apk', 'curl', {
      version: '8.14.1-r2',
      depends: ['libcurl', 'ca-certificates'],
      files: [{ path: '/usr/bin/curl', size: 250_000 }],
    }),
    fakePackage('apk', 'libcurl', {
      version: '8.14.1-r2',
      files: [{ path: '/usr/lib/libcurl.so.4', size: 700_000 }],
    }),
    fakePackage('apk', 'ca-certificates', {
      version: '20250619-r0',
      files: [{ path: '/etc/ssl/certs/ca-certificates.crt', size: 220_000 }],
    }),
    fakePackage('apk', 'gcc', {
      version: '14.2.0-r6',
      files: [{ path: '/usr/bin/gcc', size: 40_000_000 }],
    }),
  ],
  { distro: 'alpine' },
);
const apk = apkProgram(catalog);

const INSTALLED =
  'C:Q1abc=\nP:busybox\nV:1.37.0-r18\nA:x86_64\nI:800000\nT:Size optimized toolbox\nF:bin\nR:busybox\n\nC:Q1def=\nP:musl\nV:1.2.5-r10\nA:x86_64\nI:7340032\nF:lib\nR:ld-musl-x86_64.so.1\n';

function alpineFs(): OverlayFs {
  return new OverlayFs([
    tree({
      '/etc/alpine-release': '3.22.2\n',
      '/etc/apk/world': 'busybox\nmusl\n',
      '/lib/apk/db/installed': INSTALLED,
      '/bin/busybox': { blob: 800_000 },
      '/lib/ld-musl-x86_64.so.1': { blob: 700_000 },
      '/var/cache/apk/': '',
    }),
  ]);
}

describe('apk', () => {
  it('apk add --no-cache leaves no index cache', () => {
    const fs = alpineFs();
    const result = runProgram(apk, ['apk', 'add', '--no-cache', 'curl'], fs);
    expect(result.stdout).toBe(
      'fetch https://dl-cdn.alpinelinux.org/alpine/v3.22/main/x86_64/APKINDEX.tar.gz\n' +
        'fetch https://dl-cdn.alpinelinux.org/alpine/v3.22/community/x86_64/APKINDEX.tar.gz\n' +
        '(1/3) Installing libcurl (8.14.1-r2)\n' +
        '(2/3) Installing ca-certificates (20250619-r0)\n' +
        '(3/3) Installing curl (8.14.1-r2)\n' +
        'Executing busybox-1.37.0-r18.trigger\n' +
        'Executing ca-certificates-20250619-r0.trigger\n' +
        'OK: 8 MiB in 5 packages\n',
    );
    expect(listDir(fs, '/var/cache/apk')).toEqual([]);
    expect(fs.stat('/usr/bin/curl').ok).toBe(true);
    expect(readText(fs, '/lib/apk/db/installed')).toContain('P:curl\nV:8.14.1-r2\n');
    expect(readText(fs, '/etc/apk/world')).toBe('busybox\ncurl\nmusl\n');
  });

  it('apk add without --no-cache keeps the indexes in /var/cache/apk', () => {
    const fs = alpineFs();
    runProgram(apk, ['apk', 'add', 'curl'], fs);
    const cached = listDir(fs, '/var/cache/apk');
    expect(cached).toHaveLength(2);
    expect(cached.every((name) => /^APKINDEX\.[0-9a-f]{8}\.tar\.gz$/.test(name))).toBe(true);
    expect(runProgram(apk, ['apk', 'add', 'gcc'], fs).stdout).not.toContain('fetch');
  });

  it('installs a --virtual group and deletes it with everything it pulled in', () => {
    const fs = alpineFs();
    const added = runProgram(
      apk,
      ['apk', 'add', '--no-cache', '--virtual', '.build-deps', 'gcc', 'curl'],
      fs,
    );
    expect(added.stdout).toContain('(5/5) Installing .build-deps (20260115.090000)\n');
    expect(readText(fs, '/etc/apk/world')).toBe('.build-deps\nbusybox\nmusl\n');
    const removed = runProgram(apk, ['apk', 'del', '.build-deps'], fs);
    expect(removed.stdout).toContain('Purging .build-deps (20260115.090000)\n');
    expect(removed.stdout).toContain('Purging gcc (14.2.0-r6)\n');
    expect(removed.stdout).toMatch(/OK: 7 MiB in 2 packages\n$/);
    expect(fs.stat('/usr/bin/gcc').ok).toBe(false);
  });

  it('keeps what a second --virtual group needs by so: name when the first is deleted', () => {
    const fs = alpineFs();
    runProgram(apk, ['apk', 'add', '--no-cache', '--virtual', '.build-deps', 'gcc', 'curl'], fs);
    const rundeps = runProgram(
      apk,
      ['apk', 'add', '--no-network', '--virtual', '.rundeps', 'so:libcurl.so.4'],
      fs,
    );
    // The library is installed already: only the virtual package is added.
    expect(rundeps.stdout).toContain('(1/1) Installing .rundeps (20260115.090000)\n');
    const removed = runProgram(apk, ['apk', 'del', '--no-network', '.build-deps'], fs);
    expect(removed.stdout).toContain('Purging gcc (14.2.0-r6)\n');
    expect(removed.stdout).not.toContain('Purging libcurl');
    expect(fs.stat('/usr/lib/libcurl.so.4').ok).toBe(true);
    expect(fs.stat('/usr/bin/curl').ok).toBe(false);
  });

  it('fails as apk does on a so: name no package provides', () => {
    const result = runProgram(apk, ['apk', 'add', 'so:libnope.so.9'], alpineFs());
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'ERROR: unable to select packages:\n  so:libnope.so.9 (no such package):\n    required by: world[so:libnope.so.9]\n',
    );
  });

  it('fetches an extra repository given with -X, and pins a package it does not know', () => {
    const result = runProgram(
      apk,
      [
        'apk',
        'add',
        '-X',
        'https://nginx.org/packages/mainline/alpine/v3.22/main',
        '--no-cache',
        'nginx-module-njs=1.29.8.0.9.6-r1',
      ],
      alpineFs(),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'fetch https://nginx.org/packages/mainline/alpine/v3.22/main/x86_64/APKINDEX.tar.gz\n',
    );
    expect(result.stdout).toContain('Installing nginx-module-njs (1.29.8.0.9.6-r1)\n');
    expect(result.stdout).not.toContain('Installing https');
  });

  it('needs root', () => {
    const result = runProgram(apk, ['apk', 'add', 'curl'], alpineFs(), {
      user: { name: 'app', uid: 1000, gid: 1000, home: '/home/app' },
    });
    expect(result.code).toBe(99);
    expect(result.stderr).toContain('ERROR: Unable to lock database: Permission denied\n');
  });
});
