/**
 * dpkg's view of a Debian or Ubuntu rootfs: which packages are installed, their paragraphs
 * in /var/lib/dpkg/status and the file lists in /var/lib/dpkg/info, so that apt and dpkg in
 * a container know what the image already holds. Installing packages into a layer writes
 * their files (minus what the slim excludes drop), their .list files and a new status file
 * (a whole new copy in the layer, as dpkg's rewrite is a copy-up).
 */
import type { Package } from '../types';
import type { DebArchive } from '../deb/archive';
import { dependencyClosure } from '../deb/archive';
import type { TreeBuilder } from '../util/tree-builder';
import { excludedBySlim } from './debian-texts';

export interface DebSystem {
  archive: DebArchive;
  /** Installed package names, in installation order. */
  installed: readonly string[];
  /** Which excludes dpkg applies: Debian slim's, Ubuntu's minimised ones, or none. */
  excludes: 'slim' | 'ubuntu' | 'none';
  /** Installed packages from outside the distribution's archive (nginx.org's), by name. */
  foreign?: ReadonlyMap<string, Package>;
}

/** Shared libraries are Multi-Arch: same; dpkg names their files "libfoo1:amd64.list". */
export function multiArchSame(pkg: Package): boolean {
  return (
    pkg.architecture !== 'all' &&
    /^lib/.test(pkg.name) &&
    !/-(bin|utils|tools|progs|common|data|doc|l10n|perl|dev)$/.test(pkg.name)
  );
}

const paragraphs = new WeakMap<Package, string>();

export function statusParagraph(pkg: Package): string {
  const known = paragraphs.get(pkg);
  if (known !== undefined) return known;
  const text = formatParagraph(pkg);
  paragraphs.set(pkg, text);
  return text;
}

function formatParagraph(pkg: Package): string {
  const lines = [`Package: ${pkg.name}`];
  if (pkg.essential) lines.push('Essential: yes');
  lines.push('Status: install ok installed');
  lines.push(`Priority: ${pkg.priority ?? 'optional'}`);
  lines.push(`Section: ${pkg.section ?? 'misc'}`);
  lines.push(`Installed-Size: ${Math.max(1, Math.ceil(pkg.installedSize / 1024))}`);
  lines.push(`Architecture: ${pkg.architecture ?? 'amd64'}`);
  if (multiArchSame(pkg)) lines.push('Multi-Arch: same');
  lines.push(`Version: ${pkg.version}`);
  if (pkg.depends.length > 0) lines.push(`Depends: ${pkg.depends.join(', ')}`);
  lines.push(`Description: ${pkg.summary}`);
  return lines.join('\n') + '\n';
}

/** The whole status file, packages sorted by name as dpkg writes it. */
export function statusText(system: DebSystem): string {
  return [...system.installed]
    .sort()
    .map((name) => system.foreign?.get(name) ?? system.archive.package(name))
    .filter((pkg): pkg is Package => pkg !== undefined)
    .map(statusParagraph)
    .join('\n');
}

function keepFor(excludes: DebSystem['excludes']): ((path: string) => boolean) | undefined {
  if (excludes === 'none') return undefined;
  const ubuntu = excludes === 'ubuntu';
  return (path) => !excludedBySlim(path, ubuntu);
}

/** The .list text: "/." then every directory and file, parents first. */
function listText(paths: readonly string[]): string {
  const all = new Set<string>();
  for (const path of paths) {
    for (let i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1))
      all.add(path.slice(0, i));
    all.add(path);
  }
  return ['/.', ...[...all].sort()].join('\n') + '\n';
}

/**
 * Installs `roots` and what they depend on (less what is installed) into the layer being
 * built; returns the new system. The status file is written whole, as dpkg rewrites it.
 */
export function installDebs(
  builder: TreeBuilder,
  system: DebSystem,
  roots: readonly string[],
): DebSystem {
  const have = new Set(system.installed);
  const wanted = dependencyClosure(system.archive, roots).filter((name) => !have.has(name));
  const packages = wanted
    .map((name) => system.archive.package(name))
    .filter((pkg): pkg is Package => pkg !== undefined);
  return placeDebs(builder, system, packages);
}

/**
 * Installs packages from another repository (nginx.org's) and, first, what they depend on
 * from the distribution's archive, as apt would with that repository in its sources.
 */
export function installForeignDebs(
  builder: TreeBuilder,
  system: DebSystem,
  packages: readonly Package[],
): DebSystem {
  const names = new Set(packages.map((p) => p.name));
  const deps = packages.flatMap((p) => p.depends).filter((d) => !names.has(d));
  const withDeps = installDebs(builder, system, deps);
  const placed = placeDebs(builder, withDeps, packages);
  const foreign = new Map(system.foreign ?? []);
  for (const pkg of packages) foreign.set(pkg.name, pkg);
  const next: DebSystem = { ...placed, foreign };
  builder.text('/var/lib/dpkg/status', statusText(next));
  return next;
}

function placeDebs(
  builder: TreeBuilder,
  system: DebSystem,
  packages: readonly Package[],
): DebSystem {
  const keep = keepFor(system.excludes);
  for (const pkg of packages) {
    const placed = builder.packageFiles(pkg.files, `deb:${pkg.name}@${pkg.version}`, keep);
    const info = `/var/lib/dpkg/info/${multiArchSame(pkg) ? `${pkg.name}:amd64` : pkg.name}`;
    builder.text(`${info}.list`, listText(placed));
  }
  const next: DebSystem = {
    ...system,
    installed: [...system.installed, ...packages.map((p) => p.name)],
  };
  builder.text('/var/lib/dpkg/status', statusText(next));
  return next;
}
