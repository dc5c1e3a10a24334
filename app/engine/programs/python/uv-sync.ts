/**
 * `uv sync` and `uv lock`: the project's pyproject.toml is resolved (or read from uv.lock) and
 * the project environment (.venv, or UV_PROJECT_ENVIRONMENT) made to match. `--frozen` takes
 * uv.lock as it is; `--locked` refuses a missing or outdated lock; `--no-dev` leaves the dev
 * group out; `--no-install-project` installs only the dependencies (the Docker layer-caching
 * idiom). A project with a [build-system] is itself installed, editable, as uv does.
 */
import type { Catalog } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { readText, writeText } from '../common/fs-helpers';
import type { PythonEnv } from './env';
import { installLocalProject } from './local-project';
import { isPackage, readPyProject, type PyProject } from './pyproject';
import { canonical } from './site';
import { uvElapsed, uvInstall, type UvInstallOptions } from './uv-install';
import { lockCurrent, lockText, reachable, readLock, resolve, type Lock } from './uv-lock';
import { ensureProjectVenv, uvInterpreterPath } from './uv-venv';

export interface SyncFlags {
  frozen: boolean;
  locked: boolean;
  noDev: boolean;
  noInstallProject: boolean;
  noEditable: boolean;
  /** `uv lock`: write the lock, install nothing. */
  lockOnly: boolean;
  noCache: boolean;
  compileBytecode: boolean;
  /** `uv run`'s sync: an environment already in step is "Checked", not "Audited". */
  forRun?: boolean;
}

function loadProject(io: ProgramIO): { project: PyProject } | { code: number } {
  const read = readPyProject(io.fs, io.cwd);
  if (read.ok) return { project: read.project };
  if (read.missing) {
    io.stderr('error: No `project` table found in: `' + io.cwd + '/pyproject.toml`\n');
    return { code: 2 };
  }
  io.stderr(`error: ${read.error}\n`);
  return { code: 2 };
}

export function uvSync(
  io: ProgramIO,
  catalog: Catalog,
  system: PythonEnv,
  version: string,
  flags: SyncFlags,
): number {
  if (readText(io.fs, `${io.cwd}/pyproject.toml`) === undefined) {
    io.stderr('error: No `pyproject.toml` found in current directory or any parent directory\n');
    return 2;
  }
  const loaded = loadProject(io);
  if ('code' in loaded) return loaded.code;
  const project = loaded.project;
  const lockPath = `${io.cwd}/uv.lock`;
  const lockSource = readText(io.fs, lockPath);
  let lock: Lock | undefined =
    lockSource === undefined ? undefined : readLock(lockSource, project.name);
  const packaged = isPackage(io.fs, io.cwd);
  if (flags.frozen && !lock) {
    io.stderr(
      'error: Unable to find lockfile at `uv.lock`, but `--frozen` was provided. To create a lockfile, run `uv lock` or `uv sync` without the flag.\n',
    );
    return 2;
  }
  if (flags.locked && !lock) {
    io.stderr(
      'error: Unable to find lockfile at `uv.lock`. To create a lockfile, run `uv lock` or `uv sync`.\n',
    );
    return 2;
  }
  let env: PythonEnv | undefined;
  if (!flags.lockOnly) {
    env = ensureProjectVenv(io, catalog, system, version);
    if (!env) return 2;
  } else {
    io.stderr(`Using CPython ${system.version} interpreter at: ${uvInterpreterPath(system)}\n`);
  }
  const target = env ?? system;
  if (!flags.frozen) {
    const fresh = lock && lockCurrent(lock, project) ? lock : undefined;
    if (!fresh && flags.locked) {
      io.stderr(
        `Resolved ${resolveCount(catalog, target, project)} packages in ${uvElapsed(180)}\n`,
      );
      io.stderr(
        'error: The lockfile at `uv.lock` needs to be updated, but `--locked` was provided. To update the lockfile, run `uv lock`.\n',
      );
      return 2;
    }
    if (fresh) {
      io.stderr(`Resolved ${fresh.packages.length + 1} packages in ${uvElapsed(1)}\n`);
    } else {
      const packages = resolve(catalog, target, [...project.dependencies, ...project.dev]);
      const ms = 60 + packages.length * 25;
      io.spend(ms);
      io.stderr(`Resolved ${packages.length + 1} packages in ${uvElapsed(ms)}\n`);
      lock = {
        packages,
        requires: [...project.dependencies].sort(),
        dev: [...project.dev].sort(),
      };
      writeText(io.fs, lockPath, lockText(project, target, packages, packaged));
      if (!lockSource) io.note('uv wrote uv.lock: commit it, and build with `uv sync --locked`.');
    }
  }
  if (flags.lockOnly || !env || !lock) return 0;
  const roots = [...project.dependencies, ...(flags.noDev ? [] : project.dev)];
  const packages = reachable(lock, roots);
  const options: UvInstallOptions = {
    site: env.sitePackages,
    binDir: env.binDir,
    noCache: flags.noCache,
    compileBytecode: flags.compileBytecode,
    ...(flags.forRun ? { upToDateWord: 'Checked' as const } : {}),
  };
  const installProject = packaged && !flags.noInstallProject;
  const extra = installProject
    ? {
        built: [`      Built ${canonical(project.name)} @ file://${io.cwd}`],
        installed: [` + ${canonical(project.name)}==${project.version} (from file://${io.cwd})`],
      }
    : {};
  const code = uvInstall(io, catalog, env, packages, options, extra);
  if (code !== 0) return code;
  if (installProject) {
    installLocalProject(io.fs, project, {
      dir: io.cwd,
      site: env.sitePackages,
      binDir: env.binDir,
      python: `${env.binDir}/python`,
      editable: !flags.noEditable,
      installer: 'uv',
    });
  }
  return 0;
}

function resolveCount(catalog: Catalog, env: PythonEnv, project: PyProject): number {
  return resolve(catalog, env, [...project.dependencies, ...project.dev]).length + 1;
}
