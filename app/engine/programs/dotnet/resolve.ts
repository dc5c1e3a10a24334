/**
 * NuGet's package graph for one project and target framework: the PackageReferences at the
 * versions they name (ranges and floating versions reduced to one), their dependencies at the
 * minimum versions the nuspecs name (the highest wins when two ask for one; a direct reference
 * always wins), and the lib folder each package contributes, or NU1202 when it has none the
 * framework can use.
 */
import { nugetPackage, type NugetPackage } from '../../catalog/ecosystems/nuget';
import { bestLibTfm, describeTfm } from './frameworks';
import { compareVersions } from './install';
import type { PackageReference, Project } from './project';

export interface ResolvedPackage {
  pkg: NugetPackage;
  /** The lib/<tfm> folder used, undefined for packages without one. */
  lib: string | undefined;
  direct: boolean;
}

export interface Resolution {
  packages: ResolvedPackage[];
  /** NuGet's error lines (without the project prefix). */
  errors: string[];
}

/** NuGet's normalised version: "8.0" → "8.0.0", "1.2.3.0" → "1.2.3", lower case. */
export function normalizeVersion(version: string): string {
  const [core = '', ...pre] = version.trim().split('-');
  const parts = core.split('.');
  while (parts.length < 3) parts.push('0');
  if (parts.length === 4 && parts[3] === '0') parts.pop();
  return [parts.join('.'), ...pre].join('-').toLowerCase();
}

/**
 * The version a requested range restores: a range's lower bound ("[8.0.0, )"), a floating
 * version's newest match ("9.*" is the catalog's 9.x, or 9.0.0), or the version itself.
 */
export function requestedVersion(id: string, requested: string | undefined): string | undefined {
  if (requested === undefined || requested.trim() === '') return undefined;
  const text = requested.trim();
  if (text.includes('*')) {
    const prefix = text.slice(0, text.indexOf('*'));
    const known = nugetPackage(id).version;
    return known.startsWith(prefix) ? known : normalizeVersion(`${prefix}0`.replace(/\.\.$/, '.0'));
  }
  const lower = /^[[(]\s*([^,\]\s)]*)/.exec(text)?.[1];
  if (lower !== undefined) return lower === '' ? undefined : normalizeVersion(lower);
  return normalizeVersion(text);
}

/**
 * `inherited` are the PackageReferences of referenced projects (and theirs), which flow to
 * this project as transitive dependencies, as NuGet lets them.
 */
export function resolvePackages(
  project: Project,
  tfm: string,
  inherited: PackageReference[] = [],
): Resolution {
  const chosen = new Map<string, { id: string; version: string }>();
  const direct = new Set<string>();
  const queue: string[] = [];
  for (const ref of project.packages) {
    const key = ref.id.toLowerCase();
    const pkg = nugetPackage(ref.id, requestedVersion(ref.id, ref.version));
    chosen.set(key, { id: pkg.id, version: normalizeVersion(pkg.version) });
    direct.add(key);
    queue.push(key);
  }
  for (const ref of inherited) {
    const key = ref.id.toLowerCase();
    if (direct.has(key)) continue;
    const pkg = nugetPackage(ref.id, requestedVersion(ref.id, ref.version));
    const version = normalizeVersion(pkg.version);
    const current = chosen.get(key);
    if (current && compareVersions(version, current.version) >= 0) continue;
    chosen.set(key, { id: pkg.id, version });
    queue.push(key);
  }
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    const at = chosen.get(key);
    if (!at) continue;
    for (const dep of nugetPackage(at.id, at.version).dependencies) {
      const depKey = dep.id.toLowerCase();
      if (direct.has(depKey)) continue;
      const current = chosen.get(depKey);
      const version = normalizeVersion(dep.version);
      if (current && compareVersions(version, current.version) <= 0) continue;
      chosen.set(depKey, { id: dep.id, version });
      queue.push(depKey);
    }
  }
  const packages: ResolvedPackage[] = [];
  const errors: string[] = [];
  for (const [key, at] of [...chosen].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const pkg = nugetPackage(at.id, at.version);
    const lib = pkg.libTfms.length ? bestLibTfm(tfm, pkg.libTfms) : undefined;
    if (pkg.libTfms.length && !lib) {
      const supports = pkg.libTfms.map(describeTfm);
      errors.push(
        `error NU1202: Package ${pkg.id} ${pkg.version} is not compatible with ${describeTfm(tfm)}. Package ${pkg.id} ${pkg.version} supports:${supports.length === 1 ? ` ${supports[0]}` : supports.map((s) => `\n  - ${s}`).join('')}`,
      );
    }
    packages.push({ pkg, lib, direct: direct.has(key) });
  }
  return { packages, errors };
}
