/**
 * apk (Alpine): add (with --no-cache, --virtual NAME), del, update, upgrade, info, search
 * (`apk-search.ts`); -q quiets the progress lines as apk-tools' verbosity does. Output as
 * apk-tools prints it: "fetch .../APKINDEX.tar.gz", "(1/5) Installing ca-certificates (20250619-r0)",
 * "OK: 12 MiB in 25 packages". Without --no-cache the indexes stay in /var/cache/apk.
 */
import type { Catalog, Package } from '../../catalog/types';
import type { Program, ProgramIO } from '../../shell/program';
import { ensureDir, listDir, readText, writeBlob } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import { placePackageFiles, removePackagePaths } from '../common/package-files';
import { wholeMiB } from '../common/sizes';
import { removalOrder } from './removal-order';
import { formatConstraint, parseConstraint, satisfies } from './constraint';
import { apkInfo, apkVersion } from './apk-info';
import { apkSearch } from './apk-search';
import { indexDescription, SNAPSHOT_NOTE } from './index-description';
import { runTriggers } from './triggers';
import {
  entryFor,
  readInstalled,
  readWorld,
  writeInstalled,
  writeWorld,
  type ApkEntry,
} from './apk-db';

const CACHE = '/var/cache/apk';
const INDEX_SIZES: Record<string, number> = { main: 493_618, community: 1_918_441 };

function repositories(io: ProgramIO): string[] {
  const text = readText(io.fs, '/etc/apk/repositories');
  const fromFile = (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  if (fromFile.length > 0) return fromFile;
  const release = (readText(io.fs, '/etc/alpine-release') ?? '3.22.2')
    .trim()
    .split('.')
    .slice(0, 2)
    .join('.');
  return ['main', 'community'].map((r) => `https://dl-cdn.alpinelinux.org/alpine/v${release}/${r}`);
}

function indexCacheName(repo: string): string {
  return `APKINDEX.${sha256Hex(repo).slice(0, 8)}.tar.gz`;
}

/** apk's options that take a value (`-X URL`, `--virtual NAME`, `--repository=URL`). */
const VALUE_OPTIONS: Record<string, string> = {
  '--virtual': 'virtual',
  '-t': 'virtual',
  '--repository': 'repository',
  '-X': 'repository',
  '--root': 'root',
  '-p': 'root',
  '--arch': 'arch',
  '--keys-dir': 'keys-dir',
  '--cache-dir': 'cache-dir',
  '--repositories-file': 'repositories-file',
  '--cache-max-age': 'cache-max-age',
  '--timeout': 'timeout',
};

function parseOptions(args: string[]): { operands: string[]; values: Map<string, string[]> } {
  const operands: string[] = [];
  const values = new Map<string, string[]>();
  const add = (key: string, value: string | undefined) => {
    if (value !== undefined) values.set(key, [...(values.get(key) ?? []), value]);
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const eq = arg.indexOf('=');
    const key = VALUE_OPTIONS[eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg];
    if (key && eq > 0 && arg.startsWith('--')) add(key, arg.slice(eq + 1));
    else if (key) add(key, args[++i]);
    else if (!arg.startsWith('-')) operands.push(arg);
  }
  return { operands, values };
}

/** Fetches each repository's index; with a cache, keeps it in /var/cache/apk. */
function fetchIndexes(io: ProgramIO, keep: boolean, force: boolean, extra: string[] = []): void {
  const cached = listDir(io.fs, CACHE);
  for (const repo of [...repositories(io), ...extra]) {
    if (!force && keep && cached.includes(indexCacheName(repo))) continue;
    io.stdout(`fetch ${repo}/x86_64/APKINDEX.tar.gz\n`);
    io.spend(350);
    if (keep) {
      ensureDir(io.fs, CACHE);
      writeBlob(
        io.fs,
        `${CACHE}/${indexCacheName(repo)}`,
        `apkindex:${repo}`,
        INDEX_SIZES[repo.split('/').pop() ?? ''] ?? 600_000,
      );
    }
  }
}

function finish(io: ProgramIO, installed: Map<string, ApkEntry>): void {
  const bytes = [...installed.values()].reduce((sum, e) => sum + e.installedSize, 0);
  io.stdout(`OK: ${wholeMiB(bytes)} MiB in ${installed.size} packages\n`);
}

export function apkProgram(catalog: Catalog): Program {
  return (argv, realIo) => {
    const args = argv.slice(1);
    // -q / --quiet: apk prints its progress (fetch, Installing, triggers, OK:) only above
    // verbosity 0; errors and warnings still go to stderr.
    const quiet = args.some((a) => a === '--quiet' || /^-[a-zA-Z]*q/.test(a));
    const io: ProgramIO = quiet ? { ...realIo, stdout: () => undefined } : realIo;
    const noCache = args.includes('--no-cache');
    const { operands, values } = parseOptions(args);
    // search prints names at every verbosity; -q only drops the versions.
    if (operands[0] === 'search') return apkSearch(realIo, catalog, args, operands.slice(1));
    const virtual = values.get('virtual')?.[0];
    // `apk add -X https://nginx.org/packages/mainline/alpine/v3.22/main ...`: one more index.
    const extraRepos = values.get('repository') ?? [];
    const [command, ...names] = operands;
    if (args.includes('--version') || args.includes('-V')) return apkVersion(io);
    if (args.includes('--print-arch')) {
      io.stdout('x86_64\n');
      return 0;
    }
    if (io.user.uid !== 0 && command && ['add', 'del', 'update', 'upgrade'].includes(command)) {
      io.stderr(
        'ERROR: Unable to lock database: Permission denied\nERROR: Failed to open apk database: Permission denied\n',
      );
      return 99;
    }
    switch (command) {
      case 'update': {
        fetchIndexes(io, !noCache, true);
        const alpineRelease = (readText(io.fs, '/etc/alpine-release') ?? '').trim();
        for (const repo of repositories(io)) {
          const description = indexDescription(repo, alpineRelease);
          if (description) io.stdout(`${description} [${repo}]\n`);
        }
        io.note(SNAPSHOT_NOTE);
        io.stdout('OK: 26324 distinct packages available\n');
        return 0;
      }
      case 'add':
        return add(io, catalog, names, { noCache, virtual, extraRepos });
      case 'del':
        return del(io, names);
      case 'upgrade':
        return upgrade(io, catalog, names, noCache);
      case 'info':
        return apkInfo(io, args);
      case 'cache':
        if (names[0] === 'clean' || names[0] === 'purge')
          for (const f of listDir(io.fs, CACHE)) io.fs.remove(`${CACHE}/${f}`);
        return 0;
      default:
        io.stderr(
          `apk-tools 2.14.9, compiled for x86_64.\n\nusage: apk [<OPTIONS>...] COMMAND [<ARGUMENTS>...]\n`,
        );
        return 1;
    }
  };
}

function add(
  io: ProgramIO,
  catalog: Catalog,
  names: string[],
  options: { noCache: boolean; virtual: string | undefined; extraRepos: string[] },
): number {
  if (names.length === 0 && !options.virtual) {
    io.stderr(
      'ERROR: Not committing changes due to missing repository tags. Use --force-broken-world to override.\n',
    );
    return 1;
  }
  fetchIndexes(io, !options.noCache, false, options.extraRepos);
  const installed = readInstalled(io.fs);
  const plan: Package[] = [];
  const planned = new Set<string>();
  const noted = new Set<string>();
  const missing: string[] = [];
  const broken: string[] = [];
  const visit = (name: string) => {
    const bare = name.replace(/[<>=~].*$/, '');
    if (planned.has(bare) || installed.has(bare)) return;
    if (isProvidedName(bare) && installedProvider(installed, bare)) return;
    planned.add(bare);
    let pkg = catalog.package('apk', bare, 'alpine');
    if (pkg && pkg.name !== bare) {
      // `so:libz.so.1` or `cmd:curl`: the package that provides it.
      if (planned.has(pkg.name) || installed.has(pkg.name)) return;
      planned.add(pkg.name);
    }
    if (!pkg && isProvidedName(bare)) {
      missing.push(bare);
      return;
    }
    const constraint = parseConstraint(name);
    if (pkg && constraint && !satisfies(pkg.version, constraint)) {
      // The index has one version; a pin to another cannot be met (`su-exec==0.3-r0`).
      broken.push(
        `  ${pkg.name}-${pkg.version}:\n    breaks: world[${formatConstraint(constraint)}]\n`,
      );
      return;
    }
    if (!pkg) {
      // `nginx=1.29.8-r1`: the stand-in has the pinned version.
      pkg = catalog.plausiblePackage(
        'apk',
        bare,
        constraint?.op === '=' ? constraint.version : undefined,
      );
      if (!noted.has(bare))
        io.note(
          `Layercake's catalog does not know the Alpine package "${bare}": it is installed as a plausible stand-in.`,
        );
      noted.add(bare);
    }
    for (const dep of pkg.depends) visit(dep);
    plan.push(pkg);
  };
  for (const name of names) visit(name);
  if (missing.length > 0 || broken.length > 0) {
    io.stderr(
      `ERROR: unable to select packages:\n${missing
        .map((n) => `  ${n} (no such package):\n    required by: world[${n}]\n`)
        .join('')}${broken.join('')}`,
    );
    return missing.length + broken.length;
  }
  if (options.virtual) {
    const stamp = new Date(io.now)
      .toISOString()
      .replace(/[-:]/g, '')
      .replace('T', '.')
      .slice(0, 15);
    plan.push({
      ecosystem: 'apk',
      name: options.virtual,
      version: stamp,
      depends: names.map((n) => n.replace(/[<>=~].*$/, '')),
      installedSize: 0,
      downloadSize: 0,
      files: [],
      summary: 'virtual meta package',
    });
  }
  const total = plan.length;
  const changed: string[] = [];
  plan.forEach((pkg, i) => {
    io.stdout(`(${i + 1}/${total}) Installing ${pkg.name} (${pkg.version})\n`);
    const placed = placePackageFiles(io.fs, pkg, '/');
    changed.push(...placed.files);
    installed.set(pkg.name, entryFor(pkg, placed.files, io.now, pkg.name === options.virtual));
    io.spend(120 + Math.round(pkg.downloadSize / 20_000));
  });
  runTriggers(io, installed, changed);
  writeInstalled(io.fs, installed);
  const world = readWorld(io.fs);
  const asWorld = names.map((n) => {
    const c = parseConstraint(n);
    return c ? formatConstraint(c) : n;
  });
  writeWorld(io.fs, options.virtual ? [...world, options.virtual] : [...world, ...asWorld]);
  finish(io, installed);
  if (total > 0)
    io.note(
      "apk did not download anything: the packages' files are modelled from Layercake's package catalog.",
    );
  return 0;
}

/**
 * apk upgrade: every installed package (or the ones named) whose version in the index differs.
 * Only Alpine 3.22 has an index in the catalog; an older release's packages are taken to be
 * the latest of their branch (its stand-in image is its last point release), so nothing moves.
 */
function upgrade(io: ProgramIO, catalog: Catalog, names: string[], noCache: boolean): number {
  fetchIndexes(io, !noCache, false);
  const installed = readInstalled(io.fs);
  const release = (readText(io.fs, '/etc/alpine-release') ?? '').trim();
  const current = release.startsWith('3.22');
  const plan: [ApkEntry, Package][] = [];
  for (const entry of installed.values()) {
    if (!current || (names.length > 0 && !names.includes(entry.name))) continue;
    const pkg = catalog.package('apk', entry.name, 'alpine');
    if (pkg && pkg.name === entry.name && pkg.version !== entry.version) plan.push([entry, pkg]);
  }
  const changed: string[] = [];
  plan.forEach(([entry, pkg], i) => {
    io.stdout(
      `(${i + 1}/${plan.length}) Upgrading ${pkg.name} (${entry.version} -> ${pkg.version})\n`,
    );
    removePackagePaths(io.fs, entry.files);
    const placed = placePackageFiles(io.fs, pkg, '/');
    changed.push(...entry.files, ...placed.files);
    installed.set(pkg.name, entryFor(pkg, placed.files, io.now, false));
    io.spend(120 + Math.round(pkg.downloadSize / 20_000));
  });
  runTriggers(io, installed, changed);
  writeInstalled(io.fs, installed);
  finish(io, installed);
  return 0;
}

function del(io: ProgramIO, names: string[]): number {
  const installed = readInstalled(io.fs);
  let world = readWorld(io.fs);
  const targets = names.filter((n) => installed.has(n));
  for (const n of names.filter((n) => !installed.has(n)))
    io.stderr(`WARNING: No such package: ${n}\n`);
  world = world.filter((w) => !targets.includes(w.replace(/[<>=~].*$/, '')));
  // What the remaining world still needs stays; everything else goes.
  const keep = new Set<string>();
  const stack = [...world.map((w) => w.replace(/[<>=~].*$/, ''))];
  while (stack.length > 0) {
    const dep = stack.pop() as string;
    const name = isProvidedName(dep) ? (installedProvider(installed, dep) ?? dep) : dep;
    if (keep.has(name)) continue;
    keep.add(name);
    for (const next of installed.get(name)?.depends ?? []) stack.push(next);
  }
  const removing = removalOrder(
    [...installed.keys()].filter(
      (n) => !keep.has(n) && (targets.includes(n) || isDependencyOfTargets(installed, targets, n)),
    ),
    targets,
    (n) =>
      (installed.get(n)?.depends ?? []).map((d) =>
        isProvidedName(d) ? (installedProvider(installed, d) ?? d) : d.replace(/[<>=~].*$/, ''),
      ),
  );
  const changed: string[] = [];
  removing.forEach((name, i) => {
    const entry = installed.get(name) as ApkEntry;
    changed.push(...entry.files);
    io.stdout(`(${i + 1}/${removing.length}) Purging ${name} (${entry.version})\n`);
    removePackagePaths(io.fs, entry.files);
    installed.delete(name);
    io.spend(60);
  });
  runTriggers(io, installed, changed);
  writeInstalled(io.fs, installed);
  writeWorld(io.fs, world);
  finish(io, installed);
  return 0;
}

/** `so:libz.so.1`, `cmd:curl`, `pc:zlib`: names apk resolves through what packages provide. */
function isProvidedName(name: string): boolean {
  return /^(so|cmd|pc):/.test(name);
}

/** The installed package that provides a `so:` or `cmd:` name, found by its files. */
function installedProvider(installed: Map<string, ApkEntry>, name: string): string | undefined {
  const [kind, file] = name.split(':') as [string, string];
  const dirs =
    kind === 'so'
      ? ['/lib/', '/usr/lib/']
      : kind === 'cmd'
        ? ['/bin/', '/sbin/', '/usr/bin/', '/usr/sbin/']
        : ['/usr/lib/pkgconfig/', '/usr/share/pkgconfig/'];
  const wanted = dirs.map((d) => `${d}${kind === 'pc' ? `${file}.pc` : file}`);
  for (const entry of installed.values())
    if (entry.files.some((f) => wanted.includes(f))) return entry.name;
  return undefined;
}

function isDependencyOfTargets(
  installed: Map<string, ApkEntry>,
  targets: string[],
  name: string,
): boolean {
  const seen = new Set<string>();
  const stack = [...targets];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    if (next === name) return true;
    for (const dep of installed.get(next)?.depends ?? [])
      stack.push(isProvidedName(dep) ? (installedProvider(installed, dep) ?? dep) : dep);
  }
  return false;
}
