/**
 * `python`, `flask`, `gunicorn` and `uvicorn` as a container runs them: a script is read
 * (python-script.ts), a server prints its startup lines and keeps running. stdout is
 * buffered unless it is a terminal, `-u` is given or PYTHONUNBUFFERED is set, as in CPython.
 */
import { basename, dirname, resolvePath } from '../../fs/path';
import { findOnPath } from '../../programs/common/fs-helpers';
import type { ProgramEntry, ProgramIO } from '../../shell/program';
import { packageDirs } from './python-modules';
import { runPythonSource, type PythonServer, type ScriptHost } from './python-script';
import { gunicornStartup, pythonOutcome, scriptArgv, serverStartup } from './python-servers';
import { consoleScriptVersion } from './python-versions';
import type { ServiceContext } from './types';

const SIMPLE_FLAGS = new Set(['B', 'O', 's', 'S', 'E', 'I', 'q', 'b', 'd', 'v', 'u', 'i', 'P']);

function version(env: Readonly<Record<string, string>>): string {
  return env.PYTHON_VERSION ?? '3.13.5';
}

function readText(io: ProgramIO, path: string): string | undefined {
  const file = io.fs.readFile(path);
  return file.ok ? (file.value.text ?? '') : undefined;
}

/** sys.executable as Python names itself in errors. */
function executable(io: ProgramIO, argv0: string): string {
  return argv0.includes('/') ? argv0 : (findOnPath(io.fs, io.env, argv0) ?? argv0);
}

class PythonOutput {
  buffered = '';
  constructor(
    private readonly io: ProgramIO,
    readonly unbuffered: boolean,
  ) {}

  write(text: string, stream: 'stdout' | 'stderr'): void {
    if (stream === 'stderr') this.io.stderr(text);
    else if (this.unbuffered) this.io.stdout(text);
    else this.buffered += text;
  }

  flush(): void {
    if (this.buffered) this.io.stdout(this.buffered);
    this.buffered = '';
  }

  /** A process that keeps running never flushed its buffer: say why its prints are missing. */
  withheld(): void {
    if (!this.buffered) return;
    this.io.note(
      "Python buffers stdout when it is not a terminal, so this process's print() output is not in `docker logs` yet. Set ENV PYTHONUNBUFFERED=1 in the Dockerfile (or run python -u) to see it at once.",
    );
  }
}

/** gunicorn's options that take no value. */
const GUNICORN_SWITCHES = new Set(
  (
    '--reload --preload --daemon -D --check-config --print-config --spew --capture-output ' +
    '--enable-stdio-inheritance -R --strip-header-spaces --no-sendfile --reuse-port ' +
    '--proxy-protocol --suppress-ragged-eofs --do-handshake-on-connect'
  ).split(' '),
);

/** Whether running this source starts something that keeps running (a server, a loop). */
export function startsServer(source: string): boolean {
  return (
    (/\bFlask\(/.test(source) && /\.run\(/.test(source)) ||
    /\buvicorn\.run\(|\.serve_forever\(|\bweb\.run_app\(/.test(source) ||
    /^while\s+(True|1)\s*:/m.test(source)
  );
}

export function pythonPrograms(ctx: ServiceContext): Map<string, ProgramEntry> {
  const serve = (
    io: ProgramIO,
    out: PythonOutput,
    server: PythonServer,
    commandLine: string,
    handlesSigterm: boolean,
  ): never => {
    const lines = serverStartup(server, { ip: ctx.ip, seed: ctx.seed });
    out.write(lines.stdout, 'stdout');
    out.write(lines.stderr, 'stderr');
    out.withheld();
    ctx.block(pythonOutcome(server, commandLine, handlesSigterm));
  };

  const runSource = (
    io: ProgramIO,
    out: PythonOutput,
    source: string,
    file: string,
    argv: string[],
  ): number => {
    const host: ScriptHost = {
      io,
      file,
      moduleName: file === '<string>' ? '__main__' : basename(file).replace(/\.py$/, ''),
      packageDirs: [
        dirname(file === '<string>' ? io.cwd + '/x' : file),
        ...packageDirs(io.fs, io.env, io.user.home),
      ],
      print: (text, stream) => out.write(text, stream),
      serve: (server, handles) => serve(io, out, server, argv.join(' '), handles),
    };
    const code = runPythonSource(source, host);
    out.flush();
    return code;
  };

  /** `--version` (and gunicorn's -v) answers before any other option is read. */
  const printedVersion = (io: ProgramIO, tool: string, args: readonly string[]): boolean => {
    const asked = args.includes('--version') || (tool === 'gunicorn' && args.includes('-v'));
    const text = asked ? consoleScriptVersion(io, tool, version(io.env)) : undefined;
    if (text !== undefined) io.stdout(text);
    return text !== undefined;
  };

  const flask = (io: ProgramIO, out: PythonOutput, args: string[], commandLine: string): number => {
    if (printedVersion(io, 'flask', args)) return 0;
    let app = io.env.FLASK_APP;
    let debug = io.env.FLASK_DEBUG === '1' || io.env.FLASK_DEBUG === 'true';
    let hostName = io.env.FLASK_RUN_HOST ?? '127.0.0.1';
    let port = Number(io.env.FLASK_RUN_PORT ?? 5000);
    let running = false;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      const [flag, inline] = a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
      const value = () => inline ?? args[++i] ?? '';
      if (flag === '--app' || flag === '-A') app = value();
      else if (flag === '--debug') debug = true;
      else if (flag === 'run') running = true;
      else if (flag === '--host' || flag === '-h') hostName = value();
      else if (flag === '--port' || flag === '-p') port = Number(value()) || port;
    }
    if (!running) {
      io.stdout('Usage: flask [OPTIONS] COMMAND [ARGS]...\n');
      return 0;
    }
    if (!app) {
      const found = ['wsgi.py', 'app.py'].find((f) => io.fs.stat(resolvePath(io.cwd, f)).ok);
      if (!found) {
        io.stderr(
          "Usage: flask run [OPTIONS]\nTry 'flask run --help' for help.\n\nError: Could not locate a Flask application. Use the 'flask --app' option, 'FLASK_APP' environment variable, or a 'wsgi.py' or 'app.py' file in the current directory.\n",
        );
        return 2;
      }
      app = found.replace(/\.py$/, '');
    }
    return serve(
      io,
      out,
      { kind: 'flask', appName: app, host: hostName, port, debug },
      commandLine,
      false,
    );
  };

  const gunicorn = (io: ProgramIO, args: string[], commandLine: string): number => {
    if (printedVersion(io, 'gunicorn', args)) return 0;
    let bind = '127.0.0.1:8000';
    let workers = Number(io.env.WEB_CONCURRENCY ?? 1);
    let workerClass = 'sync';
    let threads = 1;
    const positional: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      // `--bind=:8000`, and argparse's attached short values (`-w4`, `-b:8000`).
      const [flag, inline] =
        a.startsWith('--') && a.includes('=')
          ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
          : /^-[a-zA-Z]./.test(a)
            ? [a.slice(0, 2), a.slice(2)]
            : [a, undefined];
      const value = () => inline ?? args[++i] ?? '';
      if (flag === '-b' || flag === '--bind') bind = value();
      else if (flag === '-w' || flag === '--workers') workers = Number(value()) || 1;
      else if (flag === '-k' || flag === '--worker-class') workerClass = value();
      else if (flag === '--threads') threads = Number(value()) || 1;
      // Every other option takes a value (`--access-logfile -` too), except the switches.
      else if (flag.startsWith('-') && flag !== '-') {
        if (inline === undefined && !GUNICORN_SWITCHES.has(flag)) i++;
      } else positional.push(a);
    }
    // gunicorn runs sync workers with more than one thread as gthread.
    if (workerClass === 'sync' && threads > 1) workerClass = 'gthread';
    if (positional.length === 0) {
      io.stderr(
        'usage: gunicorn [OPTIONS] [APP_MODULE]\ngunicorn: error: No application module specified.\n',
      );
      return 2;
    }
    if (bind.startsWith(':')) bind = `0.0.0.0${bind}`;
    const installed = packageDirs(io.fs, io.env, io.user.home)
      .flatMap((dir) => {
        const listed = io.fs.readdir(dir);
        return listed.ok ? listed.value : [];
      })
      .map((name) => /^gunicorn-([\d.]+)\.dist-info$/.exec(name)?.[1])
      .find((v) => v !== undefined);
    io.stderr(
      gunicornStartup(io.now, { bind, workers, workerClass, version: installed ?? '23.0.0' }),
    );
    ctx.block(pythonOutcome({ kind: 'gunicorn', workers }, commandLine, true));
  };

  const uvicorn = (
    io: ProgramIO,
    out: PythonOutput,
    args: string[],
    commandLine: string,
  ): number => {
    if (printedVersion(io, 'uvicorn', args)) return 0;
    let hostName = '127.0.0.1';
    let port = 8000;
    const positional: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      const [flag, inline] = a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
      const value = () => inline ?? args[++i] ?? '';
      if (flag === '--host') hostName = value();
      else if (flag === '--port') port = Number(value()) || port;
      else if (flag === '--reload' || flag === '--proxy-headers') continue;
      else if (flag.startsWith('-')) {
        if (inline === undefined) i++;
      } else positional.push(a);
    }
    if (positional.length === 0) {
      io.stderr(
        "Usage: uvicorn [OPTIONS] APP\nTry 'uvicorn --help' for help.\n\nError: Missing argument 'APP'.\n",
      );
      return 2;
    }
    return serve(io, out, { kind: 'uvicorn', host: hostName, port }, commandLine, true);
  };

  const python = (argv: string[], io: ProgramIO): number => {
    const argv0 = argv[0] ?? 'python';
    let unbuffered = ctx.tty || (io.env.PYTHONUNBUFFERED ?? '') !== '';
    let i = 1;
    for (; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === '-V' || a === '--version') {
        const base = ctx.base.get(basename(argv0));
        if (base) return base.run(argv, io);
        io.stdout(`Python ${version(io.env)}\n`);
        return 0;
      }
      if (a === '-W' || a === '-X') {
        i++;
        continue;
      }
      if (/^-[A-Za-z]+$/.test(a) && [...a.slice(1)].every((c) => SIMPLE_FLAGS.has(c))) {
        if (a.includes('u')) unbuffered = true;
        continue;
      }
      break;
    }
    const out = new PythonOutput(io, unbuffered);
    const first = argv[i];
    const rest = argv.slice(i + 1);
    const commandLine = argv.join(' ');
    const base = ctx.base.get(basename(argv0)) ?? ctx.base.get('python3');
    if (first === '-c') {
      const code = rest[0] ?? '';
      if (base && !startsServer(code)) return base.run(argv, io);
      return runSource(io, out, code, '<string>', argv);
    }
    if (first === '-m') {
      const [module = '', ...args] = rest;
      if (module === 'http.server') {
        const bindAt = args.findIndex((a) => a === '--bind' || a === '-b');
        const port = Number(
          args.find((a, k) => /^\d+$/.test(a) && args[k - 1] !== '--bind') ?? 8000,
        );
        const hostName = bindAt >= 0 ? (args[bindAt + 1] ?? '') : '';
        return serve(io, out, { kind: 'http', host: hostName, port }, commandLine, false);
      }
      if (module === 'flask') return flask(io, out, args, commandLine);
      if (module === 'uvicorn') return uvicorn(io, out, args, commandLine);
      if (module === 'gunicorn') return gunicorn(io, args, commandLine);
      if (base) return base.run(argv, io);
      io.stderr(`${executable(io, argv0)}: No module named ${module}\n`);
      return 1;
    }
    if (base && (first === undefined || first === '-') && !(ctx.tty && io.stdin.trim() === '')) {
      return base.run(argv, io);
    }
    if (first === undefined || first === '-') {
      if (io.stdin.trim() !== '') return runSource(io, out, io.stdin, '<stdin>', argv);
      if (ctx.tty) {
        io.stdout(
          `Python ${version(io.env)} (main) [GCC 14.2.0] on linux\nType "help", "copyright", "credits" or "license" for more information.\n>>> `,
        );
        io.note('The simulation has no interactive Python prompt; use python -c or a script.');
      }
      return 0;
    }
    const path = resolvePath(io.cwd, first);
    const source = readText(io, path);
    // Ordinary scripts are for the python program of the image; servers and loops are ours.
    if (base && (source === undefined || !startsServer(source))) return base.run(argv, io);
    if (source === undefined) {
      io.stderr(`${argv0}: can't open file '${path}': [Errno 2] No such file or directory\n`);
      return 2;
    }
    return runSource(io, out, source, path, argv);
  };

  const map = new Map<string, ProgramEntry>();
  for (const name of [
    'python',
    'python3',
    'python3.11',
    'python3.12',
    'python3.13',
    'python3.14',
  ]) {
    map.set(name, { run: python });
  }
  map.set('flask', {
    run: (argv, io) =>
      flask(
        io,
        new PythonOutput(io, ctx.tty || !!io.env.PYTHONUNBUFFERED),
        argv.slice(1),
        argv.join(' '),
      ),
  });
  // ps shows a console script as its interpreter running it.
  const title = (io: ProgramIO, argv: string[]) => scriptArgv(io.fs, io.env.PATH ?? '', argv);
  map.set('gunicorn', { run: (argv, io) => gunicorn(io, argv.slice(1), title(io, argv)) });
  map.set('uvicorn', {
    run: (argv, io) => uvicorn(io, new PythonOutput(io, true), argv.slice(1), title(io, argv)),
  });
  return map;
}
