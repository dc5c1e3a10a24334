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
import { APACHE_FOREGROUND, apacheRows, phpApacheModule } from './php-apache';
import {
  FPM_CONFIG_STEP,
  FPM_DOCKER_CONF,
  FPM_DOCKER_INI,
  FPM_ZZ_DOCKER_CONF,
} from './php-fpm-texts';
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
       ${kind === 'fpm' ? 'sbin/php-fpm:x etc/php-fpm.conf.default=5328 etc/php-fpm.d/www.conf.default=21340' : ''}`,
      // apache's libphp.so (phpApacheModule) is most of the 4 MB the apache variant has more
      kind === 'fpm' ? 41_000_000 : 37_000_000,
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
    if (kind === 'apache') rows.push(...apacheRows(www));
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
        files: kind === 'apache' ? [...phpFiles, ...phpApacheModule(minor)] : phpFiles,
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
          by: run(FPM_CONFIG_STEP),
          files: [
            { path: '/usr/local/etc/php-fpm.conf', size: 5_320 },
            { path: '/usr/local/etc/php-fpm.d/www.conf', size: 21_340 },
            textFile('/usr/local/etc/php-fpm.d/docker.conf', FPM_DOCKER_CONF),
            textFile('/usr/local/etc/php-fpm.d/zz-docker.conf', FPM_ZZ_DOCKER_CONF),
            textFile('/usr/local/etc/php/conf.d/docker-fpm.ini', FPM_DOCKER_INI),
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
