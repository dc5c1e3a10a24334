import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../catalog';
import { OverlayFs } from '../../fs/overlay';
import { tree } from '../testing/images';
import { shellRun } from '../testing/shell';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

/** An image's server binaries as the stand-in images hold them: blobs, not a modelled build. */
function image(): OverlayFs {
  return new OverlayFs([
    tree({
      '/usr/local/apache2/bin/httpd': { blob: 2_000_000 },
      '/usr/local/bin/redis-server': { blob: 2_000_000 },
      '/usr/local/bin/memcached': { blob: 500_000 },
    }),
  ]);
}

describe('version options of server programs shipped in an official image', () => {
  it("answers httpd -v from the image's HTTPD_VERSION", () => {
    const r = shellRun('httpd -v', image(), catalog, {
      env: { PATH: '/usr/local/apache2/bin:/usr/bin:/bin', HTTPD_VERSION: '2.4.65' },
    });
    expect(r.stdout).toMatch(/^Server version: Apache\/2\.4\.65 \(Unix\)\nServer built: {3}.+\n$/);
    expect(r.exitCode).toBe(0);
  });

  it('reads REDIS_VERSION for redis-server and MEMCACHED_VERSION for memcached', () => {
    const env = {
      PATH: '/usr/local/bin:/bin',
      REDIS_VERSION: '8.2.1',
      MEMCACHED_VERSION: '1.6.39',
    };
    expect(shellRun('redis-server --version', image(), catalog, { env }).stdout).toMatch(
      /^Redis server v=8\.2\.1 /,
    );
    expect(shellRun('memcached -V', image(), catalog, { env }).stdout).toBe('memcached 1.6.39\n');
  });

  it('still says unknown when neither a modelled build nor the image names the version', () => {
    const r = shellRun('httpd -v', image(), catalog, {
      env: { PATH: '/usr/local/apache2/bin:/bin' },
    });
    expect(r.stdout).toContain('Apache/unknown (Unix)');
  });
});
