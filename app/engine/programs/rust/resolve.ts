/**
 * Dependency resolution as cargo does it against crates.io, on the catalog's crates: a locked
 * version is kept while it satisfies the requirement, else the newest matching release; one
 * version per semver-compatible line is shared by every dependent. A requirement older than
 * the catalog's release lines is modelled (crates.io has it; the catalog does not); one newer
 * than every release fails as cargo fails. Dependencies of registry crates are those a build
 * with common features pulls in (features are not modelled).
 */
import {
  crateDependencies,
  crateRecord,
  plausibleCrate,
  type CrateRecord,
} from '../../catalog/ecosystems/crates';
import { sha256Hex } from '../common/hash';
import { CRATES_IO_SOURCE, crateChecksum, type LockEntry, type LockFile } from './lockfile';
import type { DepKind, Package } from './manifest';
import { lowestAllowed, newestMatching, parseReq, parseVersion, satisfies } from './semver';

export interface Unit {
  key: string;
  name: string;
  version: string;
  kind: 'registry' | 'git' | 'local';
  record?: CrateRecord;
  pkg?: Package;
  source?: string;
  deps: { key: string; kind: DepKind }[];
}

export interface Resolution {
  units: Map<string, Unit>;
  lock: LockFile;
  /** Packages the old lock did not have (all of them, members too, when there was none). */
  added: string[];
  /** "      Adding axum v0.7.9 (available: v0.8.7)" lines. */
  adding: string[];
  /** Git repositories to announce ("Updating git repository `...`"). */
  gits: string[];
  notes: string[];
}

export type Resolved = { ok: true; value: Resolution } | { ok: false; error: string };

export interface ResolveOptions {
  lock?: LockFile;
  lockVersion: number;
  /** Whether "(available: ...)" lines are printed (cargo 1.80+). */
  showAvailable: boolean;
}

export function resolve(packages: Package[], options: ResolveOptions): Resolved {
  const units = new Map<string, Unit>();
  const picked = new Map<string, string[]>();
  const locked = new Map<string, string[]>();
  for (const e of options.lock?.entries ?? [])
    if (e.source) locked.set(e.name, [...(locked.get(e.name) ?? []), e.version]);
  const adding: string[] = [];
  const gits: string[] = [];
  const notes: string[] = [];
  const plausible: string[] = [];
  const modelled: string[] = [];
  const queue: Unit[] = [];
  // Features enabled on each package, and how many there were when its dependencies were
  // last read: a feature a later dependent turns on can bring more dependencies.
  const features = new Map<string, Set<string>>();
  const seenFeatures = new Map<string, number>();
  const enable = (key: string, list: readonly string[]): void => {
    const set = features.get(key) ?? new Set<string>();
    features.set(key, set);
    for (const f of list) set.add(f);
    const unit = units.get(key);
    const seen = seenFeatures.get(key);
    if (unit && seen !== undefined && set.size > seen && !queue.includes(unit)) queue.push(unit);
  };

  const addUnit = (unit: Unit): Unit => {
    const known = units.get(unit.key);
    if (known) return known;
    units.set(unit.key, unit);
    picked.set(unit.name, [...(picked.get(unit.name) ?? []), unit.version]);
    queue.push(unit);
    return unit;
  };
  for (const pkg of packages)
    addUnit({
      key: `${pkg.name} ${pkg.version}`,
      name: pkg.name,
      version: pkg.version,
      kind: 'local',
      pkg,
      deps: [],
    });
  const localByDir = new Map(packages.map((p) => [p.dir, `${p.name} ${p.version}`]));

  const pick = (
    crate: string,
    reqText: string,
    requiredBy: Unit,
    wanted: readonly string[],
  ): { key: string } | { error: string } => {
    const req = parseReq(reqText);
    if (!req)
      return {
        error: `error: failed to parse manifest at \`${requiredBy.pkg?.manifestPath ?? ''}\`\n\nCaused by:\n  failed to parse the version requirement \`${reqText}\` for dependency \`${crate}\`\n`,
      };
    const known = crateRecord(crate);
    const record = known ?? plausibleCrate(crate);
    if (!known && !plausible.includes(crate)) plausible.push(crate);
    const name = record.name;
    const choose = (version: string): { key: string } => {
      const unit = addUnit({
        key: `${name} ${version}`,
        name,
        version,
        kind: 'registry',
        record,
        source: CRATES_IO_SOURCE,
        deps: [],
      });
      enable(unit.key, wanted);
      return { key: unit.key };
    };
    const already = (picked.get(name) ?? []).filter((v) => satisfies(v, req));
    if (already.length > 0) return choose(newest(already));
    const fromLock = (locked.get(name) ?? []).filter((v) => satisfies(v, req));
    if (fromLock.length > 0) {
      const v = newest(fromLock);
      if (known && !known.versions.includes(v)) modelled.push(`${name} v${v}`);
      return choose(v);
    }
    if (!known)
      return choose(
        req.display === '*'
          ? (record.versions[0] as string)
          : (lowestAllowed(req) ?? (record.versions[0] as string)),
      );
    const match = newestMatching(record.versions, req);
    const latest = record.versions[0] as string;
    if (match) {
      if (match !== latest && options.showAvailable)
        adding.push(`      Adding ${name} v${match} (available: v${latest})\n`);
      return choose(match);
    }
    const lowest = lowestAllowed(req);
    if (lowest && older(lowest, latest)) {
      modelled.push(`${name} v${lowest}`);
      if (options.showAvailable)
        adding.push(`      Adding ${name} v${lowest} (available: v${latest})\n`);
      return choose(lowest);
    }
    const by = requiredBy.pkg
      ? `${requiredBy.name} v${requiredBy.version} (${requiredBy.pkg.dir})`
      : `${requiredBy.name} v${requiredBy.version}`;
    return {
      error: `error: failed to select a version for the requirement \`${crate} = "${req.display}"\`\ncandidate versions found which didn't match: ${record.versions.join(', ')}\nlocation searched: crates.io index\nrequired by package \`${by}\`\n`,
    };
  };

  while (queue.length > 0) {
    const unit = queue.shift() as Unit;
    if (unit.kind === 'local' && unit.pkg) {
      for (const dep of unit.pkg.deps) {
        if (dep.path) {
          const key = localByDir.get(dep.path);
          if (key) unit.deps.push({ key, kind: dep.kind });
          continue;
        }
        if (dep.git) {
          if (!gits.includes(dep.git)) gits.push(dep.git);
          const record = crateRecord(dep.crate) ?? plausibleCrate(dep.crate);
          const version = record.versions[0] as string;
          const added = addUnit({
            key: `${record.name} ${version}`,
            name: record.name,
            version,
            kind: 'git',
            record,
            source: `git+${dep.git}#${sha256Hex(dep.git).slice(0, 40)}`,
            deps: [],
          });
          enable(added.key, dep.features);
          unit.deps.push({ key: added.key, kind: dep.kind });
          continue;
        }
        const result = pick(dep.crate, dep.req, unit, dep.features);
        if ('error' in result) return { ok: false, error: result.error };
        unit.deps.push({ key: result.key, kind: dep.kind });
      }
    } else {
      const enabled = features.get(unit.key) ?? new Set(['default']);
      seenFeatures.set(unit.key, enabled.size);
      const deps = unit.record ? crateDependencies(unit.record, unit.version, enabled) : [];
      for (const [dep, req] of deps) {
        if (unit.deps.some((d) => d.key.startsWith(`${dep} `))) continue;
        const wants = unit.record?.wants[dep] ?? [];
        // "-default": the dependency is used with default-features = false.
        const asked = wants.includes('-default')
          ? wants.filter((f) => f !== '-default')
          : ['default', ...wants];
        const result = pick(dep, req, unit, asked);
        if ('error' in result) return { ok: false, error: result.error };
        unit.deps.push({ key: result.key, kind: 'normal' });
      }
    }
  }
  if (plausible.length > 0)
    notes.push(
      `Not in Layercake's crate catalog, so modelled as plausible stand-ins (no dependencies of their own): ${plausible.join(', ')}.`,
    );
  if (modelled.length > 0)
    notes.push(
      `The catalog lacks these versions and models them with the files of its own release of the crate: ${modelled.join(', ')}.`,
    );
  const lock = lockOf(units, options.lock?.version ?? options.lockVersion);
  const before = new Set((options.lock?.entries ?? []).map((e) => `${e.name} ${e.version}`));
  // A new lock counts every package, the workspace's own too; an updated one what it adds.
  const added = lock.entries
    .filter((e) => (e.source || !options.lock) && !before.has(`${e.name} ${e.version}`))
    .map((e) => `${e.name} ${e.version}`)
    .sort();
  return {
    ok: true,
    value: {
      units,
      lock,
      added,
      adding: options.lock ? addedLines(added, adding) : [...new Set(adding)].sort(),
      gits,
      notes,
    },
  };
}

/** With a lock already there, cargo names every package it adds. */
function addedLines(added: string[], available: string[]): string[] {
  return added.map((key) => {
    const [name, version] = key.split(' ');
    return (
      available.find((l) => l.startsWith(`      Adding ${name} v${version} `)) ??
      `      Adding ${name} v${version}\n`
    );
  });
}

function newest(versions: string[]): string {
  return [...versions].sort((a, b) => (older(a, b) ? 1 : -1))[0] as string;
}

function older(a: string, b: string): boolean {
  const pa = parseVersion(a) ?? [0, 0, 0];
  const pb = parseVersion(b) ?? [0, 0, 0];
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) < (pb[i] ?? 0);
  return false;
}

function lockOf(units: Map<string, Unit>, version: number): LockFile {
  const counts = new Map<string, number>();
  for (const u of units.values()) counts.set(u.name, (counts.get(u.name) ?? 0) + 1);
  const entries: LockEntry[] = [...units.values()].map((u) => ({
    name: u.name,
    version: u.version,
    ...(u.source ? { source: u.source } : {}),
    ...(u.kind === 'registry' ? { checksum: crateChecksum(u.name, u.version) } : {}),
    dependencies: [
      ...new Set(
        u.deps.map((d) => {
          const dep = units.get(d.key);
          if (!dep) return d.key;
          return (counts.get(dep.name) ?? 0) > 1 ? `${dep.name} ${dep.version}` : dep.name;
        }),
      ),
    ],
  }));
  return { version, entries };
}
