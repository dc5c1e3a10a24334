import { describe, expect, it } from 'vitest';
import type { FileSystem } from '../../fs/filesystem';
import type { Program } from '../../shell/program';
import { readText, writeText } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { debianPythonFs, officialPythonFs, pypi, PYTHON_ENV } from '../testing/pythons';
import { pipProgram } from './pip';
import { pythonProgram } from './python';

const python = pythonProgram(pypi);
const run = (fs = officialPythonFs(), argv: string[], stdin = '') =>
  runProgram(python, argv, fs, { env: PYTHON_ENV, cwd: '/app', stdin });

/** stdout and stderr as one log shows them, in the order they were written. */
const interleaved = (fs: FileSystem, argv: string[], env: Record<string, string> = {}) => {
  let log = '';
  const logged: Program = (args, io) =>
    python(args, {
      ...io,
      stdout: (text) => (log += text),
      stderr: (text) => (log += text),
    });
  runProgram(logged, argv, fs, { env: { ...PYTHON_ENV, ...env }, cwd: '/app' });
  return log;
};

describe('python', () => {
  it('reports the version of the Python the image has', () => {
    expect(run(undefined, ['python3', '--version']).stdout).toBe('Python 3.14.0\n');
    expect(runProgram(python, ['python3', '-V'], debianPythonFs()).stdout).toBe('Python 3.13.0\n');
  });

  it('runs simple -c code: prints, arithmetic, f-strings', () => {
    const result = run(undefined, [
      'python',
      '-c',
      'x = 6 * 7; print("answer:", x); print(f"{x / 4}", 2 ** 10, 7 // 2)',
    ]);
    expect(result).toMatchObject({ code: 0, stdout: 'answer: 42\n10.5 1024 3\n' });
  });

  it('imports installed packages and reads their version', () => {
    const fs = officialPythonFs();
    runProgram(pipProgram(pypi), ['pip', 'install', '--no-cache-dir', 'flask'], fs, {
      env: PYTHON_ENV,
    });
    const result = run(fs, ['python', '-c', 'import flask; print(flask.__version__)']);
    expect(result.stdout).toBe('3.1.2\n');
  });

  it('does not make up an AttributeError for module attributes it has no model of', () => {
    const fs = officialPythonFs();
    runProgram(pipProgram(pypi), ['pip', 'install', '--no-cache-dir', 'flask'], fs, {
      env: PYTHON_ENV,
    });
    const result = run(fs, ['python', '-c', 'import flask; print(flask.json_provider_class)']);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/AttributeError/);
    expect(result.notes.join('\n')).toMatch(
      /^the code python -c runs is Python, .* stops at `print\(flask\.json_provider_class\)`/,
    );
  });

  it('fails with a traceback when a module is missing', () => {
    const result = run(undefined, ['python3', '-c', 'import requests']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\nModuleNotFoundError: No module named \'requests\'\n',
    );
  });

  it('reports a missing script as Python does', () => {
    const result = run(undefined, ['python', 'main.py']);
    expect(result).toMatchObject({
      code: 2,
      stderr: "python: can't open file '/app/main.py': [Errno 2] No such file or directory\n",
    });
  });

  it('runs a script of prints, and accepts a real app as started with a note', () => {
    const fs = officialPythonFs();
    writeText(fs, '/app/hello.py', 'print("hello from the container")\n');
    expect(run(fs, ['python', 'hello.py']).stdout).toBe('hello from the container\n');
    writeText(fs, '/app/main.py', 'from flask import Flask\napp = Flask(__name__)\n');
    expect(run(fs, ['python', 'main.py']).stderr).toContain(
      "ModuleNotFoundError: No module named 'flask'\n",
    );
    runProgram(pipProgram(pypi), ['pip', 'install', '--no-cache-dir', 'flask'], fs, {
      env: PYTHON_ENV,
    });
    const app = run(fs, ['python', 'main.py']);
    expect(app.code).toBe(0);
    expect(app.notes).toEqual([
      "/app/main.py is Python, which the simulation does not execute: Layercake runs only the prints and literal values at the straight-line start of its top level and stops at `app = Flask(__name__)`; the program's computed output from there on is not modelled, and it exits 0 here.",
    ]);
  });

  it("prints a script's lines up to where the reading stops, and names that statement", () => {
    const fs = officialPythonFs();
    writeText(
      fs,
      '/app/main.py',
      'import os\nprint("starting")\ndef main():\n    print("in main")\n\nif __name__ == "__main__":\n    main()\n',
    );
    const result = run(fs, ['python', 'main.py']);
    expect(result).toMatchObject({ code: 0, stdout: 'starting\n', stderr: '' });
    expect(result.notes[0]).toMatch(/stops at `def main\(\):`/);
    expect(result.notes.join(' ')).not.toMatch(/is not shown/);
  });

  it('prints file=sys.stderr on stderr, after which a buffered stdout comes out at exit', () => {
    const fs = officialPythonFs();
    writeText(
      fs,
      '/app/main.py',
      'import sys\nfrom sys import stderr\nprint("out")\nprint("err", file=sys.stderr)\nprint("e2", 1, file=stderr, sep="-")\n',
    );
    const piped = runProgram(python, ['python', 'main.py'], fs, { env: PYTHON_ENV, cwd: '/app' });
    expect(piped).toMatchObject({ code: 0, stdout: 'out\n', stderr: 'err\ne2-1\n', notes: [] });
    // Not a terminal: stdout is block-buffered, so stderr's lines come first in a log.
    expect(interleaved(fs, ['python', 'main.py'])).toBe('err\ne2-1\nout\n');
    expect(interleaved(fs, ['python', '-u', 'main.py'])).toBe('out\nerr\ne2-1\n');
    expect(interleaved(fs, ['python', 'main.py'], { PYTHONUNBUFFERED: '1' })).toBe(
      'out\nerr\ne2-1\n',
    );
  });

  it('ends with the status sys.exit(N) or exit(N) gives, printing nothing after', () => {
    const fs = officialPythonFs();
    writeText(fs, '/app/fail.py', 'import sys\nprint("checking")\nsys.exit(3)\nprint("never")\n');
    expect(run(fs, ['python', 'fail.py'])).toMatchObject({
      code: 3,
      stdout: 'checking\n',
      notes: [],
    });
    expect(run(fs, ['python', '-c', 'exit(2)']).code).toBe(2);
    expect(run(fs, ['python', '-c', 'import sys; sys.exit()']).code).toBe(0);
    expect(run(fs, ['python', '-c', 'import sys; sys.exit(-1)']).code).toBe(255);
    expect(run(fs, ['python', '-c', 'import sys; sys.exit("config missing")'])).toMatchObject({
      code: 1,
      stderr: 'config missing\n',
    });
  });

  it('creates a virtual environment with pip in it', () => {
    const fs = officialPythonFs();
    const result = run(fs, ['python3', '-m', 'venv', '/opt/venv']);
    expect(result.code).toBe(0);
    expect(readText(fs, '/opt/venv/pyvenv.cfg')).toBe(
      'home = /usr/local/bin\ninclude-system-site-packages = false\nversion = 3.14.0\nexecutable = /usr/local/bin/python3.14\ncommand = /usr/local/bin/python3 -m venv /opt/venv\n',
    );
    const link = fs.lstat('/opt/venv/bin/python');
    expect(link.ok && link.value.node.kind === 'symlink' && link.value.node.target).toBe(
      '/usr/local/bin/python3',
    );
    expect(fs.stat('/opt/venv/bin/pip').ok).toBe(true);
    expect(fs.stat('/opt/venv/lib/python3.14/site-packages/pip/__init__.py').ok).toBe(true);
    expect(readText(fs, '/opt/venv/bin/activate')).toContain('VIRTUAL_ENV=/opt/venv\n');
  });

  it("installs the pip ensurepip bundles (the image's own), not PyPI's newest", () => {
    const fs = officialPythonFs();
    writeText(fs, '/usr/local/lib/python3.14/ensurepip/_bundled/pip-25.0.1-py3-none-any.whl', '');
    expect(run(fs, ['python3', '-m', 'venv', '/opt/venv']).code).toBe(0);
    const site = '/opt/venv/lib/python3.14/site-packages';
    expect(fs.stat(`${site}/pip-25.0.1.dist-info/METADATA`).ok).toBe(true);
    expect(readText(fs, `${site}/pip-25.0.1.dist-info/METADATA`)).toContain('Version: 25.0.1\n');
  });

  it("cannot create a venv with Debian's Python until python3-venv brings ensurepip", () => {
    const result = runProgram(python, ['python3', '-m', 'venv', '/opt/venv'], debianPythonFs(), {
      cwd: '/',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('apt install python3.13-venv');
    const withVenv = debianPythonFs({ venv: true });
    expect(runProgram(python, ['python3', '-m', 'venv', '/opt/venv'], withVenv).code).toBe(0);
  });

  it('runs pip as a module, and says when pip is missing', () => {
    const fs = officialPythonFs();
    expect(run(fs, ['python', '-m', 'pip', '--version']).stdout).toMatch(/^pip 25\.3 from/);
    fs.remove('/usr/local/lib/python3.14/site-packages/pip', { recursive: true });
    expect(run(fs, ['python', '-m', 'pip', '--version'])).toMatchObject({
      code: 1,
      // sys.executable is the command as found on PATH, not the python3.14 it links to.
      stderr: '/usr/local/bin/python: No module named pip\n',
    });
  });

  it("runs the project's own package with -m from the current directory (sys.path[0])", () => {
    const fs = officialPythonFs();
    writeText(fs, '/app/app/__init__.py', '');
    writeText(fs, '/app/app/__main__.py', 'print("hi from app")\n');
    writeText(fs, '/app/tool.py', 'print(6 * 7)\n');
    expect(run(fs, ['python', '-m', 'app'])).toMatchObject({ code: 0, stdout: 'hi from app\n' });
    expect(run(fs, ['python', '-m', 'tool'])).toMatchObject({ code: 0, stdout: '42\n' });
    expect(run(fs, ['python', '-c', 'import app; print("imported")']).stdout).toBe('imported\n');
    fs.remove('/app/app/__main__.py');
    expect(run(fs, ['python3', '-m', 'app'])).toMatchObject({
      code: 1,
      stderr:
        "/usr/local/bin/python3: No module named app.__main__; 'app' is a package and cannot be directly executed\n",
    });
  });

  it('finds a project an editable install put on the path with a .pth file', () => {
    const fs = officialPythonFs();
    writeText(fs, '/src/proj/app/__init__.py', '');
    writeText(fs, '/src/proj/app/__main__.py', 'print("editable")\n');
    writeText(fs, '/usr/local/lib/python3.14/site-packages/app.pth', '/src/proj\n');
    expect(run(fs, ['python', '-m', 'app'])).toMatchObject({ code: 0, stdout: 'editable\n' });
    expect(run(fs, ['python', '-m', 'nothere'])).toMatchObject({
      code: 1,
      stderr: '/usr/local/bin/python: No module named nothere\n',
    });
  });
});
