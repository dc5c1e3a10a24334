/**
 * Pipenv, as `pip install pipenv` puts it in an image: the `pipenv` console script runs with
 * the Python it was installed into; its version is the pipenv dist-info found there ("pipenv,
 * version 2025.1.1", click's wording). Commands: install (from the lock, or adding packages
 * to the Pipfile), sync, lock, requirements, run, and the --venv/--py/--where queries; others
 * are noted as not modelled. Wording is Pipenv 2024-2025's (from its sources: rich output,
 * which prints no spinners or colours when the output is no terminal, as in a build log).
 */
import type { Catalog } from '../../catalog/types';
import type { Program, ProgramIO } from '../../shell/program';
import { hasOption, optionValues, parseArgs } from '../common/args';
import { writeText } from '../common/fs-helpers';
import { findPython, type PythonEnv } from './env';
import { pipenvRequirements, pipenvRun } from './pipenv-commands';
import { existingVirtualenv, pipenvEnv, quiet, virtualenvLocation } from './pipenv-env';
import {
  installFromLock,
  lockForInstall,
  lockPipfile,
  readLock,
  reloadPipfile,
  usageError,
  type PipenvContext,
} from './pipenv-install';
import {
  locatePipfile,
  newPipfileText,
  parsePipfile,
  readPipfile,
  withPackage,
  type Pipfile,
} from './pipfile';
import { installedDists } from './site';

/** The catalog's Pipenv, for a pipenv whose dist-info cannot be found. */
const DEFAULT_VERSION = '2025.1.1';

const SHORT = { d: 'dev', q: 'quiet', v: 'verbose' };
const TAKES_VALUE = ['categories', 'python', 'pypi-mirror', 'index', 'extra-pip-args'];

function pipenvVersion(io: ProgramIO, own: PythonEnv): string {
  const dist = installedDists(io.fs, [own.sitePackages]).find(
    (d) => d.name.toLowerCase() === 'pipenv',
  );
  return dist?.version ?? DEFAULT_VERSION;
}

/** Global options before the command; the command; its arguments. */
function splitCommand(args: string[]): { globals: string[]; command?: string; rest: string[] } {
  const index = args.findIndex((a) => !a.startsWith('-'));
  if (index < 0) return { globals: args, rest: [] };
  return { globals: args.slice(0, index), command: args[index], rest: args.slice(index + 1) };
}

const categoriesOf = (values: string[]) => values.flatMap((v) => v.split(/[\s,]+/)).filter(Boolean);

export const pipenvProgram =
  (catalog: Catalog): Program =>
  (argv, io) => {
    const own = findPython(io, argv[0] ?? 'pipenv');
    if (!own) {
      io.stderr(`${argv[0] ?? 'pipenv'}: Python is not installed in this image\n`);
      return 127;
    }
    const { globals, command, rest } = splitCommand(argv.slice(1));
    const g = parseArgs(globals, { short: SHORT, takesValue: TAKES_VALUE });
    if (hasOption(g, 'version')) {
      io.stdout(`pipenv, version ${pipenvVersion(io, own)}\n`);
      return 0;
    }
    const path = locatePipfile(io.fs, io.cwd, io.env);
    const pipfile = path ? readPipfile(io.fs, path) : undefined;
    if (pipfile && !pipfile.ok) {
      io.stderr(`ERROR: ${pipfile.error}\n`);
      return 1;
    }
    const found = pipfile?.pipfile;
    if (hasOption(g, 'where') || hasOption(g, 'venv') || hasOption(g, 'py'))
      return queries(io, g.options[0]?.name ?? '', found);
    if (command === undefined) {
      io.stdout('Usage: pipenv [OPTIONS] COMMAND [ARGS]...\n');
      return 0;
    }
    if (!['install', 'sync', 'lock', 'requirements', 'run'].includes(command)) {
      io.note(`pipenv ${command} is not modelled: it did nothing.`);
      return 0;
    }
    if (command === 'run') return run(io, catalog, own, found, rest);
    const parsed = parseArgs(rest, { short: SHORT, takesValue: TAKES_VALUE });
    const flags = {
      system: hasOption(parsed, 'system'),
      deploy: hasOption(parsed, 'deploy'),
      ignorePipfile: hasOption(parsed, 'ignore-pipfile'),
      dev: hasOption(parsed, 'dev'),
      categories: categoriesOf(optionValues(parsed, 'categories')),
    };
    if (command === 'requirements') {
      if (!found) return lockNotFound(io);
      return pipenvRequirements(
        { io, catalog, pipfile: found },
        {
          dev: flags.dev,
          devOnly: hasOption(parsed, 'dev-only'),
          hash: hasOption(parsed, 'hash'),
          excludeMarkers: hasOption(parsed, 'exclude-markers'),
          categories: flags.categories,
        },
      );
    }
    if (!found && (command === 'sync' || flags.deploy)) {
      if (command === 'sync') return lockNotFound(io);
      io.stderr(
        'ERROR: Pipfile not found! Aborting! Please ensure that the file exists and is located in your project root directory.\n',
      );
      return 1;
    }
    const project = found ?? newPipfile(io, own);
    if (!project) return 1;
    const chosen = pipenvEnv(io, catalog, own, project, flags.system);
    if (!chosen.ok) return chosen.code;
    const env = chosen.env;
    let ctx: PipenvContext = { io, catalog, pipfile: project };
    if (!found) {
      io.stderr('Creating a Pipfile for this project...\n');
      writeText(io.fs, project.path, project.text);
    }
    if (!checkPython(io, project, env, flags.deploy)) return usageError(io, 'Aborting deploy');
    if (command === 'lock') return lockPipfile(ctx, env) ? 0 : 1;
    if (command === 'sync') {
      const lock = readLock(ctx);
      if (!lock) return lockNotFound(io);
      const code = installFromLock(ctx, env, lock, wantedCategories(flags));
      if (code === 0 && !quiet(io)) io.stdout('All dependencies are now up-to-date!\n');
      return code;
    }
    const packages = parsed.operands;
    if (packages.length > 0 && !flags.deploy) {
      ctx = addPackages(ctx, packages, flags.dev ? 'dev-packages' : 'packages');
      if (!lockPipfile(ctx, env)) return 1;
    }
    const lock = lockForInstall(ctx, env, flags);
    if (typeof lock === 'number') return lock;
    if (!env.venv || flags.system || flags.deploy || io.env.PIPENV_ACTIVE || quiet(io)) {
      // Pipenv says nothing of activation when it installs globally or for a deploy.
    } else
      io.stdout(
        "To activate this project's virtualenv, run pipenv shell.\nAlternatively, run a command inside the virtualenv with pipenv run.\n",
      );
    return installFromLock(ctx, env, lock, wantedCategories(flags));
  };

function wantedCategories(flags: { dev: boolean; categories: string[] }): string[] {
  if (flags.categories.length > 0) return flags.categories;
  return flags.dev ? ['packages', 'dev-packages'] : ['packages'];
}

function lockNotFound(io: ProgramIO): number {
  io.stderr(
    'ERROR: Pipfile.lock not found! You need to run $ pipenv lock before you can continue.\n',
  );
  return 1;
}

/** The Pipfile `pipenv install` makes in the working directory (written once the env is made). */
function newPipfile(io: ProgramIO, own: PythonEnv): Pipfile | undefined {
  const path = `${io.cwd === '/' ? '' : io.cwd}/Pipfile`;
  const read = parsePipfile(path, newPipfileText(own.minor));
  return read.ok ? read.pipfile : undefined;
}

/** [requires] python_version against the interpreter; false when a deploy must stop. */
function checkPython(io: ProgramIO, pipfile: Pipfile, env: PythonEnv, deploy: boolean): boolean {
  const wanted = pipfile.pythonVersion;
  if (!wanted || env.version.includes(wanted)) return true;
  io.stderr(
    `Warning: Your Pipfile requires python_version ${wanted}, but you are using ${env.version} from ${env.python}.\n$ pipenv --rm and rebuilding the virtual environment may resolve the issue.\n`,
  );
  if (deploy) return false;
  io.stderr('$ pipenv check will surely fail.\n');
  return true;
}

function addPackages(ctx: PipenvContext, packages: string[], category: string): PipenvContext {
  const { io } = ctx;
  let text = ctx.pipfile.text;
  for (const line of packages) {
    io.stdout(`Installing ${line}...\n`);
    const m = /^([A-Za-z0-9._-]+)(?:\[[^\]]*\])?\s*(.*)$/.exec(line.trim());
    const name = (m?.[1] ?? line).toLowerCase().replace(/_/g, '-');
    text = withPackage(text, category, name, m?.[2]?.trim() || '*');
    io.stdout('✔ Installation Succeeded\n');
  }
  writeText(io.fs, ctx.pipfile.path, text);
  return reloadPipfile(ctx);
}

function queries(io: ProgramIO, option: string, pipfile: Pipfile | undefined): number {
  if (!pipfile) {
    io.stderr('No Pipfile present at project home. Consider running `pipenv install`.\n');
    return 1;
  }
  if (option === 'where') {
    io.stdout(`${pipfile.dir}\n`);
    return 0;
  }
  const env = existingVirtualenv(io, pipfile);
  if (!env) {
    io.stderr('No virtualenv has been created for this project yet!\n');
    return 1;
  }
  io.stdout(
    option === 'venv'
      ? `${env.venv ?? virtualenvLocation(io, pipfile)}\n`
      : `${env.binDir}/python\n`,
  );
  return 0;
}

function run(
  io: ProgramIO,
  catalog: Catalog,
  own: PythonEnv,
  found: Pipfile | undefined,
  args: string[],
): number {
  if (args.length === 0) {
    io.stderr(
      "Usage: pipenv run [OPTIONS] COMMAND [ARGS]...\nTry 'pipenv run -h' for help.\n\nError: Missing argument 'COMMAND'.\n",
    );
    return 2;
  }
  const pipfile = found ?? newPipfile(io, own);
  if (!pipfile) return 1;
  const chosen = pipenvEnv(io, catalog, own, pipfile, false);
  if (!chosen.ok) return chosen.code;
  return pipenvRun({ io, catalog, pipfile }, chosen.env, args);
}
