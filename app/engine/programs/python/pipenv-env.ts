/**
 * The environment Pipenv installs into: the system Python with --system (or
 * PIPENV_USE_SYSTEM), an active VIRTUAL_ENV (with Pipenv's "Courtesy Notice"), else the
 * project's virtualenv: `<project>/.venv` with PIPENV_VENV_IN_PROJECT (or an existing .venv
 * directory while that variable is unset), else `$WORKON_HOME` or
 * `~/.local/share/virtualenvs/<name>-<hash>` (PIPENV_CUSTOM_VENV_NAME replaces the name).
 * A missing one is made with the virtualenv package, printing what Pipenv prints. Wording from
 * Pipenv 2024-2025's sources (rich output, no spinner when stderr is no terminal); the
 * virtualenv lines are virtualenv 20.x's.
 */
import type { Catalog } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { absolute, exists, isDir, isFile, writeBlob, writeText } from '../common/fs-helpers';
import { findPython, type PythonEnv } from './env';
import { virtualenvName, type Pipfile } from './pipfile';
import { basePython, makeVirtualenv } from './virtualenv-package';

const truthy = (v: string | undefined) =>
  v !== undefined && ['1', 'true', 'yes', 'on'].includes(v.toLowerCase());
const falsy = (v: string | undefined) =>
  v !== undefined && ['0', 'false', 'no', 'off'].includes(v.toLowerCase());

export function quiet(io: ProgramIO): boolean {
  return io.env.PIPENV_VERBOSITY === '-1' || truthy(io.env.PIPENV_QUIET);
}

/** Where the project's virtualenv is (whether or not it exists yet). */
export function virtualenvLocation(io: ProgramIO, pipfile: Pipfile): string {
  const dotVenv = `${pipfile.dir === '/' ? '' : pipfile.dir}/.venv`;
  const inProject = io.env.PIPENV_VENV_IN_PROJECT;
  if (truthy(inProject) || (!falsy(inProject) && isDir(io.fs, dotVenv))) return dotVenv;
  const home = io.env.HOME ?? io.user.home;
  const workon = io.env.WORKON_HOME
    ? absolute(io.cwd, io.env.WORKON_HOME)
    : `${io.env.XDG_DATA_HOME ?? `${home}/.local/share`}/virtualenvs`;
  return `${workon}/${io.env.PIPENV_CUSTOM_VENV_NAME ?? virtualenvName(pipfile.path)}`;
}

/** The project's virtualenv if it exists (Pipenv checks for bin/activate). */
export function existingVirtualenv(io: ProgramIO, pipfile: Pipfile): PythonEnv | undefined {
  const active = activeVirtualenv(io);
  if (active) return active;
  const root = virtualenvLocation(io, pipfile);
  return isFile(io.fs, `${root}/bin/activate`) ? findPython(io, `${root}/bin/python`) : undefined;
}

/** VIRTUAL_ENV, unless Pipenv is told to ignore it or runs inside `pipenv run`/`shell`. */
function activeVirtualenv(io: ProgramIO): PythonEnv | undefined {
  const active = io.env.VIRTUAL_ENV;
  if (!active || io.env.PIPENV_ACTIVE || truthy(io.env.PIPENV_IGNORE_VIRTUALENVS)) return undefined;
  if (!exists(io.fs, `${active}/pyvenv.cfg`)) return undefined;
  const env = findPython(io, `${active}/bin/python`);
  return env?.venv ? env : undefined;
}

export type PipenvEnvChoice = { ok: true; env: PythonEnv } | { ok: false; code: number };

/**
 * The environment for install, sync, lock and run: made if missing. `own` is the Python
 * Pipenv runs with; `system` is --system.
 */
export function pipenvEnv(
  io: ProgramIO,
  catalog: Catalog,
  own: PythonEnv,
  pipfile: Pipfile,
  system: boolean,
): PipenvEnvChoice {
  if (system || truthy(io.env.PIPENV_USE_SYSTEM))
    return { ok: true, env: findPython(io, 'python') ?? basePython(io, own) };
  const active = activeVirtualenv(io);
  if (active) {
    if (!quiet(io))
      io.stderr(
        'Courtesy Notice:\nPipenv found itself running within a virtual environment,  so it will automatically use that environment, instead of  creating its own for any project. You can set\nPIPENV_IGNORE_VIRTUALENVS=1 to force pipenv to ignore that environment and create  its own instead.\nYou can set PIPENV_VERBOSITY=-1 to suppress this warning.\n',
      );
    return { ok: true, env: active };
  }
  const existing = existingVirtualenv(io, pipfile);
  if (existing) return { ok: true, env: existing };
  return createVirtualenv(io, catalog, own, pipfile);
}

function createVirtualenv(
  io: ProgramIO,
  catalog: Catalog,
  own: PythonEnv,
  pipfile: Pipfile,
): PipenvEnvChoice {
  const base = basePython(io, own);
  const wanted = io.env.PIPENV_PYTHON ?? pipfile.pythonVersion;
  io.stderr(`Creating a virtualenv for this project\nPipfile: ${pipfile.path}\n`);
  if (wanted && !`${base.version}`.startsWith(wanted) && !wanted.includes('/')) {
    // Pipenv looks for that Python, then for pyenv or asdf to install it: the official
    // images have neither.
    io.stderr(
      `Warning: Python ${wanted} was not found on your system...\nNeither 'pyenv' nor 'asdf' could be found to install Python.\nYou can specify specific versions of Python with:\n$ pipenv --python path/to/python\n`,
    );
    return { ok: false, code: 1 };
  }
  const root = virtualenvLocation(io, pipfile);
  const from = wanted ? 'Using' : 'Using default python from';
  io.stderr(`${from} ${base.python} (${base.version}) to create virtualenv...\n`);
  const name = pipfile.dir.split('/').pop() ?? 'app';
  const env = makeVirtualenv(io, catalog, own, root, name);
  if (!env) return { ok: false, code: 1 };
  writeText(io.fs, `${root}/.project`, pipfile.dir);
  const home = io.env.HOME ?? io.user.home;
  const appData = `${io.env.XDG_DATA_HOME ?? `${home}/.local/share`}/virtualenv`;
  // virtualenv keeps the wheels it seeds from in its app-data folder (a layer's weight).
  writeBlob(io.fs, `${appData}/wheel/house/pip-25.3-py3-none-any.whl`, 'virtualenv:pip', 1_778_000);
  const ms = 250;
  io.spend(ms);
  io.stderr(
    `created virtual environment CPython${base.version}.final.0-64 in ${ms}ms\n` +
      `  creator CPython3Posix(dest=${root}, clear=False, no_vcs_ignore=False, global=False)\n` +
      `  seeder FromAppData(download=False, pip=bundle, via=copy, app_data_dir=${appData})\n` +
      '    added seed packages: pip==25.3\n' +
      '  activators BashActivator,CShellActivator,FishActivator,NushellActivator,PowerShellActivator,PythonActivator\n' +
      '\n✔ Successfully created virtual environment!\n' +
      `Virtualenv location: ${root}\n`,
  );
  io.note(
    `Pipenv made a virtualenv in ${root}: packages go there, not into the image's Python. Run the app with \`pipenv run\` or ${root}/bin/python, or install with --system.`,
  );
  return { ok: true, env };
}
