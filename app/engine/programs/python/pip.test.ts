import { describe, expect, it } from 'vitest';
import type { OverlayFs } from '../../fs/overlay';
import { listDir, readText, walkFiles, writeText } from '../common/fs-helpers';
import { runProgram, type RunOptions } from '../testing/fake-io';
import { debianPythonFs, officialPythonFs, pypi, PYTHON_ENV } from '../testing/pythons';
import { pipProgram } from './pip';
import { pythonProgram } from './python';

const pip = pipProgram(pypi);
const python = pythonProgram(pypi);
const run = (fs: OverlayFs, line: string, options: RunOptions = {}) =>
  runProgram(pip, line.split(' '), fs, { env: PYTHON_ENV, cwd: '/app', ...options });
const SITE = '/usr/local/lib/python3.14/site-packages';

describe('pip install', () => {
  it('prints what pip prints in a build: Collecting, Downloading, Installing, Successfully installed, the root warning', () => {
    const fs = officialPythonFs();
    const result = run(fs, 'pip install --no-cache-dir flask');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Collecting flask\n {2}Downloading flask-3\.1\.2-py3-none-any\.whl\.metadata \(\d\.\d kB\)\n/,
    );
    expect(result.stdout).toContain('Collecting blinker (from flask)\n');
    expect(result.stdout).toContain('Downloading flask-3.1.2-py3-none-any.whl (103 kB)\n');
    expect(result.stdout).toContain('Downloading blinker-1.9.0-py3-none-any.whl (8.5 kB)\n');
    expect(result.stdout).toContain(
      'Downloading markupsafe-3.0.3-cp314-cp314-manylinux_2_17_x86_64.manylinux2014_x86_64.whl (22 kB)\n',
    );
    expect(result.stdout).toContain(
      'Installing collected packages: blinker, click, itsdangerous, markupsafe, jinja2, werkzeug, flask\n',
    );
    expect(result.stdout).toContain(
      'Successfully installed blinker-1.9.0 click-8.3.0 flask-3.1.2 itsdangerous-2.2.0 jinja2-3.1.6 markupsafe-3.0.3 werkzeug-3.1.3\n',
    );
    expect(result.stderr).toMatch(
      /^WARNING: Running pip as the 'root' user can result in broken permissions/,
    );
    expect(fs.stat(`${SITE}/flask/__init__.py`).ok).toBe(true);
    expect(fs.stat('/usr/local/bin/flask').ok).toBe(true);
    expect(readText(fs, `${SITE}/flask-3.1.2.dist-info/RECORD`)).toContain(
      '../../../bin/flask,sha256=',
    );
    expect(fs.stat(`${SITE}/flask-3.1.2.dist-info/REQUESTED`).ok).toBe(true);
    expect(fs.stat(`${SITE}/click-8.3.0.dist-info/REQUESTED`).ok).toBe(false);
  });

  it('takes the musllinux wheel where libc is musl (Alpine), as pip does', () => {
    const fs = officialPythonFs();
    writeText(fs, '/lib/ld-musl-x86_64.so.1', '');
    const result = run(fs, 'pip install --no-cache-dir numpy');
    expect(result.stdout).toContain(
      'Downloading numpy-2.3.4-cp314-cp314-musllinux_1_2_x86_64.whl (16.6 MB)\n',
    );
  });

  it('pip without --no-cache-dir leaves wheels in /root/.cache/pip', () => {
    const fs = officialPythonFs();
    const result = run(fs, 'pip install numpy');
    expect(result.stdout).toContain(
      'Downloading numpy-2.3.4-cp314-cp314-manylinux_2_17_x86_64.manylinux2014_x86_64.whl (16.6 MB)\n',
    );
    expect(result.stdout).toMatch(/ {3}━{40} 16\.6\/16\.6 MB \d+\.\d MB\/s eta 0:00:00\n/);
    const cached = walkFiles(fs, '/root/.cache/pip');
    expect(
      cached.some(
        (f) => f.path.startsWith('/root/.cache/pip/http-v2/') && f.path.endsWith('.body'),
      ),
    ).toBe(true);
    expect(cached.reduce((sum, f) => sum + f.size, 0)).toBeGreaterThan(16_600_000);
    expect(result.notes.join(' ')).toMatch(/--no-cache-dir/);
    const again = officialPythonFs();
    run(again, 'pip install --no-cache-dir numpy');
    expect(again.stat('/root/.cache/pip').ok).toBe(false);
    const envOff = officialPythonFs();
    run(envOff, 'pip install numpy', { env: { ...PYTHON_ENV, PIP_NO_CACHE_DIR: 'off' } });
    expect(envOff.stat('/root/.cache/pip').ok).toBe(false);
  });

  it('uses cached wheels on a second install into a fresh site', () => {
    const fs = officialPythonFs();
    run(fs, 'pip install blinker');
    run(fs, 'pip uninstall -y blinker');
    const result = run(fs, 'pip install blinker');
    expect(result.stdout).toContain('  Using cached blinker-1.9.0-py3-none-any.whl.metadata');
    expect(result.stdout).toContain('Using cached blinker-1.9.0-py3-none-any.whl (8.5 kB)\n');
  });

  it('pip -r reads requirements.txt from the working directory', () => {
    const fs = officialPythonFs();
    fs.writeFile('/app/requirements.txt', {
      text: '# web\nflask==3.1.2\nclick>=8 ; python_version >= "3.9"\n',
    });
    const result = run(fs, 'pip install --no-cache-dir -r requirements.txt');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Collecting flask==3\.1\.2 \(from -r requirements\.txt \(line 2\)\)\n/,
    );
    expect(result.stdout).toContain('Successfully installed');
    expect(fs.stat(`${SITE}/flask-3.1.2.dist-info/METADATA`).ok).toBe(true);
  });

  it('says where each requirement came from as pip does: file lines, chains, sorted specifiers', () => {
    const fs = officialPythonFs();
    fs.writeFile('/app/requirements.txt', {
      text: '-r reqs/base.txt\n',
    });
    writeText(fs, '/app/reqs/base.txt', '# pins\nflask>=3.0,<4 \\\n  # continued\n');
    const result = run(fs, 'pip install --no-cache-dir -r requirements.txt');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Collecting flask<4,>=3\.0 \(from -r reqs\/base\.txt \(line 2\)\)\n/,
    );
    expect(result.stdout).toContain(
      'Collecting blinker (from flask<4,>=3.0->-r reqs/base.txt (line 2))\n',
    );
  });

  it("fails with pip's message when the requirements file is missing", () => {
    const result = run(officialPythonFs(), 'pip install -r requirements.txt');
    expect(result).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        "ERROR: Could not open requirements file: [Errno 2] No such file or directory: 'requirements.txt'\n",
    });
  });

  it('says Requirement already satisfied for what is installed', () => {
    const fs = officialPythonFs();
    run(fs, 'pip install --no-cache-dir flask');
    const result = run(fs, 'pip install --no-cache-dir flask');
    expect(result.stdout).toContain(`Requirement already satisfied: flask in ${SITE} (3.1.2)\n`);
    expect(result.stdout).toContain(
      `Requirement already satisfied: click in ${SITE} (from flask) (8.3.0)\n`,
    );
    expect(result.stderr).toBe('');
  });

  it('upgrades pip itself, replacing the old version', () => {
    const fs = officialPythonFs();
    fs.remove(`${SITE}/pip-25.3.dist-info`, { recursive: true });
    writeText(fs, `${SITE}/pip-25.2.dist-info/METADATA`, 'Name: pip\nVersion: 25.2\n');
    writeText(fs, `${SITE}/pip-25.2.dist-info/RECORD`, 'pip/__init__.py,,\n');
    const result = run(fs, 'pip install --no-cache-dir --upgrade pip');
    expect(result.stdout).toContain(
      '  Attempting uninstall: pip\n    Found existing installation: pip 25.2\n    Uninstalling pip-25.2:\n      Successfully uninstalled pip-25.2\nSuccessfully installed pip-25.3\n',
    );
    expect(listDir(fs, SITE).filter((n) => n.startsWith('pip-'))).toEqual(['pip-25.3.dist-info']);
    expect(run(fs, 'pip install --no-cache-dir -U pip').stdout).toBe(
      `Requirement already satisfied: pip in ${SITE} (25.3)\n`,
    );
  });

  it('installs a pinned version the catalog lacks with a note, and rejects what cannot match', () => {
    const fs = officialPythonFs();
    const pinned = run(fs, 'pip install --no-cache-dir blinker==1.8.2');
    expect(pinned.stdout).toContain('Successfully installed blinker-1.8.2\n');
    expect(pinned.notes.join(' ')).toMatch(/modelled with the files of blinker 1\.9\.0/);
    const impossible = run(fs, 'pip install --no-cache-dir click<2');
    expect(impossible.code).toBe(1);
    expect(impossible.stderr).toBe(
      'ERROR: Could not find a version that satisfies the requirement click<2 (from versions: 8.3.0)\nERROR: No matching distribution found for click<2\n',
    );
  });

  it("refuses Debian's system Python with externally-managed-environment unless told to break it", () => {
    const fs = debianPythonFs();
    const refused = runProgram(pip, ['pip3', 'install', 'flask'], fs);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^error: externally-managed-environment\n\n× This environment is externally managed\n╰─> To install Python packages system-wide, try apt install\n {4}python3-xyz/,
    );
    expect(refused.stderr).toContain('hint: See PEP 668 for the detailed specification.\n');
    const forced = runProgram(
      pip,
      ['pip3', 'install', '--break-system-packages', '--no-cache-dir', 'flask'],
      fs,
    );
    expect(forced.code).toBe(0);
    expect(fs.stat('/usr/local/lib/python3.13/dist-packages/flask/__init__.py').ok).toBe(true);
  });

  it('installs into the virtual environment it belongs to, without the root warning', () => {
    const fs = officialPythonFs();
    runProgram(python, ['python3', '-m', 'venv', '/opt/venv'], fs, { env: PYTHON_ENV });
    const result = runProgram(pip, ['pip', 'install', '--no-cache-dir', 'click'], fs, {
      env: { ...PYTHON_ENV, PATH: '/opt/venv/bin:/usr/local/bin:/usr/bin:/bin' },
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(fs.stat('/opt/venv/lib/python3.14/site-packages/click/__init__.py').ok).toBe(true);
    expect(fs.stat(`${SITE}/click`).ok).toBe(false);
  });

  it("stays quiet about console scripts when called as the venv's pip without activating it", () => {
    const fs = officialPythonFs();
    runProgram(python, ['python3', '-m', 'venv', '/app/venv'], fs, { env: PYTHON_ENV });
    const result = runProgram(pip, ['venv/bin/pip', 'install', '--no-cache-dir', 'flask'], fs, {
      env: PYTHON_ENV,
      cwd: '/app',
    });
    expect(result.code).toBe(0);
    expect(fs.stat('/app/venv/bin/flask').ok).toBe(true);
    expect(result.stderr).toBe('');
  });

  it('puts --user installs under ~/.local', () => {
    const fs = officialPythonFs();
    run(fs, 'pip install --user --no-cache-dir click');
    expect(fs.stat('/root/.local/lib/python3.14/site-packages/click/__init__.py').ok).toBe(true);
  });

  it('asks for at least one requirement', () => {
    const result = run(officialPythonFs(), 'pip install');
    expect(result).toMatchObject({
      code: 1,
      stderr: 'ERROR: You must give at least one requirement to install (see "pip help install")\n',
    });
  });
});

describe('pip freeze, list, show and uninstall', () => {
  it('lists what is installed and removes a package with its files', () => {
    const fs = officialPythonFs();
    run(fs, 'pip install --no-cache-dir jinja2');
    expect(run(fs, 'pip freeze').stdout).toBe('jinja2==3.1.6\nmarkupsafe==3.0.3\n');
    expect(run(fs, 'pip list').stdout).toBe(
      'Package    Version\n---------- -------\njinja2     3.1.6\nmarkupsafe 3.0.3\npip        25.3\n',
    );
    expect(run(fs, 'pip show jinja2').stdout).toContain('Name: jinja2\nVersion: 3.1.6\n');
    const removed = run(fs, 'pip uninstall -y jinja2');
    expect(removed.stdout).toBe(
      'Found existing installation: jinja2 3.1.6\nUninstalling jinja2-3.1.6:\n  Successfully uninstalled jinja2-3.1.6\n',
    );
    expect(fs.stat(`${SITE}/jinja2`).ok).toBe(false);
    expect(fs.stat(SITE).ok).toBe(true);
    expect(run(fs, 'pip uninstall -y jinja2').stderr).toBe(
      'WARNING: Skipping jinja2 as it is not installed.\n',
    );
  });

  it('reports its version and location', () => {
    expect(run(officialPythonFs(), 'pip --version').stdout).toBe(
      `pip 25.3 from ${SITE}/pip (python 3.14)\n`,
    );
  });
});

describe('pip wheel and wheel files', () => {
  it('saves the collected wheels to --wheel-dir, and pip install /wheels/* installs them without downloading', () => {
    const builder = officialPythonFs();
    const saved = runProgram(pip, ['pip', 'wheel', '--wheel-dir', '/wheels', 'flask'], builder, {
      env: PYTHON_ENV,
    });
    expect(saved.code).toBe(0);
    expect(saved.stdout).toMatch(/^Collecting flask\n/);
    expect(saved.stdout).toContain('Saved /wheels/flask-3.1.2-py3-none-any.whl\n');
    expect(builder.stat(`${SITE}/flask`).ok).toBe(false);
    const wheels = listDir(builder, '/wheels').map((name) => `/wheels/${name}`);
    expect(wheels.length).toBeGreaterThan(1);

    const final = officialPythonFs();
    for (const path of wheels) writeText(final, path, 'wheel');
    const installed = run(final, `pip install --no-cache-dir ${wheels.join(' ')}`);
    expect(installed.code).toBe(0);
    expect(installed.stdout).toMatch(/^Processing \/wheels\/blinker-[\d.]+-py3-none-any\.whl\n/);
    expect(installed.stdout).not.toContain('Collecting');
    expect(installed.stdout).not.toContain('Downloading');
    expect(final.stat(`${SITE}/flask/__init__.py`).ok).toBe(true);
  });

  it('refuses a wheel file that does not exist', () => {
    const result = run(officialPythonFs(), 'pip install /wheels/nope-1.0-py3-none-any.whl');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('looks like a filename, but the file does not exist');
  });
});
