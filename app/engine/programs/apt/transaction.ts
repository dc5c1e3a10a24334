/**
 * An apt transaction from plan to disk: show the plan, download the archives (Get lines,
 * the debconf warning Debian images print, the Fetched line), hand them to dpkg, and record
 * the result in dpkg's database, apt's logs and, where Docker's cleanup config is missing,
 * the archive cache.
 */
import type { Package } from '../../catalog/types';
import { ensureDir, exists, readText, writeBlob, writeText } from '../common/fs-helpers';
import { aptDuration, aptSize, transferMs } from '../common/sizes';
import { originOf } from './archive';
import { ownOrigin } from './own-releases';
import { debFileName, keepDeb, writePkgCaches } from './caches';
import { dockerClean, say, type AptContext } from './context';
import { debArchitecture, dpkgName, writeDpkgDb, type DpkgDb } from './dpkg-db';
import { removePackages, unpackAndConfigure, type UnpackItem } from './dpkg-run';
import { showPlan, type PlanView } from './plan-output';

export interface Transaction {
  install: Package[];
  upgrade: { pkg: Package; from: string }[];
  remove: string[];
  purge: boolean;
  /** Names of new packages the user asked for (the rest are marked automatic). */
  requested: ReadonlySet<string>;
  unneeded: string[];
  commandLine: string;
  /** Ask only when apt adds or removes something the user did not name (install). */
  askIfExtra: boolean;
  /** Held packages an upgrade keeps back. */
  keptBack?: string[];
}

export function runTransaction(ctx: AptContext, db: DpkgDb, tx: Transaction): number {
  const { io } = ctx;
  const items: UnpackItem[] = [
    ...tx.upgrade.map(({ pkg, from }) => ({ pkg, from })),
    ...tx.install.map((pkg) => ({ pkg })),
  ];
  const downloadBytes = items.reduce((sum, { pkg }) => sum + pkg.downloadSize, 0);
  // apt adds up Installed-Size fields (KiB) on both sides, so install and removal agree.
  const kib = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024)) * 1024;
  const installedKib = (name: string) => (db.packages.get(name)?.installedSizeKb ?? 0) * 1024;
  const freed = tx.remove.reduce((sum, name) => sum + installedKib(name), 0);
  const added =
    tx.install.reduce((sum, p) => sum + kib(p.installedSize), 0) +
    tx.upgrade.reduce((sum, { pkg }) => sum + kib(pkg.installedSize) - installedKib(pkg.name), 0);
  const plan: PlanView = {
    requestedNew: tx.install.filter((p) => tx.requested.has(p.name)).map((p) => p.name),
    dependencies: tx.install.filter((p) => !tx.requested.has(p.name)).map((p) => p.name),
    upgrades: tx.upgrade.map(({ pkg }) => pkg.name),
    removals: tx.remove.map((name) => ({ name, purge: tx.purge })),
    unneeded: tx.unneeded,
    downloadBytes,
    spaceDelta: added - freed,
    ...(tx.keptBack ? { keptBack: tx.keptBack } : {}),
  };
  if (!showPlan(ctx, plan, tx.askIfExtra)) return 1;
  if (items.length === 0 && tx.remove.length === 0) return 0;

  const started = io.now;
  if (items.length > 0) download(ctx, items, downloadBytes);
  const log: string[] = [];
  removePackages(ctx, db, tx.remove, tx.purge, log);
  unpackAndConfigure(ctx, db, items, log);
  for (const pkg of tx.install) if (!tx.requested.has(pkg.name)) db.auto.add(pkg.name);
  for (const name of tx.requested) db.auto.delete(name);
  writeDpkgDb(io.fs, db);
  writeLogs(ctx, tx, log, started);
  if (!dockerClean(ctx)) writePkgCaches(ctx);
  if (items.length > 0 && dockerClean(ctx)) {
    io.note(
      'The downloaded .deb files were deleted after installing: Debian and Ubuntu images carry /etc/apt/apt.conf.d/docker-clean, which empties /var/cache/apt/archives automatically.',
    );
  }
  return 0;
}

function download(ctx: AptContext, items: readonly UnpackItem[], bytes: number): void {
  const { io } = ctx;
  // apt prints each Get line as that download starts: the log shows them over the transfer.
  let spent = 0;
  items.forEach(({ pkg }, i) => {
    const { url, where } = pkg.origin ?? ownOrigin(ctx, originOf(ctx.distro, pkg.version));
    const arch = debArchitecture(pkg.name);
    if (i > 0) {
      const previous = items[i - 1]?.pkg.downloadSize ?? 0;
      const ms = transferMs(previous) + 120;
      io.spend(ms);
      spent += ms;
    }
    say(
      ctx,
      `Get:${i + 1} ${url} ${where} amd64 ${pkg.name} ${arch} ${pkg.version} [${aptSize(pkg.downloadSize)}]\n`,
    );
    if (!dockerClean(ctx)) keepDeb(ctx, debFileName(pkg.name, pkg.version, arch), pkg.downloadSize);
  });
  if (!exists(io.fs, '/usr/bin/apt-extracttemplates')) {
    io.stderr('debconf: delaying package configuration, since apt-utils is not installed\n');
  }
  const ms = transferMs(bytes) + 120 * items.length;
  io.spend(Math.max(0, ms - spent));
  const rate = aptSize(Math.round((bytes / Math.max(ms, 1)) * 1000));
  say(ctx, `Fetched ${aptSize(bytes)} in ${aptDuration(ms)} (${rate}/s)\n`);
  io.note(
    "apt-get did not download anything: the packages' files are modelled from Layercake's package catalog (paths and sizes of the real packages).",
  );
}

/** dpkg.log, apt's history.log and term.log, and the solver dump apt leaves behind. */
function writeLogs(ctx: AptContext, tx: Transaction, dpkgLines: string[], started: number): void {
  const fs = ctx.io.fs;
  const end = ctx.io.now;
  const dpkgLog = [
    `${stamp(started)} startup archives unpack`,
    ...tx.install.map((p) => `${stamp(started)} install ${dpkgName(p.name)} <none> ${p.version}`),
    ...tx.install.map((p) => `${stamp(end)} status installed ${dpkgName(p.name)} ${p.version}`),
    ...tx.remove.map((name) => `${stamp(started)} remove ${dpkgName(name)}`),
  ];
  append(ctx, '/var/log/dpkg.log', dpkgLog.join('\n') + '\n');
  const entries: string[] = [];
  const describe = (p: Package) =>
    `${dpkgName(p.name).includes(':') ? dpkgName(p.name) : `${p.name}:amd64`} (${p.version}${tx.requested.has(p.name) ? '' : ', automatic'})`;
  if (tx.install.length > 0) entries.push(`Install: ${tx.install.map(describe).join(', ')}`);
  if (tx.upgrade.length > 0) {
    entries.push(
      `Upgrade: ${tx.upgrade.map(({ pkg, from }) => `${pkg.name}:amd64 (${from}, ${pkg.version})`).join(', ')}`,
    );
  }
  if (tx.remove.length > 0)
    entries.push(
      `${tx.purge ? 'Purge' : 'Remove'}: ${tx.remove.map((n) => `${n}:amd64`).join(', ')}`,
    );
  ensureDir(fs, '/var/log/apt');
  append(
    ctx,
    '/var/log/apt/history.log',
    `\nStart-Date: ${historyStamp(started)}\nCommandline: ${tx.commandLine}\n${entries.join('\n')}\nEnd-Date: ${historyStamp(end)}\n`,
  );
  append(
    ctx,
    '/var/log/apt/term.log',
    `\nLog started: ${historyStamp(started)}\n${dpkgLines.join('')}Log ended: ${historyStamp(end)}\n`,
  );
  const eipp = 18_000 + 40 * (tx.install.length + tx.remove.length);
  writeBlob(fs, '/var/log/apt/eipp.log.xz', `eipp:${tx.commandLine}:${end}`, eipp);
}

function append(ctx: AptContext, path: string, text: string): void {
  const previous = readText(ctx.io.fs, path);
  if (previous === undefined && exists(ctx.io.fs, path)) {
    ctx.io.fs.writeFile(path, { text }, { append: true });
    return;
  }
  writeText(ctx.io.fs, path, (previous ?? '') + text);
}

function stamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

function historyStamp(ms: number): string {
  return stamp(ms).replace(' ', '  ');
}
