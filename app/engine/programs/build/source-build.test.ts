import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../catalog';
import { OverlayFs } from '../../fs/overlay';
import { readText } from '../common/fs-helpers';
import { sourceTarball } from '../archives/source-projects';
import { tree } from '../testing/images';
import { shellRun } from '../testing/shell';
import { neededLibraries } from './shared-libs';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

function trixie(): OverlayFs {
  const base = catalog.image('debian', 'trixie-slim')?.layers.map((l) => l.tree) ?? [];
  const tools = tree({
    '/usr/bin/wget': { blob: 500_000 },
    '/usr/bin/gcc': { blob: 1_000_000 },
    '/usr/bin/make': { blob: 250_000 },
  });
  return new OverlayFs([...base, tools]);
}

const fetch = (url: string, dir: string) =>
  `wget -q -O src.tar.gz ${url} && mkdir -p ${dir} && tar -xzf src.tar.gz -C ${dir} --strip-components=1 && rm src.tar.gz && cd ${dir}`;

describe('source tarballs the simulation knows only by name', () => {
  it.each([
    ['memcached-1.6.39.tar.gz', 'memcached'],
    ['redis-8.2.1.tar.gz', 'redis'],
    ['httpd-2.4.65.tar.bz2', 'httpd'],
    ['libfoo-bar-0.9.2.tar.xz', 'libfoo-bar'],
  ])('%s is the source of %s', (file, project) => {
    expect(sourceTarball(file)?.project).toBe(project);
  });

  it.each([
    'node-v24.14.0-linux-x64.tar.xz',
    'apache-maven-3.9.9-bin.tar.gz',
    'docker-28.2.2.tgz',
    'README.md',
  ])('%s is not a source tree', (file) => {
    expect(sourceTarball(file)).toBeUndefined();
  });

  it('configure, make, make test and make install leave memcached where the real build does', () => {
    const fs = trixie();
    const result = shellRun(
      `${fetch('https://memcached.org/files/memcached-1.6.39.tar.gz', '/usr/src/memcached')} && ./configure --enable-tls && make -j 2 && make test && make install && memcached -V`,
      fs,
      catalog,
      { cwd: '/tmp' },
    );
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('config.status: creating Makefile\n');
    expect(result.stdout).toContain(
      'gcc -DHAVE_CONFIG_H -I. -g -O2 -c -o memcached.o memcached.c\n',
    );
    expect(result.stdout).toContain("  /usr/bin/install -c memcached '/usr/local/bin'\n");
    expect(result.stdout).toMatch(/memcached 1\.6\.39\n$/);
    expect(readText(fs, '/usr/src/memcached/Makefile')).toContain(
      'LAYERCAKE_MODEL=\tsource memcached 1.6.39',
    );
    // ldd sees what the real binary links, so a Dockerfile's runtime-deps pipeline keeps them.
    expect(neededLibraries(fs, '/usr/local/bin/memcached', 'gnu')).toContain('libevent-2.1.so.7');
  });

  it('a plain-Makefile project (redis) installs under PREFIX with its links', () => {
    const fs = trixie();
    const result = shellRun(
      `${fetch('https://download.redis.io/releases/redis-8.2.1.tar.gz', '/usr/src/redis')} && make -C /usr/src/redis -j 2 all && make -C /usr/src/redis install PREFIX=/opt/redis && redis-server --version`,
      fs,
      catalog,
      { cwd: '/tmp', env: { PATH: '/opt/redis/bin:/usr/local/bin:/usr/bin:/bin' } },
    );
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/Redis server v=8\.2\.1 /);
    const link = fs.lstat('/opt/redis/bin/redis-sentinel');
    expect(link.ok && link.value.node.kind).toBe('symlink');
  });

  it('an unknown project installs one program named after it, with a note', () => {
    const fs = trixie();
    const result = shellRun(
      `${fetch('https://example.org/dist/frobnicator-2.1.0.tar.gz', '/usr/src/frob')} && ./configure && make && make install`,
      fs,
      catalog,
      { cwd: '/tmp' },
    );
    expect(result.exitCode).toBe(0);
    expect(fs.stat('/usr/local/bin/frobnicator').ok).toBe(true);
    expect(result.notes.join('\n')).toContain(
      "make followed Layercake's model of frobnicator 2.1.0",
    );
  });
});
