/**
 * uv (Astral's Python package and project manager), as Dockerfiles run it: `uv --version`,
 * `uv venv`, `uv sync` / `uv lock` (uv-sync.ts), `uv pip install` into the active virtual
 * environment or, with --system, the image's Python, and `uv run` (which syncs, then would
 * run code the simulation does not execute). Resolution, files and dist-info are pip's
 * (uv-lock.ts, uv-install.ts); the words are uv's, on stderr, as a build log shows them.
 */
import type { Catalog } from '../../catalog/types';
import type { Program, ProgramIO } from '../../shell/program';
import { hasOption, optionValue, optionValues, parseArgs } from '../common/args';
import { absolute, blobOf, exists, findOnPath, readText } from '../common/fs-helpers';
import { externallyManaged, findPython, type PythonEnv } from './env';
import { installLocalProject } from './local-project';
import { isLocalPath } from './pip-local';
import { readPyProject, type PyProject } from './pyproject';
import { readRequirementsFile, parseRequirement } from './requirements';
import { canonical } from './site';
import { compileBytecodeWanted, noCacheWanted, uvElapsed, uvInstall } from './uv-install';
import { resolve } from './uv-lock';
import { uvPipList } from './uv-pip-list';
import { runInProject, splitRunCommand } from './uv-run';
import { uvSync } from './uv-sync';
import { makeUvVenv } from './uv-venv';

/** The newest uv the stand-in images carry, for a uv binary of unknown origin. */
const DEFAULT_VERSION = '0.9.5';

const SHORT = {
  r: 'requirement',
  p: 'python',
  q: 'quiet',
  v: 'verbose',
  n: 'no-cache',
  V: 'version',
  e: 'editable',
  c: 'constraint',
  U: 'upgrade',
};
/** The short options that take a value (`-p 3.12`), so `uv run` knows where CMD starts. */
const SHORT_TAKES_VALUE = new Set(['r', 'p', 'c', 'e']);
const TAKES_VALUE = [
  'requirement',
  'python',
  'directory',
  'project',
  'cache-dir',
  'link-mode',
  'index-url',
  'extra-index-url',
  'default-index',
  'index',
  'group',
  'extra',
  'with',
  'target',
  'constraint',
  'output-file',
  'editable',
  'package',
  'prompt',
  'color',
];

/** The version of the uv binary that was run (the stand-in's blob names it). */
function uvVersion(io: ProgramIO, argv0: string): string {
  const path = findOnPath(io.fs, io.env, argv0.includes('/') ? absolute(io.cwd, argv0) : argv0);
  const blob = path ? blobOf(io.fs, path) : undefined;
  return /^uv:([\d.]+):uv$/.exec(blob ?? '')?.[1] ?? DEFAULT_VERSION;
}

export const uvProgram =
  (catalog: Catalog): Program =>
  (argv, io0) => {
    const split = splitRunCommand(argv.slice(1), new Set(TAKES_VALUE), SHORT_TAKES_VALUE);
    const parsed = parseArgs(split?.uvArgs ?? argv.slice(1), {
      short: SHORT,
      takesValue: TAKES_VALUE,
    });
    const version = uvVersion(io0, argv[0] ?? 'uv');
    const [command, ...rest] = parsed.operands;
    if (hasOption(parsed, 'version') || command === 'version') {
      io0.stdout(`uv ${version}\n`);
      return 0;
    }
    let io = io0;
    const dir = optionValue(parsed, 'directory') ?? optionValue(parsed, 'project');
    if (dir) io = { ...io, cwd: absolute(io.cwd, dir) };
    const cacheDir = optionValue(parsed, 'cache-dir');
    if (cacheDir) io = { ...io, env: { ...io.env, UV_CACHE_DIR: absolute(io.cwd, cacheDir) } };
    const system = findPython(io, 'python3');
    const noCache = noCacheWanted(io, hasOption(parsed, 'no-cache'));
    const compile = compileBytecodeWanted(io, hasOption(parsed, 'compile-bytecode'));
    const needPython = (): PythonEnv | undefined => {
      if (!system) {
        io.stderr(
          'error: No interpreter found in virtual environments, managed installations, or search path\n',
        );
        io.note(
          'Real uv would download a managed CPython (into ~/.local/share/uv/python); Layercake does not model that: start FROM a python image, or COPY uv into one.',
        );
      }
      return system;
    };
    const syncFlags = {
      frozen: hasOption(parsed, 'frozen') || !!io.env.UV_FROZEN,
      locked: hasOption(parsed, 'locked') || !!io.env.UV_LOCKED,
      noDev: hasOption(parsed, 'no-dev') || !!io.env.UV_NO_DEV,
      noInstallProject: hasOption(parsed, 'no-install-project'),
      noEditable: hasOption(parsed, 'no-editable'),
      noCache,
      compileBytecode: compile,
    };
    switch (command) {
      case 'venv': {
        const python = needPython();
        if (!python) return 2;
        const root = absolute(io.cwd, rest[0] ?? io.env.UV_PROJECT_ENVIRONMENT ?? '.venv');
        return makeUvVenv(io, catalog, python, version, root, true) ? 0 : 1;
      }
      case 'sync':
      case 'lock': {
        const python = needPython();
        if (!python) return 2;
        return uvSync(io, catalog, python, version, { ...syncFlags, lockOnly: command === 'lock' });
      }
      case 'run': {
        const python = needPython();
        if (!python) return 2;
        const inProject =
          !hasOption(parsed, 'no-project') && exists(io.fs, `${io.cwd}/pyproject.toml`);
        if (inProject && !hasOption(parsed, 'no-sync')) {
          const code = uvSync(io, catalog, python, version, {
            ...syncFlags,
            lockOnly: false,
            forRun: true,
          });
          if (code !== 0) return code;
        }
        const venv = inProject ? (io.env.UV_PROJECT_ENVIRONMENT ?? '.venv') : undefined;
        return runInProject(io, split?.command ?? rest, venv);
      }
      case 'pip':
        return uvPip(io, catalog, rest, parsed, { system, noCache, compile });
      case undefined:
        io.stdout('An extremely fast Python package manager.\n\nUsage: uv [OPTIONS] <COMMAND>\n');
        return 2;
      default:
        io.note(`uv ${command} is not modelled: it did nothing.`);
        return 0;
    }
  };

/** The environment `uv pip` acts on: --system's interpreter, the active venv, or ./.venv. */
function pipTarget(
  io: ProgramIO,
  system: PythonEnv | undefined,
  wantSystem: boolean,
): PythonEnv | undefined {
  if (wantSystem) return system;
  const active = io.env.VIRTUAL_ENV;
  const candidates = [...(active ? [active] : []), `${io.cwd}/.venv`];
  for (const root of candidates) {
    if (!exists(io.fs, `${root}/pyvenv.cfg`)) continue;
    const env = findPython(io, `${root}/bin/python`);
    if (env?.venv) return env;
  }
  return undefined;
}

function uvPip(
  io: ProgramIO,
  catalog: Catalog,
  args: string[],
  parsed: ReturnType<typeof parseArgs>,
  ctx: { system: PythonEnv | undefined; noCache: boolean; compile: boolean },
): number {
  const [sub, ...operands] = args;
  const wantSystem =
    hasOption(parsed, 'system') ||
    (io.env.UV_SYSTEM_PYTHON ?? '') === '1' ||
    io.env.UV_SYSTEM_PYTHON === 'true';
  const env = pipTarget(io, ctx.system, wantSystem);
  if (!env) {
    io.stderr(
      wantSystem
        ? 'error: No system Python installation found\n'
        : 'error: No virtual environment found; run `uv venv` to create an environment, or pass `--system` to install into a non-virtual environment\n',
    );
    return 2;
  }
  if (sub === 'list' || sub === 'freeze') return uvPipList(io, env, sub === 'freeze');
  if (sub !== 'install' && sub !== 'sync') {
    io.note(`uv pip ${sub ?? ''} is not modelled: it did nothing.`);
    return 0;
  }
  const requirements: string[] = [];
  for (const file of optionValues(parsed, 'requirement')) {
    const read = readRequirementsFile(io.fs, io.cwd, file);
    if (!read.ok) {
      io.stderr(`error: File not found: \`${file}\`\n`);
      return 2;
    }
    requirements.push(...read.requirements.map((r) => r.text));
  }
  const locals: { dir: string; project: PyProject; editable: boolean }[] = [];
  const paths = [
    ...operands.filter(isLocalPath).map((path) => ({ path, editable: false })),
    ...optionValues(parsed, 'editable').map((path) => ({ path, editable: true })),
  ];
  for (const { path, editable } of paths) {
    const dir = absolute(io.cwd, path.replace(/^file:\/\//, ''));
    const read = readPyProject(io.fs, dir);
    if (!read.ok) {
      io.stderr(
        read.missing
          ? `error: ${dir} does not appear to be a Python project, as neither \`pyproject.toml\` nor \`setup.py\` are present in the directory\n`
          : `error: ${read.error}\n`,
      );
      return 2;
    }
    locals.push({ dir, project: read.project, editable });
    requirements.push(...read.project.dependencies);
  }
  for (const operand of operands.filter((o) => !isLocalPath(o))) {
    if (parseRequirement(operand)) requirements.push(operand);
    else
      io.note(`uv pip install ${operand}: local paths and URLs are not modelled and were skipped.`);
  }
  if (requirements.length === 0 && locals.length === 0) {
    io.stderr(
      'error: the following required arguments were not provided:\n  <PACKAGE|--requirements <REQUIREMENTS>|--editable <EDITABLE>>\n',
    );
    return 2;
  }
  if (wantSystem) {
    const marker = externallyManaged(io.fs, env);
    if (marker && !hasOption(parsed, 'break-system-packages')) {
      const text = (readText(io.fs, marker) ?? '').replace(
        /^\[externally-managed\]\s*\nError=/,
        '',
      );
      io.stderr(
        `error: The interpreter at ${env.python.replace(/\/bin\/python3\.\d+$/, '')} is externally managed, and indicates the following:\n\n${text
          .trimEnd()
          .split('\n')
          .map((l) => `  ${l}`)
          .join('\n')}\n\nConsider creating a virtual environment with \`uv venv\`.\n`,
      );
      return 2;
    }
    io.stderr(
      `Using Python ${env.version} environment at: ${env.python.replace(/\/bin\/python3\.\d+$/, '')}\n`,
    );
  }
  const packages = resolve(catalog, env, requirements);
  const ms = 40 + packages.length * 20;
  io.spend(ms);
  const count = packages.length + locals.length;
  io.stderr(`Resolved ${count} package${count === 1 ? '' : 's'} in ${uvElapsed(ms)}\n`);
  const code = uvInstall(
    io,
    catalog,
    env,
    packages,
    {
      site: env.sitePackages,
      binDir: env.binDir,
      noCache: ctx.noCache,
      compileBytecode: ctx.compile,
    },
    {
      built: locals.map((l) => `      Built ${canonical(l.project.name)} @ file://${l.dir}`),
      installed: locals.map(
        (l) => ` + ${canonical(l.project.name)}==${l.project.version} (from file://${l.dir})`,
      ),
    },
  );
  if (code !== 0) return code;
  for (const l of locals)
    installLocalProject(io.fs, l.project, {
      dir: l.dir,
      site: env.sitePackages,
      binDir: env.binDir,
      python: `${env.binDir}/python`,
      editable: l.editable,
      installer: 'uv',
    });
  return 0;
}
