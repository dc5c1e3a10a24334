import { describe, expect, it } from 'vitest';
import type { OverlayFs } from '../../fs/overlay';
import { readText, writeText } from '../common/fs-helpers';
import { runProgram, type RunOptions } from '../testing/fake-io';
import { officialPythonFs, pypi, PYTHON_ENV } from '../testing/pythons';
import { pipenvProgram } from './pipenv';
import { createVenv } from './venv';
import { findPython } from './env';

const SITE = '/usr/local/lib/python3.14/site-packages';
const pipenv = pipenvProgram(pypi);

const PIPFILE = `[[source]]
url = "https://pypi.org/simple"
verify_ssl = true
name = "pypi"

[packages]
flask = "*"

[requires]
python_version = "3.14"
`;

/** The official Python image with Pipenv `version` pip-installed, and a Pipfile. */
function withPipenv(version: string, pipfile = PIPFILE): OverlayFs {
  const fs = officialPythonFs();
  writeText(fs, '/usr/local/bin/pipenv', '#!/usr/local/bin/python3.14\nimport pipenv\n', 0o755);
  writeText(
    fs,
    `${SITE}/pipenv-${version}.dist-info/METADATA`,
    `Name: pipenv\nVersion: ${version}\n`,
  );
  writeText(fs, `${SITE}/pipenv-${version}.dist-info/RECORD`, 'pipenv/__init__.py,,\n');
  writeText(fs, '/app/Pipfile', pipfile);
  return fs;
}
const run = (fs: OverlayFs, line: string, options: RunOptions = {}) =>
  runProgram(pipenv, line.split(' '), fs, { env: PYTHON_ENV, cwd: '/app', ...options });

describe('pipenv', () => {
  it('reports the version of the dist-info pip installed, in click wording', () => {
    expect(run(withPipenv('2024.4.1'), 'pipenv --version').stdout).toBe(
      'pipenv, version 2024.4.1\n',
    );
  });

  it('installs --system from a fresh lock, and a second run finds nothing to install', () => {
    const fs = withPipenv('2025.1.1');
    expect(run(fs, 'pipenv lock').code).toBe(0);
    const lock = JSON.parse(readText(fs, '/app/Pipfile.lock') ?? '{}');
    const tail = (lock._meta.hash.sha256 as string).slice(-6);
    const first = run(fs, 'pipenv install --system --deploy');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(`Installing dependencies from Pipfile.lock (${tail})...\n`);
    expect(readText(fs, `${SITE}/flask-3.1.2.dist-info/INSTALLER`)).toBe('pip\n');
    expect(run(fs, 'pipenv install --system --deploy').spentMs).toBeLessThan(first.spentMs);
  });

  it("stops a deploy whose [requires] python_version is not the image's Python", () => {
    const fs = withPipenv('2025.1.1', PIPFILE.replace('"3.14"', '"3.11"'));
    run(fs, 'pipenv lock --system', { env: { ...PYTHON_ENV, PIPENV_USE_SYSTEM: '1' } });
    const result = run(fs, 'pipenv install --system --deploy');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'Warning: Your Pipfile requires python_version 3.11, but you are using 3.14.0 from /usr/local/bin/python3.14.\n$ pipenv --rm and rebuilding the virtual environment may resolve the issue.\nERROR:: Aborting deploy\n',
    );
  });

  it('uses an active virtualenv after its Courtesy Notice', () => {
    const fs = withPipenv('2025.1.1');
    const own = findPython({ ...runIO(fs) }, 'python3');
    if (!own) throw new Error('no python');
    createVenv(runIO(fs), pypi, own, '/opt/venv', {
      withoutPip: true,
      systemSitePackages: false,
      invokedAs: 'python3',
    });
    const result = run(fs, 'pipenv sync', {
      env: { ...PYTHON_ENV, VIRTUAL_ENV: '/opt/venv' },
    });
    expect(result.stderr).toMatch(
      /^Courtesy Notice:\nPipenv found itself running within a virtual environment, {2}so/,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('ERROR: Pipfile.lock not found!');
  });

  it("pipenv run runs the command with the project's virtualenv first on PATH", () => {
    const fs = withPipenv('2025.1.1');
    const result = run(fs, 'pipenv run python app.py', {
      env: { ...PYTHON_ENV, PIPENV_VENV_IN_PROJECT: '1' },
    });
    expect(result.stderr).toContain('Virtualenv location: /app/.venv\n');
    expect(result.runs).toEqual([['python', 'app.py']]);
    expect(fs.stat('/app/.venv/bin/activate').ok).toBe(true);
  });
});

function runIO(fs: OverlayFs) {
  let io: Parameters<Parameters<typeof runProgram>[0]>[1] | undefined;
  runProgram(
    (_argv, i) => {
      io = i;
      return 0;
    },
    ['x'],
    fs,
    { env: PYTHON_ENV },
  );
  if (!io) throw new Error('no io');
  return io;
}
