/**
 * Unix permission checks as the kernel makes them for a process: the owner's, the group's
 * or the others' three bits (the first class that matches decides, even when a later one
 * would allow more), and uid 0 passes every check but execute, which needs some x bit.
 */
import type { FsError, FsResult } from '../fs/errors';
import type { FileSystem } from '../fs/filesystem';
import type { LiveNode } from '../fs/node';
import type { User } from './program';
import { processGroups } from './users';

export const READ = 4;
export const WRITE = 2;
export const EXEC = 1;

/** Who a process is, for permission checks: its uid, and every group it is in. */
export interface Credentials {
  uid: number;
  gid: number;
  groups: ReadonlySet<number>;
}

/**
 * The groups the kernel checks a file's group against: the process's gid and the
 * supplementary groups it holds. Those were fixed when it started (`user.groups`: `-u app:1000`
 * holds none even where /etc/group lists app elsewhere, and `--group-add 1009` holds 1009
 * with no file saying so, as the 20.10 oracle shows); only a process that carries no list
 * gets a login's, its primary group and the groups /etc/group lists its name in.
 */
export function credentialsOf(fs: FileSystem, user: User): Credentials {
  const groups = new Set([user.gid]);
  if (user.uid !== 0) for (const gid of processGroups(fs, user)) groups.add(gid);
  return { uid: user.uid, gid: user.gid, groups };
}

/** May the process `want` (READ | WRITE | EXEC bits) this node? Symlinks are never checked. */
export function mayAccess(node: LiveNode, cred: Credentials, want: number): boolean {
  if (node.kind === 'symlink') return true;
  if (cred.uid === 0)
    return (want & EXEC) === 0 || node.kind === 'dir' || (node.mode & 0o111) !== 0;
  const bits =
    node.uid === cred.uid
      ? (node.mode >> 6) & 7
      : cred.groups.has(node.gid)
        ? (node.mode >> 3) & 7
        : node.mode & 7;
  return (bits & want) === want;
}

/** The filesystem a process sees enforces its permissions: `access(2)` on it. */
export interface AccessChecking {
  readonly credentials: Credentials;
}

/** The credentials a filesystem checks for, when it is a process's view (permission-fs.ts). */
export function credentialsOfFs(fs: FileSystem): Credentials | undefined {
  const checking = fs as Partial<AccessChecking>;
  return checking.credentials;
}

/** May this filesystem's process run this node (a file with an x bit it may use)? */
export function mayExecute(fs: FileSystem, node: LiveNode): boolean {
  if (node.kind !== 'file') return false;
  const cred = credentialsOfFs(fs);
  return cred ? mayAccess(node, cred, EXEC) : (node.mode & 0o111) !== 0;
}

/** access(2) on a process's filesystem; undefined when the filesystem checks nothing (root). */
export function accessOf(fs: FileSystem, path: string, want: number): FsResult<void> | undefined {
  const checking = fs as Partial<{ access(path: string, want: number): FsResult<void> }>;
  return typeof checking.access === 'function' ? checking.access(path, want) : undefined;
}

/** rename(2)'s permission checks on a process's filesystem (none for root). */
export function renameDenied(fs: FileSystem, from: string, to: string): FsError | undefined {
  const checking = fs as Partial<{ renameDenied(from: string, to: string): FsError | undefined }>;
  return typeof checking.renameDenied === 'function' ? checking.renameDenied(from, to) : undefined;
}
