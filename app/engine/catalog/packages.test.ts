import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from './index';
import type { Catalog, Distro, Ecosystem, Package } from './types';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const SCOPES: [Ecosystem, Distro | undefined][] = [
  ['deb', 'trixie'],
  ['deb', 'bookworm'],
  ['deb', 'noble'],
  ['apk', 'alpine'],
  ['pypi', undefined],
  ['npm', undefined],
  ['go', undefined],
];

function all(ecosystem: Ecosystem, distro?: Distro): Package[] {
  return (catalog.packageNames?.(ecosystem, distro) ?? []).map((name) => {
    const pkg = catalog.package(ecosystem, name, distro);
    if (!pkg) throw new Error(`${ecosystem} ${name} listed but missing`);
    return pkg;
  });
}

describe('packages', () => {
  it('every package depends only on packages of its own ecosystem (no dangling deps)', () => {
    for (const [ecosystem, distro] of SCOPES) {
      const dangling: string[] = [];
      for (const pkg of all(ecosystem, distro)) {
        for (const dep of pkg.depends) {
          if (!catalog.package(ecosystem, dep, distro)) dangling.push(`${pkg.name} -> ${dep}`);
        }
      }
      expect(dangling, `${ecosystem} ${distro ?? ''}`).toEqual([]);
    }
  });

  it('installedSize equals the sum of the file sizes', () => {
    for (const [ecosystem, distro] of SCOPES) {
      for (const pkg of all(ecosystem, distro)) {
        const sum = pkg.files.reduce((s, f) => s + f.size, 0);
        expect(pkg.installedSize, `${ecosystem} ${pkg.name}`).toBe(sum);
        expect(pkg.files.every((f) => f.size >= 0)).toBe(true);
      }
    }
  });

  it('the essential Debian set and the popular installables are all known', () => {
    const names =
      'base-files bash coreutils dash debianutils diffutils findutils grep gzip hostname libc6 login mawk ncurses-base perl-base sed tar util-linux apt dpkg gpgv curl wget ca-certificates git build-essential gcc g++ make libc6-dev python3 python3-pip python3-venv nodejs npm openssl libssl-dev vim nano less procps iputils-ping net-tools netcat-openbsd unzip zip gnupg tzdata locales jq sqlite3 libpq-dev postgresql-client default-libmysqlclient-dev pkg-config sudo tini gosu nginx supervisor htop openssh-client dirmngr xz-utils bzip2 file libffi-dev zlib1g-dev libjpeg-dev libpng-dev ffmpeg imagemagick fonts-dejavu';
    for (const distro of ['trixie', 'bookworm', 'noble'] as const) {
      const missing = names.split(' ').filter((n) => !catalog.package('deb', n, distro));
      expect(missing, distro).toEqual([]);
    }
    const apk =
      'busybox musl apk-tools alpine-baselayout curl bash git build-base python3 py3-pip nodejs npm ca-certificates openssl tzdata shadow su-exec tini libc6-compat jq postgresql-client';
    expect(apk.split(' ').filter((n) => !catalog.package('apk', n))).toEqual([]);
  });

  it("Alpine knows every build dependency of the official python image's source build", () => {
    const buildDeps =
      'bluez-dev bzip2-dev dpkg-dev dpkg findutils gcc gdbm-dev gnupg libc-dev libffi-dev libnsl-dev libtirpc-dev linux-headers make ncurses-dev openssl-dev pax-utils readline-dev sqlite-dev tar tcl-dev tk tk-dev util-linux-dev xz xz-dev zlib-dev zstd-dev';
    expect(buildDeps.split(' ').filter((n) => !catalog.package('apk', n, 'alpine'))).toEqual([]);
    const paths = (name: string) => catalog.package('apk', name)?.files.map((f) => f.path) ?? [];
    expect(paths('dpkg-dev')).toContain('/usr/bin/dpkg-architecture');
    expect(paths('scanelf')).toContain('/usr/bin/scanelf');
  });

  it("Alpine resolves so: and cmd: names to the package that provides them, as apk's index does", () => {
    expect(catalog.package('apk', 'so:libz.so.1', 'alpine')?.name).toBe('zlib');
    expect(catalog.package('apk', 'so:libgdbm_compat.so.4', 'alpine')?.name).toBe('gdbm');
    expect(catalog.package('apk', 'so:libc.musl-x86_64.so.1', 'alpine')?.name).toBe('musl');
    expect(catalog.package('apk', 'cmd:scanelf', 'alpine')?.name).toBe('scanelf');
    expect(catalog.package('apk', 'so:libnope.so.1', 'alpine')).toBeUndefined();
  });

  it('curl installs its command, its library link and its docs where Debian puts them', () => {
    const curl = catalog.package('deb', 'curl', 'trixie');
    const paths = curl?.files.map((f) => f.path) ?? [];
    expect(paths).toContain('/usr/bin/curl');
    expect(paths).toContain('/usr/share/doc/curl/copyright');
    expect(paths).toContain('/usr/share/man/man1/curl.1.gz');
    expect(curl?.depends).toContain('libcurl4t64');
    const lib = catalog.package('deb', 'libcurl4t64', 'trixie');
    expect(lib?.files).toContainEqual({
      path: '/usr/lib/x86_64-linux-gnu/libcurl.so.4',
      size: 16,
      link: 'libcurl.so.4.8.0',
    });
    expect(catalog.package('deb', 'libcurl4', 'bookworm')?.version).toMatch(/^7\.88/);
  });

  it('PyPI packages give paths relative to site-packages, with scripts in ../../../bin', () => {
    const flask = catalog.package('pypi', 'Flask');
    expect(flask?.name).toBe('flask');
    const paths = flask?.files.map((f) => f.path) ?? [];
    expect(paths).toContain('flask/app.py');
    expect(paths).toContain(`flask-${flask?.version}.dist-info/METADATA`);
    expect(paths).toContain('../../../bin/flask');
    expect(catalog.package('pypi', 'numpy')!.installedSize).toBeGreaterThan(40e6);
  });

  it("npm packages give paths inside the package's folder and name their commands", () => {
    const express = catalog.package('npm', 'express');
    expect(express?.depends).toEqual(expect.arrayContaining(['body-parser', 'cookie', 'debug']));
    expect(express?.files.map((f) => f.path)).toContain('package.json');
    expect(catalog.package('npm', 'typescript')?.bin).toEqual({
      tsc: 'bin/tsc',
      tsserver: 'bin/tsserver',
    });
  });

  it('unknown names are undefined, and plausiblePackage makes a deterministic stand-in', () => {
    expect(catalog.package('deb', 'no-such-package', 'trixie')).toBeUndefined();
    expect(catalog.package('pypi', '')).toBeUndefined();
    const a = catalog.plausiblePackage('pypi', 'frobnicate');
    const b = catalog.plausiblePackage('pypi', 'frobnicate');
    expect(a).toEqual(b);
    expect(a.plausible).toBe(true);
    expect(a.installedSize).toBe(a.files.reduce((s, f) => s + f.size, 0));
    expect(catalog.plausiblePackage('npm', 'left-pad-2', '1.0.0').version).toBe('1.0.0');
    expect(catalog.plausiblePackage('deb', 'frobnicate').installedSize).not.toBe(
      catalog.plausiblePackage('deb', 'widgetize').installedSize,
    );
  });
});
