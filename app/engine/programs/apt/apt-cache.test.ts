import { describe, expect, it } from 'vitest';
import { debCatalog } from '../testing/debs';
import { runProgram } from '../testing/fake-io';
import { debianFs } from '../testing/images';
import { aptCacheProgram } from './apt-cache';
import { aptGetProgram } from './apt-get';

const aptCache = aptCacheProgram(debCatalog, 'trixie');
const aptGet = aptGetProgram(debCatalog, 'trixie');

describe('apt-cache', () => {
  it('knows only the installed packages before apt-get update', () => {
    const result = runProgram(aptCache, ['apt-cache', 'policy', 'tini'], debianFs());
    expect(result).toMatchObject({
      code: 0,
      stdout: '',
      stderr: 'N: Unable to locate package tini\n',
    });
  });

  it('policy shows the candidate and the archive it comes from', () => {
    const fs = debianFs();
    runProgram(aptGet, ['apt-get', 'update'], fs);
    const tini = debCatalog.package('deb', 'tini', 'trixie');
    const result = runProgram(aptCache, ['apt-cache', 'policy', 'tini'], fs);
    expect(result.stdout).toBe(
      `tini:\n  Installed: (none)\n  Candidate: ${tini?.version}\n  Version table:\n` +
        `     ${tini?.version} 500\n        500 http://deb.debian.org/debian trixie/main amd64 Packages\n`,
    );
    const madison = runProgram(aptCache, ['apt-cache', 'madison', 'tini'], fs);
    expect(madison.stdout).toBe(
      `      tini | ${tini?.version} | http://deb.debian.org/debian trixie/main amd64 Packages\n`,
    );
  });

  it('policy marks the installed version with *** and dpkg status at priority 100', () => {
    const fs = debianFs();
    runProgram(aptGet, ['apt-get', 'update'], fs);
    runProgram(aptGet, ['apt-get', 'install', '-y', 'tini'], fs);
    const result = runProgram(aptCache, ['apt-cache', 'policy', 'tini'], fs);
    expect(result.stdout).toMatch(
      /\n \*\*\* \S+ 500\n {8}500 http\S+ trixie\/main amd64 Packages\n {8}100 \/var\/lib\/dpkg\/status\n$/,
    );
  });
});
