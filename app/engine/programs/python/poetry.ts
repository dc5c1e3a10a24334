/**
 * Poetry, as `pip install poetry` puts it in an image: the `poetry` console script runs with
 * the Python it was installed into, and its version is the poetry dist-info found there (so
 * `pip install "poetry==1.8.3"` gives 1.8.3's words and 2.x gives 2.x's). Global options
 * (-C/--directory, -P/--project in 2.x, --no-ansi, -n, -q, -v) come before the command.
 * Commands: --version, config, install, lock, export (poetry-plugin-export: bundled in 1.x,
 * missing from 2.x unless installed) and run; others are noted as not modelled. Poetry writes
 * its errors to stderr after a blank line, as cleo renders them, and exits 1.
 */
import type { Catalog } from '../../catalog/types';
import type { Program, ProgramIO } from '../../shell/program';
import { hasOption, optionValue, optionValues, parseArgs, type ParsedArgs } from '../common/args';
import { absolute } from '../common/fs-helpers';
import { findPython, type PythonEnv } from './env';
import { poetryConfig } from './poetry-config';
import { poetryEnv, poetrySetting } from './poetry-env';
import { EXPORT_WARNING, exportPluginPresent, poetryExport } from './poetry-export';
import { chooseGroups, poetryInstall, poetryLock, type PoetryContext } from './poetry-install';
import { locateProject, readPoetryProject, type PoetryProject } from './poetry-project';
import { installedDists } from './site';

/** The newest Poetry the catalog holds, for a poetry whose dist-info cannot be found. */
const DEFAULT_VERSION = '2.2.1';

const GLOBAL_VALUES = new Set(['-C', '--directory', '-P', '--project']);
const SHORT = {
  C: 'directory',
  P: 'project',
  o: 'output',
  f: 'format',
  E: 'extras',
  V: 'version',
};
const TAKES_VALUE = [
  'directory',
  'project',
  'with',
  'without',
  'only',
  'output',
  'format',
  'extras',
];

function poetryVersion(io: ProgramIO, own: PythonEnv): string {
  const dist = installedDists(io.fs, [own.sitePackages]).find(
    (d) => d.name.toLowerCase() === 'poetry',
  );
  return dist?.version ?? DEFAULT_VERSION;
}

/** Splits argv into global options, the command and its own arguments. */
function splitCommand(args: string[]): { globals: string[]; command?: string; rest: string[] } {
  const globals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('-')) return { globals, command: arg, rest: args.slice(i + 1) };
    globals.push(arg);
    if (GLOBAL_VALUES.has(arg) && i + 1 < args.length) globals.push(args[++i] as string);
  }
  return { globals, rest: [] };
}

const csv = (parsed: ParsedArgs, name: string) =>
  optionValues(parsed, name).flatMap((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

export const poetryProgram =
  (catalog: Catalog): Program =>
  (argv, io0) => {
    const own = findPython(io0, argv[0] ?? 'poetry');
    if (!own) {
      io0.stderr(`${argv[0] ?? 'poetry'}: Python is not installed in this image\n`);
      return 127;
    }
    const version = poetryVersion(io0, own);
    const major = Number(version.split('.')[0]) || 2;
    const { globals, command, rest } = splitCommand(argv.slice(1));
    const g = parseArgs(globals, { short: SHORT, takesValue: TAKES_VALUE });
    if (hasOption(g, 'version', 'V')) {
      io0.stdout(`Poetry (version ${version})\n`);
      return 0;
    }
    let io = io0;
    const dir = optionValue(g, 'directory') ?? (major >= 2 ? optionValue(g, 'project') : undefined);
    if (dir) io = { ...io, cwd: absolute(io.cwd, dir) };
    if (command === undefined) {
      io.stdout(`Poetry (version ${version})\n\nUsage:\n  command [options] [arguments]\n`);
      return 0;
    }
    const parsed = parseArgs(rest, { short: SHORT, takesValue: TAKES_VALUE });
    const projectDir = locateProject(io.fs, io.cwd);
    if (command === 'config')
      return poetryConfig(io, parsed.operands, hasOption(parsed, 'local'), projectDir);
    if (command === 'export' && major >= 2 && !exportPluginPresent(io, own.sitePackages)) {
      io.stderr(
        '\nThe requested command export does not exist.\n\nDocumentation: https://python-poetry.org/docs/cli/\n',
      );
      io.note(
        'Poetry 2 no longer bundles poetry-plugin-export: install it beside Poetry (pip install poetry-plugin-export, or poetry self add poetry-plugin-export).',
      );
      return 1;
    }
    if (!['install', 'lock', 'export', 'run'].includes(command)) {
      io.note(`poetry ${command} is not modelled: it did nothing.`);
      return 0;
    }
    if (!projectDir) {
      io.stderr(`\nPoetry could not find a pyproject.toml file in ${io.cwd} or its parents\n`);
      return 1;
    }
    const loaded = loadProject(io, projectDir, major);
    if ('code' in loaded) return loaded.code;
    const project = loaded.project;
    const ctx: PoetryContext = { io, catalog, project, version, major };
    if (
      command === 'export' &&
      major < 2 &&
      poetrySetting(io, projectDir, 'warnings.export') !== false
    )
      io.stderr(EXPORT_WARNING);
    const groups = chooseGroups(
      project,
      {
        with: csv(parsed, 'with'),
        without: [
          ...csv(parsed, 'without'),
          ...(hasOption(parsed, 'no-dev') ? ['dev'] : []),
        ].filter((name) => name !== 'dev' || project.groups.has('dev')),
        only: csv(parsed, 'only'),
      },
      command === 'export',
    );
    const chosen = poetryEnv(io, catalog, own, project);
    if (!chosen.ok) return chosen.code;
    const env = chosen.env;
    if (hasOption(parsed, 'no-dev'))
      io.stderr('The `--no-dev` option is deprecated, use the `--only main` notation instead.\n');
    if (!groups.ok && command !== 'run' && command !== 'lock') {
      io.stderr(`\n${groups.error}\n`);
      return 1;
    }
    const chosenGroups = groups.ok ? groups.groups : new Set(['main']);
    switch (command) {
      case 'install': {
        if (hasOption(parsed, 'no-root') && hasOption(parsed, 'only-root')) {
          io.stderr('\nThe `--no-root` option cannot be used with the `--only-root` option.\n');
          return 1;
        }
        return poetryInstall(ctx, env, {
          groups: chosenGroups,
          noRoot: hasOption(parsed, 'no-root'),
          onlyRoot: hasOption(parsed, 'only-root'),
          dryRun: hasOption(parsed, 'dry-run'),
        });
      }
      case 'lock':
        return poetryLock(
          ctx,
          env,
          major >= 2 ? !hasOption(parsed, 'regenerate') : hasOption(parsed, 'no-update'),
        );
      case 'export':
        return poetryExport(ctx, {
          format: optionValue(parsed, 'format') ?? 'requirements.txt',
          ...(optionValue(parsed, 'output') ? { output: optionValue(parsed, 'output') } : {}),
          withoutHashes: hasOption(parsed, 'without-hashes'),
          groups: chosenGroups,
        });
      default:
        return poetryRun(io, project, env, rest);
    }
  };

function loadProject(
  io: ProgramIO,
  dir: string,
  major: number,
): { project: PoetryProject } | { code: number } {
  const read = readPoetryProject(io.fs, dir, major);
  if (!read.ok) {
    io.stderr(`\n${read.error}\n`);
    return { code: 1 };
  }
  const file = `${dir === '/' ? '' : dir}/pyproject.toml`;
  const hasPoetry =
    read.project.toml.tool !== undefined && 'poetry' in (read.project.toml.tool as object);
  if (major < 2 && !hasPoetry) {
    io.stderr(`\n[tool.poetry] section not found in ${file}\n`);
    return { code: 1 };
  }
  if (read.project.packageMode && read.project.name === '') {
    io.stderr(
      `\nThe Poetry configuration is invalid:\n  - ${major >= 2 ? 'Either [project.name] or [tool.poetry.name] is required in package mode.' : "The fields ['name'] are required in package mode."}\n`,
    );
    return { code: 1 };
  }
  return { project: read.project };
}

/** `poetry run CMD ...`: CMD in the project's environment (its bin first on PATH). */
function poetryRun(io: ProgramIO, project: PoetryProject, env: PythonEnv, args: string[]): number {
  if (args.length === 0) {
    io.stderr('\nNot enough arguments (missing: "args").\n');
    return 1;
  }
  const [cmd = '', ...cmdArgs] = args;
  if (project.scripts[cmd]) {
    io.note(
      `poetry run ${cmd}: the script ${project.scripts[cmd]} is not executed by the simulation.`,
    );
    return 0;
  }
  const runEnv = env.venv
    ? { ...io.env, VIRTUAL_ENV: env.venv, PATH: `${env.binDir}:${io.env.PATH ?? ''}` }
    : io.env;
  const code = io.run([cmd, ...cmdArgs], undefined, { env: runEnv, cwd: io.cwd });
  if (code === 127) {
    io.stderr(`\nCommand not found: ${cmd}\n`);
    return 1;
  }
  return code;
}
