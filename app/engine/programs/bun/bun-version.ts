/**
 * Which Bun is running: the version the oven/bun stand-in's binary names in its blob id
 * (`standin:oven/bun:1.3.3-debian#1:/usr/local/bin/bun`), wherever the file was copied to,
 * and how Bun prints itself (`1.3.3`, `bun install v1.3.3 (…)`, `Bun v1.3.3 (Linux x64 baseline)`).
 */
import { sha256Hex } from '../../fs/digest';
import type { ProgramIO } from '../../shell/program';
import { absolute, blobOf, findOnPath } from '../common/fs-helpers';

/** The newest release the catalog's oven/bun images have. */
export const DEFAULT_BUN_VERSION = '1.3.3';

export function bunVersion(io: ProgramIO, argv0: string): string {
  const path = argv0.includes('/')
    ? absolute(io.cwd, argv0)
    : findOnPath(io.fs, io.env, argv0 === 'bunx' ? 'bunx' : 'bun');
  const blob = path ? blobOf(io.fs, path) : undefined;
  return /oven\/bun:(\d+\.\d+\.\d+)/.exec(blob ?? '')?.[1] ?? DEFAULT_BUN_VERSION;
}

/**
 * The short commit a release prints beside its version. Derived from the version (Layercake
 * has no record of the real commits), so it is stable but not the release's.
 */
export function bunRevision(version: string): string {
  return sha256Hex(`bun-v${version}`).slice(0, 8);
}

/** Bun's trailer under a crash or a missing module. */
export function bunTrailer(version: string): string {
  return `Bun v${version} (Linux x64 baseline)\n`;
}

/** Bun's elapsed-time brackets: `[561.00ms]` under a second, `[1.11s]` from one on. */
export function bunElapsed(ms: number): string {
  return ms < 1000 ? `[${ms.toFixed(2)}ms]` : `[${(ms / 1000).toFixed(2)}s]`;
}

/** Whether a release is before 1.2, when `bun install` still wrote the binary bun.lockb. */
export function writesBinaryLockfile(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major < 1 || (major === 1 && minor < 2);
}
