// mysql-connector-python as PyPI has it (a sweep found pip installing a made-up stand-in):
// Oracle's 9.x driver with no dependencies, and the 8.x releases that needed protobuf.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../catalog';
import { runProgram } from '../testing/fake-io';
import { pythonLineFs } from '../testing/pythons';
import { pipProgram } from './pip';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

function install(minor: string, requirement: string) {
  const fs = pythonLineFs(minor);
  return runProgram(pipProgram(catalog), ['pip', 'install', '--no-cache-dir', requirement], fs, {
    env: { PYTHON_VERSION: `${minor}.1`, PIP_ROOT_USER_ACTION: 'ignore' },
  });
}

describe('mysql-connector-python', () => {
  it('is the real 9.5.0: a ~34 MB compiled wheel and no dependencies', () => {
    const pkg = catalog.package('pypi', 'mysql-connector-python');
    expect(pkg?.plausible).toBeUndefined();
    expect(pkg?.version).toBe('9.5.0');
    expect(pkg?.depends).toEqual([]);
    const result = install('3.14', 'mysql-connector-python');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /\nDownloading mysql_connector_python-9\.5\.0-cp314-cp314-manylinux\S+\.whl \(3\d\.\d MB\)\n/,
    );
    expect(result.stdout).toContain('Successfully installed mysql-connector-python-9.5.0\n');
    expect(result.notes.join('\n')).not.toContain('stand-in');
  });

  it('on Python 3.9 takes 9.4.0, the last release for it', () => {
    const result = install('3.9', 'mysql-connector-python');
    expect(result.stdout).toContain('Successfully installed mysql-connector-python-9.4.0\n');
  });

  it('8.x releases bring the protobuf their Requires-Dist pins', () => {
    const old = install('3.11', 'mysql-connector-python==8.0.33');
    expect(old.stdout).toContain(
      'Collecting protobuf<=3.20.3,>=3.11.0 (from mysql-connector-python==8.0.33)\n',
    );
    expect(old.stdout).toContain(
      'Successfully installed mysql-connector-python-8.0.33 protobuf-3.20.3\n',
    );
    expect(install('3.11', 'mysql-connector-python==8.2.0').stdout).toContain(
      'Successfully installed mysql-connector-python-8.2.0 protobuf-4.21.12\n',
    );
  });
});
