/**
 * A Django project on the official python image for the manage.py tests: a fake catalog whose
 * django ships the real admin static file list, manage.py as startproject writes it, a
 * settings module given as text and a `blog` app with one static file.
 */
import { djangoAdminStatic } from '../../catalog/data/lang/django-admin-static';
import { writeText } from '../common/fs-helpers';
import { pipProgram } from '../python/pip';
import { pythonProgram } from '../python/python';
import { fakeCatalog, fakePackage } from './fake-catalog';
import { runProgram } from './fake-io';
import { officialPythonFs, PYTHON_ENV } from './pythons';

const catalog = fakeCatalog([
  fakePackage('pypi', 'django', {
    version: '6.0.1',
    files: ['django/__init__.py', ...djangoAdminStatic('6.0.1')],
  }),
]);
export const djangoPython = pythonProgram(catalog);
const MANAGE = `#!/usr/bin/env python
import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")
    from django.core.management import execute_from_command_line
    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
`;
export const APPS = `INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.staticfiles",
    "blog.apps.BlogConfig",
]
`;

export function project(settings: string, django = 'django') {
  const fs = officialPythonFs();
  runProgram(pipProgram(catalog), ['pip', 'install', '--no-cache-dir', django], fs, {
    env: PYTHON_ENV,
  });
  writeText(fs, '/app/manage.py', MANAGE);
  writeText(fs, '/app/mysite/__init__.py', '');
  writeText(fs, '/app/mysite/settings.py', settings);
  writeText(fs, '/app/blog/__init__.py', '');
  writeText(fs, '/app/blog/static/blog/site.css', 'body { margin: 0 }\n');
  return fs;
}
export const manage = (fs: ReturnType<typeof project>, args: string[], env = {}) =>
  runProgram(djangoPython, ['python', 'manage.py', ...args], fs, {
    env: { ...PYTHON_ENV, ...env },
    cwd: '/app',
  });
export const BASE = 'from pathlib import Path\nBASE_DIR = Path(__file__).resolve().parent.parent\n';
