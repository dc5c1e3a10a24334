import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../catalog';
import type { Catalog } from '../../catalog/types';
import type { OverlayFs } from '../../fs/overlay';
import type { Program } from '../../shell/program';
import { runProgram } from '../testing/fake-io';
import { debianFs } from '../testing/images';
import { aptGetProgram } from './apt-get';
import { archivedSuite } from './archived';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

/** debuerreotype's sources.list of Debian 10 and 9: the security suite is "<codename>/updates". */
const debianList = (codename: string, host = 'deb.debian.org') =>
  `deb http://${host}/debian ${codename} main\ndeb http://${host}/debian-security ${codename}/updates main\ndeb http://${host}/debian ${codename}-updates main\n`;

/** An image of an older release modelled on bullseye's archive, as the stand-ins make it. */
function olderDebian(codename: string, list = debianList(codename)): OverlayFs {
  return debianFs({
    '/etc/os-release': `PRETTY_NAME="Debian GNU/Linux"\nVERSION_CODENAME=${codename}\nID=debian\n`,
    '/etc/apt/sources.list': list,
  });
}

function run(fs: OverlayFs, line: string, tty = false) {
  const apt = aptGetProgram(catalog, 'bullseye');
  const program: Program = tty ? (argv, io) => apt(argv, { ...io, tty: true }) : apt;
  return runProgram(program, line.split(' '), fs);
}

describe('apt-get update against suites moved to archive.debian.org', () => {
  it('fails in a buster image as it does today: Ign, Err 404 with the address, E: lines, exit 100', () => {
    const update = run(olderDebian('buster'), 'apt-get update');
    expect(update.code).toBe(100);
    expect(update.stdout).toBe(
      [
        'Ign:1 http://deb.debian.org/debian buster InRelease',
        'Ign:2 http://deb.debian.org/debian-security buster/updates InRelease',
        'Ign:3 http://deb.debian.org/debian buster-updates InRelease',
        'Err:4 http://deb.debian.org/debian buster Release',
        '  404  Not Found [IP: 151.101.2.132 80]',
        'Err:5 http://deb.debian.org/debian-security buster/updates Release',
        '  404  Not Found [IP: 151.101.2.132 80]',
        'Err:6 http://deb.debian.org/debian buster-updates Release',
        '  404  Not Found [IP: 151.101.2.132 80]',
        'Reading package lists...',
        '',
      ].join('\n'),
    );
    expect(update.stderr).toBe(
      [
        "E: The repository 'http://deb.debian.org/debian buster Release' does not have a Release file.",
        "E: The repository 'http://deb.debian.org/debian-security buster/updates Release' does not have a Release file.",
        "E: The repository 'http://deb.debian.org/debian buster-updates Release' does not have a Release file.",
        '',
      ].join('\n'),
    );
    expect(update.notes.join('\n')).toContain('moved from deb.debian.org to archive.debian.org');
  });

  it("stretch's apt (1.4) gives no address after 404", () => {
    const update = run(olderDebian('stretch'), 'apt-get update');
    expect(update.code).toBe(100);
    expect(update.stdout).toContain(
      'Err:4 http://deb.debian.org/debian stretch Release\n  404  Not Found\n',
    );
  });

  it('on a terminal each E: line is followed by apt-secure notices', () => {
    const update = run(olderDebian('stretch'), 'apt-get update', true);
    expect(update.stderr).toContain(
      "E: The repository 'http://deb.debian.org/debian stretch Release' does not have a Release file.\nN: Updating from such a repository can't be done securely, and is therefore disabled by default.\nN: See apt-secure(8) manpage for repository creation and user configuration details.\nE: ",
    );
  });

  it('fetches the same suites from archive.debian.org, the usual fix', () => {
    const fs = olderDebian('stretch', debianList('stretch', 'archive.debian.org'));
    const update = run(fs, 'apt-get update');
    expect(update.code).toBe(0);
    expect(update.stdout).toMatch(
      /^Get:1 http:\/\/archive\.debian\.org\/debian stretch InRelease \[/,
    );
    expect(update.stdout).toContain(
      'archive.debian.org/debian-security stretch/updates/main amd64 Packages',
    );
    expect(update.stdout).not.toContain('bullseye');
    const install = run(fs, 'apt-get install -y --no-install-recommends jq');
    expect(install.code).toBe(0);
    expect(install.stdout).toMatch(
      /Get:\d+ http:\/\/archive\.debian\.org\/debian stretch\/main amd64 /,
    );
  });

  it('only archived codenames on the Debian mirrors are gone', () => {
    expect(archivedSuite('http://deb.debian.org/debian', 'buster-updates')?.codename).toBe(
      'buster',
    );
    expect(
      archivedSuite('http://security.debian.org/debian-security', 'stretch/updates'),
    ).toBeDefined();
    expect(archivedSuite('http://archive.debian.org/debian', 'stretch')).toBeUndefined();
    expect(archivedSuite('http://deb.debian.org/debian', 'bullseye')).toBeUndefined();
    expect(archivedSuite('http://archive.ubuntu.com/ubuntu', 'xenial')).toBeUndefined();
  });
});
