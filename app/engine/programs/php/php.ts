/**
 * php: the CLI of an official php image. `-v`, `-m`, `-i` and `--ini` report what the image
 * really holds (the version, compiled-in modules plus the extensions its ini files load);
 * scripts and `-r` code are application code and are not run (a note says so), but a
 * missing script fails as php does.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { absolute, isFile } from '../common/fs-helpers';
import {
  compiledModules,
  loadedModules,
  phpEnv,
  readIni,
  zendExtensionApi,
  type PhpEnv,
} from './php-env';

/** When the stand-in images' php was built (they are dated 2025-12-09). */
const BUILT = 'Dec  9 2025 19:34:07';
const NOT_RUN = 'the simulation does not run PHP code.';

function versionText(io: ProgramIO, env: PhpEnv, noIni: boolean): string {
  const [major = '8', minorDigit = '4'] = env.minor.split('.');
  const patch = env.version.split('.')[2] ?? '0';
  const engine = major === '7' ? `3.${minorDigit}.0` : `4.${minorDigit}.${patch}`;
  const nts = env.zts ? 'ZTS' : 'NTS';
  const lines = [
    `PHP ${env.version} (cli) (built: ${BUILT}) (${major === '7' ? ` ${nts} ` : nts})`,
    'Copyright (c) The PHP Group',
    ...(Number(minorDigit) >= 4 && major === '8'
      ? ['Built by https://github.com/docker-library/php']
      : []),
    `Zend Engine v${engine}, Copyright (c) Zend Technologies`,
  ];
  const mods = noIni ? undefined : loadedModules(io.fs, env);
  if (env.minor === '8.5' || mods?.zend.includes('Zend OPcache'))
    lines.push(`    with Zend OPcache v${env.version}, Copyright (c), by Zend Technologies`);
  if (mods?.zend.includes('Xdebug'))
    lines.push('    with Xdebug v3.4.7, Copyright (c) 2002-2025, by Derick Rethans');
  return `${lines.join('\n')}\n`;
}

/** PHP's startup warning for an `extension=` whose file is missing (CLI: stderr and stdout). */
function startupWarnings(io: ProgramIO, env: PhpEnv, missing: string[]): void {
  for (const file of missing) {
    const base = `${env.extDir}/${file}`;
    const tried = `${base} (${base}: cannot open shared object file: No such file or directory), ${base}.so (${base}.so: cannot open shared object file: No such file or directory)`;
    const text = `PHP Startup: Unable to load dynamic library '${file}' (tried: ${tried}) in Unknown on line 0`;
    io.stderr(`PHP Warning:  ${text}\n`);
    io.stdout(`\nWarning: ${text}\n`);
  }
}

function iniText(io: ProgramIO, env: PhpEnv): string {
  const ini = readIni(io.fs, env);
  return [
    `Configuration File (php.ini) Path: ${env.iniDir}`,
    `Loaded Configuration File:         ${ini.loaded ?? '(none)'}`,
    `Scan for additional .ini files in: ${env.confD}`,
    `Additional .ini files parsed:      ${ini.scanned.length > 0 ? ini.scanned.join(',\n') : '(none)'}`,
    '',
  ].join('\n');
}

function infoText(io: ProgramIO, env: PhpEnv): string {
  const ini = readIni(io.fs, env);
  const mods = loadedModules(io.fs, env);
  return [
    'phpinfo()',
    `PHP Version => ${env.version}`,
    '',
    `System => Linux buildkitsandbox 6.10.14-linuxkit #1 SMP x86_64`,
    `Build Date => ${BUILT}`,
    'Build System => Linux - Docker',
    'Build Provider => https://github.com/docker-library/php',
    "Configure Command =>  './configure'  '--build=x86_64-linux-gnu' '--with-config-file-path=/usr/local/etc/php' '--with-config-file-scan-dir=/usr/local/etc/php/conf.d' '--enable-option-checking=fatal' '--with-mhash' '--with-pic' '--enable-ftp' '--enable-mbstring' '--enable-mysqlnd' '--with-password-argon2' '--with-sodium=shared' '--with-pdo-sqlite=/usr' '--with-sqlite3=/usr' '--with-curl' '--with-iconv' '--with-openssl' '--with-readline' '--with-zlib' '--disable-phpdbg' '--with-pear' '--with-libdir=lib/x86_64-linux-gnu' '--disable-cgi' 'build_alias=x86_64-linux-gnu'",
    'Server API => Command Line Interface',
    'Virtual Directory Support => disabled',
    `Configuration File (php.ini) Path => ${env.iniDir}`,
    `Loaded Configuration File => ${ini.loaded ?? '(none)'}`,
    `Scan this dir for additional .ini files => ${env.confD}`,
    `Additional .ini files parsed => ${ini.scanned.length > 0 ? ini.scanned.join(',\n') : '(none)'}`,
    `PHP API => ${env.api}`,
    `PHP Extension => ${env.api}`,
    `Zend Extension => ${zendExtensionApi(env)}`,
    `Zend Extension Build => API${zendExtensionApi(env)},${env.zts ? 'TS' : 'NTS'}`,
    `PHP Extension Build => API${env.api},${env.zts ? 'TS' : 'NTS'}`,
    'Debug Build => no',
    `Thread Safety => ${env.zts ? 'enabled' : 'disabled'}`,
    '',
    `extension_dir => ${env.extDir} => ${env.extDir}`,
    '',
    ...mods.php.map((m) => `${m}\n\n${m} support => enabled\n`),
    '',
  ].join('\n');
}

/** Options that take a value (`-d memory_limit=-1`, `-S 0.0.0.0:80`). */
const VALUE_OPTIONS = new Set(['-d', '-c', '-r', '-f', '-S', '-t', '-z', '-B', '-R', '-F', '-E']);

export const phpProgram: Program = (argv, io) => {
  const env = phpEnv(io);
  if (!env) {
    io.note('php: this image has no PHP of the official images\u2019 layout; nothing ran.');
    return 0;
  }
  const args = argv.slice(1);
  let noIni = false;
  let script: string | undefined;
  let code: string | undefined;
  let action: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      script = args[i + 1];
      break;
    }
    if (VALUE_OPTIONS.has(arg)) {
      const value = args[++i];
      if (value === undefined) {
        io.stderr(`Error in argument ${i}, char 2: option not found ${arg.slice(1)}\n`);
        return 1;
      }
      if (arg === '-r') code = value;
      else if (arg === '-f') script = value;
      else if (arg === '-S') action = '-S';
      continue;
    }
    if (arg === '-n') noIni = true;
    else if (
      [
        '-v',
        '--version',
        '-m',
        '--modules',
        '-i',
        '--info',
        '--ini',
        '-a',
        '-h',
        '--help',
        '-l',
      ].includes(arg)
    )
      action ??= arg;
    else if (arg.startsWith('-') && arg.length > 1 && !/^-[dcr]./.test(arg)) {
      io.stderr(`Error in argument 1, char 2: option not found ${arg.replace(/^-+/, '')}\n`);
      return 1;
    } else if (!arg.startsWith('-')) {
      script = arg;
      break;
    }
  }
  const mods = noIni ? undefined : loadedModules(io.fs, env);
  if (mods && action !== '--ini') startupWarnings(io, env, mods.missing);
  switch (action) {
    case '-v':
    case '--version':
      io.stdout(versionText(io, env, noIni));
      return 0;
    case '-m':
    case '--modules': {
      const php = mods?.php ?? compiledModules(env);
      const zend = mods?.zend ?? [];
      io.stdout(
        `[PHP Modules]\n${php.join('\n')}\n\n[Zend Modules]\n${zend.map((z) => `${z}\n`).join('')}\n`,
      );
      return 0;
    }
    case '-i':
    case '--info':
      io.stdout(infoText(io, env));
      return 0;
    case '--ini':
      io.stdout(iniText(io, env));
      return 0;
    case '-h':
    case '--help':
      io.stdout(
        `Usage: php [options] [-f] <file> [--] [args...]\n   php [options] -r <code> [--] [args...]\n   php [options] -S <addr>:<port> [-t docroot] [router]\n   php [options] -- [args...]\n   php [options] -a\n`,
      );
      return 0;
    case '-S':
      io.note(`php -S: the built-in web server is not run; ${NOT_RUN}`);
      return 0;
    case '-a':
      io.stdout('Interactive shell\n\n');
      io.note(`php -a: ${NOT_RUN}`);
      return 0;
  }
  if (code !== undefined) {
    io.note(`php -r: ${NOT_RUN}`);
    return 0;
  }
  if (script === undefined) {
    io.note(`php read its script from standard input: ${NOT_RUN}`);
    return 0;
  }
  if (!isFile(io.fs, absolute(io.cwd, script))) {
    io.stdout(`Could not open input file: ${script}\n`);
    return 1;
  }
  if (action === '-l') {
    io.stdout(`No syntax errors detected in ${script}\n`);
    return 0;
  }
  io.note(`php ${script}: application code is not executed; ${NOT_RUN}`);
  return 0;
};
