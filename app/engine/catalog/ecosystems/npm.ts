/**
 * npm packages: files relative to the package's own folder, a generated package.json (with
 * its dependencies and bin), and `bin` for the commands npm links into node_modules/.bin.
 * A dependency is a bare name (`^` the catalog's newest version of it) or `name@range`, the
 * range its package.json states (`debug@2.6.9`, `mime-types@~2.1.34`; `_` stands for a space:
 * `safer-buffer@>=_2.1.2_<_3`).
 */
import { utf8Length } from '../../fs/node';
import type { Package, PackageFile } from '../types';
import { jitter } from '../util/hash';
import { commandPaths, words } from '../util/line-fields';
import { splitBytes } from '../util/split';

export interface NpmRecord {
  name: string;
  version: string;
  kb: number;
  depends: string[];
  /** Ranges stated in the data (`name@range`); other dependencies get `^` their newest version. */
  requires: Record<string, string>;
  summary: string;
  files: string[];
  bin: Record<string, string>;
}

function parseNpmLine(line: string): NpmRecord | undefined {
  // Fields are split at a lone `|`: `||` belongs to a range (`js-tokens@^3.0.0_||_^4.0.0`).
  const [head, summary, files, bins] = line.split(/(?<!\|)\|(?!\|)/);
  const [name, version, kb, ...tokens] = (head ?? '').trim().split(' ');
  if (!name || !version) return undefined;
  const depends: string[] = [];
  const requires: Record<string, string> = {};
  for (const token of tokens) {
    const at = token.indexOf('@', 1);
    const dep = at < 0 ? token : token.slice(0, at);
    depends.push(dep);
    if (at >= 0) requires[dep] = token.slice(at + 1).replace(/_/g, ' ');
  }
  return {
    name,
    version,
    kb: Number(kb) || 0,
    depends,
    requires,
    summary: summary ?? '',
    files: words(files),
    bin: commandPaths(bins),
  };
}

/** One record per name: the catalog's newest version of each package. */
export function parseNpmLines(text: string): Map<string, NpmRecord> {
  const records = new Map<string, NpmRecord>();
  for (const line of text.split('\n')) {
    const record = parseNpmLine(line);
    if (record) records.set(record.name, record);
  }
  return records;
}

/** Older releases (data/lang/npm-releases.ts): every record of a name, in the data's order. */
export function parseNpmReleases(text: string): Map<string, NpmRecord[]> {
  const releases = new Map<string, NpmRecord[]>();
  for (const line of text.split('\n')) {
    const record = parseNpmLine(line);
    if (record) releases.set(record.name, [...(releases.get(record.name) ?? []), record]);
  }
  return releases;
}

/**
 * Adds the dependency trees of data/lang/npm-trees.ts to the records: each line's children
 * become the parent's dependencies, and a package written `name@version:KiB` (a child, or a
 * parent the other data lacks) is one of its own (a leaf unless a line names its children).
 * Throws on a malformed token, so a typo fails the catalog's tests instead of becoming a
 * stand-in package.
 */
export function addNpmTrees(records: Map<string, NpmRecord>, text: string): Map<string, NpmRecord> {
  /** A bare name, or `name@version:KiB` defining a package of its own; returns the name. */
  const define = (token: string): string => {
    const leaf = /^(@?[^@\s]+)@([^:@\s]+):(\d+)$/.exec(token);
    if (!leaf) {
      if (!/^@?[^@:\s]+$/.test(token)) throw new Error(`npm-trees: bad token "${token}"`);
      return token;
    }
    const [, name, version, kb] = leaf as unknown as [string, string, string, string];
    if (!records.has(name)) {
      const files = ['index.js', 'README.md', 'LICENSE'];
      records.set(name, {
        name,
        version,
        kb: Number(kb),
        depends: [],
        requires: {},
        summary: '',
        files,
        bin: {},
      });
    }
    return name;
  };
  const edges: [string, string[]][] = [];
  for (const line of text.split('\n')) {
    const colon = line.indexOf(': ');
    if (colon < 0) continue;
    const parent = define(line.slice(0, colon).trim());
    edges.push([
      parent,
      line
        .slice(colon + 2)
        .trim()
        .split(/\s+/)
        .map(define),
    ]);
  }
  for (const [parent, children] of edges) {
    const record = records.get(parent);
    if (!record) throw new Error(`npm-trees: no package "${parent}"`);
    for (const child of children) if (!record.depends.includes(child)) record.depends.push(child);
  }
  return records;
}

/** A record's dependencies with their ranges, as its package.json states them. */
function npmRequires(
  record: NpmRecord,
  versionOf: (name: string) => string | undefined,
): Record<string, string> {
  return Object.fromEntries(
    record.depends.map((d) => {
      const newest = versionOf(d);
      return [d, record.requires[d] ?? (newest ? `^${newest}` : '*')];
    }),
  );
}

export function expandNpm(
  record: NpmRecord,
  versionOf: (name: string) => string | undefined,
): Package {
  const requires = npmRequires(record, versionOf);
  const deps = Object.entries(requires).map(([d, range]) => `    "${d}": "${range}"`);
  const bins = Object.entries(record.bin).map(([cmd, path]) => `    "${cmd}": "${path}"`);
  const json =
    `{\n  "name": "${record.name}",\n  "version": "${record.version}",\n  "description": ${JSON.stringify(record.summary)},\n  "license": "MIT",\n` +
    (bins.length ? `  "bin": {\n${bins.join(',\n')}\n  },\n` : '') +
    (deps.length ? `  "dependencies": {\n${deps.join(',\n')}\n  },\n` : '') +
    `  "main": "${record.files.find((f) => f.endsWith('.js')) ?? 'index.js'}"\n}\n`;
  const files: PackageFile[] = [{ path: 'package.json', size: utf8Length(json), text: json }];
  const paths = record.files.length > 0 ? record.files : ['index.js'];
  const budget = Math.max(paths.length, record.kb * 1024 - files[0]!.size);
  const sizes = splitBytes(
    budget,
    paths.map((p) => (/\.node$|bin\/esbuild$/.test(p) ? 200 : jitter(p))),
  );
  const executables = new Set(Object.values(record.bin).map((p) => p.replace(/^\.\//, '')));
  paths.forEach((path, i) =>
    files.push({
      path,
      size: sizes[i] ?? 0,
      ...(executables.has(path) || /bin\/esbuild$/.test(path) ? { mode: 0o755 } : {}),
    }),
  );
  return {
    ecosystem: 'npm',
    name: record.name,
    version: record.version,
    depends: record.depends,
    requires,
    installedSize: files.reduce((sum, f) => sum + f.size, 0),
    downloadSize: Math.round(record.kb * 1024 * 0.3),
    files,
    summary: record.summary,
    ...(Object.keys(record.bin).length ? { bin: record.bin } : {}),
  };
}
