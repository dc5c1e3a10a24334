import { describe, expect, it } from 'vitest';
import { readText } from '../common/fs-helpers';
import { fakeCatalog } from '../testing/fake-catalog';
import { runProgram } from '../testing/fake-io';
import { officialPythonFs, PYTHON_ENV } from '../testing/pythons';
import { pypiPackage, UVICORN_STANDARD } from '../testing/uvicorn-packages';
import { pipProgram } from './pip';
import { dependencyFor } from './release-choice';

const catalog = fakeCatalog([
  ...UVICORN_STANDARD,
  pypiPackage('colorama', '0.4.6'),
  pypiPackage('flask', '3.1.2'),
  pypiPackage('psycopg', '3.3.2', ['typing-extensions']),
  pypiPackage('psycopg-binary', '3.3.2'),
  pypiPackage('typing-extensions', '4.15.0'),
]);
const pip = pipProgram(catalog);
const SITE = '/usr/local/lib/python3.14/site-packages';
const run = (fs: ReturnType<typeof officialPythonFs>, args: string[]) =>
  runProgram(pip, args, fs, { env: PYTHON_ENV, cwd: '/app' });

describe('pip install with extras', () => {
  it("installs the extra's dependencies, naming the extras requirement in their chains", () => {
    const fs = officialPythonFs();
    const result = run(fs, ['pip', 'install', '--no-cache-dir', 'uvicorn[standard]']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Collecting uvicorn\[standard\]\n/);
    expect(result.stdout).toContain('Collecting click>=7.0 (from uvicorn[standard])\n');
    expect(result.stdout).toContain('Collecting httptools>=0.6.3 (from uvicorn[standard])\n');
    expect(result.stdout).toContain('Collecting uvloop>=0.15.1 (from uvicorn[standard])\n');
    expect(result.stdout).toContain(
      'Collecting anyio (from watchfiles>=0.13->uvicorn[standard])\n',
    );
    // colorama is for Windows only.
    expect(result.stdout).not.toContain('colorama');
    expect(result.stdout).toMatch(
      /Successfully installed .*httptools-0\.7\.1 .*python-dotenv-1\.2\.1 .*uvicorn-0\.40\.0 uvloop-0\.22\.1 watchfiles-1\.1\.1 websockets-15\.0\.1\n/,
    );
    const metadata = readText(fs, `${SITE}/uvicorn-0.40.0.dist-info/METADATA`) ?? '';
    expect(metadata).toContain('Requires-Dist: httptools>=0.6.3; extra == "standard"\n');
  });

  it('collects the base on its own when the extras requirement has a specifier', () => {
    const fs = officialPythonFs();
    const result = run(fs, ['pip', 'install', '--no-cache-dir', 'uvicorn[standard]==0.40.0']);
    expect(result.stdout).toMatch(
      /^Collecting uvicorn==0\.40\.0 \(from uvicorn\[standard\]==0\.40\.0\)\n/,
    );
    expect(result.stdout).toContain(
      'Collecting click>=7.0 (from uvicorn==0.40.0->uvicorn[standard]==0.40.0)\n',
    );
    expect(result.stdout).toContain(
      'Collecting websockets>=10.4 (from uvicorn[standard]==0.40.0)\n',
    );
  });

  it('adds an extra to a package already installed without it', () => {
    const fs = officialPythonFs();
    run(fs, ['pip', 'install', '--no-cache-dir', 'uvicorn']);
    const result = run(fs, ['pip', 'install', '--no-cache-dir', 'uvicorn[standard]']);
    expect(result.stdout).toContain(
      `Requirement already satisfied: uvicorn[standard] in ${SITE} (0.40.0)\n`,
    );
    expect(result.stdout).toContain('Collecting httptools>=0.6.3 (from uvicorn[standard])\n');
    expect(result.stdout).not.toContain('uninstall');
  });

  it('warns as pip does about an extra the release does not declare, and installs the base', () => {
    const fs = officialPythonFs();
    const result = run(fs, ['pip', 'install', '--no-cache-dir', 'uvicorn[nope]']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("WARNING: uvicorn 0.40.0 does not provide the extra 'nope'\n");
    expect(result.stdout).not.toContain('httptools');
  });
});

describe("extras of a release other than the catalog's", () => {
  it("pins a lockstep sibling to the release's own version (psycopg[binary]==3.2.1)", () => {
    const fs = officialPythonFs();
    const result = run(fs, ['pip', 'install', '--no-cache-dir', 'psycopg[binary]==3.2.1']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Collecting psycopg-binary==3.2.1 (from psycopg[binary]==3.2.1)\n',
    );
    expect(result.stdout).toMatch(/Successfully installed psycopg-3\.2\.1 psycopg-binary-3\.2\.1 /);
    const metadata = readText(fs, `${SITE}/psycopg-3.2.1.dist-info/METADATA`) ?? '';
    expect(metadata).toContain(
      'Requires-Dist: psycopg-binary==3.2.1; implementation_name != "pypy" and extra == "binary"\n',
    );
  });
});

describe('markers in Requires-Dist', () => {
  it('keeps an extra dependency only when the extra is asked for', () => {
    expect(dependencyFor('httptools>=0.6.3; extra == "standard"', '3.12.0')).toBeUndefined();
    expect(
      dependencyFor('httptools>=0.6.3; extra == "standard"', '3.12.0', ['standard'])?.name,
    ).toBe('httptools');
  });

  it('reads the platform of a Linux CPython', () => {
    const uvloop =
      'uvloop>=0.15.1; (sys_platform != "win32" and (sys_platform != "cygwin" and platform_python_implementation != "PyPy")) and extra == "standard"';
    expect(dependencyFor(uvloop, '3.12.0', ['standard'])?.name).toBe('uvloop');
    expect(
      dependencyFor('colorama>=0.4; sys_platform == "win32" and extra == "standard"', '3.12.0', [
        'standard',
      ]),
    ).toBeUndefined();
  });
});
