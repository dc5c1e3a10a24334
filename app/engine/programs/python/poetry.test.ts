import { describe, expect, it } from 'vitest';
import type { OverlayFs } from '../../fs/overlay';
import { readText, writeText } from '../common/fs-helpers';
import { runProgram, type RunOptions } from '../testing/fake-io';
import { officialPythonFs, pypi, PYTHON_ENV } from '../testing/pythons';
import { poetryProgram } from './poetry';
import { chooseGroups } from './poetry-install';
import { poetrySpecs, readPoetryProject } from './poetry-project';

const SITE = '/usr/local/lib/python3.14/site-packages';
const poetry = poetryProgram(pypi);

/** The official Python image with Poetry `version` pip-installed (its script and dist-info). */
function withPoetry(version: string, pyproject?: string): OverlayFs {
  const fs = officialPythonFs();
  writeText(fs, '/usr/local/bin/poetry', '#!/usr/local/bin/python3.14\nimport poetry\n', 0o755);
  writeText(
    fs,
    `${SITE}/poetry-${version}.dist-info/METADATA`,
    `Name: poetry\nVersion: ${version}\n`,
  );
  writeText(fs, `${SITE}/poetry-${version}.dist-info/RECORD`, 'poetry/__init__.py,,\n');
  if (pyproject) writeText(fs, '/app/pyproject.toml', pyproject);
  return fs;
}
const run = (fs: OverlayFs, line: string, options: RunOptions = {}) =>
  runProgram(poetry, line.split(' '), fs, { env: PYTHON_ENV, cwd: '/app', ...options });

const PYPROJECT = `[tool.poetry]
name = "app"
version = "0.1.0"

[tool.poetry.dependencies]
python = "^3.12"
flask = "^3.0"

[tool.poetry.group.docs]
optional = true

[tool.poetry.group.docs.dependencies]
click = "*"
`;

describe('poetry', () => {
  it('reports the version of the dist-info pip installed', () => {
    expect(run(withPoetry('1.8.3'), 'poetry --version').stdout).toBe('Poetry (version 1.8.3)\n');
    expect(run(withPoetry('2.2.1'), 'poetry -V').stdout).toBe('Poetry (version 2.2.1)\n');
  });

  it('poetry config writes config.toml, and install then uses the image Python', () => {
    const fs = withPoetry('1.8.3', PYPROJECT);
    expect(run(fs, 'poetry config virtualenvs.create false').code).toBe(0);
    expect(readText(fs, '/root/.config/pypoetry/config.toml')).toBe(
      '[virtualenvs]\ncreate = false\n',
    );
    const result = run(fs, 'poetry install --no-root');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('Skipping virtualenv creation, as specified in config file.\n');
    expect(result.stdout).toMatch(
      /^Updating dependencies\nResolving dependencies\.\.\.\n\nPackage operations: 7 installs, 0 updates, 0 removals\n\n/,
    );
    expect(result.stdout).toMatch(/\n\nWriting lock file\n$/);
    expect(readText(fs, `${SITE}/flask-3.1.2.dist-info/INSTALLER`)).toBe('Poetry 1.8.3\n');
    expect(run(fs, 'poetry install --no-root').stdout).toBe(
      'Installing dependencies from lock file\n\nNo dependencies to install or update\n',
    );
    expect(run(fs, 'poetry config virtualenvs.create maybe').stderr).toBe(
      '\n"maybe" is an invalid value for virtualenvs.create\n',
    );
  });

  it('refuses a stale lock with the wording of the Poetry that runs', () => {
    const fs = withPoetry('2.2.1', PYPROJECT);
    const env = { ...PYTHON_ENV, POETRY_VIRTUALENVS_CREATE: 'false' };
    expect(run(fs, 'poetry lock', { env }).code).toBe(0);
    writeText(fs, '/app/pyproject.toml', PYPROJECT.replace('^3.0', '^3.1'));
    const result = run(fs, 'poetry install', { env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '\npyproject.toml changed significantly since poetry.lock was last generated. Run `poetry lock` to fix the lock file.\n',
    );
  });

  it('poetry run runs the command with the virtualenv first on PATH', () => {
    const fs = withPoetry('1.8.3', PYPROJECT);
    const result = run(fs, 'poetry run python -m app', {
      env: { ...PYTHON_ENV, POETRY_VIRTUALENVS_IN_PROJECT: 'true' },
    });
    expect(result.stderr).toBe('Creating virtualenv app in /app/.venv\n');
    expect(result.runs).toEqual([['python', '-m', 'app']]);
  });
});

describe('Poetry projects', () => {
  it('reads caret, tilde and plain constraints as PEP 440 ranges', () => {
    expect(poetrySpecs('^3.0')).toEqual([
      { op: '>=', version: '3.0' },
      { op: '<', version: '4.0' },
    ]);
    expect(poetrySpecs('^0.2.3')).toEqual([
      { op: '>=', version: '0.2.3' },
      { op: '<', version: '0.3.0' },
    ]);
    expect(poetrySpecs('~2.1.4')).toEqual([
      { op: '>=', version: '2.1.4' },
      { op: '<', version: '2.2.0' },
    ]);
    expect(poetrySpecs('1.2.3')).toEqual([{ op: '==', version: '1.2.3' }]);
    expect(poetrySpecs('*')).toEqual([]);
  });

  it('chooses groups: optional ones only --with, --only exactly, unknown ones refused', () => {
    const fs = withPoetry('1.8.3', PYPROJECT);
    const read = readPoetryProject(fs, '/app', 1);
    if (!read.ok) throw new Error(read.error);
    const names = (r: ReturnType<typeof chooseGroups>) => (r.ok ? [...r.groups] : r.error);
    expect(names(chooseGroups(read.project, { with: [], without: [], only: [] }))).toEqual([
      'main',
    ]);
    expect(names(chooseGroups(read.project, { with: ['docs'], without: [], only: [] }))).toEqual([
      'main',
      'docs',
    ]);
    expect(names(chooseGroups(read.project, { with: [], without: [], only: ['docs'] }))).toEqual([
      'docs',
    ]);
    expect(names(chooseGroups(read.project, { with: ['test'], without: [], only: [] }))).toBe(
      'Group(s) not found: test (via --with)',
    );
  });
});
