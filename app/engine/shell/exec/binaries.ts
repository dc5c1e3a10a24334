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

/**
 * What running the binary at `path` meets: the loader it needs and `fs` lacks (execve then
 * fails), and the note for a start that succeeds. One stat of the binary serves both.
 */
export function inspectBinary(
  fs: FileSystem,
  path: string,
): { missingLoader: string | undefined; note: string } {
  const st = fs.stat(path);
  const blob = st.ok && st.value.node.kind === 'file' ? st.value.node.blob : undefined;
  const loader = loaderOf(blob);
  const by = builtBy(blob);
  return {
    missingLoader: loader && !fs.stat(loader).ok ? loader : undefined,
    note: by
      ? `${path} is a ${by === 'rust' ? 'Rust' : 'Go'} program built in this simulation: Layercake does not run application code, so it printed nothing and exited 0.`
      : `${path} is a binary the simulation has no model of: running it did nothing.`,
  };
}
