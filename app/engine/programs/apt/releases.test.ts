/**
 * `apt-get update` fetches the image's own release: its suites, mirrors and components, and
 * no other release's (a jammy image never prints noble, a bullseye one never bookworm).
 */
import { describe, expect, it } from 'vitest';
import { debCatalog } from '../testing/debs';
import { runProgram } from '../testing/fake-io';
import { debianFs } from '../testing/images';
import { aptGetProgram } from './apt-get';
import type { AptDistro } from './archive';

function update(distro: AptDistro): string {
  const result = runProgram(aptGetProgram(debCatalog, distro), ['apt-get', 'update'], debianFs());
  expect(result.code).toBe(0);
  return result.stdout;
}

const inReleases = (out: string) =>
  out
    .split('\n')
    .filter((line) => line.endsWith(' InRelease') || / InRelease \[/.test(line))
    .map((line) => line.replace(/^Get:\d+ /, '').replace(/ \[.*\]$/, ''));

const CODENAMES = ['trixie', 'bookworm', 'bullseye', 'noble', 'jammy', 'focal'] as const;

describe('apt-get update per release', () => {
  it('bullseye: deb.debian.org bullseye, debian-security bullseye-security, bullseye-updates', () => {
    const out = update('bullseye');
    expect(inReleases(out)).toEqual([
      'http://deb.debian.org/debian bullseye InRelease',
      'http://deb.debian.org/debian-security bullseye-security InRelease',
      'http://deb.debian.org/debian bullseye-updates InRelease',
    ]);
    expect(out).toContain(
      'Get:4 http://deb.debian.org/debian bullseye/main amd64 Packages [8066 kB]\n',
    );
  });

  it.each(['jammy', 'focal'] as const)(
    '%s: archive.ubuntu.com and security.ubuntu.com, four components',
    (codename) => {
      const out = update(codename);
      expect(inReleases(out)).toEqual([
        `http://security.ubuntu.com/ubuntu ${codename}-security InRelease`,
        `http://archive.ubuntu.com/ubuntu ${codename} InRelease`,
        `http://archive.ubuntu.com/ubuntu ${codename}-updates InRelease`,
        `http://archive.ubuntu.com/ubuntu ${codename}-backports InRelease`,
      ]);
      for (const component of ['main', 'restricted', 'universe', 'multiverse'])
        expect(out).toContain(
          `http://archive.ubuntu.com/ubuntu ${codename}/${component} amd64 Packages [`,
        );
    },
  );

  it('jammy and focal print the sizes of their frozen release indexes', () => {
    expect(update('jammy')).toContain('jammy/universe amd64 Packages [17.5 MB]\n');
    expect(update('jammy')).toContain(
      'Get:2 http://archive.ubuntu.com/ubuntu jammy InRelease [270 kB]\n',
    );
    expect(update('focal')).toContain('focal/main amd64 Packages [1275 kB]\n');
  });

  it('bookworm, trixie and noble print what they printed before', () => {
    expect(inReleases(update('bookworm'))).toEqual([
      'http://deb.debian.org/debian bookworm InRelease',
      'http://deb.debian.org/debian bookworm-updates InRelease',
      'http://deb.debian.org/debian-security bookworm-security InRelease',
    ]);
    expect(update('trixie')).toContain(
      'Get:1 http://deb.debian.org/debian trixie InRelease [140 kB]\n',
    );
    expect(inReleases(update('noble'))).toEqual([
      'http://security.ubuntu.com/ubuntu noble-security InRelease',
      'http://archive.ubuntu.com/ubuntu noble InRelease',
      'http://archive.ubuntu.com/ubuntu noble-updates InRelease',
      'http://archive.ubuntu.com/ubuntu noble-backports InRelease',
    ]);
  });

  it.each(CODENAMES)('%s: names no other release', (codename) => {
    const out = update(codename);
    for (const other of CODENAMES.filter((c) => c !== codename))
      expect(out).not.toMatch(new RegExp(`\\b${other}\\b`));
  });

  it.each(CODENAMES)(
    '%s: an image that only says so in os-release gets its archive',
    (codename) => {
      const fs = debianFs();
      fs.writeFile('/etc/os-release', { text: `NAME="x"\nVERSION_CODENAME=${codename}\n` });
      const result = runProgram(aptGetProgram(debCatalog, undefined), ['apt-get', 'update'], fs);
      expect(result.stdout).toContain(` ${codename} InRelease`);
    },
  );
});
