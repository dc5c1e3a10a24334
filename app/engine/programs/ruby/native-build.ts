/**
 * Whether a gem's C extension can compile in this image, and what RubyGems prints when it
 * cannot: mkmf needs a C compiler and make (build-essential, build-base), and some gems a
 * library's headers (pg: libpq-fe.h from libpq-dev; psych: yaml.h from libyaml-dev; mysql2:
 * the MySQL/MariaDB client headers). The check reads the image's files and package
 * databases; nothing is compiled.
 */
import type { Package } from '../../catalog/types';
import type { FileSystem } from '../../fs/filesystem';
import type { ProgramIO } from '../../shell/program';
import { exists, findOnPath, readText } from '../common/fs-helpers';
import type { RubyEnv } from './ruby-env';

interface HeaderSource {
  paths: string[];
  /** Debian and Alpine packages that provide it (their databases are checked too). */
  packages: string[];
  /** What extconf.rb prints when the header is missing. */
  missing: string[];
}

const HEADERS: Record<string, HeaderSource> = {
  'libpq-fe.h': {
    paths: ['/usr/include/postgresql/libpq-fe.h', '/usr/include/libpq-fe.h'],
    packages: ['libpq-dev', 'postgresql-dev'],
    missing: [
      'Calling libpq with GVL unlocked',
      'checking for pg_config... no',
      'checking for libpq per pkg-config... no',
      'Using libpq from ',
      'checking for libpq-fe.h... no',
      "Can't find the 'libpq-fe.h header",
    ],
  },
  'yaml.h': {
    paths: ['/usr/include/yaml.h', '/usr/local/include/yaml.h'],
    packages: ['libyaml-dev', 'yaml-dev'],
    missing: ['checking for yaml.h... no', 'yaml.h not found'],
  },
  'mysql.h': {
    paths: [
      '/usr/include/mysql/mysql.h',
      '/usr/include/mariadb/mysql.h',
      '/usr/include/mariadb/mariadb.h',
    ],
    packages: [
      'default-libmysqlclient-dev',
      'libmariadb-dev',
      'libmysqlclient-dev',
      'mariadb-dev',
      'mariadb-connector-c-dev',
    ],
    missing: [
      'checking for rb_absint_size()... yes',
      'checking for rb_absint_singlebit_p()... yes',
      'checking for rb_gc_mark_movable()... yes',
      'checking for rb_wait_for_single_fd()... yes',
      'checking for rb_enc_interned_str() in ruby.h... yes',
      '-----',
      'Using --with-mysql-config',
      '-----',
      'checking for mysql_query() in -lmysqlclient... no',
      '-----',
      "mysql client is missing. You may need to 'sudo apt-get install libmariadb-dev', 'sudo apt-get install libmysqlclient-dev' or 'sudo yum install mysql-devel', and try again.",
      '-----',
    ],
  },
};

function installedPackage(fs: FileSystem, names: string[]): boolean {
  const dpkg = readText(fs, '/var/lib/dpkg/status') ?? '';
  const apk = readText(fs, '/lib/apk/db/installed') ?? '';
  return names.some(
    (n) =>
      new RegExp(`^Package: ${n}\\n(?:[^\\n]+\\n)*?Status: install ok installed`, 'm').test(dpkg) ||
      new RegExp(`^P:${n}$`, 'm').test(apk),
  );
}

export interface BuildFailure {
  /** extconf.rb's output before it gave up. */
  log: string[];
  /** The error mkmf raised ("You have to install development tools first."), if any. */
  raised?: string;
}

/** Undefined when the extension would build; else what extconf.rb printed. */
export function nativeBuildFailure(
  io: ProgramIO,
  pkg: Package,
  ruby: RubyEnv,
): BuildFailure | undefined {
  const hasCompiler = ['gcc', 'cc', 'clang'].some((c) => findOnPath(io.fs, io.env, c));
  if (!hasCompiler || !findOnPath(io.fs, io.env, 'make')) {
    return {
      log: [],
      raised: `${ruby.prefix}/lib/ruby/${ruby.abi}/mkmf.rb:${ruby.abi >= '3.4.0' ? 526 : 490}:in 'MakeMakefile#try_do': The compiler failed to generate an executable file. (RuntimeError)\nYou have to install development tools first.`,
    };
  }
  for (const header of pkg.gem?.extension?.headers ?? []) {
    const source = HEADERS[header];
    if (!source) continue;
    if (source.paths.some((p) => exists(io.fs, p))) continue;
    if (installedPackage(io.fs, source.packages)) continue;
    return { log: source.missing };
  }
  return undefined;
}

/** RubyGems' report of a failed extension build, as Bundler and `gem install` print it. */
export function buildErrorText(
  failure: BuildFailure,
  gemDir: string,
  extensionDir: string,
  ruby: RubyEnv,
  extPath: string,
): string {
  const lines = [
    'ERROR: Failed to build gem native extension.',
    '',
    `    current directory: ${gemDir}/${extPath}`,
    `${ruby.ruby} extconf.rb`,
  ];
  if (failure.raised) lines.push(...failure.raised.split('\n'));
  else
    lines.push(
      ...failure.log,
      '*** extconf.rb failed ***',
      'Could not create Makefile due to some reason, probably lack of necessary',
      'libraries and/or headers.  Check the mkmf.log file for more details.  You may',
      'need configuration options.',
      '',
      'Provided configuration options:',
      '\t--with-opt-dir',
      '\t--without-opt-dir',
      '\t--with-opt-include=${opt-dir}/include',
      '\t--without-opt-include',
      '\t--with-opt-lib=${opt-dir}/lib',
      '\t--without-opt-lib',
      '\t--with-make-prog',
      '\t--without-make-prog',
      '\t--srcdir=.',
      '\t--curdir',
      `\t--ruby=${ruby.ruby}`,
    );
  lines.push(
    '',
    'To see why this extension failed to compile, please check the mkmf.log which can be found here:',
    '',
    `  ${extensionDir}/mkmf.log`,
    '',
    'extconf failed, exit code 1',
    '',
    `Gem files will remain installed in ${gemDir} for inspection.`,
    `Results logged to ${extensionDir}/gem_make.out`,
  );
  return `${lines.join('\n')}\n`;
}
