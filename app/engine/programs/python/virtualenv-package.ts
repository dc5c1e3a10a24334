/**
 * A virtualenv as the `virtualenv` package makes it (what Poetry and Pipenv run): the venv
 * layout with pip seeded, pyvenv.cfg in virtualenv's words (its version from the dist-info
 * beside the tool that runs it) and the .gitignore it writes. `prompt` is what `--prompt`
 * gave (Poetry: "app-py3.12", Pipenv: the project's name).
 */
import type { Catalog } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { writeText } from '../common/fs-helpers';
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
  return findPython(io, `${root}/bin/python`);
}
