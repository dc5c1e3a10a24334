/**
 * What a cargo command compiles, in the order cargo would start it: the selected packages
 * and everything they need (normal and build dependencies; dev-dependencies for tests),
 * dependencies before dependents, ties by name. With --target, proc-macros, build
 * dependencies and what they need are built for the host (target/<profile>/) while the rest
 * is built for the target (target/<triple>/<profile>/); a crate needed by both is built twice,
 * as cargo does.
 */
import type { Package } from './manifest';
import { foreignTo } from './platform';
import type { Resolution, Unit } from './resolve';

export interface CompileUnit {
  unit: Unit;
  /** Built for the host (proc-macros, build dependencies) or for the target. */
  platform: 'host' | 'target';
}

export function compileUnits(
  resolution: Resolution,
  selected: Package[],
  includeDev: boolean,
  crossCompiling: boolean,
  hostTriple: string,
  targetTriple: string,
): CompileUnit[] {
  const { units } = resolution;
  const target = new Set<string>();
  const host = new Set<string>();
  const visit = (key: string, onHost: boolean, root: boolean): void => {
    const unit = units.get(key);
    if (!unit) return;
    const set = onHost ? host : target;
    if (set.has(key)) return;
    set.add(key);
    const proc = unit.record?.procMacro === true || unit.pkg?.lib?.procMacro === true;
    for (const dep of unit.deps) {
      if (dep.kind === 'dev' && !(includeDev && root)) continue;
      const next = onHost || proc || dep.kind === 'build';
      const name = units.get(dep.key)?.name ?? '';
      if (foreignTo(name, next ? hostTriple : targetTriple)) continue;
      visit(dep.key, next, false);
    }
  };
  for (const pkg of selected) visit(`${pkg.name} ${pkg.version}`, false, true);
  const wanted: CompileUnit[] = [];
  const seen = new Set<string>();
  const add = (key: string, platform: 'host' | 'target') => {
    const id = crossCompiling ? `${key}|${platform}` : key;
    if (seen.has(id)) return;
    seen.add(id);
    const unit = units.get(key);
    if (unit) wanted.push({ unit, platform: crossCompiling ? platform : 'target' });
  };
  for (const key of host) add(key, 'host');
  for (const key of target) add(key, 'target');
  return order(wanted);
}

/** Kahn's algorithm: a unit starts once everything it depends on is built; ties by name. */
function order(wanted: CompileUnit[]): CompileUnit[] {
  const id = (c: CompileUnit) => `${c.unit.key}|${c.platform}`;
  const byId = new Map(wanted.map((c) => [id(c), c]));
  const depsOf = (c: CompileUnit): string[] =>
    c.unit.deps
      .map((d) => {
        const dep = byId.get(`${d.key}|${c.platform}`) ?? byId.get(`${d.key}|host`);
        return dep ? id(dep) : undefined;
      })
      .filter((d): d is string => d !== undefined && d !== id(c));
  const remaining = new Map(wanted.map((c) => [id(c), new Set(depsOf(c))]));
  const done: CompileUnit[] = [];
  while (remaining.size > 0) {
    const ready = [...remaining.entries()]
      .filter(([, deps]) => deps.size === 0)
      .map(([k]) => byId.get(k) as CompileUnit)
      .sort(
        (a, b) =>
          rank(a) - rank(b) || (a.unit.name < b.unit.name ? -1 : a.unit.name > b.unit.name ? 1 : 0),
      );
    // A cycle (a bad lock) must not hang the build: take the rest in name order.
    const batch =
      ready.length > 0 ? ready : [...remaining.keys()].map((k) => byId.get(k) as CompileUnit);
    for (const c of batch) {
      remaining.delete(id(c));
      done.push(c);
    }
    for (const deps of remaining.values()) for (const c of batch) deps.delete(id(c));
  }
  return done;
}

/** Workspace packages build after registry crates that are ready at the same time. */
function rank(c: CompileUnit): number {
  return c.unit.kind === 'local' ? 1 : 0;
}
