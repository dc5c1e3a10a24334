/**
 * The Rust toolchain an image holds, as rustup installed it: the version (RUST_VERSION, or
 * the toolchain directory's name), CARGO_HOME and RUSTUP_HOME, the host triple, and what
 * changes between cargo releases (how `--version` reads, the crates.io index directory's
 * name, the Cargo.lock format, how "Finished" and "Locking" are worded).
 */
import type { FileSystem } from '../../fs/filesystem';
import type { ProgramIO } from '../../shell/program';
import { listDir } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';

/** `rustc -V` and `cargo -V` of each stable release: short commit hash and commit date. */
const RELEASES: Record<string, { rustc: string; cargo: string }> = {
  '1.75.0': { rustc: '82e1608df 2023-12-21', cargo: '1d8b05cdd 2023-11-20' },
  '1.76.0': { rustc: '07dca489a 2024-02-04', cargo: 'c84b36747 2024-01-18' },
  '1.77.0': { rustc: 'aedd173a2 2024-03-17', cargo: '3fe68eabf 2024-02-29' },
  '1.77.2': { rustc: '25ef9e3d8 2024-04-09', cargo: 'e52e36006 2024-03-26' },
  '1.78.0': { rustc: '9b00956e5 2024-04-29', cargo: '54d8815d0 2024-03-26' },
  '1.79.0': { rustc: '129f3b996 2024-06-10', cargo: 'ffa9cf99a 2024-06-03' },
  '1.80.0': { rustc: '051478957 2024-07-21', cargo: '376290515 2024-07-16' },
  '1.80.1': { rustc: '3f5fd8dd4 2024-08-06', cargo: '376290515 2024-07-16' },
  '1.81.0': { rustc: 'eeb90cda1 2024-09-04', cargo: '2dbb1af80 2024-08-20' },
  '1.82.0': { rustc: 'f6e511eec 2024-10-15', cargo: '8f40fc59f 2024-08-21' },
  '1.83.0': { rustc: '90b35a623 2024-11-26', cargo: '5ffbef321 2024-10-29' },
  '1.84.0': { rustc: '9fc6b4312 2025-01-07', cargo: '66221abde 2024-11-19' },
  '1.84.1': { rustc: 'e71f9a9a9 2025-01-27', cargo: '66221abde 2024-11-19' },
  '1.85.0': { rustc: '4d91de4e4 2025-02-17', cargo: 'd73d2caf9 2024-12-31' },
  '1.85.1': { rustc: '4eb161250 2025-03-15', cargo: 'd73d2caf9 2024-12-31' },
  '1.86.0': { rustc: '05f9846f8 2025-03-31', cargo: 'adf9b6ad1 2025-02-28' },
  '1.87.0': { rustc: '17067e9ac 2025-05-09', cargo: '99624be96 2025-05-06' },
  '1.88.0': { rustc: '6b00bc388 2025-06-23', cargo: '873a06493 2025-05-10' },
  '1.89.0': { rustc: '29483883e 2025-08-04', cargo: 'c24e10642 2025-06-23' },
  '1.90.0': { rustc: '1159e78c4 2025-09-14', cargo: '840b83a10 2025-07-30' },
  '1.91.0': { rustc: 'f8297e351 2025-10-28', cargo: 'ea2d97820 2025-10-10' },
  '1.91.1': { rustc: 'ed61e7d7e 2025-11-07', cargo: 'ea2d97820 2025-10-10' },
};

/** rustup-init 1.28.2, which the official images' Dockerfiles download. */
export const RUSTUP_VERSION = 'rustup 1.28.2 (e4f3ad6f8 2025-04-28)';

export interface Toolchain {
  /** "1.79.0" */
  version: string;
  minor: number;
  cargoHome: string;
  rustupHome: string;
  host: string;
  /** "1.79.0-x86_64-unknown-linux-gnu" */
  name: string;
  /** $RUSTUP_HOME/toolchains/<name> */
  dir: string;
}

export function toolchain(io: Pick<ProgramIO, 'env' | 'fs' | 'user'>): Toolchain {
  const home = io.env.HOME ?? io.user.home;
  const cargoHome = io.env.CARGO_HOME ?? `${home}/.cargo`;
  const rustupHome = io.env.RUSTUP_HOME ?? `${home}/.rustup`;
  const installed = installedToolchains(io.fs, rustupHome);
  const fromEnv = io.env.RUST_VERSION;
  const dirName =
    installed.find((t) => fromEnv !== undefined && t.startsWith(`${fromEnv}-`)) ?? installed[0];
  const version =
    (/^\d+\.\d+\.\d+$/.test(fromEnv ?? '') ? fromEnv : undefined) ??
    /^(\d+\.\d+\.\d+)-/.exec(dirName ?? '')?.[1] ??
    '1.91.1';
  const host = /-(x86_64-unknown-linux-(?:gnu|musl))$/.exec(dirName ?? '')?.[1] ?? guessHost(io.fs);
  const name = dirName ?? `${version}-${host}`;
  return {
    version,
    minor: Number(version.split('.')[1]) || 91,
    cargoHome,
    rustupHome,
    host,
    name,
    dir: `${rustupHome}/toolchains/${name}`,
  };
}

export function installedToolchains(fs: FileSystem, rustupHome: string): string[] {
  return listDir(fs, `${rustupHome}/toolchains`).sort();
}

/** Alpine's rust images build for musl; every other image for glibc. */
function guessHost(fs: FileSystem): string {
  return fs.stat('/etc/alpine-release').ok
    ? 'x86_64-unknown-linux-musl'
    : 'x86_64-unknown-linux-gnu';
}

/**
 * A release's hash and date; a release this table lacks gets a stable stand-in hash and the
 * date of the six-weekly train it left on (1.0.0 on 2015-05-15).
 */
function release(version: string, tool: 'rustc' | 'cargo'): string {
  const known = RELEASES[version]?.[tool];
  if (known) return known;
  const minor = Number(version.split('.')[1]) || 0;
  const date = new Date(Date.UTC(2015, 4, 15) + minor * 42 * 86_400_000).toISOString();
  return `${sha256Hex(`${tool} ${version}`).slice(0, 9)} ${date.slice(0, 10)}`;
}

export function rustcVersionLine(tc: Toolchain): string {
  return `rustc ${tc.version} (${release(tc.version, 'rustc')})`;
}

export function cargoVersionLine(tc: Toolchain): string {
  return `cargo ${tc.version} (${release(tc.version, 'cargo')})`;
}

export function knownRelease(version: string): boolean {
  return version in RELEASES;
}

/**
 * The crates.io sparse index's directory under registry/{index,cache,src}: cargo 1.85
 * changed how it hashes the source id, so the suffix changed with it.
 */
export function registryDirName(tc: Toolchain): string {
  return tc.minor >= 85 ? 'index.crates.io-1949cf8c6b5b557f' : 'index.crates.io-6f17d22bba15001f';
}

/** Cargo.lock's `version = N` a new lockfile gets: 4 since cargo 1.83, 3 before. */
export function lockfileVersion(tc: Toolchain): number {
  return tc.minor >= 83 ? 4 : 3;
}

/** dev, release, test, bench, or a custom [profile.<name>] (optimised when it inherits release). */
export type Profile = string;

/** "Finished `release` profile [optimized] target(s)" (1.77+) or "Finished release [optimized] target(s)". */
export function finishedLine(
  tc: Toolchain,
  profile: Profile,
  elapsedMs: number,
  optimized = profile === 'release' || profile === 'bench',
): string {
  const kind = optimized ? 'optimized' : 'unoptimized + debuginfo';
  const what = tc.minor >= 77 ? `\`${profile}\` profile [${kind}]` : `${profile} [${kind}]`;
  return `    Finished ${what} target(s) in ${elapsed(elapsedMs)}\n`;
}

/** cargo's elapsed time: "0.45s", "12.30s", "1m 02s". */
export function elapsed(ms: number): string {
  const secs = Math.floor(ms / 1000);
  if (secs >= 60) return `${Math.floor(secs / 60)}m ${String(secs % 60).padStart(2, '0')}s`;
  return `${secs}.${String(Math.floor((ms % 1000) / 10)).padStart(2, '0')}s`;
}

/** "     Locking 12 packages to latest compatible versions" (1.80+), "Locking 12 packages" (1.79). */
export function lockingLine(
  tc: Toolchain,
  count: number,
  fresh: boolean,
  rustVersion?: string,
): string | undefined {
  // A new lock holding only the package itself is not reported ("just ourself").
  if (tc.minor < 79 || count <= (fresh ? 1 : 0)) return undefined;
  const s = count === 1 ? '' : 's';
  if (tc.minor < 80) return `     Locking ${count} package${s}\n`;
  const rust = tc.minor >= 84 && rustVersion ? `Rust ${rustVersion} ` : '';
  return `     Locking ${count} package${s} to latest ${rust}compatible version${s}\n`;
}

/** Decimal sizes as cargo's download summary prints them: "512 B", "45.3 kB", "1.2 MB". */
export function downloadSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['k', 'M', 'G'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit] ?? 'G'}B`;
}
