/**
 * Django's management commands as `python manage.py X`, `python -m django X` and `django-admin
 * X` run them: `--version`/`version`, `check` and `collectstatic`, from the installed Django
 * and the project's settings module (read, not executed: django-settings.ts). Other commands
 * are application code the simulation does not run; they say so with a note.
 */
import type { ProgramIO } from '../../shell/program';
import { installedDists, canonical } from './site';
import type { PythonEnv } from './env';
import {
  loadSettings,
  moduleFile,
  settingsModule,
  stringList,
  type DjangoSettings,
} from './django-settings';
import { isDir } from '../common/fs-helpers';
import { collectStatic, staticChecks, staticLocations } from './django-collectstatic';
import { migrate } from './django-migrate';
import { runserver } from './django-runserver';
import { djangoTraceback, scriptFrames, type DjangoRun } from './django-run';

/** Whether a script hands its argv to Django (manage.py, the django-admin console script). */
export function isDjangoEntry(source: string): boolean {
  return /\bexecute_from_command_line\b/.test(source);
}

/** django.get_version(): a final release without a micro number drops `.0` (6.0, 5.1.4). */
function getVersion(version: string): string {
  return version.replace(/^(\d+\.\d+)\.0$/, '$1');
}

export function runDjango(io: ProgramIO, env: PythonEnv, run: DjangoRun): number {
  const django = installedDists(io.fs, [env.sitePackages]).find(
    (d) => canonical(d.name) === 'django',
  );
  if (!django) {
    io.stderr(
      `Traceback (most recent call last):\n${scriptFrames(run.script)}ModuleNotFoundError: No module named 'django'\n`,
    );
    return 1;
  }
  const command = run.args.find((a) => !a.startsWith('-'));
  if (run.args[0] === '--version' || command === 'version') {
    io.stdout(`${getVersion(django.version)}\n`);
    return 0;
  }
  if (!command) {
    io.stdout(
      `\nType '${run.prog} help <subcommand>' for help on a specific subcommand.\n\nAvailable subcommands:\n`,
    );
    io.note('The list of subcommands Django prints is left out.');
    return 0;
  }
  // startproject and startapp need no settings; what they write is not modelled.
  if (command === 'startproject' || command === 'startapp') return noted(io, command);
  const roots = [run.pathZero, io.cwd, ...(io.env.PYTHONPATH ?? '').split(':').filter(Boolean)];
  const module = settingsModule(run.args, io.env, run.script?.source ?? '');
  const settings = module ? loadSettings(io.fs, roots, module) : undefined;
  if (module && !settings) {
    const top = module.split('.')[0]!;
    const missing = moduleFile(io.fs, roots, top) === undefined ? top : module;
    return djangoTraceback(io, run, `ModuleNotFoundError: No module named '${missing}'`);
  }
  if (!settings)
    return djangoTraceback(
      io,
      run,
      `django.core.exceptions.ImproperlyConfigured: Requested setting INSTALLED_APPS, but settings are not configured. You must either define the environment variable DJANGO_SETTINGS_MODULE or call settings.configure() before accessing settings.`,
    );
  if (command === 'check') return check(io, run, settings);
  if (command === 'collectstatic') return collectStatic(io, env, run, settings);
  if (command === 'runserver')
    return runserver(io, env, run, settings, module ?? '', getVersion(django.version));
  if (command === 'migrate' && run.args.filter((a) => !a.startsWith('-')).length === 1)
    return migrate(io, env, run, settings);
  return noted(io, command);
}

function noted(io: ProgramIO, command: string): number {
  io.note(
    `manage.py ${command} ran as Django would start it; the simulation does not execute the project's code, so its output is not shown.`,
  );
  return 0;
}

/** `check`: the staticfiles checks the simulation can make (E002, W004); others are noted. */
function check(io: ProgramIO, run: DjangoRun, settings: DjangoSettings): number {
  if (stringList(settings, 'INSTALLED_APPS').includes('django.contrib.staticfiles')) {
    const { root, dirs } = staticLocations(io, run, settings, false);
    const failed = staticChecks(io, dirs, root);
    if (failed !== undefined) return failed;
    if (dirs.some((d) => !isDir(io.fs, d.dir))) return 0;
  }
  io.stdout('System check identified no issues (0 silenced).\n');
  io.note(
    `Of Django's system checks only the staticfiles ones were made against ${settings.file}; the others report no issues.`,
  );
  return 0;
}
