/** POSIX-style failures; each userland (GNU, BusyBox) words them its own way. */
export type FsError =
  | 'ENOENT'
  | 'EEXIST'
  | 'ENOTDIR'
  | 'EISDIR'
  | 'ENOTEMPTY'
  | 'ELOOP'
  | 'EINVAL'
  | 'EBUSY'
  | 'EROFS'
  /** A mode bit says no (a non-root process: shell/exec/permission-fs.ts). */
  | 'EACCES'
  /** Only the owner or root may (chmod, chown, unlink in a sticky directory). */
  | 'EPERM';

export type FsResult<T> = { ok: true; value: T } | { ok: false; error: FsError };

export const ok = <T>(value: T): FsResult<T> => ({ ok: true, value });
export const fail = <T = never>(error: FsError): FsResult<T> => ({ ok: false, error });

/** strerror(3) text, shared by GNU and BusyBox tools. */
export const STRERROR: Record<FsError, string> = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  ENOTEMPTY: 'Directory not empty',
  ELOOP: 'Too many levels of symbolic links',
  EINVAL: 'Invalid argument',
  EBUSY: 'Device or resource busy',
  EROFS: 'Read-only file system',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
};
