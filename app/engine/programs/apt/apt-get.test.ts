import { describe, expect, it } from 'vitest';
import { diffLayer } from '../../fs/diff';
import type { OverlayFs } from '../../fs/overlay';
import { emptyDirectory, listDir, readText } from '../common/fs-helpers';
import { debCatalog } from '../testing/debs';
import { runProgram, type RunOptions } from '../testing/fake-io';
import { debianFs, debianTree } from '../testing/images';
import { aptGetProgram } from './apt-get';
import { readDpkgDb } from './dpkg-db';

const aptGet = aptGetProgram(debCatalog, 'trixie');
const run = (fs: OverlayFs, line: string, options: RunOptions = {}) =>
  runProgram(aptGet, line.split(' '), fs, options);

describe('apt-get', () => {
  it('apt-get install without update fails with Unable to locate package', () => {
    const fs = debianFs();
    const result = run(fs, 'apt-get install -y curl');
    expect(result.code).toBe(100);
    expect(result.stderr).toBe('E: Unable to locate package curl\n');
    expect(result.stdout).toBe(
      'Reading package lists...\nBuilding dependency tree...\nReading state information...\n',
    );
    expect(result.notes.join(' ')).toMatch(/apt-get update first/);
  });

  it('apt-get update then install writes the package files and lists', () => {
    const fs = debianFs();
    const update = run(fs, 'apt-get update');
    expect(update.code).toBe(0);
    expect(update.stdout).toContain(
      'Get:1 http://deb.debian.org/debian trixie InRelease [140 kB]\n',
    );
    expect(update.stdout).toContain(
      'Get:4 http://deb.debian.org/debian trixie/main amd64 Packages [9670 kB]\n',
    );
    expect(update.stdout).toMatch(
      /Fetched 9\d\d\d kB in \ds \(\d+ kB\/s\)\nReading package lists...\n$/,
    );
    const lists = listDir(fs, '/var/lib/apt/lists');
    expect(lists).toContain('deb.debian.org_debian_dists_trixie_main_binary-amd64_Packages.lz4');
    const listBytes = lists.reduce((sum, name) => {
      const read = fs.readFile(`/var/lib/apt/lists/${name}`);
      return sum + (read.ok ? read.value.size : 0);
    }, 0);
    expect(listBytes).toBeGreaterThan(20_000_000);
    expect(listBytes).toBeLessThan(25_000_000);

    const install = run(fs, 'apt-get install -y curl');
    expect(install.code).toBe(0);
    expect(install.stdout).toContain(
      'The following additional packages will be installed:\n  libcurl4t64 libssl3t64\n' +
        'The following NEW packages will be installed:\n  curl libcurl4t64 libssl3t64\n' +
        '0 upgraded, 3 newly installed, 0 to remove and 0 not upgraded.\n' +
        'Need to get 3059 kB of archives.\n',
    );
    expect(install.stdout).toContain(
      'Get:3 http://deb.debian.org/debian trixie/main amd64 curl amd64 8.14.1-2 [269 kB]\n',
    );
    expect(install.stdout).toContain(
      'Selecting previously unselected package libcurl4t64:amd64.\n',
    );
    expect(install.stdout).toContain('Unpacking curl (8.14.1-2) ...\n');
    expect(install.stdout).toContain('Setting up curl (8.14.1-2) ...\n');
    expect(install.stdout).toContain('Processing triggers for libc-bin (2.41-12) ...\n');
    expect(install.stderr).toBe(
      'debconf: delaying package configuration, since apt-utils is not installed\n',
    );
    expect(fs.stat('/usr/bin/curl').ok).toBe(true);
    const db = readDpkgDb(fs);
    expect(db.packages.get('curl')?.status).toBe('install ok installed');
    expect([...db.auto].sort()).toEqual(['libcurl4t64', 'libssl3t64']);
    expect(readText(fs, '/var/lib/dpkg/info/curl.list')).toContain(
      '/.\n/usr\n/usr/bin\n/usr/bin/curl\n',
    );
    expect(readText(fs, '/var/lib/dpkg/info/curl.md5sums')).toMatch(
      /^[0-9a-f]{32} {2}usr\/bin\/curl\n/,
    );
    expect(readText(fs, '/var/log/apt/history.log')).toContain(
      'Commandline: apt-get install -y curl\n',
    );
  });

  it('rm -rf /var/lib/apt/lists/* after install removes the lists', () => {
    const base = debianTree();
    const fs = debianFs();
    run(fs, 'apt-get update');
    run(fs, 'apt-get install -y curl');
    emptyDirectory(fs, '/var/lib/apt/lists');
    const changes = diffLayer([base], fs.upper).map((c) => c.path);
    expect(changes.filter((p) => p.startsWith('/var/lib/apt/lists/'))).toEqual([]);
    expect(changes).toContain('/usr/bin/curl');
  });

  it('skips packages the image already has', () => {
    const fs = debianFs();
    run(fs, 'apt-get update');
    const result = run(fs, 'apt-get install -y curl');
    expect(result.stdout).not.toContain('libc6');
    const again = run(fs, 'apt-get install -y curl');
    expect(again.stdout).toContain(
      'curl is already the newest version (8.14.1-2).\n0 upgraded, 0 newly installed',
    );
  });

  it('aborts without -y when it must add dependencies, as a build cannot answer', () => {
    const fs = debianFs();
    run(fs, 'apt-get update');
    const result = run(fs, 'apt-get install curl');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/Do you want to continue\? \[Y\/n\] Abort\.\n$/);
    expect(fs.stat('/usr/bin/curl').ok).toBe(false);
    expect(run(fs, 'apt-get install tini').code).toBe(0);
  });

  it('keeps the downloaded .deb files only when the image lacks docker-clean', () => {
    const clean = debianFs();
    run(clean, 'apt-get update');
    run(clean, 'apt-get install -y tini');
    expect(listDir(clean, '/var/cache/apt/archives').filter((n) => n.endsWith('.deb'))).toEqual([]);

    const fs = debianFs();
    fs.remove('/etc/apt/apt.conf.d/docker-clean');
    run(fs, 'apt-get update');
    run(fs, 'apt-get install -y tini');
    expect(listDir(fs, '/var/cache/apt/archives')).toContain('tini_0.19.0-3_amd64.deb');
    expect(fs.stat('/var/cache/apt/pkgcache.bin').ok).toBe(true);
    run(fs, 'apt-get clean');
    expect(listDir(fs, '/var/cache/apt/archives').filter((n) => n.endsWith('.deb'))).toEqual([]);
  });

  it('names archives with numbered links when it installs five or more packages', () => {
    const fs = debianFs();
    fs.remove('/var/lib/dpkg/status');
    run(fs, 'apt-get update');
    const result = run(fs, 'apt-get install -y curl gcc tini');
    expect(result.stdout).toContain('Preparing to unpack .../0-');
    expect(result.stdout).toContain('Preparing to unpack .../5-tini_0.19.0-3_amd64.deb ...\n');
  });

  it('fails on a pinned version the archive no longer has', () => {
    const fs = debianFs();
    run(fs, 'apt-get update');
    const result = run(fs, 'apt-get install -y curl=7.88.1-10');
    expect(result.code).toBe(100);
    expect(result.stderr).toBe("E: Version '7.88.1-10' for 'curl' was not found\n");
    expect(run(fs, 'apt-get install -y curl=8.14.1-2').code).toBe(0);
  });

  it("-qq hides apt's own lines but not dpkg's", () => {
    const fs = debianFs();
    expect(run(fs, 'apt-get update -qq').stdout).toBe('');
    const result = run(fs, 'apt-get install -qq -y tini');
    expect(result.stdout).not.toContain('Reading package lists');
    expect(result.stdout).toContain('Setting up tini (0.19.0-3) ...\n');
  });

  it('removes a package and, with purge, its configuration files', () => {
    const fs = debianFs();
    run(fs, 'apt-get update');
    run(fs, 'apt-get install -y tini');
    const removed = run(fs, 'apt-get remove -y tini');
    expect(removed.stdout).toContain('The following packages will be REMOVED:\n  tini\n');
    expect(removed.stdout).toContain('Removing tini (0.19.0-3) ...\n');
    expect(fs.stat('/usr/bin/tini').ok).toBe(false);
    expect(fs.stat('/etc/tini.conf').ok).toBe(true);
    const purged = run(fs, 'apt-get purge -y tini');
    expect(purged.stdout).toContain('Purging configuration files for tini (0.19.0-3) ...\n');
    expect(fs.stat('/etc/tini.conf').ok).toBe(false);
    expect(readDpkgDb(fs).packages.has('tini')).toBe(false);
  });

  it('names packages it cannot find when removing', () => {
    const result = run(debianFs(), 'apt-get remove -y nosuchpackage');
    expect(result.code).toBe(100);
    expect(result.stderr).toBe('E: Unable to locate package nosuchpackage\n');
  });

  it('upgrade changes a few often-patched packages, with a note', () => {
    const fs = debianFs();
    run(fs, 'apt-get update');
    const result = run(fs, 'apt-get upgrade -y');
    expect(result.stdout).toContain(
      'Calculating upgrade...\nThe following packages will be upgraded:\n  libc-bin libc6\n',
    );
    expect(result.stdout).toContain('Unpacking libc6:amd64 (2.41-12+deb13u1) over (2.41-12) ...\n');
    expect(result.stdout).toContain(
      'Get:1 http://deb.debian.org/debian-security trixie-security/main amd64 libc6 amd64 2.41-12+deb13u1',
    );
    expect(readDpkgDb(fs).packages.get('libc6')?.version).toBe('2.41-12+deb13u1');
    expect(result.notes.join(' ')).toMatch(/modelled/);
  });

  it("refuses to work without root, as dpkg's lock needs it", () => {
    const result = run(debianFs(), 'apt-get install -y curl', {
      user: { name: 'app', uid: 1000, gid: 1000, home: '/home/app' },
    });
    expect(result.code).toBe(100);
    expect(result.stderr).toContain('are you root?');
  });

  it('apt-get update as a non-root user cannot lock the lists directory (exit 100)', () => {
    const fs = debianFs();
    const result = run(fs, 'apt-get update', {
      user: { name: 'app', uid: 1000, gid: 1000, home: '/home/app' },
    });
    expect(result).toMatchObject({
      code: 100,
      stdout: 'Reading package lists...\n',
      stderr:
        'E: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)\n' +
        'E: Unable to lock directory /var/lib/apt/lists/\n',
    });
    expect(fs.stat('/var/lib/apt/lists/lock').ok).toBe(false);
  });

  it('apt-get install as a non-root user cannot take the dpkg frontend lock (exit 100)', () => {
    const result = run(debianFs(), 'apt-get install -y curl', {
      user: { name: 'app', uid: 1000, gid: 1000, home: '/home/app' },
    });
    expect(result).toMatchObject({
      code: 100,
      stdout: '',
      stderr:
        'E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\n' +
        'E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n',
    });
  });

  it('rejects an unknown operation', () => {
    const result = run(debianFs(), 'apt-get frobnicate');
    expect(result).toMatchObject({ code: 100, stderr: 'E: Invalid operation frobnicate\n' });
  });
});

describe('apt', () => {
  it("prints apt 3's Installing and Summary layout on trixie, and its CLI warning", () => {
    const fs = debianFs();
    const apt = (line: string) => runProgram(aptGet, line.split(' '), fs);
    apt('apt update');
    const result = apt('apt install -y curl');
    expect(result.stderr).toContain(
      'WARNING: apt does not have a stable CLI interface. Use with caution in scripts.',
    );
    expect(result.stdout).toContain(
      'Installing:\n  curl\n\nInstalling dependencies:\n  libcurl4t64  libssl3t64\n\nSummary:\n' +
        '  Upgrading: 0, Installing: 3, Removing: 0, Not Upgrading: 0\n  Download size: 3059 kB\n',
    );
  });

  it('keeps the classic layout on bookworm', () => {
    const fs = debianFs({ '/etc/os-release': 'VERSION_CODENAME=bookworm\n' });
    const apt = aptGetProgram(debCatalog, undefined);
    runProgram(apt, ['apt', 'update'], fs);
    const result = runProgram(apt, ['apt', 'install', '-y', 'tini'], fs);
    expect(result.stdout).toContain('The following NEW packages will be installed:\n  tini\n');
  });
});
