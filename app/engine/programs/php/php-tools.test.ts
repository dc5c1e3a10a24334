// The PHP toolchain in containers of the php stand-ins: php's reports, the docker-php-*
// helpers, pecl, a2enmod and composer, each checked by what it prints and leaves behind.
import { beforeAll, describe, expect, it } from 'vitest';
import { Terminal } from '../../runtime/testing/terminal';
import type { Catalog } from '../../catalog/types';
import { buildCatalog } from '../../catalog/world';

let catalog: Catalog;
beforeAll(() => {
  catalog = buildCatalog();
});

function sh(image: string, script: string) {
  const t = new Terminal(catalog);
  const r = t.run(`docker run --rm ${image} sh -c '${script}'`);
  return { ...r, out: r.out + r.err };
}

describe('php', () => {
  it('prints the image version line and the compiled-in modules', () => {
    const t = new Terminal(catalog);
    const v = t.run('docker run --rm php:8.2-cli php -v');
    expect(v.out).toMatch(
      /^PHP 8\.2\.29 \(cli\) \(built: .*\) \(NTS\)\nCopyright \(c\) The PHP Group\nZend Engine v4\.2\.29/,
    );
    const m = t.run('docker run --rm php:8.3-cli php -m').out;
    expect(m).toContain('[PHP Modules]\nCore\nctype\n');
    expect(m).toContain('\nsodium\n');
    expect(m).not.toContain('\nzip\n');
  });

  it('fails on a missing script as php does and notes that scripts are not run', () => {
    const missing = sh('php:8.3-cli', 'php nosuch.php; echo "exit=$?"');
    expect(missing.out).toContain('Could not open input file: nosuch.php\nexit=1');
    const present = sh('php:8.3-cli', 'echo "<?php" > /a.php && php /a.php; echo "exit=$?"');
    expect(present.out).toContain('exit=0');
  });

  it('lists the conf.d files with --ini', () => {
    const out = sh('php:8.4-cli', 'php --ini').out;
    expect(out).toContain('Configuration File (php.ini) Path: /usr/local/etc/php\n');
    expect(out).toContain(
      'Additional .ini files parsed:      /usr/local/etc/php/conf.d/docker-php-ext-sodium.ini\n',
    );
  });
});

describe('docker-php-ext-install', () => {
  it('builds pdo_mysql into the API directory and enables it, deleting the source it extracted', () => {
    const out = sh(
      'php:8.3-cli',
      'docker-php-ext-install pdo_mysql && ls /usr/local/lib/php/extensions/no-debug-non-zts-20230831 && cat /usr/local/etc/php/conf.d/docker-php-ext-pdo_mysql.ini && ls /usr/src; php -m | grep pdo_mysql',
    ).out;
    expect(out).toContain('Zend Extension Api No:   420230831');
    expect(out).toContain('Build complete.');
    expect(out).toContain('pdo_mysql.so');
    expect(out).toContain('extension=pdo_mysql\n');
    expect(out).not.toMatch(/^php$/m);
    expect(out).toMatch(/^pdo_mysql$/m);
  });

  it('names the possible values for an unknown extension', () => {
    const r = sh('php:8.2-cli', 'docker-php-ext-install nosuch; echo "exit=$?"');
    expect(r.out).toContain('error: /usr/src/php/ext/nosuch does not exist');
    expect(r.out).toContain(
      'Possible values for ext-name:\nbcmath bz2 calendar ctype curl dba dl_test dom',
    );
    expect(r.out).toContain('exit=1');
  });

  it('stops at configure when zip lacks libzip-dev, and gd lacks libpng-dev', () => {
    const zip = sh('php:8.2-cli', 'docker-php-ext-install zip; echo "exit=$?"').out;
    expect(zip).toContain(
      'configure: error: Package requirements (libzip >= 0.11 libzip != 1.3.1 libzip != 1.7.0) were not met:',
    );
    expect(zip).toContain('exit=1');
    const gd = sh('php:8.2-cli', 'docker-php-ext-install gd; echo "exit=$?"').out;
    expect(gd).toContain("No package 'libpng' found");
  });
});

describe('pecl and docker-php-ext-enable', () => {
  it('installs redis without enabling it until docker-php-ext-enable', () => {
    const out = sh(
      'php:8.2-cli',
      'pecl install redis && php -m | grep -c "^redis$"; docker-php-ext-enable redis && php -m | grep "^redis$"',
    ).out;
    expect(out).toContain('downloading redis-6.3.0.tgz ...');
    expect(out).toContain(
      "Installing '/usr/local/lib/php/extensions/no-debug-non-zts-20220829/redis.so'",
    );
    expect(out).toContain('You should add "extension=redis.so" to php.ini');
    expect(out).toMatch(/^0\nredis$/m);
  });

  it('refuses a release the PHP version cannot have', () => {
    const out = sh('php:7.4-cli', 'pecl install xdebug; echo "exit=$?"').out;
    expect(out).toContain(
      'pecl/xdebug requires PHP (version >= 8.0.0, version <= 8.4.99), installed version is 7.4.33',
    );
    expect(out).toContain('exit=1');
  });
});

describe('a2enmod', () => {
  it('links the module and says how to activate it', () => {
    const out = sh(
      'php:8.3-apache',
      'a2enmod rewrite && readlink /etc/apache2/mods-enabled/rewrite.load && a2enmod rewrite; a2enmod nosuch; echo "exit=$?"',
    ).out;
    expect(out).toContain(
      'Enabling module rewrite.\nTo activate the new configuration, you need to run:\n  service apache2 restart\n../mods-available/rewrite.load\nModule rewrite already enabled\n',
    );
    expect(out).toContain('ERROR: Module nosuch does not exist!');
    expect(out).toContain('exit=1');
  });
});

describe('apache2ctl', () => {
  it('-M lists the built-in modules, then mods-enabled in load order, after the ServerName warning', () => {
    const t = new Terminal(catalog);
    t.run('docker run -d --name web php:8.3-apache');
    const before = t.run('docker exec web apache2ctl -M');
    expect(before.err).toMatch(
      /^AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 172\.17\.0\.\d+\. Set the 'ServerName' directive globally to suppress this message\n$/,
    );
    expect(before.out).toMatch(
      /^Loaded Modules:\n core_module \(static\)\n so_module \(static\)\n watchdog_module \(static\)\n http_module \(static\)\n log_config_module \(static\)\n logio_module \(static\)\n version_module \(static\)\n unixd_module \(static\)\n access_compat_module \(shared\)\n/,
    );
    expect(before.out).not.toContain('rewrite_module');
    const after = sh(
      'php:8.3-apache',
      'mkdir -p /etc/apache2/conf-enabled && echo "ServerName localhost" > /etc/apache2/conf-enabled/servername.conf && a2enmod rewrite >/dev/null && apache2ctl -M',
    ).out;
    expect(after).not.toContain('AH00558');
    expect(after).toContain(
      ' reqtimeout_module (shared)\n rewrite_module (shared)\n setenvif_module (shared)\n',
    );
  });
});

describe("php:*-apache's Apache layout", () => {
  it("has Debian's conf-enabled, so a2enconf links a conf and says to reload", () => {
    const out = sh(
      'php:8.4-apache',
      'echo "ServerName localhost" > /etc/apache2/conf-available/servername.conf && a2enconf servername && readlink /etc/apache2/conf-enabled/servername.conf && a2enconf security docker-php',
    ).out;
    expect(out).toContain(
      'Enabling conf servername.\nTo activate the new configuration, you need to run:\n  service apache2 reload\n../conf-available/servername.conf\nConf security already enabled\nConf docker-php already enabled\n',
    );
  });

  it('loads PHP as php_module from mods-enabled/php.load, and apachectl is apache2ctl', () => {
    const out = sh(
      'php:8.4-apache',
      'readlink /usr/sbin/apachectl && cat /etc/apache2/mods-enabled/php.load && apachectl -M 2>/dev/null',
    ).out;
    expect(out).toContain(
      'apache2ctl\nLoadModule php_module         /usr/lib/apache2/modules/libphp.so\n',
    );
    expect(out).toContain(
      ' negotiation_module (shared)\n php_module (shared)\n reqtimeout_module (shared)\n',
    );
    expect(sh('php:7.4-apache', 'cat /etc/apache2/mods-available/php.load').out).toContain(
      'LoadModule php7_module        /usr/lib/apache2/modules/libphp7.so\n',
    );
  });

  it("has Debian's apache2.conf and ports.conf as text: sed edits it, >> appends a ServerName", () => {
    const out = sh(
      'php:8.3-apache',
      'wc -c /etc/apache2/apache2.conf /etc/apache2/ports.conf /etc/apache2/sites-available/000-default.conf && sed -i "s/AllowOverride None/AllowOverride All/" /etc/apache2/apache2.conf && grep -c "AllowOverride All" /etc/apache2/apache2.conf && echo "ServerName localhost" >> /etc/apache2/apache2.conf && tail -n 2 /etc/apache2/apache2.conf && apache2ctl -M 2>&1 | head -n 1',
    ).out;
    expect(out).toContain(
      [
        '7178 /etc/apache2/apache2.conf',
        ' 274 /etc/apache2/ports.conf',
        '1286 /etc/apache2/sites-available/000-default.conf',
        '8738 total',
        '4',
        'IncludeOptional sites-enabled/*.conf',
        'ServerName localhost',
        'Loaded Modules:',
        '',
      ].join('\n'),
    );
  });

  it("writes docker-php.conf in its own step, as the official Dockerfile's a2enconf docker-php does", () => {
    const t = new Terminal(catalog);
    t.run('docker pull php:8.4-apache');
    const history = t.run('docker history --no-trunc --format "{{.CreatedBy}}" php:8.4-apache').out;
    const lines = history.split('\n');
    const conf = lines.findIndex((l) => l.includes('&& a2enconf docker-php'));
    expect(conf).toBeGreaterThan(0);
    expect(lines[conf + 1]).toContain('a2dismod mpm_event && a2enmod mpm_prefork');
  });
});
