/**
 * bun.lock, the text lockfile Bun writes from 1.2 on: JSON with trailing commas, the root
 * workspace's declared dependencies under `workspaces[""]`, and every installed package as
 * `"name": ["name@version", "", { dependencies }, "sha512-…"]`. bun.lockb (the binary one
 * of older releases) cannot be read here: a project that has one is taken as locked.
 */
import type { ResolvedPackage } from '../node/node-modules';
import { integrityOf } from '../node/node-modules';
import type { PackageJson } from '../node/project';

export interface BunLock {
  /** What the root workspace declared when the lockfile was written. */
  declared: Record<string, string>;
  /** Locked package name → version. */
  packages: Record<string, string>;
}

const SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const;

/** Parses bun.lock's text; undefined when it is not a lockfile Bun would read. */
export function parseBunLock(text: string): BunLock | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/,(\s*[}\]])/g, '$1'));
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const lock = value as {
    workspaces?: Record<string, Record<string, unknown>>;
    packages?: Record<string, unknown>;
  };
  const root = lock.workspaces?.[''] ?? {};
  const declared: Record<string, string> = {};
  for (const section of SECTIONS) {
    const deps = root[section];
    if (deps && typeof deps === 'object')
      for (const [name, range] of Object.entries(deps as Record<string, unknown>))
        if (typeof range === 'string') declared[`${section}:${name}`] = range;
  }
  const packages: Record<string, string> = {};
  for (const [name, entry] of Object.entries(lock.packages ?? {})) {
    const id = Array.isArray(entry) && typeof entry[0] === 'string' ? entry[0] : '';
    const at = id.lastIndexOf('@');
    if (at > 0) packages[name] = id.slice(at + 1);
  }
  return { declared, packages };
}

/** What package.json declares, keyed as `parseBunLock` keys it. */
export function declaredBy(manifest: PackageJson): Record<string, string> {
  const out: Record<string, string> = {};
  for (const section of SECTIONS) {
    const deps = manifest[section];
    if (deps && typeof deps === 'object')
      for (const [name, range] of Object.entries(deps as Record<string, unknown>))
        if (typeof range === 'string') out[`${section}:${name}`] = range;
  }
  return out;
}

/** Whether the lockfile still says what package.json declares (else --frozen-lockfile fails). */
export function lockMatches(lock: BunLock, manifest: PackageJson): boolean {
  const want = declaredBy(manifest);
  const keys = new Set([...Object.keys(want), ...Object.keys(lock.declared)]);
  return [...keys].every((k) => want[k] === lock.declared[k]);
}

const q = (s: string) => JSON.stringify(s);

function block(entries: [string, string][], indent: string): string {
  return entries.map(([k, v]) => `${indent}${q(k)}: ${q(v)},\n`).join('');
}

/** bun.lock as Bun writes it. */
export function formatBunLock(manifest: PackageJson, packages: readonly ResolvedPackage[]): string {
  let root = manifest.name ? `      "name": ${q(manifest.name)},\n` : '';
  for (const section of SECTIONS) {
    const deps = Object.entries((manifest[section] ?? {}) as Record<string, string>);
    if (deps.length > 0) root += `      ${q(section)}: {\n${block(deps, '        ')}      },\n`;
  }
  const rows = [...packages]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((p) => {
      const deps = Object.entries(p.dependencies);
      const meta = deps.length
        ? `{ "dependencies": { ${deps.map(([k, v]) => `${q(k)}: ${q(v)}`).join(', ')} } }`
        : '{}';
      return `    ${q(p.name)}: [${q(`${p.name}@${p.version}`)}, "", ${meta}, ${q(integrityOf(p.name, p.version))}],\n`;
    });
  return (
    '{\n  "lockfileVersion": 1,\n  "workspaces": {\n    "": {\n' +
    root +
    '    },\n  },\n  "packages": {\n' +
    rows.join('\n') +
    '  }\n}\n'
  );
}
