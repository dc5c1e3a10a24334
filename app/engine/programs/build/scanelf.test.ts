import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { runProgram } from '../testing/fake-io';
import { tree } from '../testing/images';
import { scanelfProgram } from './scanelf';

const DYNLOAD = '/usr/local/lib/python3.14/lib-dynload';

const alpinePython = () =>
  new OverlayFs([
    tree({
      '/lib/ld-musl-x86_64.so.1': { blob: 650_000 },
      '/usr/local/bin/python3.14': { blob: 17_680 },
      '/usr/local/bin/pip3': '#!/usr/local/bin/python3.14\nimport pip\n',
      '/usr/local/lib/libpython3.14.so.1.0': { blob: 30_000_000 },
      [`${DYNLOAD}/_bz2.cpython-314-x86_64-linux-musl.so`]: { blob: 80_000 },
      [`${DYNLOAD}/_curses.cpython-314-x86_64-linux-musl.so`]: { blob: 300_000 },
      [`${DYNLOAD}/math.cpython-314-x86_64-linux-musl.so`]: { blob: 200_000 },
    }),
  ]);

function scan(args: string[]) {
  return runProgram(scanelfProgram, ['scanelf', ...args], alpinePython(), {
    userland: 'busybox',
  });
}

describe('scanelf', () => {
  it('walks a tree with --recursive and prints one needed list per ELF file, scripts skipped', () => {
    const result = scan([
      '--needed',
      '--nobanner',
      '--format',
      '%n#p',
      '--recursive',
      '/usr/local',
    ]);
    expect(result.stdout.split('\n').filter(Boolean).sort()).toEqual([
      'libbz2.so.1,libc.musl-x86_64.so.1',
      'libc.musl-x86_64.so.1',
      'libc.musl-x86_64.so.1',
      'libncursesw.so.6,libc.musl-x86_64.so.1',
      'libpython3.14.so.1.0,libc.musl-x86_64.so.1',
    ]);
    expect(result.code).toBe(0);
  });

  it('names libraries as musl systems do: no libm or libtinfo, and libbz2.so.1', () => {
    const result = scan(['-nBR', '-F', '%n#p', DYNLOAD]);
    expect(result.stdout).not.toMatch(/libm\.so|libtinfo|libbz2\.so\.1\.0/);
  });

  it('prints a banner and the TYPE NEEDED FILE columns without a format', () => {
    const result = scan(['--needed', '/usr/local/bin/python3.14']);
    expect(result.stdout).toBe(
      ' TYPE   NEEDED FILE \nET_DYN libpython3.14.so.1.0,libc.musl-x86_64.so.1 /usr/local/bin/python3.14\n',
    );
  });

  it('prints the file name where the format asks for it with %F', () => {
    const result = scan(['-n', '-F', '%n %F', '/usr/local/bin/python3.14']);
    expect(result.stdout).toBe(
      'libpython3.14.so.1.0,libc.musl-x86_64.so.1 /usr/local/bin/python3.14\n',
    );
  });
});
