import { describe, expect, it } from 'vitest';
import type { OverlayFs } from '../../fs/overlay';
import { exists, readText, writeText } from '../common/fs-helpers';
import { runProgram, type RunOptions } from '../testing/fake-io';
import { officialPythonFs, pypi, PYTHON_ENV } from '../testing/pythons';
import type { ProgramIO, RunOptions as RunOptionsOfShell } from '../../shell/program';
import { uvProgram } from './uv';
import { runInProject } from './uv-run';

const uv = uvProgram(pypi);
const run = (fs: OverlayFs, line: string, options: RunOptions = {}) =>
  runProgram(uv, line.split(' '), fs, { env: PYTHON_ENV, cwd: '/app', ...options });
const VENV_SITE = '/app/.venv/lib/python3.14/site-packages';

const PYPROJECT = `[project]
name = "app"
version = "0.1.0"
requires-python = ">=3.12"
dependencies = ["flask>=3"]

[dependency-groups]
dev = ["click"]
`;

function project(extra = ''): OverlayFs {
  const fs = officialPythonFs();
  writeText(fs, '/app/pyproject.toml', PYPROJECT + extra);
  return fs;
}

describe('uv sync', () => {
  it('without a lock: makes .venv, resolves, writes uv.lock and installs, with uv words on stderr', () => {
    const fs = project();
    const result = run(fs, 'uv sync');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^Using CPython 3\.14\.0 interpreter at: \/usr\/local\/bin\/python3\nCreating virtual environment at: \.venv\nResolved 8 packages in \d+ms\nPrepared 7 packages in \d+ms\nInstalled 7 packages in \d+ms\n/,
    );
    expect(result.stderr).toContain(' + flask==3.1.2\n + itsdangerous==2.2.0\n');
    expect(fs.lstat('/app/.venv/bin/python').ok).toBe(true);
    expect(readText(fs, '/app/.venv/pyvenv.cfg')).toContain('version_info = 3.14.0');
    expect(exists(fs, `${VENV_SITE}/flask/__init__.py`)).toBe(true);
    expect(exists(fs, '/app/.venv/bin/flask')).toBe(true);
    expect(readText(fs, `${VENV_SITE}/flask-3.1.2.dist-info/INSTALLER`)).toBe('uv\n');
    const lock = readText(fs, '/app/uv.lock') ?? '';
    expect(lock).toMatch(/^version = 1\n/);
    expect(lock).toContain('name = "flask"\nversion = "3.1.2"');
    expect(lock).toContain('source = { virtual = "." }');
    expect(exists(fs, '/root/.cache/uv/CACHEDIR.TAG')).toBe(true);
  });

  it('leaves the dev group out with --no-dev, and says Audited when nothing changes', () => {
    const fs = project('\n[tool.uv]\ndev-dependencies = ["pytest"]\n');
    expect(run(fs, 'uv sync --no-dev').stderr).not.toContain('pytest');
    expect(exists(fs, `${VENV_SITE}/flask/__init__.py`)).toBe(true);
    const again = run(fs, 'uv sync --no-dev');
    expect(again.stderr).toMatch(/Audited 7 packages in \d+ms\n$/);
    expect(run(fs, 'uv sync').stderr).toContain(' + pytest==');
  });

  it('--frozen installs from uv.lock without resolving, and fails without one', () => {
    const fs = project();
    const missing = run(fs, 'uv sync --frozen');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'error: Unable to find lockfile at `uv.lock`, but `--frozen` was provided. To create a lockfile, run `uv lock` or `uv sync` without the flag.\n',
    );
    expect(run(fs, 'uv lock').code).toBe(0);
    // A lock that no longer matches is still used as it is.
    writeText(fs, '/app/pyproject.toml', PYPROJECT.replace('"flask>=3"', '"flask>=3", "jinja2"'));
    const result = run(fs, 'uv sync --frozen');
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('Resolved');
    expect(result.stderr).toContain(' + flask==3.1.2\n');
  });

  it('--locked refuses a missing or outdated lock in uv words', () => {
    const fs = project();
    const missing = run(fs, 'uv sync --locked');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('error: Unable to find lockfile at `uv.lock`.');
    run(fs, 'uv lock');
    expect(run(fs, 'uv sync --locked').code).toBe(0);
    writeText(fs, '/app/pyproject.toml', PYPROJECT.replace('"flask>=3"', '"flask>=3", "jinja2"'));
    const outdated = run(fs, 'uv sync --locked');
    expect(outdated.code).toBe(2);
    expect(outdated.stderr).toContain(
      'error: The lockfile at `uv.lock` needs to be updated, but `--locked` was provided. To update the lockfile, run `uv lock`.\n',
    );
  });

  it('installs a packaged project (with [build-system]) editable, unless --no-install-project', () => {
    const fs = project(
      '\n[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n[project.scripts]\napp = "app.cli:main"\n',
    );
    writeText(fs, '/app/src/app/__init__.py', '');
    const deps = run(fs, 'uv sync --no-install-project');
    expect(deps.stderr).not.toContain('+ app==');
    expect(exists(fs, '/app/.venv/bin/app')).toBe(false);
    const all = run(fs, 'uv sync');
    expect(all.stderr).toContain('Installed 1 package in');
    expect(all.stderr).toContain(' + app==0.1.0 (from file:///app)\n');
    expect(readText(fs, `${VENV_SITE}/__editable__.app-0.1.0.pth`)).toBe('/app/src\n');
    expect(readText(fs, '/app/.venv/bin/app')).toContain('from app.cli import main');
  });

  it('UV_PROJECT_ENVIRONMENT=/usr/local syncs into the image Python, making no venv', () => {
    const fs = project();
    const result = run(fs, 'uv sync', {
      env: { ...PYTHON_ENV, UV_PROJECT_ENVIRONMENT: '/usr/local' },
    });
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('Creating virtual environment');
    expect(exists(fs, '/usr/local/lib/python3.14/site-packages/flask/__init__.py')).toBe(true);
    expect(exists(fs, '/usr/local/pyvenv.cfg')).toBe(false);
    expect(exists(fs, '/app/.venv')).toBe(false);
  });

  it('UV_COMPILE_BYTECODE writes .pyc files for what it installed', () => {
    const fs = project();
    const result = run(fs, 'uv sync', { env: { ...PYTHON_ENV, UV_COMPILE_BYTECODE: '1' } });
    expect(result.stderr).toMatch(/Bytecode compiled \d+ files in \d+ms\n/);
    expect(exists(fs, `${VENV_SITE}/flask/__pycache__/__init__.cpython-314.pyc`)).toBe(true);
  });
});

describe('uv pip install', () => {
  it('without a virtual environment or --system fails with uv error', () => {
    const result = run(officialPythonFs(), 'uv pip install flask');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'error: No virtual environment found; run `uv venv` to create an environment, or pass `--system` to install into a non-virtual environment\n',
    );
  });

  it('--system installs into the image Python, from a requirements file', () => {
    const fs = officialPythonFs();
    writeText(fs, '/app/requirements.txt', 'flask==3.1.2\n');
    const result = run(fs, 'uv pip install --system --no-cache -r requirements.txt');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^Using Python 3\.14\.0 environment at: \/usr\/local\nResolved 7 packages in \d+ms\n/,
    );
    expect(exists(fs, '/usr/local/lib/python3.14/site-packages/flask/__init__.py')).toBe(true);
    expect(exists(fs, '/root/.cache/uv')).toBe(false);
  });

  it('--system . installs the local project (src layout) with its dependencies and console script', () => {
    const fs = officialPythonFs();
    writeText(
      fs,
      '/app/pyproject.toml',
      '[build-system]\nrequires = ["setuptools"]\n\n[project]\nname = "app"\nversion = "0.1.0"\ndependencies = ["click"]\n\n[project.scripts]\napp = "app.cli:main"\n',
    );
    writeText(fs, '/app/src/app/cli.py', 'def main(): pass\n');
    const result = run(fs, 'uv pip install --system --no-cache .');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Resolved 2 packages in');
    expect(result.stderr).toContain('      Built app @ file:///app\n');
    expect(result.stderr).toContain(' + app==0.1.0 (from file:///app)\n + click==8.3.0\n');
    expect(exists(fs, '/usr/local/lib/python3.14/site-packages/app/cli.py')).toBe(true);
    expect(exists(fs, '/usr/local/bin/app')).toBe(true);
    const missing = run(officialPythonFs(), 'uv pip install --system .');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does not appear to be a Python project');
  });

  it('installs into the venv uv venv made', () => {
    const fs = officialPythonFs();
    const venv = run(fs, 'uv venv');
    expect(venv.stderr).toBe(
      'Using CPython 3.14.0 interpreter at: /usr/local/bin/python3\nCreating virtual environment at: .venv\nActivate with: source .venv/bin/activate\n',
    );
    expect(run(fs, 'uv pip install click').code).toBe(0);
    expect(exists(fs, `${VENV_SITE}/click/__init__.py`)).toBe(true);
  });
});

describe('uv --version', () => {
  it('names the version of the binary the stand-in image carries', () => {
    const fs = officialPythonFs();
    fs.writeFile('/usr/local/bin/uv', { blob: 'uv:0.5.4:uv', size: 35_000_000 }, { mode: 0o755 });
    expect(run(fs, 'uv --version').stdout).toBe('uv 0.5.4\n');
  });
});

describe('uv run', () => {
  it('syncs ("Checked" when in step), then runs the command with every later flag its own', () => {
    const fs = project();
    run(fs, 'uv sync');
    const result = run(fs, 'uv run flask --app main run --port 8000', { onRun: () => 0 });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^Resolved 8 packages in \d+ms\nChecked 7 packages in \d+ms\n$/);
    expect(result.runs).toEqual([['flask', '--app', 'main', 'run', '--port', '8000']]);
  });

  it('runs the command with .venv/bin first on PATH and VIRTUAL_ENV set', () => {
    let given: RunOptionsOfShell | undefined;
    const io = {
      cwd: '/app',
      env: { PATH: '/usr/local/bin:/usr/bin' },
      stderr: () => undefined,
      run: (_argv: string[], _stdin?: string, options?: RunOptionsOfShell) => {
        given = options;
        return 0;
      },
    } as unknown as ProgramIO;
    expect(runInProject(io, ['uvicorn', 'main:app'], '.venv')).toBe(0);
    expect(given?.env).toMatchObject({
      PATH: '/app/.venv/bin:/usr/local/bin:/usr/bin',
      VIRTUAL_ENV: '/app/.venv',
    });
  });

  it("passes the command's exit status on, and says uv's words when it cannot be spawned", () => {
    const fs = project();
    expect(run(fs, 'uv run --frozen pytest', { onRun: () => 0 }).code).toBe(2);
    run(fs, 'uv sync');
    expect(run(fs, 'uv run --frozen python -c pass', { onRun: () => 3 }).code).toBe(3);
    const missing = run(fs, 'uv run --frozen nosuchtool', { onRun: () => 127 });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      'error: Failed to spawn: `nosuchtool`\n  Caused by: No such file or directory (os error 2)\n',
    );
  });
});

describe('uv pip list and freeze', () => {
  it("list the project environment's packages as pip's table and name==version lines", () => {
    const fs = project();
    run(fs, 'uv sync');
    const list = run(fs, 'uv pip list');
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^Package +Version\n-+ -+\n/);
    expect(list.stdout).toMatch(/\nflask +3\.1\.2\n/);
    expect(run(fs, 'uv pip freeze').stdout).toContain('flask==3.1.2\n');
  });
});
