/**
 * Poetry's settings and the environment it installs into. Settings come, highest first, from
 * POETRY_* variables (POETRY_VIRTUALENVS_CREATE=false; only "true" and "1" are true), the
 * project's poetry.toml (`poetry config --local`), then config.toml in POETRY_CONFIG_DIR or
 * ~/.config/pypoetry. The environment is the active VIRTUAL_ENV, the project's .venv if it has
 * one, the interpreter Poetry runs with when virtualenvs.create is false ("Skipping virtualenv
 * creation, as specified in config file."), else a virtualenv Poetry makes: `<project>/.venv`
 * with virtualenvs.in-project, or `<cache-dir>/virtualenvs/<name>-<hash>-py3.X`, the hash being
 * the first 8 characters of the urlsafe base64 sha256 of the project's path.
 */
import type { Catalog } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { absolute, exists, readText } from '../common/fs-helpers';
import { base64OfHex, sha256Hex } from '../common/hash';
import { parseToml, type TomlTable, type TomlValue } from '../rust/toml';
import { findPython, type PythonEnv } from './env';
import type { PoetryProject } from './poetry-project';
import { satisfies } from './requirements';
import { poetrySpecs } from './poetry-project';
import { basePython, makeVirtualenv } from './virtualenv-package';

export function poetryConfigDir(io: ProgramIO): string {
  const dir = io.env.POETRY_CONFIG_DIR;
  if (dir) return absolute(io.cwd, dir);
  const xdg = io.env.XDG_CONFIG_HOME;
  return xdg ? `${xdg}/pypoetry` : `${io.env.HOME ?? io.user.home}/.config/pypoetry`;
}

function cacheDirDefault(io: ProgramIO): string {
  const xdg = io.env.XDG_CACHE_HOME;
  return xdg ? `${xdg}/pypoetry` : `${io.env.HOME ?? io.user.home}/.cache/pypoetry`;
}

function lookup(table: TomlTable | undefined, key: string): TomlValue | undefined {
  let value: TomlValue | undefined = table;
  for (const part of key.split('.')) {
    if (value === undefined || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = value[part];
  }
  return value;
}

function readConfigFile(io: ProgramIO, path: string): TomlTable | undefined {
  const text = readText(io.fs, path);
  if (text === undefined) return undefined;
  const parsed = parseToml(text);
  return parsed.ok ? parsed.value : undefined;
}

/** A setting ("virtualenvs.create") as Poetry reads it, or undefined where none is set. */
export function poetrySetting(
  io: ProgramIO,
  projectDir: string | undefined,
  key: string,
): string | boolean | undefined {
  const variable = `POETRY_${key.toUpperCase().replace(/[.-]/g, '_')}`;
  const fromEnv = io.env[variable];
  if (fromEnv !== undefined) {
    const known = BOOLEAN_SETTINGS.has(key);
    return known ? fromEnv === 'true' || fromEnv === '1' : fromEnv;
  }
  const files = [
    ...(projectDir ? [`${projectDir === '/' ? '' : projectDir}/poetry.toml`] : []),
    `${poetryConfigDir(io)}/config.toml`,
  ];
  for (const file of files) {
    const value = lookup(readConfigFile(io, file), key);
    if (typeof value === 'string' || typeof value === 'boolean') return value;
  }
  return undefined;
}

export const BOOLEAN_SETTINGS = new Set([
  'virtualenvs.create',
  'virtualenvs.in-project',
  'virtualenvs.prefer-active-python',
  'virtualenvs.options.no-pip',
  'virtualenvs.options.system-site-packages',
  'installer.parallel',
  'installer.modern-installation',
  'warnings.export',
  'package-mode',
]);

export function poetryCacheDir(io: ProgramIO, projectDir: string | undefined): string {
  const value = poetrySetting(io, projectDir, 'cache-dir');
  return typeof value === 'string' ? absolute(io.cwd, value) : cacheDirDefault(io);
}

/** `app-Dq1Fv6aC`: Poetry's name for a project's virtualenv, before the -py3.X suffix. */
export function envName(name: string, dir: string): string {
  const sanitized = name
    .toLowerCase()
    .replace(/[ $`!*@"\\\r\n\t]/g, '_')
    .slice(0, 42);
  const hash = base64OfHex(sha256Hex(dir)).replace(/\+/g, '-').replace(/\//g, '_').slice(0, 8);
  return `${sanitized}-${hash}`;
}

export type EnvChoice = { ok: true; env: PythonEnv } | { ok: false; code: number };

/**
 * The environment for a command that needs one (install, run, export does not). `own` is the
 * Python Poetry itself runs with. Messages go to stderr, as Poetry writes them.
 */
export function poetryEnv(
  io: ProgramIO,
  catalog: Catalog,
  own: PythonEnv,
  project: PoetryProject,
  options: { create: boolean } = { create: true },
): EnvChoice {
  const active = io.env.VIRTUAL_ENV;
  if (active && exists(io.fs, `${active}/pyvenv.cfg`)) {
    const env = findPython(io, `${active}/bin/python`);
    if (env?.venv) return { ok: true, env };
  }
  const dir = project.dir;
  const inProjectPath = `${dir === '/' ? '' : dir}/.venv`;
  const inProject = poetrySetting(io, dir, 'virtualenvs.in-project');
  if (inProject !== false && exists(io.fs, `${inProjectPath}/pyvenv.cfg`)) {
    const env = findPython(io, `${inProjectPath}/bin/python`);
    if (env?.venv) return { ok: true, env };
  }
  if (poetrySetting(io, dir, 'virtualenvs.create') === false) {
    io.stderr('Skipping virtualenv creation, as specified in config file.\n');
    return { ok: true, env: own };
  }
  const setPath = poetrySetting(io, dir, 'virtualenvs.path');
  const base =
    typeof setPath === 'string'
      ? absolute(io.cwd, setPath)
      : `${poetryCacheDir(io, dir)}/virtualenvs`;
  const root =
    inProject === true ? inProjectPath : `${base}/${envName(project.name, dir)}-py${own.minor}`;
  if (exists(io.fs, `${root}/pyvenv.cfg`)) {
    const env = findPython(io, `${root}/bin/python`);
    if (env?.venv) return { ok: true, env };
  }
  if (!options.create) return { ok: true, env: own };
  if (project.python && !satisfies(own.version, poetrySpecs(project.python))) {
    io.stderr(
      `The currently activated Python version ${own.version} is not supported by the project (${project.python}).\nTrying to find and use a compatible version. \n`,
    );
    io.stderr(
      '\nPoetry was unable to find a compatible version. If you have one, you can explicitly use it via the "env use" command.\n',
    );
    return { ok: false, code: 1 };
  }
  // Wording as Poetry 1.8 and 2.x print it (the in-project case names the project, not the
  // hashed name: from memory of real logs, not checked against a running Poetry).
  io.stderr(
    inProject === true
      ? `Creating virtualenv ${project.name} in ${root}\n`
      : `Creating virtualenv ${root.slice(base.length + 1)} in ${base}\n`,
  );
  const env = makeVirtualenv(
    io,
    catalog,
    own,
    root,
    `${project.name}-py${basePython(io, own).minor}`,
  );
  return env ? { ok: true, env } : { ok: false, code: 1 };
}
