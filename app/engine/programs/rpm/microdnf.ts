/**
 * microdnf (ubi-minimal, the -minimal and -slim images): install, remove, clean all, update.
 * It never asks (no prompt, -y is accepted), downloads metadata silently ("Downloading
 * metadata...") and lists the transaction in its own shorter table.
 */
import type { Program } from '../../shell/program';
import { listDir, removeTree, writeBlob } from '../common/fs-helpers';
import { formatNumber } from './format';
import { parseArgs } from './args';
import { plan } from './resolve';
import {
  enabledRepos,
  entryOf,
  findRelease,
  placeFiles,
  readRpmdb,
  retiredHost,
  writeRpmdb,
} from './system';

export function microdnfProgram(): Program {
  return (argv, io) => {
    const release = findRelease(io.fs);
    const args = parseArgs(argv.slice(1));
    if (!release) {
      io.stderr('error: Cannot determine the release of this system\n');
      return 1;
    }
    const repos = enabledRepos(io.fs, release);
    if (args.command === 'clean') {
      for (const name of listDir(io.fs, '/var/cache/yum'))
        removeTree(io.fs, `/var/cache/yum/${name}`);
      io.stdout('Complete.\n');
      return 0;
    }
    if (!['install', 'update', 'upgrade', 'remove', 'makecache'].includes(args.command)) {
      io.stderr(`error: Unknown command: ${args.command}\n`);
      return 1;
    }
    for (const repo of repos) {
      const dead = retiredHost(repo.url);
      if (dead) {
        io.stderr(
          `error: cannot update repo '${repo.id}': Cannot prepare internal mirrorlist: Curl error (6): Couldn't resolve host name for ${repo.url} [Could not resolve host: ${dead.host}]\n`,
        );
        return 1;
      }
      io.stdout('Downloading metadata...\n');
      writeBlob(
        io.fs,
        `/var/cache/yum/metadata/${repo.id}-${release.releasever}-x86_64/repodata/repomd.xml`,
        `repomd:${repo.id}`,
        4_000,
      );
      writeBlob(
        io.fs,
        `/var/cache/yum/metadata/${repo.id}-${release.releasever}-x86_64/repodata/primary.xml.gz`,
        `primary:${repo.id}`,
        (release.repos[repo.id]?.metadata ?? 1_000_000) * 0.4,
      );
    }
    if (args.command !== 'install') {
      io.stdout(args.command === 'makecache' ? 'Metadata cache created.\n' : 'Nothing to do.\n');
      return 0;
    }
    const installed = readRpmdb(io.fs, release);
    const p = plan(release, repos, installed, args.operands);
    if (p.missing.length > 0) {
      io.stderr(`error: No package matches '${p.missing[0]}'\n`);
      return 1;
    }
    if (p.install.length === 0) {
      io.stdout('Nothing to do.\n');
      return 0;
    }
    const width = Math.max(
      38,
      ...p.install.map((x) => `${x.pkg.name}-${x.pkg.evr}.${x.pkg.arch}`.length + 2),
    );
    const repoWidth = Math.max(10, ...p.install.map((x) => x.repo.length));
    let out = `${'Package'.padEnd(width + 2)}${'Repository'.padEnd(repoWidth + 1)}Size\nInstalling:\n`;
    for (const x of p.install)
      out += ` ${`${x.pkg.name}-${x.pkg.evr}.${x.pkg.arch}`.padEnd(width + 1)}${x.repo.padEnd(repoWidth + 1)}${formatNumber(x.pkg.downloadSize)}B\n`;
    const n = p.install.length;
    out += `Transaction Summary:\n Installing:      ${String(n).padStart(4)} packages\n Reinstalling:       0 packages\n Upgrading:          0 packages\n Obsoleting:         0 packages\n Removing:           0 packages\n Downgrading:        0 packages\nDownloading packages...\nRunning transaction test...\n`;
    io.stdout(out);
    const entries = [...installed];
    for (const x of p.install) {
      io.stdout(`Installing: ${x.pkg.name};${x.pkg.evr};${x.pkg.arch};${x.repo}\n`);
      placeFiles(io.fs, x.pkg, args.nodocs);
      entries.push(entryOf(x.pkg));
      io.spend(80 + Math.round(x.pkg.installedSize / 200_000));
    }
    writeRpmdb(io.fs, release, entries);
    io.stdout('Complete.\n');
    io.note(
      "microdnf did not download anything: the packages' files are modelled from Layercake's RPM package catalog.",
    );
    return 0;
  };
}
