import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { fakeCatalog } from '../testing/fake-catalog';
import { runProgram } from '../testing/fake-io';
import { tree } from '../testing/images';
import { apkProgram } from './apk';

const apk = apkProgram(fakeCatalog([], { distro: 'alpine' }));

const INSTALLED =
  'C:Q1abc=\nP:musl\nV:1.2.5-r10\nA:x86_64\nI:7340032\nT:the musl c library (libc) implementation\nF:lib\nR:ld-musl-x86_64.so.1\n\n' +
  'C:Q1def=\nP:apk-tools\nV:2.14.6-r3\nA:x86_64\nI:290000\nT:Alpine Package Keeper - package manager for alpine\nF:sbin\nR:apk\n';

const fs = () => new OverlayFs([tree({ '/lib/apk/db/installed': INSTALLED })]);
const run = (...args: string[]) => runProgram(apk, ['apk', ...args], fs());

describe('apk info and --version', () => {
  it('lists names, then name-version with -v, and the description with -vv', () => {
    expect(run('info').stdout).toBe('musl\napk-tools\n');
    expect(run('info', '-v').stdout).toBe('musl-1.2.5-r10\napk-tools-2.14.6-r3\n');
    const described =
      'musl-1.2.5-r10 - the musl c library (libc) implementation\napk-tools-2.14.6-r3 - Alpine Package Keeper - package manager for alpine\n';
    expect(run('info', '-vv').stdout).toBe(described);
    expect(run('-v', '-v', 'info').stdout).toBe(described);
  });

  it('--version prints the installed apk-tools version only, and succeeds', () => {
    expect(run('--version')).toMatchObject({
      code: 0,
      stdout: 'apk-tools 2.14.6, compiled for x86_64.\n',
      stderr: '',
    });
    expect(run('-V').code).toBe(0);
  });
});
