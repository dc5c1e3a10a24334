/**
 * Which Bun is running: the version the oven/bun stand-in's binary names in its blob id
 * (`standin:oven/bun:1.3.5-debian#1:/usr/local/bin/bun`), wherever the file was copied to,
 * and how Bun prints itself (`1.3.5`, `bun install v1.3.5 (…)`, `Bun v1.3.5 (Linux x64 baseline)`).
 */
import { sha256Hex } from '../../fs/digest';
import type { ProgramIO } from '../../shell/program';
import { absolute, blobOf, findOnPath } from '../common/fs-helpers';

/** The newest release the catalog's oven/bun images have. */
export const DEFAULT_BUN_VERSION = '1.3.5';

export function bunVersion(io: ProgramIO, argv0: string): string {
  const path = argv0.includes('/')
    ? absolute(io.cwd, argv0)
    : findOnPath(io.fs, io.env, argv0 === 'bunx' ? 'bunx' : 'bun');
  const blob = path ? blobOf(io.fs, path) : undefined;
  return /oven\/bun:(\d+\.\d+\.\d+)/.exec(blob ?? '')?.[1] ?? DEFAULT_BUN_VERSION;
}

/** Short commits of releases as their own output shows them (`bun install v1.3.5 (1e86cebd)`). */
const REVISIONS: Record<string, string> = {
  '1.3.5': '1e86cebd',
  '1.2.10': 'db2e7d7f',
  '1.2.2': 'c1708ea6',
  '1.2.0': 'b0c5a765',
  '1.1.6': 'e58d67b4',
};

/**
 * The short commit a release prints beside its version: the release's own where known, else
 * derived from the version (stable, but not the release's).
 */
export function bunRevision(version: string): string {
  return REVISIONS[version] ?? sha256Hex(`bun-v${version}`).slice(0, 8);
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
