/**
 * pecl (PEAR's installer for PECL): `install` downloads a package's tarball, runs phpize,
 * configure (answering its prompts with the defaults, as a non-interactive build does), make
 * and make install, and leaves the .so in the extension directory without enabling it ("You
 * should add ... to php.ini"). Its registry under /usr/local/lib/php/.registry and the
 * sources left in /tmp/pear are written as pecl leaves them.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { exists, writeBlob, writeText } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import { configureLog, installLog, makeLog, phpizeBanner, phpizeFailure } from './ext-build';
import { satisfied } from './ext-catalog';
import { PECL, type PeclPackage } from './pecl-catalog';
import { phpEnv, type PhpEnv } from './php-env';

const REGISTRY = '/usr/local/lib/php/.registry/.channel.pecl.php.net';

function versionAtLeast(a: string, b: string): boolean {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

/** "redis", "redis-5.3.7", "channel://pecl.php.net/redis-5.3.7", "pecl.php.net/redis". */
function parseSpec(spec: string): { name: string; version?: string } {
  const bare = spec
    .replace(/^channel:\/\//, '')
    .replace(/^pecl\.php\.net\//, '')
    .replace(/^pecl\//, '');
  const m = /^([A-Za-z0-9_]+)(?:-(\d[\w.]*))?$/.exec(bare);
  if (!m) return { name: bare };
  return { name: (m[1] as string).toLowerCase(), ...(m[2] ? { version: m[2] } : {}) };
}

function thousands(n: number): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function standIn(name: string, version: string | undefined): PeclPackage {
  const unit = parseInt(sha256Hex(name).slice(0, 6), 16);
  return {
    name,
    version: version ?? `${1 + (unit % 3)}.${unit % 10}.${unit % 7}`,
    tgz: 40_000 + (unit % 200_000),
    sourceFiles: 10 + (unit % 40),
    prompts: [],
    flags: '',
    minPhp: '7.0.0',
    soSize: 200_000 + (unit % 600_000),
  };
}

function installOne(io: ProgramIO, env: PhpEnv, spec: string, force: boolean): number {
  const { name, version } = parseSpec(spec);
  const known = PECL.get(name);
  const pkg = known ? { ...known, ...(version ? { version } : {}) } : standIn(name, version);
  if (!known)
    io.note(
      `pecl: ${name} is not in Layercake's PECL catalog; it is installed as a plausible stand-in (version ${pkg.version}).`,
    );
  if (!force && exists(io.fs, `${REGISTRY}/${name}.reg`)) {
    io.stdout(
      `pecl/${name} is already installed and is the same as the released version ${pkg.version}\ninstall failed\n`,
    );
    return 1;
  }
  const tooOld = !versionAtLeast(env.version, pkg.minPhp);
  const tooNew = pkg.maxPhp !== undefined && !versionAtLeast(pkg.maxPhp, env.version);
  if (!version && (tooOld || tooNew)) {
    io.stdout(
      `pecl/${name} requires PHP (version >= ${pkg.minPhp}${pkg.maxPhp ? `, version <= ${pkg.maxPhp}` : ''}), installed version is ${env.version}\nNo valid packages found\ninstall failed\n`,
    );
    return 1;
  }
  const file = `${name}-${pkg.version}.tgz`;
  const dots = '.'.repeat(Math.max(1, Math.ceil(pkg.tgz / 4750)));
  io.stdout(
    `downloading ${file} ...\nStarting to download ${file} (${thousands(pkg.tgz)} bytes)\n${dots}done: ${thousands(pkg.tgz)} bytes\n${pkg.sourceFiles} source files, building\nrunning: phpize\n`,
  );
  io.spend(800 + Math.round(pkg.tgz / 10_000));
  const temp = `/tmp/pear/temp/${name}`;
  writeText(
    io.fs,
    `${temp}/package.xml`,
    `<?xml version="1.0" encoding="UTF-8"?>\n<package packagerversion="1.10.13" version="2.0">\n <name>${name}</name>\n <channel>pecl.php.net</channel>\n <version>\n  <release>${pkg.version}</release>\n </version>\n</package>\n`,
  );
  writeText(io.fs, `${temp}/config.m4`, `dnl config.m4 for extension ${name}\n`);
  writeBlob(io.fs, `${temp}/.sources`, `pecl-src:${name}-${pkg.version}`, pkg.tgz * 4);
  const noAutoconf = phpizeFailure(io);
  io.stdout(phpizeBanner(env));
  if (noAutoconf) {
    io.stdout(`${noAutoconf}ERROR: \`phpize' failed\n`);
    return 1;
  }
  const build = `/tmp/pear/temp/pear-build-defaultuser${sha256Hex(`${name}${io.now}`).slice(0, 6)}`;
  const prompts = pkg.prompts.map(([q, d]) => `${q}? [${d}] : `).join('');
  io.stdout(`${prompts}building in ${build}/${name}-${pkg.version}\n`);
  const configure = `${temp}/configure --with-php-config=/usr/local/bin/php-config${pkg.flags ? ` ${pkg.flags}` : ''}`;
  io.stdout(`running: ${configure}\n`);
  const result = configureLog(io, env, name, []);
  const unmet = !result.failed && pkg.need !== undefined && !satisfied(io.fs, pkg.need);
  if (result.failed || unmet) {
    io.stdout(unmet ? `${result.log}${(pkg.need?.failure ?? []).join('\n')}\n` : result.log);
    io.stdout(`ERROR: \`${configure}' failed\n`);
    return 1;
  }
  io.stdout(result.log);
  io.stdout(`running: make\n${makeLog(env, name, `${build}/${name}-${pkg.version}`)}`);
  const installRoot = `${build}/install-${name}-${pkg.version}`;
  io.stdout(
    `running: make INSTALL_ROOT="${installRoot}" install\n${installLog({ ...env, extDir: `${installRoot}${env.extDir}` })}running: find "${installRoot}" | xargs ls -dils\n`,
  );
  io.stdout(
    `Build process completed successfully\nInstalling '${env.extDir}/${name}.so'\ninstall ok: channel://pecl.php.net/${name}-${pkg.version}\nconfiguration option "php_ini" is not set to php.ini location\nYou should add "${pkg.zend ? `zend_extension=${env.extDir}/${name}.so` : `extension=${name}.so`}" to php.ini\n`,
  );
  writeBlob(
    io.fs,
    `${env.extDir}/${name}.so`,
    `pecl:${name}-${pkg.version}:${env.api}`,
    pkg.soSize,
    0o755,
  );
  writeBlob(
    io.fs,
    `${REGISTRY}/${name}.reg`,
    `pecl-reg:${name}-${pkg.version}`,
    2_000 + pkg.sourceFiles * 90,
  );
  writeBlob(io.fs, '/usr/local/lib/php/.filemap', `pecl-filemap:${name}`, 1_800);
  writeBlob(io.fs, '/usr/local/lib/php/.depdb', `pecl-depdb:${name}`, 700);
  writeText(io.fs, '/usr/local/lib/php/.depdblock', '');
  writeText(io.fs, '/usr/local/lib/php/.lock', '');
  io.spend(Math.min(240_000, 6_000 + pkg.sourceFiles * 400));
  io.note(
    `pecl compiled nothing: ${name}.so is modelled from Layercake's PECL catalog. It is not enabled until an ini file loads it (docker-php-ext-enable ${name}).`,
  );
  return 0;
}

export const peclProgram: Program = (argv, io) => {
  const env = phpEnv(io);
  if (!env) return (io.note('pecl: no PHP of the official images\u2019 layout here.'), 0);
  const [command, ...rest] = argv.slice(1);
  switch (command) {
    case 'install': {
      const force = rest.some((a) => a === '-f' || a === '--force');
      const specs = rest.filter((a) => !a.startsWith('-'));
      if (specs.length === 0) {
        io.stdout('install: no package name given\n');
        return 1;
      }
      for (const spec of specs) {
        const code = installOne(io, env, spec, force);
        if (code !== 0) return code;
      }
      return 0;
    }
    case 'update-channels':
      io.stdout(
        'Updating channel "doc.php.net"\nChannel "doc.php.net" is up to date\nUpdating channel "pecl.php.net"\nChannel "pecl.php.net" is up to date\n',
      );
      return 0;
    case 'version':
      io.stdout(
        `PEAR Version: 1.10.16\nPHP Version: ${env.version}\nZend Engine Version: 4.${env.minor.split('.')[1]}.0\nRunning on: Linux buildkitsandbox 6.10.14-linuxkit #1 SMP x86_64\n`,
      );
      return 0;
    default:
      io.stdout(
        `Commands:\nbuild                  Build an Extension From C Source\ninstall                Install Package\nlist                   List Installed Packages In The Default Channel\nuninstall              Un-install Package\nupdate-channels        Update the Channel List\nversion                Version Information\nUsage: pecl [options] command [command-options] <parameters>\n`,
      );
      return command === undefined ? 0 : 1;
  }
};
