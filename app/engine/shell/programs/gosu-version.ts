/**
 * What `gosu --version` prints: "<release> (<go toolchain> on linux/amd64; gc)". The release
 * comes from the installed file (a Debian/Ubuntu package or a release download from
 * github.com/tianon/gosu); the Go toolchain is the one that built it. Upstream releases are
 * built by tianon with the Go of their day; distribution packages are rebuilt with the
 * release's own golang (bookworm's 1.14-1+b10 with go1.19). The toolchains are approximate
 * where no build log was at hand.
 */
import type { ProgramIO } from '../program';
import { findOnPath } from '../exec/lookup';
import { resolvePath } from '../../fs/path';

/** Go toolchains by release, upstream and per distribution package version. */
const TOOLCHAINS: Record<string, string> = {
  '1.17': 'go1.18.2',
  '1.16': 'go1.18.2',
  '1.14': 'go1.16.7',
  '1.12': 'go1.13.15',
  '1.10': 'go1.7.1',
  // Debian rebuilds with the release's golang: bullseye 1.15, bookworm 1.19, trixie 1.24.
  'deb:1.12-1+b6': 'go1.15.15',
  'deb:1.14-1+b10': 'go1.19.8',
  'deb:1.17-3+b4': 'go1.24.4',
};

/** The release and toolchain of the gosu file argv[0] names, from how it got there. */
export function gosuBuild(io: ProgramIO, argv0: string): { release: string; go: string } {
  const path = argv0.includes('/')
    ? resolvePath(io.cwd, argv0)
    : findOnPath(io.fs, argv0, io.env.PATH, io.cwd);
  const st = path ? io.fs.stat(path) : undefined;
  const blob = st?.ok && st.value.node.kind === 'file' ? (st.value.node.blob ?? '') : '';
  const download = /tianon\/gosu\/releases\/download\/([0-9.]+)\//.exec(blob);
  if (download?.[1]) return { release: download[1], go: TOOLCHAINS[download[1]] ?? 'go1.18.2' };
  const pkg = /gosu@([^:]+):/.exec(blob);
  if (pkg?.[1]) {
    const release = pkg[1].replace(/-.*$/, '');
    return { release, go: TOOLCHAINS[`deb:${pkg[1]}`] ?? TOOLCHAINS[release] ?? 'go1.19.8' };
  }
  return { release: '1.17', go: 'go1.18.2' };
}

export function gosuVersion(io: ProgramIO, argv0: string): string {
  const { release, go } = gosuBuild(io, argv0);
  return `${release} (${go} on linux/amd64; gc)`;
}

/** gosu's usage (to stderr when arguments are missing, stdout for --help). */
export function gosuUsage(io: ProgramIO, argv0: string): string {
  const self = argv0;
  return (
    `Usage: ${self} user-spec command [args]\n` +
    `   eg: ${self} tianon bash\n` +
    `       ${self} nobody:root bash -c 'whoami && id'\n` +
    `       ${self} 1000:1 id\n` +
    `\n` +
    `${self} version: ${gosuVersion(io, argv0)}\n` +
    `${self} license: Apache-2.0 (full text at https://github.com/tianon/gosu)\n`
  );
}
