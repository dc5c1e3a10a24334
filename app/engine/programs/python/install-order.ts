/** The order pip installs what it collected in: each package after what it depends on. */
import type { Chosen } from './pip-install';
import { canonical } from './site';

/** Dependencies before the packages that need them, otherwise in collection order. */
export function dependencyOrder(picks: Chosen[]): Chosen[] {
  const byName = new Map(picks.map((p) => [canonical(p.pkg.name), p]));
  const out: Chosen[] = [];
  const done = new Set<string>();
  const visit = (pick: Chosen, stack: Set<string>) => {
    const key = canonical(pick.pkg.name);
    if (done.has(key) || stack.has(key)) return;
    stack.add(key);
    for (const dep of pick.depends) {
      const next = byName.get(dep);
      if (next) visit(next, stack);
    }
    done.add(key);
    out.push(pick);
  };
  for (const pick of picks) visit(pick, new Set());
  return out;
}
