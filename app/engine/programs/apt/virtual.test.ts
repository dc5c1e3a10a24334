import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../catalog';
import type { Catalog } from '../../catalog/types';
import { runProgram } from '../testing/fake-io';
import { fakeCatalog, fakePackage } from '../testing/fake-catalog';
import { debianFs } from '../testing/images';
import { aptGetProgram } from './apt-get';
import { readDpkgDb } from './dpkg-db';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const HEADER =
  'Reading package lists...\nBuilding dependency tree...\nReading state information...\n';

describe('apt-get install of a virtual package', () => {
  it("selects the one package that Provides it: trixie's libfreetype-dev for libfreetype6-dev", () => {
    const fs = debianFs();
    const apt = aptGetProgram(catalog, 'trixie');
    runProgram(apt, ['apt-get', 'update'], fs);
    const result = runProgram(apt, ['apt-get', 'install', '-y', 'libfreetype6-dev'], fs);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`^${HEADER}Note, selecting 'libfreetype-dev' instead of 'libfreetype6-dev'\n`),
    );
    expect(result.notes.join(' ')).not.toMatch(/stand-in/);
    const db = readDpkgDb(fs);
    expect(db.packages.get('libfreetype-dev')?.version).toBe('2.13.3+dfsg-1+deb13u1');
    expect(db.packages.get('libfreetype6')?.status).toBe('install ok installed');
    expect(db.packages.has('libfreetype6-dev')).toBe(false);
    expect(db.auto.has('libfreetype-dev')).toBe(false);
  });

  it('refuses a name several packages Provide, listing them (exit 100)', () => {
    const fake = fakeCatalog(
      ['postfix', 'exim4-daemon-light'].map((name) =>
        fakePackage('deb', name, { version: '1.0-1' }),
      ),
      { distro: 'trixie' },
    );
    const apt = aptGetProgram(
      {
        ...fake,
        debProviders: (name) =>
          name === 'mail-transport-agent' ? ['exim4-daemon-light', 'postfix'] : [],
      },
      'trixie',
    );
    const fs = debianFs();
    runProgram(apt, ['apt-get', 'update'], fs);
    const result = runProgram(apt, ['apt-get', 'install', '-y', 'mail-transport-agent'], fs);
    expect(result.code).toBe(100);
    expect(result.stdout).toBe(
      `${HEADER}Package mail-transport-agent is a virtual package provided by:\n` +
        '  exim4-daemon-light 1.0-1\n  postfix 1.0-1\nYou should explicitly select one to install.\n\n',
    );
    expect(result.stderr).toBe("E: Package 'mail-transport-agent' has no installation candidate\n");
  });
});
