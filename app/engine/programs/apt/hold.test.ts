import { describe, expect, it } from 'vitest';
import { debCatalog } from '../testing/debs';
import { runProgram } from '../testing/fake-io';
import { debianFs } from '../testing/images';
import { aptGetProgram } from './apt-get';
import { aptMarkProgram } from './apt-mark';
import { dpkgProgram } from './dpkg';

const aptGet = aptGetProgram(debCatalog, 'trixie');
const aptMark = aptMarkProgram(debCatalog, 'trixie');

function withTini() {
  const fs = debianFs();
  runProgram(aptGet, ['apt-get', 'update'], fs);
  runProgram(aptGet, ['apt-get', 'install', '-y', 'tini'], fs);
  return fs;
}

describe('apt-mark hold', () => {
  it('sets the dpkg selection to hold: dpkg -l shows hi, showhold lists it', () => {
    const fs = withTini();
    expect(runProgram(aptMark, ['apt-mark', 'hold', 'tini'], fs).stdout).toBe(
      'tini set on hold.\n',
    );
    expect(runProgram(aptMark, ['apt-mark', 'hold', 'tini'], fs).stdout).toBe(
      'tini was already set on hold.\n',
    );
    expect(runProgram(dpkgProgram, ['dpkg', '-l', 'tini'], fs).stdout).toMatch(/\nhi {2}tini /);
    expect(runProgram(aptMark, ['apt-mark', 'showhold'], fs).stdout).toBe('tini\n');
    expect(runProgram(aptMark, ['apt-mark', 'unhold', 'tini'], fs).stdout).toBe(
      'Canceled hold on tini.\n',
    );
    expect(runProgram(aptMark, ['apt-mark', 'showhold'], fs).stdout).toBe('');
  });

  it('keeps apt-get -y from removing a held package without --allow-change-held-packages', () => {
    const fs = withTini();
    runProgram(aptMark, ['apt-mark', 'hold', 'tini'], fs);
    const refused = runProgram(aptGet, ['apt-get', 'purge', '-y', 'tini'], fs);
    expect(refused.code).toBe(100);
    expect(refused.stdout).toContain(
      'The following packages will be REMOVED:\n  tini*\nThe following held packages will be changed:\n  tini\n0 upgraded, 0 newly installed, 1 to remove and 0 not upgraded.\n',
    );
    expect(refused.stderr).toBe(
      'E: Held packages were changed and -y was used without --allow-change-held-packages.\n',
    );
    const allowed = runProgram(
      aptGet,
      ['apt-get', 'purge', '-y', '--allow-change-held-packages', 'tini'],
      fs,
    );
    expect(allowed.code).toBe(0);
  });

  it('is kept back by apt-get upgrade, and counted as not upgraded', () => {
    const plain = withTini();
    const before = runProgram(aptGet, ['apt-get', 'upgrade', '-y'], plain).stdout;
    const names = /will be upgraded:\n {2}(.*)\n/.exec(before)?.[1]?.split(' ') ?? [];
    expect(names.length).toBeGreaterThan(1);
    const fs = withTini();
    runProgram(aptMark, ['apt-mark', 'hold', names[0] as string], fs);
    const result = runProgram(aptGet, ['apt-get', 'upgrade', '-y'], fs);
    expect(result.stdout).toContain(
      `The following packages have been kept back:\n  ${names[0]}\nThe following packages will be upgraded:\n  ${names.slice(1).join(' ')}\n`,
    );
    expect(result.stdout).toContain(
      `${names.length - 1} upgraded, 0 newly installed, 0 to remove and 1 not upgraded.\n`,
    );
  });
});
