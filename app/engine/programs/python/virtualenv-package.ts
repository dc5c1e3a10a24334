/**
 * A virtualenv as the `virtualenv` package makes it (what Poetry and Pipenv run): the venv
 * layout with pip seeded, pyvenv.cfg in virtualenv's words (its version from the dist-info
 * beside the tool that runs it) and the .gitignore it writes. `prompt` is what `--prompt`
 * gave (Poetry: "app-py3.12", Pipenv: the project's name).
 */
import type { Catalog } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { readText, removeTree, writeText } from '../common/fs-helpers';
import { findPython, type PythonEnv } from './env';
import { installedDists } from './site';
import { createVenv } from './venv';

/** The virtualenv release installed beside the tool (`own`), or the catalog's. */
export function virtualenvVersion(io: ProgramIO, own: PythonEnv): string {
  const dist = installedDists(io.fs, [own.sitePackages]).find(
    (d) => d.name.toLowerCase() === 'virtualenv',
  );
  return dist?.version ?? '20.35.4';
}

/** The interpreter a virtualenv is based on: the tool's own, or the system one it came from. */
export function basePython(io: ProgramIO, own: PythonEnv): PythonEnv {
  return own.venv ? (findPython(io, 'python3') ?? own) : own;
}

export function makeVirtualenv(
  io: ProgramIO,
  catalog: Catalog,
  own: PythonEnv,
  root: string,
  prompt: string,
): PythonEnv | undefined {
  const system = basePython(io, own);
  const code = createVenv(io, catalog, system, root, {
    withoutPip: false,
    systemSitePackages: false,
    invokedAs: system.python,
  });
  if (code !== 0) return undefined;
  const prefix = system.python.replace(/\/bin\/python3\.\d+$/, '');
  writeText(
    io.fs,
    `${root}/pyvenv.cfg`,
    `home = ${prefix}/bin\nimplementation = CPython\nversion_info = ${system.version}.final.0\nvirtualenv = ${virtualenvVersion(io, own)}\ninclude-system-site-packages = false\nbase-prefix = ${prefix}\nbase-exec-prefix = ${prefix}\nbase-executable = ${system.python}\nprompt = ${prompt}\n`,
  );
  writeText(io.fs, `${root}/.gitignore`, '# created by virtualenv automatically\n*\n');
  virtualenvBin(io, root, system.minor);
  return findPython(io, `${root}/bin/python`);
}

const ACTIVATE_THIS =
  '"""\nActivate virtualenv for current interpreter:\n\nimport runpy\nrunpy.run_path(this_file)\n\nThis can be used when you must use an existing Python interpreter, not the virtualenv bin/python.\n"""  # noqa: D415\n';

/**
 * What virtualenv's bin holds that the stdlib venv's does not: its activators are named
 * activate.ps1 (not Activate.ps1), with activate.nu (Nushell) and activate_this.py beside them,
 * and its pip seeder adds a `pip-3.12` script (virtualenv 20.x; deactivate.nu went away in
 * later 20.x releases). The scripts' texts are shortened, as the venv's are.
 */
function virtualenvBin(io: ProgramIO, root: string, minor: string): void {
  const bin = `${root}/bin`;
  removeTree(io.fs, `${bin}/Activate.ps1`);
  writeText(
    io.fs,
    `${bin}/activate.ps1`,
    `$env:VIRTUAL_ENV = "${root}"\n$env:PATH = "$env:VIRTUAL_ENV/bin:$env:PATH"\n`,
  );
  writeText(
    io.fs,
    `${bin}/activate.nu`,
    `export-env {\n    $env.VIRTUAL_ENV = '${root}'\n    $env.PATH = ($env.PATH | prepend '${bin}')\n}\n`,
  );
  writeText(io.fs, `${bin}/activate_this.py`, ACTIVATE_THIS);
  const pip = readText(io.fs, `${bin}/pip${minor}`);
  if (pip !== undefined) writeText(io.fs, `${bin}/pip-${minor}`, pip, 0o755);
}
