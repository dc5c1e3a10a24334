import { describe, expect, it } from 'vitest';
import { readText, writeText } from '../common/fs-helpers';
import { fakeCatalog } from '../testing/fake-catalog';
import { runProgram } from '../testing/fake-io';
import { officialPythonFs, PYTHON_ENV } from '../testing/pythons';
import { pypiPackage, UVICORN_STANDARD } from '../testing/uvicorn-packages';
import { uvProgram } from './uv';

const catalog = fakeCatalog([
  ...UVICORN_STANDARD,
  pypiPackage('psycopg', '3.3.2'),
  pypiPackage('psycopg-binary', '3.3.2'),
]);
const uv = uvProgram(catalog);
const run = (fs: ReturnType<typeof officialPythonFs>, line: string) =>
  runProgram(uv, line.split(' '), fs, { env: PYTHON_ENV, cwd: '/app' });

describe('uv with extras', () => {
  it('locks what an extra adds as optional-dependencies and syncs it from the lock', () => {
    const fs = officialPythonFs();
    writeText(
      fs,
      '/app/pyproject.toml',
      '[project]\nname = "app"\nversion = "0.1.0"\nrequires-python = ">=3.12"\ndependencies = ["uvicorn[standard]>=0.30"]\n',
    );
    expect(run(fs, 'uv lock').code).toBe(0);
    const lock = readText(fs, '/app/uv.lock') ?? '';
    expect(lock).toContain('    { name = "uvicorn", extra = ["standard"] },\n');
    expect(lock).toContain('[package.optional-dependencies]\nstandard = [\n');
    expect(lock).toContain('    { name = "uvloop" },\n');
    const sync = run(fs, 'uv sync --frozen');
    expect(sync.code).toBe(0);
    expect(sync.stderr).toContain(' + uvicorn==0.40.0\n + uvloop==0.22.1\n');
    expect(sync.stderr).toContain(' + httptools==0.7.1\n');
    expect(sync.stderr).toContain(' + anyio==4.12.1\n');
  });

  it('installs no extra that was not asked for', () => {
    const fs = officialPythonFs();
    writeText(
      fs,
      '/app/pyproject.toml',
      '[project]\nname = "app"\nversion = "0.1.0"\nrequires-python = ">=3.12"\ndependencies = ["uvicorn"]\n',
    );
    const sync = run(fs, 'uv sync');
    expect(sync.code).toBe(0);
    expect(sync.stderr).not.toContain('uvloop');
    expect(readText(fs, '/app/uv.lock')).not.toContain('optional-dependencies');
  });

  it("locks a lockstep sibling at the pinned release's version (psycopg[binary]==3.2.1)", () => {
    const fs = officialPythonFs();
    writeText(
      fs,
      '/app/pyproject.toml',
      '[project]\nname = "app"\nversion = "0.1.0"\nrequires-python = ">=3.12"\ndependencies = ["psycopg[binary]==3.2.1"]\n',
    );
    expect(run(fs, 'uv lock').code).toBe(0);
    const lock = readText(fs, '/app/uv.lock') ?? '';
    expect(lock).toContain('name = "psycopg-binary"\nversion = "3.2.1"\n');
    expect(lock).not.toContain('3.3.2');
  });
});
