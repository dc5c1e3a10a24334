/**
 * What Python web servers print when they start and stop, as `docker logs` shows it: the
 * Flask development server, uvicorn, gunicorn, http.server and aiohttp. Logging goes to
 * stderr; print() and click output go to stdout, which Python buffers when it is not a
 * terminal (so it is missing from `docker logs` until the buffer is flushed: the reason
 * images set PYTHONUNBUFFERED=1).
 */
import type { FileSystem } from '../../fs/filesystem';
import { basename } from '../../fs/path';
import type { ProcessTree } from '../../shell/program';
import type { PythonServer } from './python-script';
import type { ServiceOutcome } from './types';

export interface ServerLines {
  stdout: string;
  stderr: string;
}

function urls(host: string, port: number, ip: string | undefined): string {
  if (host === '0.0.0.0' || host === '') {
    const lines = [
      ' * Running on all addresses (0.0.0.0)',
      ` * Running on http://127.0.0.1:${port}`,
    ];
    if (ip) lines.push(` * Running on http://${ip}:${port}`);
    return lines.join('\n') + '\n';
  }
  return ` * Running on http://${host}:${port}\n`;
}

/** A Werkzeug debugger PIN: three groups of three digits, fixed per container. */
function debuggerPin(seed: string): string {
  const digits = seed
    .replace(/[^0-9]/g, '')
    .padEnd(9, '7')
    .slice(0, 9);
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)}`;
}

export function gunicornTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `[${iso.slice(0, 10)} ${iso.slice(11, 19)} +0000]`;
}

export function serverStartup(
  server: PythonServer,
  options: { ip: string | undefined; seed: string },
): ServerLines {
  switch (server.kind) {
    case 'flask': {
      const stdout = ` * Serving Flask app '${server.appName}'\n * Debug mode: ${server.debug ? 'on' : 'off'}\n`;
      let stderr =
        'WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.\n' +
        urls(server.host, server.port, options.ip) +
        'Press CTRL+C to quit\n';
      if (server.debug) {
        stderr += ` * Restarting with stat\n * Debugger is active!\n * Debugger PIN: ${debuggerPin(options.seed)}\n`;
      }
      return { stdout, stderr };
    }
    case 'uvicorn':
      return {
        stdout: '',
        stderr:
          'INFO:     Started server process [1]\n' +
          'INFO:     Waiting for application startup.\n' +
          'INFO:     Application startup complete.\n' +
          `INFO:     Uvicorn running on http://${server.host}:${server.port} (Press CTRL+C to quit)\n`,
      };
    case 'http': {
      const shown = server.host === '' ? '0.0.0.0' : server.host;
      return {
        stdout: `Serving HTTP on ${shown} port ${server.port} (http://${shown}:${server.port}/) ...\n`,
        stderr: '',
      };
    }
    case 'aiohttp':
      return {
        stdout: `======== Running on http://${server.host}:${server.port} ========\n(Press CTRL+C to quit)\n`,
        stderr: '',
      };
    case 'loop':
      return { stdout: '', stderr: '' };
  }
}

export function gunicornStartup(
  now: number,
  options: { bind: string; workers: number; workerClass?: string; version: string },
): string {
  const t = gunicornTime(now);
  const workerClass = options.workerClass ?? 'sync';
  let out = `${t} [1] [INFO] Starting gunicorn ${options.version}\n`;
  out += `${t} [1] [INFO] Listening at: http://${options.bind} (1)\n`;
  out += `${t} [1] [INFO] Using worker: ${workerClass}\n`;
  for (let i = 0; i < options.workers; i++)
    out += `${t} [${7 + i}] [INFO] Booting worker with pid: ${7 + i}\n`;
  // uvicorn's worker logs its own start-up for each worker process.
  if (/uvicorn/i.test(workerClass))
    for (let i = 0; i < options.workers; i++)
      out +=
        `${t} [${7 + i}] [INFO] Started server process [${7 + i}]\n` +
        `${t} [${7 + i}] [INFO] Waiting for application startup.\n` +
        `${t} [${7 + i}] [INFO] Application startup complete.\n`;
  return out;
}

/**
 * How a Python process reacts to `docker stop`. As PID 1 without a SIGTERM handler the
 * signal is ignored (Flask's dev server, http.server, a plain loop); uvicorn, aiohttp and
 * gunicorn install handlers and shut down cleanly.
 */
export function pythonOutcome(
  server: PythonServer | { kind: 'gunicorn'; workers: number },
  commandLine: string,
  handlesSigterm: boolean,
): ServiceOutcome {
  const name = server.kind === 'loop' ? 'python' : server.kind;
  const graceful =
    server.kind === 'uvicorn' || server.kind === 'gunicorn' || server.kind === 'aiohttp';
  return {
    name,
    commandLine,
    ignoresSigterm: !graceful && !handlesSigterm,
    termExitCode: graceful || handlesSigterm ? 0 : 143,
    termDelayMs: graceful ? 250 : 50,
    ...(server.kind === 'gunicorn' || server.kind === 'uvicorn'
      ? { processes: serverProcesses(server, commandLine) }
      : {}),
  };
}

/**
 * gunicorn's master forks its workers (same argv); uvicorn without --workers is one process.
 * A console script run by its shebang shows as `/usr/local/bin/python /usr/local/bin/gunicorn
 * ...` to ps, its comm being the script's name.
 */
function serverProcesses(
  server: { kind: 'gunicorn'; workers: number } | { kind: 'uvicorn' },
  title: string,
): ProcessTree {
  const words = title.split(' ');
  const script = words[1] !== undefined && /\/(gunicorn|uvicorn|fastapi)$/.test(words[1]);
  const comm = script ? basename(words[1] ?? '') : undefined;
  return {
    title,
    ...(comm ? { comm } : {}),
    ...(server.kind === 'gunicorn'
      ? { children: [{ title, ...(comm ? { comm } : {}), count: server.workers }] }
      : {}),
  };
}

/**
 * The argv the kernel gives a console script found on PATH: its shebang's interpreter, then
 * the script's path (`gunicorn app:app` → `/usr/local/bin/python /usr/local/bin/gunicorn
 * app:app`). Anything else stays as typed.
 */
export function scriptArgv(fs: FileSystem, path: string, argv: readonly string[]): string {
  const name = argv[0] ?? '';
  const found = name.includes('/')
    ? [name]
    : path
        .split(':')
        .filter(Boolean)
        .map((dir) => `${dir}/${name}`);
  for (const file of found) {
    const text = fs.readFile(file);
    if (!text.ok) continue;
    const shebang = /^#!\s*(\S+)/.exec((text.value.text ?? '').slice(0, 200));
    return shebang ? [shebang[1], file, ...argv.slice(1)].join(' ') : argv.join(' ');
  }
  return argv.join(' ');
}
