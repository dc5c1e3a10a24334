/**
 * Each Debian and Ubuntu release answers from its own archive: its own Python, its own
 * library names (the 64-bit time_t "t64" renames only on noble and trixie), its own versions,
 * and PEP 668's marker only where the release ships it.
 */
import { describe, expect, it } from 'vitest';
import type { Distro } from '../types';
import { dependencyClosure } from './archive';
import { loadDebWorld } from './world';

type DebDistro = Exclude<Distro, 'alpine'>;
const world = loadDebWorld();

const PYTHON: Record<DebDistro, string> = {
  trixie: '3.13',
  bookworm: '3.11',
  bullseye: '3.9',
  noble: '3.12',
  jammy: '3.10',
  focal: '3.8',
};
const RELEASES = Object.keys(PYTHON) as DebDistro[];
const T64 = new Set<DebDistro>(['trixie', 'noble']);
const PEP668 = new Set<DebDistro>(['trixie', 'bookworm', 'noble']);

/** What real-world Dockerfiles install most (the brief of the older releases' tables). */
const COMMON = `build-essential gcc g++ make git curl wget ca-certificates python3 python3-pip
python3-venv python3-dev libpq-dev postgresql-client default-libmysqlclient-dev nodejs npm
openjdk-17-jdk-headless unzip zip vim nano less jq tzdata locales gnupg lsb-release
software-properties-common sudo supervisor nginx openssh-client iputils-ping net-tools procps
libssl-dev libffi-dev zlib1g-dev pkg-config cmake`.split(/\s+/);
const NEW_TABLES: DebDistro[] = ['bullseye', 'jammy', 'focal', 'noble'];

describe('Debian and Ubuntu archives per release', () => {
  it.each(RELEASES)('%s: python3 and everything it pulls in is one Python', (distro) => {
    const archive = world[distro];
    expect(archive.record('python3')?.depends).toContain(`python${PYTHON[distro]}`);
    const closure = dependencyClosure(archive, ['python3', 'python3-pip', 'python3-venv']);
    const minors = new Set(closure.flatMap((name) => /python(3\.\d+)/.exec(name)?.[1] ?? []));
    expect([...minors]).toEqual([PYTHON[distro]]);
  });

  it.each(RELEASES)('%s: t64 names only on the releases that renamed them', (distro) => {
    const archive = world[distro];
    const closure = dependencyClosure(archive, ['curl', 'python3', 'build-essential']);
    const t64 = closure.filter((name) => name.endsWith('t64'));
    if (T64.has(distro)) {
      expect(closure).toContain('libcurl4t64');
      expect(closure).not.toContain('libcurl4');
    } else {
      expect(t64).toEqual([]);
      expect(closure).toContain('libcurl4');
      expect(archive.names().filter((name) => name.endsWith('t64'))).toEqual([]);
    }
  });

  it.each(NEW_TABLES)('%s: every commonly installed package is in its own tables', (distro) => {
    const archive = world[distro];
    const missing = COMMON.filter((name) => archive.record(name) === undefined);
    expect(missing).toEqual([]);
  });

  it('versions are the release own ones', () => {
    const version = (distro: DebDistro, name: string) => world[distro].package(name)?.version;
    expect(version('jammy', 'python3.10')).toMatch(/^3\.10\.\d+-.*22\.04/);
    expect(version('jammy', 'libc6')).toMatch(/^2\.35-0ubuntu/);
    expect(version('focal', 'libc6')).toMatch(/^2\.31-0ubuntu/);
    expect(version('focal', 'python3.8')).toMatch(/^3\.8\.\d+-.*20\.04/);
    expect(version('noble', 'python3.12')).toMatch(/^3\.12\.\d+-\d+ubuntu/);
    expect(version('bullseye', 'libc6')).toMatch(/^2\.31-13\+deb11u/);
    expect(version('bullseye', 'curl')).toMatch(/^7\.74\.0-/);
    expect(version('jammy', 'gcc')).toMatch(/^4:11\./);
    expect(version('focal', 'gcc')).toMatch(/^4:9\./);
    expect(version('noble', 'gcc')).toMatch(/^4:13\./);
  });

  it('Ubuntu base images hold their own release base, not what Dockerfiles add', () => {
    for (const distro of ['noble', 'jammy', 'focal'] as const) {
      const archive = world[distro];
      expect(archive.baseNames().sort()).toEqual(archive.ownNames().sort());
      expect(archive.baseNames()).toContain('libc6');
      expect(archive.baseNames()).not.toContain('python3');
    }
    expect(world.jammy.baseNames()).toEqual(expect.arrayContaining(['libprocps8', 'gcc-12-base']));
    expect(world.focal.baseNames()).toEqual(expect.arrayContaining(['libffi7', 'gcc-10-base']));
    expect(world.noble.baseNames()).toContain('libssl3t64');
  });

  it.each(RELEASES)(
    "%s: libpython's stdlib has PEP 668's marker where the release ships it",
    (distro) => {
      const minor = PYTHON[distro];
      const stdlib = world[distro].package(`libpython${minor}-stdlib`);
      expect(stdlib).toBeDefined();
      const marker = stdlib?.files.some(
        (file) => file.path === `/usr/lib/python${minor}/EXTERNALLY-MANAGED`,
      );
      expect(marker).toBe(PEP668.has(distro));
    },
  );

  it("renamed packages take the file list of Debian 12's package, renamed", () => {
    const python = world.jammy.package('python3.10-minimal');
    expect(python?.files.map((f) => f.path)).toContain('/usr/bin/python3.10');
    const gcc = world.focal.package('gcc-9');
    expect(gcc?.files.map((f) => f.path)).toContain('/usr/bin/gcc-9');
  });
});
