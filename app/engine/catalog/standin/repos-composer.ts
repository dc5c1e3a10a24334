/**
 * composer: the official image is `FROM php:8-alpine` plus Composer's run-time tools, the zip
 * extension, the phar at /usr/bin/composer (a modelled program), COMPOSER_HOME=/tmp and
 * COMPOSER_ALLOW_SUPERUSER=1. Its most common use is `COPY --from=composer:2 /usr/bin/composer`.
 */
import { copy, run } from './assemble';
import { lines } from './grammar';
import { textFile } from './layers';
import type { RepoDef } from './repo';
import { php, phpImage } from './repos-php';

const ENTRYPOINT = `#!/bin/sh

isCommand() {
  # Retain backwards compatibility with common CI providers,
  # see: https://github.com/composer/docker/issues/107
  if [ "$1" = "sh" ]; then
    return 1
  fi

  composer help --no-interaction "$1" > /dev/null 2>&1
}

# check if the first argument passed in looks like a flag
if [ "\${1#-}" != "$1" ]; then
  set -- /sbin/tini -- composer "$@"
# check if the first argument passed in is composer
elif [ "$1" = 'composer' ]; then
  set -- /sbin/tini -- "$@"
# check if the first argument passed in matches a known command
elif isCommand "$1"; then
  set -- /sbin/tini -- composer "$@"
fi

exec "$@"
`;

const RUNDEPS = [
  'bash',
  'coreutils',
  'git',
  'make',
  'openssh-client',
  'patch',
  'subversion',
  'tini',
  'unzip',
  'zip',
  'mercurial',
  'p7zip',
];
/** The php line the image is built on (php:8-alpine when it was built). */
const PHP_LINE = '8.5';

export const composer: RepoDef = {
  repository: 'composer',
  description: 'Composer is a dependency manager written in and for PHP.',
  grammar: {
    lines: lines(`
      2.9 2.9.2 - alpine3.22
      2.8 2.8.12 - alpine3.22
      2.2 2.2.25 - alpine3.22
      1.10 1.10.27 - alpine3.22`),
    aliases: { latest: '2.9', '2': '2.9', lts: '2.2', '1': '1.10' },
    variants: [''],
  },
  build(world, tag, reference) {
    const line = php.grammar.lines.find((l) => l.key === PHP_LINE);
    if (!line) return undefined;
    const v = tag.version;
    // PHP 8.5's API number names the extension directory.
    const extDir = '/usr/local/lib/php/extensions/no-debug-non-zts-20250925';
    return phpImage(
      world,
      { line, version: line.full, variant: 'cli', release: tag.release },
      reference,
      {
        repository: 'composer',
        description: this.description,
        created: '2025-11-20T09:12:00Z',
        env: ['COMPOSER_ALLOW_SUPERUSER=1', 'COMPOSER_HOME=/tmp', `COMPOSER_VERSION=${v}`],
        config: { Entrypoint: ['/docker-entrypoint.sh'], Cmd: ['composer'], WorkingDir: '/app' },
        what: `Composer ${v} (a modelled program; packages come from Layercake's packagist catalog)`,
        rows: [
          {
            by: run(
              `set -eux ; apk add --no-cache --virtual .composer-rundeps ${RUNDEPS.slice(0, 10).join(' ')} $([ "$(apk --print-arch)" != "x86" ] && echo mercurial) $([ "$(apk --print-arch)" != "armhf" ] && echo p7zip)`,
            ),
            apk: RUNDEPS,
          },
          {
            by: run(
              'printf "# composer php cli ini settings\\ndate.timezone=UTC\\nmemory_limit=-1\\n" > $PHP_INI_DIR/php-cli.ini',
            ),
            files: [
              textFile(
                '/usr/local/etc/php/php-cli.ini',
                '# composer php cli ini settings\ndate.timezone=UTC\nmemory_limit=-1\n',
              ),
            ],
          },
          'ENV COMPOSER_ALLOW_SUPERUSER=1',
          'ENV COMPOSER_HOME=/tmp',
          `ENV COMPOSER_VERSION=${v}`,
          {
            by: run(
              'set -eux ; apk add --no-cache --virtual .build-deps libzip-dev zlib-dev ; docker-php-ext-install -j "$(nproc)" zip ; runDeps="$( scanelf --needed --nobanner --format \'%n#p\' --recursive /usr/local/lib/php/extensions | tr \',\' \'\\n\' | sort -u | awk \'system("[ -e /usr/local/lib/" $1 " ]") == 0 { next } { print "so:" $1 }\' )"; apk add --no-cache --virtual .composer-phpext-rundeps $runDeps; apk del .build-deps',
            ),
            apk: ['libzip'],
            files: [
              { path: `${extDir}/zip.so`, size: 92_000, mode: 0o755 },
              textFile('/usr/local/etc/php/conf.d/docker-php-ext-zip.ini', 'extension=zip\n'),
            ],
          },
          {
            by: run(
              `set -eux ; curl --silent --fail --location --retry 3 --output /tmp/installer.php --url https://raw.githubusercontent.com/composer/getcomposer.org/f3108f64b4e1c1ce6eb462b159956461592b3e3e/web/installer ; php -r " \\$signature = 'dac665fdc30fdd8ec78b38b9800061b4150413ff2e3b6f88543c636f7cd84f6db9189d43a81e5503cda447da73c7e5b6'; \\$hash = hash('sha384', file_get_contents('/tmp/installer.php')); if (!hash_equals(\\$signature, \\$hash)) { unlink('/tmp/installer.php'); echo 'Integrity check failed, installer is either corrupt or worse.' . PHP_EOL; exit(1); }" ; php /tmp/installer.php --no-ansi --install-dir=/usr/bin --filename=composer --version=\${COMPOSER_VERSION} ; composer --ansi --version --no-interaction ; composer diagnose ; rm -f /tmp/installer.php ; find /tmp -type d -exec chmod -v 1777 {} +`,
            ),
            files: [
              {
                path: '/usr/bin/composer',
                size: v.startsWith('1') ? 1_990_000 : 3_150_000,
                mode: 0o755,
              },
              { path: '/tmp/', size: 0, mode: 0o1777 },
              textFile(
                '/tmp/keys.dev.pub',
                '-----BEGIN PUBLIC KEY-----\nMIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAnBDHjZS6e0ZMoK3xTD7f\n-----END PUBLIC KEY-----\n',
              ),
              textFile(
                '/tmp/keys.tags.pub',
                '-----BEGIN PUBLIC KEY-----\nMIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEA0Vi/2K6apCVj76nCnCl2\n-----END PUBLIC KEY-----\n',
              ),
            ],
          },
          {
            by: copy('docker-entrypoint.sh /docker-entrypoint.sh'),
            files: [textFile('/docker-entrypoint.sh', ENTRYPOINT, 0o755)],
          },
          {
            by: 'WORKDIR /app',
            files: [{ path: '/app/', size: 0 }],
          },
          'ENTRYPOINT ["/docker-entrypoint.sh"]',
          'CMD ["composer"]',
        ],
      },
    );
  },
};
