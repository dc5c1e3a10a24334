/**
 * hello-world (one static binary on scratch), registry (the distribution server a lesson runs
 * on localhost:5000), memcached and mariadb, with the configs and entrypoints the official
 * images carry.
 */
import { sha256Hex } from '../../fs/digest';
import { PATH_DEFAULT, type ImageSpec } from '../images/define';
import { layerBlob, lazy } from '../images/layer';
import { TreeBuilder } from '../util/tree-builder';
import { ownedDir, userFiles } from './accounts';
import { approximateNote, copy, releaseWords, run, type Row } from './assemble';
import { baseImage } from './bases';
import { lines } from './grammar';
import { apt } from './lang-helpers';
import { spreadFiles, textFile } from './layers';
import type { RepoDef } from './repo';
import { copyScript, serviceImage, serviceRepo } from './service';
import { GOSU, gosuRow } from './repos-databases';
import { mariadbEntrypoint, REGISTRY_ENTRYPOINT } from './service-scripts';

const helloLayer = lazy(() =>
  layerBlob(new TreeBuilder().blob('/hello', 'hello-world:linux:amd64', 13_256, 0o755).build()),
);

export const helloWorld: RepoDef = {
  repository: 'hello-world',
  description: 'Hello World! (an example of minimal Dockerization)',
  grammar: {
    lines: lines('1 1 linux'),
    aliases: { latest: '1', linux: '1' },
    variants: [''],
    versionless: true,
  },
  build(): ImageSpec {
    return {
      repository: 'hello-world',
      tags: ['latest'],
      created: '2025-08-08T19:05:17Z',
      userland: 'busybox',
      distro: 'scratch',
      config: { Env: [PATH_DEFAULT], Cmd: ['/hello'], WorkingDir: '', User: '' },
      rows: [
        {
          createdBy: 'COPY hello / # buildkit',
          comment: 'buildkit.dockerfile.v0',
          layer: helloLayer,
        },
        { createdBy: 'CMD ["/hello"]', comment: 'buildkit.dockerfile.v0' },
      ],
      description: this.description,
      approximate: approximateNote(
        'its one static binary /hello (a blob of the real size: the simulation does not run it, so its greeting is not printed)',
      ),
    };
  },
};

export const registry: RepoDef = {
  repository: 'registry',
  description:
    'Distribution implementation for storing and distributing of container images and artifacts',
  grammar: {
    lines: lines(`
      3.0 3.0.0 - alpine3.21
      2.8 2.8.3 - alpine3.18`),
    aliases: { latest: '3.0', '3': '3.0', '2': '2.8' },
    variants: [''],
  },
  build(world, tag, reference) {
    const base = baseImage(world, tag.release, 'slim');
    if (!base) return undefined;
    const v = tag.version;
    const configPath = v.startsWith('3')
      ? '/etc/distribution/config.yml'
      : '/etc/docker/registry/config.yml';
    const rows: Row[] = [
      { by: run('apk add --no-cache ca-certificates'), apk: ['ca-certificates'] },
      {
        by: copy('./registry /bin/registry'),
        files: [
          { path: '/bin/registry', size: v.startsWith('3') ? 24_600_000 : 21_900_000, mode: 0o755 },
        ],
      },
      {
        by: copy('./config-example.yml /etc/distribution/config.yml'),
        files: [
          textFile(
            configPath,
            'version: 0.1\nlog:\n  fields:\n    service: registry\nstorage:\n  cache:\n    blobdescriptor: inmemory\n  filesystem:\n    rootdirectory: /var/lib/registry\nhttp:\n  addr: :5000\n  headers:\n    X-Content-Type-Options: [nosniff]\nhealth:\n  storagedriver:\n    enabled: true\n    interval: 10s\n    threshold: 3\n',
          ),
        ],
      },
      'VOLUME',
      'EXPOSE',
      copyScript('docker-entrypoint.sh', '/entrypoint.sh', REGISTRY_ENTRYPOINT),
      'ENTRYPOINT',
      'CMD',
    ];
    return serviceImage(world, {
      repository: 'registry',
      reference,
      created: '2025-04-03T14:12:00Z',
      base,
      service: {
        env: [PATH_DEFAULT],
        entrypoint: ['/entrypoint.sh'],
        cmd: [configPath],
        ports: ['5000/tcp'],
        volumes: ['/var/lib/registry'],
      },
      rows,
      what: `the distribution registry ${v} (a modelled /bin/registry; pushes to localhost:5000 are served by the simulation's own registry, not by this container)`,
      description: this.description,
    });
  },
};

export const memcached = serviceRepo({
  repository: 'memcached',
  description: 'Free & open source, high-performance, distributed memory object caching system.',
  grammar: {
    lines: lines(
      '1.6 1.6.39 trixie,bookworm alpine3.22,alpine3.21,alpine3.20,alpine3.19,alpine3.18',
    ),
    aliases: { latest: '1.6', '1': '1.6' },
  },
  build({ world, reference, base, alpine, version: v }) {
    const url = `https://memcached.org/files/memcached-${v}.tar.gz`;
    const sha = sha256Hex(`memcached-${v}.tar.gz`).slice(0, 40);
    const rows: Row[] = [
      {
        by: run(
          alpine
            ? 'addgroup -g 11211 memcache && adduser -D -u 11211 -G memcache memcache'
            : 'groupadd --system --gid 11211 memcache && useradd --system --gid memcache --uid 11211 memcache',
        ),
        files: userFiles(base, {
          name: 'memcache',
          uid: 11211,
          gid: 11211,
          home: '/home/memcache',
          shell: alpine ? '/bin/sh' : '/bin/sh',
          // BusyBox adduser makes the home unless told -H; useradd --system does not.
          createHome: alpine,
        }),
      },
      alpine
        ? { by: run('apk add --no-cache libsasl'), apk: ['libsasl'] }
        : { by: apt('libsasl2-modules'), deb: ['libsasl2-modules'] },
      `ENV MEMCACHED_VERSION=${v}`,
      `ENV MEMCACHED_URL=${url}`,
      `ENV MEMCACHED_SHA1=${sha}`,
      {
        by: run(
          'set -x \t\t&& savedAptMark="$(apt-mark showmanual)" \t&& apt-get update \t&& apt-get install -y --no-install-recommends \t\tca-certificates \t\tdpkg-dev \t\tgcc \t\tlibc6-dev \t\tlibevent-dev \t\tlibio-socket-ssl-perl \t\tlibsasl2-dev \t\tlibssl-dev \t\tmake \t\tperl \t\twget \t&& rm -rf /var/lib/apt/lists/* \t\t&& wget -O memcached.tar.gz "$MEMCACHED_URL" \t&& echo "$MEMCACHED_SHA1  memcached.tar.gz" | sha1sum -c - \t&& mkdir -p /usr/src/memcached \t&& tar -xzf memcached.tar.gz -C /usr/src/memcached --strip-components=1 \t&& rm memcached.tar.gz \t\t&& cd /usr/src/memcached \t\t&& gnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)" \t&& ./configure \t\t--build="$gnuArch" \t\t--enable-extstore \t\t--enable-proxy \t\t--enable-sasl \t\t--enable-sasl-pwdb \t\t--enable-tls \t&& nproc="$(nproc)" \t&& make -j "$nproc" \t\t&& make install \t\t&& cd / && rm -rf /usr/src/memcached \t\t&& memcached -V',
        ),
        ...(alpine
          ? { apk: ['libevent', 'openssl'] }
          : { deb: ['libevent-2.1-7t64', 'libssl3t64'] }),
        files: [{ path: '/usr/local/bin/memcached', size: 1_012_000, mode: 0o755 }],
      },
      copyScript(
        'docker-entrypoint.sh',
        '/usr/local/bin/',
        '#!/bin/sh\nset -e\n\n# first arg is `-f` or `--some-option`\nif [ "${1#-}" != "$1" ]; then\n\tset -- memcached "$@"\nfi\n\nexec "$@"\n',
      ),
      {
        by: run('ln -s usr/local/bin/docker-entrypoint.sh /entrypoint.sh # backwards compat'),
        files: [{ path: '/entrypoint.sh', size: 34, link: 'usr/local/bin/docker-entrypoint.sh' }],
      },
      'ENTRYPOINT',
      'USER',
      'EXPOSE',
      'CMD',
    ];
    return serviceImage(world, {
      repository: 'memcached',
      reference,
      created: '2025-12-09T06:30:00Z',
      base,
      service: {
        env: [
          PATH_DEFAULT,
          `MEMCACHED_VERSION=${v}`,
          `MEMCACHED_URL=${url}`,
          `MEMCACHED_SHA1=${sha}`,
        ],
        entrypoint: ['docker-entrypoint.sh'],
        cmd: ['memcached'],
        user: 'memcache',
        ports: ['11211/tcp'],
      },
      rows,
      what: `memcached ${v} (a modelled binary; memcached runs as a silent long-running process) on ${releaseWords(base)}`,
      description: this.description,
    });
  },
});

export const mariadb = serviceRepo({
  repository: 'mariadb',
  description:
    'MariaDB Server is a high performing open source relational database, forked from MySQL.',
  grammar: {
    lines: lines(`
      11.8 11.8.5 noble
      11.4 11.4.9 noble
      10.11 10.11.15 noble,jammy
      10.6 10.6.24 jammy`),
    aliases: { latest: '11.8', lts: '11.8', '11': '11.8', '10': '10.11' },
  },
  build({ world, tag, reference, base, version: v }) {
    const pkg = `1:${v}+maria~ubu${tag.release === 'noble' ? '2404' : '2204'}`;
    const env = [PATH_DEFAULT, `GOSU_VERSION=${GOSU}`, 'LANG=C.UTF-8', `MARIADB_VERSION=${pkg}`];
    const rows: Row[] = [
      {
        by: run(
          'groupadd --gid 999 -r mysql && useradd -r -g mysql mysql --home-dir /var/lib/mysql --uid 999',
        ),
        files: userFiles(base, {
          name: 'mysql',
          uid: 999,
          gid: 999,
          home: '/var/lib/mysql',
          shell: '/bin/sh',
        }),
      },
      `ENV GOSU_VERSION=${GOSU}`,
      gosuRow(false),
      {
        by: run('mkdir /docker-entrypoint-initdb.d'),
        files: [{ path: '/docker-entrypoint-initdb.d/', size: 0 }],
      },
      {
        by: apt('ca-certificates gpg gpgv libjemalloc2 pwgen tzdata xz-utils zstd'),
        deb: ['ca-certificates', 'gpgv', 'pwgen', 'tzdata', 'xz-utils', 'zstd'],
      },
      'ENV LANG=C.UTF-8',
      `ARG MARIADB_VERSION=${pkg}`,
      `ENV MARIADB_VERSION=${pkg}`,
      {
        by: run(
          "set -ex; \texport DEBIAN_FRONTEND=noninteractive; \tapt-get update; \tapt-get install -y --no-install-recommends mariadb-server=\"$MARIADB_VERSION\" mariadb-backup socat; \trm -rf /var/lib/apt/lists/*; \trm -rf /var/lib/mysql; \tmkdir -p /var/lib/mysql /run/mysqld; \tchown -R mysql:mysql /var/lib/mysql /run/mysqld; \tchmod 1777 /run/mysqld; \tfind /etc/mysql/ -name '*.cnf' -print0 \t\t| xargs -0 grep -lZE '^(bind-address|log|user\\s)' \t\t| xargs -rt -0 sed -Ei 's/^(bind-address|log|user\\s)/#&/'; \tprintf \"[mariadb]\\nhost-cache-size=0\\nskip-name-resolve\\n\" > /etc/mysql/mariadb.conf.d/05-skipcache.cnf",
        ),
        files: spreadFiles(
          '',
          '/usr/sbin/mariadbd:x /usr/bin/mariadb:x /usr/bin/mariadb-dump:x /usr/bin/mariadb-admin:x /usr/bin/mariadb-install-db:x /usr/bin/mariadb-backup:x /usr/lib/mysql/plugin/ha_rocksdb.so:x /usr/share/mariadb/english/errmsg.sys /etc/mysql/mariadb.conf.d/50-server.cnf=3795 /etc/mysql/mariadb.conf.d/05-skipcache.cnf=45',
          248_000_000,
        ).concat(
          // mkdir -p, chown -R mysql:mysql, chmod 1777 /run/mysqld
          ownedDir('/var/lib/mysql', 999, 999),
          ownedDir('/run/mysqld', 999, 999, 0o1777),
        ),
      },
      'VOLUME',
      copyScript(
        'healthcheck.sh',
        '/usr/local/bin/healthcheck.sh',
        "#!/bin/bash\n# Layercake: a shortened stand-in for the official image's healthcheck.sh.\nset -eo pipefail\nexec mariadb-admin ping\n",
      ),
      copyScript('docker-entrypoint.sh', '/usr/local/bin/', mariadbEntrypoint(v)),
      'ENTRYPOINT',
      'EXPOSE',
      'CMD',
    ];
    return serviceImage(world, {
      repository: 'mariadb',
      reference,
      created: '2025-11-14T16:20:00Z',
      base,
      service: {
        env,
        entrypoint: ['docker-entrypoint.sh'],
        cmd: ['mariadbd'],
        ports: ['3306/tcp'],
        volumes: ['/var/lib/mysql'],
      },
      rows,
      what: `MariaDB ${v} (a modelled server install; the entrypoint is a shortened copy that checks the root password variables and starts mariadbd without running SQL) on ${releaseWords(base)}`,
      description: this.description,
    });
  },
});
