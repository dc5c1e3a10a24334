/**
 * A PyPI project the catalog does not know is installed as a plausible stand-in; its
 * version must still meet what was asked for, or `psycopg2>=2.9.9` would fail against a
 * made-up 1.10.5 where real pip finds 2.9.10. A pin (`==`, `~=`, `<=`) names the version;
 * otherwise the made-up one is kept when it fits, else the lowest a `>=` or `>` allows.
 */
import type { Catalog, Package } from '../../catalog/types';
import { pinnedVersion, satisfies, type Requirement } from './requirements';

export function plausibleRelease(catalog: Catalog, req: Requirement): Package {
  const pkg = catalog.plausiblePackage('pypi', req.name, pinnedVersion(req.specs));
  if (satisfies(pkg.version, req.specs)) return pkg;
  const floor = lowestAllowed(req.specs);
  return floor && satisfies(floor, req.specs)
    ? catalog.plausiblePackage('pypi', req.name, floor)
    : pkg;
}

/** `>=2.9.9` → 2.9.9; `>2.9` → 2.9.1 (a release after it). */
function lowestAllowed(specs: Requirement['specs']): string | undefined {
  const atLeast = specs.find((s) => s.op === '>=' && !s.version.endsWith('.*'));
  if (atLeast) return atLeast.version;
  const above = specs.find((s) => s.op === '>' && /^\d+(\.\d+)*$/.test(s.version));
  return above ? `${above.version}${above.version.includes('.') ? '.1' : '.0.1'}` : undefined;
}
