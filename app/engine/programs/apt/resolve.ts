/**
 * Works out what `apt-get install` will do: each requested package and, recursively, what
 * it depends on (and recommends, unless --no-install-recommends), minus what is installed
 * already. Without package lists (no `apt-get update` in this image), apt only knows the
 * installed packages, so anything else is "Unable to locate package".
 */
import type { Package } from '../../catalog/types';
import { candidateFor } from './candidates';
import { archivePackage, recommendsOf, type AptContext } from './context';
import { isInstalled, type DpkgDb } from './dpkg-db';
import { chooseProvider } from './virtual';

export interface AptRequest {
  name: string;
  version?: string;
}

export interface Resolution {
  /** New packages, dependencies before the packages that need them. */
  install: Package[];
  /** Installed packages the request moves to the archive's version. */
  upgrade: { pkg: Package; from: string }[];
  /** Requested by name: installed as manual. */
  requested: Set<string>;
  /** Requested packages that are already at the archive's version. */
  newest: { name: string; version: string }[];
  errors: string[];
}

export function parseRequest(arg: string): AptRequest {
  const eq = arg.indexOf('=');
  const spec = eq === -1 ? arg : arg.slice(0, eq);
  const name = spec.replace(/:(amd64|all|any|native)$/, '');
  return eq === -1 ? { name } : { name, version: arg.slice(eq + 1) };
}

export function resolveInstall(
  ctx: AptContext,
  db: DpkgDb,
  requests: readonly AptRequest[],
  options: { listsPresent: boolean; noRecommends: boolean },
): Resolution {
  const result: Resolution = {
    install: [],
    upgrade: [],
    requested: new Set(),
    newest: [],
    errors: [],
  };
  const planned = new Set<string>();
  const roots: Package[] = [];
  for (const asked of requests) {
    const choice = options.listsPresent && !asked.version ? chooseProvider(ctx, asked.name) : null;
    if (choice?.kind === 'ambiguous') {
      result.errors.push(choice.error);
      continue;
    }
    const request = choice?.kind === 'provider' ? { name: choice.name } : asked;
    const installed = db.packages.get(request.name);
    if (!options.listsPresent) {
      if (isInstalled(installed) && (!request.version || request.version === installed.version)) {
        result.requested.add(request.name);
        result.newest.push({ name: request.name, version: installed.version });
      } else if (isInstalled(installed)) {
        result.errors.push(`Version '${request.version}' for '${request.name}' was not found`);
      } else {
        result.errors.push(`Unable to locate package ${request.name}`);
      }
      continue;
    }
    if (isInstalled(installed) && request.version && installed.version === request.version) {
      result.requested.add(request.name);
      result.newest.push({ name: request.name, version: installed.version });
      continue;
    }
    const found = candidateFor(ctx, request.name, request.version);
    if (!found.ok) {
      result.errors.push(found.error);
      continue;
    }
    const pkg = found.pkg;
    result.requested.add(request.name);
    if (isInstalled(installed) && installed.version === pkg.version) {
      result.newest.push({ name: request.name, version: installed.version });
      continue;
    }
    if (isInstalled(installed)) {
      result.upgrade.push({ pkg, from: installed.version });
      planned.add(pkg.name);
      continue;
    }
    roots.push(pkg);
  }
  if (result.errors.length > 0) return result;

  const visit = (pkg: Package): void => {
    if (planned.has(pkg.name)) return;
    planned.add(pkg.name);
    const needs = [...pkg.depends, ...(options.noRecommends ? [] : recommendsOf(pkg))];
    for (const dep of needs) {
      if (planned.has(dep) || isInstalled(db.packages.get(dep))) continue;
      const found = candidateFor(ctx, dep);
      visit(found.ok ? found.pkg : archivePackage(ctx, dep));
    }
    result.install.push(pkg);
  };
  for (const pkg of roots) visit(pkg);
  return result;
}

/**
 * Installed automatic packages nothing manual needs any more (what autoremove removes).
 * Essential and required packages are always kept, as apt keeps them.
 */
export function garbagePackages(db: DpkgDb, removing: ReadonlySet<string> = new Set()): string[] {
  const keep = new Set<string>();
  const stack: string[] = [];
  for (const entry of db.packages.values()) {
    if (!isInstalled(entry) || removing.has(entry.name)) continue;
    const important =
      entry.essential || entry.priority === 'required' || entry.priority === 'important';
    if (!db.auto.has(entry.name) || important) stack.push(entry.name);
  }
  while (stack.length > 0) {
    const name = stack.pop() as string;
    if (keep.has(name)) continue;
    keep.add(name);
    const entry = db.packages.get(name);
    if (!entry) continue;
    for (const alternatives of entry.depends) {
      for (const dep of alternatives) {
        if (!keep.has(dep) && !removing.has(dep) && isInstalled(db.packages.get(dep)))
          stack.push(dep);
      }
    }
  }
  return [...db.packages.values()]
    .filter((e) => isInstalled(e) && !keep.has(e.name) && !removing.has(e.name))
    .map((e) => e.name)
    .sort();
}
