/**
 * PECL packages real Dockerfiles install, at their releases current in late 2025: the
 * tarball's size and file count (pecl prints both), configure's interactive prompts (pecl
 * answers them with the defaults, all on one line in a build log), the PHP versions a
 * release accepts, the library it needs to compile, and the built .so's size.
 */
import type { LibraryNeed } from './ext-catalog';

export interface PeclPackage {
  name: string;
  version: string;
  tgz: number;
  sourceFiles: number;
  /** `[prompt, default]` pairs, shown as "prompt? [default] : ". */
  prompts: [string, string][];
  /** The configure flags those answers become. */
  flags: string;
  minPhp: string;
  /** Highest accepted PHP (package.xml's <max>), if any. */
  maxPhp?: string;
  zend?: boolean;
  need?: LibraryNeed;
  soSize: number;
}

function pkgConfigNeed(
  check: string,
  module: string,
  variable: string,
  packages: string[],
  headers: string[],
): LibraryNeed {
  return {
    headers,
    packages,
    failure: [
      `checking for ${check}... no`,
      `configure: error: Package requirements (${check}) were not met:`,
      '',
      `No package '${module}' found`,
      '',
      'Consider adjusting the PKG_CONFIG_PATH environment variable if you',
      'installed software in a non-standard prefix.',
      '',
      `Alternatively, you may set the environment variables ${variable}_CFLAGS`,
      `and ${variable}_LIBS to avoid the need to call pkg-config.`,
      'See the pkg-config man page for more details.',
    ],
  };
}

const LIST: PeclPackage[] = [
  {
    name: 'redis',
    version: '6.3.0',
    tgz: 390_418,
    sourceFiles: 31,
    prompts: [
      ['enable igbinary serializer support', 'no'],
      ['enable lzf compression support', 'no'],
      ['enable zstd compression support', 'no'],
      ['enable msgpack serializer support', 'no'],
      ['enable lz4 compression support', 'no'],
    ],
    flags:
      '--enable-redis-igbinary=no --enable-redis-lzf=no --enable-redis-zstd=no --enable-redis-msgpack=no --enable-redis-lz4=no',
    minPhp: '7.4.0',
    soSize: 2_590_000,
  },
  {
    name: 'xdebug',
    version: '3.4.7',
    tgz: 274_101,
    sourceFiles: 85,
    prompts: [],
    flags: '',
    minPhp: '8.0.0',
    maxPhp: '8.4.99',
    zend: true,
    soSize: 1_880_000,
  },
  {
    name: 'imagick',
    version: '3.8.0',
    tgz: 364_110,
    sourceFiles: 46,
    prompts: [['Please provide the prefix of ImageMagick installation', 'autodetect']],
    flags: '--with-imagick',
    minPhp: '5.6.0',
    need: {
      headers: [
        '/usr/include/ImageMagick-6/wand/MagickWand.h',
        '/usr/include/ImageMagick-7/MagickWand/MagickWand.h',
      ],
      packages: ['libmagickwand-dev', 'imagemagick-dev'],
      failure: [
        "checking ImageMagick MagickWand API configuration program... checking Testing /usr/local/bin/MagickWand-config... Doesn't exist",
        "checking Testing /usr/bin/MagickWand-config... Doesn't exist",
        "checking Testing /opt/bin/MagickWand-config... Doesn't exist",
        "checking Testing /opt/local/bin/MagickWand-config... Doesn't exist",
        "checking Testing /opt/homebrew/bin/MagickWand-config... Doesn't exist",
        'configure: error: not found. Please provide a path to MagickWand-config or Wand-config program.',
      ],
    },
    soSize: 1_270_000,
  },
  {
    name: 'apcu',
    version: '5.1.27',
    tgz: 94_208,
    sourceFiles: 68,
    prompts: [['Enable internal debugging in APCu', 'no']],
    flags: '--enable-apcu-debug=no',
    minPhp: '7.0.0',
    soSize: 390_000,
  },
  {
    name: 'mongodb',
    version: '2.1.4',
    tgz: 2_091_622,
    sourceFiles: 1_140,
    prompts: [
      ['Enable developer flags (this signifcantly slows down the build)', 'no'],
      ['Enable code coverage', 'no'],
      ['Enable client-side encryption support', 'auto'],
    ],
    flags:
      '--enable-mongodb-developer-flags=no --enable-mongodb-coverage=no --with-mongodb-client-side-encryption=auto',
    minPhp: '8.1.0',
    maxPhp: '8.99.99',
    soSize: 7_900_000,
  },
  {
    name: 'igbinary',
    version: '3.2.16',
    tgz: 94_502,
    sourceFiles: 48,
    prompts: [],
    flags: '',
    minPhp: '7.0.0',
    soSize: 420_000,
  },
  {
    name: 'swoole',
    version: '6.1.2',
    tgz: 2_395_126,
    sourceFiles: 1_011,
    prompts: [
      ['enable sockets supports', 'no'],
      ['enable openssl support', 'no'],
      ['enable mysqlnd support', 'no'],
      ['enable curl support', 'no'],
      ['enable cares support', 'no'],
      ['enable brotli support', 'yes'],
      ['enable zstd support', 'no'],
      ['enable PostgreSQL database support', 'no'],
      ['enable ODBC database support', 'no'],
      ['enable Oracle database support', 'no'],
      ['enable Sqlite database support', 'no'],
      ['enable Firebird database support', 'no'],
    ],
    flags:
      '--enable-sockets=no --enable-openssl=no --enable-mysqlnd=no --enable-swoole-curl=no --enable-cares=no --enable-brotli=yes --enable-zstd=no --enable-swoole-pgsql=no --with-swoole-odbc=no --with-swoole-oracle=no --enable-swoole-sqlite=no --enable-swoole-firebird=no',
    minPhp: '8.1.0',
    need: pkgConfigNeed(
      'libbrotlienc',
      'libbrotlienc',
      'BROTLIENC',
      ['libbrotli-dev', 'brotli-dev'],
      ['/usr/include/brotli/encode.h'],
    ),
    soSize: 24_600_000,
  },
  {
    name: 'pcov',
    version: '1.0.12',
    tgz: 27_203,
    sourceFiles: 11,
    prompts: [],
    flags: '',
    minPhp: '7.1.0',
    soSize: 140_000,
  },
  {
    name: 'memcached',
    version: '3.3.0',
    tgz: 92_210,
    sourceFiles: 34,
    prompts: [
      ['libmemcached directory', 'no'],
      ['zlib directory', 'no'],
      ['use system fastlz', 'no'],
      ['enable igbinary serializer', 'no'],
      ['enable msgpack serializer', 'no'],
      ['enable json serializer', 'no'],
      ['enable server protocol', 'no'],
      ['enable sasl', 'yes'],
      ['enable sessions', 'yes'],
    ],
    flags:
      '--with-libmemcached-dir=no --with-zlib-dir=no --with-system-fastlz=no --enable-memcached-igbinary=no --enable-memcached-msgpack=no --enable-memcached-json=no --enable-memcached-protocol=no --enable-memcached-sasl=yes --enable-memcached-session=yes',
    minPhp: '7.0.0',
    need: pkgConfigNeed(
      'libmemcached >= 1.0.18',
      'libmemcached',
      'MEMCACHED',
      ['libmemcached-dev', 'libmemcached-dev'],
      ['/usr/include/libmemcached/memcached.h'],
    ),
    soSize: 520_000,
  },
  {
    name: 'grpc',
    version: '1.76.0',
    tgz: 9_020_114,
    sourceFiles: 6_102,
    prompts: [],
    flags: '',
    minPhp: '7.0.0',
    need: {
      headers: ['/usr/include/zlib.h'],
      packages: ['zlib1g-dev', 'zlib-dev'],
      failure: ['configure: error: Cannot find zlib'],
    },
    soSize: 52_000_000,
  },
];

export const PECL: ReadonlyMap<string, PeclPackage> = new Map(LIST.map((p) => [p.name, p]));
