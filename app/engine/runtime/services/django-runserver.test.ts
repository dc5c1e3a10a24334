// manage.py runserver as a container's command (programs/python/django-runserver.ts serves
// through io.serve): it keeps running, Python's stdout buffering hides its start-up text
// without PYTHONUNBUFFERED; the autoreloader exits 0 on SIGTERM, while with --noreload PID 1
// has no handler, so docker stop kills it.
import { describe, expect, it } from 'vitest';
import { busyboxTerminals } from '../testing/terminal';

const terminal = busyboxTerminals('docker pull -q python:3.12-slim');
const PROJECT =
  'pip install -q --root-user-action=ignore django && mkdir -p mysite && touch mysite/__init__.py && printf "from pathlib import Path\\nBASE_DIR = Path(__file__).resolve().parent.parent\\nDEBUG = True\\nINSTALLED_APPS = []\\n" > mysite/settings.py && printf "import os, sys\\nos.environ.setdefault(\\"DJANGO_SETTINGS_MODULE\\", \\"mysite.settings\\")\\nfrom django.core.management import execute_from_command_line\\nexecute_from_command_line(sys.argv)\\n" > manage.py';

describe('manage.py runserver in a container', () => {
  it('keeps running, shows its start-up text when unbuffered, and stops on SIGTERM', () => {
    const t = terminal();
    t.run(
      `docker run -d --name dev -w /app -e PYTHONUNBUFFERED=1 python:3.12-slim sh -c '${PROJECT} && exec python manage.py runserver 0.0.0.0:8000'`,
    );
    expect(t.run("docker ps --format '{{.Names}} {{.Status}}'").out).toMatch(/^dev Up /);
    const logs = t.run('docker logs dev');
    expect(logs.err).toContain('Watching for file changes with StatReloader\n');
    expect(logs.out).toContain('Starting development server at http://0.0.0.0:8000/\n');
    t.run('docker stop dev');
    expect(t.run("docker ps -a --format '{{.Status}}'").out).toMatch(/^Exited \(0\) /);
  });

  it('is killed by docker stop with --noreload (no SIGTERM handler in PID 1)', () => {
    const t = terminal();
    t.run(
      `docker run -d --name dev -w /app python:3.12-slim sh -c '${PROJECT} && exec python manage.py runserver --noreload'`,
    );
    t.run('docker stop dev');
    expect(t.run("docker ps -a --format '{{.Status}}'").out).toMatch(/^Exited \(137\) /);
  });

  it('withholds the start-up text Python buffers when stdout is not a terminal', () => {
    const t = terminal();
    t.run(
      `docker run -d --name dev -w /app python:3.12-slim sh -c '${PROJECT} && exec python manage.py runserver'`,
    );
    const logs = t.run('docker logs dev');
    expect(logs.err).toContain('Watching for file changes with StatReloader\n');
    expect(logs.out).not.toContain('Starting development server');
  });
});
