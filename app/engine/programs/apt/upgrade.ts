/**
 * What `apt-get upgrade` finds to upgrade. An installed package whose archive version
 * differs from the catalog's is upgraded. Where the catalog and the image agree (the image
 * was built from the same archive), a few packages that Debian and Ubuntu patch most often
 * get a security update, as a real image a few weeks old would: the new version is modelled
 * (the catalog keeps one version per package), and a note says so.
 */
import type { Package } from '../../catalog/types';
import { securitySuffix } from './archive';
import { noteOnce, type AptContext } from './context';
import { isInstalled, ownedPaths, type DpkgDb, type InstalledDeb } from './dpkg-db';

const OFTEN_PATCHED = [
  'libssl3t64',
  'libssl3',
  'openssl',
  'libc6',
  'libc-bin',
  'tzdata',
  'libsystemd0',
  'libudev1',
];

/** Installed packages on hold (`apt-mark hold`): upgrade keeps them back. */
export function heldPackages(db: DpkgDb): string[] {
  return [...db.packages.values()]
    .filter((e) => isInstalled(e) && e.status.startsWith('hold '))
    .map((e) => e.name);
}

/** What `apt-get upgrade` would upgrade, held packages left out (see keptBack). */
export function upgradePlan(ctx: AptContext, db: DpkgDb): { pkg: Package; from: string }[] {
  const held = new Set(heldPackages(db));
  return fullUpgradePlan(ctx, db).filter((p) => !held.has(p.pkg.name));
}

/** Held packages that have a newer version: "The following packages have been kept back:". */
export function keptBack(ctx: AptContext, db: DpkgDb): string[] {
  const held = new Set(heldPackages(db));
  return fullUpgradePlan(ctx, db)
    .filter((p) => held.has(p.pkg.name))
    .map((p) => p.pkg.name)
    .sort();
}

function fullUpgradePlan(ctx: AptContext, db: DpkgDb): { pkg: Package; from: string }[] {
  const plan: { pkg: Package; from: string }[] = [];
  for (const entry of [...db.packages.values()].filter(isInstalled)) {
    const archive = ctx.catalog.package('deb', entry.name, ctx.distro);
    if (archive && archive.version !== entry.version)
      plan.push({ pkg: archive, from: entry.version });
  }
  if (plan.length > 0) return plan;
  const suffix = securitySuffix(ctx.distro);
  for (const name of OFTEN_PATCHED) {
    const entry = db.packages.get(name);
    if (!isInstalled(entry) || entry.version.includes(suffix)) continue;
    plan.push({ pkg: patched(ctx, entry, suffix), from: entry.version });
    if (plan.length === 3) break;
  }
  if (plan.length > 0) {
    noteOnce(
      ctx,
      `The upgraded versions (${plan.map((p) => `${p.pkg.name} ${p.pkg.version}`).join(', ')}) are modelled: Layercake's catalog keeps one version per package. The lesson holds: every upgraded file is copied into this layer, on top of the base image's copy.`,
    );
  }
  return plan;
}

/** The same package with a security-update version and the same files (new content). */
function patched(ctx: AptContext, entry: InstalledDeb, suffix: string): Package {
  const known = ctx.catalog.package('deb', entry.name, ctx.distro);
  const files = (
    known?.files ?? ownedPaths(ctx.io.fs, entry.name).map((path) => fileOf(ctx, path))
  ).filter((f) => f.size >= 0);
  const installedSize = files.reduce((sum, f) => sum + f.size, 0);
  return {
    ecosystem: 'deb',
    name: entry.name,
    version: `${entry.version}${suffix}`,
    depends: known?.depends ?? entry.depends.map((alts) => alts[0] as string),
    installedSize,
    downloadSize: known?.downloadSize ?? Math.round(installedSize * 0.35),
    files,
    summary: known?.summary ?? entry.name,
  };
}

function fileOf(ctx: AptContext, path: string): { path: string; size: number; link?: string } {
  const st = ctx.io.fs.lstat(path);
  if (!st.ok || st.value.node.kind === 'dir') return { path, size: -1 };
  const node = st.value.node;
  if (node.kind === 'symlink') return { path, size: 0, link: node.target };
  return { path, size: node.size };
}
