/**
 * yum 3 (CentOS 7, Oracle Linux 7, Amazon Linux 2): install, remove, clean all, makecache,
 * update. Its wording differs from dnf's: "Loaded plugins", the "---> Package ... will be
 * installed" resolution, "Installing for dependencies:", "Install  1 Package (+N Dependent
 * packages)". A repository whose mirrorlist host no longer resolves stops yum with its long
 * "One of the configured repositories failed" report (CentOS 7 since its EOL).
 */
import type { RpmRelease } from '../../catalog/rpm/releases';
import type { Program, ProgramIO } from '../../shell/program';
import { listDir, removeTree, writeBlob } from '../common/fs-helpers';
import { nevra } from '../../catalog/rpm/rpmdb';
import { parseArgs, GROUPS, type Args } from './args';
import { formatNumber, tableLines, yumLine } from './format';
import { plan, type Planned } from './resolve';
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

const CACHE = '/var/cache/yum/x86_64';

function failedRepo(io: ProgramIO, release: RpmRelease, repo: RepoConfig, host: string): void {
  io.stdout(
    `Could not retrieve mirrorlist ${repo.url} error was\n14: curl#6 - "Could not resolve host: ${host}; Unknown error"\n`,
  );
  io.stderr(`

 One of the configured repositories failed (Unknown),
 and yum doesn't have enough cached data to continue. At this point the only
 safe thing yum can do is fail. There are a few ways to work "fix" this:

     1. Contact the upstream for the repository and get them to fix the problem.

     2. Reconfigure the baseurl/etc. for the repository, to point to a working
        upstream. This is most often useful if you are using a newer
        distribution release than is supported by the repository (and the
        packages for the previous distribution release still work).

     3. Run the command with the repository temporarily disabled
            yum --disablerepo=${repo.id} ...

     4. Disable the repository permanently, so yum won't use it by default. Yum
        will then just ignore the repository until you permanently enable it
        again or use --enablerepo for temporary usage:

            yum-config-manager --disable ${repo.id}
        or
            subscription-manager repos --disable=${repo.id}

     5. Configure the failing repository to be skipped, if it is unavailable.
        Note that yum will try to contact the repo. when it runs most commands,
        so will have to try and fail each time (and thus. yum will be be much
        slower). If it is a very temporary problem though, this is often a nice
        compromise:

            yum-config-manager --save --setopt=${repo.id}.skip_if_unavailable=true

Cannot find a valid baseurl for repo: ${repo.id}/${release.releasever}/x86_64
`);
}

function plugins(release: RpmRelease): string {
  return release.family === 'al2'
    ? 'Loaded plugins: ovl, priorities\n'
    : 'Loaded plugins: fastestmirror, ovl\n';
}

/** Fetches repomd and primary_db of each repository into /var/cache/yum. */
function loadMetadata(io: ProgramIO, release: RpmRelease, repos: RepoConfig[]): boolean {
  const dir = (r: RepoConfig) => `${CACHE}/${release.releasever}/${r.id}`;
  if (repos.every((r) => listDir(io.fs, dir(r)).length > 0) && repos.length > 0) return true;
  if (release.family === 'el7' && repos.some((r) => r.kind === 'mirrorlist'))
    io.stdout('Determining fastest mirrors\n');
  for (const repo of repos) {
    const dead = retiredHost(repo.url);
    if (dead) {
      failedRepo(io, release, repo, dead.host);
      io.note(dead.why);
      return false;
    }
  }
  for (const repo of repos) io.stdout(yumLine(repo.id, 3_600, 200));
  repos.forEach((repo, i) => {
    const bytes = release.repos[repo.id]?.metadata ?? 1_000_000;
    io.spend(300 + Math.round(bytes / 8000));
    io.stdout(
      yumLine(
        `(${i + 1}/${repos.length}): ${repo.id}/${release.releasever}/x86_64/primary_db`,
        bytes,
        300 + bytes / 8000,
      ),
    );
    writeBlob(io.fs, `${dir(repo)}/repomd.xml`, `repomd:${repo.id}`, 3_600);
    writeBlob(io.fs, `${dir(repo)}/gen/primary_db.sqlite`, `primary:${repo.id}`, bytes * 4);
    writeBlob(io.fs, `${dir(repo)}/primary.sqlite.bz2`, `primary-bz2:${repo.id}`, bytes);
  });
  return true;
}

function install(io: ProgramIO, release: RpmRelease, args: Args, names: string[]): number {
  const repos = enabledRepos(io.fs, release);
  if (!loadMetadata(io, release, repos)) return 1;
  const installed = readRpmdb(io.fs, release);
  const p = plan(release, repos, installed, names);
  for (const e of p.present)
    io.stdout(`Package ${e.name}-${e.evr}.${e.arch} already installed and latest version\n`);
  for (const name of p.missing) io.stdout(`No package ${name} available.\n`);
  if (p.install.length === 0) {
    io.stderr('Error: Nothing to do\n');
    return p.missing.length > 0 ? 1 : 0;
  }
  io.stdout('Resolving Dependencies\n--> Running transaction check\n');
  for (const x of p.install)
    io.stdout(`---> Package ${x.pkg.name}.${x.pkg.arch} 0:${x.pkg.evr} will be installed\n`);
  io.stdout('--> Finished Dependency Resolution\n\nDependencies Resolved\n\n');
  const row = (x: Planned) => ({
    name: x.pkg.name,
    arch: x.pkg.arch,
    version: x.pkg.evr,
    repo: x.repo,
    size: x.pkg.downloadSize,
  });
  const asked = p.install.filter((x) => x.asked);
  const deps = p.install.filter((x) => !x.asked);
  const download = p.install.reduce((s, x) => s + x.pkg.downloadSize, 0);
  const size = p.install.reduce((s, x) => s + x.pkg.installedSize, 0);
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  io.stdout(
    tableLines([
      ['Installing:', asked.map(row)],
      ['Installing for dependencies:', deps.map(row)],
    ]) +
      `\nTransaction Summary\n${'='.repeat(80)}\nInstall  ${plural(asked.length, 'Package')}${deps.length ? ` (+${plural(deps.length, 'Dependent package')})` : ''}\n\nTotal download size: ${formatNumber(download)}\nInstalled size: ${formatNumber(size)}\n`,
  );
  if (!args.yes) {
    io.stdout('Is this ok [y/d/N]: ');
    io.stderr('Exiting on user command\n');
    io.note(
      'yum asks before it changes anything; a build step has no terminal to answer, so use yum install -y.',
    );
    return 1;
  }
  io.stdout('Downloading packages:\n');
  io.stdout(
    `${'-'.repeat(80)}\n${yumLine('Total', download, 500 + download / 20_000).replace('|', '|')}`,
  );
  io.stdout(
    'Running transaction check\nRunning transaction test\nTransaction test succeeded\nRunning transaction\n',
  );
  const n = p.install.length;
  const entries = [...installed];
  const line = (label: string, what: string, i: number) => {
    const left = `  ${label.padEnd(11)}: ${what}`;
    const count = `${i}/${n}`;
    return `${left}${' '.repeat(Math.max(1, 80 - left.length - count.length - 1))}${count} \n`;
  };
  p.install.forEach((x, i) => {
    io.stdout(line('Installing', `${x.pkg.name}-${x.pkg.evr}.${x.pkg.arch}`, i + 1));
    placeFiles(io.fs, x.pkg, args.nodocs);
    entries.push(entryOf(x.pkg));
    io.spend(80 + Math.round(x.pkg.installedSize / 200_000));
  });
  p.install.forEach((x, i) =>
    io.stdout(line('Verifying', `${x.pkg.name}-${x.pkg.evr}.${x.pkg.arch}`, i + 1)),
  );
  writeRpmdb(io.fs, release, entries);
  const listed = (list: Planned[]) =>
    list.map((x) => `  ${x.pkg.name}.${x.pkg.arch} 0:${x.pkg.evr}`).join('\n');
  io.stdout(
    `\nInstalled:\n${listed(asked)}\n\n${deps.length ? `Dependency Installed:\n${listed(deps)}\n\n` : ''}Complete!\n`,
  );
  writeBlob(
    io.fs,
    '/var/lib/yum/history/history-2025-11-18.sqlite',
    `yum-history:${entries.length}`,
    24_576 + entries.length * 900,
  );
  writeBlob(io.fs, '/var/log/yum.log', `yum-log:${entries.length}`, n * 64);
  io.note(
    "yum did not download anything: the packages' files are modelled from Layercake's RPM package catalog.",
  );
  return 0;
}

export function yumProgram(): Program {
  return (argv, io) => {
    const release = findRelease(io.fs);
    if (!release) {
      io.stderr('There are no enabled repos.\n');
      return 1;
    }
    const args = parseArgs(argv.slice(1));
    if (
      io.user.uid !== 0 &&
      ['install', 'remove', 'update', 'upgrade', 'groupinstall'].includes(args.command)
    ) {
      io.stderr(`${plugins(release)}You need to be root to perform this command.\n`);
      return 1;
    }
    io.stdout(plugins(release));
    const repos = () => enabledRepos(io.fs, release);
    switch (args.command) {
      case 'install':
        return install(io, release, args, args.operands);
      case 'groupinstall':
        return install(
          io,
          release,
          args,
          args.operands.flatMap((g) => GROUPS[g.toLowerCase()] ?? []),
        );
      case 'clean': {
        io.stdout(
          `Cleaning repos: ${repos()
            .map((r) => r.id)
            .join(' ')}\n`,
        );
        if (release.family === 'el7') io.stdout('Cleaning up list of fastest mirrors\n');
        removeTree(io.fs, '/var/cache/yum');
        return 0;
      }
      case 'makecache':
        if (!loadMetadata(io, release, repos())) return 1;
        io.stdout('Metadata Cache Created\n');
        return 0;
      case 'update':
      case 'upgrade':
        if (!loadMetadata(io, release, repos())) return 1;
        io.stdout('No packages marked for update\n');
        return 0;
      default:
        io.stderr(`No such command: ${args.command}. Please use /usr/bin/yum --help\n`);
        return 1;
    }
  };
}

export { nevra };
