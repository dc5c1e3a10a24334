/**
 * `fastapi run` and `fastapi dev` (FastAPI CLI, installed by fastapi[standard]) as a
 * container's command: the CLI finds the app as its discover.py does (the path given, or
 * main.py, app.py, api.py, app/main.py, app/app.py, app/api.py; up through the folders that
 * hold an __init__.py), prints its start-up text on stdout, then uvicorn's log records in
 * the CLI's layout on stderr, and keeps serving. Other subcommands are the image's.
 */
import { basename, dirname, resolvePath } from '../../fs/path';
import { findOnPath } from '../../programs/common/fs-helpers';
import type { ProgramEntry, ProgramIO } from '../../shell/program';
import { delegate } from './blocking-tools';
import { moduleTree, tagged, type ModuleStep } from './fastapi-cli-output';
import { packageDirs } from './python-modules';
import { pythonOutcome, scriptArgv } from './python-servers';
import type { ServiceContext } from './types';

const DEFAULT_PATHS = ['main.py', 'app.py', 'api.py', 'app/main.py', 'app/app.py', 'app/api.py'];

/** typer's options of `run`/`dev` that take no value. */
const SWITCHES = new Set(['--reload', '--no-reload', '--proxy-headers', '--no-proxy-headers']);

interface Options {
  path?: string;
  host: string;
  port: number;
  reload: boolean;
  workers: number | undefined;
  app?: string;
  entrypoint?: string;
}

function parse(command: 'run' | 'dev', args: readonly string[], env: Record<string, string>) {
  const options: Options = {
    host: command === 'dev' ? '127.0.0.1' : '0.0.0.0',
    port: Number(env.PORT) || 8000,
    reload: command === 'dev',
    workers: undefined,
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const [flag, inline] = eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    const value = () => inline ?? args[++i] ?? '';
    if (flag === '--host') options.host = value();
    else if (flag === '--port') options.port = Number(value()) || options.port;
    else if (flag === '--reload' || flag === '--no-reload') options.reload = flag === '--reload';
    else if (flag === '--workers') options.workers = Number(value()) || undefined;
    else if (flag === '--app') options.app = value();
    else if (flag === '--entrypoint' || flag === '-e') options.entrypoint = value();
    else if (flag.startsWith('-')) {
      if (inline === undefined && !SWITCHES.has(flag)) i++;
    } else options.path ??= a;
  }
  return options;
}

function isFile(io: ProgramIO, path: string): boolean {
  const stat = io.fs.stat(path);
  return stat.ok && stat.value.node.kind === 'file';
}

function readText(io: ProgramIO, path: string): string {
  const read = io.fs.readFile(path);
  return read.ok ? (read.value.text ?? '') : '';
}

/** `[tool.fastapi] entrypoint = "pkg.main:app"` in the working directory's pyproject.toml. */
function configEntrypoint(io: ProgramIO): string | undefined {
  const text = readText(io, resolvePath(io.cwd, 'pyproject.toml'));
  return /^\[tool\.fastapi\]\s*$[^[]*?^entrypoint\s*=\s*["']([^"']+)["']/m.exec(text)?.[1];
}

/** The app variable: `--app`, else `app` or `api` if the module makes a FastAPI(), else the first (dir() order). */
function appName(source: string, asked: string | undefined): string | undefined {
  if (asked) return asked;
  const made = [...source.matchAll(/^(\w+)\s*(?::\s*[\w.]+\s*)?=\s*(?:fastapi\.)?FastAPI\(/gm)]
    .map((m) => m[1]!)
    .sort();
  return ['app', 'api'].find((n) => made.includes(n)) ?? made[0];
}

interface ImportData {
  importFrom: string;
  steps: ModuleStep[];
  module: string;
  app: string;
}

/** discover.py's get_import_data: the module's dotted name, sys.path entry and app name. */
function importData(io: ProgramIO, options: Options): ImportData | string {
  const entrypoint = options.path || options.app ? undefined : options.entrypoint;
  const configured = entrypoint ?? (options.path || options.app ? undefined : configEntrypoint(io));
  if (configured) {
    const [module = '', app = ''] = configured.split(':');
    if (!module || !app) return 'Import string must be in the format module.submodule:app_name';
    return { importFrom: io.cwd, steps: [], module, app };
  }
  const path = options.path ?? DEFAULT_PATHS.find((p) => isFile(io, resolvePath(io.cwd, p)));
  if (!path) return 'Could not find a default file to run, please provide an explicit path';
  const full = resolvePath(io.cwd, path);
  if (!io.fs.stat(full).ok) return `Path does not exist ${path}`;
  let modulePath = full;
  if (isFile(io, full) && basename(full) === '__init__.py') modulePath = dirname(full);
  const paths = [modulePath];
  for (let parent = dirname(modulePath); ; parent = dirname(parent)) {
    if (!isFile(io, `${parent === '/' ? '' : parent}/__init__.py`)) break;
    paths.unshift(parent);
    if (parent === '/') break;
  }
  const steps = paths.map((p) => ({ name: basename(p), dir: !isFile(io, p) }));
  const module = steps.map((s) => s.name.replace(/\.py$/, '')).join('.');
  const source = readText(io, isFile(io, modulePath) ? modulePath : `${modulePath}/__init__.py`);
  const app = appName(source, options.app);
  if (!app) return 'Could not find FastAPI app in module, try using --app';
  return { importFrom: dirname(paths[0]!), steps, module, app };
}

/** uvicorn's records, as FastAPI CLI's log config formats them. */
function uvicornLogs(options: Options, cwd: string, watchfiles: boolean): string {
  const url = `http://${options.host}:${options.port}`;
  const running = `Uvicorn running on ${url} (Press CTRL+C to quit)`;
  const serving = (pid: number) => [
    `Started server process [${pid}]`,
    'Waiting for application startup.',
    'Application startup complete.',
  ];
  let records: string[];
  if (options.reload)
    records = [
      `Will watch for changes in these directories: ['${cwd}']`,
      running,
      `Started reloader process [1] using ${watchfiles ? 'WatchFiles' : 'StatReload'}`,
      ...serving(7),
    ];
  else if (options.workers && options.workers > 1)
    records = [
      running,
      'Started parent process [1]',
      ...Array.from({ length: options.workers }, (_, i) => serving(7 + i)).flat(),
    ];
  else records = [...serving(1), running];
  return records.map((r) => tagged(r, 'INFO')).join('');
}

const INSTALL_MESSAGE =
  'To use the fastapi command, please install "fastapi[standard]":\n\n\tpip install "fastapi[standard]"\n';

/**
 * fastapi's own console script without fastapi-cli (`pip install fastapi`, not
 * fastapi[standard]): fastapi/cli.py prints how to install it and raises RuntimeError.
 */
function missingCli(io: ProgramIO, argv: readonly string[], site: string): number {
  const name = argv[0] ?? 'fastapi';
  const script = findOnPath(io.fs, io.env, name) ?? name;
  // Python 3.11 and later mark the failing call under a line that does more than that call.
  const carets = /python3\.(1[1-9])\//.test(site) ? '             ^^^^^^\n' : '';
  io.stdout(`${INSTALL_MESSAGE}\n`);
  io.stderr(
    `Traceback (most recent call last):\n  File "${script}", line 8, in <module>\n    sys.exit(main())\n${carets}  File "${site}/fastapi/cli.py", line 12, in main\n    raise RuntimeError(message)  # noqa: B904\nRuntimeError: ${INSTALL_MESSAGE}\n`,
  );
  return 1;
}

export function fastapiProgram(ctx: ServiceContext): ProgramEntry {
  return {
    run: (argv: string[], io: ProgramIO) => {
      const at = argv.findIndex((a, i) => i > 0 && !a.startsWith('-'));
      const command = argv[at];
      const sites = packageDirs(io.fs, io.env, io.user.home);
      const siteOf = (name: string) => sites.find((dir) => io.fs.stat(`${dir}/${name}`).ok);
      const has = (name: string) => siteOf(name) !== undefined;
      const fastapi = siteOf('fastapi/cli.py');
      if (!has('fastapi_cli') && fastapi) return missingCli(io, argv, fastapi);
      if ((command !== 'run' && command !== 'dev') || !has('fastapi_cli'))
        return delegate(ctx, 'fastapi', argv, io);
      const options = parse(command, argv.slice(at + 1), io.env);
      const server = command === 'dev' ? 'development' : 'production';
      let out = `\n${tagged(`Starting ${server} server 🚀`, 'FastAPI')}\n`;
      out += tagged('Searching for package file structure from directories with __init__.py files');
      const found = importData(io, options);
      if (typeof found === 'string') {
        io.stdout(`${out}\n${tagged(found)}`);
        return 1;
      }
      out += `${tagged(`Importing from ${found.importFrom}`)}\n`;
      if (found.steps.length > 0) {
        const [first = '', ...rest] = moduleTree(found.steps);
        out += tagged(first, 'module') + rest.map((line) => tagged(line)).join('') + '\n';
      }
      out += tagged(
        'Importing the FastAPI app object from the module with the following code:',
        'code',
      );
      out += `\n${tagged(`from ${found.module} import ${found.app}`)}\n`;
      out += tagged(`Using import string: ${found.module}:${found.app}`, 'app');
      const url = `http://${options.host}:${options.port}`;
      out += `\n${tagged(`Server started at ${url}`, 'server')}`;
      out += tagged(`Documentation at ${url}/docs`, 'server');
      if (command === 'dev')
        out += `\n${tagged('Running in development mode, for production use: fastapi run', 'tip')}`;
      out += `\n${tagged('Logs:')}\n`;
      io.stdout(out);
      io.stderr(uvicornLogs(options, io.cwd, has('watchfiles')));
      const title = scriptArgv(io.fs, io.env.PATH ?? '', argv);
      ctx.block(
        pythonOutcome({ kind: 'uvicorn', host: options.host, port: options.port }, title, true),
      );
    },
  };
}
