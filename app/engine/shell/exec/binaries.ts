/**
 * What the simulation knows about a binary it did not model as a Program: which toolchain
 * built it (the tool's blob id says, e.g. `rust-binary:...:<target triple>`) and so which
 * dynamic loader the kernel must find to start it. A glibc-linked Rust binary copied into
 * `scratch` or Alpine has no /lib64/ld-linux-x86-64.so.2: execve fails with ENOENT, which
 * the shell reports as "not found" and runc as "exec /app: no such file or directory"
 * (both recorded on Docker 20.10; see fixtures/docker/README.md). musl targets link
 * statically and start anywhere. Go binaries are taken as static (the common CGO-free case).
 */
import type { FileSystem } from '../../fs/filesystem';

const GLIBC_LOADERS: Record<string, string> = {
  x86_64: '/lib64/ld-linux-x86-64.so.2',
  aarch64: '/lib/ld-linux-aarch64.so.1',
};

/** The toolchain that made a binary, from its blob id; undefined when unknown. */
export function builtBy(blob: string | undefined): 'rust' | 'go' | undefined {
  if (blob?.startsWith('rust-binary:')) return 'rust';
  if (blob?.startsWith('go-binary:')) return 'go';
  return undefined;
}

/** The dynamic loader the binary needs; undefined for a static binary or an unknown one. */
export function loaderOf(blob: string | undefined): string | undefined {
  if (builtBy(blob) !== 'rust') return undefined;
  const target = blob?.split(':').pop() ?? '';
  if (target.includes('musl')) return undefined;
  return GLIBC_LOADERS[target.split('-')[0] ?? ''];
}

/** The note for a binary that ran and did nothing the simulation shows. */
export function unmodelledNote(path: string, blob: string | undefined): string {
  const by = builtBy(blob);
  return by
    ? `${path} is a ${by === 'rust' ? 'Rust' : 'Go'} program built in this simulation: Layercake does not run application code, so it printed nothing and exited 0.`
    : `${path} is a binary the simulation has no model of: running it did nothing.`;
}

/**
 * What running the binary at `path` meets: the loader it needs and `fs` lacks (execve then
 * fails), and the note for a start that succeeds. One stat of the binary serves both.
 */
export function inspectBinary(
  fs: FileSystem,
  path: string,
): { missingLoader: string | undefined; note: string; kind: string | undefined } {
  const st = fs.stat(path);
  const blob = st.ok && st.value.node.kind === 'file' ? st.value.node.blob : undefined;
  const loader = loaderOf(blob);
  return {
    missingLoader: loader && !fs.stat(loader).ok ? loader : undefined,
    // The blob id's prefix (`go-binary`, `apphost`): a runner registered as `blob:KIND` runs it.
    kind: blob?.includes(':') ? blob.slice(0, blob.indexOf(':')) : undefined,
    note: unmodelledNote(path, blob),
  };
}
