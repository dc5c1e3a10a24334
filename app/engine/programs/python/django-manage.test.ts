import { describe, expect, it } from 'vitest';
import { djangoAdminStatic } from '../../catalog/data/lang/django-admin-static';
import { fileSize, readText, writeText } from '../common/fs-helpers';
import { APPS, BASE, djangoPython, manage, project } from '../testing/django-project';
import { runProgram } from '../testing/fake-io';
import { PYTHON_ENV } from '../testing/pythons';

describe('manage.py collectstatic', () => {
  it("copies the admin's and the apps' static files into STATIC_ROOT and counts them", () => {
    const fs = project(`${BASE}${APPS}STATIC_ROOT = BASE_DIR / "staticfiles"\n`);
    const result = manage(fs, ['collectstatic', '--noinput']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("\n131 static files copied to '/app/staticfiles'.\n");
    expect(fileSize(fs, '/app/staticfiles/admin/js/vendor/jquery/jquery.js')).toBe(285310);
    expect(readText(fs, '/app/staticfiles/blog/site.css')).toBe('body { margin: 0 }\n');
    const again = manage(fs, ['collectstatic', '--noinput']);
    expect(again.stdout).toBe("\n0 static files copied to '/app/staticfiles', 131 unmodified.\n");
  });

  it('collects the admin files of the Django release installed (5.2: 127)', () => {
    const fs = project(
      `import os\nBASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))\nINSTALLED_APPS = ["django.contrib.admin", "django.contrib.staticfiles"]\nSTATIC_ROOT = os.path.join(BASE_DIR, "static")\n`,
      'django==5.2.7',
    );
    expect(manage(fs, ['collectstatic', '--no-input']).stdout).toBe(
      "\n127 static files copied to '/app/static'.\n",
    );
    expect(fileSize(fs, '/app/static/admin/js/unusable_password_field.js')).toBeGreaterThan(0);
  });

  it('takes STATICFILES_DIRS first and STATIC_ROOT from the environment with a default', () => {
    const fs = project(
      `${BASE}INSTALLED_APPS = ["django.contrib.staticfiles"]\nSTATICFILES_DIRS = [BASE_DIR / "assets"]\nSTATIC_ROOT = os.environ.get("STATIC_ROOT", BASE_DIR / "collected")\n`,
    );
    writeText(fs, '/app/assets/app.js', 'console.log(1)\n');
    expect(manage(fs, ['collectstatic', '--noinput']).stdout).toBe(
      "\n1 static file copied to '/app/collected'.\n",
    );
    expect(manage(fs, ['collectstatic', '--noinput'], { STATIC_ROOT: '/srv/static' }).stdout).toBe(
      "\n1 static file copied to '/srv/static'.\n",
    );
  });

  it('fails as Django does without STATIC_ROOT', () => {
    const fs = project(`${BASE}${APPS}`);
    const result = manage(fs, ['collectstatic', '--noinput']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'Traceback (most recent call last):\n' +
        '  File "/app/manage.py", line 13, in <module>\n    main()\n' +
        '  File "/app/manage.py", line 9, in main\n    execute_from_command_line(sys.argv)\n' +
        "django.core.exceptions.ImproperlyConfigured: You're using the staticfiles app without having set the STATIC_ROOT setting to a filesystem path.\n",
    );
  });

  it('stops on staticfiles.E002 when STATIC_ROOT is one of STATICFILES_DIRS', () => {
    const fs = project(
      `${BASE}${APPS}STATICFILES_DIRS = [BASE_DIR / "static"]\nSTATIC_ROOT = BASE_DIR / "static"\n`,
    );
    const result = manage(fs, ['collectstatic', '--noinput']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '?: (staticfiles.E002) The STATICFILES_DIRS setting should not contain the STATIC_ROOT setting.\n',
    );
  });

  it('asks before overwriting, and reads no answer from an empty stdin as EOF', () => {
    const fs = project(`${BASE}${APPS}STATIC_ROOT = BASE_DIR / "staticfiles"\n`);
    manage(fs, ['collectstatic', '--noinput']);
    const result = manage(fs, ['collectstatic']);
    expect(result.stdout).toContain(
      'location as specified in your settings:\n\n    /app/staticfiles\n\nThis will overwrite existing files!\n',
    );
    expect(result.stderr).toMatch(/EOFError: EOF when reading a line\n$/);
    expect(result.code).toBe(1);
  });
});

describe('Django version and check', () => {
  it('answers --version from the installed release, as manage.py, -m django and django-admin', () => {
    const fs = project(`${BASE}${APPS}`, 'django==5.1.15');
    expect(manage(fs, ['--version']).stdout).toBe('5.1.15\n');
    const module = runProgram(djangoPython, ['python', '-m', 'django', '--version'], fs, {
      env: PYTHON_ENV,
      cwd: '/app',
    });
    expect(module.stdout).toBe('5.1.15\n');
    expect(manage(fs, ['check']).stdout).toBe('System check identified no issues (0 silenced).\n');
  });

  it('check warns as Django does about a STATICFILES_DIRS folder that does not exist', () => {
    const fs = project(`${BASE}${APPS}STATICFILES_DIRS = [BASE_DIR / "static"]\n`);
    const result = manage(fs, ['check']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      "System check identified some issues:\n\nWARNINGS:\n?: (staticfiles.W004) The directory '/app/static' in the STATICFILES_DIRS setting does not exist.\n\nSystem check identified 1 issue (0 silenced).\n",
    );
  });

  it('lists the admin static files of each feature line', () => {
    expect(djangoAdminStatic('4.2.17')).toHaveLength(125);
    expect(djangoAdminStatic('5.2.7')).toHaveLength(127);
    expect(djangoAdminStatic('6.0.1')).toHaveLength(130);
  });
});

describe('manage.py migrate', () => {
  const SQLITE =
    'DATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.sqlite3",\n        "NAME": BASE_DIR / "db.sqlite3",\n    }\n}\n';
  const DEFAULT_APPS =
    'INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions", "blog"]\n';

  it("applies the apps' migrations in the order Django plans them, once", () => {
    const fs = project(`${BASE}${DEFAULT_APPS}${SQLITE}`);
    writeText(fs, '/app/blog/migrations/__init__.py', '');
    writeText(
      fs,
      '/app/blog/migrations/0001_initial.py',
      'class Migration(migrations.Migration):\n    initial = True\n    dependencies = [\n        migrations.swappable_dependency(settings.AUTH_USER_MODEL),\n    ]\n',
    );
    writeText(
      fs,
      '/app/blog/migrations/0002_post_slug.py',
      'class Migration(migrations.Migration):\n    dependencies = [\n        ("blog", "0001_initial"),\n    ]\n',
    );
    const first = manage(fs, ['migrate']);
    const applied = first.stdout.split('\n').filter((l) => l.startsWith('  Applying'));
    expect(first.stdout).toMatch(
      /^Operations to perform:\n {2}Apply all migrations: admin, auth, blog, contenttypes, sessions\nRunning migrations:\n/,
    );
    // The real order of Django's own migrations (a Django 5.2 project's log), then blog's.
    expect(applied.slice(0, 7)).toEqual([
      '  Applying contenttypes.0001_initial... OK',
      '  Applying auth.0001_initial... OK',
      '  Applying admin.0001_initial... OK',
      '  Applying admin.0002_logentry_remove_auto_add... OK',
      '  Applying admin.0003_logentry_add_action_flag_choices... OK',
      '  Applying contenttypes.0002_remove_content_type_name... OK',
      '  Applying auth.0002_alter_permission_name_max_length... OK',
    ]);
    expect(applied.slice(17)).toEqual([
      '  Applying blog.0001_initial... OK',
      '  Applying blog.0002_post_slug... OK',
      '  Applying sessions.0001_initial... OK',
    ]);
    expect(fileSize(fs, '/app/db.sqlite3')).toBeGreaterThan(100_000);
    expect(manage(fs, ['migrate']).stdout).toContain(
      'Running migrations:\n  No migrations to apply.\n',
    );
  });

  it('only notes a migrate against a database server', () => {
    const fs = project(
      `${BASE}${DEFAULT_APPS}DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "HOST": "db"}}\n`,
    );
    const result = manage(fs, ['migrate']);
    expect(result.stdout).toBe('');
    expect(result.notes.join(' ')).toMatch(/database server/);
  });
});
