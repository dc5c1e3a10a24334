import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../catalog';
import { OverlayFs } from '../../fs/overlay';
import { readText } from '../common/fs-helpers';
import { tree, type TreeSpec } from '../testing/images';
import { shellRun } from '../testing/shell';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

/** debian:trixie-slim with wget and a C toolchain (stand-in binaries, as apt would install). */
function trixie(tools = true): OverlayFs {
  const base = catalog.image('debian', 'trixie-slim')?.layers.map((l) => l.tree) ?? [];
  const extra: TreeSpec = { '/usr/bin/wget': { blob: 500_000 } };
  if (tools)
    Object.assign(extra, {
      '/usr/bin/gcc': { blob: 1_000_000 },
      '/usr/bin/make': { blob: 250_000 },
    });
  return new OverlayFs([...base, tree(extra)]);
}

const FETCH =
  'wget -q -O python.tar.xz https://www.python.org/ftp/python/3.14.2/Python-3.14.2.tar.xz && mkdir -p /usr/src/python && tar --extract --directory /usr/src/python --strip-components=1 --file python.tar.xz && cd /usr/src/python';

describe('building CPython from its source tarball', () => {
  it('unpacks the source tree, configures, builds and installs a Python that runs', () => {
    const fs = trixie();
    const result = shellRun(
      `${FETCH} && ./configure --enable-shared --with-ensurepip && make -j 2 && rm python && make python && make install && python3 --version`,
      fs,
      catalog,
      {
        cwd: '/tmp',
        env: { PYTHON_VERSION: '3.14.2' },
      },
    );
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('checking build system type... x86_64-pc-linux-gnu\n');
    expect(result.stdout).toContain('configure: creating Makefile\n');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('Python 3.14.2');
    expect(readText(fs, '/usr/src/python/Makefile')).toMatch(
      /^LAYERCAKE_MODEL=\tcpython 3\.14\.2$/m,
    );
    for (const path of [
      '/usr/local/bin/python3.14',
      '/usr/local/lib/libpython3.14.so.1.0',
      '/usr/local/lib/python3.14/os.py',
    ])
      expect(fs.stat(path).ok, path).toBe(true);
    expect(result.notes.join('\n')).toMatch(/make did not compile CPython 3\.14\.2/);
  });

  it("fails in configure, in autoconf's words, when no C compiler is installed", () => {
    const result = shellRun(`${FETCH} && ./configure`, trixie(false), catalog, { cwd: '/tmp' });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(
      "configure: error: in '/usr/src/python':\nconfigure: error: no acceptable C compiler found in $PATH\nSee 'config.log' for more details\n",
    );
  });

  it('altinstall leaves out the unversioned python3 and pip3 links', () => {
    const fs = trixie();
    const result = shellRun(`${FETCH} && ./configure && make altinstall`, fs, catalog, {
      cwd: '/tmp',
    });
    expect(result.exitCode).toBe(0);
    expect(fs.stat('/usr/local/bin/python3.14').ok).toBe(true);
    expect(fs.lstat('/usr/local/bin/python3').ok).toBe(false);
  });

  it("lists the interpreter's libraries with ldd, and ldconfig refreshes the loader cache", () => {
    const fs = trixie();
    shellRun(`${FETCH} && ./configure --enable-shared && make && make install`, fs, catalog, {
      cwd: '/tmp',
    });
    const result = shellRun('ldd /usr/local/bin/python3.14 && ldconfig', fs, catalog);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^\tlinux-vdso\.so\.1 \(0x00007f[0-9a-f]{7}000\)$/);
    expect(lines[1]).toMatch(
      /^\tlibpython3\.14\.so\.1\.0 => \/usr\/local\/lib\/libpython3\.14\.so\.1\.0 \(0x/,
    );
    expect(result.stdout).toMatch(/\tlibc\.so\.6 => \/lib\/x86_64-linux-gnu\/libc\.so\.6 \(0x/);
    expect(lines.at(-2)).toMatch(/^\t\/lib64\/ld-linux-x86-64\.so\.2 \(0x/);
    expect(fs.stat('/etc/ld.so.cache').ok).toBe(true);
  });
});
