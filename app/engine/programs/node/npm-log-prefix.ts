/**
 * npm's log prefixes by version: npm 10.6.0 changed `npm ERR!` and `npm WARN` to `npm error`
 * and `npm warn` (npm/cli#7414). The messages in this folder are written the new way; an older
 * npm (node:16's 8.19, node:14's 6.14, node:21's 10.5) prints them with the old prefixes.
 * Only npm's own stderr is rewritten: what a script it runs prints is the script's.
 */
import type { ProgramIO } from '../../shell/program';
import { npmVersion } from './npm-config';

/** Whether this npm predates the lowercase prefixes (before 10.6.0). */
export function oldPrefixes(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major < 10 || (major === 10 && minor < 6);
}

export function withOldPrefixes(text: string): string {
  return text.replace(/^npm error/gm, 'npm ERR!').replace(/^npm warn/gm, 'npm WARN');
}

/** The IO npm itself writes through: the old prefixes on an npm older than 10.6. */
export function npmLogIo(io: ProgramIO): ProgramIO {
  if (!oldPrefixes(npmVersion(io))) return io;
  return Object.create(io, {
    stderr: { value: (text: string) => io.stderr(withOldPrefixes(text)) },
  }) as ProgramIO;
}
