import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { runProgram } from '../testing/fake-io';
import { fakeCatalog, fakePackage } from '../testing/fake-catalog';
import { tree } from '../testing/images';
import { pipProgram } from './pip';

const pip = pipProgram(
  fakeCatalog([fakePackage('pypi', 'six', { version: '1.17.0', files: ['six.py'] })]),
);
const SITE = '/usr/local/lib/python3.12/site-packages';
const NOTICE =
  '\n[notice] A new release of pip is available: 24.0 -> 25.3\n[notice] To update, run: pip install --upgrade pip\n';

function run(args: string[], options: { pip?: string; env?: Record<string, string> } = {}) {
  const fs = new OverlayFs([
    tree({
      '/usr/local/bin/python3.12': { blob: 20_000 },
      '/usr/local/bin/pip': '#!/usr/local/bin/python3.12\n',
      [`${SITE}/`]: '',
      ...(options.pip
        ? {
            [`${SITE}/pip-${options.pip}.dist-info/METADATA`]: `Name: pip\nVersion: ${options.pip}\n`,
          }
        : {}),
      '/root/': '',
    }),
  ]);
  return runProgram(pip, ['pip', ...args], fs, {
    env: { PYTHON_VERSION: '3.12.12', PIP_ROOT_USER_ACTION: 'ignore', ...options.env },
  });
}

describe("pip's new-release notice", () => {
  it('ends an install (and pip list) with pip 24.0 on the image', () => {
    const result = run(['install', 'six'], { pip: '24.0' });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(NOTICE);
    expect(run(['list'], { pip: '24.0' }).stderr).toBe(NOTICE);
    // -q keeps a warning; -qq hides it.
    expect(run(['install', '-q', 'six'], { pip: '24.0' }).stderr).toBe(NOTICE);
    expect(run(['install', '-qq', 'six'], { pip: '24.0' }).stderr).toBe('');
  });

  it('is skipped when disabled, offline, up to date, or when pip is not in the site-packages', () => {
    const quiet = (args: string[], options: Parameters<typeof run>[1]) => run(args, options).stderr;
    expect(quiet(['install', '--disable-pip-version-check', 'six'], { pip: '24.0' })).toBe('');
    expect(
      quiet(['install', 'six'], { pip: '24.0', env: { PIP_DISABLE_PIP_VERSION_CHECK: '1' } }),
    ).toBe('');
    expect(quiet(['install', 'six'], { pip: '25.3' })).toBe('');
    expect(quiet(['install', 'six'], {})).toBe('');
  });
});
