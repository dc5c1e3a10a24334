import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../world';
import { pathIn } from './testing/path-in';

const catalog = buildCatalog();

function resolve(repo: string, tag: string) {
  const found = catalog.resolve?.(repo, tag);
  if (!found) throw new Error('no resolver');
  return found;
}

function image(repo: string, tag: string) {
  const found = resolve(repo, tag);
  if (!found.ok) throw new Error(`${repo}:${tag} did not resolve (${found.reason})`);
  return found.image;
}

const createdBy = (img: ReturnType<typeof image>) => img.history.map((h) => h.created_by);

describe('tomcat stand-ins', () => {
  it('resolves the tags real Dockerfiles use and refuses lines a JDK was never published for', () => {
    for (const tag of [
      '10.1-jdk17',
      '9.0',
      '11.0-jre21',
      'latest',
      '10',
      'jdk21',
      '10.1.40',
      '8.5-jdk8',
      '8',
    ])
      expect(resolve('tomcat', tag).ok, tag).toBe(true);
    expect(resolve('tomcat', '11.0-jdk11')).toEqual({ ok: false, reason: 'unknown-tag' });
    expect(resolve('tomcat', '10.1-jdk17-alpine')).toEqual({ ok: false, reason: 'unknown-tag' });
    expect(resolve('tomcat', '12.0')).toEqual({ ok: false, reason: 'unknown-tag' });
    expect(resolve('tomcat', '8.5-jdk17-temurin-noble')).toEqual({
      ok: false,
      reason: 'unknown-tag',
    });
  });

  it('gives every spelling of one image the same digests', () => {
    const a = image('tomcat', '10.1-jdk17');
    const b = image('tomcat', '10.1.48-jdk17-temurin-noble');
    expect(a.layers.map((l) => l.diffId)).toEqual(b.layers.map((l) => l.diffId));
    expect(image('tomcat', '10.1').config.Env).toContain('JAVA_VERSION=jdk-21.0.9+10');
  });

  it('is laid out as tomcat:10.1-jdk17 is: temurin below, CATALINA_HOME, catalina.sh run', () => {
    const t = image('tomcat', '10.1-jdk17');
    expect(t.config.Env).toEqual(
      expect.arrayContaining([
        'PATH=/usr/local/tomcat/bin:/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'JAVA_HOME=/opt/java/openjdk',
        'CATALINA_HOME=/usr/local/tomcat',
        'LD_LIBRARY_PATH=/usr/local/tomcat/native-jni-lib',
        'TOMCAT_MAJOR=10',
        'TOMCAT_VERSION=10.1.48',
      ]),
    );
    expect(t.config.Env[0]).toMatch(/^PATH=/);
    expect(t.config.Cmd).toEqual(['catalina.sh', 'run']);
    expect(t.config.Entrypoint).toBeUndefined();
    expect(t.config.WorkingDir).toBe('/usr/local/tomcat');
    expect(t.config.ExposedPorts).toEqual({ '8080/tcp': {} });
    // Ubuntu, temurin's apt step, JDK and entrypoint, then tomcat's mkdir and install.
    expect(t.layers).toHaveLength(6);
    expect(createdBy(t).slice(-4)).toEqual([
      expect.stringMatching(/^RUN \/bin\/sh -c set -eux; \tnativeLines=/),
      'EXPOSE map[8080/tcp:{}]',
      'ENTRYPOINT []',
      'CMD ["catalina.sh" "run"]',
    ]);
    expect(createdBy(t)).toContain('WORKDIR /usr/local/tomcat');
    for (const p of [
      'bin/catalina.sh',
      'lib/catalina.jar',
      'conf/server.xml',
      'webapps.dist/ROOT/index.jsp',
    ])
      expect(pathIn(t, `/usr/local/tomcat/${p}`)?.kind, p).toBe('file');
    expect(pathIn(t, '/usr/local/tomcat/webapps')?.kind).toBe('dir');
    expect(pathIn(t, '/usr/local/tomcat/logs')).toMatchObject({ kind: 'dir', mode: 0o1777 });
    // A stand-in without text: the runtime's catalina.sh model runs, not a script.
    const catalina = pathIn(t, '/usr/local/tomcat/bin/catalina.sh');
    expect(catalina?.kind === 'file' && catalina.text).toBeFalsy();
  });
});

describe('oven/bun stand-ins', () => {
  it('resolves 1, 1.1-alpine, 1-slim, latest, debian and canary', () => {
    for (const tag of [
      '1',
      '1.1-alpine',
      '1-slim',
      'latest',
      'debian',
      'alpine',
      'canary',
      '1.2.20',
    ])
      expect(resolve('oven/bun', tag).ok, tag).toBe(true);
    expect(resolve('oven/bun', '2')).toEqual({ ok: false, reason: 'unknown-tag' });
    expect(resolve('oven/bun', '1-slim-alpine')).toEqual({ ok: false, reason: 'unknown-tag' });
  });

  it('is laid out as oven/bun:1 is: bun and bunx in /usr/local/bin, root in /home/bun/app', () => {
    const b = image('oven/bun', '1');
    expect(b.config).toMatchObject({
      Env: [
        'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'BUN_RUNTIME_TRANSPILER_CACHE_PATH=0',
        'BUN_INSTALL_BIN=/usr/local/bin',
      ],
      Entrypoint: ['/usr/local/bin/docker-entrypoint.sh'],
      Cmd: ['/usr/local/bin/bun'],
      WorkingDir: '/home/bun/app',
      User: '',
    });
    expect(b.layers).toHaveLength(5);
    expect(createdBy(b).slice(-10)).toEqual([
      'COPY docker-entrypoint.sh /usr/local/bin # buildkit',
      'COPY /usr/local/bin/bun /usr/local/bin/bun # buildkit',
      'ARG BUN_RUNTIME_TRANSPILER_CACHE_PATH=0',
      'ENV BUN_RUNTIME_TRANSPILER_CACHE_PATH=0',
      'ARG BUN_INSTALL_BIN=/usr/local/bin',
      'ENV BUN_INSTALL_BIN=/usr/local/bin',
      expect.stringMatching(
        /^RUN \|2 BUN_RUNTIME_TRANSPILER_CACHE_PATH=0 BUN_INSTALL_BIN=\/usr\/local\/bin \/bin\/sh -c groupadd bun/,
      ),
      'WORKDIR /home/bun/app',
      'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]',
      'CMD ["/usr/local/bin/bun"]',
    ]);
    expect(pathIn(b, '/usr/local/bin/bun')?.kind).toBe('file');
    expect(pathIn(b, '/usr/local/bin/bunx')).toMatchObject({
      kind: 'symlink',
      target: '/usr/local/bin/bun',
    });
    expect(pathIn(b, '/home/bun')).toMatchObject({ kind: 'dir', uid: 1000, gid: 1000 });
    expect(pathIn(b, '/home/bun/app')).toMatchObject({ kind: 'dir', uid: 0 });
    const passwd = pathIn(b, '/etc/passwd');
    expect(passwd?.kind === 'file' && passwd.text).toContain(
      'bun:x:1000:1000::/home/bun:/bin/sh\n',
    );
  });

  it('puts -slim on bookworm-slim with the node fallback, -alpine on Alpine with libstdc++', () => {
    const slim = image('oven/bun', '1-slim');
    expect(slim.config.Env[0]).toBe(
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/local/bun-node-fallback-bin',
    );
    expect(pathIn(slim, '/usr/local/bun-node-fallback-bin/node')).toMatchObject({
      kind: 'symlink',
    });
    const alpine = image('oven/bun', '1.1-alpine');
    expect(alpine.userland).toBe('busybox');
    expect(pathIn(alpine, '/usr/lib/libstdc++.so.6')).toBeDefined();
    expect(pathIn(alpine, '/usr/local/bin/bun')?.kind).toBe('file');
  });
});
