/**
 * apt-get and apt: the commands Dockerfiles use (update, install, remove, purge,
 * autoremove, clean, upgrade). Exit codes are apt's: 100 for errors, 1 when it aborts at a
 * question nobody can answer.
 */
import type { Catalog, Distro } from '../../catalog/types';
import type { Program, ProgramIO } from '../../shell/program';
import { countOption, hasOption, optionValues, parseArgs } from '../common/args';
import { emptyDirectory, ensureDir, exists, listDir, removeTree } from '../common/fs-helpers';
import { ARCHIVES_DIR } from './caches';
import { aptDistro, aptError, say, type AptContext } from './context';
import { isInstalled, readDpkgDb } from './dpkg-db';
import { showUnneeded } from './plan-output';
import { classicList } from './show-list';
import { garbagePackages, parseRequest, resolveInstall } from './resolve';
import { runTransaction } from './transaction';
import { aptUpdate, listsPresent } from './update';
import { keptBack, upgradePlan } from './upgrade';

const SHORT = {
  y: 'yes',
  q: 'quiet',
  s: 'simulate',
  f: 'fix-broken',
  o: 'option',
  t: 'target-release',
  V: 'verbose-versions',
  m: 'ignore-missing',
  d: 'download-only',
  h: 'help',
  v: 'version',
};
const TAKES_VALUE = ['option', 'target-release', 'config-file', 'c', 'default-release'];

/** apt's version on the older releases (their package tables' apt). */
const OLDER_APT: Partial<Record<string, string>> = {
  bullseye: '2.2.4',
  jammy: '2.4.14',
  focal: '2.0.10',
};

export function aptGetProgram(catalog: Catalog, distro: Distro | undefined): Program {
  return (argv, io) => runApt(argv, io, catalog, distro);
}

function runApt(
  argv: string[],
  io: ProgramIO,
  catalog: Catalog,
  distro: Distro | undefined,
): number {
  const binary = argv[0]?.endsWith('apt') ? 'apt' : 'apt-get';
  const parsed = parseArgs(argv.slice(1), { short: SHORT, takesValue: TAKES_VALUE });
  const resolvedDistro = aptDistro(distro, io);
  const ctx: AptContext = {
    io,
    catalog,
    distro: resolvedDistro,
    binary,
    // Not a terminal (a Docker build): apt behaves as with -q. -qq, --quiet=2 hide its output.
    quiet: Math.max(
      1,
      countOption(parsed, 'quiet'),
      ...optionValues(parsed, 'quiet').map(Number).filter(Boolean),
    ),
    assumeYes: hasOption(parsed, 'yes', 'assume-yes', 'force-yes'),
    apt3: binary === 'apt' && resolvedDistro === 'trixie',
    noted: new Set(),
  };
  if (binary === 'apt')
    io.stderr(
      '\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n',
    );
  const [command, ...operands] = parsed.operands;
  if (command === undefined) {
    io.stdout(
      `apt ${binary === 'apt' && ctx.apt3 ? '3.0.3' : (OLDER_APT[ctx.distro] ?? (ctx.distro === 'noble' ? '2.7.14' : '2.6.1'))} (amd64)\nUsage: ${binary} [options] command\n`,
    );
    return 1;
  }
  const writes = !['check', 'policy', 'show', 'search', 'list'].includes(command);
  if (writes && io.user.uid !== 0 && command !== 'update') {
    aptError(
      ctx,
      'Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)',
    );
    aptError(
      ctx,
      'Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?',
    );
    return 100;
  }
  if (command === 'update' && io.user.uid !== 0) {
    say(ctx, 'Reading package lists...\n');
    aptError(
      ctx,
      'Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)',
    );
    aptError(ctx, 'Unable to lock directory /var/lib/apt/lists/');
    return 100;
  }
  const commandLine = [binary, ...argv.slice(1)].join(' ');
  switch (command) {
    case 'update':
      return aptUpdate(ctx);
    case 'install':
    case 'reinstall':
      return install(ctx, operands, {
        noRecommends: hasOption(parsed, 'no-install-recommends'),
        autoRemove: hasOption(parsed, 'auto-remove', 'autoremove'),
        commandLine,
      });
    case 'remove':
    case 'purge':
      return remove(ctx, operands, {
        purge: command === 'purge' || hasOption(parsed, 'purge'),
        autoRemove: hasOption(parsed, 'auto-remove', 'autoremove'),
        allowHeld: hasOption(parsed, 'allow-change-held-packages'),
        commandLine,
      });
    case 'autoremove':
    case 'autopurge':
      return remove(ctx, [], {
        purge: command === 'autopurge' || hasOption(parsed, 'purge'),
        autoRemove: true,
        commandLine,
      });
    case 'distclean':
    case 'dist-clean':
      // apt 3.0 (trixie): clean, and remove the package lists too, keeping their lock.
      if (ctx.distro !== 'trixie') break;
      for (const name of listDir(io.fs, '/var/lib/apt/lists'))
        if (name !== 'lock') removeTree(io.fs, `/var/lib/apt/lists/${name}`);
      ensureDir(io.fs, '/var/lib/apt/lists/partial', 0o700);
      return runApt(['apt-get', 'clean'], io, catalog, distro);
    case 'clean':
    case 'autoclean':
      emptyDirectory(io.fs, `${ARCHIVES_DIR}/partial`);
      for (const name of listDir(io.fs, ARCHIVES_DIR))
        if (name.endsWith('.deb')) io.fs.remove(`${ARCHIVES_DIR}/${name}`);
      for (const cache of ['/var/cache/apt/pkgcache.bin', '/var/cache/apt/srcpkgcache.bin']) {
        if (exists(io.fs, cache)) io.fs.remove(cache);
      }
      return 0;
    case 'upgrade':
    case 'dist-upgrade':
    case 'full-upgrade':
      return upgrade(ctx, commandLine);
  }
  aptError(ctx, `Invalid operation ${command}`);
  return 100;
}

function header(ctx: AptContext): void {
  say(ctx, 'Reading package lists...\nBuilding dependency tree...\nReading state information...\n');
  ctx.io.spend(700);
}

function install(
  ctx: AptContext,
  args: string[],
  options: { noRecommends: boolean; autoRemove: boolean; commandLine: string },
): number {
  const { io } = ctx;
  header(ctx);
  const db = readDpkgDb(io.fs);
  const lists = listsPresent(ctx);
  const local = args.filter((a) => a.startsWith('./') || a.startsWith('/') || a.endsWith('.deb'));
  if (local.length > 0)
    io.note(`Installing local .deb files (${local.join(', ')}) is not modelled: they are skipped.`);
  const requests = args.filter((a) => !local.includes(a)).map(parseRequest);
  const resolution = resolveInstall(ctx, db, requests, {
    listsPresent: lists,
    noRecommends: options.noRecommends,
  });
  if (resolution.errors.length > 0) {
    for (const error of resolution.errors) aptError(ctx, error);
    if (!lists) {
      io.note(
        'apt has no package lists in this image (Docker images ship without /var/lib/apt/lists to stay small), so it only knows the installed packages. Run apt-get update first, in the same RUN.',
      );
    }
    return 100;
  }
  for (const { name, version } of resolution.newest) {
    say(ctx, `${name} is already the newest version (${version}).\n`);
    if (db.auto.has(name)) {
      say(ctx, `${name} set to manually installed.\n`);
      db.auto.delete(name);
    }
  }
  const installing = new Set(resolution.install.map((p) => p.name));
  const garbage = garbagePackages(db).filter((n) => !installing.has(n));
  if (!options.autoRemove) showUnneeded(ctx, garbage);
  if (
    !options.noRecommends &&
    resolution.install.length > 0 &&
    !resolution.install.some((p) => 'recommends' in p)
  ) {
    io.note(
      "Without --no-install-recommends apt also installs each package's Recommends; Layercake's catalog records only Depends, so the extra packages (and bytes) real apt would add are not shown.",
    );
  }
  return runTransaction(ctx, db, {
    install: resolution.install,
    upgrade: resolution.upgrade,
    remove: options.autoRemove ? garbage : [],
    purge: false,
    requested: resolution.requested,
    unneeded: [],
    commandLine: options.commandLine,
    askIfExtra: true,
  });
}

function remove(
  ctx: AptContext,
  args: string[],
  options: { purge: boolean; autoRemove: boolean; allowHeld?: boolean; commandLine: string },
): number {
  const { io } = ctx;
  header(ctx);
  const db = readDpkgDb(io.fs);
  const targets: string[] = [];
  let missing = false;
  for (const arg of args) {
    const { name } = parseRequest(arg);
    const entry = db.packages.get(name);
    const known =
      entry !== undefined ||
      (listsPresent(ctx) && ctx.catalog.package('deb', name, ctx.distro) !== undefined);
    if (!known) {
      aptError(ctx, `Unable to locate package ${name}`);
      missing = true;
      continue;
    }
    if (isInstalled(entry) || (options.purge && entry !== undefined)) targets.push(name);
    else say(ctx, `Package '${name}' is not installed, so not removed\n`);
  }
  if (missing) return 100;
  const garbage = garbagePackages(db, new Set(targets));
  if (!options.autoRemove) showUnneeded(ctx, garbage);
  const removing = options.autoRemove ? [...targets, ...garbage] : targets;
  const held = removing.filter((n) => db.packages.get(n)?.status.startsWith('hold ')).sort();
  if (held.length > 0 && ctx.assumeYes && !options.allowHeld && !ctx.apt3)
    return refuseHeld(ctx, removing, held, options.purge);
  return runTransaction(ctx, db, {
    install: [],
    upgrade: [],
    remove: removing,
    purge: options.purge,
    requested: new Set(),
    unneeded: [],
    commandLine: options.commandLine,
    askIfExtra: false,
  });
}

function upgrade(ctx: AptContext, commandLine: string): number {
  header(ctx);
  say(ctx, 'Calculating upgrade...\n');
  const db = readDpkgDb(ctx.io.fs);
  const upgrades = listsPresent(ctx) ? upgradePlan(ctx, db) : [];
  const kept = listsPresent(ctx) ? keptBack(ctx, db) : [];
  return runTransaction(ctx, db, {
    keptBack: kept,
    install: [],
    upgrade: upgrades,
    remove: [],
    purge: false,
    requested: new Set(),
    unneeded: [],
    commandLine,
    askIfExtra: false,
  });
}

/** apt will not change a held package under -y without --allow-change-held-packages. */
function refuseHeld(ctx: AptContext, removing: string[], held: string[], purge: boolean): number {
  const names = removing.map((n) => (purge ? `${n}*` : n)).sort();
  say(ctx, classicList('The following packages will be REMOVED:', names));
  say(ctx, classicList('The following held packages will be changed:', held));
  say(ctx, `0 upgraded, 0 newly installed, ${removing.length} to remove and 0 not upgraded.\n`);
  aptError(ctx, 'Held packages were changed and -y was used without --allow-change-held-packages.');
  return 100;
}
