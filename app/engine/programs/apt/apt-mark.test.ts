import { describe, expect, it } from 'vitest';
import { debCatalog } from '../testing/debs';
import { runProgram } from '../testing/fake-io';
import { debianFs } from '../testing/images';
import { aptGetProgram } from './apt-get';
import { aptMarkProgram } from './apt-mark';

const aptGet = aptGetProgram(debCatalog, 'trixie');
const aptMark = aptMarkProgram(debCatalog, 'trixie');

describe('apt-mark', () => {
  it('shows every package of a fresh image as manual', () => {
    const result = runProgram(aptMark, ['apt-mark', 'showmanual'], debianFs());
    expect(result.stdout).toBe('base-files\nlibc-bin\nlibc6\n');
  });

  it('supports the savedAptMark pattern: build dependencies are purged, the base is kept', () => {
    const fs = debianFs();
    const saved = runProgram(aptMark, ['apt-mark', 'showmanual'], fs).stdout.trim().split('\n');
    runProgram(aptGet, ['apt-get', 'update'], fs);
    runProgram(aptGet, ['apt-get', 'install', '-y', '--no-install-recommends', 'gcc', 'curl'], fs);
    expect(runProgram(aptMark, ['apt-mark', 'auto', '.*'], fs).stdout).toContain(
      'gcc set to automatically installed.\n',
    );
    const manual = runProgram(aptMark, ['apt-mark', 'manual', ...saved], fs);
    expect(manual.stdout).toBe(
      'base-files set to manually installed.\nlibc-bin set to manually installed.\nlibc6 set to manually installed.\n',
    );
    const purge = runProgram(aptGet, ['apt-get', 'purge', '-y', '--auto-remove'], fs);
    expect(purge.stdout).toContain(
      'The following packages will be REMOVED:\n  curl* gcc* libcurl4t64* libssl3t64*\n',
    );
    expect(fs.stat('/usr/bin/gcc').ok).toBe(false);
    expect(fs.stat('/usr/lib/x86_64-linux-gnu/libc.so.6').ok).toBe(true);
  });

  it("reports what it cannot mark in apt-mark's words", () => {
    const fs = debianFs();
    const unknown = runProgram(aptMark, ['apt-mark', 'auto', 'zzz'], fs);
    expect(unknown).toMatchObject({
      code: 100,
      stderr: 'E: Unable to locate package zzz\nE: No packages found\n',
    });
    const notInstalled = runProgram(aptMark, ['apt-mark', 'auto', 'tini'], fs);
    expect(notInstalled.stdout).toBe('tini can not be marked as it is not installed.\n');
    expect(runProgram(aptMark, ['apt-mark', 'manual', 'libc6'], fs).stdout).toBe(
      'libc6 was already set to manually installed.\n',
    );
  });
});
