// Stand-ins own what the official Dockerfiles chown: a user's home and data directories are
// that user's (numeric ids as the real images have them), shared ones 1777. Checked in the
// image's merged tree (VOLUME directories too), and by running as the image's user.
import { beforeAll, describe, expect, it } from 'vitest';
import { lookupLiteral } from '../../fs/union';
import { Terminal } from '../../runtime/testing/terminal';
import type { Catalog, CatalogImage } from '../types';
import { buildCatalog } from '../world';

let catalog: Catalog;
beforeAll(() => {
  catalog = buildCatalog();
});

function image(ref: string): CatalogImage {
  const [repo = '', tag = 'latest'] = ref.split(':');
  const found = catalog.resolve?.(repo, tag);
  if (!found?.ok) throw new Error(`${ref} does not resolve`);
  return found.image;
}

/** "1777 999:999" for a path of the image's merged tree, as `stat -c '%a %u:%g'` says it. */
function owned(ref: string, path: string): string {
  const found = lookupLiteral(
    image(ref).layers.map((l) => l.tree),
    path,
  );
  if (!found) return 'missing';
  return `${found.node.kind === 'symlink' ? 'link' : found.node.mode.toString(8)} ${found.node.uid}:${found.node.gid}`;
}

function terminal(...refs: string[]): Terminal {
  const t = new Terminal(catalog);
  for (const ref of refs) t.run(`docker pull -q ${ref}`);
  return t;
}

describe('directories a stand-in Dockerfile chowns', () => {
  it('are the service users own, with the official modes', () => {
    expect(owned('redis:7.4', '/data')).toBe('755 999:999');
    expect(owned('redis:7.4-alpine', '/data')).toBe('755 999:1000');
    expect(owned('postgres:16', '/var/lib/postgresql')).toBe('1777 999:999');
    expect(owned('postgres:16', '/var/lib/postgresql/data')).toBe('1777 999:999');
    // /var/run links to /run, so `mkdir -p /var/run/postgresql` made /run/postgresql.
    expect(owned('postgres:16', '/run/postgresql')).toBe('3777 999:999');
    expect(owned('postgres:16', '/var/run')).toBe('link 0:0');
    expect(owned('postgres:18-alpine', '/var/lib/postgresql')).toBe('1777 70:70');
    expect(owned('postgres:18-alpine', '/var/lib/postgresql/18')).toBe('755 0:0');
    expect(owned('postgres:18-alpine', '/var/lib/postgresql/18/docker')).toBe('1777 70:70');
    expect(owned('mysql:8.4', '/var/lib/mysql')).toBe('1777 999:999');
    expect(owned('mariadb:11.4', '/var/lib/mysql')).toBe('755 999:999');
    expect(owned('mariadb:11.4', '/run/mysqld')).toBe('1777 999:999');
    expect(owned('mongo:8.0', '/data/db')).toBe('755 999:999');
    expect(owned('mongo:8.0', '/data/configdb')).toBe('755 999:999');
    expect(owned('httpd:2.4', '/usr/local/apache2')).toBe('755 33:33');
    expect(owned('httpd:2.4-alpine', '/usr/local/apache2')).toBe('755 82:82');
    expect(owned('php:8.3-apache', '/var/www/html')).toBe('1777 33:33');
    expect(owned('php:8.3-apache', '/var/log/apache2/error.log')).toBe('link 33:33');
    expect(owned('php:8.3-fpm-alpine', '/var/www/html')).toBe('1777 82:82');
    expect(owned('ruby:3.3', '/usr/local/bundle')).toBe('1777 0:0');
    expect(owned('golang:1.24-alpine', '/go')).toBe('1777 0:0');
    expect(owned('golang:1.24-alpine', '/go/src')).toBe('1777 0:0');
    // rust: chmod -R a+w $RUSTUP_HOME $CARGO_HOME
    expect(owned('rust:1.91', '/usr/local/cargo')).toBe('777 0:0');
    expect(owned('rust:1.91', '/usr/local/cargo/bin')).toBe('777 0:0');
    expect(owned('rust:1.91', '/usr/local/cargo/bin/rustup')).toBe('777 0:0');
    expect(owned('rust:1.91', '/usr/local/cargo/env')).toBe('666 0:0');
    expect(owned('rust:1.91-alpine', '/usr/local/rustup')).toBe('777 0:0');
    expect(owned('gcr.io/distroless/static:nonroot', '/home/nonroot')).toBe('700 65532:65532');
    expect(owned('gcr.io/distroless/static:nonroot', '/tmp')).toBe('1777 0:0');
  });

  it('gives homes made with --create-home their skeleton, owned by the user', () => {
    expect(owned('mcr.microsoft.com/dotnet/runtime:8.0', '/home/app')).toBe('755 1654:1654');
    expect(owned('mcr.microsoft.com/dotnet/runtime:8.0', '/home/app/.bashrc')).toBe(
      '644 1654:1654',
    );
    // Ubuntu's login.defs (21.04 on) sets HOME_MODE 0750.
    expect(owned('mcr.microsoft.com/dotnet/runtime:8.0-noble', '/home/app')).toBe('750 1654:1654');
    expect(owned('mcr.microsoft.com/dotnet/runtime:8.0-alpine', '/home/app')).toBe('755 1654:1654');
    // gradle: chown --recursive gradle:gradle, chmod --recursive o+rwx
    expect(owned('gradle:8-jdk21', '/home/gradle')).toBe('757 1000:1000');
    expect(owned('gradle:8-jdk21', '/home/gradle/.profile')).toBe('647 1000:1000');
    expect(owned('gradle:8-jdk21', '/home/gradle/.gradle')).toBe('757 1000:1000');
    expect(owned('memcached:1.6-alpine', '/home/memcache')).toBe('755 11211:11211');
    expect(owned('memcached:1.6', '/home/memcache')).toBe('missing');
    expect(owned('redis:7.4-alpine', '/home/redis')).toBe('755 999:1000');
    expect(owned('httpd:2.4-alpine', '/home/www-data')).toBe('755 82:82');
  });

  it('keeps the account files root:shadow 0640 where a step adds a user', () => {
    for (const ref of ['redis:7.4', 'redis:7.4-alpine', 'node:22-bookworm-slim', 'nginx:1.27'])
      expect(owned(ref, '/etc/shadow'), ref).toBe('640 0:42');
    expect(owned('node:22-bookworm-slim', '/etc/gshadow')).toBe('640 0:42');
  });

  it('adds the nginx user the install step creates', () => {
    const t = terminal('nginx:1.27', 'nginx:1.27-alpine');
    expect(t.run('docker run --rm nginx:1.27 id nginx').out).toBe(
      'uid=101(nginx) gid=101(nginx) groups=101(nginx)\n',
    );
    expect(t.run('docker run --rm nginx:1.27-alpine grep ^nginx: /etc/passwd').out).toBe(
      'nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin\n',
    );
  });
});

describe('running as the image user', () => {
  it('lays out the stand-in node home as the exactly modelled node:22-slim has it', () => {
    const t = terminal('node:22-slim', 'node:22-bookworm-slim');
    const stat =
      "stat -c '%a %u %g %n' /home/node /home/node/.bashrc /home/node/.profile /home/node/.bash_logout /etc/shadow";
    const exact = t.run(`docker run --rm node:22-slim ${stat}`);
    expect(exact.out).toContain('755 1000 1000 /home/node\n');
    expect(t.run(`docker run --rm node:22-bookworm-slim ${stat}`).out).toBe(exact.out);
  });

  it('lets the node user write its home on Debian and Alpine stand-ins', () => {
    const t = terminal('node:22-bookworm-slim', 'node:20-alpine3.20', 'node:18-bullseye');
    for (const ref of ['node:22-bookworm-slim', 'node:20-alpine3.20', 'node:18-bullseye']) {
      const r = t.run(`docker run --rm -u node ${ref} sh -c 'cd && touch x && ls -n x'`);
      expect(r.err, ref).toBe('');
      expect(r.out.split(/\s+/).slice(2, 4), ref).toEqual(['1000', '1000']);
    }
  });

  it('has the www-data user the Alpine php Dockerfile adds (chown -R www-data works)', () => {
    const t = terminal('php:8.3-fpm-alpine');
    const r = t.run(
      "docker run --rm php:8.3-fpm-alpine sh -c 'grep ^www-data /etc/passwd; chown www-data /tmp'",
    );
    expect(r.out).toBe('www-data:x:82:82:Linux User,,,:/home/www-data:/sbin/nologin\n');
    expect(r.err).toBe('');
  });

  it('lets any user write GEM_HOME and the PHP docroot, and no one else write root dirs', () => {
    const t = terminal('ruby:3.3', 'php:8.3-apache', 'rust:1.91-slim');
    expect(
      t.run("docker run --rm -u 1000 rust:1.91-slim sh -c 'touch /usr/local/cargo/bin/x'").code,
    ).toBe(0);
    expect(t.run("docker run --rm -u 1234 ruby:3.3 sh -c 'touch /usr/local/bundle/x'").code).toBe(
      0,
    );
    expect(
      t.run("docker run --rm -u www-data php:8.3-apache sh -c 'touch /var/www/html/x'").code,
    ).toBe(0);
    expect(t.run("docker run --rm -u 1234 ruby:3.3 sh -c 'touch /usr/local/x'").err).toBe(
      "touch: cannot touch '/usr/local/x': Permission denied\n",
    );
  });
});
