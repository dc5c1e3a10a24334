import { describe, expect, it } from 'vitest';
import type { OverlayFs } from '../../fs/overlay';
import { exists, readText, writeText } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { officialPythonFs, pypi, PYTHON_ENV } from '../testing/pythons';
import { pipProgram } from './pip';

const pip = pipProgram(pypi);
const run = (fs: OverlayFs, line: string) =>
  runProgram(pip, line.split(' '), fs, { env: PYTHON_ENV, cwd: '/app' });
const SITE = '/usr/local/lib/python3.14/site-packages';

function srcProject(): OverlayFs {
  const fs = officialPythonFs();
  writeText(
    fs,
    '/app/pyproject.toml',
    `[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = "my-app"\nversion = "0.2.0"\ndependencies = ["click>=8"]\n\n[project.scripts]\nmy-app = "my_app.cli:main"\n`,
  );
  writeText(fs, '/app/src/my_app/__init__.py', '');
  writeText(fs, '/app/src/my_app/cli.py', 'def main():\n    print("hi")\n');
  return fs;
}

describe('pip install of a local project', () => {
  it('builds a src-layout project: pip lines, its dependencies, its package and console script', () => {
    const fs = srcProject();
    const result = run(fs, 'pip install --no-cache-dir .');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Processing \/app\n {2}Installing build dependencies: started\n {2}Installing build dependencies: finished with status 'done'\n {2}Getting requirements to build wheel: started\n/,
    );
    expect(result.stdout).toContain(
      "  Preparing metadata (pyproject.toml): finished with status 'done'\n",
    );
    expect(result.stdout).toContain('Collecting click>=8 (from my-app==0.2.0)\n');
    expect(result.stdout).toMatch(
      /Building wheels for collected packages: my-app\n {2}Building wheel for my-app \(pyproject\.toml\): started\n {2}Building wheel for my-app \(pyproject\.toml\): finished with status 'done'\n {2}Created wheel for my-app: filename=my_app-0\.2\.0-py3-none-any\.whl size=\d+ sha256=[0-9a-f]{64}\n {2}Stored in directory: \/tmp\/pip-ephem-wheel-cache-[0-9a-z]{8}\/wheels\/[0-9a-f/]+\nSuccessfully built my-app\nInstalling collected packages: click, my-app\nSuccessfully installed click-8\.3\.0 my-app-0\.2\.0\n/,
    );
    expect(readText(fs, `${SITE}/my_app/cli.py`)).toContain('def main');
    expect(readText(fs, '/usr/local/bin/my-app')).toContain('from my_app.cli import main');
    const record = readText(fs, `${SITE}/my_app-0.2.0.dist-info/RECORD`) ?? '';
    expect(record).toContain('my_app/cli.py,sha256=');
    expect(record).toContain('../../../bin/my-app,sha256=');
  });

  it('-e . installs a .pth pointing at src/, not a copy, with editable build lines', () => {
    const fs = srcProject();
    const result = run(fs, 'pip install --no-cache-dir -e .');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Obtaining file:\/\/\/app\n/);
    expect(result.stdout).toContain(
      '  Checking if build backend supports build_editable: started\n',
    );
    expect(result.stdout).toContain('  Building editable for my-app (pyproject.toml): started\n');
    expect(result.stdout).toContain('filename=my_app-0.2.0-0.editable-py3-none-any.whl');
    expect(readText(fs, `${SITE}/__editable__.my_app-0.2.0.pth`)).toBe('/app/src\n');
    expect(exists(fs, `${SITE}/my_app/cli.py`)).toBe(false);
    expect(exists(fs, '/usr/local/bin/my-app')).toBe(true);
  });

  it('fails as pip does where there is neither setup.py nor pyproject.toml', () => {
    const result = run(officialPythonFs(), 'pip install .');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "ERROR: Directory '.' is not installable. Neither 'setup.py' nor 'pyproject.toml' found.\n",
    );
  });
});
