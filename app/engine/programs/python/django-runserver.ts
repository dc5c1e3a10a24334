/**
 * `manage.py runserver [addrport]`: Django's development server as a container's process.
 * Its start-up text in Django's words (the autoreloader's line, logged only with DEBUG on;
 * the system checks; the unapplied-migrations notice on SQLite; the time, version, settings
 * and address; the development-server warning from 5.2 on), the ALLOWED_HOSTS refusal with
 * DEBUG off, then it keeps running. The autoreloader stops on SIGTERM; with --noreload nothing
 * handles it, so `docker stop` waits for the kill.
 */
import type { ProgramIO } from '../../shell/program';
import { isDir } from '../common/fs-helpers';
import { staticChecks, staticLocations } from './django-collectstatic';
import { pendingMigrations } from './django-migrate';
import type { DjangoRun } from './django-run';
import { stringList, type DjangoSettings } from './django-settings';
import type { PythonEnv } from './env';

const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/** `datetime.now().strftime("%B %d, %Y - %X")` in a container (UTC, C locale). */
function startedAt(ms: number): string {
  const d = new Date(ms);
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${day}, ${d.getUTCFullYear()} - ${d.toISOString().slice(11, 19)}`;
}

/** DEBUG when the settings say it plainly (`True`, `os.environ.get("X", "d") == "1"`). */
function debugOn(settings: DjangoSettings, env: Readonly<Record<string, string>>) {
  const expr = (settings.values.get('DEBUG') ?? 'False').trim();
  if (expr === 'True' || expr === 'False') return expr === 'True';
  const compare =
    /^os\.(?:environ\.get|getenv)\(\s*["'](\w+)["']\s*(?:,\s*["']([^"']*)["'])?\s*\)\s*==\s*["']([^"']*)["']$/.exec(
      expr,
    );
  if (compare) return (env[compare[1]!] ?? compare[2] ?? '') === compare[3];
  return undefined;
}

/** `runserver`'s address and port: `0.0.0.0:8000`, `8000`, `0:8000` (0 meaning all). */
function addrPort(args: readonly string[]): { addr: string; port: string } {
  const given = args.filter((a) => !a.startsWith('-'))[1];
  const m = given ? /^(?:(.*):)?(\d+)$/.exec(given) : undefined;
  const addr = m?.[1] ?? '127.0.0.1';
  return { addr: addr === '0' ? '0.0.0.0' : addr, port: m?.[2] ?? '8000' };
}

export function runserver(
  io: ProgramIO,
  env: PythonEnv,
  run: DjangoRun,
  settings: DjangoSettings,
  module: string,
  version: string,
): number {
  const debug = debugOn(settings, io.env);
  const hosts = settings.values.get('ALLOWED_HOSTS');
  if (
    debug === false &&
    (hosts === undefined || stringList(settings, 'ALLOWED_HOSTS').length === 0)
  ) {
    io.stderr('CommandError: You must set settings.ALLOWED_HOSTS if DEBUG is False.\n');
    return 1;
  }
  if (debug === undefined)
    io.note(
      `DEBUG = ${settings.values.get('DEBUG')} is beyond what the simulation reads from settings.py; it runs as with DEBUG off.`,
    );
  const reload = !run.args.includes('--noreload');
  if (reload && debug) io.stderr('Watching for file changes with StatReloader\n');
  const { addr, port } = addrPort(run.args);
  const buffered = !io.tty && !run.unbuffered && (io.env.PYTHONUNBUFFERED ?? '') === '';
  const withheld = buffered && io.serve !== undefined;
  if (!withheld) io.stdout('Performing system checks...\n\n');
  // The staticfiles checks the simulation makes report on stderr; otherwise no issues.
  const { root, dirs } = staticLocations(io, run, settings, false);
  const staticfiles = stringList(settings, 'INSTALLED_APPS').includes('django.contrib.staticfiles');
  const warned = staticfiles && dirs.some((d) => !isDir(io.fs, d.dir));
  if (staticfiles) staticChecks(io, dirs, root);
  let out = warned ? '' : 'System check identified no issues (0 silenced).\n';
  const pending = pendingMigrations(io, env, run, settings);
  if (pending && pending.count > 0)
    out += `\nYou have ${pending.count} unapplied migration(s). Your project may not work properly until you apply the migrations for app(s): ${pending.apps.join(', ')}.\nRun 'python manage.py migrate' to apply them.\n`;
  out += `${startedAt(io.now)}\nDjango version ${version}, using settings '${module}'\nStarting development server at http://${addr}:${port}/\nQuit the server with CONTROL-C.\n`;
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major > 5 || (major === 5 && minor >= 2))
    out += `\nWARNING: This is a development server. Do not use it in a production setting. Use a production WSGI or ASGI server instead.\nFor more information on production servers see: https://docs.djangoproject.com/en/${major}.${minor}/howto/deployment/\n`;
  // Django writes these to sys.stdout, which Python buffers unless it is a terminal or
  // PYTHONUNBUFFERED/-u say otherwise; a server that keeps running never flushes them.
  if (withheld)
    io.note(
      "Python buffers stdout when it is not a terminal, so runserver's start-up lines are not in `docker logs` yet. Set ENV PYTHONUNBUFFERED=1 in the Dockerfile (or run python -u) to see them at once.",
    );
  else io.stdout(out);
  io.serve?.({
    name: 'python',
    commandLine: run.commandLine,
    // The autoreloader's parent exits 0 on SIGTERM (run_with_reloader's handler); with
    // --noreload there is no handler, so PID 1 drops the signal and docker stop kills it.
    ignoresSigterm: !reload,
    termExitCode: reload ? 0 : 143,
    termDelayMs: 50,
    // The autoreloader runs the server in a child process with the same command line.
    ...(reload ? { processes: { children: [{ title: run.commandLine }] } } : {}),
  });
  io.note(
    "Django's development server keeps running in a container; in a build step (RUN) Layercake returns at once. Requests are not served.",
  );
  return 0;
}
