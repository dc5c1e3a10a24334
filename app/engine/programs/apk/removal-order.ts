/**
 * The order `apk del` purges in: a package goes before what it depends on, starting with the
 * packages named (so `apk del .build-deps` purges the virtual package first), and packages
 * become due in the order their dependents list them. Real logs agree, e.g. Alpine 3.7's
 * `apk del .build-deps` for `curl make wget`:
 *   .build-deps, curl, make, wget, libcurl, ca-certificates, libssh2
 * (a package waits until every package being removed that depends on it has gone).
 */
export function removalOrder(
  removing: readonly string[],
  targets: readonly string[],
  depsOf: (name: string) => readonly string[],
): string[] {
  const set = new Set(removing);
  const waiting = new Map<string, number>();
  for (const name of removing) waiting.set(name, 0);
  for (const name of removing)
    for (const dep of new Set(depsOf(name)))
      if (set.has(dep) && dep !== name) waiting.set(dep, (waiting.get(dep) ?? 0) + 1);
  const order: string[] = [];
  const done = new Set<string>();
  const queue = [
    ...targets.filter((t) => set.has(t)),
    ...removing.filter((n) => !targets.includes(n)),
  ].filter((n) => waiting.get(n) === 0);
  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (done.has(name)) continue;
    done.add(name);
    order.push(name);
    for (const dep of new Set(depsOf(name))) {
      if (!set.has(dep) || done.has(dep) || dep === name) continue;
      const left = (waiting.get(dep) ?? 1) - 1;
      waiting.set(dep, left);
      if (left === 0) queue.push(dep);
    }
  }
  // A dependency cycle leaves some waiting: they go last, in the order they were listed.
  return [...order, ...removing.filter((n) => !done.has(n))];
}
