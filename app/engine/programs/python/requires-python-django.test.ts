// An old pin on an old Python (awesome-compose's django sample: python:3.7-alpine, Django==3.0.5)
// gets that release's own dependencies and the releases of them Python 3.7 may have, not the
// newest Django's dependencies and versions made up from a specifier ("typing-extensions-4").
import { describe, expect, it } from 'vitest';
import { runProgram } from '../testing/fake-io';
import { fakeCatalog, fakePypiPackages } from '../testing/fake-catalog';
import { pythonLineFs } from '../testing/pythons';
import { pipProgram } from './pip';

// The catalog's newest releases (as in catalog/data/lang/pypi.ts), so their histories apply.
const pypi = fakeCatalog(
  fakePypiPackages([
    ['django', '6.0.1', ['asgiref', 'sqlparse']],
    ['asgiref', '3.11.0', []],
    ['sqlparse', '0.5.5', []],
    ['typing-extensions', '4.15.0', []],
    ['pytz', '2025.2', []],
  ] as const),
);

function install(minor: string, patch: string, requirement: string) {
  const fs = pythonLineFs(minor);
  return runProgram(pipProgram(pypi), ['pip', 'install', '--no-cache-dir', requirement], fs, {
    env: { PYTHON_VERSION: `${minor}.${patch}`, PIP_ROOT_USER_ACTION: 'ignore' },
  });
}

describe('Django 3.x on Python 3.7', () => {
  it('installs Django==3.0.5 with its own dependencies, at releases 3.7 may have', () => {
    const result = install('3.7', '17', 'django==3.0.5');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Collecting asgiref<4,>=3.2 (from django==3.0.5)\n');
    expect(result.stdout).toContain(
      'Successfully installed asgiref-3.6.0 django-3.0.5 pytz-2025.2 sqlparse-0.4.4 typing-extensions-4.7.1\n',
    );
    expect(result.stdout).not.toContain('backports');
  });

  it('Django 3.2 on Python 3.10 takes the newest asgiref and sqlparse', () => {
    const result = install('3.10', '19', 'django==3.2.25');
    expect(result.stdout).toMatch(
      /Successfully installed .*asgiref-3\.11\.0 django-3\.2\.25 pytz-2025\.2 sqlparse-0\.5\.5\n/,
    );
    expect(result.stdout).not.toContain('typing-extensions');
  });
});
