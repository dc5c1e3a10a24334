import { describe, expect, it } from 'vitest';
import type { OverlayFs } from '../../fs/overlay';
import { credentialsOf } from '../../shell/access';
import { PermissionFs } from '../../shell/exec/permission-fs';
import type { User } from '../../shell/program';
import { runProgram } from '../testing/fake-io';
import { officialPythonFs, pypi, PYTHON_ENV } from '../testing/pythons';
import { pipProgram } from './pip';

const pip = pipProgram(pypi);
const SITE = '/usr/local/lib/python3.14/site-packages';
const APP: User = { name: 'app', uid: 1000, gid: 1000, home: '/home/app' };

/** The official python image as user 1000 sees it; `home` says whether /home/app is theirs. */
function asApp(root: OverlayFs, home: boolean) {
  if (home) root.mkdir('/home/app', { parents: true, owner: { uid: 1000, gid: 1000 } });
  else root.mkdir('/home', { parents: true });
  const view = new PermissionFs(root, credentialsOf(root, APP));
  return (line: string, env: Record<string, string> = {}) =>
    runProgram(pip, line.split(' '), view, {
      env: { ...PYTHON_ENV, ...env },
      cwd: '/app',
      user: APP,
    });
}

describe('pip as a user who may not write site-packages', () => {
  it('falls back to a user install in ~/.local when the home folder is theirs', () => {
    const root = officialPythonFs();
    const result = asApp(root, true)('pip install click');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Defaulting to user installation because normal site-packages is not writeable\nCollecting click\n/,
    );
    expect(result.stderr).not.toContain('root');
    const installed = root.stat('/home/app/.local/lib/python3.14/site-packages/click/__init__.py');
    expect(installed.ok && installed.value.node.uid).toBe(1000);
    expect(root.stat(`${SITE}/click`).ok).toBe(false);
  });

  it("warns that a user install's scripts are not on PATH, unless PATH has ~/.local/bin", () => {
    const warning =
      "  WARNING: The script flask is installed in '/home/app/.local/bin' which is not on PATH.\n" +
      '  Consider adding this directory to PATH or, if you prefer to suppress this warning, use --no-warn-script-location.\n';
    const result = asApp(officialPythonFs(), true)('pip install --no-cache-dir flask');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(warning);
    const onPath = asApp(officialPythonFs(), true)('pip install --no-cache-dir flask', {
      PATH: '/home/app/.local/bin:/usr/local/bin:/usr/bin:/bin',
    });
    expect(onPath.stderr).toBe('');
    const quiet = asApp(
      officialPythonFs(),
      true,
    )('pip install --no-cache-dir --no-warn-script-location flask');
    expect(quiet.stderr).toBe('');
  });

  it('fails with errno 13 on the home folder it cannot make, after disabling the cache', () => {
    const root = officialPythonFs();
    const result = asApp(root, false)('pip install click');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'Defaulting to user installation because normal site-packages is not writeable\n',
    );
    expect(result.stdout).toContain('Installing collected packages: click\n');
    expect(result.stdout).not.toContain('Successfully installed');
    expect(result.stderr).toBe(
      "WARNING: The directory '/home/app/.cache/pip' or its parent directory is not owned or is not writable by the current user. The cache has been disabled. Check the permissions and owner of that directory. If executing pip with sudo, you should use sudo's -H flag.\n" +
        "ERROR: Could not install packages due to an OSError: [Errno 13] Permission denied: '/home/app'\n" +
        'Check the permissions.\n\n',
    );
    expect(root.stat('/home/app').ok).toBe(false);
  });

  it('advises --user when user site-packages are off (PYTHONNOUSERSITE) and site-packages is root’s', () => {
    const root = officialPythonFs();
    const result = asApp(root, true)('pip install --no-cache-dir click', { PYTHONNOUSERSITE: '1' });
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('Defaulting');
    expect(result.stderr).toBe(
      `ERROR: Could not install packages due to an OSError: [Errno 13] Permission denied: '${SITE}/click'\n` +
        'Consider using the `--user` option or check the permissions.\n\n',
    );
  });

  it('gives no --user advice in a venv root made: user site-packages are off there', () => {
    const root = officialPythonFs();
    root.mkdir('/opt/venv/bin', { parents: true });
    root.writeFile('/opt/venv/pyvenv.cfg', {
      text: 'home = /usr/local/bin\ninclude-system-site-packages = false\nversion = 3.14.0\n',
    });
    root.symlink('/usr/local/bin/python3.14', '/opt/venv/bin/python3.14');
    root.writeFile('/opt/venv/bin/pip', { text: '#!/opt/venv/bin/python3.14\n' }, { mode: 0o755 });
    root.mkdir('/opt/venv/lib/python3.14/site-packages', { parents: true });
    const result = asApp(root, true)('pip install --no-cache-dir click', {
      PATH: '/opt/venv/bin:/usr/local/bin:/usr/bin:/bin',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('Defaulting');
    expect(result.stderr).toBe(
      "ERROR: Could not install packages due to an OSError: [Errno 13] Permission denied: '/opt/venv/lib/python3.14/site-packages/click'\n" +
        'Check the permissions.\n\n',
    );
  });

  it('installs into site-packages as before when the user may write it', () => {
    const root = officialPythonFs();
    root.chown(SITE, { uid: 1000, gid: 1000 });
    const result = asApp(root, true)('pip install --no-cache-dir click');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('Defaulting');
    expect(root.stat(`${SITE}/click/__init__.py`).ok).toBe(true);
  });
});
