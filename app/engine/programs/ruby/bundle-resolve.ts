/**
 * Deciding which gems a bundle holds: from Gemfile.lock when it has them (Bundler trusts the
 * lockfile's versions), else by resolving the Gemfile against the catalog, which holds one
 * version of each gem (a requirement the catalog's version does not meet is modelled at the
 * version the requirement names, as pip does). Bundler itself is never a locked spec: the
 * running Bundler satisfies `bundler` dependencies.
 */
import type { Catalog, Package } from '../../catalog/types';
import type { Gemfile, GemfileDependency } from './gemfile';
import { appliesHere } from './gemfile';
import type { GemChoice } from './gem-files';
import type { Lockfile, LockedSpec } from './lockfile';
import type { RubyEnv } from './ruby-env';
import { modelledVersion, satisfiesAll } from './versions';

export interface ResolvedGem extends GemChoice {
  /** The catalog does not know it (a lockfile named it): a plausible stand-in. */
  plausible: boolean;
  /** The catalog holds another version: files are that version's. */
  modelled: boolean;
}

export type Resolution =
  | { ok: true; gems: ResolvedGem[]; resolved: boolean }
  | { ok: false; message: string; code: number };

/** Platform-gem platforms that fit this Ruby, best first. */
export function localPlatforms(ruby: RubyEnv): string[] {
  return ruby.libc === 'musl' ? ['x86_64-linux-musl'] : ['x86_64-linux-gnu', 'x86_64-linux'];
}

/** A gem's requirements at a version: "(=)" siblings follow the version installed. */
function requirementsAt(pkg: Package, version: string, platform: string | undefined) {
  const out: Record<string, string> = {};
  for (const [name, req] of Object.entries(pkg.gem?.requirements ?? {})) {
    if (platform && pkg.gem?.sourceOnly.includes(name)) continue;
    out[name] = req === `= ${pkg.version}` ? `= ${version}` : req;
  }
  return out;
}

function notFound(name: string, requirements: string[], pkg: Package | undefined): string {
  const wanted = requirements.length ? `${name} (${requirements.join(', ')})` : name;
  const tail = pkg
    ? `The source contains the following gems matching '${name}':\n  * ${pkg.name}-${pkg.version}`
    : `The source does not contain any versions of '${name}'`;
  return `Could not find gem '${wanted}' in rubygems repository https://rubygems.org/ or installed locally.\n\n${tail}\n`;
}

/** The Gemfile's dependencies that this Ruby, on this platform, installs. */
export function wantedDependencies(gemfile: Gemfile): GemfileDependency[] {
  return gemfile.dependencies.filter(appliesHere);
}

/** Resolves from the catalog alone (no lockfile, or a lockfile that no longer fits). */
export function resolveFromCatalog(
  catalog: Catalog,
  ruby: RubyEnv,
  roots: GemfileDependency[],
  locked: Lockfile | undefined,
): Resolution {
  const requirements = new Map<string, string[]>();
  const chosen = new Map<string, ResolvedGem>();
  const add = (name: string, reqs: string[]) => {
    const list = requirements.get(name) ?? [];
    for (const r of reqs) if (r && r !== '>= 0' && !list.includes(r)) list.push(r);
    requirements.set(name, list);
  };
  for (const dep of roots) add(dep.name, dep.requirements);
  const queue = roots.map((d) => d.name);
  for (let round = 0; round < 3; round++) {
    const seen = new Set<string>();
    while (queue.length > 0) {
      const name = queue.shift() as string;
      if (seen.has(name) || name === 'bundler') continue;
      seen.add(name);
      const known = catalog.package('rubygems', name);
      const reqs = requirements.get(name) ?? [];
      // rubygems.org has ~180,000 gems and the catalog a few hundred: one it does not know
      // (web-console in Rails' Gemfile) is a plausible stand-in, as pip and npm make them.
      const pkg =
        known ??
        catalog.plausiblePackage(
          'rubygems',
          name,
          modelledVersion(reqs) ?? locked?.specs.find((s) => s.name === name)?.version,
        );
      const lockedVersion = locked?.specs.find((s) => s.name === name)?.version;
      const version =
        lockedVersion && satisfiesAll(lockedVersion, reqs)
          ? lockedVersion
          : satisfiesAll(pkg.version, reqs)
            ? pkg.version
            : modelledVersion(reqs);
      if (!version) return { ok: false, message: notFound(name, reqs, pkg), code: 6 };
      const platform = pkg.gem?.platforms.find((p) => localPlatforms(ruby).includes(p));
      const reqsOf = requirementsAt(pkg, version, platform);
      chosen.set(name, {
        pkg,
        version,
        ...(platform ? { platform } : {}),
        requirements: reqsOf,
        plausible: !known,
        modelled: version !== pkg.version,
      });
      for (const [dep, req] of Object.entries(reqsOf)) {
        add(dep, [req]);
        queue.push(dep);
      }
    }
    // A requirement found after its gem was chosen: choose again with everything known.
    const stale = [...chosen.values()].filter(
      (g) => !satisfiesAll(g.version, requirements.get(g.pkg.name) ?? []),
    );
    if (stale.length === 0) break;
    queue.push(...roots.map((d) => d.name));
    for (const g of stale) chosen.delete(g.pkg.name);
  }
  return { ok: true, gems: [...chosen.values()], resolved: true };
}

/** The locked spec for this platform: a matching platform gem, else the ruby one. */
function pickLocked(specs: LockedSpec[], ruby: RubyEnv): LockedSpec | undefined {
  for (const platform of localPlatforms(ruby)) {
    const spec = specs.find((s) => s.platform === platform);
    if (spec) return spec;
  }
  return specs.find((s) => s.platform === undefined) ?? specs[0];
}

/**
 * The gems a lockfile locks that the Gemfile's wanted dependencies reach. Undefined with the
 * name of a gem the lockfile lacks.
 */
export function resolveFromLockfile(
  catalog: Catalog,
  ruby: RubyEnv,
  roots: GemfileDependency[],
  lock: Lockfile,
): { gems: ResolvedGem[] } | { missing: string } {
  const byName = new Map<string, LockedSpec[]>();
  for (const spec of lock.specs) byName.set(spec.name, [...(byName.get(spec.name) ?? []), spec]);
  const gems: ResolvedGem[] = [];
  const seen = new Set<string>();
  const queue = roots.map((d) => d.name);
  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (seen.has(name) || name === 'bundler') continue;
    seen.add(name);
    const spec = pickLocked(byName.get(name) ?? [], ruby);
    if (!spec) return { missing: name };
    const known = catalog.package('rubygems', name);
    const pkg = known ?? catalog.plausiblePackage('rubygems', name, spec.version);
    gems.push({
      pkg,
      version: spec.version,
      ...(spec.platform ? { platform: spec.platform } : {}),
      requirements: spec.dependencies,
      plausible: !known,
      modelled: known !== undefined && known.version !== spec.version,
    });
    queue.push(...Object.keys(spec.dependencies));
  }
  return { gems };
}

/** Dependencies before the gems that need them, then by name (the order installs print in). */
export function installOrder(gems: ResolvedGem[]): ResolvedGem[] {
  const byName = new Map(gems.map((g) => [g.pkg.name, g]));
  const out: ResolvedGem[] = [];
  const done = new Set<string>();
  const visit = (gem: ResolvedGem, stack: Set<string>) => {
    const name = gem.pkg.name;
    if (done.has(name) || stack.has(name)) return;
    stack.add(name);
    for (const dep of Object.keys(gem.requirements).sort()) {
      const next = byName.get(dep);
      if (next) visit(next, stack);
    }
    done.add(name);
    out.push(gem);
  };
  for (const gem of [...gems].sort((a, b) => (a.pkg.name < b.pkg.name ? -1 : 1)))
    visit(gem, new Set());
  return out;
}
