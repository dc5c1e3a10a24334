/**
 * postgres (redis, mysql and mongo are in repos-datastores.ts): the official Dockerfiles' steps (system user, gosu,
 * the server install, the data VOLUME, docker-entrypoint.sh, EXPOSE) with the asked version's
 * paths (/usr/lib/postgresql/16/bin/postgres, /usr/local/bin/redis-server, /usr/sbin/mysqld).
 */
import { sha256Hex } from '../../fs/digest';
import { PATH_DEFAULT } from '../images/define';
import { copy, releaseWords, run, type Row } from './assemble';
import { lines } from './grammar';
import { apt } from './lang-helpers';
import { spreadFiles, textFile } from './layers';
import { ownedDir, userFiles } from './accounts';
import { serviceImage, serviceRepo } from './service';
import { postgresEntrypoint } from './service-scripts';

export const GOSU = '1.19';
export const gosuRow = (alpine: boolean): Exclude<Row, string> => ({
  by: run(
    `set -eux; \t${alpine ? 'apk add --no-cache --virtual .gosu-deps \t\tca-certificates \t\tdpkg \t\tgnupg \t;' : 'savedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends ca-certificates gnupg wget; \trm -rf /var/lib/apt/lists/*;'} \tdpkgArch="$(dpkg --print-architecture | awk -F- '{ print $NF }')"; \twget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; \twget -O /usr/local/bin/gosu.asc "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch.asc"; \texport GNUPGHOME="$(mktemp -d)"; \tgpg --batch --keyserver hkps://keys.openpgp.org --recv-keys B42F6819007F00F88E364FD4036A9C25BF357DD4; \tgpg --batch --verify /usr/local/bin/gosu.asc /usr/local/bin/gosu; \tgpgconf --kill all; \trm -rf "$GNUPGHOME" /usr/local/bin/gosu.asc; \tchmod +x /usr/local/bin/gosu; \tgosu --version; \tgosu nobody true`,
  ),
  files: [{ path: '/usr/local/bin/gosu', size: 2_359_456, mode: 0o755 }],
});

export const postgres = serviceRepo({
  repository: 'postgres',
  description:
    'The PostgreSQL object-relational database system provides reliability and data integrity.',
  grammar: {
    lines: lines(`
      18 18.1 trixie,bookworm alpine3.22,alpine3.21
      17 17.7 trixie,bookworm alpine3.22,alpine3.21,alpine3.20
      16 16.11 trixie,bookworm,bullseye alpine3.22,alpine3.21,alpine3.20,alpine3.19,alpine3.18
      15 15.15 trixie,bookworm,bullseye alpine3.22,alpine3.21,alpine3.20,alpine3.19,alpine3.18
      14 14.20 trixie,bookworm,bullseye alpine3.22,alpine3.21,alpine3.20,alpine3.19,alpine3.18
      13 13.23 trixie,bookworm,bullseye alpine3.22,alpine3.21,alpine3.20,alpine3.19,alpine3.18
      12 12.22 bookworm,bullseye alpine3.21,alpine3.20,alpine3.19,alpine3.18
      11 11.22 bookworm,bullseye alpine3.19,alpine3.18`),
    aliases: { latest: '18' },
  },
  build({ world, tag, reference, base, alpine, version: v }) {
    const major = tag.line.key;
    const deb = alpine ? '' : `-1.pgdg${base.version}+1`;
    const pgVersion = alpine ? v : `${v}${deb}`;
    const bin = alpine ? '/usr/local/bin' : `/usr/lib/postgresql/${major}/bin`;
    const pgdata =
      Number(major) >= 18 ? `/var/lib/postgresql/${major}/docker` : '/var/lib/postgresql/data';
    const volume = Number(major) >= 18 ? '/var/lib/postgresql' : '/var/lib/postgresql/data';
    const env = [
      alpine ? PATH_DEFAULT : `${PATH_DEFAULT}:${bin}`,
      `GOSU_VERSION=${GOSU}`,
      ...(alpine ? [] : ['LANG=en_US.utf8']),
      `PG_MAJOR=${major}`,
      `PG_VERSION=${pgVersion}`,
      ...(alpine
        ? [
            `PG_SHA256=${sha256Hex(`postgresql-${v}.tar.bz2`)}`,
            'DOCKER_PG_LLVM_DEPS=llvm19-dev \t\tclang19',
            'LANG=en_US.utf8',
          ]
        : []),
      `PGDATA=${pgdata}`,
    ];
    const server = spreadFiles(
      '',
      `${['postgres', 'initdb', 'pg_ctl', 'psql', 'pg_dump', 'pg_dumpall', 'pg_restore', 'pg_basebackup', 'pg_isready', 'createdb', 'createuser', 'vacuumdb', 'pg_upgrade'].map((b) => `${bin}/${b}:x`).join(' ')}
       ${alpine ? '/usr/local/lib/postgresql' : `/usr/lib/postgresql/${major}/lib`}/plpgsql.so:x ${alpine ? '/usr/local/lib/postgresql' : `/usr/lib/postgresql/${major}/lib`}/llvmjit.so:x
       ${alpine ? '/usr/local/share/postgresql' : `/usr/share/postgresql/${major}`}/postgres.bki ${alpine ? '/usr/local/share/postgresql' : `/usr/share/postgresql/${major}`}/information_schema.sql
       ${alpine ? '/usr/local/share/postgresql' : `/usr/share/postgresql/${major}`}/timezonesets/Default ${alpine ? '/usr/local/share/postgresql' : `/usr/share/postgresql/${major}`}/extension/plpgsql.control
       ${alpine ? '/usr/local/lib/libpq.so.5.17:x' : '/usr/lib/x86_64-linux-gnu/libpq.so.5.17:x'}
       ${alpine ? '' : '/usr/share/postgresql-common/pg_wrapper:x /etc/postgresql-common/createcluster.conf=4201'}
       ${alpine ? '/usr/local/share/postgresql' : '/usr/share/postgresql'}/postgresql.conf.sample=31012`,
      alpine ? 242_000_000 : 66_000_000,
    );
    // `install --directory --owner postgres --group postgres --mode 1777`: the user's own
    // directories (1777 so that an arbitrary `--user` can initialise a cluster too).
    const pg = alpine ? 70 : 999;
    const pgHome = ownedDir('/var/lib/postgresql', pg, pg, 0o1777);
    const user: Row = {
      by: alpine
        ? run(
            'set -eux; \taddgroup -g 70 -S postgres; \tadduser -u 70 -S -D -G postgres -H -h /var/lib/postgresql -s /bin/sh postgres; \tinstall --verbose --directory --owner postgres --group postgres --mode 1777 /var/lib/postgresql',
          )
        : run(
            'set -eux; \tgroupadd -r postgres --gid=999; \tuseradd -r -g postgres --uid=999 --home-dir=/var/lib/postgresql --shell=/bin/bash postgres; \tinstall --verbose --directory --owner postgres --group postgres --mode 1777 /var/lib/postgresql',
          ),
      files: [
        ...userFiles(base, {
          name: 'postgres',
          uid: alpine ? 70 : 999,
          gid: alpine ? 70 : 999,
          home: '/var/lib/postgresql',
          shell: alpine ? '/bin/sh' : '/bin/bash',
        }),
        pgHome,
      ],
    };
    const rows: Row[] = alpine
      ? [
          user,
          `ENV GOSU_VERSION=${GOSU}`,
          gosuRow(true),
          {
            by: run(
              'set -eux; mkdir -p /var/run/postgresql && chown -R postgres:postgres /var/run/postgresql && chmod 3777 /var/run/postgresql',
            ),
            // /var/run is a link to /run: the directory lands there.
            files: [ownedDir('/run/postgresql', pg, pg, 0o3777)],
          },
          `ENV PG_MAJOR=${major}`,
          `ENV PG_VERSION=${v}`,
          `ENV PG_SHA256=${sha256Hex(`postgresql-${v}.tar.bz2`)}`,
          'ENV DOCKER_PG_LLVM_DEPS=llvm19-dev \t\tclang19',
          {
            by: run(
              'set -eux; \t\twget -O postgresql.tar.bz2 "https://ftp.postgresql.org/pub/source/v$PG_VERSION/postgresql-$PG_VERSION.tar.bz2"; \techo "$PG_SHA256 *postgresql.tar.bz2" | sha256sum -c -; \tmkdir -p /usr/src/postgresql; \ttar --extract --file postgresql.tar.bz2 --directory /usr/src/postgresql --strip-components 1; \trm postgresql.tar.bz2; \t\tcd /usr/src/postgresql; \t./configure --enable-option-checking=fatal --with-llvm --with-openssl --with-icu --prefix=/usr/local --with-includes=/usr/local/include --with-libraries=/usr/local/lib --with-system-tzdata=/usr/share/zoneinfo; \tmake -j "$(nproc)" world-bin; \tmake install-world-bin; \tcd /; \trm -rf /usr/src/postgresql; \tpostgres --version',
            ),
            apk: [
              'bash',
              'icu-libs',
              'libxml2',
              'llvm19-libs',
              'lz4-libs',
              'musl-locales',
              'openssl',
              'tzdata',
              'zstd-libs',
            ],
            files: server,
          },
          {
            by: run(
              'set -eux; \tcp -v /usr/local/share/postgresql/postgresql.conf.sample /usr/local/share/postgresql/postgresql.conf.sample.orig; \tsed -ri "s!^#?(listen_addresses)\\s*=\\s*\\S+.*!\\1 = \'*\'!" /usr/local/share/postgresql/postgresql.conf.sample; \tgrep -F "listen_addresses = \'*\'" /usr/local/share/postgresql/postgresql.conf.sample',
            ),
            files: [{ path: '/usr/local/share/postgresql/postgresql.conf.sample', size: 31_012 }],
          },
          {
            by: run('mkdir /docker-entrypoint-initdb.d'),
            files: [{ path: '/docker-entrypoint-initdb.d/', size: 0 }],
          },
          'ENV LANG=en_US.utf8',
        ]
      : [
          user,
          { by: apt('gnupg less'), deb: ['gnupg', 'less'] },
          `ENV GOSU_VERSION=${GOSU}`,
          gosuRow(false),
          {
            by: run(
              "set -eux; \tif [ -f /etc/dpkg/dpkg.cfg.d/docker ]; then \t\tgrep -q '/usr/share/locale' /etc/dpkg/dpkg.cfg.d/docker; \t\tsed -ri '/\\/usr\\/share\\/locale/d' /etc/dpkg/dpkg.cfg.d/docker; \t\t! grep -q '/usr/share/locale' /etc/dpkg/dpkg.cfg.d/docker; \tfi; \tapt-get update; apt-get install -y --no-install-recommends locales; rm -rf /var/lib/apt/lists/*; \techo 'en_US.UTF-8 UTF-8' >> /etc/locale.gen; \tlocale-gen; \tlocale -a | grep 'en_US.utf8'",
            ),
            deb: ['locales'],
            files: [{ path: '/usr/lib/locale/locale-archive', size: 3_053_600 }],
          },
          'ENV LANG=en_US.utf8',
          { by: apt('libnss-wrapper xz-utils zstd'), deb: ['libnss-wrapper', 'xz-utils', 'zstd'] },
          {
            by: run('mkdir /docker-entrypoint-initdb.d'),
            files: [{ path: '/docker-entrypoint-initdb.d/', size: 0 }],
          },
          {
            by: run(
              'set -ex; \tkey=\'B97B0AFCAA1A47F044F244A07FCC7D46ACCC4CF8\'; \texport GNUPGHOME="$(mktemp -d)"; \tmkdir -p /usr/local/share/keyrings/; \tgpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key"; \tgpg --batch --export --armor "$key" > /usr/local/share/keyrings/postgres.gpg.asc; \tgpgconf --kill all; \trm -rf "$GNUPGHOME"',
            ),
            files: [{ path: '/usr/local/share/keyrings/postgres.gpg.asc', size: 4_812 }],
          },
          `ENV PG_MAJOR=${major}`,
          `ENV PATH=${env[0]?.slice(5)}`,
          `ENV PG_VERSION=${pgVersion}`,
          {
            by: run(
              `set -ex; \t\texport PYTHONDONTWRITEBYTECODE=1; \t\tdpkgArch="$(dpkg --print-architecture)"; \taptRepo="[ signed-by=/usr/local/share/keyrings/postgres.gpg.asc ] http://apt.postgresql.org/pub/repos/apt/ ${tag.release}-pgdg main $PG_MAJOR"; \tcase "$dpkgArch" in \t\tamd64 | arm64 | ppc64el) \t\t\techo "deb $aptRepo" > /etc/apt/sources.list.d/pgdg.list; \t\t\tapt-get update; \t\t\t;; \tesac; \t\tapt-get install -y --no-install-recommends postgresql-common; \tsed -ri 's/#(create_main_cluster) .*$/\\1 = false/' /etc/postgresql-common/createcluster.conf; \tapt-get install -y --no-install-recommends \t\t"postgresql-$PG_MAJOR=$PG_VERSION" \t; \t\trm -rf /var/lib/apt/lists/*; \t\tif [ -n "$tempDir" ]; then \t\tapt-get purge -y --auto-remove; \t\trm -rf "$tempDir"; \tfi; \t\tfind /usr -name '*.pyc' -type f -exec bash -c 'for pyc; do dpkg -S "$pyc" &> /dev/null || rm -vf "$pyc"; done' -- '{}' +; \t\tpostgres --version`,
            ),
            deb: [
              'libicu76',
              'libxml2',
              'libllvm19',
              'libldap2',
              'libsystemd0',
              'perl-base',
              'ssl-cert',
            ],
            files: [
              ...server,
              textFile(
                '/etc/apt/sources.list.d/pgdg.list',
                `deb [ signed-by=/usr/local/share/keyrings/postgres.gpg.asc ] http://apt.postgresql.org/pub/repos/apt/ ${tag.release}-pgdg main ${major}\n`,
              ),
            ],
          },
          {
            by: run(
              'set -eux; \tdpkg-divert --add --rename --divert "/usr/share/postgresql/postgresql.conf.sample.dpkg" "/usr/share/postgresql/$PG_MAJOR/postgresql.conf.sample"; \tcp -v /usr/share/postgresql/postgresql.conf.sample.dpkg /usr/share/postgresql/postgresql.conf.sample; \tln -sv ../postgresql.conf.sample "/usr/share/postgresql/$PG_MAJOR/"; \tsed -ri "s!^#?(listen_addresses)\\s*=\\s*\\S+.*!\\1 = \'*\'!" /usr/share/postgresql/postgresql.conf.sample; \tgrep -F "listen_addresses = \'*\'" /usr/share/postgresql/postgresql.conf.sample',
            ),
            files: [
              { path: '/usr/share/postgresql/postgresql.conf.sample', size: 31_012 },
              {
                path: `/usr/share/postgresql/${major}/postgresql.conf.sample`,
                size: 24,
                link: '../postgresql.conf.sample',
              },
            ],
          },
        ];
    rows.push(
      {
        by: run(
          'install --verbose --directory --owner postgres --group postgres --mode 3777 /var/run/postgresql',
        ),
        files: [ownedDir('/run/postgresql', pg, pg, 0o3777)],
      },
      `ENV PGDATA=${pgdata}`,
      {
        by: run(
          'install --verbose --directory --owner postgres --group postgres --mode 1777 "$PGDATA"',
        ),
        // The layer holds /var/lib/postgresql as it is (install -d makes only PGDATA the user's).
        files: [pgHome, ownedDir(pgdata, pg, pg, 0o1777)],
      },
      'VOLUME',
      {
        by: copy('docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/'),
        files: [
          textFile('/usr/local/bin/docker-entrypoint.sh', postgresEntrypoint(major), 0o755),
          textFile(
            '/usr/local/bin/docker-ensure-initdb.sh',
            '#!/usr/bin/env bash\nset -Eeuo pipefail\n\nsource /usr/local/bin/docker-entrypoint.sh\n',
            0o755,
          ),
        ],
      },
      {
        by: run('ln -sT docker-ensure-initdb.sh /usr/local/bin/docker-enforce-initdb.sh'),
        files: [
          {
            path: '/usr/local/bin/docker-enforce-initdb.sh',
            size: 23,
            link: 'docker-ensure-initdb.sh',
          },
        ],
      },
      'ENTRYPOINT',
      'STOPSIGNAL',
      'EXPOSE',
      'CMD',
    );
    return serviceImage(world, {
      repository: 'postgres',
      reference,
      created: '2025-12-09T18:22:00Z',
      base,
      service: {
        env,
        entrypoint: ['docker-entrypoint.sh'],
        cmd: ['postgres'],
        workdir: alpine ? '/' : '',
        ports: ['5432/tcp'],
        volumes: [volume],
        stopSignal: 'SIGINT',
      },
      rows,
      what: `PostgreSQL ${v} (a modelled server install; the entrypoint is a shortened copy that checks POSTGRES_PASSWORD, lists /docker-entrypoint-initdb.d and starts postgres without running SQL) on ${releaseWords(base)}`,
      description: this.description,
    });
  },
});
