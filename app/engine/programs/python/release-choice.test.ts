import { describe, expect, it } from 'vitest';
import { chooseRelease, dependencyFor, pythonAllows } from './release-choice';
import { compareVersions, isPrerelease } from './requirements';

const releases = [
  { version: '1.9', requiresPython: '' },
  { version: '2.0.0rc1', requiresPython: '>=3.6' },
  { version: '2.0.0', requiresPython: '>=3.6' },
  { version: '3.0.0', requiresPython: '>=3.10' },
];

describe('choosing a release', () => {
  it('orders pre-, final and post-releases as PEP 440 does', () => {
    const sorted = [
      '2.0.0',
      '2.0.0.post1',
      '2.0.0rc1',
      '2.0.0a1',
      '2.0.0.dev1',
      '1.10',
      '1.9',
    ].sort(compareVersions);
    expect(sorted).toEqual([
      '1.9',
      '1.10',
      '2.0.0.dev1',
      '2.0.0a1',
      '2.0.0rc1',
      '2.0.0',
      '2.0.0.post1',
    ]);
    expect(isPrerelease('2.0.0rc1')).toBe(true);
    expect(isPrerelease('2.9.0.post0')).toBe(false);
  });

  it('reads Requires-Python with exclusions', () => {
    const py2 = '>=2.7, !=3.0.*, !=3.1.*, !=3.2.*, !=3.3.*';
    expect(pythonAllows(py2, '3.3.7')).toBe(false);
    expect(pythonAllows(py2, '3.8.10')).toBe(true);
    expect(pythonAllows('', '3.8.10')).toBe(true);
  });

  it('picks the newest final release the interpreter allows, and records the ones it skips', () => {
    const skipped = new Set<string>();
    const choice = chooseRelease(releases, [], '3.8.10', skipped);
    expect(choice).toEqual({ ok: true, release: releases[2] });
    expect([...skipped]).toEqual(['3.0.0 Requires-Python >=3.10']);
  });

  it('takes a pre-release only when nothing else matches', () => {
    const choice = chooseRelease(
      releases,
      [{ op: '==', version: '2.0.0rc1' }],
      '3.8.10',
      new Set(),
    );
    expect(choice.ok && choice.release.version).toBe('2.0.0rc1');
  });

  it('lists what the interpreter may install when nothing matches', () => {
    const choice = chooseRelease(releases, [{ op: '>=', version: '3' }], '3.8.10', new Set());
    expect(choice).toEqual({ ok: false, available: ['1.9', '2.0.0rc1', '2.0.0'] });
  });

  it('takes a pinned release the history does not list as real, modelled on the one before it', () => {
    const between = chooseRelease(releases, [{ op: '==', version: '2.0.5' }], '3.8.10', new Set());
    expect(between).toEqual({ ok: true, release: { version: '2.0.5', requiresPython: '>=3.6' } });
    const withDeps = [{ version: '0.115.0', requiresPython: '>=3.8', depends: ['starlette'] }];
    const older = chooseRelease(
      withDeps,
      [
        { op: '>=', version: '0.113.0' },
        { op: '<', version: '0.114.0' },
      ],
      '3.9.20',
      new Set(),
    );
    expect(older).toEqual({
      ok: true,
      release: { version: '0.113.0', requiresPython: '', depends: ['starlette'] },
    });
  });

  it('still refuses a pin beyond the newest release or one the interpreter may not have', () => {
    const newer = chooseRelease(releases, [{ op: '==', version: '3.5.0' }], '3.12.1', new Set());
    expect(newer.ok).toBe(false);
    const tooOld = chooseRelease(releases, [{ op: '==', version: '2.9.0' }], '3.5.2', new Set());
    expect(tooOld.ok).toBe(false);
  });

  it('honours python_version markers on dependencies', () => {
    const line = 'importlib-metadata>=3.6.0; python_version < "3.10"';
    expect(dependencyFor(line, '3.8.10')?.text).toBe('importlib-metadata>=3.6.0');
    expect(dependencyFor(line, '3.12.1')).toBeUndefined();
    expect(dependencyFor('zipp>=3.20', '3.12.1')?.name).toBe('zipp');
  });
});
