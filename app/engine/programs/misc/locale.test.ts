import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { readText } from '../common/fs-helpers';
import { runProgram } from '../testing/fake-io';
import { tree } from '../testing/images';
import { writeDefaultLocaleGen } from './locale-archive';
import { localeProgram, localedefProgram } from './locale';
import { localeGenProgram, updateLocaleProgram } from './locale-gen';

const debian = () =>
  new OverlayFs([
    tree({
      '/etc/os-release': 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n',
      '/usr/share/i18n/locales/': '',
    }),
  ]);

describe('locale-gen', () => {
  it('compiles what /etc/locale.gen enables once sed uncomments it', () => {
    const fs = debian();
    writeDefaultLocaleGen(fs);
    const gen = readText(fs, '/etc/locale.gen') ?? '';
    expect(gen).toContain('\n# en_US.UTF-8 UTF-8\n');
    fs.writeFile('/etc/locale.gen', {
      text: gen.replace('# en_US.UTF-8 UTF-8', 'en_US.UTF-8 UTF-8'),
    });
    const result = runProgram(localeGenProgram, ['locale-gen'], fs);
    expect(result.stdout).toBe(
      'Generating locales (this might take a while)...\n  en_US.UTF-8... done\nGeneration complete.\n',
    );
    expect(runProgram(localeProgram, ['locale', '-a'], fs).stdout).toBe(
      'C\nC.utf8\nPOSIX\nen_US.utf8\n',
    );
  });

  it("on Debian ignores the names it is given: only locale.gen's lines count", () => {
    const fs = debian();
    writeDefaultLocaleGen(fs);
    const result = runProgram(localeGenProgram, ['locale-gen', 'en_US.UTF-8'], fs);
    expect(result.stdout).toBe(
      'Generating locales (this might take a while)...\nGeneration complete.\n',
    );
    expect(runProgram(localeProgram, ['locale', '-a'], fs).stdout).toBe('C\nC.utf8\nPOSIX\n');
  });
});

describe('update-locale', () => {
  it('refuses a locale that was never generated, and writes /etc/default/locale once it is', () => {
    const fs = debian();
    const refused = runProgram(updateLocaleProgram, ['update-locale', 'LANG=en_US.UTF-8'], fs);
    expect(refused).toMatchObject({
      code: 1,
      stderr: '*** update-locale: Error: invalid locale settings:  LANG=en_US.UTF-8\n',
    });
    runProgram(localedefProgram, ['localedef', '-i', 'en_US', '-f', 'UTF-8', 'en_US.UTF-8'], fs);
    expect(runProgram(updateLocaleProgram, ['update-locale', 'LANG=en_US.UTF-8'], fs).code).toBe(0);
    expect(readText(fs, '/etc/default/locale')).toBe('LANG=en_US.UTF-8\n');
  });
});

describe('locale', () => {
  it('quotes derived values and warns about a locale that is not there', () => {
    const result = runProgram(localeProgram, ['locale'], debian(), {
      env: { LANG: 'en_US.UTF-8' },
    });
    expect(result.stderr).toBe(
      'locale: Cannot set LC_CTYPE to default locale: No such file or directory\n' +
        'locale: Cannot set LC_MESSAGES to default locale: No such file or directory\n' +
        'locale: Cannot set LC_ALL to default locale: No such file or directory\n',
    );
    expect(result.stdout).toMatch(/^LANG=en_US.UTF-8\nLANGUAGE=\nLC_CTYPE="en_US.UTF-8"\n/);
    expect(result.stdout).toMatch(/\nLC_ALL=\n$/);
  });

  it('prints POSIX for every category in a bare environment', () => {
    const result = runProgram(localeProgram, ['locale'], debian(), { env: { LC_TIME: 'C.UTF-8' } });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('LC_NUMERIC="POSIX"\nLC_TIME=C.UTF-8\n');
  });
});
