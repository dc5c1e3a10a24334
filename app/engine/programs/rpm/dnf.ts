/**
 * dnf 4 (EL8, EL9, CentOS Stream, Fedora, Amazon Linux 2023; `yum` is dnf there): install,
 * remove, update/upgrade, makecache, clean all, list installed, and `groupinstall`. Metadata is
 * downloaded once into /var/cache/dnf (per repository) and reused ("Last metadata expiration
 * check"); packages land in the filesystem and the rpm database; dnf's history and logs are
 * written where dnf writes them. A repository whose host no longer resolves fails as dnf does.
 */
import type { RpmRelease } from '../../catalog/rpm/releases';
import type { Program, ProgramIO } from '../../shell/program';
import { listDir, removeTree, writeBlob, writeText } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import { columns, formatNumber, progressLine, tableLines } from './format';
import { plan, type Planned } from './resolve';
import { GROUPS, parseArgs, type Args } from './args';
import {
  enabledRepos,
  entryOf,
  findRelease,
  placeFiles,
  readRpmdb,
  retiredHost,
  writeRpmdb,
  type RepoConfig,
} from './system';
import { rpmPackage } from '../../catalog/rpm/packages';
import { nevra } from '../../catalog/rpm/rpmdb';
import { strftime } from '../../shell/programs/clock';

const CACHE = '/var/cache/dnf';

function cacheDir(repo: RepoConfig): string {
  return `${CACHE}/${repo.id}-${sha256Hex(repo.url).slice(0, 16)}`;
}

function dateLine(now: number): string {
  return strftime('%a %d %b %Y %I:%M:%S %p UTC', now);
}

/** Loads every enabled repository's metadata (from the cache when it is there). */
export function loadMetadata(io: ProgramIO, release: RpmRelease, repos: RepoConfig[]): boolean {
  const cached = repos.every((r) => listDir(io.fs, `${cacheDir(r)}/repodata`).length > 0);
  if (cached && repos.length > 0) {
    io.stdout(`Last metadata expiration check: 0:00:03 ago on ${dateLine(io.now - 3000)}.\n`);
    return true;
  }
  for (const repo of repos) {
    const dead = retiredHost(repo.url);
    if (dead) {
      io.stdout(progressLine(repo.name, 0, 0));
      const why = `Curl error (6): Couldn't resolve host name for ${repo.url} [Could not resolve host: ${dead.host}]`;
      io.stderr(
        `Errors during downloading metadata for repository '${repo.id}':\n  - ${why}\nError: Failed to download metadata for repo '${repo.id}': Cannot prepare internal mirrorlist: ${why}\n`,
      );
      io.note(dead.why);
      return false;
    }
    const bytes = release.repos[repo.id]?.metadata ?? 1_000_000;
    const ms = 300 + Math.round(bytes / 8000);
    io.spend(ms);
    io.stdout(progressLine(repo.name, bytes, ms));
    const dir = cacheDir(repo);
    writeBlob(io.fs, `${dir}/repodata/repomd.xml`, `repomd:${repo.id}`, 4_000);
    writeBlob(
      io.fs,
      `${dir}/repodata/primary.xml.gz`,
      `primary:${repo.id}`,
      Math.round(bytes * 0.3),
    );
    writeBlob(
      io.fs,
      `${dir}/repodata/filelists.xml.gz`,
      `filelists:${repo.id}`,
      Math.round(bytes * 0.6),
    );
    writeBlob(io.fs, `${CACHE}/${repo.id}.solv`, `solv:${repo.id}`, Math.round(bytes * 0.5));
    writeBlob(
      io.fs,
      `${CACHE}/${repo.id}-filenames.solvx`,
      `solvx:${repo.id}`,
      Math.round(bytes * 0.4),
    );
  }
  writeText(io.fs, `${CACHE}/expired_repos.json`, '[]');
  writeText(io.fs, `${CACHE}/last_makecache`, '');
  return true;
}

function writeLogs(io: ProgramIO, summary: string): void {
  writeBlob(
    io.fs,
    '/var/lib/dnf/history.sqlite',
    `dnf-history:${sha256Hex(summary)}`,
    110_592 + summary.length * 8,
  );
  writeBlob(
    io.fs,
    '/var/log/dnf.log',
    `dnf-log:${sha256Hex(summary)}`,
    12_000 + summary.length * 4,
  );
  writeBlob(io.fs, '/var/log/dnf.librepo.log', `librepo-log:${sha256Hex(summary)}`, 4_000);
  writeBlob(io.fs, '/var/log/dnf.rpm.log', `rpm-log:${sha256Hex(summary)}`, 200 + summary.length);
  writeBlob(io.fs, '/var/log/hawkey.log', `hawkey-log:${sha256Hex(summary)}`, 1_000);
}

function install(io: ProgramIO, release: RpmRelease, args: Args, names: string[]): number {
  const repos = enabledRepos(io.fs, release);
  if (!loadMetadata(io, release, repos)) return 1;
  const installed = readRpmdb(io.fs, release);
  const p = plan(release, repos, installed, names);
  for (const e of p.present) io.stdout(`Package ${nevra(e)} is already installed.\n`);
  if (p.missing.length > 0) {
    for (const name of p.missing) io.stdout(`No match for argument: ${name}\n`);
    io.stderr(`Error: Unable to find a match: ${p.missing.join(' ')}\n`);
    return 1;
  }
  io.stdout('Dependencies resolved.\n');
  if (p.install.length === 0) {
    io.stdout('Nothing to do.\nComplete!\n');
    return 0;
  }
  const row = (x: Planned) => ({
    name: x.pkg.name,
    arch: x.pkg.arch,
    version: x.pkg.evr,
    repo: x.repo,
    size: x.pkg.downloadSize,
  });
  const byName = (a: Planned, b: Planned) => a.pkg.name.localeCompare(b.pkg.name);
  const asked = p.install.filter((x) => x.asked).sort(byName);
  const deps = p.install.filter((x) => !x.asked).sort(byName);
  const download = p.install.reduce((s, x) => s + x.pkg.downloadSize, 0);
  const size = p.install.reduce((s, x) => s + x.pkg.installedSize, 0);
  const n = p.install.length;
  io.stdout(
    tableLines([
      ['Installing:', asked.map(row)],
      ['Installing dependencies:', deps.map(row)],
    ]) +
      `\nTransaction Summary\n${'='.repeat(80)}\nInstall  ${n} Package${n === 1 ? '' : 's'}\n\nTotal download size: ${formatNumber(download)}\nInstalled size: ${formatNumber(size)}\n`,
  );
  if (!args.yes) {
    io.stdout('Is this ok [y/N]: ');
    io.stderr('Operation aborted.\n');
    io.note(
      'dnf asks before it changes anything; a build step has no terminal to answer, so use dnf install -y.',
    );
    return 1;
  }
  io.stdout('Downloading Packages:\n');
  const order = [...deps, ...asked];
  order.forEach((x, i) => {
    const ms = 100 + Math.round(x.pkg.downloadSize / 20_000);
    io.spend(ms);
    io.stdout(progressLine(`(${i + 1}/${n}): ${nevra(x.pkg)}.rpm`, x.pkg.downloadSize, ms));
  });
  const totalMs = 200 + Math.round(download / 20_000);
  io.stdout(`${'-'.repeat(80)}\n${progressLine('Total', download, totalMs)}`);
  io.stdout(
    'Running transaction check\nTransaction check succeeded.\nRunning transaction test\nTransaction test succeeded.\nRunning transaction\n',
  );
  const step = (label: string, what: string, i: number) => {
    const count = `${i}/${n}`;
    const left = `  ${label.padEnd(17)}: ${what}`;
    return `${left}${' '.repeat(Math.max(1, 79 - left.length - count.length))}${count} \n`;
  };
  io.stdout(step('Preparing', '', 1).replace(`1/${n}`, '1/1'));
  const entries = [...installed];
  order.forEach((x, i) => {
    io.stdout(step('Installing', nevra(x.pkg), i + 1));
    placeFiles(io.fs, x.pkg, args.nodocs);
    entries.push(entryOf(x.pkg));
    io.spend(80 + Math.round(x.pkg.installedSize / 200_000));
  });
  order.forEach((x, i) => io.stdout(step('Verifying', nevra(x.pkg), i + 1)));
  writeRpmdb(io.fs, release, entries);
  writeLogs(io, order.map((x) => nevra(x.pkg)).join(' '));
  io.stdout(`\nInstalled:\n${columns(order.map((x) => nevra(x.pkg)).sort())}\nComplete!\n`);
  io.note(
    "dnf did not download anything: the packages' files are modelled from Layercake's RPM package catalog.",
  );
  return 0;
}

function clean(io: ProgramIO): number {
  let count = 0;
  const walk = (dir: string) => {
    for (const name of listDir(io.fs, dir)) {
      const path = `${dir}/${name}`;
      const st = io.fs.lstat(path);
      if (st.ok && st.value.node.kind === 'dir') walk(path);
      else count++;
    }
  };
  walk(CACHE);
  for (const name of listDir(io.fs, CACHE)) removeTree(io.fs, `${CACHE}/${name}`);
  io.stdout(`${count} file${count === 1 ? '' : 's'} removed\n`);
  return 0;
}

function upgrade(io: ProgramIO, release: RpmRelease): number {
  const repos = enabledRepos(io.fs, release);
  if (!loadMetadata(io, release, repos)) return 1;
  const installed = readRpmdb(io.fs, release);
  const newer = installed.filter((e) => {
    const pkg = rpmPackage(release.family, e.name, release.fedora);
    return pkg && pkg.evr !== e.evr;
  });
  io.stdout('Dependencies resolved.\n');
  if (newer.length === 0) io.stdout('Nothing to do.\n');
  else
    io.note(
      `The base's packages are the catalog's current versions: ${newer.length} would be upgraded, which this model leaves as they are.`,
    );
  io.stdout('Complete!\n');
  return 0;
}

export function dnfProgram(): Program {
  return (argv, io) => {
    const release = findRelease(io.fs);
    if (!release) {
      io.stderr(
        'Error: Failed to determine the release of this system (no /etc/os-release Layercake knows).\n',
      );
      return 1;
    }
    const args = parseArgs(argv.slice(1));
    if (
      io.user.uid !== 0 &&
      ['install', 'remove', 'upgrade', 'update', 'groupinstall'].includes(args.command)
    ) {
      io.stderr(
        'Error: This command has to be run with superuser privileges (under the root user on most systems).\n',
      );
      return 1;
    }
    switch (args.command) {
      case 'install':
        return args.operands.length === 0
          ? (io.stderr('Error: Need to pass a list of pkgs to install\n'), 1)
          : install(io, release, args, args.operands);
      case 'groupinstall':
      case 'group': {
        const groupNames = args.command === 'group' ? args.operands.slice(1) : args.operands;
        const members = groupNames.flatMap((g) => GROUPS[g.replace(/^@/, '').toLowerCase()] ?? []);
        if (members.length === 0) {
          io.stderr(
            `Module or Group '${groupNames.join(' ')}' does not exist.\nError: Nothing to do.\n`,
          );
          return 1;
        }
        return install(io, release, args, members);
      }
      case 'clean':
        return clean(io);
      case 'makecache': {
        const repos = enabledRepos(io.fs, release);
        if (!loadMetadata(io, release, repos)) return 1;
        io.stdout('Metadata cache created.\n');
        return 0;
      }
      case 'update':
      case 'upgrade':
        return upgrade(io, release);
      case 'list':
      case 'info':
      case 'search':
      case 'repolist': {
        for (const r of enabledRepos(io.fs, release)) io.stdout(`${r.id.padEnd(20)} ${r.name}\n`);
        return 0;
      }
      case 'remove':
      case 'erase':
        return remove(io, release, args);
      default:
        io.stderr(`No such command: ${args.command || '(none)'}. Please use /usr/bin/dnf --help\n`);
        return 1;
    }
  };
}

function remove(io: ProgramIO, release: RpmRelease, args: Args): number {
  const installed = readRpmdb(io.fs, release);
  const targets = installed.filter((e) => args.operands.includes(e.name));
  for (const name of args.operands.filter((n) => !targets.some((t) => t.name === n)))
    io.stdout(`No match for argument: ${name}\n`);
  if (targets.length === 0) {
    io.stderr(
      'No packages marked for removal.\nDependencies resolved.\nNothing to do.\nComplete!\n'.replace(
        /^/,
        '',
      ),
    );
    return 0;
  }
  io.stdout('Dependencies resolved.\n');
  for (const t of targets) {
    const pkg = rpmPackage(release.family, t.name, release.fedora);
    if (pkg)
      for (const f of pkg.files)
        if (!f.path.endsWith('/') && io.fs.lstat(f.path).ok) io.fs.remove(f.path);
    io.stdout(`  Erasing          : ${nevra(t)}\n`);
  }
  writeRpmdb(
    io.fs,
    release,
    installed.filter((e) => !targets.includes(e)),
  );
  io.stdout(`\nRemoved:\n${columns(targets.map((t) => nevra(t)))}\nComplete!\n`);
  return 0;
}
