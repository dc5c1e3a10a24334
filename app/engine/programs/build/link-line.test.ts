import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { fakeCatalog } from '../testing/fake-catalog';
import { runProgram } from '../testing/fake-io';
import { shellRun } from '../testing/shell';
import { tree } from '../testing/images';
import { ccProgram } from './cc';
import { lddProgram } from './ldd';

const ADDRESS = '\\(0x00007f[0-9a-f]{7}000\\)';

/** A Debian build image: libc, zlib's runtime and dev link, the C++ runtime. */
const debian = (extra: Record<string, string | { blob: number }> = {}) =>
  new OverlayFs([
    tree({
      '/src/main.c': 'int main(void) { return 0; }\n',
      '/src/main.cpp': 'int main() { return 0; }\n',
      '/usr/lib/x86_64-linux-gnu/libc.so.6': { blob: 2_000_000 },
      '/usr/lib/x86_64-linux-gnu/libm.so.6': { blob: 900_000 },
      '/usr/lib/x86_64-linux-gnu/libz.so.1': { blob: 120_000 },
      '/usr/lib/x86_64-linux-gnu/libgcc_s.so.1': { blob: 120_000 },
      '/usr/lib/x86_64-linux-gnu/libstdc++.so.6': { blob: 2_400_000 },
      '/usr/lib64/ld-linux-x86-64.so.2': { blob: 236_000 },
      '/lib': { link: 'usr/lib' },
      '/lib64': { link: 'usr/lib64' },
      ...extra,
    }),
  ]);

const compile = (fs: OverlayFs, argv: string[], userland?: 'busybox') =>
  expect(runProgram(ccProgram, argv, fs, { cwd: '/src', userland }).code).toBe(0);

describe('ldd of what the C compilers linked', () => {
  it("lists the link line's libraries, then libc and the loader, in the loader's order", () => {
    const fs = debian();
    compile(fs, ['gcc', '-O2', '-o', 'app', 'main.c', '-lz', '-lpthread', '-lm']);
    const ldd = runProgram(lddProgram, ['ldd', '/src/app'], fs);
    expect(ldd.code).toBe(0);
    expect(ldd.stdout).toMatch(
      new RegExp(
        `^\\tlinux-vdso\\.so\\.1 ${ADDRESS}\\n` +
          `\\tlibz\\.so\\.1 => /lib/x86_64-linux-gnu/libz\\.so\\.1 ${ADDRESS}\\n` +
          `\\tlibm\\.so\\.6 => /lib/x86_64-linux-gnu/libm\\.so\\.6 ${ADDRESS}\\n` +
          `\\tlibc\\.so\\.6 => /lib/x86_64-linux-gnu/libc\\.so\\.6 ${ADDRESS}\\n` +
          `\\t/lib64/ld-linux-x86-64\\.so\\.2 ${ADDRESS}\\n$`,
      ),
    );
  });

  it('gives a C++ program libstdc++, libm and libgcc_s before libc', () => {
    const fs = debian();
    compile(fs, ['c++', '-O3', '-DNDEBUG', '-o', '/src/calc', '/src/main.cpp']);
    const names = runProgram(lddProgram, ['ldd', '/src/calc'], fs)
      .stdout.split('\n')
      .map((l) => l.trim().split(' ')[0]);
    expect(names).toEqual([
      'linux-vdso.so.1',
      'libstdc++.so.6',
      'libm.so.6',
      'libgcc_s.so.1',
      'libc.so.6',
      '/lib64/ld-linux-x86-64.so.2',
      '',
    ]);
  });

  it('says which library the image lacks, and that a -static build is not dynamic', () => {
    const fs = debian();
    compile(fs, ['gcc', '-o', 'app', 'main.c', '-lsqlite3']);
    expect(runProgram(lddProgram, ['ldd', 'app'], fs, { cwd: '/src' }).stdout).toContain(
      '\tlibsqlite3.so.0 => not found\n',
    );
    compile(fs, ['gcc', '-static', '-o', 'static', 'main.c', '-lz']);
    expect(runProgram(lddProgram, ['ldd', 'static'], fs, { cwd: '/src' })).toMatchObject({
      code: 1,
      stdout: '',
      stderr: '\tnot a dynamic executable\n',
    });
  });

  it("is musl's loader on Alpine: static binaries are not valid dynamic programs", () => {
    const alpine = new OverlayFs([
      tree({
        '/src/main.c': 'int main(void) { return 0; }\n',
        '/lib/ld-musl-x86_64.so.1': { blob: 660_000 },
        '/usr/lib/libstdc++.so.6': { blob: 2_400_000 },
        '/usr/lib/libgcc_s.so.1': { blob: 120_000 },
      }),
    ]);
    compile(alpine, ['gcc', '-static', '-o', 'server', 'main.c'], 'busybox');
    expect(
      runProgram(lddProgram, ['ldd', './server'], alpine, { cwd: '/src', userland: 'busybox' }),
    ).toMatchObject({
      code: 1,
      stderr: '/lib/ld-musl-x86_64.so.1: ./server: Not a valid dynamic program\n',
    });
    // g++ on musl: no libm (it is libc), and musl's libc is its loader.
    compile(alpine, ['g++', '-o', 'cxx', 'main.c', '-lz'], 'busybox');
    const cxx = runProgram(lddProgram, ['ldd', '/src/cxx'], alpine, { userland: 'busybox' });
    expect(cxx.code).toBe(127);
    expect(cxx.stdout).toMatch(
      /^\t\/lib\/ld-musl-x86_64\.so\.1 \(0x7f[0-9a-f]{7}000\)\n\tlibstdc\+\+\.so\.6 => \/usr\/lib\/libstdc\+\+\.so\.6 .*\n\tlibgcc_s\.so\.1 => \/usr\/lib\/libgcc_s\.so\.1 .*\n\tlibc\.musl-x86_64\.so\.1 => \/lib\/ld-musl-x86_64\.so\.1 .*\n$/,
    );
    expect(cxx.stderr).toBe(
      'Error loading shared library libz.so.1: No such file or directory (needed by /src/cxx)\n',
    );
  });

  it("musl's loader answers for glibc's libc.so.6 itself", () => {
    const fs = debian();
    compile(fs, ['gcc', '-o', '/app', 'main.c']);
    const alpine = new OverlayFs([tree({ '/lib/ld-musl-x86_64.so.1': { blob: 660_000 } })]);
    const st = fs.stat('/app');
    const blob = st.ok && st.value.node.kind === 'file' ? (st.value.node.blob ?? '') : '';
    alpine.writeFile('/app', { blob, size: 16_000 });
    alpine.chmod('/app', 0o755);
    const ldd = runProgram(lddProgram, ['ldd', '/app'], alpine, { userland: 'busybox' });
    expect(ldd.stdout).toMatch(/\n\tlibc\.so\.6 => \/lib\/ld-musl-x86_64\.so\.1 \(0x7f/);
  });

  it("calls a static Go binary not dynamic, in glibc's words and in musl's", () => {
    const fs = debian();
    fs.writeFile('/server', { blob: 'go-binary:0a1b:1', size: 7_000_000 });
    fs.chmod('/server', 0o755);
    expect(runProgram(lddProgram, ['ldd', '/server'], fs)).toMatchObject({
      code: 1,
      stderr: '\tnot a dynamic executable\n',
    });
    expect(runProgram(lddProgram, ['ldd', '/server'], fs, { userland: 'busybox' })).toMatchObject({
      code: 1,
      stderr: '/lib/ld-musl-x86_64.so.1: /server: Not a valid dynamic program\n',
    });
  });

  it("stops a program whose library is missing with the loader's words, exit 127", () => {
    const fs = debian();
    compile(fs, ['gcc', '-o', '/usr/local/bin/app', 'main.c', '-lz', '-lsqlite3']);
    const run = shellRun('app; echo "status $?"', fs, fakeCatalog([]));
    expect(run.stderr).toBe(
      'app: error while loading shared libraries: libsqlite3.so.0: cannot open shared object file: No such file or directory\n',
    );
    expect(run.stdout).toBe('status 127\n');
    // musl's loader names the library and the program that needs it.
    const alpine = new OverlayFs([
      tree({
        '/src/main.c': 'int main(void) { return 0; }\n',
        '/lib/ld-musl-x86_64.so.1': { blob: 660_000 },
      }),
    ]);
    compile(alpine, ['gcc', '-o', '/src/app', 'main.c', '-lz'], 'busybox');
    const musl = shellRun('./app', alpine, fakeCatalog([]), { cwd: '/src', userland: 'busybox' });
    expect([musl.exitCode, musl.stderr]).toEqual([
      127,
      'Error loading shared library libz.so.1: No such file or directory (needed by ./app)\n',
    ]);
  });
});
