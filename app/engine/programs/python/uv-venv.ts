/**
 * uv's virtual environments: `uv venv [DIR]` and the project environment `uv sync` makes
 * (.venv, or UV_PROJECT_ENVIRONMENT). The layout is the venv module's (bin/python symlinks,
 * activate scripts, lib/pythonX.Y/site-packages) without pip, and pyvenv.cfg says uv made it.
 */
import type { Catalog } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { absolute, exists, writeText } from '../common/fs-helpers';
import { findPython, type PythonEnv } from './env';
import { createVenv } from './venv';

/** The interpreter uv reports and bases environments on: the `python3` PATH finds. */
export function uvInterpreterPath(env: PythonEnv): string {
  return env.python.replace(/python3\.\d+$/, 'python3');
}

/** A path as uv prints it: relative to the working directory when under it. */
function shown(io: ProgramIO, path: string): string {
  const prefix = io.cwd === '/' ? '/' : `${io.cwd}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

export function makeUvVenv(
  io: ProgramIO,
  catalog: Catalog,
  system: PythonEnv,
  version: string,
  root: string,
  activateHint: boolean,
): PythonEnv | undefined {
  io.stderr(`Using CPython ${system.version} interpreter at: ${uvInterpreterPath(system)}\n`);
  io.stderr(`Creating virtual environment at: ${shown(io, root)}\n`);
  const code = createVenv(io, catalog, system, root, {
    withoutPip: true,
    systemSitePackages: false,
    invokedAs: uvInterpreterPath(system),
  });
  if (code !== 0) return undefined;
  writeText(
    io.fs,
    `${root}/pyvenv.cfg`,
    `home = ${system.python.slice(0, system.python.lastIndexOf('/'))}\nimplementation = CPython\nuv = ${version}\nversion_info = ${system.version}\ninclude-system-site-packages = false\nprompt = ${io.cwd.split('/').filter(Boolean).pop() ?? 'venv'}\n`,
  );
  writeText(io.fs, `${root}/.gitignore`, '*\n');
  writeText(io.fs, `${root}/CACHEDIR.TAG`, 'Signature: 8a477f597d28d172789f06886806bc55\n');
  if (activateHint) io.stderr(`Activate with: source ${shown(io, root)}/bin/activate\n`);
  return findPython(io, `${root}/bin/python`);
}

/** The project environment, made if missing; undefined (after uv's error) if it cannot be. */
export function ensureProjectVenv(
  io: ProgramIO,
  catalog: Catalog,
  system: PythonEnv,
  version: string,
): PythonEnv | undefined {
  const root = absolute(io.cwd, io.env.UV_PROJECT_ENVIRONMENT ?? '.venv');
  if (exists(io.fs, `${root}/pyvenv.cfg`)) {
    const env = findPython(io, `${root}/bin/python`);
    if (env?.venv === root) return env;
  }
  // UV_PROJECT_ENVIRONMENT=/usr/local: an existing Python prefix is used as it is.
  if (exists(io.fs, `${root}/bin/python3`)) {
    const env = findPython(io, `${root}/bin/python3`);
    if (env && env.sitePackages.startsWith(`${root}/`)) {
      io.stderr(`Using CPython ${env.version} interpreter at: ${uvInterpreterPath(env)}\n`);
      return env;
    }
  }
  return makeUvVenv(io, catalog, system, version, root, false);
}
