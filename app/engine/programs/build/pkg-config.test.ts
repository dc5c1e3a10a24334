import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { runProgram } from '../testing/fake-io';
import { tree } from '../testing/images';
import { pkgConfigProgram } from './pkg-config';

const fs = () =>
  new OverlayFs([
    tree({
      '/usr/lib/x86_64-linux-gnu/pkgconfig/zlib.pc': { blob: 262 },
      '/usr/local/lib/pkgconfig/calc.pc':
        'prefix=/usr/local\nlibdir=${prefix}/lib\nincludedir=${prefix}/include\n\nName: calc\nDescription: A calculator\nVersion: 1.4.0\nLibs: -L${libdir} -lcalc -lm\nCflags: -I${includedir}/calc\n',
      '/opt/pc/sys.pc': 'Name: sys\nVersion: 2\nLibs: -L/usr/lib -lsys\nCflags: -I/usr/include\n',
    }),
  ]);

const run = (args: string[], env: Record<string, string> = {}) => {
  const r = runProgram(pkgConfigProgram, ['pkg-config', ...args], fs(), { env });
  return [r.code, r.stdout, r.stderr];
};

describe('pkg-config', () => {
  it("gives a package's flags, from its .pc text or, for a stand-in, what the library links", () => {
    expect(run(['--cflags', '--libs', 'zlib'])).toEqual([0, '-lz\n', '']);
    expect(run(['--libs', 'calc'])).toEqual([0, '-L/usr/local/lib -lcalc -lm\n', '']);
    expect(run(['--cflags', 'calc', 'zlib'])).toEqual([0, '-I/usr/local/include/calc\n', '']);
    expect(run(['--modversion', 'calc'])).toEqual([0, '1.4.0\n', '']);
    // The compiler's own directories are left out; PKG_CONFIG_PATH is searched first.
    expect(run(['--cflags', '--libs', 'sys'], { PKG_CONFIG_PATH: '/opt/pc' })).toEqual([
      0,
      '-lsys\n',
      '',
    ]);
  });

  it("fails in pkgconf's words for a package it cannot find; --exists only by status", () => {
    expect(run(['--libs', 'libpq', 'gtk4'])).toEqual([
      1,
      '',
      "Package libpq was not found in the pkg-config search path.\nPerhaps you should add the directory containing `libpq.pc'\nto the PKG_CONFIG_PATH environment variable\nPackage 'libpq', required by 'virtual:world', not found\nPackage 'gtk4', required by 'virtual:world', not found\n",
    ]);
    expect(run(['--exists', 'libpq'])).toEqual([1, '', '']);
    expect(run(['--exists', 'zlib'])).toEqual([0, '', '']);
  });
});
