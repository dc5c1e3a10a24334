/**
 * pip as a user who may not write where it installs. pip decides before it collects anything:
 * when site-packages is not writable and user site-packages are enabled (not in a venv, no
 * PYTHONNOUSERSITE), it says "Defaulting to user installation" and installs into ~/.local.
 * Otherwise, or when ~/.local cannot be made either, the install itself fails with an
 * OSError (errno 13), after the downloads, as `os.makedirs` reports it: the first folder it
 * could not create.
 *
 * Checks are the process's own (its filesystem view, `shell/access.ts`); root's view checks
 * nothing.
 */
import type { FileSystem } from '../../fs/filesystem';
import { resolvePath, splitPath } from '../../fs/path';
import { accessOf, EXEC, WRITE } from '../../shell/access';
import type { ProgramIO } from '../../shell/program';
import type { PythonEnv } from './env';

function refused(fs: FileSystem, dir: string): boolean {
  const result = accessOf(fs, dir, WRITE | EXEC);
  return result !== undefined && !result.ok && result.error === 'EACCES';
}

/** pip's test_writable_dir: the folder, or the nearest existing folder above it, is writable. */
export function dirWritable(fs: FileSystem, dir: string): boolean {
  let at = resolvePath('/', dir);
  while (!fs.stat(at).ok && at !== '/') at = at.slice(0, at.lastIndexOf('/')) || '/';
  return !refused(fs, at);
}

/** Are user site-packages on (site.ENABLE_USER_SITE)? Not in a venv, nor with PYTHONNOUSERSITE. */
export function userSiteEnabled(io: ProgramIO, env: PythonEnv): boolean {
  return env.venv === undefined && !io.env.PYTHONNOUSERSITE;
}

/**
 * Where `os.makedirs(dir)` (and then the file's open) would fail with EACCES: the first
 * missing folder whose parent may not be written, or the file itself in a folder that may not
 * be written.
 */
export function refusedWrite(fs: FileSystem, file: string): string | undefined {
  const parts = splitPath(resolvePath('/', file));
  let at = '/';
  for (const part of parts) {
    const next = `${at === '/' ? '' : at}/${part}`;
    if (!fs.stat(next).ok) return refused(fs, at) ? next : undefined;
    at = next;
  }
  return undefined;
}

export const DEFAULTING_TO_USER =
  'Defaulting to user installation because normal site-packages is not writeable\n';

/** pip's OSError report for errno 13; the --user advice only where it would help. */
export function permissionDenied(path: string, userOrVenv: boolean): string {
  return (
    `ERROR: Could not install packages due to an OSError: [Errno 13] Permission denied: '${path}'\n` +
    (userOrVenv
      ? 'Check the permissions.\n'
      : 'Consider using the `--user` option or check the permissions.\n') +
    '\n'
  );
}

/** pip disables a cache folder it may not write (a user whose HOME is not theirs). */
export function cacheDisabledWarning(dir: string): string {
  return `WARNING: The directory '${dir}' or its parent directory is not owned or is not writable by the current user. The cache has been disabled. Check the permissions and owner of that directory. If executing pip with sudo, you should use sudo's -H flag.\n`;
}

/**
 * pip's warning when a package's console scripts land in a folder not on PATH (a user
 * install's ~/.local/bin), indented as pip logs it while installing. The interpreter's own
 * folder never warns: that is how pip stays quiet for `venv/bin/pip install` without the
 * venv activated.
 */
export function scriptsNotOnPath(
  files: readonly { path: string }[],
  binDir: string,
  path: string,
  interpreterDir?: string,
): string | undefined {
  const dir = resolvePath('/', binDir);
  if (path.split(':').some((entry) => entry !== '' && resolvePath('/', entry) === dir))
    return undefined;
  if (interpreterDir !== undefined && resolvePath('/', interpreterDir) === dir) return undefined;
  const scripts = files
    .filter((f) => resolvePath('/', f.path).startsWith(`${dir}/`))
    .map((f) => f.path.slice(f.path.lastIndexOf('/') + 1))
    .sort();
  if (scripts.length === 0) return undefined;
  const names =
    scripts.length === 1
      ? `script ${scripts[0] ?? ''} is`
      : `scripts ${scripts.slice(0, -1).join(', ')} and ${scripts.at(-1) ?? ''} are`;
  return (
    `  WARNING: The ${names} installed in '${dir}' which is not on PATH.\n` +
    '  Consider adding this directory to PATH or, if you prefer to suppress this warning, use --no-warn-script-location.\n'
  );
}
