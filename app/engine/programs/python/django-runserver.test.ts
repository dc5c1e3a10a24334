import { describe, expect, it } from 'vitest';
import { BASE, manage, project } from '../testing/django-project';

const APPS =
  'INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions"]\n';
const SQLITE =
  'DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}\n';

describe('manage.py runserver', () => {
  it("prints Django's start-up text, with the unapplied migrations it finds", () => {
    const fs = project(`${BASE}DEBUG = True\n${APPS}${SQLITE}`, 'django==5.1.4');
    const result = manage(fs, ['runserver', '0:8000']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('Watching for file changes with StatReloader\n');
    expect(result.stdout).toMatch(
      /^Performing system checks\.\.\.\n\nSystem check identified no issues \(0 silenced\)\.\n\nYou have 18 unapplied migration\(s\)\. Your project may not work properly until you apply the migrations for app\(s\): admin, auth, contenttypes, sessions\.\nRun 'python manage\.py migrate' to apply them\.\n\w+ \d\d, \d{4} - \d\d:\d\d:\d\d\nDjango version 5\.1\.4, using settings 'mysite\.settings'\nStarting development server at http:\/\/0\.0\.0\.0:8000\/\nQuit the server with CONTROL-C\.\n$/,
    );
    manage(fs, ['migrate']);
    expect(manage(fs, ['runserver']).stdout).not.toContain('unapplied');
  });

  it("adds 5.2's development-server warning, and leaves out the reloader's line without DEBUG", () => {
    const fs = project(`${BASE}DEBUG = False\nALLOWED_HOSTS = ["*"]\n${APPS}`, 'django==5.2.7');
    const result = manage(fs, ['runserver', '0.0.0.0:8000']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      'Quit the server with CONTROL-C.\n\nWARNING: This is a development server. Do not use it in a production setting. Use a production WSGI or ASGI server instead.\nFor more information on production servers see: https://docs.djangoproject.com/en/5.2/howto/deployment/\n',
    );
  });

  it('refuses to start with DEBUG off and no ALLOWED_HOSTS', () => {
    const fs = project(`${BASE}DEBUG = False\n${APPS}`);
    const result = manage(fs, ['runserver']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'CommandError: You must set settings.ALLOWED_HOSTS if DEBUG is False.\n',
    );
  });

  it("reports the staticfiles warning among its checks, as Django 4.1's log shows", () => {
    const fs = project(
      `${BASE}DEBUG = True\nINSTALLED_APPS = ["django.contrib.staticfiles"]\nSTATICFILES_DIRS = [BASE_DIR / "static"]\n`,
    );
    const result = manage(fs, ['runserver', '--noreload']);
    expect(result.stdout).toMatch(/^Performing system checks\.\.\.\n\n\w+ \d\d, /);
    expect(result.stderr).toBe(
      "System check identified some issues:\n\nWARNINGS:\n?: (staticfiles.W004) The directory '/app/static' in the STATICFILES_DIRS setting does not exist.\n\nSystem check identified 1 issue (0 silenced).\n",
    );
  });
});
