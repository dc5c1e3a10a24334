import { describe, expect, it } from 'vitest';
import { writeText } from '../common/fs-helpers';
import { fakeCatalog, fakePackage } from '../testing/fake-catalog';
import { runProgram } from '../testing/fake-io';
import { officialPythonFs, PYTHON_ENV } from '../testing/pythons';
import { pipProgram } from './pip';

const pkg = (name: string, version: string, depends: string[] = []) =>
  fakePackage('pypi', name, { version, depends, files: [`${name}/__init__.py`] });
// h11 and urllib3 have release histories in the catalog: a constraint picks among them.
const catalog = fakeCatalog([
  pkg('hypercorn', '0.17.3', ['h11']),
  pkg('h11', '0.16.0'),
  pkg('colorama', '0.4.6'),
  pkg('requests', '2.32.5', ['urllib3']),
  pkg('urllib3', '2.6.3'),
]);
const pip = pipProgram(catalog);

function install(files: Record<string, string>, args: string[], env: Record<string, string> = {}) {
  const fs = officialPythonFs();
  for (const [path, text] of Object.entries(files)) writeText(fs, `/app/${path}`, text);
  return runProgram(pip, ['pip', 'install', '--no-cache-dir', ...args], fs, {
    env: { ...PYTHON_ENV, ...env },
    cwd: '/app',
  });
}

describe('pip install with constraints', () => {
  it('-c FILE limits the versions of what is installed and installs nothing itself', () => {
    const result = install({ 'constraints.txt': 'h11==0.14.0\ncolorama==0.4.6\n' }, [
      '-c',
      'constraints.txt',
      'hypercorn',
    ]);
    expect(result.code).toBe(0);
    // The Collecting line names the requirement, not the constraint.
    expect(result.stdout).toContain('Collecting h11 (from hypercorn)\n');
    expect(result.stdout).toContain('Successfully installed h11-0.14.0 hypercorn-0.17.3\n');
    expect(result.stdout).not.toContain('colorama');
  });

  it('picks the newest release of a history that meets the constraint (urllib3<2)', () => {
    const result = install({ 'requirements.txt': 'requests\n', 'constraints.txt': 'urllib3<2\n' }, [
      '-r',
      'requirements.txt',
      '-c',
      'constraints.txt',
    ]);
    expect(result.stdout).toContain('Successfully installed requests-2.32.5 urllib3-1.26.20\n');
    // urllib3 1.26 still publishes universal wheels; 2.x is py3-only.
    expect(result.stdout).toContain('urllib3-1.26.20-py2.py3-none-any.whl');
    expect(result.stdout).toContain('requests-2.32.5-py3-none-any.whl');
  });

  it('reads a -c line inside a requirements file, and PIP_CONSTRAINT', () => {
    const nested = install(
      { 'requirements.txt': '-c constraints.txt\nhypercorn\n', 'constraints.txt': 'h11<0.15\n' },
      ['-r', 'requirements.txt'],
    );
    expect(nested.stdout).toContain('h11-0.14');
    const fromEnv = install({ 'c.txt': 'h11==0.13.0\n' }, ['hypercorn'], {
      PIP_CONSTRAINT: 'c.txt',
    });
    expect(fromEnv.stdout).toContain('Successfully installed h11-0.13.0 hypercorn-0.17.3\n');
  });

  it('fails as pip does when the constraint file is missing', () => {
    const result = install({}, ['-c', 'constraints.txt', 'hypercorn']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "ERROR: Could not open requirements file: [Errno 2] No such file or directory: 'constraints.txt'\n",
    );
  });
});
