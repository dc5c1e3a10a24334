/**
 * `cmake --install <dir> [--prefix <prefix>]` (and `make install` in a build tree): runs the
 * project's install() rules as cmake_install.cmake does. It prints the configuration, then
 * "-- Installing: <path>" per file (or "-- Up-to-date: <path>" when the same file is there),
 * under --prefix, else the cache's CMAKE_INSTALL_PREFIX (/usr/local), behind $DESTDIR. A
 * target with no DESTINATION goes to bin (CMake 3.14's default); executables keep mode 755,
 * FILES get 644 and PROGRAMS 755. A target that was not built fails as CMake does.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { absolute, ensureDir } from '../common/fs-helpers';
import { parseCMakeLists } from './cmake-lists';

function cacheValue(text: string, key: string): string | undefined {
  return new RegExp(`^${key}:[A-Z]+=(.*)$`, 'm').exec(text)?.[1];
}

function copy(io: ProgramIO, from: string, to: string, mode: number): 'Installing' | 'Up-to-date' {
  const source = io.fs.readFile(from);
  if (!source.ok) return 'Installing';
  const node = source.value.node;
  const content =
    node.kind === 'file' && node.blob !== undefined
      ? { blob: node.blob, size: node.size }
      : { text: source.value.text ?? '' };
  const there = io.fs.readFile(to);
  if (
    there.ok &&
    there.value.node.kind === 'file' &&
    (('blob' in content && there.value.node.blob === content.blob) ||
      ('text' in content && there.value.text === content.text))
  )
    return 'Up-to-date';
  ensureDir(io.fs, to.slice(0, to.lastIndexOf('/')) || '/');
  io.fs.writeFile(to, content, { mode });
  return 'Installing';
}

/** Runs the install rules of the build tree `dir`; returns cmake's exit status. */
export function cmakeInstall(io: ProgramIO, dir: string, prefix: string | undefined): number {
  const cache = io.fs.readFile(`${dir}/CMakeCache.txt`);
  if (!cache.ok || cache.value.text === undefined) {
    io.stderr(
      `CMake Error: Not a file: ${dir}/cmake_install.cmake\nCMake Error: Error processing file: ${dir}/cmake_install.cmake\n`,
    );
    return 1;
  }
  const source = cacheValue(cache.value.text, 'CMAKE_HOME_DIRECTORY') ?? dir;
  const type = cacheValue(cache.value.text, 'CMAKE_BUILD_TYPE') ?? '';
  const destdir = (io.env.DESTDIR ?? '').replace(/\/$/, '');
  const root = prefix ?? cacheValue(cache.value.text, 'CMAKE_INSTALL_PREFIX') ?? '/usr/local';
  const lists = io.fs.readFile(`${source}/CMakeLists.txt`);
  const project = parseCMakeLists(lists.ok ? (lists.value.text ?? '') : '');
  io.stdout(`-- Install configuration: "${type}"\n`);
  for (const rule of project.installs) {
    const destination = rule.destination ?? (rule.kind === 'TARGETS' ? 'bin' : undefined);
    if (destination === undefined) continue;
    const into = `${destdir}${destination.startsWith('/') ? destination : `${root}/${destination}`}`;
    for (const name of rule.names) {
      const from = rule.kind === 'TARGETS' ? `${dir}/${name}` : absolute(source, name);
      if (!io.fs.stat(from).ok) {
        io.stderr(
          `CMake Error at ${dir}/cmake_install.cmake:52 (file):\n  file INSTALL cannot find\n  "${from}":\n  No such file or directory.\n\n\n`,
        );
        return 1;
      }
      const to = `${into}/${name.slice(name.lastIndexOf('/') + 1)}`;
      const verb = copy(io, from, to, rule.kind === 'FILES' ? 0o644 : 0o755);
      io.stdout(`-- ${verb}: ${to}\n`);
    }
  }
  return 0;
}

/** The `--install` form of the cmake command line. */
export const cmakeInstallCommand: Program = (argv, io) => {
  const args = argv.slice(2);
  let prefix: string | undefined;
  for (let i = 1; i < args.length; i++) if (args[i] === '--prefix') prefix = args[++i];
  return cmakeInstall(io, absolute(io.cwd, args[0] ?? '.'), prefix);
};
