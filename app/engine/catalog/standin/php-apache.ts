/**
 * php:*-apache's Apache: Debian's apache2 package as the image installs it (its binaries,
 * apache2ctl's apachectl link, the a2enmod family, mods-, conf- and sites-available with what
 * the package enables in the -enabled directories), then the Dockerfile's own steps: mpm_prefork
 * instead of mpm_event, docker-php.conf enabled with a2enconf, and PHP's `make install`, whose
 * apxs installs libphp.so with a mods-available/php.load it enables (so `apache2ctl -M` lists
 * php_module). apache2.conf, ports.conf and the default site are Debian's texts
 * (`php-apache-texts.ts`); the sizes of the other conf files are close to trixie's apache2 2.4
 * package, not measured.
 */
import type { PackageFile } from '../types';
import { ownedDir } from './accounts';
import { run, type Row } from './assemble';
import { spreadFiles, textFile } from './layers';
import {
  APACHE2_CONF,
  APACHE_ENVVARS,
  DEFAULT_SITE,
  DOCKER_PHP_CONF,
  PORTS_CONF,
} from './php-apache-texts';

export { APACHE_FOREGROUND } from './php-apache-texts';

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

/** Debian apache2's conf-available files (all enabled by the package), with their sizes. */
const APACHE_CONFS = [
  'charset=315',
  'localized-error-pages=3224',
  'other-vhosts-access-log=189',
  'security=2174',
  'serve-cgi-bin=455',
]
  .map((c) => {
    const [name = '', size = ''] = c.split('=');
    return `/etc/apache2/conf-available/${name}.conf=${size} /etc/apache2/conf-enabled/${name}.conf->../conf-available/${name}.conf`;
  })
  .join(' ');

/** The Dockerfile's step that writes docker-php.conf (BuildKit's history text). */
const DOCKER_PHP_RUN =
  "{ \t\techo '<FilesMatch \\.php$>'; \t\techo '\\tSetHandler application/x-httpd-php'; \t\techo '</FilesMatch>'; \t\techo; \t\techo 'DirectoryIndex disabled'; \t\techo 'DirectoryIndex index.php index.html'; \t\techo; \t\techo '<Directory /var/www/>'; \t\techo '\\tOptions -Indexes'; \t\techo '\\tAllowOverride All'; \t\techo '</Directory>'; \t} | tee \"$APACHE_CONFDIR/conf-available/docker-php.conf\" \t&& a2enconf docker-php";

/** The apache variant's rows between PHP_INI_DIR's and the PHP build's. */
export function apacheRows(www: number): Row[] {
  return [
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
           /etc/apache2/sites-enabled/000-default.conf->../sites-available/000-default.conf /etc/apache2/mods-available/mpm_prefork.load=126
           /usr/lib/x86_64-linux-gnu/libapr-1.so.0.7.5:x /usr/lib/x86_64-linux-gnu/libaprutil-1.so.0.6.3:x
           /usr/sbin/a2ensite->a2enmod /usr/sbin/a2dissite->a2enmod /usr/sbin/a2enconf->a2enmod /usr/sbin/a2disconf->a2enmod
           /usr/sbin/apachectl->apache2ctl /usr/sbin/a2query:x=9848 /etc/apache2/magic=31063
           /etc/apache2/sites-available/default-ssl.conf=4573 ${APACHE_CONFS}
           ${APACHE_MODULES}`,
          2_900_000,
        ),
        textFile('/etc/apache2/apache2.conf', APACHE2_CONF),
        textFile('/etc/apache2/ports.conf', PORTS_CONF),
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
    {
      by: run(DOCKER_PHP_RUN),
      files: [
        textFile('/etc/apache2/conf-available/docker-php.conf', DOCKER_PHP_CONF),
        {
          path: '/etc/apache2/conf-enabled/docker-php.conf',
          size: 33,
          link: '../conf-available/docker-php.conf',
        },
      ],
    },
  ];
}

/**
 * What PHP's `make install` puts into Apache: apxs copies the module and, with -a, writes
 * php.load (apxs's `LoadModule %-18s %s` line) and enables it. PHP 7 names both php7.
 */
export function phpApacheModule(minor: string): PackageFile[] {
  const seven = minor.startsWith('7.') ? '7' : '';
  const so = `/usr/lib/apache2/modules/libphp${seven}.so`;
  return [
    ...spreadFiles('', `${so}:x`, 4_000_000),
    textFile(
      '/etc/apache2/mods-available/php.load',
      `LoadModule ${`php${seven}_module`.padEnd(18)} ${so}\n`,
    ),
    { path: '/etc/apache2/mods-enabled/php.load', size: 26, link: '../mods-available/php.load' },
  ];
}
