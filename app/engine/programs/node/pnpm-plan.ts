/**
 * What a pnpm install links: from a lockfile that matches package.json (the snapshots reached
 * from the project's direct dependencies, devDependencies left out with --prod), or from the
 * npm catalog through npm's resolver when there is no usable lockfile. Also the frozen
 * lockfile check: which specifiers package.json added, removed or changed.
 */
import type { Catalog } from '../../catalog/types';
import type { ProgramIO } from '../../shell/program';
import { integrityOf, resolveTree } from './node-modules';
import type { PnpmNode } from './pnpm-layout';
import {
  DEP_FIELDS,
  baseVersion,
  type DepField,
  type ImporterDep,
  type LockedNode,
  type PnpmLock,
} from './pnpm-lock';
import type { PackageJson } from './project';

export type DirectNode = PnpmNode & { field: DepField };

export interface InstallPlan {
  nodes: PnpmNode[];
  direct: DirectNode[];
  everything: LockedNode[];
  importer: Partial<Record<DepField, Record<string, ImporterDep>>>;
}

function manifestDeps(manifest: PackageJson, field: DepField): Record<string, string> {
  const deps = manifest[field];
  return deps && typeof deps === 'object' ? (deps as Record<string, string>) : {};
}

/** pnpm's "Failure reason" lines; empty when the lockfile matches package.json. */
export function staleSpecifiers(lock: PnpmLock, manifest: PackageJson): string[] {
  const inLock = new Map<string, string>();
  const inManifest = new Map<string, string>();
  for (const field of DEP_FIELDS) {
    for (const [n, d] of Object.entries(lock.importer[field] ?? {})) inLock.set(n, d.specifier);
    for (const [n, r] of Object.entries(manifestDeps(manifest, field))) inManifest.set(n, r);
  }
  const added = [...inManifest].filter(([n]) => !inLock.has(n)).map(([n, r]) => `${n}@${r}`);
  const removed = [...inLock].filter(([n]) => !inManifest.has(n)).map(([n, r]) => `${n}@${r}`);
  const changed = [...inManifest]
    .filter(([n, r]) => inLock.has(n) && inLock.get(n) !== r)
    .map(([n, r]) => `  - ${n} (lockfile: ${inLock.get(n)}, manifest: ${r})`);
  return [
    ...(added.length > 0 ? [`* ${added.length} dependencies were added: ${added.join(', ')}`] : []),
    ...(removed.length > 0
      ? [`* ${removed.length} dependencies were removed: ${removed.join(', ')}`]
      : []),
    ...(changed.length > 0 ? [`* ${changed.length} dependencies are mismatched:`, ...changed] : []),
  ];
}

function nameOfKey(key: string): string {
  const at = key.indexOf('@', 1);
  return at < 0 ? key : key.slice(0, at);
}

export function planFromLock(
  catalog: Catalog,
  lock: PnpmLock,
  prod: boolean,
  noteOnce: (text: string) => void,
): InstallPlan {
  const nodes = new Map<string, PnpmNode>();
  const direct: DirectNode[] = [];
  const visit = (key: string, dev: boolean): PnpmNode => {
    const seen = nodes.get(key);
    if (seen) return seen;
    const name = nameOfKey(key);
    const version = baseVersion(key.slice(name.length + 1));
    let pkg = catalog.package('npm', name);
    if (!pkg) {
      pkg = catalog.plausiblePackage('npm', name, version);
      noteOnce(
        `Layercake's catalog does not know some locked packages (${name}, ...): they are installed as plausible stand-ins.`,
      );
    }
    const deps = lock.snapshots[key] ?? {};
    const node: PnpmNode = { key, name, version, pkg, dev, deps: {} };
    nodes.set(key, node);
    for (const [dep, v] of Object.entries(deps)) {
      const depKey = `${dep}@${v}`;
      node.deps[dep] = depKey;
      visit(depKey, dev);
    }
    return node;
  };
  for (const field of DEP_FIELDS) {
    if (prod && field === 'devDependencies') continue;
    for (const [name, d] of Object.entries(lock.importer[field] ?? {}))
      direct.push({ ...visit(`${name}@${d.version}`, field === 'devDependencies'), field });
  }
  return {
    nodes: [...nodes.values()],
    direct,
    everything: lockedNodes([...nodes.values()]),
    importer: lock.importer,
  };
}

export function planFromResolution(
  io: ProgramIO,
  catalog: Catalog,
  manifest: PackageJson,
  prod: boolean,
  noteOnce: (text: string) => void,
): InstallPlan {
  const requests = DEP_FIELDS.flatMap((field) =>
    Object.entries(manifestDeps(manifest, field)).map(([name, range]) => ({
      name,
      range,
      dev: field === 'devDependencies',
      field,
    })),
  );
  const resolved = resolveTree(io, catalog, requests, noteOnce);
  const keyOf = (name: string) => `${name}@${resolved.get(name)?.version ?? ''}`;
  const all: PnpmNode[] = [...resolved.values()].map((r) => ({
    key: `${r.name}@${r.version}`,
    name: r.name,
    version: r.version,
    pkg: r.pkg,
    dev: r.dev,
    deps: Object.fromEntries(
      Object.keys(r.dependencies)
        .filter((d) => resolved.has(d))
        .map((d) => [d, keyOf(d)]),
    ),
  }));
  const byName = new Map(all.map((n) => [n.name, n]));
  const importer: InstallPlan['importer'] = {};
  const direct: DirectNode[] = [];
  for (const r of requests) {
    const node = byName.get(r.name);
    if (!node) continue;
    importer[r.field] = {
      ...(importer[r.field] ?? {}),
      [r.name]: { specifier: r.range, version: node.version },
    };
    if (!(prod && r.dev)) direct.push({ ...node, field: r.field });
  }
  return {
    nodes: all.filter((n) => !(prod && n.dev)),
    direct,
    everything: lockedNodes(all),
    importer,
  };
}

/** Nodes as the lockfile lists them (dependencies by version, an integrity each). */
export function lockedNodes(nodes: readonly PnpmNode[]): LockedNode[] {
  return nodes.map((n) => ({
    key: n.key,
    name: n.name,
    version: n.version,
    integrity: integrityOf(n.name, n.version),
    deps: Object.fromEntries(Object.entries(n.deps).map(([d, k]) => [d, k.slice(d.length + 1)])),
  }));
}
