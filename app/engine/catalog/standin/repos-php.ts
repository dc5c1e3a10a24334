/** php: cli, apache and fpm variants, with PHPIZE_DEPS, the docker-php-* helpers and the real entrypoints. */
import { sha256Hex } from '../../fs/digest';
import { PATH_DEFAULT } from '../images/define';
import type { ImageSpec } from '../images/define';
import type { World } from '../images/world';
import type { ImageConfig, PackageFile } from '../types';
import { alpineWwwData, ownedDir } from './accounts';
import { assemble, copy, releaseWords, run, type Row } from './assemble';
import { baseImage } from './bases';
import { lines, type ParsedTag } from './grammar';
import { spreadFiles, textFile } from './layers';
import type { RepoDef } from './repo';

import { alpineOf, apt } from './lang-helpers';

const PHP_KEYS: Record<string, string> = {
  '8.5':
    '1198C0117593497A5EC5C199286AF1F9897469DC 49D9AF6BC72A80D6691719C8AA23F5BE9C7097D4 D95C03BC702BE9515344AE3374E44BC9067701A5',
  '8.4':
    'AFD8691FDAEDF03BDF6E460563F15A9B715376CA 9D7F99A0CB8F05C8A6958D6256A97AF7600A39A6 0616E93D95AF471243E26761770426E17EBBB3DD',
  '8.3':
    '1198C0117593497A5EC5C199286AF1F9897469DC C28D937575603EB4ABB725861C0779DC5C0A9DE4 AFD8691FDAEDF03BDF6E460563F15A9B715376CA',
  '8.2':
    '39B641343D8C104B2B146DC3F9C39DC0B9698544 E60913E4DF209907D8E30D96659A97C9CF2A795A 1198C0117593497A5EC5C199286AF1F9897469DC',
  '8.1':
    '528995BFEDFBA7191D46839EF9BA0ADA31CBD89E 39B641343D8C104B2B146DC3F9C39DC0B9698544 F1F692238FBC1666E5A5CCD4199F9DFEF6FFBAFD',
};
/** PHP_API_VERSION of each line: the extension directory's name. */
const PHP_API: Record<string, string> = {
  '7.4': '20190902',
  '8.1': '20210902',
  '8.2': '20220829',
  '8.3': '20230831',
  '8.4': '20240924',
  '8.5': '20250925',
};
/** Sizes of docker-library/php's helper scripts. */
const HELPER_SIZES: Record<string, number> = {
  source: 1_138,
  configure: 1_781,
  enable: 3_581,
  install: 3_791,
};
const PHPIZE_DEPS =
  'autoconf \t\tdpkg-dev \t\tfile \t\tg++ \t\tgcc \t\tlibc-dev \t\tmake \t\tpkg-config \t\tre2c';
const PHP_CFLAGS =
  '-fstack-protector-strong -fpic -fpie -O2 -D_LARGEFILE_SOURCE -D_FILE_OFFSET_BITS=64';
const PHP_ENTRYPOINT = `#!/bin/sh
set -e

# first arg is \`-f\` or \`--some-option\`
if [ "\${1#-}" != "$1" ]; then
	set -- php "$@"
fi

exec "$@"
`;
/** Debian apache2's modules (`+`: enabled by the package; `.conf`: has a config file). */
const APACHE_MODS = `access_compat+ actions.conf alias+.conf auth_basic+ authn_core+ authn_file+ authz_core+
  authz_host+ authz_user+ autoindex+.conf cache cache_disk.conf cgi deflate+.conf dir+.conf env+
  expires filter+ headers http2.conf include info.conf mime+.conf mpm_event.conf mpm_worker.conf
  negotiation+.conf proxy.conf proxy_fcgi proxy_http proxy_wstunnel remoteip reqtimeout+.conf
  rewrite setenvif+.conf slotmem_shm socache_shmcb ssl.conf status+.conf substitute unique_id
  userdir.conf vhost_alias`;
const APACHE_MODULES = APACHE_MODS.split(/\s+/)
  .filter(Boolean)
  .flatMap((word) => {
    const name = word.replace(/[+.].*$/, '');
    const on = word.includes('+');
    const files = [`${name}.load`, ...(word.endsWith('.conf') ? [`${name}.conf`] : [])];
    return files.flatMap((f) => [
      `/etc/apache2/mods-available/${f}=${f.endsWith('.load') ? 60 + name.length * 3 : 400 + name.length * 37}`,
      ...(on ? [`/etc/apache2/mods-enabled/${f}->../mods-available/${f}`] : []),
    ]);
  })
  .join(' ');
/** /etc/apache2/envvars after the Dockerfile's sed turns each `export X=Y` into a default. */
/**
 * Debian's default site, as texts: the official docs' `sed -ri -e 's!/var/www/html!...!g'
 * /etc/apache2/sites-available/*.conf` (a new DocumentRoot) must find its line.
 */
const DEFAULT_SITE = `<VirtualHost *:80>
\t# The ServerName directive sets the request scheme, hostname and port that
\t# the server uses to identify itself. This is used when creating
\t# redirection URLs. In the context of virtual hosts, the ServerName
\t# specifies what hostname must appear in the request's Host: header to
\t# match this virtual host. For the default virtual host (this file) this
\t# value is not decisive as it is used as a last resort host regardless.
\t# However, you must set it for any further virtual host explicitly.
\t#ServerName www.example.com

\tServerAdmin webmaster@localhost
\tDocumentRoot /var/www/html

\t# Available loglevels: trace8, ..., trace1, debug, info, notice, warn,
\t# error, crit, alert, emerg.
\t# It is also possible to configure the loglevel for particular
\t# modules, e.g.
\t#LogLevel info ssl:warn

\tErrorLog \${APACHE_LOG_DIR}/error.log
\tCustomLog \${APACHE_LOG_DIR}/access.log combined

\t# For most configuration files from conf-available/, which are
\t# enabled or disabled at a global level, it is possible to
\t# include a line for only one particular virtual host. For example the
\t# following line enables the CGI configuration for this host only
\t# after it has been globally disabled with "a2disconf".
\t#Include conf-available/serve-cgi-bin.conf
</VirtualHost>

# vim: syntax=apache ts=4 sw=4 sts=4 sr noet
`;

/** The official Dockerfile's PHP handler config (docker-php.conf). */
const DOCKER_PHP_CONF = `<FilesMatch \\.php$>
\tSetHandler application/x-httpd-php
</FilesMatch>

DirectoryIndex disabled
DirectoryIndex index.php index.html

<Directory /var/www/>
\tOptions -Indexes
\tAllowOverride All
</Directory>
`;

const APACHE_ENVVARS = `# envvars - default environment variables for apache2ctl

# this won't be correct after changing uid
unset HOME

: \${APACHE_RUN_USER:=www-data}
export APACHE_RUN_USER
: \${APACHE_RUN_GROUP:=www-data}
export APACHE_RUN_GROUP
: \${APACHE_PID_FILE:=/var/run/apache2$SUFFIX/apache2.pid}
export APACHE_PID_FILE
: \${APACHE_RUN_DIR:=/var/run/apache2$SUFFIX}
export APACHE_RUN_DIR
: \${APACHE_LOCK_DIR:=/var/lock/apache2$SUFFIX}
export APACHE_LOCK_DIR
: \${APACHE_LOG_DIR:=/var/log/apache2$SUFFIX}
export APACHE_LOG_DIR

: \${LANG:=C}
export LANG
`;
const APACHE_FOREGROUND = `#!/bin/bash
set -e

# Note: we don't just use "apache2ctl" here because it itself is just a shell-script wrapper around apache2 which provides extra functionality like "apache2ctl start" for launching apache2 in the background.
# (also, when run as "apache2ctl <apache args>", it does not use "exec", which leaves an undesirable resident shell process)

: "\${APACHE_CONFDIR:=/etc/apache2}"
: "\${APACHE_ENVVARS:=$APACHE_CONFDIR/envvars}"
if test -f "$APACHE_ENVVARS"; then
	. "$APACHE_ENVVARS"
fi

# Apache gets grumpy about PID files pre-existing
: "\${APACHE_RUN_DIR:=/var/run/apache2}"
: "\${APACHE_PID_FILE:=$APACHE_RUN_DIR/apache2.pid}"
rm -f "$APACHE_PID_FILE"

exec apache2 -DFOREGROUND "$@"
`;

export const php: RepoDef = {
  repository: 'php',
  description:
    'While designed for web development, the PHP scripting language also provides general-purpose use.',
  grammar: {
    lines: lines(`
      8.5 8.5.0 trixie,bookworm alpine3.22,alpine3.21
      8.4 8.4.15 trixie,bookworm alpine3.22,alpine3.21,alpine3.20
      8.3 8.3.28 trixie,bookworm alpine3.22,alpine3.21,alpine3.20,alpine3.19,alpine3.18
      8.2 8.2.29 trixie,bookworm,bullseye alpine3.22,alpine3.21,alpine3.20,alpine3.19,alpine3.18
      8.1 8.1.33 trixie,bookworm,bullseye alpine3.22,alpine3.21,alpine3.20,alpine3.19,alpine3.18
      7.4 7.4.33 bullseye alpine3.18`),
    aliases: { latest: '8.5' },
    variants: ['', 'cli', 'apache', 'fpm', 'zts'],
    noAlpine: ['apache'],
    versionless: true,
  },
  build(world, tag, reference) {
    return phpImage(world, tag, reference);
  },
};

/** What an image built FROM php adds (the composer image): rows, env and config after php's. */
export interface OnPhp {
  repository: string;
  description: string;
  created: string;
  rows: Row[];
  env: string[];
  config: Partial<ImageConfig>;
  what: string;
}

/** The php image of a parsed tag, or with `more`, an image built FROM it. */
export function phpImage(
  world: World,
  tag: ParsedTag,
  reference: string,
  more?: OnPhp,
): ImageSpec | undefined {
  {
    const base = baseImage(world, tag.release, 'slim');
    if (!base) return undefined;
    const alpine = alpineOf(tag);
    // www-data: 33 on Debian, 82 on Alpine (its own adduser in the Dockerfile).
    const www = alpine ? 82 : 33;
    const v = tag.version;
    const minor = v.split('.').slice(0, 2).join('.');
    const kind = tag.variant || 'cli';
    const url = `https://www.php.net/distributions/php-${v}.tar.xz`;
    const env = [
      PATH_DEFAULT,
      `PHPIZE_DEPS=${PHPIZE_DEPS}`,
      'PHP_INI_DIR=/usr/local/etc/php',
      ...(kind === 'apache'
        ? ['APACHE_CONFDIR=/etc/apache2', 'APACHE_ENVVARS=/etc/apache2/envvars']
        : []),
      `PHP_CFLAGS=${PHP_CFLAGS}`,
      `PHP_CPPFLAGS=${PHP_CFLAGS}`,
      'PHP_LDFLAGS=-Wl,-O1 -pie',
      `GPG_KEYS=${PHP_KEYS[minor] ?? PHP_KEYS['8.3']}`,
      `PHP_VERSION=${v}`,
      `PHP_URL=${url}`,
      `PHP_ASC_URL=${url}.asc`,
      `PHP_SHA256=${sha256Hex(`php-${v}.tar.xz`)}`,
    ];
    const ext = `lib/php/extensions/no-debug-${kind === 'zts' ? '' : 'non-'}zts-${PHP_API[minor] ?? '20240924'}`;
    const phpFiles = spreadFiles(
      '/usr/local',
      `bin/php:x bin/php-config:x=5730 bin/phpize:x=4897 bin/pear:x=830 bin/pecl:x=825 bin/phpdbg:x
       include/php/main/php.h include/php/Zend/zend.h include/php/ext/standard/php_standard.h
       lib/php/build/phpize.m4 lib/php/PEAR.php lib/php/Archive/Tar.php ${ext}/opcache.so:x ${ext}/sodium.so:x
       etc/php/php.ini-development=73952 etc/php/php.ini-production=73984 etc/php/conf.d/ etc/pear.conf=1016
       ${kind === 'fpm' ? 'sbin/php-fpm:x etc/php-fpm.conf.default=5328 etc/php-fpm.d/www.conf.default=21340' : ''}
       ${kind === 'apache' ? '/usr/lib/apache2/modules/libphp.so:x /etc/apache2/mods-available/php.load=70 ' : ''}`,
      kind === 'apache' || kind === 'fpm' ? 41_000_000 : 37_000_000,
    );
    // The helpers are modelled programs (../../programs/php): their files are stand-ins of the
    // scripts' sizes, not `#!/bin/sh` text the shell would interpret instead.
    const helpers = Object.entries(HELPER_SIZES)
      .filter(([n]) => n !== 'source')
      .map(([n, size]): PackageFile => ({
        path: `/usr/local/bin/docker-php-ext-${n}`,
        size,
        mode: 0o755,
      }));
    const depRow: Row = alpine
      ? {
          by: run(`apk add --no-cache \t\tca-certificates \t\tcurl \t\topenssl \t\ttar \t\txz`),
          apk: ['ca-certificates', 'curl', 'openssl', 'tar', 'xz'],
        }
      : {
          by: apt('$PHPIZE_DEPS ca-certificates curl xz-utils'),
          deb: [
            'autoconf',
            'dpkg-dev',
            'file',
            'g++',
            'gcc',
            'libc-dev',
            'make',
            'pkg-config',
            're2c',
            'ca-certificates',
            'curl',
            'xz-utils',
          ],
        };
    // Alpine has the www-data group (82) but no such user: the Dockerfile adds it.
    const wwwUser: Row[] = alpine
      ? [
          {
            by: run('set -eux; \tadduser -u 82 -D -S -G www-data www-data'),
            files: alpineWwwData(base),
          },
        ]
      : [];
    const rows: Row[] = [
      `ENV PHPIZE_DEPS=${PHPIZE_DEPS}`,
      depRow,
      ...wwwUser,
      'ENV PHP_INI_DIR=/usr/local/etc/php',
      {
        by: run(
          'set -eux; \tmkdir -p "$PHP_INI_DIR/conf.d"; \t[ ! -d /var/www/html ]; \tmkdir -p /var/www/html; \tchown www-data:www-data /var/www/html; \tchmod 1777 /var/www/html',
        ),
        files: [
          { path: '/usr/local/etc/php/conf.d/', size: 0 },
          ownedDir('/var/www/html', www, www, 0o1777),
        ],
      },
    ];
    if (kind === 'apache') {
      rows.push(
        'ENV APACHE_CONFDIR=/etc/apache2',
        'ENV APACHE_ENVVARS=/etc/apache2/envvars',
        {
          by: run(
            'set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends apache2; \trm -rf /var/lib/apt/lists/*; \t\tsed -ri \'s/^export ([^=]+)=(.*)$/: ${\\1:=\\2}\\nexport \\1/\' "$APACHE_ENVVARS"; \t\t. "$APACHE_ENVVARS"; \tfor dir in \t\t"$APACHE_LOCK_DIR" \t\t"$APACHE_RUN_DIR" \t\t"$APACHE_LOG_DIR" \t\t/var/www/html \t; do \t\trm -rvf "$dir"; \t\tmkdir -p "$dir"; \t\tchown "$APACHE_RUN_USER:$APACHE_RUN_GROUP" "$dir"; \t\tchmod 1777 "$dir"; \tdone; \t\trm -rvf /var/www/html/*; \t\tln -sfT /dev/stderr "$APACHE_LOG_DIR/error.log"; \tln -sfT /dev/stdout "$APACHE_LOG_DIR/access.log"; \tln -sfT /dev/stdout "$APACHE_LOG_DIR/other_vhosts_access.log"; \tchown -R --no-dereference "$APACHE_RUN_USER:$APACHE_RUN_GROUP" "$APACHE_LOG_DIR"',
          ),
          deb: ['apache2'],
          files: [
            ...spreadFiles(
              '',
              `/usr/sbin/apache2:x /usr/sbin/apache2ctl:x=7455 /usr/sbin/a2enmod:x=15707 /usr/sbin/a2dismod->a2enmod
               /usr/lib/apache2/modules/mod_mpm_prefork.so:x /usr/lib/apache2/modules/mod_rewrite.so:x /usr/lib/apache2/modules/mod_ssl.so:x
               /etc/apache2/apache2.conf=7178 /etc/apache2/ports.conf=274
               /etc/apache2/sites-enabled/000-default.conf->../sites-available/000-default.conf /etc/apache2/mods-available/mpm_prefork.load=126
               /usr/lib/x86_64-linux-gnu/libapr-1.so.0.7.5:x /usr/lib/x86_64-linux-gnu/libaprutil-1.so.0.6.3:x
               /usr/sbin/a2ensite->a2enmod /usr/sbin/a2dissite->a2enmod /usr/sbin/a2enconf->a2enmod /usr/sbin/a2disconf->a2enmod
               ${APACHE_MODULES}`,
              2_900_000,
            ),
            textFile('/etc/apache2/envvars', APACHE_ENVVARS),
            textFile('/etc/apache2/sites-available/000-default.conf', DEFAULT_SITE),
            // Each of the lock, run and log dirs and the docroot: www-data's, 1777; the log
            // links too (chown -R --no-dereference). /var/run and /var/lock link into /run.
            ownedDir('/var/www/html', www, www, 0o1777),
            ownedDir('/var/log/apache2', www, www, 0o1777),
            ...[
              'error.log>/dev/stderr',
              'access.log>/dev/stdout',
              'other_vhosts_access.log>/dev/stdout',
            ].map((pair): PackageFile => {
              const [name = '', link = ''] = pair.split('>');
              const path = `/var/log/apache2/${name}`;
              return { path, size: link.length, link, owner: { uid: www, gid: www } };
            }),
            ownedDir('/run/apache2', www, www, 0o1777),
            { path: '/run/lock/', size: 0, mode: 0o1777 },
            ownedDir('/run/lock/apache2', www, www, 0o1777),
          ],
        },
        {
          by: run('a2dismod mpm_event && a2enmod mpm_prefork'),
          files: [
            {
              path: '/etc/apache2/mods-enabled/mpm_prefork.load',
              size: 32,
              link: '../mods-available/mpm_prefork.load',
            },
          ],
        },
      );
    }
    rows.push(
      `ENV PHP_CFLAGS=${PHP_CFLAGS} PHP_CPPFLAGS=${PHP_CFLAGS} PHP_LDFLAGS=-Wl,-O1 -pie`,
      `ENV GPG_KEYS=${PHP_KEYS[minor] ?? PHP_KEYS['8.3']}`,
      `ENV PHP_VERSION=${v}`,
      `ENV PHP_URL=${url} PHP_ASC_URL=${url}.asc`,
      `ENV PHP_SHA256=${sha256Hex(`php-${v}.tar.xz`)}`,
      {
        by: run(
          'set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends gnupg; \trm -rf /var/lib/apt/lists/*; \t\tmkdir -p /usr/src; \tcd /usr/src; \t\tcurl -fsSL -o php.tar.xz "$PHP_URL"; \t\tif [ -n "$PHP_SHA256" ]; then \t\techo "$PHP_SHA256 *php.tar.xz" | sha256sum -c -; \tfi; \t\tcurl -fsSL -o php.tar.xz.asc "$PHP_ASC_URL"; \texport GNUPGHOME="$(mktemp -d)"; \tfor key in $GPG_KEYS; do \t\tgpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key"; \tdone; \tgpg --batch --verify php.tar.xz.asc php.tar.xz; \tgpgconf --kill all; \trm -rf "$GNUPGHOME"; \t\tapt-mark auto \'.*\' > /dev/null; \tapt-mark manual $savedAptMark > /dev/null; \tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false',
        ),
        files: [
          { path: '/usr/src/php.tar.xz', size: 12_400_000 },
          { path: '/usr/src/php.tar.xz.asc', size: 833 },
        ],
      },
      {
        by: copy('docker-php-source /usr/local/bin/'),
        files: [
          { path: '/usr/local/bin/docker-php-source', size: HELPER_SIZES.source ?? 0, mode: 0o755 },
        ],
      },
      {
        by: run(
          `set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tlibargon2-dev \t\tlibcurl4-openssl-dev \t\tlibonig-dev \t\tlibreadline-dev \t\tlibsodium-dev \t\tlibsqlite3-dev \t\tlibssl-dev \t\tlibxml2-dev \t\tzlib1g-dev \t; \t\texport \t\tCFLAGS="$PHP_CFLAGS" \t\tCPPFLAGS="$PHP_CPPFLAGS" \t\tLDFLAGS="$PHP_LDFLAGS" \t\tPHP_BUILD_PROVIDER='https://github.com/docker-library/php' \t\tPHP_UNAME='Linux - Docker' \t; \tdocker-php-source extract; \tcd /usr/src/php; \t./configure \t\t--with-config-file-path="$PHP_INI_DIR" \t\t--with-config-file-scan-dir="$PHP_INI_DIR/conf.d" \t\t--enable-option-checking=fatal \t\t--with-mhash \t\t--with-pic \t\t--enable-ftp \t\t--enable-mbstring \t\t--enable-mysqlnd \t\t--with-password-argon2 \t\t--with-sodium=shared \t\t--with-pdo-sqlite=/usr \t\t--with-sqlite3=/usr \t\t--with-curl \t\t--with-iconv \t\t--with-openssl \t\t--with-readline \t\t--with-zlib \t\t--disable-phpdbg \t\t--with-pear \t; \tmake -j "$(nproc)"; \tmake install; \tmake clean; \tcp -v php.ini-* "$PHP_INI_DIR/"; \tcd /; \tdocker-php-source delete; \tpecl update-channels; \trm -rf /tmp/pear ~/.pearrc; \tphp --version`,
        ),
        ...(alpine
          ? {
              apk: [
                'argon2-libs',
                'libcurl',
                'oniguruma',
                'readline',
                'libsodium',
                'sqlite-libs',
                'libxml2',
              ],
            }
          : {
              deb: [
                'libargon2-1',
                'libcurl4t64',
                'libonig5',
                'libreadline8t64',
                'libsodium23',
                'libsqlite3-0',
                'libxml2',
              ],
            }),
        files:
          kind === 'apache'
            ? [
                ...phpFiles,
                textFile('/etc/apache2/conf-available/docker-php.conf', DOCKER_PHP_CONF),
              ]
            : phpFiles,
      },
      {
        by: copy('docker-php-ext-* docker-php-entrypoint /usr/local/bin/'),
        files: [
          ...helpers,
          textFile('/usr/local/bin/docker-php-entrypoint', PHP_ENTRYPOINT, 0o755),
        ],
      },
      {
        by: run('docker-php-ext-enable sodium'),
        files: [
          textFile('/usr/local/etc/php/conf.d/docker-php-ext-sodium.ini', 'extension=sodium\n'),
        ],
      },
      'ENTRYPOINT ["docker-php-entrypoint"]',
    );
    let cmd = ['php', '-a'];
    const extra: {
      ExposedPorts?: Record<string, Record<string, never>>;
      StopSignal?: string;
      WorkingDir?: string;
    } = {};
    if (kind === 'fpm') {
      rows.push(
        'WORKDIR /var/www/html',
        {
          by: run(
            "set -eux; \tcd /usr/local/etc; \tif [ -d php-fpm.d ]; then \t\tsed 's!=NONE/!=!g' php-fpm.conf.default | tee php-fpm.conf > /dev/null; \t\tcp php-fpm.d/www.conf.default php-fpm.d/www.conf; \tfi; \t{ \t\techo '[global]'; \t\techo 'error_log = /proc/self/fd/2'; \t} | tee php-fpm.d/docker.conf",
          ),
          files: [
            { path: '/usr/local/etc/php-fpm.conf', size: 5_320 },
            { path: '/usr/local/etc/php-fpm.d/www.conf', size: 21_340 },
            { path: '/usr/local/etc/php-fpm.d/docker.conf', size: 357 },
            { path: '/usr/local/etc/php-fpm.d/zz-docker.conf', size: 40 },
          ],
        },
        'STOPSIGNAL SIGQUIT',
        'EXPOSE map[9000/tcp:{}]',
        'CMD ["php-fpm"]',
      );
      cmd = ['php-fpm'];
      Object.assign(extra, {
        ExposedPorts: { '9000/tcp': {} },
        StopSignal: 'SIGQUIT',
        WorkingDir: '/var/www/html',
      });
    } else if (kind === 'apache') {
      rows.push(
        'STOPSIGNAL SIGWINCH',
        {
          by: copy('apache2-foreground /usr/local/bin/'),
          files: [textFile('/usr/local/bin/apache2-foreground', APACHE_FOREGROUND, 0o755)],
        },
        'WORKDIR /var/www/html',
        'EXPOSE map[80/tcp:{}]',
        'CMD ["apache2-foreground"]',
      );
      cmd = ['apache2-foreground'];
      Object.assign(extra, {
        ExposedPorts: { '80/tcp': {} },
        StopSignal: 'SIGWINCH',
        WorkingDir: '/var/www/html',
      });
    } else {
      rows.push('CMD ["php" "-a"]');
    }
    const what = `PHP ${v} (${kind}; a modelled /usr/local install whose php, pecl and docker-php-* helpers are modelled programs; scripts are not run) on ${releaseWords(base)}`;
    return assemble(world, {
      repository: more?.repository ?? 'php',
      reference,
      created: more?.created ?? '2025-12-09T19:40:00Z',
      base,
      config: {
        Env: [...env, ...(more?.env ?? [])],
        Entrypoint: ['docker-php-entrypoint'],
        Cmd: cmd,
        WorkingDir: alpine ? '/' : '',
        User: '',
        ...extra,
        ...more?.config,
      },
      rows: [...rows, ...(more?.rows ?? [])],
      what: more ? `${more.what} on ${what}` : what,
      description: more?.description ?? php.description,
    });
  }
}
