/**
 * redis (Debian or Alpine, /usr/local/bin/redis-server, VOLUME /data), mysql (Oracle Linux 9
 * slim, /usr/sbin/mysqld, VOLUME /var/lib/mysql) and mongo (Ubuntu, /usr/bin/mongod, VOLUME
 * /data/db /data/configdb), each with its entrypoint and exposed ports.
 */
import { sha256Hex } from '../../fs/digest';
import { PATH_DEFAULT } from '../images/define';
import { releaseWords, run, type Row } from './assemble';
import { baseImage } from './bases';
import { lines } from './grammar';
import { apt } from './lang-helpers';
import { spreadFiles, textFile } from './layers';
import { oracleLinuxBase } from './oraclelinux';
import { ownedDir, userFiles } from './accounts';
import type { RepoDef } from './repo';
import { copyScript, serviceImage, serviceRepo } from './service';
import { GOSU, gosuRow } from './repos-databases';
import { MONGO_ENTRYPOINT, mysqlEntrypoint, REDIS_ENTRYPOINT } from './service-scripts';

export const redis = serviceRepo({
  repository: 'redis',
  description:
    'Redis is the world’s fastest data platform for caching, vector search, and NoSQL databases.',
  grammar: {
    lines: lines(`
      8.4 8.4.0 trixie,bookworm alpine3.22,alpine3.21
      8.2 8.2.3 trixie,bookworm alpine3.22,alpine3.21
      8.0 8.0.5 bookworm alpine3.21
      7.4 7.4.7 bookworm alpine3.21,alpine3.20
      7.2 7.2.12 bookworm alpine3.21,alpine3.20,alpine3.19,alpine3.18
      7.0 7.0.15 bookworm,bullseye alpine3.20,alpine3.19,alpine3.18
      6.2 6.2.21 bookworm,bullseye alpine3.21,alpine3.20,alpine3.19,alpine3.18`),
    aliases: { latest: '8.4' },
  },
  build({ world, reference, base, alpine, version: v }) {
    const url = `https://github.com/redis/redis/archive/refs/tags/${v}.tar.gz`;
    const env = [
      PATH_DEFAULT,
      `REDIS_DOWNLOAD_URL=${url}`,
      `REDIS_DOWNLOAD_SHA=${sha256Hex(`redis-${v}.tar.gz`)}`,
    ];
    const files = spreadFiles(
      '/usr/local/bin',
      'redis-server:x redis-cli:x redis-benchmark:x redis-check-aof->redis-server redis-check-rdb->redis-server redis-sentinel->redis-server',
      Number(v.split('.')[0]) >= 8 ? 31_000_000 : 17_500_000,
    );
    const rows: Row[] = [
      {
        by: alpine
          ? run('set -eux; \taddgroup -S -g 1000 redis && adduser -S -G redis -u 999 redis')
          : run('set -eux; \tgroupadd -r -g 999 redis; \tuseradd -r -g redis -u 999 redis'),
        files: userFiles(base, {
          name: 'redis',
          uid: 999,
          gid: alpine ? 1000 : 999,
          home: '/home/redis',
          shell: alpine ? '/sbin/nologin' : '/bin/sh',
          // BusyBox adduser makes the home unless told -H (-S does not say it); useradd -r does not.
          createHome: alpine,
        }),
      },
      alpine
        ? { by: run('set -eux; \tapk add --no-cache \t\tsu-exec \t\ttzdata \t;'), apk: ['tzdata'] }
        : { by: apt('tzdata'), deb: ['tzdata'] },
      `ENV REDIS_DOWNLOAD_URL=${url}`,
      `ENV REDIS_DOWNLOAD_SHA=${sha256Hex(`redis-${v}.tar.gz`)}`,
      {
        by: run(
          'set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\twget \t\tdpkg-dev \t\tgcc \t\tg++ \t\tlibc6-dev \t\tlibssl-dev \t\tmake \t\tgit \t\tcmake \t\tpython3 \t\tpython3-pip \t\tpython3-venv \t\tpython3-dev \t\tunzip \t\trsync \t\tclang \t\tautomake \t\tautoconf \t\tlibtool \t; \t\twget -O redis.tar.gz "$REDIS_DOWNLOAD_URL"; \techo "$REDIS_DOWNLOAD_SHA *redis.tar.gz" | sha256sum -c -; \tmkdir -p /usr/src/redis; \ttar -xzf redis.tar.gz -C /usr/src/redis --strip-components=1; \trm redis.tar.gz; \t\texport BUILD_TLS=yes; \tmake -C /usr/src/redis -j "$(nproc)" all; \tmake -C /usr/src/redis install; \t\trm -r /usr/src/redis; \t\tapt-mark auto \'.*\' > /dev/null; \t[ -z "$savedAptMark" ] || apt-mark manual $savedAptMark > /dev/null; \tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \trm -rf /var/lib/apt/lists/*; \t\tredis-cli --version; \tredis-server --version',
        ),
        files,
      },
      {
        by: run('mkdir /data && chown redis:redis /data'),
        files: [ownedDir('/data', 999, alpine ? 1000 : 999)],
      },
      'VOLUME',
      'WORKDIR',
      copyScript('docker-entrypoint.sh', '/usr/local/bin/', REDIS_ENTRYPOINT),
      'ENTRYPOINT',
      'EXPOSE',
      'CMD',
    ];
    return serviceImage(world, {
      repository: 'redis',
      reference,
      created: '2025-12-08T17:05:00Z',
      base,
      service: {
        env,
        entrypoint: ['docker-entrypoint.sh'],
        cmd: ['redis-server'],
        workdir: '/data',
        ports: ['6379/tcp'],
        volumes: ['/data'],
      },
      rows,
      what: `Redis ${v} (modelled binaries; redis-server runs as a silent long-running process) on ${releaseWords(base)}`,
      description: this.description,
    });
  },
});

export const mysql: RepoDef = {
  repository: 'mysql',
  description: 'MySQL is a widely used, open-source relational database management system (RDBMS).',
  grammar: {
    lines: lines(`
      9.5 9.5.0 oraclelinux9
      8.4 8.4.7 oraclelinux9
      8.0 8.0.44 oraclelinux9
      5.7 5.7.44 oraclelinux9`),
    aliases: { latest: '9.5', innovation: '9.5', lts: '8.4', '8': '8.4', '9': '9.5', '5': '5.7' },
    variants: ['', 'oracle', 'oraclelinux9', 'debian'],
    versionless: true,
  },
  build(world, tag, reference) {
    const debian = tag.variant === 'debian';
    if (debian && tag.line.key !== '8.0') return undefined;
    const base = debian ? baseImage(world, 'bookworm', 'slim') : oracleLinuxBase();
    if (!base) return undefined;
    const v = tag.version;
    const major = tag.line.key;
    const pkg = debian ? `${v}-1debian12` : `${v}-1.el9`;
    const shell = debian ? '' : `${v}-1.el9`;
    const env = [
      PATH_DEFAULT,
      `GOSU_VERSION=${GOSU}`,
      `MYSQL_MAJOR=${major === '9.5' ? 'innovation' : major}`,
      `MYSQL_VERSION=${pkg}`,
      ...(shell ? [`MYSQL_SHELL_VERSION=${shell}`] : []),
    ];
    const server = spreadFiles(
      '',
      '/usr/sbin/mysqld:x /usr/bin/mysql:x /usr/bin/mysqladmin:x /usr/bin/mysqldump:x /usr/bin/mysql_tzinfo_to_sql:x /usr/lib64/mysql/plugin/component_validate_password.so:x /usr/share/mysql-8.4/messages_to_clients.txt /usr/share/mysql-8.4/english/errmsg.sys /etc/my.cnf=1243',
      debian ? 240_000_000 : 205_000_000,
    );
    const rows: Row[] = [
      {
        by: run(
          'set -eux; \tgroupadd --system --gid 999 mysql; \tuseradd --system --uid 999 --gid 999 --home-dir /var/lib/mysql --no-create-home mysql',
        ),
        files: userFiles(base, {
          name: 'mysql',
          uid: 999,
          gid: 999,
          home: '/var/lib/mysql',
          shell: '/bin/bash',
        }),
      },
      `ENV GOSU_VERSION=${GOSU}`,
      debian
        ? gosuRow(false)
        : {
            by: run(
              'set -eux; \tarch="$(uname -m)"; \tcase "$arch" in \t\taarch64) gosuArch=\'arm64\' ;; \t\tx86_64) gosuArch=\'amd64\' ;; \t\t*) echo >&2 "error: unsupported architecture: \'$arch\'"; exit 1 ;; \tesac; \tcurl -fL -o /usr/local/bin/gosu.asc "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$gosuArch.asc"; \tcurl -fL -o /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$gosuArch"; \tchmod +x /usr/local/bin/gosu; \tgosu --version; \tgosu nobody true',
            ),
            files: [{ path: '/usr/local/bin/gosu', size: 2_359_456, mode: 0o755 }],
          },
      debian
        ? {
            by: apt('bzip2 openssl perl xz-utils zstd'),
            deb: ['bzip2', 'openssl', 'perl', 'xz-utils', 'zstd'],
          }
        : {
            by: run(
              'set -eux; \tmicrodnf install -y \t\tbzip2 \t\tgzip \t\topenssl \t\txz \t\tzstd \t\tfindutils \t; \tmicrodnf clean all',
            ),
            files: spreadFiles(
              '',
              '/usr/bin/bzip2:x /usr/bin/xz:x /usr/bin/zstd:x /usr/bin/openssl:x',
              6_100_000,
            ),
          },
      {
        by: run(
          'set -eux; \tkey=\'BCA43417C3B485DD128EC6D4B7B3B788A8D3785C\'; \texport GNUPGHOME="$(mktemp -d)"; \tgpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key"; \tgpg --batch --export --armor "$key" > /etc/pki/rpm-gpg/RPM-GPG-KEY-mysql; \trm -rf "$GNUPGHOME"',
        ),
        files: [{ path: '/etc/pki/rpm-gpg/RPM-GPG-KEY-mysql', size: 3_143 }],
      },
      `ENV MYSQL_MAJOR=${major === '9.5' ? 'innovation' : major}`,
      `ENV MYSQL_VERSION=${pkg}`,
      {
        by: run(
          "set -eu; \t. /etc/os-release; \t{ \t\techo '[mysql-community-server-minimal]'; \t\techo 'name=MySQL Server Minimal'; \t\techo 'enabled=1'; \t\techo \"baseurl=https://repo.mysql.com/yum/mysql-${MYSQL_MAJOR}-community/docker/el/${VERSION_ID%%[.-]*}/\\$basearch/\"; \t\techo 'gpgcheck=1'; \t\techo 'gpgkey=file:///etc/pki/rpm-gpg/RPM-GPG-KEY-mysql'; \t\techo 'module_hotfixes=true'; \t} | tee /etc/yum.repos.d/mysql-community-minimal.repo",
        ),
        files: [{ path: '/etc/yum.repos.d/mysql-community-minimal.repo', size: 262 }],
      },
      {
        by: run(
          "set -eux; \tmicrodnf install -y \"mysql-community-server-minimal-$MYSQL_VERSION\"; \tmicrodnf clean all; \tgrep -F 'socket=/var/lib/mysql/mysql.sock' /etc/my.cnf; \tsed -i 's!^socket=.*!socket=/var/run/mysqld/mysqld.sock!' /etc/my.cnf; \tgrep -F 'socket=/var/run/mysqld/mysqld.sock' /etc/my.cnf; \t{ echo '[client]'; echo 'socket=/var/run/mysqld/mysqld.sock'; } >> /etc/my.cnf; \t\t! grep -F '!includedir' /etc/my.cnf; \t{ echo; echo '!includedir /etc/mysql/conf.d/'; } >> /etc/my.cnf; \tmkdir -p /etc/mysql/conf.d; \tmkdir -p /var/lib/mysql /var/run/mysqld; \tchown mysql:mysql /var/lib/mysql /var/run/mysqld; \tchmod 1777 /var/lib/mysql /var/run/mysqld; \t\tmkdir /docker-entrypoint-initdb.d; \t\tmysqld --version; \tmysql --version",
        ),
        ...(debian ? { deb: ['libaio1', 'libnuma1'] } : {}),
        files: [
          ...server,
          // mkdir -p, chown mysql:mysql, chmod 1777 (on Debian /var/run is a link to /run).
          ownedDir('/var/lib/mysql', 999, 999, 0o1777),
          ownedDir(debian ? '/run/mysqld' : '/var/run/mysqld', 999, 999, 0o1777),
          { path: '/etc/mysql/conf.d/', size: 0 },
          { path: '/docker-entrypoint-initdb.d/', size: 0 },
        ],
      },
    ];
    if (shell) {
      rows.push(
        {
          by: run(
            "set -eu; \t. /etc/os-release; \t{ \t\techo '[mysql-tools-community]'; \t\techo 'name=MySQL Tools Community'; \t\techo \"baseurl=https://repo.mysql.com/yum/mysql-tools-community/el/${VERSION_ID%%[.-]*}/\\$basearch/\"; \t\techo 'enabled=1'; \t\techo 'gpgcheck=1'; \t\techo 'gpgkey=file:///etc/pki/rpm-gpg/RPM-GPG-KEY-mysql'; \t\techo 'module_hotfixes=true'; \t} | tee /etc/yum.repos.d/mysql-community-tools.repo",
          ),
          files: [{ path: '/etc/yum.repos.d/mysql-community-tools.repo', size: 252 }],
        },
        `ENV MYSQL_SHELL_VERSION=${shell}`,
        {
          by: run(
            'set -eux; \tmicrodnf install -y "mysql-shell-$MYSQL_SHELL_VERSION"; \tmicrodnf clean all; \t\tmysqlsh --version',
          ),
          files: spreadFiles(
            '',
            '/usr/bin/mysqlsh:x /usr/lib/mysqlsh/libpython3.13.so.1.0:x /usr/lib/mysqlsh/lib/python3.13/os.py /usr/share/mysqlsh/prompt/prompt_256.json',
            131_000_000,
          ),
        },
      );
    }
    rows.push(
      'VOLUME',
      copyScript('docker-entrypoint.sh', '/usr/local/bin/', mysqlEntrypoint(pkg)),
      'ENTRYPOINT',
      'EXPOSE',
      'CMD',
    );
    return serviceImage(world, {
      repository: 'mysql',
      reference,
      created: '2025-10-21T22:44:00Z',
      base,
      service: {
        env,
        entrypoint: ['docker-entrypoint.sh'],
        cmd: ['mysqld'],
        ports: ['3306/tcp', '33060/tcp'],
        volumes: ['/var/lib/mysql'],
      },
      rows,
      what: `MySQL ${v} on ${debian ? 'Debian bookworm' : 'Oracle Linux 9 slim (generated; microdnf is not modelled)'} (a modelled server install; the entrypoint is a shortened copy that checks MYSQL_ROOT_PASSWORD and starts mysqld without running SQL)`,
      description: this.description,
      ...(debian ? {} : { distro: 'oraclelinux' as const }),
    });
  },
};

export const mongo = serviceRepo({
  repository: 'mongo',
  description: 'MongoDB document databases provide high availability and easy scalability.',
  grammar: {
    lines: lines(`
      8.2 8.2.2 noble
      8.0 8.0.16 noble,jammy
      7.0 7.0.26 jammy
      6.0 6.0.26 jammy,focal
      5.0 5.0.31 focal
      4.4 4.4.29 focal`),
    aliases: { latest: '8.2', '8': '8.2', '7': '7.0', '6': '6.0', '5': '5.0', '4': '4.4' },
  },
  build({ world, tag, reference, base, version: v }) {
    const major = tag.line.key;
    const env = [
      PATH_DEFAULT,
      `GOSU_VERSION=${GOSU}`,
      'JSYAML_VERSION=3.13.1',
      `JSYAML_CHECKSUM=${sha256Hex('js-yaml-3.13.1.js')}`,
      'MONGO_PACKAGE=mongodb-org',
      'MONGO_REPO=repo.mongodb.org',
      `MONGO_MAJOR=${major}`,
      `MONGO_VERSION=${v}`,
      'HOME=/data/db',
      ...(Number(major) >= 8 ? ['GLIBC_TUNABLES=glibc.pthread.rseq=0'] : []),
    ];
    const rows: Row[] = [
      {
        by: run(
          'set -eux; \tgroupadd --gid 999 --system mongodb; \tuseradd --uid 999 --system --gid mongodb --home-dir /data/db mongodb; \tmkdir -p /data/db /data/configdb; \tchown -R mongodb:mongodb /data/db /data/configdb',
        ),
        files: [
          ...userFiles(base, {
            name: 'mongodb',
            uid: 999,
            gid: 999,
            home: '/data/db',
            shell: '/bin/sh',
          }),
          ownedDir('/data/db', 999, 999),
          ownedDir('/data/configdb', 999, 999),
        ],
      },
      {
        by: apt('ca-certificates jq numactl procps'),
        deb: ['ca-certificates', 'jq', 'numactl', 'procps'],
      },
      `ENV GOSU_VERSION=${GOSU}`,
      'ENV JSYAML_VERSION=3.13.1',
      `ENV JSYAML_CHECKSUM=${sha256Hex('js-yaml-3.13.1.js')}`,
      {
        ...gosuRow(false),
        files: [
          { path: '/usr/local/bin/gosu', size: 2_359_456, mode: 0o755 },
          { path: '/js-yaml.js', size: 105_468 },
        ],
      },
      {
        by: run('mkdir /docker-entrypoint-initdb.d'),
        files: [{ path: '/docker-entrypoint-initdb.d/', size: 0 }],
      },
      {
        by: run(
          'set -ex; \texport GNUPGHOME="$(mktemp -d)"; \tset -- \'4B0752C1BCA238C0B4EE14DC41DE058A4E7DCA05\'; \tfor key; do \t\tgpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key"; \tdone; \tmkdir -p /etc/apt/keyrings; \tgpg --batch --export "$@" > /etc/apt/keyrings/mongodb.gpg; \tgpgconf --kill all; \trm -rf "$GNUPGHOME"',
        ),
        files: [{ path: '/etc/apt/keyrings/mongodb.gpg', size: 1_174 }],
      },
      'ARG MONGO_PACKAGE=mongodb-org',
      'ARG MONGO_REPO=repo.mongodb.org',
      'ENV MONGO_PACKAGE=mongodb-org MONGO_REPO=repo.mongodb.org',
      `ENV MONGO_MAJOR=${major}`,
      {
        by: run(
          `echo "deb [ signed-by=/etc/apt/keyrings/mongodb.gpg ] http://$MONGO_REPO/apt/ubuntu ${tag.release}/\${MONGO_PACKAGE%-unstable}/$MONGO_MAJOR multiverse" | tee "/etc/apt/sources.list.d/\${MONGO_PACKAGE%-unstable}.list"`,
        ),
        files: [
          textFile(
            '/etc/apt/sources.list.d/mongodb-org.list',
            `deb [ signed-by=/etc/apt/keyrings/mongodb.gpg ] http://repo.mongodb.org/apt/ubuntu ${tag.release}/mongodb-org/${major} multiverse\n`,
          ),
        ],
      },
      `ENV MONGO_VERSION=${v}`,
      {
        by: run(
          'set -x \t&& export DEBIAN_FRONTEND=noninteractive \t&& apt-get update \t&& apt-get install -y \t\t${MONGO_PACKAGE}=$MONGO_VERSION \t\t${MONGO_PACKAGE}-server=$MONGO_VERSION \t\t${MONGO_PACKAGE}-shell=$MONGO_VERSION \t\t${MONGO_PACKAGE}-mongos=$MONGO_VERSION \t\t${MONGO_PACKAGE}-tools=$MONGO_VERSION \t\t${MONGO_PACKAGE}-database=$MONGO_VERSION \t\t${MONGO_PACKAGE}-database-tools-extra=$MONGO_VERSION \t&& rm -f /usr/sbin/policy-rc.d \t&& rm -rf /var/lib/apt/lists/* \t&& rm -rf /var/lib/mongodb \t&& mv /etc/mongod.conf /etc/mongod.conf.orig',
        ),
        files: spreadFiles(
          '',
          '/usr/bin/mongod:x /usr/bin/mongos:x /usr/bin/mongosh:x /usr/bin/mongodump:x /usr/bin/mongorestore:x /usr/bin/mongoexport:x /usr/bin/mongoimport:x /usr/bin/bsondump:x /etc/mongod.conf.orig=615 /usr/share/doc/mongodb-org-server/LICENSE-Community.txt',
          640_000_000,
        ),
      },
      'VOLUME',
      'ENV HOME=/data/db',
      ...(Number(major) >= 8 ? ['ENV GLIBC_TUNABLES=glibc.pthread.rseq=0'] : []),
      copyScript('docker-entrypoint.sh', '/usr/local/bin/', MONGO_ENTRYPOINT),
      'ENTRYPOINT',
      'EXPOSE',
      'CMD',
    ];
    return serviceImage(world, {
      repository: 'mongo',
      reference,
      created: '2025-11-25T19:02:00Z',
      base,
      service: {
        env,
        entrypoint: ['docker-entrypoint.sh'],
        cmd: ['mongod'],
        ports: ['27017/tcp'],
        volumes: ['/data/db', '/data/configdb'],
      },
      rows,
      what: `MongoDB ${v} (modelled binaries; mongod runs as a silent long-running process) on ${releaseWords(base)}`,
      description: this.description,
    });
  },
});
