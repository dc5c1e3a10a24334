import { describe, expect, it } from 'vitest';
import { readText } from '../common/fs-helpers';
import { fakeCatalog, fakePackage } from '../testing/fake-catalog';
import { runProgram } from '../testing/fake-io';
import { debianFs } from '../testing/images';
import { aptGetProgram } from './apt-get';
import { dpkgReconfigureProgram } from './dpkg-reconfigure';

const aptGet = aptGetProgram(
  fakeCatalog(
    [
      fakePackage('deb', 'locales', {
        version: '2.41-12',
        files: [{ path: '/usr/sbin/locale-gen', size: 4_000 }],
      }),
    ],
    { distro: 'trixie' },
  ),
  'trixie',
);

describe('the locales package', () => {
  it('writes a commented /etc/locale.gen and runs locale-gen when it is set up', () => {
    const fs = debianFs();
    runProgram(aptGet, ['apt-get', 'update'], fs);
    const result = runProgram(aptGet, ['apt-get', 'install', '-y', 'locales'], fs);
    expect(result.stdout).toContain(
      'Setting up locales (2.41-12) ...\nGenerating locales (this might take a while)...\nGeneration complete.\n',
    );
    expect(readText(fs, '/etc/locale.gen')).toContain('\n# en_US.UTF-8 UTF-8\n');
  });

  it('dpkg-reconfigure locales generates what locale.gen now enables', () => {
    const fs = debianFs();
    runProgram(aptGet, ['apt-get', 'update'], fs);
    runProgram(aptGet, ['apt-get', 'install', '-y', 'locales'], fs);
    fs.writeFile('/etc/locale.gen', { text: 'de_DE.UTF-8 UTF-8\n' });
    const result = runProgram(dpkgReconfigureProgram, ['dpkg-reconfigure', 'locales'], fs, {
      env: { DEBIAN_FRONTEND: 'noninteractive' },
    });
    expect(result).toMatchObject({
      code: 0,
      stderr: '',
      stdout:
        'Generating locales (this might take a while)...\n  de_DE.UTF-8... done\nGeneration complete.\n',
    });
  });

  it('dpkg-reconfigure refuses a package that is not installed', () => {
    const result = runProgram(dpkgReconfigureProgram, ['dpkg-reconfigure', 'locales'], debianFs());
    expect(result).toMatchObject({
      code: 1,
      stderr: '/usr/sbin/dpkg-reconfigure: locales is not installed\n',
    });
  });
});
