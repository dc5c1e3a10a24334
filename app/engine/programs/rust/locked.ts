/**
 * An up-to-date Cargo.lock is used as it is: when every workspace package is in it at its
 * version and each of their dependencies is locked at a version the requirement allows,
 * cargo resolves nothing and the lock's own graph (which may be a real project's, with
 * crates the catalog lacks) is what gets downloaded and compiled.
 */
import { crateRecord, plausibleCrate } from '../../catalog/ecosystems/crates';
import type { LockEntry, LockFile } from './lockfile';
import { foreignTo } from './platform';
import type { Package } from './manifest';
import type { Resolution, Unit } from './resolve';
import { parseReq, satisfies } from './semver';

export function resolveFromLock(packages: Package[], lock: LockFile): Resolution | undefined {
  const byName = new Map<string, LockEntry[]>();
  for (const e of lock.entries) byName.set(e.name, [...(byName.get(e.name) ?? []), e]);
  const byDir = new Map(packages.map((p) => [p.dir, p]));
  for (const pkg of packages) {
    const own = byName.get(pkg.name)?.find((e) => e.version === pkg.version && !e.source);
    if (!own) return undefined;
    const listed = new Set(own.dependencies.map((d) => d.split(' ')[0]));
    for (const dep of pkg.deps) {
      const target = dep.path ? byDir.get(dep.path)?.name : dep.crate;
      if (!target || !listed.has(target)) return undefined;
      if (dep.path || dep.git) continue;
      const req = parseReq(dep.req);
      if (!req || !(byName.get(dep.crate) ?? []).some((e) => satisfies(e.version, req)))
        return undefined;
    }
  }
  const units = new Map<string, Unit>();
  const unknown: string[] = [];
  for (const e of lock.entries) {
    const pkg = e.source ? undefined : packages.find((p) => p.name === e.name);
    if (!e.source && !pkg) return undefined;
    const known = e.source ? crateRecord(e.name) : undefined;
    if (e.source && !known && !foreignTo(e.name, 'x86_64-unknown-linux-gnu')) unknown.push(e.name);
    units.set(`${e.name} ${e.version}`, {
      key: `${e.name} ${e.version}`,
      name: e.name,
      version: e.version,
      kind: pkg ? 'local' : e.source?.startsWith('git+') ? 'git' : 'registry',
      ...(pkg ? { pkg } : { record: known ?? plausibleCrate(e.name) }),
      ...(e.source ? { source: e.source } : {}),
      deps: [],
    });
  }
  for (const e of lock.entries) {
    const unit = units.get(`${e.name} ${e.version}`) as Unit;
    for (const d of e.dependencies) {
      const [name, version] = d.split(' ');
      const target = version
        ? units.get(`${name} ${version}`)
        : [...units.values()].find((u) => u.name === name);
      if (!target) return undefined;
      const kind = unit.pkg?.deps.find(
        (dep) => dep.crate === name || (dep.path && byDir.get(dep.path)?.name === name),
      )?.kind;
      unit.deps.push({ key: target.key, kind: kind ?? 'normal' });
    }
  }
  const notes =
    unknown.length > 0
      ? [
          `Cargo.lock names ${unknown.length} crate${unknown.length === 1 ? '' : 's'} Layercake's catalog lacks (${unknown.slice(0, 8).join(', ')}${unknown.length > 8 ? ', ...' : ''}): their sizes are plausible stand-ins.`,
        ]
      : [];
  return { units, lock, added: [], adding: [], gits: [], notes };
}
