/**
 * npm install -g: each package asked for is a tree of its own under /usr/local/lib/node_modules
 * (its dependencies in its own node_modules), its commands linked into /usr/local/bin.
 */
import type { Catalog } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { fundingCount, summary } from './npm-messages';
import {
  npmCacheWriter,
  resolveTree,
  writeNodeModules,
  type ResolvedPackage,
} from './node-modules';

export function installGlobal(
  io: ProgramIO,
  catalog: Catalog,
  operands: string[],
  cacheFolder: string,
): number {
  const noted = new Set<string>();
  const requests = operands.map((spec) => {
    const at = spec.lastIndexOf('@');
    return at > 0
      ? { name: spec.slice(0, at), range: spec.slice(at + 1), dev: false }
      : { name: spec, range: '*', dev: false };
  });
  const noteOnce = (text: string) => {
    if (!noted.has(text)) io.note(text);
    noted.add(text);
  };
  // Each global package is a tree of its own: the package in /usr/local/lib/node_modules,
  // its dependencies in its own node_modules (npm ls -g lists only the packages asked for).
  const trees = requests.map((request) => {
    const resolved = resolveTree(io, catalog, [request], noteOnce, { nest: true });
    const root = resolved.get(request.name) as ResolvedPackage;
    return { root, deps: [...resolved.values()].filter((r) => r !== root) };
  });
  const packages = trees.flatMap((t) => [t.root, ...t.deps]);
  const ms = 900 + packages.length * 60;
  io.spend(ms);
  const cache = npmCacheWriter(io, cacheFolder);
  for (const { root, deps } of trees) {
    writeNodeModules(io, '/usr/local/lib', [root], cache);
    if (deps.length > 0)
      writeNodeModules(io, `/usr/local/lib/node_modules/${root.name}`, deps, cache);
  }
  for (const request of requests) {
    for (const name of io.fs.readdir('/usr/local/lib/node_modules/.bin').ok
      ? (io.fs.readdir('/usr/local/lib/node_modules/.bin') as { ok: true; value: string[] }).value
      : []) {
      const target = io.fs.lstat(`/usr/local/lib/node_modules/.bin/${name}`);
      if (
        !target.ok ||
        target.value.node.kind !== 'symlink' ||
        !target.value.node.target.startsWith(`../${request.name}/`)
      )
        continue;
      if (!io.fs.lstat(`/usr/local/bin/${name}`).ok)
        io.fs.symlink(
          `../lib/node_modules/${target.value.node.target.slice(3)}`,
          `/usr/local/bin/${name}`,
        );
    }
  }
  summary(io, packages.length, packages.length, ms, fundingCount(packages), true);
  return 0;
}
