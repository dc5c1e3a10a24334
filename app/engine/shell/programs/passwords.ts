/**
 * The stand-in password hash chpasswd writes into /etc/shadow, and the check sudo makes
 * against it. Not a real crypt(3) hash: the simulation keeps no passwords, only something
 * that tells a right password from a wrong one.
 */
import { readText } from '../users';
import type { FileSystem } from '../../fs/filesystem';

export function simulatedPasswordHash(name: string, password: string): string {
  let hash = 0;
  for (const ch of `${name}:${password}`) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `$y$j9T$${hash.toString(36)}$simulated`;
}

/** The /etc/shadow password field of a user ('' when the user has no shadow entry). */
export function shadowPassword(fs: FileSystem, name: string): string | undefined {
  for (const line of readText(fs, '/etc/shadow').split('\n')) {
    const fields = line.split(':');
    if (fields[0] === name) return fields[1] ?? '';
  }
  return undefined;
}

/** Whether `password` unlocks the account: a locked (`!`, `*`) or absent entry never does. */
export function passwordMatches(fs: FileSystem, name: string, password: string): boolean {
  const stored = shadowPassword(fs, name);
  if (stored === undefined || stored.startsWith('!') || stored.startsWith('*')) return false;
  return stored === simulatedPasswordHash(name, password);
}
