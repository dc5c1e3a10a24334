/**
 * What a C or C++ link line makes the executable need (its DT_NEEDED entries, in the order
 * ldd lists them): the -l libraries in command-line order, then what the driver adds (g++:
 * libstdc++, libm and libgcc_s), then libc. With glibc 2.34 and later libpthread, libdl, librt,
 * libutil and libanl are part of libc.so.6 (-lpthread links an empty archive); musl's libc
 * also holds libm and libcrypt. `-static` links nothing at run time.
 */
import type { FileSystem } from '../../fs/filesystem';
import { listDir } from '../common/fs-helpers';
import { libraryDirs, type Libc } from './shared-libs';

/** Sonames of common libraries whose soname is not `lib<name>.so.<major>` of the file found. */
const SONAMES: Record<string, string> = {
  z: 'libz.so.1',
  ssl: 'libssl.so.3',
  crypto: 'libcrypto.so.3',
  curl: 'libcurl.so.4',
  sqlite3: 'libsqlite3.so.0',
  pq: 'libpq.so.5',
  png: 'libpng16.so.16',
  uuid: 'libuuid.so.1',
  ffi: 'libffi.so.8',
  yaml: 'libyaml-0.so.2',
  xml2: 'libxml2.so.2',
  'pcre2-8': 'libpcre2-8.so.0',
  event: 'libevent-2.1.so.7',
  ncurses: 'libncurses.so.6',
  ncursesw: 'libncursesw.so.6',
  readline: 'libreadline.so.8',
  gmp: 'libgmp.so.10',
  lzma: 'liblzma.so.5',
  zstd: 'libzstd.so.1',
  expat: 'libexpat.so.1',
  'stdc++': 'libstdc++.so.6',
  m: 'libm.so.6',
};

/** Names each libc answers itself (no DT_NEEDED entry of their own). */
const IN_LIBC: Record<Libc, Set<string>> = {
  gnu: new Set(['c', 'pthread', 'dl', 'rt', 'util', 'anl']),
  musl: new Set(['c', 'pthread', 'dl', 'rt', 'util', 'm', 'crypt', 'xnet', 'resolv']),
};

/** Debian and Alpine name a few sonames differently. */
const MUSL_SONAMES: Record<string, string> = { bz2: 'libbz2.so.1', jpeg: 'libjpeg.so.8' };
const GNU_SONAMES: Record<string, string> = { bz2: 'libbz2.so.1.0', jpeg: 'libjpeg.so.62' };

/** A library's soname: known, or the `lib<name>.so.<major>` the build system's files give. */
function sonameOf(fs: FileSystem, name: string, libc: Libc): string {
  const known = (libc === 'musl' ? MUSL_SONAMES : GNU_SONAMES)[name] ?? SONAMES[name];
  if (known) return known;
  const prefix = `lib${name}.so.`;
  for (const dir of libraryDirs(libc)) {
    const file = listDir(fs, dir).find((f) => f.startsWith(prefix));
    const major = file?.slice(prefix.length).split('.')[0];
    if (major && /^\d+$/.test(major)) return `${prefix}${major}`;
  }
  return `lib${name}.so`;
}

/**
 * The DT_NEEDED list of what `argv` (a compiler driver's) links, or undefined for -static.
 * `cxx` is the C++ driver (g++, c++, clang++), which adds the C++ runtime.
 */
export function linkedLibraries(
  fs: FileSystem,
  args: string[],
  cxx: boolean,
  libc: Libc,
): string[] | undefined {
  if (args.includes('-static')) return undefined;
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-l') names.push(args[++i] ?? '');
    else if (arg.startsWith('-l')) names.push(arg.slice(2));
  }
  if (cxx) names.push('stdc++', 'm', 'gcc_s');
  const needed: string[] = [];
  for (const name of names) {
    if (!name || IN_LIBC[libc].has(name)) continue;
    const soname = name === 'gcc_s' ? 'libgcc_s.so.1' : sonameOf(fs, name, libc);
    if (!needed.includes(soname)) needed.push(soname);
  }
  needed.push(libc === 'musl' ? 'libc.musl-x86_64.so.1' : 'libc.so.6');
  return needed;
}
