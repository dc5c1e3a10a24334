/**
 * The official php images' helper scripts: docker-php-source (extract/delete /usr/src/php),
 * docker-php-ext-configure (phpize + ./configure), docker-php-ext-install (configure if
 * needed, make, strip, make install, enable, make clean, delete the source it extracted) and
 * docker-php-ext-enable (a docker-php-ext-<name>.ini in conf.d). Messages are the scripts'.
 */
import type { Program, ProgramIO } from '../../shell/program';
import {
  exists,
  isDir,
  listDir,
  readText,
  removeTree,
  writeBlob,
  writeText,
} from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import { builtSize, sourceExtensions, ZEND_EXTENSIONS } from './ext-catalog';
import {
  CLEAN_LOG,
  configureLog,
  installLog,
  makeLog,
  phpizeBanner,
  phpizeFailure,
} from './ext-build';
import { phpEnv, type PhpEnv } from './php-env';

const SRC = '/usr/src/php';
const TARBALL = '/usr/src/php.tar.xz';
const NO_PHP = 'docker-php-*: this image has no PHP of the official images\u2019 layout.';

/** The directories of /usr/src/php/ext that hold a config.m4 (the scripts' "Possible values"). */
function possibleValues(io: ProgramIO): string {
  return listDir(io.fs, `${SRC}/ext`)
    .filter((e) => exists(io.fs, `${SRC}/ext/${e}/config.m4`))
    .sort()
    .join(' ');
}

const ALREADY =
  'Some of the above modules are already compiled into PHP; please check\nthe output of "php -i" to see which modules are already loaded.\n';

/** `docker-php-source extract`: unpack php.tar.xz once (a modelled source tree). */
function extract(io: ProgramIO, env: PhpEnv): number {
  if (exists(io.fs, `${SRC}/.docker-extracted`)) return 0;
  if (!exists(io.fs, TARBALL)) {
    io.stderr(
      `tar: ${TARBALL}: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n`,
    );
    return 2;
  }
  for (const ext of sourceExtensions(env.minor))
    writeText(io.fs, `${SRC}/ext/${ext}/config.m4`, `dnl config.m4 for extension ${ext}\n`);
  const bulk = [
    'configure',
    'main/main.c',
    'Zend/zend_execute.c',
    'Zend/zend_vm_execute.h',
    'ext/standard/basic_functions.c',
    'sapi/cli/php_cli.c',
    'build/config.guess',
    'run-tests.php',
  ];
  bulk.forEach((p, i) =>
    writeBlob(
      io.fs,
      `${SRC}/${p}`,
      `php-src:${env.version}:${p}`,
      [2_900_000, 1_100_000, 410_000, 4_200_000, 120_000, 45_000, 44_000, 120_000][i] ?? 10_000,
    ),
  );
  writeBlob(io.fs, `${SRC}/tests/.all`, `php-src-tests:${env.version}`, 48_000_000);
  writeText(io.fs, `${SRC}/.docker-extracted`, '');
  io.spend(2_500);
  return 0;
}

export const dockerPhpSourceProgram: Program = (argv, io) => {
  const env = phpEnv(io);
  const usage = `usage: ${argv[0]} COMMAND\n\nManage php source tarball lifecycle.\n\nCommands:\n   extract  extract php source tarball into directory ${SRC} if not already done.\n   delete   delete extracted php source located into ${SRC} if not already done.\n\n`;
  if (argv[1] === 'extract' && env) return extract(io, env);
  if (argv[1] === 'delete') {
    removeTree(io.fs, SRC);
    return 0;
  }
  io.stdout(usage);
  return 1;
};

/** `--ini-name x.ini`, `-jN`, `-j N`, then names (and, for configure, its flags). */
function readArgs(args: string[]): { names: string[]; ini?: string } {
  const names: string[] = [];
  let ini: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--ini-name') ini = args[++i];
    else if (a.startsWith('--ini-name=')) ini = a.slice(11);
    else if (a === '-j') i++;
    else if (/^-j\d*$/.test(a) || a.startsWith('--jobs')) continue;
    else if (a !== '') names.push(a);
  }
  return { names, ...(ini ? { ini } : {}) };
}

function configureOne(io: ProgramIO, env: PhpEnv, ext: string, flags: string[]): number {
  const dir = `${SRC}/ext/${ext}`;
  const noAutoconf = phpizeFailure(io);
  io.stdout(phpizeBanner(env));
  if (noAutoconf) {
    io.stderr(noAutoconf);
    return 1;
  }
  const result = configureLog(io, env, ext, flags);
  io.stdout(result.log);
  io.spend(4_000);
  if (result.failed) return 1;
  writeText(
    io.fs,
    `${dir}/Makefile`,
    `# configured with: ${flags.join(' ')}\nEXTENSION = ${ext}\n`,
  );
  writeText(
    io.fs,
    `${dir}/config.h`,
    '/* config.h.  Generated from config.h.in by configure.  */\n',
  );
  return 0;
}

export const dockerPhpExtConfigureProgram: Program = (argv, io) => {
  const env = phpEnv(io);
  if (!env) return (io.note(NO_PHP), 0);
  const [ext, ...flags] = argv.slice(1);
  const code = extract(io, env);
  if (code !== 0) return code;
  const usage = () =>
    `usage: ${argv[0]} ext-name [configure flags]\n   ie: ${argv[0]} gd --with-jpeg-dir=/usr/local/something\n\nPossible values for ext-name:\n${possibleValues(io)}\n\n${ALREADY}`;
  if (!ext) {
    io.stderr(usage());
    return 1;
  }
  if (!isDir(io.fs, `${SRC}/ext/${ext}`)) {
    io.stderr(`error: ${SRC}/ext/${ext} does not exist\n\n${usage()}`);
    return 1;
  }
  return configureOne(io, env, ext, flags);
};

export const dockerPhpExtInstallProgram: Program = (argv, io) => {
  const env = phpEnv(io);
  if (!env) return (io.note(NO_PHP), 0);
  const { names, ini } = readArgs(argv.slice(1));
  const hadSource = isDir(io.fs, SRC);
  const code = extract(io, env);
  if (code !== 0) return code;
  if (!hadSource) writeText(io.fs, `${SRC}/.docker-delete-me`, '');
  const usage = () =>
    `usage: ${argv[0]} [-jN] [--ini-name file.ini] ext-name [ext-name ...]\n   ie: ${argv[0]} gd mysqli\n       ${argv[0]} pdo pdo_mysql\n       ${argv[0]} -j5 gd mbstring mysqli pdo pdo_mysql shmop\n\nif custom ./configure arguments are necessary, see docker-php-ext-configure\n\nPossible values for ext-name:\n${possibleValues(io)}\n\n${ALREADY}`;
  for (const ext of names) {
    if (!isDir(io.fs, `${SRC}/ext/${ext}`)) {
      io.stderr(`error: ${SRC}/ext/${ext} does not exist\n\n${usage()}`);
      return 1;
    }
  }
  if (names.length === 0) {
    io.stderr(usage());
    return 1;
  }
  let apkDel: string | undefined;
  if (env.alpine && io.env.PHPIZE_DEPS) {
    const db = readText(io.fs, '/lib/apk/db/installed') ?? '';
    if (/^P:\.phpize-deps-configure$/m.test(db)) apkDel = '.phpize-deps-configure';
    else if (!/^P:\.phpize-deps$/m.test(db)) {
      const deps = io.env.PHPIZE_DEPS.split(/\s+/).filter(Boolean);
      const added = io.run(['apk', 'add', '--no-cache', '--virtual', '.phpize-deps', ...deps]);
      if (added !== 0) return added;
      apkDel = '.phpize-deps';
    }
  }
  for (const ext of names) {
    const dir = `${SRC}/ext/${ext}`;
    if (!exists(io.fs, `${dir}/Makefile`)) {
      const configured = configureOne(io, env, ext, []);
      if (configured !== 0) return configured;
    }
    // the options docker-php-ext-configure gave configure decide what gd links (-ljpeg, -lfreetype)
    const options = /^# configured with: (.*)$/m.exec(readText(io.fs, `${dir}/Makefile`) ?? '');
    io.stdout(makeLog(env, ext, dir, ext, options?.[1]?.split(' ').filter(Boolean) ?? []));
    io.stderr(`+ strip --strip-all modules/${ext}.so\n`);
    io.stdout(installLog(env));
    const so = `${env.extDir}/${ext}.so`;
    writeBlob(
      io.fs,
      so,
      `php-ext:${env.version}:${ext}:${sha256Hex(readText(io.fs, `${dir}/Makefile`) ?? '')}`,
      builtSize(ext),
      0o755,
    );
    const enabled = enable(io, env, [ext], ini);
    if (enabled !== 0) return enabled;
    io.stdout(CLEAN_LOG);
    io.spend(ext === 'intl' || ext === 'gd' ? 40_000 : 9_000);
  }
  if (apkDel) io.run(['apk', 'del', '--no-network', apkDel]);
  if (exists(io.fs, `${SRC}/.docker-delete-me`)) removeTree(io.fs, SRC);
  io.note(
    `docker-php-ext-install compiled nothing: the extension${names.length > 1 ? 's are' : ' is'} modelled (${names.map((n) => `${n}.so`).join(', ')} in ${env.extDir}).`,
  );
  return 0;
};

/** Writes each module's ini line as docker-php-ext-enable does. */
function enable(io: ProgramIO, env: PhpEnv, modules: string[], iniName?: string): number {
  for (const module of modules) {
    const ext = module.replace(/^.*\//, '').replace(/\.so$/, '');
    const name = ZEND_EXTENSIONS.has(ext) ? 'zend_extension' : 'extension';
    const line = `${name}=${module}`;
    const ini = iniName
      ? iniName.startsWith('/')
        ? iniName
        : `${env.confD}/${iniName}`
      : `${env.confD}/docker-php-ext-${ext}.ini`;
    const existing = readText(io.fs, ini) ?? '';
    const loaded = listDir(io.fs, env.confD).some((f) =>
      new RegExp(`^\\s*(zend_)?extension\\s*=\\s*"?(${ext}|${ext}\\.so)"?\\s*$`, 'm').test(
        readText(io.fs, `${env.confD}/${f}`) ?? '',
      ),
    );
    if (loaded && !existing.split('\n').includes(line)) {
      io.stderr(`\nwarning: ${ext} (${module}) is already loaded!\n\n`);
      continue;
    }
    if (!existing.split('\n').some((l) => l === line || l === `${line}.so`))
      writeText(io.fs, ini, `${existing}${line}\n`);
  }
  return 0;
}

export const dockerPhpExtEnableProgram: Program = (argv, io) => {
  const env = phpEnv(io);
  if (!env) return (io.note(NO_PHP), 0);
  const { names, ini } = readArgs(argv.slice(1));
  const usage = () => {
    const sos = listDir(io.fs, env.extDir)
      .filter((f) => f.endsWith('.so'))
      .sort();
    return `usage: ${argv[0]} [options] module-name [module-name ...]\n   ie: ${argv[0]} gd mysqli\n       ${argv[0]} pdo pdo_mysql\n       ${argv[0]} --ini-name 0-apc.ini apcu apc\n\nPossible values for module-name:\n${sos.join(' ')}\n\n${ALREADY}`;
  };
  for (const module of names) {
    const path = module.startsWith('/') ? module : `${env.extDir}/${module}`;
    if (!exists(io.fs, path) && !exists(io.fs, `${path}.so`)) {
      io.stderr(`error: '${module}' does not exist\n\n${usage()}`);
      return 1;
    }
  }
  if (names.length === 0) {
    io.stderr(usage());
    return 1;
  }
  return enable(io, env, names, ini);
};
