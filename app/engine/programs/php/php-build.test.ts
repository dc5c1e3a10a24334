// A typical PHP Dockerfile through the build engine: system libraries, bundled and PECL
// extensions, Composer copied from the composer image, an install without a lock file.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildInSession, imageFs, stepOutput } from '../../build/testing/build-in-session';
import { loadCatalog, type Catalog } from '../../catalog';
import { readText } from '../common/fs-helpers';
import { loadedModules, phpEnv } from './php-env';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const DOCKERFILE = `FROM php:8.2-apache
RUN apt-get update && apt-get install -y libzip-dev unzip && docker-php-ext-install pdo_mysql zip && rm -rf /var/lib/apt/lists/*
RUN pecl install redis && docker-php-ext-enable redis
COPY --from=composer:2 /usr/bin/composer /usr/bin/composer
WORKDIR /var/www/html
COPY composer.json ./
RUN composer install --no-dev --no-interaction --optimize-autoloader
COPY . .
RUN a2enmod rewrite
`;
const COMPOSER_JSON = '{"require": {"monolog/monolog": "^3.0", "guzzlehttp/guzzle": "^7.8"}}\n';

describe('a PHP application image', () => {
  it('installs extensions, vendor/ and the rewrite module', () => {
    const out = buildInSession(catalog, DOCKERFILE, {
      files: { 'composer.json': COMPOSER_JSON, 'index.php': '<?php echo "hi";\n' },
    });
    expect(out.ok).toBe(true);
    const printed = stepOutput(out);
    expect(printed).toContain(
      'No composer.lock file present. Updating dependencies to latest instead of installing from lock file. See https://getcomposer.org/install for more information.',
    );
    expect(printed).toContain('  - Locking monolog/monolog (3.9.0)');
    expect(printed).toContain('Enabling module rewrite.');
    const fs = imageFs(out);
    const base = buildInSession(catalog, 'FROM php:8.2-apache\n');
    const baseLayers = base.image?.diffIds.length ?? 0;
    expect(baseLayers).toBeGreaterThan(5);
    // four RUN, three COPY and the WORKDIR (BuildKit makes a layer for it even when the directory exists)
    expect(out.image?.diffIds.length).toBe(baseLayers + 8);
    expect(fs.stat('/var/www/html/vendor/autoload.php').ok).toBe(true);
    expect(readText(fs, '/var/www/html/vendor/composer/installed.json')).toContain(
      '"name": "guzzlehttp/guzzle"',
    );
    expect(fs.stat('/var/www/html/composer.lock').ok).toBe(true);
    expect(fs.stat('/usr/local/lib/php/extensions/no-debug-non-zts-20220829/redis.so').ok).toBe(
      true,
    );
    const env = phpEnv({ fs, env: { PHP_VERSION: '8.2.29' } });
    expect(env).toBeDefined();
    const modules = env ? loadedModules(fs, env).php : [];
    expect(modules).toEqual(expect.arrayContaining(['pdo_mysql', 'zip', 'redis']));
    expect(fs.stat('/root/.composer/cache/files/monolog/monolog').ok).toBe(true);
  });
});

describe("the php image docs' gd and zip recipe on trixie", () => {
  it('installs libzip5 and libfreetype6 at runtime and links gd with -ljpeg -lfreetype', () => {
    const out = buildInSession(
      catalog,
      `FROM php:8.4-cli
RUN apt-get update && apt-get install -y libfreetype-dev libjpeg62-turbo-dev libpng-dev libzip-dev \\
 && docker-php-ext-configure gd --with-freetype --with-jpeg \\
 && docker-php-ext-install -j$(nproc) gd zip
`,
    );
    expect(out.ok).toBe(true);
    const printed = stepOutput(out).join('\n');
    expect(printed).toContain('Unpacking libzip5:amd64 (1.11.3-2) ...');
    expect(printed).toContain('Unpacking libfreetype6:amd64 (2.13.3+dfsg-1+deb13u1) ...');
    expect(printed).toMatch(/ -lpng16 -lz -ljpeg -lfreetype -Wl,-O1 -Wl,-soname -Wl,gd\.so /);
    expect(printed).toMatch(/ -lzip -Wl,-O1 -Wl,-soname -Wl,zip\.so /);
    expect(printed).not.toContain('does not know the package');
    const fs = imageFs(out);
    expect(fs.stat('/usr/lib/x86_64-linux-gnu/libzip.so.5.5').ok).toBe(true);
    const env = phpEnv({ fs, env: { PHP_VERSION: '8.4.14' } });
    const modules = env ? loadedModules(fs, env).php : [];
    expect(modules).toEqual(expect.arrayContaining(['gd', 'zip']));
  });
});
