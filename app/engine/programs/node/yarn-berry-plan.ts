/**
 * Berry's resolution step: what the project's dependencies resolve to and the yarn.lock that
 * says so. A lockfile that already holds every descriptor the project reaches is kept as it
 * is (its versions and checksums are trusted; the packages' files come from the catalog);
 * otherwise the project is resolved from the npm catalog through node-modules.ts's
 * `resolveTree` (one version per package, hoisted) and a new lockfile is made. Real Yarn keeps
 * the locked resolutions of a stale lockfile and resolves only what changed; here a stale
 * lockfile is resolved again as a whole.
 */
import type { Catalog, Package } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { sha512Hex } from '../common/hash';
import { resolveTree, type NodeRequest } from './node-modules';
import type { PackageJson } from './project';
import {
  descriptorOf,
  formatBerryLock,
  lockFormat,
  type BerryLock,
  type BerryLockEntry,
} from './yarn-berry-lock';

export interface BerryPackage {
  name: string;
  version: string;
  pkg: Package;
  /** Needed by a production dependency of the workspace (what `focus --production` keeps). */
  prod: boolean;
  checksum: string;
}

export interface BerryPlan {
  packages: BerryPackage[];
  lock: BerryLock;
  /** The lockfile text the install would write. */
  lockText: string;
  /** The lockfile must change (missing, stale, another format). */
  modified: boolean;
  /** Resolutions (`express@npm:5.2.1`) the old lockfile did not have, in Yarn's order. */
  added: string[];
}

export function workspaceName(manifest: PackageJson): string {
  return typeof manifest.name === 'string' && manifest.name !== ''
    ? manifest.name
    : 'root-workspace-0b6124';
}

function workspaceRequests(manifest: PackageJson): NodeRequest[] {
  return [
    ...Object.entries(manifest.dependencies ?? {}).map(([name, range]) => ({
      name,
      range,
      dev: false,
    })),
    ...Object.entries(manifest.devDependencies ?? {}).map(([name, range]) => ({
      name,
      range,
      dev: true,
    })),
  ];
}

/** The lockfile's value for a dependency range: `npm:^4.18.2` in Yarn 4, `^4.18.2` in Yarn 3. */
function depValue(range: string, major: number): string {
  return major >= 4 && !/^[a-z]+:/.test(range) ? `npm:${range}` : range;
}

function workspaceEntry(manifest: PackageJson, major: number): BerryLockEntry {
  const name = workspaceName(manifest);
  const dependencies: Record<string, string> = {};
  for (const r of workspaceRequests(manifest)) dependencies[r.name] = depValue(r.range, major);
  return {
    descriptors: [`${name}@workspace:.`],
    version: '0.0.0-use.local',
    resolution: `${name}@workspace:.`,
    dependencies,
    languageName: 'unknown',
    linkType: 'soft',
  };
}

export function checksumOf(name: string, version: string, major: number): string {
  const hex = sha512Hex(`yarn-zip:${name}@${version}`);
  return major >= 4 ? `${lockFormat(major).cacheKey}/${hex}` : hex;
}

/** The entries a locked project reaches, or undefined when a descriptor is not locked. */
function reachable(
  lock: BerryLock,
  requests: readonly NodeRequest[],
): Map<BerryLockEntry, boolean> | undefined {
  const byDescriptor = new Map<string, BerryLockEntry>();
  for (const e of lock.entries) for (const d of e.descriptors) byDescriptor.set(d, e);
  const reached = new Map<BerryLockEntry, boolean>();
  const queue = requests.map((r) => ({ descriptor: descriptorOf(r.name, r.range), prod: !r.dev }));
  while (queue.length > 0) {
    const { descriptor, prod } = queue.shift() as { descriptor: string; prod: boolean };
    const entry = byDescriptor.get(descriptor);
    if (!entry) return undefined;
    const seen = reached.get(entry);
    if (seen === true || (seen === false && !prod)) continue;
    reached.set(entry, prod);
    for (const [dep, value] of Object.entries(entry.dependencies))
      queue.push({ descriptor: descriptorOf(dep, value), prod });
  }
  return reached;
}

function resolutionOf(entry: BerryLockEntry): string {
  return entry.resolution;
}

export function planBerryInstall(
  io: ProgramIO,
  catalog: Catalog,
  manifest: PackageJson,
  major: number,
  old: BerryLock | undefined,
  noteOnce: (text: string) => void,
): BerryPlan {
  const requests = workspaceRequests(manifest);
  const format = lockFormat(major);
  const ws = workspaceEntry(manifest, major);
  const sameFormat = old?.version === format.version && old.cacheKey === format.cacheKey;
  const locked = old && sameFormat ? reachable(old, requests) : undefined;
  const oldText = old ? formatBerryLock(old) : undefined;
  const oldResolutions = new Set(old?.entries.map(resolutionOf) ?? []);
  if (old && locked) {
    const entries = old.entries.filter(
      (e) => e.linkType !== 'soft' || e.languageName !== 'unknown',
    );
    const lock: BerryLock = { ...format, entries: [ws, ...entries] };
    const hard = [...locked].filter(
      ([e]) => e.linkType === 'hard' && !e.resolution.includes('@patch:'),
    );
    const resolved = resolveTree(
      io,
      catalog,
      hard.map(([e, prod]) => ({ name: nameOf(e.resolution), range: e.version, dev: !prod })),
      noteOnce,
    );
    const packages = hard.flatMap(([e, prod]) => {
      const r = resolved.get(nameOf(e.resolution));
      if (!r) return [];
      if (r.version !== e.version)
        noteOnce(
          `yarn.lock holds two versions of ${r.name}: Layercake installs one (${r.version}), where Yarn would keep both.`,
        );
      return [{ name: r.name, version: e.version, pkg: r.pkg, prod, checksum: e.checksum ?? '' }];
    });
    const lockText = formatBerryLock(lock);
    return {
      packages: dedupe(packages),
      lock,
      lockText,
      modified: lockText !== oldText,
      added: [],
    };
  }
  const resolved = resolveTree(io, catalog, requests, noteOnce);
  const ranges = new Map<string, Set<string>>();
  const want = (name: string, range: string) =>
    ranges.set(name, new Set([...(ranges.get(name) ?? []), range]));
  for (const r of requests) want(r.name, r.range);
  for (const p of resolved.values())
    for (const [dep, range] of Object.entries(p.dependencies)) want(dep, range);
  const packages: BerryPackage[] = [];
  const entries: BerryLockEntry[] = [ws];
  for (const p of resolved.values()) {
    const checksum = checksumOf(p.name, p.version, major);
    packages.push({ name: p.name, version: p.version, pkg: p.pkg, prod: !p.dev, checksum });
    const dependencies: Record<string, string> = {};
    for (const [dep, range] of Object.entries(p.dependencies))
      dependencies[dep] = depValue(range, major);
    entries.push({
      descriptors: [...(ranges.get(p.name) ?? [p.version])].map((r) => descriptorOf(p.name, r)),
      version: p.version,
      resolution: `${p.name}@npm:${p.version}`,
      dependencies,
      ...(p.pkg.bin ? { bin: binPaths(p.pkg.bin) } : {}),
      checksum,
      languageName: 'node',
      linkType: 'hard',
    });
  }
  const lock: BerryLock = { ...format, entries };
  const lockText = formatBerryLock(lock);
  // Yarn 4 lists the workspace's own dependencies first, then the rest, each sorted.
  const direct = new Set(requests.map((r) => r.name));
  const fresh = entries
    .filter((e) => e.linkType === 'hard' && !oldResolutions.has(e.resolution))
    .map(resolutionOf)
    .sort();
  const added = [
    ...fresh.filter((r) => direct.has(nameOf(r))),
    ...fresh.filter((r) => !direct.has(nameOf(r))),
  ];
  return { packages, lock, lockText, modified: lockText !== oldText, added };
}

function binPaths(bin: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(bin).map(([k, v]) => [k, v.replace(/^\.\//, '')]));
}

/** `@types/node@npm:20.1.0` → `@types/node`. */
export function nameOf(resolution: string): string {
  const at = resolution.indexOf('@', 1);
  return at > 0 ? resolution.slice(0, at) : resolution;
}

function dedupe(packages: BerryPackage[]): BerryPackage[] {
  const seen = new Map<string, BerryPackage>();
  for (const p of packages) {
    const first = seen.get(p.name);
    if (!first) seen.set(p.name, p);
    else if (p.prod) first.prod = true;
  }
  return [...seen.values()];
}
