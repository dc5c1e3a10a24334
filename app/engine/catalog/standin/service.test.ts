import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../world';

const catalog = buildCatalog();

function image(repository: string, tag: string) {
  const found = catalog.resolve?.(repository, tag);
  if (!found?.ok) throw new Error(`${repository}:${tag} does not resolve`);
  return found.image;
}

const history = (repository: string, tag: string) =>
  image(repository, tag).history.map((h) => h.created_by);

describe('service images: history rows and config from one description', () => {
  it('writes EXPOSE as BuildKit does, ports sorted as the config lists them', () => {
    expect(history('mysql', '8.4')).toContain('EXPOSE map[3306/tcp:{} 33060/tcp:{}]');
    expect(Object.keys(image('mysql', '8.4').config.ExposedPorts ?? {})).toEqual([
      '3306/tcp',
      '33060/tcp',
    ]);
  });

  it("keeps VOLUME in the Dockerfile's order while the config sorts the paths", () => {
    expect(history('mongo', '8.0')).toContain('VOLUME [/data/db /data/configdb]');
    expect(Object.keys(image('mongo', '8.0').config.Volumes ?? {})).toEqual([
      '/data/configdb',
      '/data/db',
    ]);
  });

  it('writes exec-form ENTRYPOINT and CMD as quoted words in brackets', () => {
    const rows = history('nginx', '1.27');
    expect(rows).toContain('ENTRYPOINT ["/docker-entrypoint.sh"]');
    expect(rows).toContain('CMD ["nginx" "-g" "daemon off;"]');
    expect(rows).toContain('LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>');
    expect(image('nginx', '1.27').config.StopSignal).toBe('SIGQUIT');
  });

  it('sets USER and WORKDIR from the same values as their history rows', () => {
    expect(history('memcached', '1.6')).toContain('USER memcache');
    expect(image('memcached', '1.6').config.User).toBe('memcache');
    expect(history('httpd', '2.4')).toContain('WORKDIR /usr/local/apache2');
    expect(image('httpd', '2.4').config.WorkingDir).toBe('/usr/local/apache2');
  });

  it('gives a service repository the plain variant only, with or without a version', () => {
    expect(image('redis', 'alpine').config.Volumes).toEqual({ '/data': {} });
    expect(catalog.resolve?.('redis', '8.4-slim')).toEqual({ ok: false, reason: 'unknown-tag' });
  });
});
