/**
 * What the simulation knows about a binary it did not model as a Program: which toolchain
 * built it (the tool's blob id says, e.g. `rust-binary:...:<target triple>`) and how it links,
 * so which dynamic loader the kernel must find to start it. A glibc-linked binary copied into
 * `scratch` or Alpine has no /lib64/ld-linux-x86-64.so.2: execve fails with ENOENT, which
 * the shell reports as "not found" and runc as "exec /app: no such file or directory"
 * (both recorded on Docker 20.10; see fixtures/docker/README.md). Static binaries start
 * anywhere. Rust's link facts follow from its target (musl targets link statically); go and
 * the C compilers record theirs in the blob id as a field, `static` or
 * `needs=<DT_NEEDED sonames, in order>` (linkField), since they depend on how each was built.
 * go writes only `needs=`: a Go binary without it is static. A C program built before this
 * was recorded is taken as before, as linking the libc of wherever it runs.
 */
import type { FileSystem } from '../../fs/filesystem';

const GLIBC_LOADERS: Record<string, string> = {
  x86_64: '/lib64/ld-linux-x86-64.so.2',
  aarch64: '/lib/ld-linux-aarch64.so.1',
};

/** musl's dynamic loader, which is also its libc.so (x86_64). */
export const MUSL_LOADER = '/lib/ld-musl-x86_64.so.1';

/** A binary's link facts: its DT_NEEDED sonames in link order, or `static`. */
export type LinkFacts = { static: true } | { static: false; needed: string[]; loader: string };

/** The blob-id field that records how a binary links (see the header). */
export function linkField(needed: readonly string[] | undefined): string {
  return needed ? `:needs=${needed.join(',')}` : ':static';
}

/** The loader of a binary needing these libraries: glibc's or musl's, by the libc it names. */
function loaderFor(needed: readonly string[], arch = 'x86_64'): string {
  return needed.some((n) => n.startsWith('libc.musl-')) ? MUSL_LOADER : (GLIBC_LOADERS[arch] ?? '');
}

/** How the binary whose blob id this is links; undefined when nothing is recorded. */
export function linkFactsOf(blob: string | undefined): LinkFacts | undefined {
  if (!blob) return undefined;
  // strip(1) appends "#stripped" to the blob id; linking does not change.
  const fields = blob.replace(/#stripped$/, '').split(':');
  if (builtBy(blob) === 'rust') {
    const target = fields[fields.length - 1] ?? '';
    if (target.includes('musl')) return { static: true };
    // Rust's std on glibc (2.34 and later): libgcc_s for unwinding, then libc.
    const needed = ['libgcc_s.so.1', 'libc.so.6'];
    return { static: false, needed, loader: loaderFor(needed, target.split('-')[0]) };
  }
  const needs = fields.find((f) => f.startsWith('needs='));
  if (needs) {
    const needed = needs.slice('needs='.length).split(',').filter(Boolean);
    return { static: false, needed, loader: loaderFor(needed) };
  }
  // go records only a dynamic link: a Go binary without one is static (cgo off, or unused).
  if (fields.includes('static') || builtBy(blob) === 'go') return { static: true };
  return undefined;
}

export type Libc = 'gnu' | 'musl';

/** Directories the loader searches, in order (ld.so.conf.d on Debian; musl's default path). */
export function libraryDirs(libc: Libc): string[] {
  return libc === 'musl'
    ? ['/lib', '/usr/local/lib', '/usr/lib']
    : [
        '/usr/local/lib',
        '/usr/local/lib/x86_64-linux-gnu',
        '/lib/x86_64-linux-gnu',
        '/usr/lib/x86_64-linux-gnu',
        '/lib64',
        '/lib',
        '/usr/lib',
      ];
}

/**
 * musl's loader is its libc, libm, libpthread, librt, libdl, libutil and libxnet too: it
 * answers any of those names itself (glibc's libc.so.6 included), as ldso/dynlink.c does.
 */
const MUSL_RESERVED = /^lib(?:c|pthread|rt|m|dl|util|xnet)\./;

/** Where the loader finds a library, or undefined ("not found"). */
export function resolveLibrary(fs: FileSystem, soname: string, libc: Libc): string | undefined {
  if (libc === 'musl' && MUSL_RESERVED.test(soname)) return MUSL_LOADER;
  return libraryDirs(libc)
    .map((dir) => `${dir}/${soname}`)
    .find((path) => fs.stat(path).ok);
}

/** The toolchain that made a binary, from its blob id; undefined when unknown. */
export function builtBy(blob: string | undefined): 'rust' | 'go' | undefined {
  if (blob?.startsWith('rust-binary:')) return 'rust';
  if (blob?.startsWith('go-binary:')) return 'go';
  return undefined;
}

/** The dynamic loader the binary needs; undefined for a static binary or an unknown one. */
export function loaderOf(blob: string | undefined): string | undefined {
  const facts = linkFactsOf(blob);
  return facts && !facts.static ? facts.loader || undefined : undefined;
}

/** The note for a binary that ran and did nothing the simulation shows. */
export function unmodelledNote(path: string, blob: string | undefined): string {
  const by = builtBy(blob);
  return by
    ? `${path} is a ${by === 'rust' ? 'Rust' : 'Go'} program built in this simulation: Layercake does not run application code, so it printed nothing and exited 0.`
    : `${path} is a binary the simulation has no model of: running it did nothing.`;
}

/** What the dynamic loader prints when a library the binary needs is missing (exit 127). */
export function loaderError(argv0: string, path: string, missing: MissingLibrary): string {
  return missing.libc === 'musl'
    ? `Error loading shared library ${missing.soname}: No such file or directory (needed by ${path})\n`
    : `${argv0}: error while loading shared libraries: ${missing.soname}: cannot open shared object file: No such file or directory\n`;
}

export interface MissingLibrary {
  soname: string;
  libc: Libc;
}

/**
 * What running the binary at `path` meets: the loader it needs and `fs` lacks (execve then
 * fails), the first library its loader cannot find (the loader then stops it with status
 * 127), and the note for a start that succeeds. One stat of the binary serves all.
 */
export function inspectBinary(
  fs: FileSystem,
  path: string,
): {
  missingLoader: string | undefined;
  missingLibrary: MissingLibrary | undefined;
  note: string;
  kind: string | undefined;
} {
  const st = fs.stat(path);
  const blob = st.ok && st.value.node.kind === 'file' ? st.value.node.blob : undefined;
  const facts = linkFactsOf(blob);
  const loader = facts && !facts.static ? facts.loader || undefined : undefined;
  const missingLoader = loader && !fs.stat(loader).ok ? loader : undefined;
  let missingLibrary: MissingLibrary | undefined;
  if (facts && !facts.static && loader && !missingLoader) {
    const libc: Libc = loader === MUSL_LOADER ? 'musl' : 'gnu';
    const soname = facts.needed.find((n) => !resolveLibrary(fs, n, libc));
    missingLibrary = soname ? { soname, libc } : undefined;
  }
  return {
    missingLoader,
    missingLibrary,
    // The blob id's prefix (`go-binary`, `apphost`): a runner registered as `blob:KIND` runs it.
    kind: blob?.includes(':') ? blob.slice(0, blob.indexOf(':')) : undefined,
    note: unmodelledNote(path, blob),
  };
}
