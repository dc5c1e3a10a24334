/**
 * Where npm's first write into a project would be refused: the classic Dockerfile pitfall
 * (`WORKDIR /app` as root, then `USER node`, then `npm install`), where real npm fails to
 * create node_modules in a directory root owns. The checks are the process's own (its
 * filesystem view makes the kernel's checks, `shell/access.ts`); root's view checks nothing,
 * so nothing is refused there.
 *
 * Order as npm's reify writes: node_modules (and the packages' folders in it) first, then
 * package-lock.json.
 */
import type { FileSystem } from '../../fs/filesystem';
import { accessOf, EXEC, WRITE } from '../../shell/access';

export interface RefusedWrite {
  syscall: 'mkdir' | 'open';
  path: string;
}

function refused(fs: FileSystem, path: string, want: number): boolean {
  const result = accessOf(fs, path, want);
  return result !== undefined && !result.ok && result.error === 'EACCES';
}

/**
 * The first write an install into `project` would have refused, if any. `packages` are the
 * names of the folders it would make in node_modules; `writeLock` says whether it would
 * (re)write package-lock.json.
 */
export function refusedInstallWrite(
  fs: FileSystem,
  project: string,
  packages: readonly string[],
  writeLock: boolean,
): RefusedWrite | undefined {
  const base = project === '/' ? '' : project.replace(/\/$/, '');
  const modules = `${base}/node_modules`;
  const st = fs.stat(modules);
  if (!st.ok) {
    if (packages.length > 0 && refused(fs, base || '/', WRITE | EXEC))
      return { syscall: 'mkdir', path: modules };
  } else if (st.value.node.kind === 'dir' && packages.length > 0) {
    const first = [...packages].sort()[0] as string;
    if (!fs.stat(`${modules}/${first}`).ok && refused(fs, modules, WRITE | EXEC))
      return { syscall: 'mkdir', path: `${modules}/${first}` };
  }
  if (!writeLock) return undefined;
  const lock = `${base}/package-lock.json`;
  const lockRefused = fs.stat(lock).ok
    ? refused(fs, lock, WRITE)
    : refused(fs, base || '/', WRITE | EXEC);
  return lockRefused ? { syscall: 'open', path: lock } : undefined;
}

/**
 * npm 10's report of a refused write (Node's error, inspected, then its advice), as the
 * "npm error" lines print it. Exit status 243: npm exits with the error's errno (-13).
 */
export function eaccesLines(write: RefusedWrite): string[] {
  const message = `EACCES: permission denied, ${write.syscall} '${write.path}'`;
  return [
    'code EACCES',
    `syscall ${write.syscall}`,
    `path ${write.path}`,
    'errno -13',
    `Error: ${message}`,
    ` [Error: ${message}] {`,
    '  errno: -13,',
    "  code: 'EACCES',",
    `  syscall: '${write.syscall}',`,
    `  path: '${write.path}'`,
    '}',
    '',
    'The operation was rejected by your operating system.',
    'It is likely you do not have the permissions to access this file as the current user',
    '',
    'If you believe this might be a permissions issue, please double-check the',
    'permissions of the file and its containing directories, or try running',
    'the command again as root/Administrator.',
  ];
}

export const EACCES_EXIT = 243;
