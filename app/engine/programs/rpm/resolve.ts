/**
 * What an install asks for: the named packages and the dependencies they bring, skipping what
 * the rpm database already has (and dependencies the family's repositories do not carry, which
 * the catalog's EL9-shaped Requires name). Names no enabled repository offers are missing.
 */
import type { RpmPackage } from '../../catalog/rpm/packages';
import type { RpmRelease } from '../../catalog/rpm/releases';
import type { RpmdbEntry } from '../../catalog/rpm/rpmdb';
import { available, type RepoConfig } from './system';

export interface Planned {
  pkg: RpmPackage;
  repo: string;
  /** Asked for by name (false: a dependency). */
  asked: boolean;
}

export interface Plan {
  install: Planned[];
  missing: string[];
  /** Asked-for names that are installed already. */
  present: RpmdbEntry[];
}

export function plan(
  release: RpmRelease,
  repos: readonly RepoConfig[],
  installed: readonly RpmdbEntry[],
  names: readonly string[],
): Plan {
  const have = new Map(installed.map((e) => [e.name, e]));
  const out: Plan = { install: [], missing: [], present: [] };
  const seen = new Set<string>();
  const visit = (name: string, asked: boolean) => {
    if (seen.has(name)) return;
    seen.add(name);
    const there = have.get(name);
    if (there) {
      if (asked) out.present.push(there);
      return;
    }
    const found = available(release, repos, name);
    if (!found) {
      if (asked) out.missing.push(name);
      return;
    }
    out.install.push({ ...found, asked });
    for (const dep of found.pkg.requires) visit(dep, false);
  };
  for (const name of names) visit(name.replace(/[<>=].*$/, ''), true);
  return out;
}
