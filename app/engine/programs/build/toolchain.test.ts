import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { runProgram } from '../testing/fake-io';
import { tree } from '../testing/images';
import { ccProgram, stripProgram } from './cc';
import { dpkgArchitectureProgram, dpkgBuildflagsProgram } from './dpkg-dev';
import { lddProgram } from './ldd';
import { scanelfProgram } from './scanelf';

const empty = () => new OverlayFs([tree({ '/src/': '' })]);

describe('dpkg-architecture and dpkg-buildflags', () => {
  it('answer the GNU triplet for glibc and for musl', () => {
    const query = ['dpkg-architecture', '--query', 'DEB_BUILD_GNU_TYPE'];
    expect(runProgram(dpkgArchitectureProgram, query, empty()).stdout).toBe('x86_64-linux-gnu\n');
    expect(
      runProgram(dpkgArchitectureProgram, query, empty(), { userland: 'busybox' }).stdout,
    ).toBe('x86_64-linux-musl\n');
    const bad = runProgram(dpkgArchitectureProgram, ['dpkg-architecture', '-q', 'NOPE'], empty());
    expect(bad).toMatchObject({
      code: 255,
      stderr: 'dpkg-architecture: error: NOPE is not a supported variable name\n',
    });
  });

  it("give Debian's hardening flags, with the working directory mapped away", () => {
    const cflags = runProgram(
      dpkgBuildflagsProgram,
      ['dpkg-buildflags', '--get', 'CFLAGS'],
      empty(),
      { cwd: '/usr/src/python' },
    );
    expect(cflags.stdout).toBe(
      '-g -O2 -Werror=implicit-function-declaration -ffile-prefix-map=/usr/src/python=. -fstack-protector-strong -fstack-clash-protection -Wformat -Werror=format-security -fcf-protection\n',
    );
    expect(
      runProgram(dpkgBuildflagsProgram, ['dpkg-buildflags', '--get', 'LDFLAGS'], empty()).stdout,
    ).toBe('-Wl,-z,relro\n');
  });
});

describe('cc and strip', () => {
  it('write an object or an executable of plausible size where gcc would, with a note', () => {
    const fs = new OverlayFs([tree({ '/src/hello.c': 'int main(void) { return 0; }\n' })]);
    const object = runProgram(ccProgram, ['gcc', '-c', 'hello.c'], fs, { cwd: '/src' });
    expect(object.code).toBe(0);
    expect(fs.stat('/src/hello.o').ok).toBe(true);
    runProgram(ccProgram, ['gcc', '-O2', '-o', 'hello', 'hello.c'], fs, { cwd: '/src' });
    const exe = fs.stat('/src/hello');
    expect(exe.ok && exe.value.node.kind === 'file' && exe.value.node.mode).toBe(0o755);
    expect(object.notes[0]).toMatch(/did not compile anything/);
    const before = fs.readFile('/src/hello');
    runProgram(stripProgram, ['strip', 'hello'], fs, { cwd: '/src' });
    const after = fs.readFile('/src/hello');
    expect(after.ok && before.ok && after.value.size).toBeLessThan(
      before.ok ? before.value.size : 0,
    );
  });

  it('fails as gcc does on a missing source or no input at all', () => {
    const missing = runProgram(ccProgram, ['gcc', 'nope.c'], empty(), { cwd: '/src' });
    expect(missing).toMatchObject({
      code: 1,
      stderr:
        'gcc: error: nope.c: No such file or directory\ngcc: fatal error: no input files\ncompilation terminated.\n',
    });
    expect(runProgram(ccProgram, ['cc'], empty()).stderr).toBe(
      'cc: fatal error: no input files\ncompilation terminated.\n',
    );
    expect(runProgram(ccProgram, ['gcc', '--version'], empty()).stdout).toMatch(
      /^gcc \(Debian 14\.2\.0-19\) 14\.2\.0\n/,
    );
  });
});

describe('ldd and scanelf', () => {
  const image = () =>
    new OverlayFs([
      tree({
        '/usr/local/bin/node': { blob: 119_000_000 },
        '/usr/local/bin/docker-entrypoint.sh': '#!/bin/sh\nexec "$@"\n',
        '/usr/lib/x86_64-linux-gnu/libc.so.6': { blob: 2_000_000 },
        '/usr/lib/x86_64-linux-gnu/libm.so.6': { blob: 900_000 },
        '/usr/lib/x86_64-linux-gnu/libgcc_s.so.1': { blob: 120_000 },
        '/lib': { link: 'usr/lib' },
      }),
    ]);

  it('resolves what a binary links and says which library is missing', () => {
    const result = runProgram(lddProgram, ['ldd', '/usr/local/bin/node'], image());
    expect(result.stdout).toContain('\tlibstdc++.so.6 => not found\n');
    expect(result.stdout).toMatch(
      /\tlibm\.so\.6 => \/lib\/x86_64-linux-gnu\/libm\.so\.6 \(0x00007f[0-9a-f]{7}000\)\n/,
    );
  });

  it('calls a script not a dynamic executable, and a missing file an error', () => {
    const script = runProgram(lddProgram, ['ldd', '/usr/local/bin/docker-entrypoint.sh'], image());
    expect(script).toMatchObject({ code: 1, stdout: '', stderr: '\tnot a dynamic executable\n' });
    expect(runProgram(lddProgram, ['ldd', '/nope'], image())).toMatchObject({
      code: 1,
      stderr: 'ldd: /nope: No such file or directory\n',
    });
  });

  it('scanelf prints the needed list in the format Alpine Dockerfiles ask for', () => {
    const fs = new OverlayFs([tree({ '/usr/local/bin/python3.14': { blob: 17_680 } })]);
    const result = runProgram(
      scanelfProgram,
      ['scanelf', '--needed', '--nobanner', '--format', '%n#p', '/usr/local/bin/python3.14'],
      fs,
      { userland: 'busybox' },
    );
    expect(result.stdout).toBe('libpython3.14.so.1.0,libc.musl-x86_64.so.1\n');
  });
});
