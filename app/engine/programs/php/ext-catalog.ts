/**
 * The extensions in PHP's source tree (/usr/src/php/ext, what docker-php-ext-install can
 * build) and what each needs: the library whose headers its configure looks for (as Debian
 * and Alpine name the -dev package) and the `configure: error` it stops with otherwise.
 */
import type { FileSystem } from '../../fs/filesystem';
import { exists, readText } from '../common/fs-helpers';

/** ext/ directories of each line (`ls /usr/src/php/ext` after docker-php-source extract). */
const BASE = `bcmath bz2 calendar ctype curl dba dom enchant exif ffi fileinfo filter ftp gd gettext
  gmp hash iconv intl json ldap mbstring mysqli odbc opcache pcntl pdo pdo_dblib
  pdo_firebird pdo_mysql pdo_odbc pdo_pgsql pdo_sqlite pgsql phar posix readline reflection
  session shmop simplexml snmp soap sockets sodium spl standard sysvmsg sysvsem sysvshm tidy
  tokenizer xml xmlreader xmlwriter xsl zend_test zip zlib`
  .split(/\s+/)
  .filter(Boolean);

export function sourceExtensions(minor: string): string[] {
  const n = Number(minor.replace('.', '0'));
  const extra = [
    ...(n < 804 ? ['imap', 'oci8', 'pdo_oci', 'pspell'] : []),
    ...(n >= 801 ? ['dl_test'] : []),
    ...(n >= 802 ? ['random'] : []),
    ...(n < 800 ? ['xmlrpc'] : []),
    ...(n >= 805 ? ['lexbor', 'uri'] : []),
  ];
  return [...BASE, ...extra].sort();
}

export interface LibraryNeed {
  /** Header files that satisfy it (any one). */
  headers: string[];
  /** Debian and Alpine packages whose installation satisfies it. */
  packages: string[];
  /** What configure prints before giving up (the last line is the `configure: error`). */
  failure: string[];
}

function pkgConfig(check: string, modules: string[], variable: string): string[] {
  return [
    `checking for ${check}... no`,
    `configure: error: Package requirements (${check}) were not met:`,
    '',
    ...modules.map((m) => `No package '${m}' found`),
    '',
    'Consider adjusting the PKG_CONFIG_PATH environment variable if you',
    'installed software in a non-standard prefix.',
    '',
    `Alternatively, you may set the environment variables ${variable}_CFLAGS`,
    `and ${variable}_LIBS to avoid the need to call pkg-config.`,
    'See the pkg-config man page for more details.',
  ];
}

const NEEDS: Record<string, LibraryNeed> = {
  zip: {
    headers: ['/usr/include/zip.h'],
    packages: ['libzip-dev'],
    failure: pkgConfig('libzip >= 0.11 libzip != 1.3.1 libzip != 1.7.0', ['libzip'], 'LIBZIP'),
  },
  gd: {
    headers: ['/usr/include/png.h', '/usr/include/libpng16/png.h'],
    packages: ['libpng-dev'],
    failure: pkgConfig('libpng', ['libpng'], 'PNG'),
  },
  intl: {
    headers: ['/usr/include/unicode/utypes.h'],
    packages: ['libicu-dev', 'icu-dev'],
    failure: pkgConfig('icu-uc >= 50.1 icu-io icu-i18n', ['icu-uc', 'icu-io', 'icu-i18n'], 'ICU'),
  },
  pdo_pgsql: {
    headers: ['/usr/include/postgresql/libpq-fe.h', '/usr/include/libpq-fe.h'],
    packages: ['libpq-dev', 'postgresql-dev', 'postgresql17-dev', 'postgresql16-dev'],
    failure: [
      'checking for pg_config... not found',
      'configure: error: Cannot find libpq-fe.h. Please specify correct PostgreSQL installation path',
    ],
  },
  xsl: {
    headers: ['/usr/include/libxslt/xslt.h'],
    packages: ['libxslt1-dev', 'libxslt-dev'],
    failure: pkgConfig('libxslt >= 1.1.0', ['libxslt'], 'XSL'),
  },
  soap: {
    headers: ['/usr/include/libxml2/libxml/parser.h'],
    packages: ['libxml2-dev'],
    failure: pkgConfig('libxml-2.0 >= 2.9.0', ['libxml-2.0'], 'LIBXML'),
  },
  bz2: {
    headers: ['/usr/include/bzlib.h'],
    packages: ['libbz2-dev', 'bzip2-dev'],
    failure: [
      'checking for BZip2 in default path... not found',
      'configure: error: Please reinstall the BZip2 distribution',
    ],
  },
  gmp: {
    headers: ['/usr/include/gmp.h', '/usr/include/x86_64-linux-gnu/gmp.h'],
    packages: ['libgmp-dev', 'gmp-dev'],
    failure: ['configure: error: GNU MP Library version 4.2 or greater required.'],
  },
  curl: {
    headers: ['/usr/include/x86_64-linux-gnu/curl/curl.h', '/usr/include/curl/curl.h'],
    packages: ['libcurl4-openssl-dev', 'libcurl4-gnutls-dev', 'curl-dev'],
    failure: pkgConfig('libcurl >= 7.29.0', ['libcurl'], 'CURL'),
  },
  ldap: {
    headers: ['/usr/include/ldap.h'],
    packages: ['libldap2-dev', 'libldap-dev', 'openldap-dev'],
    failure: ['configure: error: Cannot find ldap.h'],
  },
  tidy: {
    headers: ['/usr/include/tidy.h', '/usr/include/tidy/tidy.h'],
    packages: ['libtidy-dev', 'tidyhtml-dev'],
    failure: ['configure: error: Cannot find libtidy'],
  },
  mbstring: {
    headers: ['/usr/include/oniguruma.h'],
    packages: ['libonig-dev', 'oniguruma-dev'],
    failure: pkgConfig('oniguruma', ['oniguruma'], 'ONIG'),
  },
  sodium: {
    headers: ['/usr/include/sodium.h'],
    packages: ['libsodium-dev'],
    failure: pkgConfig('libsodium >= 1.0.8', ['libsodium'], 'LIBSODIUM'),
  },
};
NEEDS.pgsql = NEEDS.pdo_pgsql as LibraryNeed;

/** What gd needs besides libpng when configured `--with-jpeg` / `--with-freetype` / `--with-webp`. */
const GD_OPTIONS: Record<string, LibraryNeed> = {
  '--with-jpeg': {
    headers: ['/usr/include/jpeglib.h', '/usr/include/x86_64-linux-gnu/jpeglib.h'],
    packages: ['libjpeg-dev', 'libjpeg62-turbo-dev', 'libjpeg-turbo-dev'],
    failure: pkgConfig('libjpeg', ['libjpeg'], 'JPEG'),
  },
  '--with-freetype': {
    headers: ['/usr/include/freetype2/ft2build.h'],
    packages: ['libfreetype-dev', 'libfreetype6-dev', 'freetype-dev'],
    failure: pkgConfig('freetype2', ['freetype2'], 'FREETYPE2'),
  },
  '--with-webp': {
    headers: ['/usr/include/webp/decode.h'],
    packages: ['libwebp-dev'],
    failure: pkgConfig('libwebp >= 0.2.0', ['libwebp'], 'WEBP'),
  },
};

/** Whether a Debian or Alpine package is installed (dpkg status or apk's database). */
export function installedPackage(fs: FileSystem, names: string[]): boolean {
  const dpkg = readText(fs, '/var/lib/dpkg/status') ?? '';
  const apk = readText(fs, '/lib/apk/db/installed') ?? '';
  return names.some(
    (n) =>
      new RegExp(`^Package: ${n}\\n(?:[^\\n]+\\n)*?Status: install ok installed`, 'm').test(dpkg) ||
      new RegExp(`^P:${n}$`, 'm').test(apk),
  );
}

export function satisfied(fs: FileSystem, need: LibraryNeed): boolean {
  return need.headers.some((h) => exists(fs, h)) || installedPackage(fs, need.packages);
}

/** The unmet need that stops an extension's configure, if any. */
export function unmetNeed(
  fs: FileSystem,
  ext: string,
  options: readonly string[],
): LibraryNeed | undefined {
  const needs = [
    NEEDS[ext],
    ...(ext === 'gd' ? options.map((o) => GD_OPTIONS[o.split('=')[0] ?? '']) : []),
  ];
  return needs.find((n): n is LibraryNeed => n !== undefined && !satisfied(fs, n));
}

/** C sources make compiles (the first few; the rest are summarised by size). */
const SOURCES: Record<string, string[]> = {
  pdo_mysql: ['pdo_mysql.c', 'mysql_driver.c', 'mysql_statement.c', 'mysql_sql_parser.c'],
  mysqli: ['mysqli.c', 'mysqli_api.c', 'mysqli_prop.c', 'mysqli_nonapi.c', 'mysqli_report.c'],
  zip: ['php_zip.c', 'zip_stream.c'],
  gd: ['gd.c', 'libgd/gd.c', 'libgd/gd_gd.c', 'libgd/gd_png.c', 'libgd/gd_io.c'],
  intl: ['php_intl.c', 'intl_error.c', 'intl_convert.c', 'collator/collator_class.c'],
  bcmath: ['bcmath.c', 'libbcmath/src/add.c', 'libbcmath/src/div.c'],
  opcache: ['ZendAccelerator.c', 'zend_accelerator_blacklist.c', 'zend_file_cache.c'],
  pdo_pgsql: ['pdo_pgsql.c', 'pgsql_driver.c', 'pgsql_statement.c'],
  soap: ['soap.c', 'php_encoding.c', 'php_http.c', 'php_sdl.c'],
};

export function sourcesOf(ext: string): string[] {
  return SOURCES[ext] ?? [`${ext}.c`];
}

/** Size of the stripped .so docker-php-ext-install leaves in the extension directory. */
const SIZES: Record<string, number> = {
  gd: 420_000,
  intl: 1_050_000,
  opcache: 1_300_000,
  soap: 560_000,
  mysqli: 160_000,
  pdo_mysql: 52_000,
  zip: 92_000,
  bcmath: 86_000,
  pgsql: 170_000,
  pdo_pgsql: 70_000,
  sockets: 140_000,
};

export function builtSize(ext: string): number {
  return SIZES[ext] ?? 60_000 + ((ext.length * 4_099) % 40_000);
}

/** Extensions loaded as zend_extension (docker-php-ext-enable reads the ELF's symbols). */
export const ZEND_EXTENSIONS = new Set(['opcache', 'xdebug']);

/** Libraries an extension links beyond libc (shown by the make lines). */
const LINKS: Record<string, string> = {
  zip: '-lzip',
  gd: '-lpng16 -lz',
  intl: '-licuio -licui18n -licuuc -licudata -lstdc++',
  pdo_pgsql: '-lpq',
  pgsql: '-lpq',
};

/** What gd's configure adds to the link for each library it was configured with (config.m4's order). */
const GD_LINKS: [string, string][] = [
  ['--with-avif', '-lavif'],
  ['--with-webp', '-lwebp'],
  ['--with-jpeg', '-ljpeg'],
  ['--with-xpm', '-lXpm'],
  ['--with-freetype', '-lfreetype'],
];

/** The libraries an extension's shared object is linked with, given its configure options. */
export function linkLibraries(ext: string, options: readonly string[]): string {
  const flags = options.map((o) => o.split('=')[0]);
  const extra = ext === 'gd' ? GD_LINKS.filter(([o]) => flags.includes(o)).map(([, l]) => l) : [];
  return [LINKS[ext] ?? '', ...extra].filter(Boolean).join(' ');
}
