import { describe, expect, it } from 'vitest';
import { readText } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { fakeCatalog, fakePypiPackages } from '../testing/fake-catalog';
import { pythonLineFs } from '../testing/pythons';
import { pipProgram } from './pip';

// The catalog's newest releases (as in catalog/data/lang/pypi.ts), so their histories apply.
const pypi = fakeCatalog(
  fakePypiPackages([
    ['flask', '3.1.2', ['blinker', 'click', 'itsdangerous', 'jinja2', 'markupsafe', 'werkzeug']],
    ['werkzeug', '3.1.4', ['markupsafe']],
    ['jinja2', '3.1.6', ['markupsafe']],
    ['markupsafe', '3.0.3', []],
    ['itsdangerous', '2.2.0', []],
    ['click', '8.3.1', []],
    ['blinker', '1.9.0', []],
    ['importlib-metadata', '8.7.1', ['zipp']],
    ['zipp', '3.23.0', []],
  ] as const),
);
const pip = pipProgram(pypi);

const pythonFs = pythonLineFs;

const install = (minor: string, patch: string, args: string) => {
  const fs = pythonFs(minor);
  const result = runProgram(pip, ['pip', 'install', '--no-cache-dir', ...args.split(' ')], fs, {
    env: { PYTHON_VERSION: `${minor}.${patch}`, PIP_ROOT_USER_ACTION: 'ignore' },
  });
  return { fs, result };
};

describe('pip and Requires-Python', () => {
  it('installs the newest flask and dependencies Python 3.8 may have', () => {
    const { fs, result } = install('3.8', '20', 'flask');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Collecting werkzeug>=3.0.0 (from flask)\n');
    expect(result.stdout).toContain(
      'Successfully installed blinker-1.8.2 click-8.1.8 flask-3.0.3 importlib-metadata-8.5.0 itsdangerous-2.2.0 jinja2-3.1.6 markupsafe-2.1.5 werkzeug-3.0.6 zipp-3.20.2\n',
    );
    const metadata = readText(
      fs,
      '/usr/local/lib/python3.8/site-packages/flask-3.0.3.dist-info/METADATA',
    );
    expect(metadata).toContain(
      'Requires-Dist: importlib-metadata>=3.6.0; python_version < "3.10"\n',
    );
  });

  it('installs the newest releases on a Python they all support, without the 3.10 backports', () => {
    const { result } = install('3.12', '12', 'flask');
    expect(result.stdout).toContain(
      'Successfully installed blinker-1.9.0 click-8.3.1 flask-3.1.2 itsdangerous-2.2.0 jinja2-3.1.6 markupsafe-3.0.3 werkzeug-3.1.4\n',
    );
  });

  it('keeps the importlib-metadata backport on 3.9, where flask 3.1 no longer needs it', () => {
    expect(install('3.9', '25', 'flask==3.0.3').result.stdout).toContain('importlib-metadata-');
    expect(install('3.9', '25', 'flask').result.stdout).not.toContain('importlib-metadata');
  });

  it("fails a pin Python 3.8 cannot have with pip's report of the versions it ignored", () => {
    const { fs, result } = install('3.8', '20', 'flask==3.1.2');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'ERROR: Ignored the following versions that require a different python version: 3.1.0 Requires-Python >=3.9; 3.1.1 Requires-Python >=3.9; 3.1.2 Requires-Python >=3.9\n' +
        'ERROR: Could not find a version that satisfies the requirement flask==3.1.2 (from versions: ' +
        '0.1, 0.2, 0.3, 0.3.1, 0.4, 0.5, 0.5.1, 0.5.2, 0.6, 0.6.1, 0.7, 0.7.1, 0.7.2, 0.8, 0.8.1, 0.9, 0.10, 0.10.1, 0.11, 0.11.1, ' +
        '0.12, 0.12.1, 0.12.2, 0.12.3, 0.12.4, 0.12.5, 1.0, 1.0.1, 1.0.2, 1.0.3, 1.0.4, 1.1.0, 1.1.1, 1.1.2, 1.1.3, 1.1.4, ' +
        '2.0.0rc1, 2.0.0rc2, 2.0.0, 2.0.1, 2.0.2, 2.0.3, 2.1.0, 2.1.1, 2.1.2, 2.1.3, 2.2.0, 2.2.1, 2.2.2, 2.2.3, 2.2.4, 2.2.5, ' +
        '2.3.0, 2.3.1, 2.3.2, 2.3.3, 3.0.0, 3.0.1, 3.0.2, 3.0.3)\n' +
        'ERROR: No matching distribution found for flask==3.1.2\n',
    );
    expect(fs.stat('/usr/local/lib/python3.8/site-packages/flask').ok).toBe(false);
  });

  it('fails a version that never existed, listing every version this Python may have', () => {
    const { result } = install('3.12', '12', 'flask==1.5');
    expect(result.stderr).toMatch(
      /^ERROR: Could not find a version that satisfies the requirement flask==1\.5 \(from versions: 0\.1, .*, 1\.1\.4, 2\.0\.0rc1, .*, 3\.1\.2\)\nERROR: No matching distribution found for flask==1\.5\n$/,
    );
  });

  it('installs a real release older than the history lists (blinker 1.5), modelled', () => {
    const { result, fs } = install('3.12', '12', 'blinker==1.5');
    expect(result.code).toBe(0);
    const site = '/usr/local/lib/python3.12/site-packages';
    expect(readText(fs, `${site}/blinker-1.5.dist-info/METADATA`)).toMatch(/^Version: 1\.5$/m);
    expect(fs.stat(`${site}/blinker-1.9.0.dist-info`).ok).toBe(false);
  });
});
