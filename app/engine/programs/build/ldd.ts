/**
 * ldd and ldconfig (scanelf is in scanelf.ts): the dynamic-linking tools official Dockerfiles use to find
 * which Debian or Alpine packages a freshly built binary needs (`find ... -exec ldd '{}' ';'
 * | awk ... | xargs dpkg-query --search`, `scanelf --needed`), and to refresh the loader
 * cache after installing libraries (/etc/ld.so.cache really changes, so it lands in the
 * layer). Libraries are resolved in the image's filesystem (shared-libs.ts).
 */
import type { Program, ProgramIO } from '../../shell/program';
import { absolute, exists, listDir, writeBlob } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import { MUSL_LOADER } from '../../shell/exec/binaries';
import { libraryDirs, neededLibraries, resolveLibrary, type Libc } from './shared-libs';

export function libcOf(io: ProgramIO): Libc {
  return io.userland === 'busybox' || exists(io.fs, '/lib/ld-musl-x86_64.so.1') ? 'musl' : 'gnu';
}

/** A load address as the loader prints it: stable per binary and library (FNV-1a, cheap). */
function address(seed: string, musl: boolean): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  const hex = (h >>> 0).toString(16).padStart(8, '0').slice(0, 7);
  return musl ? `0x7f${hex}000` : `0x00007f${hex}000`;
}

export const lddProgram: Program = (argv, io) => {
  const files = argv.slice(1).filter((a) => !a.startsWith('-'));
  if (argv.includes('--version')) {
    io.stdout('ldd (Debian GLIBC 2.41-12) 2.41\n');
    return 0;
  }
  if (files.length === 0) {
    io.stderr("ldd: missing file arguments\nTry `ldd --help' for more information.\n");
    return 1;
  }
  const libc = libcOf(io);
  const musl = libc === 'musl';
  let status = 0;
  for (const file of files) {
    const path = absolute(io.cwd, file);
    const header = files.length > 1 ? `${file}:\n` : '';
    if (!exists(io.fs, path)) {
      io.stderr(`ldd: ${file}: No such file or directory\n`);
      status = 1;
      continue;
    }
    const needed = neededLibraries(io.fs, path, libc);
    if (!needed) {
      // Alpine's ldd is `exec /lib/ld-musl-x86_64.so.1 --list "$@"`: the loader speaks.
      io.stdout(header);
      io.stderr(
        musl
          ? `${MUSL_LOADER}: ${file}: Not a valid dynamic program\n`
          : '\tnot a dynamic executable\n',
      );
      status = 1;
      continue;
    }
    const lines = musl
      ? [`\t${MUSL_LOADER} (${address(`${path}:ld`, true)})`]
      : [`\tlinux-vdso.so.1 (${address(`${path}:vdso`, false)})`];
    for (const soname of needed) {
      const found = resolveLibrary(io.fs, soname, libc);
      // musl's loader is its libc: the same object, at the same address.
      const seed = found === MUSL_LOADER ? `${path}:ld` : `${path}:${soname}`;
      if (found) lines.push(`\t${soname} => ${found} (${address(seed, musl)})`);
      else if (!musl) lines.push(`\t${soname} => not found`);
      else {
        // musl's loader reports a missing library as an error and exits 127 after listing.
        io.stderr(
          `Error loading shared library ${soname}: No such file or directory (needed by ${file})\n`,
        );
        status = 127;
      }
    }
    if (!musl) lines.push(`\t/lib64/ld-linux-x86-64.so.2 (${address(`${path}:ld`, false)})`);
    else if (needed.includes('libc.so.6'))
      io.note(
        `${file} is linked to glibc: musl's loader answers for libc.so.6 itself, and would go on to report each glibc symbol it lacks ("Error relocating ..."), which is not modelled.`,
      );
    io.stdout(`${header}${lines.join('\n')}\n`);
  }
  return status;
};

export const ldconfigProgram: Program = (argv, io) => {
  const libc = libcOf(io);
  if (libc === 'musl') return 0; // Alpine's ldconfig is a stub: musl keeps no cache.
  const libraries = libraryDirs(libc).flatMap((dir) =>
    listDir(io.fs, dir)
      .filter((name) => /\.so(\.\d+)*$/.test(name))
      .map((name) => ({ name, path: `${dir}/${name}` })),
  );
  if (argv.includes('-p') || argv.includes('--print-cache')) {
    io.stdout(
      `${libraries.length} libs found in cache \`/etc/ld.so.cache'\n` +
        libraries.map((l) => `\t${l.name} (libc6,x86-64) => ${l.path}\n`).join(''),
    );
    return 0;
  }
  if (io.user.uid !== 0) {
    io.stderr(
      "/sbin/ldconfig.real: Can't create temporary cache file /etc/ld.so.cache~: Permission denied\n",
    );
    return 1;
  }
  const names = libraries.map((l) => l.path).join('\n');
  // The cache holds a header, one entry per library and a string table of their paths.
  const size = 1_024 + libraries.reduce((sum, l) => sum + 24 + l.path.length + 1, 0);
  writeBlob(io.fs, '/etc/ld.so.cache', `ld.so.cache:${sha256Hex(names)}`, size, 0o644);
  return 0;
};
