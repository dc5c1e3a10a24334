/**
 * Which shared libraries a binary needs, for ldd, scanelf and ldconfig. Binaries are blobs,
 * so their DT_NEEDED lists come from a table of what the official images' binaries link
 * (CPython's interpreter and extension modules, node, the programs of the source projects
 * in ../archives/source-projects.ts); any other executable links libc.
 * Libraries are found as the dynamic loader finds them: in /usr/local/lib, then the
 * multiarch directories, as ld.so.conf.d lists them.
 */
import type { FileSystem } from '../../fs/filesystem';
import { basename } from '../../fs/path';
import { projectNeeded } from '../archives/source-projects';
import { linkFactsOf } from '../../shell/exec/binaries';

// The loader's search, shared with the shell (a binary whose library is missing fails to start).
export { libraryDirs, resolveLibrary } from '../../shell/exec/binaries';

/** Extension modules of CPython (by module name) and the libraries they link. */
const PYTHON_MODULES: Record<string, string[]> = {
  _ssl: ['libssl.so.3', 'libcrypto.so.3'],
  _hashlib: ['libcrypto.so.3'],
  _sqlite3: ['libsqlite3.so.0'],
  _bz2: ['libbz2.so.1.0'],
  _lzma: ['liblzma.so.5'],
  _ctypes: ['libffi.so.8'],
  readline: ['libreadline.so.8', 'libtinfo.so.6'],
  _curses: ['libncursesw.so.6', 'libtinfo.so.6'],
  _curses_panel: ['libpanelw.so.6', 'libncursesw.so.6', 'libtinfo.so.6'],
  _dbm: ['libgdbm_compat.so.4', 'libgdbm.so.6'],
  _gdbm: ['libgdbm.so.6'],
  _uuid: ['libuuid.so.1'],
  zlib: ['libz.so.1'],
  binascii: ['libz.so.1'],
  _zstd: ['libzstd.so.1'],
  pyexpat: ['libexpat.so.1'],
  _elementtree: ['libexpat.so.1'],
  math: ['libm.so.6'],
  cmath: ['libm.so.6'],
  _tkinter: ['libtcl8.6.so', 'libtk8.6.so'],
};

export type { Libc } from '../../shell/exec/binaries';
import type { Libc } from '../../shell/exec/binaries';

function libcNames(libc: Libc): string[] {
  return libc === 'musl' ? ['libc.musl-x86_64.so.1'] : ['libc.so.6'];
}

/**
 * The same libraries as musl systems name them: libm and libtinfo are part of libc and
 * ncursesw on Alpine, and Alpine's bzip2 has the upstream soname libbz2.so.1.
 */
function forLibc(names: string[], libc: Libc): string[] {
  if (libc === 'gnu') return names;
  return names
    .filter((n) => n !== 'libm.so.6' && n !== 'libtinfo.so.6')
    .map((n) => (n === 'libbz2.so.1.0' ? 'libbz2.so.1' : n));
}

/**
 * The DT_NEEDED entries of a file, or undefined when it is not a dynamically linked ELF
 * file (a script, a text file, a static Go binary, data).
 */
export function neededLibraries(fs: FileSystem, path: string, libc: Libc): string[] | undefined {
  const read = fs.readFile(path);
  const node = read.ok ? read.value.node : undefined;
  // A binary built here names its own libraries, whatever system it was copied to.
  const facts = node?.kind === 'file' ? linkFactsOf(node.blob) : undefined;
  if (facts) return facts.static ? undefined : facts.needed;
  const needed = glibcNeeded(fs, path, libc);
  return needed && forLibc(needed, libc);
}

function glibcNeeded(fs: FileSystem, path: string, libc: Libc): string[] | undefined {
  const read = fs.readFile(path);
  if (!read.ok || read.value.node.kind !== 'file') return undefined;
  const node = read.value.node;
  if (node.text !== undefined || node.blob === undefined) return undefined;
  const name = basename(path);
  const isLibrary = /\.so(\.\d+)*$/.test(name);
  if (!isLibrary && (node.mode & 0o111) === 0) return undefined;
  if (/(^|\/)go\/(bin|pkg\/tool)\//.test(path) || /^gosu|^tini-static/.test(name)) return undefined;
  const libm = libc === 'musl' ? [] : ['libm.so.6'];
  const python = /^python(\d\.\d+)$/.exec(name) ?? /^libpython(\d\.\d+)\.so/.exec(name);
  if (python) {
    return name.startsWith('lib')
      ? [...libm, ...libcNames(libc)]
      : [`libpython${python[1]}.so.1.0`, ...libm, ...libcNames(libc)];
  }
  const module = /^([A-Za-z0-9_]+)\.cpython-\d+-[^.]+\.so$/.exec(name)?.[1];
  if (module) return [...(PYTHON_MODULES[module] ?? []), ...libcNames(libc)];
  const project = projectNeeded(name);
  if (project) return [...project, ...libcNames(libc)];
  if (name === 'node' || name === 'nodejs')
    return ['libstdc++.so.6', ...libm, 'libgcc_s.so.1', ...libcNames(libc)];
  return libcNames(libc);
}
