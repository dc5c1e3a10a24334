/**
 * python, python3 and python3.X: --version, -c, -m pip / -m venv, and running a script. The
 * small interpreter (`pyexpr.ts`) reads the straight-line start of the code: prints (on
 * stdout or, with file=sys.stderr, stderr), imports, arithmetic, sys.exit(N); the first
 * statement beyond it (a web app's `app = Flask(__name__)`) ends the reading, and the note
 * names it, since the simulation does not execute Python.
 */
import type { Catalog } from '../../catalog/types';
import type { Program, ProgramIO } from '../../shell/program';
import { absolute, findOnPath, isDir, listDir, readText } from '../common/fs-helpers';
import { findPython, type PythonEnv } from './env';
import { findModule, pthDirs, type FoundModule } from './module-path';
import { isDjangoEntry, runDjango } from './django-manage';
import { runPip } from './pip';
import { MainReading, stoppedNote, writeMainLines } from '../main-output';
import { quoted } from '../main-source';
import { exitStatus, PyError, PyExit, runPython, Unsupported, type PyModule } from './pyexpr';
import { canonical, installedDists } from './site';
import { STDLIB_MODULES } from './stdlib';
import { createVenv } from './venv';

export function pythonProgram(catalog: Catalog): Program {
  return (argv, io) => {
    const called = argv[0] ?? 'python3';
    const env = findPython(io, called);
    if (!env) {
      io.stderr(`${called}: Python is not installed in this image\n`);
      return 127;
    }
    const args = argv.slice(1);
    let i = 0;
    while (i < args.length) {
      const arg = args[i] as string;
      if (arg === '-V' || arg === '--version') {
        io.stdout(`Python ${env.version}\n`);
        return 0;
      }
      const unbuffered = args.slice(0, i).some((a) => /^-[A-Za-z]*u/.test(a));
      if (arg === '-c')
        return runSource(io, env, args[i + 1] ?? '', '<string>', io.cwd, unbuffered);
      if (arg === '-m')
        return runModule(io, catalog, env, called, args[i + 1] ?? '', args.slice(i + 2));
      if (arg === '-W' || arg === '-X') i += 2;
      else if (/^-[BEIOPqsSuv]+$/.test(arg)) i++;
      else if (arg.startsWith('-') && arg !== '-') {
        io.stderr(
          `unknown option ${arg}\nusage: ${called} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry \`python -h' for more information.\n`,
        );
        return 2;
      } else return runScript(io, env, called, arg, args.slice(i + 1), { unbuffered });
    }
    const unbuffered = args.some((a) => /^-[A-Za-z]*u/.test(a));
    return io.stdin.trim() === '' ? 0 : runSource(io, env, io.stdin, '<stdin>', io.cwd, unbuffered);
  };
}

function runScript(
  io: ProgramIO,
  env: PythonEnv,
  called: string,
  file: string,
  scriptArgs: string[],
  flags: { unbuffered: boolean },
): number {
  const path = absolute(io.cwd, file);
  const read = io.fs.readFile(path);
  if (!read.ok) {
    const reason = read.error === 'EISDIR' ? "can't find '__main__' module in" : "can't open file";
    const errno = read.error === 'EISDIR' ? '' : ': [Errno 2] No such file or directory';
    io.stderr(`${called.split('/').pop()}: ${reason} '${path}'${errno}\n`);
    return 2;
  }
  const source = read.value.text ?? '';
  const folder = path.slice(0, path.lastIndexOf('/')) || '/';
  // manage.py and the django-admin console script hand their argv to Django.
  if (isDjangoEntry(source)) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return runDjango(io, env, {
      prog: name,
      script: { path, source },
      pathZero: folder,
      args: scriptArgs,
      commandLine: [called, file, ...scriptArgs].join(' '),
      unbuffered: flags.unbuffered,
    });
  }
  return runSource(io, env, source, path, folder, flags.unbuffered);
}

/** What a note calls the code python runs. */
function codeName(where: string): string {
  if (where === '<string>') return 'the code python -c runs';
  if (where === '<stdin>') return 'the script python reads from stdin';
  return where;
}

/**
 * Runs code as far as the small interpreter reads it: its prints on their streams, the status
 * sys.exit() gives; the note names the statement the reading stopped at. stdout is buffered
 * when it is not a terminal (unless -u or PYTHONUNBUFFERED), so it comes out at exit, after
 * stderr's lines (a traceback, sys.exit's message).
 */
function runSource(
  io: ProgramIO,
  env: PythonEnv,
  source: string,
  where: string,
  /** sys.path[0]: the script's folder, or the current directory for -c, -m and stdin. */
  pathZero: string,
  unbuffered = false,
): number {
  const reading = new MainReading();
  const write = () =>
    writeMainLines(io, {
      lines: reading.lines,
      exit: reading.exit,
      ...(unbuffered || (io.env.PYTHONUNBUFFERED ?? '') !== '' ? {} : { stdio: true as const }),
    });
  try {
    runPython(source, {
      importModule: (name) => importModule(io, env, name, pathZero),
      print: (text, stream) => reading.print(stream, text),
    });
  } catch (error) {
    if (error instanceof PyExit) {
      const { status, message } = exitStatus(error.code);
      if (message !== undefined) reading.print('stderr', message);
      reading.exit = status;
    } else if (error instanceof PyError) {
      reading.print(
        'stderr',
        `Traceback (most recent call last):\n  File "${where}", line 1, in <module>\n${error.type}: ${error.detail}\n`,
      );
      reading.exit = 1;
    } else if (error instanceof Unsupported) {
      reading.stopped = quoted(error.statement ?? error.message);
      write();
      io.note(
        stoppedNote(
          `${codeName(where)} is Python, which the simulation does not execute`,
          'the straight-line start of its top level',
          reading,
        ),
      );
      return 0;
    } else throw error;
  }
  write();
  return reading.exit;
}

function runModule(
  io: ProgramIO,
  catalog: Catalog,
  env: PythonEnv,
  called: string,
  module: string,
  rest: string[],
): number {
  const python = executableOf(io, env, called);
  // sys.path[0] is the current directory: a project's own package runs from where it is.
  const local = findModule(io.fs, [io.cwd], module);
  if (local) return runLocalModule(io, env, python, module, local);
  if (module === 'pip') {
    if (!importModule(io, env, 'pip', io.cwd)) {
      io.stderr(`${python}: No module named pip\n`);
      return 1;
    }
    return runPip(rest, io, catalog, env);
  }
  if (module === 'venv') {
    const target = rest.find((a) => !a.startsWith('-'));
    if (!target) {
      io.stderr(
        `usage: venv [-h] [--system-site-packages] [--symlinks | --copies] [--clear]\n            [--upgrade] [--without-pip] [--prompt PROMPT] [--upgrade-deps]\n            [--without-scm-ignore-files]\n            ENV_DIR [ENV_DIR ...]\nvenv: error: the following arguments are required: ENV_DIR\n`,
      );
      return 2;
    }
    return createVenv(io, catalog, env, target, {
      withoutPip: rest.includes('--without-pip'),
      systemSitePackages: rest.includes('--system-site-packages'),
      invokedAs: called.includes('/')
        ? called
        : `${env.binDir === '/usr/local/bin' ? '/usr/local/bin' : '/usr/bin'}/${called}`,
    });
  }
  if (module === 'django' && importModule(io, env, 'django', io.cwd))
    return runDjango(io, env, {
      prog: 'python -m django',
      pathZero: io.cwd,
      args: rest,
      commandLine: [called, '-m', 'django', ...rest].join(' '),
    });
  const onPth = findModule(io.fs, pthDirs(io.fs, siteDirs(io, env)), module);
  if (onPth) return runLocalModule(io, env, python, module, onPth);
  if (!importModule(io, env, module, io.cwd)) {
    io.stderr(`${python}: No module named ${module}\n`);
    return 1;
  }
  io.note(`python -m ${module} started: the simulation does not execute Python modules.`);
  return 0;
}

/** A module importable in this environment: stdlib, or found in a site directory. */
function importModule(
  io: ProgramIO,
  env: PythonEnv,
  name: string,
  pathZero: string,
): PyModule | undefined {
  const top = name.split('.')[0] ?? name;
  if (top === 'sys') {
    return {
      module: 'sys',
      attrs: {
        version: `${env.version} (main) [GCC 14.2.0]`,
        executable: env.venv ? `${env.venv}/bin/python` : executableOf(io, env, 'python3'),
        prefix: env.venv ?? env.python.replace(/\/bin\/python3\.\d+$/, ''),
        platform: 'linux',
        stdout: { stream: 'stdout' },
        stderr: { stream: 'stderr' },
        exit: { builtin: 'exit' },
      },
    };
  }
  if (STDLIB_MODULES.has(top)) return { module: name, attrs: {} };
  const sites = siteDirs(io, env);
  if (findModule(io.fs, [pathZero, ...pthDirs(io.fs, sites)], top))
    return { module: name, attrs: {} };
  for (const site of sites) {
    const entries = listDir(io.fs, site);
    const found =
      isDir(io.fs, `${site}/${top}`) ||
      entries.includes(`${top}.py`) ||
      entries.some((e) => e.startsWith(`${top}.cpython-`) && e.endsWith('.so'));
    if (!found) continue;
    const dists = installedDists(io.fs, [site]);
    const dist =
      dists.find((d) => canonical(d.name) === canonical(top)) ??
      dists.find(
        (d) =>
          (readText(io.fs, `${d.distInfo}/RECORD`) ?? '').includes(`\n${top}/`) ||
          (readText(io.fs, `${d.distInfo}/RECORD`) ?? '').startsWith(`${top}/`),
      );
    return { module: name, attrs: dist ? { __version__: dist.version } : {} };
  }
  return undefined;
}

/** site-packages, the user site, and Debian's dist-packages: where installed modules live. */
function siteDirs(io: ProgramIO, env: PythonEnv): string[] {
  const sites = [
    env.sitePackages,
    `${io.env.HOME ?? io.user.home}/.local/lib/python${env.minor}/site-packages`,
  ];
  if (env.distPackages) sites.push(env.distPackages);
  return sites;
}

/**
 * sys.executable, as Python names itself in errors: the command as called, found on PATH
 * (`python` is /usr/local/bin/python, not the python3.12 it links to).
 */
function executableOf(io: ProgramIO, env: PythonEnv, called: string): string {
  if (called.includes('/')) return absolute(io.cwd, called);
  return findOnPath(io.fs, io.env, called) ?? env.python;
}

/** `python -m NAME` for a module of the project: a package runs its __main__.py. */
function runLocalModule(
  io: ProgramIO,
  env: PythonEnv,
  python: string,
  module: string,
  found: FoundModule,
): number {
  const file = found.kind === 'package' ? `${found.path}/__main__.py` : found.path;
  const source = readText(io.fs, file);
  if (source === undefined) {
    io.stderr(
      `${python}: No module named ${module}.__main__; '${module}' is a package and cannot be directly executed\n`,
    );
    return 1;
  }
  return runSource(io, env, source, file, io.cwd);
}
