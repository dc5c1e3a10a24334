/**
 * composer (2.x): install, update, require, dump-autoload and --version, reading composer.json
 * and composer.lock in the working directory. Output goes to stderr as Composer writes it.
 * Nothing is downloaded: releases come from the packagist catalog (packagist-data.ts).
 */
import type { Program, ProgramIO } from '../../../shell/program';
import { findOnPath, readText, writeText } from '../../common/fs-helpers';
import { loadedModules, phpEnv, readIni } from '../php-env';
import { releases, type Release } from './packagist';
import { resolve, type Chosen } from './resolve';
import { contentHash, lockText, placePackage, writeAutoloader } from './vendor';

const DEFAULT_VERSION = '2.9.2';

function composerVersion(io: ProgramIO): string {
  return io.env.COMPOSER_VERSION ?? DEFAULT_VERSION;
}

/** COMPOSER_HOME and the cache, as Composer's Factory finds them on Linux. */
function cacheDir(io: ProgramIO): string {
  if (io.env.COMPOSER_CACHE_DIR) return io.env.COMPOSER_CACHE_DIR;
  if (io.env.COMPOSER_HOME) return `${io.env.COMPOSER_HOME}/cache`;
  const home = io.env.HOME ?? io.user.home;
  const xdg = Object.keys(io.env).some((k) => k.startsWith('XDG_')) || io.fs.stat('/etc/xdg').ok;
  if (xdg) return `${io.env.XDG_CACHE_HOME ?? `${home}/.cache`}/composer`;
  return `${home}/.composer/cache`;
}

interface Options {
  noDev: boolean;
  optimize: boolean;
  noScripts: boolean;
  ignore: (name: string) => boolean;
  operands: string[];
}

function readOptions(args: string[]): Options {
  const ignored = args
    .filter((a) => a.startsWith('--ignore-platform-req='))
    .map((a) => a.slice(22));
  const all = args.includes('--ignore-platform-reqs');
  return {
    noDev: args.includes('--no-dev'),
    optimize: args.some((a) =>
      ['-o', '--optimize-autoloader', '--optimize', '--classmap-authoritative', '-a'].includes(a),
    ),
    noScripts: args.includes('--no-scripts'),
    ignore: (n) =>
      all || ignored.includes(n) || (ignored.includes('ext-*') && n.startsWith('ext-')),
    operands: args.filter((a) => !a.startsWith('-')),
  };
}

type Json = Record<string, unknown>;

function readJson(io: ProgramIO, path: string): Json | 'invalid' | undefined {
  const text = readText(io.fs, path);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Json)
      : 'invalid';
  } catch {
    return 'invalid';
  }
}

function pairs(value: unknown): [string, string][] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, String(v)]);
}

function framed(io: ProgramIO, where: string, message: string): void {
  const width = message.length + 4;
  io.stderr(`\nIn ${where}:\n${' '.repeat(width)}\n  ${message}  \n${' '.repeat(width)}\n\n`);
}

/** Dependencies first (as Composer orders its install operations), names alphabetically. */
function installOrder(list: Release[]): Release[] {
  const byName = new Map(list.map((r) => [r.name, r]));
  const out: Release[] = [];
  const seen = new Set<string>();
  const visit = (r: Release) => {
    if (seen.has(r.name)) return;
    seen.add(r.name);
    for (const [dep] of [...r.require].sort()) {
      const d = byName.get(dep);
      if (d) visit(d);
    }
    out.push(r);
  };
  for (const r of [...list].sort((a, b) => a.name.localeCompare(b.name))) visit(r);
  return out;
}

function runScripts(io: ProgramIO, json: Json, event: string, options: Options): number {
  if (options.noScripts) return 0;
  const raw = (json.scripts as Json | undefined)?.[event];
  const list = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.map(String) : [];
  for (const script of list) {
    io.stderr(`> ${script}\n`);
    const php = /^@php\s+(\S+)/.exec(script);
    if (
      php &&
      !php[1]?.startsWith('-') &&
      readText(io.fs, `${io.cwd}/${php[1]}`) === undefined &&
      !io.fs.stat(`${io.cwd}/${php[1]}`).ok
    ) {
      io.stdout(`Could not open input file: ${php[1]}\n`);
      io.stderr(`Script ${script} handling the ${event} event returned with error code 1\n`);
      return 1;
    }
    io.note(
      `composer ran the ${event} script "${script}" only in name: application code is not executed.`,
    );
  }
  return 0;
}

function install(io: ProgramIO, json: Json, lock: Json | undefined, options: Options): number {
  const env = phpEnv(io);
  if (!env) return 127;
  const mods = loadedModules(io.fs, env);
  const platform = {
    php: env.version,
    extensions: new Set(mods.php.map((m) => m.toLowerCase())),
    ignore: options.ignore,
  };
  let packages: Chosen[];
  if (!lock) {
    io.stderr('Loading composer repositories with package information\nUpdating dependencies\n');
    const result = resolve(pairs(json.require), pairs(json['require-dev']), platform);
    if (!result.ok) {
      io.stderr(
        `Your requirements could not be resolved to an installable set of packages.\n\n  Problem 1\n${result.problems.join('\n')}\n`,
      );
      if (result.missingExtensions.length > 0) {
        const ini = readIni(io.fs, env);
        io.stderr(
          `\nTo enable extensions, verify that they are enabled in your .ini files:\n${[...(ini.loaded ? [ini.loaded] : []), ...ini.scanned].map((f) => `    - ${f}\n`).join('')}You can also run \`php --ini\` in a terminal to see which files are used by PHP in CLI mode.\nAlternatively, you can run Composer with \`--ignore-platform-req=${result.missingExtensions[0]}\` to temporarily ignore these required extensions.\n`,
        );
      }
      return 2;
    }
    packages = result.packages;
    const sorted = [...packages].sort((a, b) => a.release.name.localeCompare(b.release.name));
    io.stderr(
      `Lock file operations: ${sorted.length} install${sorted.length === 1 ? '' : 's'}, 0 updates, 0 removals\n`,
    );
    for (const p of sorted) io.stderr(`  - Locking ${p.release.name} (${p.release.version})\n`);
    io.stderr('Writing lock file\n');
    writeText(
      io.fs,
      `${io.cwd}/composer.lock`,
      lockText(
        json,
        packages.filter((p) => !p.dev).map((p) => p.release),
        packages.filter((p) => p.dev).map((p) => p.release),
      ),
    );
    const modelled = packages
      .filter((p) => p.modelled)
      .map((p) => `${p.release.name} ${p.release.version}`);
    if (modelled.length > 0)
      io.note(
        `composer: not in Layercake's packagist catalog, modelled as stand-ins: ${modelled.join(', ')}.`,
      );
  } else {
    if (lock['content-hash'] !== contentHash(json))
      io.stderr(
        'Warning: The lock file is not up to date with the latest changes in composer.json. You may be getting outdated dependencies. It is recommended that you run `composer update` or `composer update <package name>`.\n',
      );
    const fromLock = (list: unknown, dev: boolean): Chosen[] =>
      (Array.isArray(list) ? list : []).map((entry: Json) => {
        const name = String(entry.name);
        const version = String(entry.version);
        const known = releases(name)?.find((r) => r.version === version) ?? releases(name)?.[0];
        const release: Release = known
          ? { ...known, version }
          : {
              name,
              version,
              require: pairs(entry.require),
              kib: 120,
              funding: false,
              bin: [],
              plugin: false,
            };
        return { release, dev, modelled: !known };
      });
    packages = [...fromLock(lock.packages, false), ...fromLock(lock['packages-dev'], true)];
  }
  io.stderr(
    `Installing dependencies from lock file${options.noDev ? '' : ' (including require-dev)'}\n`,
  );
  if (lock) io.stderr('Verifying lock file contents can be installed on current platform.\n');
  const wanted = packages.filter((p) => !options.noDev || !p.dev).map((p) => p.release);
  const vendor = `${io.cwd === '/' ? '' : io.cwd}/${(json.config as Json | undefined)?.['vendor-dir'] ?? 'vendor'}`;
  const installedBefore = readJson(io, `${vendor}/composer/installed.json`);
  const have = new Set(
    installedBefore && installedBefore !== 'invalid'
      ? ((installedBefore.packages as Json[] | undefined) ?? []).map(
          (p) => `${String(p.name)}@${String(p.version)}`,
        )
      : [],
  );
  const todo = installOrder(wanted).filter((r) => !have.has(`${r.name}@${r.version}`));
  const hasUnzip = ['unzip', '7z', '7zz'].some((c) => findOnPath(io.fs, io.env, c));
  const hasZipExt = platform.extensions.has('zip');
  if (todo.length === 0) io.stderr('Nothing to install, update or remove\n');
  else {
    if (!hasUnzip && !hasZipExt) {
      const first = todo[0] as Release;
      io.stderr(
        `Package operations: ${todo.length} installs, 0 updates, 0 removals\n    Failed to download ${first.name} from dist: The zip extension and unzip/7z commands are both missing, skipping.\nThe php.ini used by your command-line PHP is: ${readIni(io.fs, env).loaded ?? '(none)'}\n    Now trying to download from source\n`,
      );
      if (!findOnPath(io.fs, io.env, 'git')) {
        framed(
          io,
          'GitDownloader.php line 82',
          'git was not found in your PATH, skipping source download',
        );
        return 1;
      }
      io.note(
        'composer would clone each package with git here; the simulation installs them as if from dist.',
      );
    } else if (!hasUnzip)
      io.stderr(
        "As there is no 'unzip' nor '7z' command installed zip files are being unpacked using the PHP zip extension.\nThis may cause invalid reports of corrupted archives. Besides, any UNIX permissions (e.g. executable) defined in the archives will be lost.\nInstalling 'unzip' or '7z' (21.01+) may remediate them.\n",
      );
    if (hasUnzip || hasZipExt)
      io.stderr(
        `Package operations: ${todo.length} install${todo.length === 1 ? '' : 's'}, 0 updates, 0 removals\n`,
      );
    const cache = cacheDir(io);
    for (const r of todo) io.stderr(`  - Downloading ${r.name} (${r.version})\n`);
    for (const r of todo) {
      io.stderr(`  - Installing ${r.name} (${r.version}): Extracting archive\n`);
      placePackage(io, vendor, r, cache);
      io.spend(150 + r.kib / 4);
    }
  }
  io.stderr(`Generating ${options.optimize ? 'optimized ' : ''}autoload files\n`);
  writeAutoloader(
    io,
    vendor,
    io.cwd,
    wanted,
    packages.filter((p) => p.dev).map((p) => p.release.name),
    !options.noDev,
  );
  const scripts = runScripts(io, json, 'post-autoload-dump', options);
  if (scripts !== 0) return scripts;
  const funding = wanted.filter((r) => r.funding).length;
  if (funding > 0)
    io.stderr(
      `${funding} package${funding === 1 ? ' you are using is' : 's you are using are'} looking for funding.\nUse the \`composer fund\` command to find out more!\n`,
    );
  if (!lock || todo.length > 0) io.stderr('No security vulnerability advisories found.\n');
  io.note(
    "composer did not download anything: packages are modelled from Layercake's packagist catalog.",
  );
  return runScripts(io, json, lock ? 'post-install-cmd' : 'post-update-cmd', options);
}

export const composerProgram: Program = (argv, io) => {
  if (!findOnPath(io.fs, io.env, 'php')) {
    io.stderr("/usr/bin/env: 'php': No such file or directory\n");
    return 127;
  }
  const args = argv.slice(1);
  const command = args.find((a) => !a.startsWith('-'));
  if (args.includes('--version') || args.includes('-V') || command === '--version') {
    const env = phpEnv(io);
    io.stdout(
      `Composer version ${composerVersion(io)} 2025-11-19 21:57:25\nPHP version ${env?.version ?? '8.4.15'} (/usr/local/bin/php)\nRun the "diagnose" command to get more detailed diagnostics output.\n`,
    );
    return 0;
  }
  if (io.user.uid === 0 && !io.env.COMPOSER_ALLOW_SUPERUSER)
    io.stderr(
      'Do not run Composer as root/super user! See https://getcomposer.org/root for details\n',
    );
  const options = readOptions(args.slice(args.indexOf(command ?? '') + 1));
  const path = `${io.cwd === '/' ? '' : io.cwd}/composer.json`;
  const json = readJson(io, path);
  if (command === undefined || command === 'list') {
    io.stdout(
      `Composer version ${composerVersion(io)} 2025-11-19 21:57:25\n\nUsage:\n  command [options] [arguments]\n`,
    );
    return 0;
  }
  if (
    ![
      'install',
      'i',
      'update',
      'u',
      'upgrade',
      'require',
      'dump-autoload',
      'dumpautoload',
      'validate',
      'diagnose',
      'clear-cache',
      'config',
    ].includes(command)
  ) {
    framed(io, 'Application.php line 0', `Command "${command}" is not defined.`);
    return 1;
  }
  if (command === 'diagnose' || command === 'clear-cache' || command === 'config') {
    io.note(`composer ${command}: accepted; nothing is checked.`);
    return 0;
  }
  if (json === undefined && command !== 'require') {
    io.stderr(
      `Composer could not find a composer.json file in ${io.cwd}\nTo initialize a project, please create a composer.json file. See https://getcomposer.org/basic-usage\n`,
    );
    return 1;
  }
  if (json === 'invalid') {
    framed(io, 'JsonFile.php line 372', `"./composer.json" does not contain valid JSON`);
    return 1;
  }
  const project: Json = json ?? {};
  if (command === 'require') {
    const require = { ...((project.require as Json | undefined) ?? {}) };
    for (const spec of options.operands) {
      const [name = '', constraint] = spec.split(/[:=]/);
      let c = constraint;
      if (!c) {
        const v = releases(name)?.[0]?.version.replace(/^v/, '') ?? '1.0.0';
        c = `^${v.split('.').slice(0, 2).join('.')}`;
        io.stderr(`Using version ${c} for ${name}\n`);
      }
      require[name.toLowerCase()] = c;
    }
    project.require = require;
    writeText(io.fs, path, `${JSON.stringify(project, null, 4)}\n`);
    io.stderr(
      `./composer.json has been ${json ? 'updated' : 'created'}\nRunning composer update ${options.operands.map((o) => o.split(/[:=]/)[0]).join(' ')}\n`,
    );
    return install(io, project, undefined, options);
  }
  if (command === 'validate') {
    io.stderr('./composer.json is valid\n');
    return 0;
  }
  const lockJson = readJson(io, `${io.cwd === '/' ? '' : io.cwd}/composer.lock`);
  const lock = lockJson === 'invalid' ? undefined : lockJson;
  if (command === 'dump-autoload' || command === 'dumpautoload') {
    const installed = readJson(
      io,
      `${io.cwd === '/' ? '' : io.cwd}/vendor/composer/installed.json`,
    );
    const list =
      installed && installed !== 'invalid'
        ? ((installed.packages as Json[] | undefined) ?? [])
        : [];
    const rels = list.map(
      (p) =>
        releases(String(p.name))?.[0] ?? {
          name: String(p.name),
          version: String(p.version),
          require: [],
          kib: 100,
          funding: false,
          bin: [],
          plugin: false,
        },
    );
    io.stderr(`Generating ${options.optimize ? 'optimized ' : ''}autoload files\n`);
    const classes = writeAutoloader(
      io,
      `${io.cwd === '/' ? '' : io.cwd}/vendor`,
      io.cwd,
      rels,
      [],
      !options.noDev,
    );
    io.stderr(
      options.optimize
        ? `Generated optimized autoload files containing ${classes} classes\n`
        : 'Generated autoload files\n',
    );
    return runScripts(io, project, 'post-autoload-dump', options);
  }
  const update = command === 'update' || command === 'u' || command === 'upgrade';
  if (!update && !lock)
    io.stderr(
      'No composer.lock file present. Updating dependencies to latest instead of installing from lock file. See https://getcomposer.org/install for more information.\n',
    );
  return install(io, project, update ? undefined : lock, options);
};
