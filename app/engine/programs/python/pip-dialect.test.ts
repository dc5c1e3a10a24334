import { describe, expect, it } from 'vitest';
import { runProgram } from '../testing/fake-io';
import { fakeCatalog, fakePackage } from '../testing/fake-catalog';
import { pythonLineFs } from '../testing/pythons';
import { pipProgram } from './pip';
import { pipDialect } from './pip-dialect';
import { walkFiles } from '../common/fs-helpers';

// Names no release history knows, so every Python gets the same wheels.
const pip = pipProgram(
  fakeCatalog([
    fakePackage('pypi', 'alpha', {
      version: '1.0.0',
      depends: ['beta', 'gamma'],
      files: ['alpha/__init__.py'],
      downloadSize: 103_000,
    }),
    fakePackage('pypi', 'beta', { version: '2.0.0', files: ['beta.py'], downloadSize: 8_500 }),
    fakePackage('pypi', 'gamma', {
      version: '3.0.0',
      files: ['gamma/__init__.py'],
      downloadSize: 300_000,
    }),
    fakePackage('pypi', 'big', {
      version: '4.0.0',
      files: ['big/__init__.py'],
      downloadSize: 2_000_000,
    }),
  ]),
);

/** The official image of a Python line, with the pip its ensurepip left in site-packages. */
function image(minor: string, pipVersion: string) {
  const site = `/usr/local/lib/python${minor}/site-packages`;
  return pythonLineFs(minor, {
    [`${site}/pip-${pipVersion}.dist-info/METADATA`]: `Name: pip\nVersion: ${pipVersion}\n`,
    [`${site}/pip-${pipVersion}.dist-info/INSTALLER`]: 'pip\n',
  });
}

function install(minor: string, pipVersion: string, packages = ['alpha']) {
  return runProgram(
    pip,
    ['pip', 'install', '--no-cache-dir', ...packages],
    image(minor, pipVersion),
    { env: { PYTHON_VERSION: `${minor}.20` } },
  );
}

const ROOT_SHORT =
  "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv\n";
const rootWithHint = (joint: string) =>
  `WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager, possibly rendering your system unusable.${joint}It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv. Use the --root-user-action option if you know what you are doing and want to suppress this warning.\n`;
const notice = (from: string, to: string) =>
  `\n[notice] A new release of pip is available: ${from} -> ${to}\n[notice] To update, run: pip install --upgrade pip\n`;

/** A bar line's shape: rich's fills at most 80 columns. */
function richBar(indent: number, pair: string): RegExp {
  return new RegExp(
    `^ {${indent}}━{30,40} ${pair.replace(/[./]/g, '\\$&')} [\\d.]+ [kM]B/s eta 0:00:00$`,
    'm',
  );
}

describe('pip output by the pip version the image ships', () => {
  it('pip 23.0.1 (python:3.8-3.10): wheels download under their Collecting lines, bars over 40 kB, no "(from ...)"', () => {
    const result = install('3.9', '23.0.1');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'Collecting alpha',
      '  Downloading alpha-1.0.0-py3-none-any.whl (103 kB)',
    ]);
    expect(lines[2]).toMatch(richBar(5, '103.0/103.0 kB'));
    expect(lines.slice(3, 6)).toEqual([
      'Collecting beta',
      '  Downloading beta-2.0.0-py3-none-any.whl (8.5 kB)',
      'Collecting gamma',
    ]);
    expect(result.stdout).not.toContain('.metadata');
    expect(result.stdout).not.toMatch(/^Downloading/m);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(result.stdout).toContain('Installing collected packages: beta, gamma, alpha\n');
    expect(result.stdout).toContain('Successfully installed alpha-1.0.0 beta-2.0.0 gamma-3.0.0\n');
    expect(result.stderr).toBe(ROOT_SHORT + notice('23.0.1', '25.3'));
  });

  it('pip 24.0 (python:3.11): metadata first, "(from ...)", wheels after resolution with bars over 40 kB', () => {
    const result = install('3.11', '24.0');
    expect(result.stdout).toMatch(
      /^Collecting alpha\n {2}Downloading alpha-1\.0\.0-py3-none-any\.whl\.metadata \(\d+(\.\d)? kB\)\nCollecting beta \(from alpha\)\n/,
    );
    expect(result.stdout).toContain('\nDownloading alpha-1.0.0-py3-none-any.whl (103 kB)\n');
    expect(result.stdout).toMatch(richBar(3, '103.0/103.0 kB'));
    expect(result.stdout).toMatch(richBar(3, '300.0/300.0 kB'));
    expect(result.stdout).toContain(
      '\nDownloading beta-2.0.0-py3-none-any.whl (8.5 kB)\nDownloading',
    );
    expect(result.stderr).toBe(ROOT_SHORT + notice('24.0', '25.3'));
  });

  it('pip 25.0.1 (python:3.12): bars only over 512 KiB, the root warning with its --root-user-action hint', () => {
    const result = install('3.12', '25.0.1', ['alpha', 'big']);
    expect(result.stdout).not.toMatch(/━.* kB\/s|103\.0\/103\.0|300\.0\/300\.0/);
    expect(result.stdout).toMatch(richBar(3, '2.0/2.0 MB'));
    expect(result.stderr).toBe(rootWithHint(' ') + notice('25.0.1', '25.3'));
    // The newest pip Python 3.8 may have: nothing newer to offer.
    expect(install('3.8', '25.0.1').stderr).toBe(rootWithHint(' '));
  });

  it('pip 21.2.4 (python:3.6): the progress library bar and the old upgrade warning, offered the last pip for 3.6', () => {
    const result = install('3.6', '21.2.4');
    expect(result.stdout).toMatch(
      /^Collecting alpha\n {2}Downloading alpha-1\.0\.0-py3-none-any\.whl \(103 kB\)\n {5}\|█{32}\| 103 kB [\d.]+ [kM]B\/s \nCollecting beta\n/,
    );
    expect(result.stderr).toBe(
      ROOT_SHORT +
        "WARNING: You are using pip version 21.2.4; however, version 21.3.1 is available.\nYou should consider upgrading via the '/usr/local/bin/python3.6 -m pip install --upgrade pip' command.\n",
    );
  });

  it('pip 20.3.4 (python:3.5): no root warning, and no newer pip for Python 3.5', () => {
    const result = install('3.5', '20.3.4');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Successfully installed alpha-1.0.0 beta-2.0.0 gamma-3.0.0\n');
    expect(result.stderr).toBe('');
  });

  it('offers each older Python the last pip that supports it', () => {
    expect(install('3.8', '23.0.1').stderr).toBe(ROOT_SHORT + notice('23.0.1', '25.0.1'));
    expect(install('3.7', '23.0.1').stderr).toBe(ROOT_SHORT + notice('23.0.1', '24.0'));
    expect(install('3.7', '24.0').stderr).toBe(ROOT_SHORT);
  });

  it('pip 23.2.x (python:3.12.0 shipped 23.2.1): an "Obtaining dependency information" line before each metadata file', () => {
    const result = install('3.12', '23.2.1', ['alpha>=1.0']);
    const url = (wheel: string) =>
      `https://files\\.pythonhosted\\.org/packages/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{60}/${wheel.replace(/\./g, '\\.')}\\.metadata`;
    expect(result.stdout).toMatch(
      new RegExp(
        `^Collecting alpha>=1\\.0\\n {2}Obtaining dependency information for alpha>=1\\.0 from ${url('alpha-1.0.0-py3-none-any.whl')}\\n {2}Downloading alpha-1\\.0\\.0-py3-none-any\\.whl\\.metadata \\(`,
      ),
    );
    // The requirement as the Collecting line names it, without its "(from ...)".
    expect(result.stdout).toMatch(
      new RegExp(
        `\\nCollecting beta \\(from alpha>=1\\.0\\)\\n {2}Obtaining dependency information for beta from ${url('beta-2.0.0-py3-none-any.whl')}\\n`,
      ),
    );
    expect(result.stdout.match(/Obtaining dependency information/g)).toHaveLength(3);
    expect(result.stderr).toBe(ROOT_SHORT + notice('23.2.1', '25.3'));
  });

  it('pip 23.3 logs that line only with -v: 23.3.1 prints none', () => {
    const result = install('3.12', '23.3.1');
    expect(result.stdout).toMatch(
      /^Collecting alpha\n {2}Downloading alpha-1\.0\.0-py3-none-any\.whl\.metadata/,
    );
    expect(result.stdout).not.toContain('Obtaining');
    expect(pipDialect('23.2').obtainingLine).toBe(true);
    expect(pipDialect('23.3').obtainingLine).toBe(false);
  });

  it('pip 21.1 to 21.1.3 word the root warning as it was first written', () => {
    const willBreak =
      'WARNING: Running pip as root will break packages and permissions. You should install packages reliably by using venv: https://pip.pypa.io/warnings/venv\n';
    const result = install('3.9', '21.1.3');
    expect(result.stderr.startsWith(willBreak)).toBe(true);
    expect(result.stderr).toContain('You are using pip version 21.1.3; however, version 25.3');
    expect(pipDialect('21.1').rootWarning).toBe(willBreak);
    expect(pipDialect('21.2').rootWarning).toBe(ROOT_SHORT);
    expect(pipDialect('21.0.1').rootWarning).toBeUndefined();
  });

  it('pip 24.x words the root warning with its missing space, which pip 25 fixed', () => {
    expect(pipDialect('24.3.1').rootWarning).toBe(rootWithHint(''));
    expect(pipDialect('25.3').rootWarning).toBe(rootWithHint(' '));
    expect(pipDialect('22.3.1').collectingFrom).toBe(false);
  });

  it('pip keeps its HTTP cache in http-v2 from 23.3 (headers and .body apart), in http before (one file each)', () => {
    const cached = (pipVersion: string) => {
      const fs = image('3.12', pipVersion);
      const result = runProgram(pip, ['pip', 'install', 'alpha'], fs, {
        env: { PYTHON_VERSION: '3.12.20' },
      });
      expect(result.code).toBe(0);
      return { files: walkFiles(fs, '/root/.cache/pip'), notes: result.notes.join(' ') };
    };
    const key = '[0-9a-f]/[0-9a-f]/[0-9a-f]/[0-9a-f]/[0-9a-f]/[0-9a-f]{56}';
    const old = cached('23.2.1');
    expect(old.files.length).toBeGreaterThan(0);
    for (const f of old.files)
      expect(f.path).toMatch(new RegExp(`^/root/\\.cache/pip/http/${key}$`));
    expect(old.files.reduce((sum, f) => sum + f.size, 0)).toBeGreaterThan(
      103_000 + 8_500 + 300_000,
    );
    expect(old.notes).toContain('/root/.cache/pip/http: they stay in this layer');
    const v2 = cached('23.3');
    expect(v2.files.length).toBe(old.files.length * 2);
    for (const f of v2.files)
      expect(f.path).toMatch(new RegExp(`^/root/\\.cache/pip/http-v2/${key}(\\.body)?$`));
    expect(v2.notes).toContain('/root/.cache/pip/http-v2: they stay in this layer');
    // A second install finds the wheels in the folder its pip reads.
    const fs = image('3.9', '23.0.1');
    const env = { env: { PYTHON_VERSION: '3.9.20' } };
    runProgram(pip, ['pip', 'install', 'alpha'], fs, env);
    runProgram(pip, ['pip', 'uninstall', '-y', 'alpha', 'beta', 'gamma'], fs, env);
    const again = runProgram(pip, ['pip', 'install', 'alpha'], fs, env);
    expect(again.stdout).toContain('  Using cached alpha-1.0.0-py3-none-any.whl (103 kB)\n');
  });
});
