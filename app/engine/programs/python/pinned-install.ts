/**
 * What uv, Poetry and Pipenv do after reading their lock file: install exact versions with
 * no dependency resolution of their own (the lock already holds the whole tree). pip's
 * installer places the files; its own output is silenced, since each tool prints its own
 * lines, and its notes are kept under the tool's name.
 */
import type { Catalog } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import type { PythonEnv } from './env';
import { pipInstall } from './pip-install';

export interface Pin {
  name: string;
  version: string;
}

export interface PinnedTarget {
  site: string;
  binDir: string;
  /** Where wheels are cached; undefined for none. */
  cacheDir?: string | undefined;
  /** A venv's or a user install: pip's errno 13 report then gives no --user advice. */
  userOrVenv: boolean;
  /** The tool's name for pip's notes ("uv did not download..."). */
  tool: string;
  /** Drop pip's stderr too (the tool reports a failure in its own words). */
  silent?: boolean;
}

export function installPinned(
  io: ProgramIO,
  catalog: Catalog,
  env: PythonEnv,
  pins: readonly Pin[],
  target: PinnedTarget,
): number {
  const quietIO: ProgramIO = {
    ...io,
    stdout: () => undefined,
    ...(target.silent ? { stderr: () => undefined } : {}),
    note: (text) =>
      io.note(text.replace(/^pip did not download/, `${target.tool} did not download`)),
  };
  return pipInstall(quietIO, catalog, env, {
    requirements: pins.map((p) => ({
      name: p.name,
      text: `${p.name}==${p.version}`,
      specs: [{ op: '==', version: p.version }],
    })),
    upgrade: true,
    cacheDir: target.cacheDir,
    site: target.site,
    binDir: target.binDir,
    otherSites: [],
    noDeps: true,
    quiet: 1,
    userOrVenv: target.userOrVenv,
    rootWarning: false,
    warnScriptLocation: false,
  });
}
