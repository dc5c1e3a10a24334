/**
 * pnpm-lock.yaml, lockfileVersion '9.0' (pnpm 9 and 10): `importers` (each project's direct
 * dependencies with the specifier package.json gave and the resolved version, peers in
 * parentheses: `16.1.1(react@19.2.3)`), `packages` (one entry per name@version: resolution
 * and engines) and `snapshots` (per name@version(peers): the versions of its dependencies).
 * Only the block-YAML subset pnpm writes is read: nested mappings, quoted scalars and
 * one-line `{a: b}` flow mappings.
 */

export interface ImporterDep {
  specifier: string;
  version: string;
}

export type DepField = 'dependencies' | 'devDependencies' | 'optionalDependencies';
export const DEP_FIELDS: readonly DepField[] = [
  'dependencies',
  'devDependencies',
  'optionalDependencies',
];

export interface PnpmLock {
  lockfileVersion: string;
  importer: Partial<Record<DepField, Record<string, ImporterDep>>>;
  /** snapshot key (name@version(peers)) → its dependencies' versions by name. */
  snapshots: Record<string, Record<string, string>>;
  packages: string[];
}

type Yaml = string | { [key: string]: Yaml };

function unquote(s: string): string {
  const t = s.trim();
  if (t.length >= 2 && (t[0] === "'" || t[0] === '"') && t[t.length - 1] === t[0])
    return t.slice(1, -1).replace(/''/g, "'");
  return t;
}

/** Splits `key: value` where the key may be quoted ('@next/env@16.1.1': ...). */
function splitKey(line: string): [string, string] | undefined {
  const quoted = /^(['"])(.*?)\1:(?:\s+(.*))?$/.exec(line);
  if (quoted) return [quoted[2] as string, quoted[3] ?? ''];
  const m = /^([^:]+?):(?:\s+(.*))?$/.exec(line);
  return m ? [m[1] as string, m[2] ?? ''] : undefined;
}

function flowMap(text: string): { [key: string]: Yaml } {
  const inner = text.trim().slice(1, -1).trim();
  const out: { [key: string]: Yaml } = {};
  if (!inner) return out;
  for (const part of inner.split(/,\s*/)) {
    const kv = splitKey(part.trim());
    if (kv) out[unquote(kv[0])] = unquote(kv[1]);
  }
  return out;
}

/** Parses the YAML mapping subset; lists and anything else are kept as raw strings. */
export function parseYamlMap(text: string): { [key: string]: Yaml } {
  const root: { [key: string]: Yaml } = {};
  const stack: { indent: number; map: { [key: string]: Yaml } }[] = [{ indent: -1, map: root }];
  for (const raw of text.split('\n')) {
    if (raw.trim() === '' || raw.trim().startsWith('#') || raw.trim().startsWith('- ')) continue;
    const indent = raw.length - raw.trimStart().length;
    const kv = splitKey(raw.trim());
    if (!kv) continue;
    while (stack.length > 1 && (stack[stack.length - 1] as { indent: number }).indent >= indent)
      stack.pop();
    const parent = (stack[stack.length - 1] as { map: { [key: string]: Yaml } }).map;
    const key = unquote(kv[0]);
    const value = kv[1].trim();
    if (value === '') {
      const child: { [key: string]: Yaml } = {};
      parent[key] = child;
      stack.push({ indent, map: child });
    } else parent[key] = value.startsWith('{') ? flowMap(value) : unquote(value);
  }
  return root;
}

function asMap(y: Yaml | undefined): { [key: string]: Yaml } {
  return y !== undefined && typeof y === 'object' ? y : {};
}

export type LockRead = { ok: true; lock: PnpmLock } | { ok: false; message: string };

export function parsePnpmLock(text: string): LockRead {
  const doc = parseYamlMap(text);
  const version = doc.lockfileVersion;
  if (typeof version !== 'string')
    return { ok: false, message: 'The lockfile has no lockfileVersion' };
  const importer = asMap(asMap(doc.importers)['.']);
  const lock: PnpmLock = { lockfileVersion: version, importer: {}, snapshots: {}, packages: [] };
  for (const field of DEP_FIELDS) {
    const deps = asMap(importer[field]);
    if (Object.keys(deps).length === 0) continue;
    lock.importer[field] = Object.fromEntries(
      Object.entries(deps).map(([name, d]) => {
        const m = asMap(d);
        return [name, { specifier: String(m.specifier ?? ''), version: String(m.version ?? '') }];
      }),
    );
  }
  for (const [key, snap] of Object.entries(asMap(doc.snapshots))) {
    const s = asMap(snap);
    lock.snapshots[key] = Object.fromEntries(
      [
        ...Object.entries(asMap(s.dependencies)),
        ...Object.entries(asMap(s.optionalDependencies)),
      ].filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  }
  lock.packages = Object.keys(asMap(doc.packages));
  return { ok: true, lock };
}

/** `16.1.1(react@19.2.3)` → `16.1.1`. */
export function baseVersion(version: string): string {
  const paren = version.indexOf('(');
  return paren < 0 ? version : version.slice(0, paren);
}

function yamlKey(key: string): string {
  return /^[@']|[:{}[\],&*#?|<>=!%`]/.test(key) || key.includes('(') ? `'${key}'` : key;
}

export interface LockedNode {
  key: string;
  name: string;
  version: string;
  integrity: string;
  deps: Record<string, string>;
}

/** Writes the lockfile pnpm 9/10 write after resolving (settings, importers, packages, snapshots). */
export function formatPnpmLock(
  importer: Partial<Record<DepField, Record<string, ImporterDep>>>,
  nodes: readonly LockedNode[],
): string {
  const lines = [
    "lockfileVersion: '9.0'",
    '',
    'settings:',
    '  autoInstallPeers: true',
    '  excludeLinksFromLockfile: false',
    '',
    'importers:',
    '',
    '  .:',
  ];
  for (const field of DEP_FIELDS) {
    const deps = importer[field];
    if (!deps || Object.keys(deps).length === 0) continue;
    lines.push(`    ${field}:`);
    for (const [name, d] of Object.entries(deps).sort(([a], [b]) => (a < b ? -1 : 1)))
      lines.push(
        `      ${yamlKey(name)}:`,
        `        specifier: ${yamlKey(d.specifier)}`,
        `        version: ${d.version}`,
      );
  }
  const sorted = [...nodes].sort((a, b) => (a.key < b.key ? -1 : 1));
  lines.push('', 'packages:', '');
  for (const n of sorted)
    lines.push(`  ${yamlKey(n.key)}:`, `    resolution: {integrity: ${n.integrity}}`, '');
  lines.push('snapshots:', '');
  for (const n of sorted) {
    const deps = Object.entries(n.deps);
    if (deps.length === 0) lines.push(`  ${yamlKey(n.key)}: {}`, '');
    else
      lines.push(
        `  ${yamlKey(n.key)}:`,
        '    dependencies:',
        ...deps.map(([d, v]) => `      ${yamlKey(d)}: ${v}`),
        '',
      );
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
