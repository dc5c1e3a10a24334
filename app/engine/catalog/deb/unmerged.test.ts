/**
 * Debian 11 is the one release without merged /usr: its packages put the essential commands
 * in /bin and /sbin and the essential libraries in /lib, where every later release (and
 * Ubuntu from 19.04) has them under /usr behind links.
 */
import { describe, expect, it } from 'vitest';
import type { Distro, Package } from '../types';
import { unmergedPath } from './unmerged';
import { loadDebWorld } from './world';

const world = loadDebWorld();

const paths = (pkg: Package | undefined) => (pkg?.files ?? []).map((f) => f.path);
const TOP = /^\/(bin|sbin|lib|lib64)\//;

describe('unmergedPath', () => {
  it('moves Debian 11 /bin and /sbin commands and leaves the rest in /usr', () => {
    expect(unmergedPath('/usr/bin/bash', 'bash')).toBe('/bin/bash');
    expect(unmergedPath('/usr/bin/ls', 'coreutils')).toBe('/bin/ls');
    expect(unmergedPath('/usr/bin/env', 'coreutils')).toBe('/usr/bin/env');
    expect(unmergedPath('/usr/sbin/ldconfig', 'libc-bin')).toBe('/sbin/ldconfig');
    expect(unmergedPath('/usr/sbin/useradd', 'passwd')).toBe('/usr/sbin/useradd');
    expect(unmergedPath('/usr/bin/which.debianutils', 'debianutils')).toBe('/bin/which');
  });

  it('moves the libraries of essential packages to /lib, and their loader link to /lib64', () => {
    expect(unmergedPath('/usr/lib/x86_64-linux-gnu/libc.so.6', 'libc6')).toBe(
      '/lib/x86_64-linux-gnu/libc.so.6',
    );
    expect(unmergedPath('/usr/lib/x86_64-linux-gnu/gconv/IBM1390.so', 'libc6')).toBe(
      '/usr/lib/x86_64-linux-gnu/gconv/IBM1390.so',
    );
    expect(unmergedPath('/usr/lib/x86_64-linux-gnu/libssl.so.1.1', 'libssl1.1')).toBe(
      '/usr/lib/x86_64-linux-gnu/libssl.so.1.1',
    );
    expect(unmergedPath('/usr/lib64/ld-linux-x86-64.so.2', 'libc6')).toBe(
      '/lib64/ld-linux-x86-64.so.2',
    );
    expect(unmergedPath('/usr/lib/systemd/system/e2scrub@.service', 'e2fsprogs')).toBe(
      '/lib/systemd/system/e2scrub@.service',
    );
    expect(unmergedPath('/usr/lib/systemd/user/dirmngr.service', 'dirmngr')).toBe(
      '/usr/lib/systemd/user/dirmngr.service',
    );
    expect(unmergedPath('/usr/lib/x86_64-linux-gnu/security/pam_unix.so', 'libpam-modules')).toBe(
      '/lib/x86_64-linux-gnu/security/pam_unix.so',
    );
  });
});

describe('archives by /usr layout', () => {
  it('gives bullseye packages their Debian 11 paths, links following their targets', () => {
    expect(world.bullseye.usrMerged).toBe(false);
    expect(paths(world.bullseye.package('bash'))).toContain('/bin/bash');
    expect(paths(world.bullseye.package('dash'))).toContain('/bin/sh');
    const ip = world.bullseye.package('iproute2')?.files.find((f) => f.path === '/sbin/ip');
    expect(ip?.link).toBe('/bin/ip');
    expect(paths(world.bullseye.package('iproute2'))).toContain('/bin/ip');
  });

  it.each(['trixie', 'bookworm', 'noble', 'jammy', 'focal'] as const)(
    '%s keeps every package file under /usr (focal too, where it borrows from bullseye)',
    (distro: Exclude<Distro, 'alpine' | 'bullseye'>) => {
      const archive = world[distro];
      expect(archive.usrMerged).toBe(true);
      const strays = archive
        .names()
        .flatMap((name) => paths(archive.package(name)).filter((p) => TOP.test(p)));
      expect(strays).toEqual([]);
    },
  );

  it('keeps each relocated package the size of its files', () => {
    const wrong = world.bullseye.names().filter((name) => {
      const pkg = world.bullseye.package(name);
      const sum = (pkg?.files ?? []).reduce((n, f) => n + f.size, 0);
      return pkg !== undefined && sum !== pkg.installedSize;
    });
    expect(wrong).toEqual([]);
  });
});
