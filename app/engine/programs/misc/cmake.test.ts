import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { debCatalog } from '../testing/debs';
import { tree } from '../testing/images';
import { shellRun } from '../testing/shell';
import { parseCMakeLists } from './cmake-lists';

const LISTS = `cmake_minimum_required(VERSION 3.16)
project(hello CXX)
add_executable(hello main.cpp)
`;

function project(withCompiler = true): OverlayFs {
  return new OverlayFs([
    tree({
      '/usr/bin/cmake': { blob: 9_000_000 },
      '/usr/bin/make': { blob: 250_000 },
      '/bin/mkdir': { blob: 70_000 },
      ...(withCompiler ? { '/usr/bin/c++': { blob: 1_200_000 } } : {}),
      '/src/CMakeLists.txt': LISTS,
      '/src/main.cpp': 'int main() { return 0; }\n',
    }),
  ]);
}

const run = (script: string, fs: OverlayFs) => shellRun(script, fs, debCatalog, { cwd: '/src' });

describe('cmake', () => {
  it('configures a build tree with the enabled languages and the build directory', () => {
    const fs = project();
    const result = run('cmake -S . -B build -DCMAKE_BUILD_TYPE=Release', fs);
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^-- The CXX compiler identification is GNU \d+\.\d+\.\d+$/);
    expect(lines).toContain('-- Check for working CXX compiler: /usr/bin/c++ - skipped');
    expect(lines.at(-2)).toBe('-- Build files have been written to: /src/build');
    expect(fs.stat('/src/build/CMakeCache.txt').ok).toBe(true);
  });

  it('builds each executable with progress lines and leaves it in the build tree', () => {
    const fs = project();
    const result = run(
      'cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null && cmake --build build --parallel',
      fs,
    );
    expect(result.stdout).toBe(
      '[ 50%] Building CXX object CMakeFiles/hello.dir/main.cpp.o\n[100%] Linking CXX executable hello\n[100%] Built target hello\n',
    );
    expect(fs.stat('/src/build/hello').ok).toBe(true);
  });

  it('supports the classic `cd build && cmake .. && make`', () => {
    const fs = project();
    const result = run('mkdir build && cd build && cmake .. >/dev/null && make', fs);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('[100%] Built target hello\n');
    expect(fs.stat('/src/build/hello').ok).toBe(true);
  });

  it('fails as CMake does when no C++ compiler is installed', () => {
    const result = run('cmake -S . -B build', project(false));
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(
      'CMake Error at CMakeLists.txt:2 (project):\n  No CMAKE_CXX_COMPILER could be found.\n',
    );
    expect(result.stdout).toContain('-- Configuring incomplete, errors occurred!\n');
  });

  it('cmake --install --prefix installs the targets and files of install() rules', () => {
    const fs = project();
    fs.writeFile('/src/CMakeLists.txt', {
      text: `${LISTS}install(TARGETS hello DESTINATION bin)\ninstall(FILES README.md DESTINATION share/doc/hello)\n`,
    });
    fs.writeFile('/src/README.md', { text: 'hello\n' });
    const result = run(
      'cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null && cmake --build build >/dev/null && cmake --install build --prefix /opt/hello',
      fs,
    );
    expect([result.exitCode, result.stdout]).toEqual([
      0,
      '-- Install configuration: "Release"\n-- Installing: /opt/hello/bin/hello\n-- Installing: /opt/hello/share/doc/hello/README.md\n',
    ]);
    const node = (path: string) => {
      const st = fs.stat(path);
      return st.ok && st.value.node.kind === 'file' ? st.value.node : undefined;
    };
    expect(node('/opt/hello/bin/hello')?.mode).toBe(0o755);
    expect(node('/opt/hello/bin/hello')?.blob).toBe(node('/src/build/hello')?.blob);
    expect(run('cmake --install build --prefix /opt/hello', fs).stdout).toContain(
      '-- Up-to-date: /opt/hello/bin/hello\n',
    );
  });

  it('make install uses CMAKE_INSTALL_PREFIX and DESTDIR; a target with no DESTINATION goes to bin', () => {
    const fs = project();
    fs.writeFile('/src/CMakeLists.txt', { text: `${LISTS}install(TARGETS hello)\n` });
    const result = run(
      'cmake -S . -B build -DCMAKE_INSTALL_PREFIX=/usr >/dev/null && cd build && make install DESTDIR=/out',
      fs,
    );
    expect(result.stdout).toMatch(
      /\[100%\] Built target hello\nInstall the project\.\.\.\n-- Install configuration: ""\n-- Installing: \/out\/usr\/bin\/hello\n$/,
    );
    expect(fs.stat('/out/usr/bin/hello').ok).toBe(true);
  });

  it('cmake --install fails as CMake does when the target was not built', () => {
    const fs = project();
    fs.writeFile('/src/CMakeLists.txt', { text: `${LISTS}install(TARGETS hello)\n` });
    const result = run('cmake -S . -B build >/dev/null && cmake --install build', fs);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('file INSTALL cannot find\n  "/src/build/hello":\n');
  });

  it('fails without a CMakeLists.txt', () => {
    const result = run('cmake -S /nowhere -B build', project());
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('does not appear to contain CMakeLists.txt');
  });
});

describe('parseCMakeLists', () => {
  it('enables C and CXX unless project() names its languages', () => {
    expect(parseCMakeLists('project(app VERSION 1.2)').languages).toEqual(['C', 'CXX']);
    expect(parseCMakeLists('project(app VERSION 1.2 LANGUAGES C)').languages).toEqual(['C']);
  });

  it('reads executables and their sources, ignoring comments', () => {
    const parsed = parseCMakeLists(
      '# add_executable(old x.c)\nadd_executable(tool src/a.c src/b.c)\n',
    );
    expect(parsed.executables).toEqual([{ name: 'tool', sources: ['src/a.c', 'src/b.c'] }]);
  });
});
