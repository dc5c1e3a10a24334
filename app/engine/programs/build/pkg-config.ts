/**
 * pkg-config (pkgconf, as Debian 12+ and Alpine ship it): the flags a build needs for a
 * library, from its .pc file on the search path (PKG_CONFIG_PATH, then the system's
 * directories). A .pc file written as text is read as pkgconf reads it (variables, Version,
 * Libs, Cflags; the system's -I and -L dropped). A package's .pc file is a stand-in without
 * its text, so its flags come from a table of common libraries, or are `-l<name>`; its
 * version is the installed package's. A missing .pc fails in pkgconf's words (exit 1), so
 * `gcc ... $(pkg-config --libs zlib)` links what the real line links.
 */
import type { FileSystem } from '../../fs/filesystem';
import type { Program, ProgramIO } from '../../shell/program';
import { exists, readText } from '../common/fs-helpers';
import { installedVersion, upstreamOf } from '../common/installed-version';
import { ownedPaths, readDpkgDb } from '../apt/dpkg-db';
import { readInstalled } from '../apk/apk-db';
import { libcOf } from './ldd';

/** Flags of common libraries' .pc files (Debian and Alpine agree on these). */
const KNOWN: Record<string, { libs: string; cflags?: string }> = {
  zlib: { libs: '-lz' },
  openssl: { libs: '-lssl -lcrypto' },
  libssl: { libs: '-lssl' },
  libcrypto: { libs: '-lcrypto' },
  sqlite3: { libs: '-lsqlite3' },
  libcurl: { libs: '-lcurl' },
  libpq: { libs: '-lpq', cflags: '-I/usr/include/postgresql' },
  libpng: { libs: '-lpng16', cflags: '-I/usr/include/libpng16' },
  'libxml-2.0': { libs: '-lxml2', cflags: '-I/usr/include/libxml2' },
  libffi: { libs: '-lffi' },
  'yaml-0.1': { libs: '-lyaml' },
  uuid: { libs: '-luuid', cflags: '-I/usr/include/uuid' },
  libzstd: { libs: '-lzstd' },
  liblzma: { libs: '-llzma' },
  'libpcre2-8': { libs: '-lpcre2-8' },
  libevent: { libs: '-levent' },
  ncursesw: { libs: '-lncursesw', cflags: '-D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600' },
  readline: { libs: '-lreadline' },
  expat: { libs: '-lexpat' },
};

function searchPath(io: ProgramIO): string[] {
  const system =
    libcOf(io) === 'musl'
      ? [
          '/usr/local/lib/pkgconfig',
          '/usr/local/share/pkgconfig',
          '/usr/lib/pkgconfig',
          '/usr/share/pkgconfig',
        ]
      : [
          '/usr/local/lib/x86_64-linux-gnu/pkgconfig',
          '/usr/local/lib/pkgconfig',
          '/usr/local/share/pkgconfig',
          '/usr/lib/x86_64-linux-gnu/pkgconfig',
          '/usr/lib/pkgconfig',
          '/usr/share/pkgconfig',
        ];
  const user = (io.env.PKG_CONFIG_PATH ?? '').split(':').filter(Boolean);
  const libdir = io.env.PKG_CONFIG_LIBDIR?.split(':').filter(Boolean);
  return [...user, ...(libdir ?? system)];
}

/** The installed package that owns `path` (dpkg's lists or apk's database), and its version. */
function ownerVersion(fs: FileSystem, path: string): string | undefined {
  for (const [name, entry] of readDpkgDb(fs).packages)
    if (ownedPaths(fs, name).includes(path)) return upstreamOf(entry.version);
  for (const entry of readInstalled(fs).values())
    if (entry.files.includes(path)) return upstreamOf(entry.version);
  return undefined;
}

interface PcFile {
  version: string | undefined;
  libs: string;
  cflags: string;
}

/** A .pc file's text as pkgconf reads it: `name=value` variables, then `Key: value` fields. */
function parsePc(text: string): PcFile {
  const vars = new Map<string, string>();
  const fields = new Map<string, string>();
  const expand = (v: string): string =>
    v.replace(/\$\{(\w+)\}/g, (_, n: string) => vars.get(n) ?? '');
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    const variable = /^(\w+)\s*=\s*(.*)$/.exec(line);
    const field = /^([\w.]+):\s*(.*)$/.exec(line);
    if (variable) vars.set(variable[1] as string, expand(variable[2] as string));
    else if (field) fields.set((field[1] as string).toLowerCase(), expand(field[2] as string));
  }
  return {
    version: fields.get('version'),
    libs: fields.get('libs') ?? '',
    cflags: fields.get('cflags') ?? '',
  };
}

/** pkgconf leaves out the directories the compiler searches anyway. */
function withoutSystemDirs(flags: string): string {
  return flags
    .split(/\s+/)
    .filter(
      (f) =>
        f &&
        !/^-I\/usr\/include\/?$/.test(f) &&
        !/^-L\/(usr\/)?lib(64|\/x86_64-linux-gnu)?\/?$/.test(f),
    )
    .join(' ');
}

function readPc(io: ProgramIO, path: string, name: string): PcFile {
  const text = readText(io.fs, path);
  if (text !== undefined) return parsePc(text);
  const known = KNOWN[name];
  if (!known)
    io.note(
      `${path} is a stand-in without its text: pkg-config answers -l${name.replace(/^lib/, '')}, a guess.`,
    );
  return {
    version: ownerVersion(io.fs, path),
    libs: known?.libs ?? `-l${name.replace(/^lib/, '')}`,
    cflags: known?.cflags ?? '',
  };
}

export const pkgConfigProgram: Program = (argv, io) => {
  const args = argv.slice(1);
  if (args.includes('--version')) {
    const version = installedVersion(io.fs, 'pkgconf') ?? installedVersion(io.fs, 'pkg-config');
    io.stdout(`${version ?? '1.8.1'}\n`);
    return 0;
  }
  const names = args.filter((a) => !a.startsWith('-') && !/^[<>=!]=?$/.test(a) && !/^\d/.test(a));
  const quiet = args.includes('--exists') && !args.includes('--print-errors');
  const silent = args.includes('--silence-errors') || quiet;
  const found: PcFile[] = [];
  let missing = 0;
  for (const name of names) {
    const dir = searchPath(io).find((d) => exists(io.fs, `${d}/${name}.pc`));
    if (dir) {
      found.push(readPc(io, `${dir}/${name}.pc`, name));
      continue;
    }
    if (!silent)
      io.stderr(
        (missing === 0
          ? `Package ${name} was not found in the pkg-config search path.\nPerhaps you should add the directory containing \`${name}.pc'\nto the PKG_CONFIG_PATH environment variable\n`
          : '') + `Package '${name}', required by 'virtual:world', not found\n`,
      );
    missing++;
  }
  if (missing > 0) return 1;
  if (args.includes('--modversion')) {
    io.stdout(found.map((pc) => `${pc.version ?? ''}\n`).join(''));
    return 0;
  }
  const parts: string[] = [];
  if (args.includes('--cflags')) parts.push(...found.map((pc) => withoutSystemDirs(pc.cflags)));
  if (args.includes('--libs')) parts.push(...found.map((pc) => withoutSystemDirs(pc.libs)));
  if (args.includes('--cflags') || args.includes('--libs'))
    io.stdout(`${parts.filter(Boolean).join(' ')}\n`);
  return 0;
};
