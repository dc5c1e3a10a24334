/**
 * The dpkg half of an apt transaction: unpacking and configuring packages (writing their
 * files and database entries) or removing them, with dpkg's own output. apt hands dpkg a
 * directory of numbered links ("00-libfoo_1.0_amd64.deb") when it installs five or more
 * packages at once, which is why long installs show numbered archive names.
 */
import type { Package } from '../../catalog/types';
import { blobId, placePackageFiles, removePackagePaths } from '../common/package-files';
import { registerAlternatives } from './alternatives';
import { debFileName } from './caches';
import type { AptContext } from './context';
import {
  databaseEntryCount,
  debArchitecture,
  dpkgName,
  isInstalled,
  newStatusEntry,
  ownedPaths,
  removeInfoFiles,
  withStatus,
  writeInfoFiles,
  type DpkgDb,
} from './dpkg-db';
import { maintainerEffects, maintainerOutput, triggerOutput } from './maintainer-scripts';
import { servicePostinst } from './service-postinst';

export interface UnpackItem {
  pkg: Package;
  /** The installed version an upgrade replaces. */
  from?: string;
}

/** Unpacks then configures each package; returns the names of triggers to process. */
export function unpackAndConfigure(
  ctx: AptContext,
  db: DpkgDb,
  items: readonly UnpackItem[],
  log: string[],
): void {
  const { io } = ctx;
  const width = items.length >= 5 ? String(items.length).length : 0;
  let readDatabase = false;
  const readDb = (): void => {
    if (readDatabase) return;
    readDatabase = true;
    out(
      ctx,
      log,
      `(Reading database ... ${databaseEntryCount(io.fs)} files and directories currently installed.)\n`,
    );
  };
  items.forEach((item, index) => {
    const { pkg } = item;
    const shown = dpkgName(pkg.name);
    const prefix = width > 0 ? `${String(index).padStart(width, '0')}-` : '';
    const file = debFileName(pkg.name, pkg.version, debArchitecture(pkg.name));
    if (item.from === undefined) {
      out(ctx, log, `Selecting previously unselected package ${shown}.\n`);
      readDb();
    } else readDb();
    out(ctx, log, `Preparing to unpack .../${prefix}${file} ...\n`);
    out(
      ctx,
      log,
      item.from === undefined
        ? `Unpacking ${shown} (${pkg.version}) ...\n`
        : `Unpacking ${shown} (${pkg.version}) over (${item.from}) ...\n`,
    );
    const old = item.from === undefined ? [] : ownedPaths(io.fs, pkg.name);
    const placed = placePackageFiles(io.fs, pkg, '/');
    const kept = new Set(placed.files);
    removePackagePaths(
      io.fs,
      old.filter((path) => !kept.has(path) && !placed.dirs.includes(path)),
    );
    writeInfoFiles(io.fs, pkg.name, placed.files, placed.dirs, (path) => blobId(pkg, path));
    db.packages.set(pkg.name, withStatus(newStatusEntry(pkg), 'install ok unpacked'));
    io.spend(60 + Math.round(pkg.installedSize / 80_000));
  });
  for (const { pkg } of items) {
    out(ctx, log, `Setting up ${dpkgName(pkg.name)} (${pkg.version}) ...\n`);
    const entry = db.packages.get(pkg.name);
    if (entry) db.packages.set(pkg.name, withStatus(entry, 'install ok installed'));
    const extra = maintainerOutput(pkg.name, io.now) ?? maintainerEffects(pkg.name, io);
    if (extra) out(ctx, log, extra);
    const service = pkg.origin ? undefined : servicePostinst(io.fs, pkg.name);
    if (service) out(ctx, log, service);
    const alternatives = registerAlternatives(io.fs, pkg.name);
    if (alternatives) out(ctx, log, alternatives);
    io.spend(40);
  }
  runTriggers(
    ctx,
    db,
    items.map((i) => i.pkg.name),
    log,
  );
}

/** Removes packages (dependents first); with purge, their configuration files too. */
export function removePackages(
  ctx: AptContext,
  db: DpkgDb,
  names: readonly string[],
  purge: boolean,
  log: string[],
): void {
  const { io } = ctx;
  if (names.length === 0) return;
  out(
    ctx,
    log,
    `(Reading database ... ${databaseEntryCount(io.fs)} files and directories currently installed.)\n`,
  );
  const withConfig: string[] = [];
  for (const name of removalOrder(db, names)) {
    const entry = db.packages.get(name);
    if (!entry) continue;
    out(ctx, log, `Removing ${dpkgName(name)} (${entry.version}) ...\n`);
    const owned = ownedPaths(io.fs, name);
    const config = owned.filter((path) => path.startsWith('/etc/'));
    removePackagePaths(
      io.fs,
      owned.filter((path) => !path.startsWith('/etc/')),
    );
    if (config.length > 0 && !purge) {
      db.packages.set(name, withStatus(entry, 'deinstall ok config-files'));
    } else {
      if (config.length > 0) withConfig.push(name);
      else {
        removeInfoFiles(io.fs, name);
        db.packages.delete(name);
      }
    }
    db.auto.delete(name);
    io.spend(50);
  }
  runTriggers(ctx, db, names, log);
  if (withConfig.length > 0) {
    out(
      ctx,
      log,
      `(Reading database ... ${databaseEntryCount(io.fs)} files and directories currently installed.)\n`,
    );
    for (const name of withConfig) {
      const entry = db.packages.get(name);
      out(
        ctx,
        log,
        `Purging configuration files for ${dpkgName(name)} (${entry?.version ?? ''}) ...\n`,
      );
      removePackagePaths(io.fs, ownedPaths(io.fs, name));
      removeInfoFiles(io.fs, name);
      db.packages.delete(name);
    }
  }
}

/** Packages that depend on others in the set are removed before them. */
function removalOrder(db: DpkgDb, names: readonly string[]): string[] {
  const set = new Set(names);
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const other of [...set].sort()) {
      const entry = db.packages.get(other);
      if (entry && entry.depends.some((alts) => alts.includes(name))) visit(other);
    }
    order.push(name);
  };
  for (const name of [...names].sort()) visit(name);
  return order;
}

function runTriggers(ctx: AptContext, db: DpkgDb, changed: readonly string[], log: string[]): void {
  const libc = db.packages.get('libc-bin');
  if (isInstalled(libc) && changed.some((name) => name.startsWith('lib'))) {
    out(ctx, log, `Processing triggers for libc-bin (${libc.version}) ...\n`);
    ldconfig(ctx);
  }
  const certificates = db.packages.get('ca-certificates');
  if (isInstalled(certificates) && changed.includes('ca-certificates')) {
    out(ctx, log, triggerOutput('ca-certificates', certificates.version));
  }
}

/** ldconfig rewrites the library cache whenever libraries change. */
function ldconfig(ctx: AptContext): void {
  const fs = ctx.io.fs;
  const current = fs.readFile('/etc/ld.so.cache');
  const size = (current.ok ? current.value.size : 9_000) + 1_100;
  fs.writeFile('/etc/ld.so.cache', { blob: `ld.so.cache:${ctx.io.now}:${size}`, size });
  fs.mkdir('/var/cache/ldconfig', { parents: true, mode: 0o700 });
  fs.writeFile(
    '/var/cache/ldconfig/aux-cache',
    { blob: `aux-cache:${ctx.io.now}:${size}`, size: Math.round(size * 0.8) },
    { mode: 0o600 },
  );
}

/** dpkg's lines go to the build log and to /var/log/apt/term.log. */
function out(ctx: AptContext, log: string[], text: string): void {
  ctx.io.stdout(text);
  log.push(text);
}
