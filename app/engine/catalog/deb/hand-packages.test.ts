/**
 * Packages written by hand into bookworm's table (data/debian/deb-hand.ts) come from the
 * archive with their real versions and commands, instead of plausible stand-ins.
 */
import { describe, expect, it } from 'vitest';
import { dependencyClosure } from './archive';
import { loadDebWorld } from './world';

const bookworm = loadDebWorld().bookworm;

const paths = (name: string) => bookworm.package(name)?.files.map((f) => f.path) ?? [];

describe("bookworm's hand-written packages", () => {
  it('has CMake 3.25.1 with cmake, ctest and cpack (it was a made-up 2.8.9-3)', () => {
    expect(bookworm.package('cmake')?.version).toBe('3.25.1-1');
    expect(paths('cmake')).toEqual(
      expect.arrayContaining(['/usr/bin/cmake', '/usr/bin/ctest', '/usr/bin/cpack']),
    );
  });

  it('has dumb-init, rsync, nc.traditional and dig with their real versions', () => {
    expect(bookworm.package('dumb-init')?.version).toBe('1.2.5-2');
    expect(paths('dumb-init')).toContain('/usr/bin/dumb-init');
    expect(paths('netcat-traditional')).toContain('/usr/bin/nc.traditional');
    expect(paths('bind9-dnsutils')).toContain('/usr/bin/dig');
    expect(bookworm.package('rsync')?.depends).toContain('libpopt0');
  });

  it("finds every dependency of the added packages in the archive's own table", () => {
    const roots = ['cmake', 'rsync', 'cron', 'dnsutils', 'telnet', 'redis-tools', 'strace'];
    const missing = new Set<string>();
    for (const name of dependencyClosure(bookworm, roots))
      for (const dep of bookworm.record(name)?.depends ?? [])
        if (!bookworm.record(dep)) missing.add(dep);
    expect([...missing]).toEqual([]);
  });
});

describe('libzip for PHP zip extension (written by hand)', () => {
  const world = loadDebWorld();

  it('has libzip5 1.11.3-2 on trixie and libzip4 1.7.3-1+b1 on bookworm, each libzip-dev depending on its own', () => {
    expect(world.trixie.package('libzip5')?.version).toBe('1.11.3-2');
    expect(world.trixie.package('libzip-dev')?.depends).toEqual(['libzip5', 'zlib1g-dev']);
    expect(world.trixie.package('libzip5')?.files.map((f) => f.path)).toContain(
      '/usr/lib/x86_64-linux-gnu/libzip.so.5.5',
    );
    expect(world.bookworm.package('libzip4')?.version).toBe('1.7.3-1+b1');
    expect(world.bookworm.package('libzip-dev')?.depends).toEqual(['libzip4', 'zlib1g-dev']);
    expect(world.bookworm.package('libzip-dev')?.files.map((f) => f.path)).toContain(
      '/usr/include/zip.h',
    );
    expect(world.bookworm.package('libzip-dev')?.plausible).toBeFalsy();
  });

  it("finds every dependency of libzip-dev in each release's own table", () => {
    for (const archive of [world.trixie, world.bookworm]) {
      const missing = dependencyClosure(archive, ['libzip-dev']).flatMap((name) =>
        (archive.record(name)?.depends ?? []).filter((dep) => !archive.record(dep)),
      );
      expect(missing).toEqual([]);
    }
  });
});
