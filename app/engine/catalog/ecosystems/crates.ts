/**
 * crates.io: the crate records of `data/lang/crates.ts` and `crates-tools.ts` (versions,
 * .crate sizes, build scripts, proc-macros, dependencies, executables), the files of an
 * unpacked crate as cargo extracts it under `registry/src/<index>/<name>-<version>/`, and a
 * deterministic stand-in for a crate the table lacks. The Catalog interface has no crates
 * ecosystem yet, so cargo reads this module directly.
 */
import crateLines from '../data/lang/crates';
import toolLines from '../data/lang/crates-tools';
import type { PackageFile } from '../types';
import { fnv1a, jitter } from '../util/hash';
import { splitBytes } from '../util/split';

export interface CrateRecord {
  name: string;
  /** Newest first: the current release, then the newest of older release lines. */
  versions: string[];
  /** Size of the downloaded .crate file, bytes. */
  crateBytes: number;
  buildScript: boolean;
  procMacro: boolean;
  depends: string[];
  /**
   * Per dependency, the requirement of each listed version (index as in `versions`; '-' for
   * none). Dependencies not named here take whatever version the build already has, else the
   * newest.
   */
  requirements: Record<string, string[]>;
  /**
   * Dependencies only some features bring: the features (of this crate) any of which pulls
   * the dependency in; "default" stands for the default features.
   */
  gates: Record<string, string[]>;
  /** Features this crate turns on in a dependency (besides its defaults): serde's "derive". */
  wants: Record<string, string[]>;
  /** What `cargo install` puts in $CARGO_HOME/bin (empty for libraries). */
  executables: string[];
  /** A stand-in for a crate the table does not know. */
  plausible?: true;
}

export function parseCrateLines(text: string): Map<string, CrateRecord> {
  const records = new Map<string, CrateRecord>();
  for (const line of text.split('\n')) {
    // Executables follow the first '|' outside a requirement list "(a|b)".
    let depth = 0;
    let cut = -1;
    for (let i = 0; i < line.length && cut < 0; i++) {
      if (line[i] === '(') depth++;
      else if (line[i] === ')') depth--;
      else if (line[i] === '|' && depth === 0) cut = i;
    }
    const head = cut < 0 ? line : line.slice(0, cut);
    const bins = cut < 0 ? '' : line.slice(cut + 1);
    const [name, versions, kb, ...rest] = (head ?? '').trim().split(/\s+/);
    if (!name || !versions) continue;
    const requirements: Record<string, string[]> = {};
    const gates: Record<string, string[]> = {};
    const wants: Record<string, string[]> = {};
    const depends: string[] = [];
    for (const word of rest.filter((w) => w && !w.startsWith('+'))) {
      const brace = word.indexOf('{');
      const bracket = word.indexOf('[');
      const cut = Math.min(...[brace, bracket, word.length].filter((i) => i >= 0));
      const spec = word.slice(0, cut);
      const open = spec.indexOf('(');
      const dep = open < 0 ? spec : spec.slice(0, open);
      depends.push(dep);
      if (bracket >= 0) wants[dep] = word.slice(bracket + 1, word.indexOf(']', bracket)).split(',');
      if (open >= 0) requirements[dep] = spec.slice(open + 1, spec.lastIndexOf(')')).split('|');
      if (brace >= 0) gates[dep] = word.slice(brace + 1, word.indexOf('}', brace)).split(',');
    }
    records.set(name, {
      name,
      versions: versions.split(','),
      crateBytes: Math.round((Number(kb) || 1) * 1024),
      buildScript: rest.includes('+build'),
      procMacro: rest.includes('+proc'),
      depends,
      requirements,
      gates,
      wants,
      executables: bins.split(/\s+/).filter(Boolean),
    });
  }
  return records;
}

let table: Map<string, CrateRecord> | undefined;

/** The crates the catalog knows, parsed once. */
export function crateTable(): ReadonlyMap<string, CrateRecord> {
  table ??= parseCrateLines(`${crateLines}\n${toolLines}`);
  return table;
}

/** Crate names are matched as crates.io does: `-` and `_` are the same, case is ignored. */
export function crateRecord(name: string): CrateRecord | undefined {
  const exact = crateTable().get(name);
  if (exact) return exact;
  const key = canonicalCrateName(name);
  for (const record of crateTable().values())
    if (canonicalCrateName(record.name) === key) return record;
  return undefined;
}

export function canonicalCrateName(name: string): string {
  return name.toLowerCase().replace(/-/g, '_');
}

/** A crate the table lacks: a version from its name's hash, 10 to ~300 KiB, no dependencies. */
export function plausibleCrate(name: string): CrateRecord {
  const h = fnv1a(`crates:${name}`);
  const version = `${h % 3}.${(h >>> 4) % 12}.${(h >>> 9) % 10}`;
  return {
    name,
    versions: [version],
    crateBytes: 10_240 + Math.round(((h % 1000) / 1000) ** 2 * 300_000),
    buildScript: false,
    procMacro: false,
    depends: [],
    requirements: {},
    gates: {},
    wants: {},
    executables: [],
    plausible: true,
  };
}

const DEFAULT_FEATURES: ReadonlySet<string> = new Set(['default']);

/**
 * What a release of the crate depends on: each dependency with its requirement ('*' when the
 * table gives none), leaving out those the release line does not have. A version the table
 * does not list counts as the listed release of the same line, else as the oldest listed.
 */
export function crateDependencies(
  record: CrateRecord,
  version: string,
  features: ReadonlySet<string> = DEFAULT_FEATURES,
): [string, string][] {
  const line = (v: string) => {
    const [major = '0', minor = '0'] = v.split('.');
    return major === '0' ? `0.${minor}` : major;
  };
  let index = record.versions.indexOf(version);
  if (index < 0) index = record.versions.findIndex((v) => line(v) === line(version));
  if (index < 0) index = record.versions.length - 1;
  return record.depends.flatMap((dep): [string, string][] => {
    const gate = record.gates[dep];
    if (gate && !gate.some((f) => features.has(f))) return [];
    const reqs = record.requirements[dep];
    const req = reqs ? (reqs[Math.min(index, reqs.length - 1)] ?? '*') : '*';
    return req === '-' ? [] : [[dep, req]];
  });
}

/** The unpacked source is about 3.5 times the gzipped .crate. */
export function unpackedBytes(record: CrateRecord): number {
  return Math.round(record.crateBytes * 3.5);
}

/**
 * The files of `<name>-<version>/` in registry/src: the normalised Cargo.toml (and the
 * author's Cargo.toml.orig), .cargo_vcs_info.json, sources, README and licences.
 */
export function crateSourceFiles(record: CrateRecord, version: string): PackageFile[] {
  const lib = record.name.replace(/-/g, '_');
  const manifest = `# THIS FILE IS AUTOMATICALLY GENERATED BY CARGO\n#\n# When uploading crates to the registry Cargo will automatically\n# "normalize" Cargo.toml files for maximal compatibility\n# with all versions of Cargo and also rewrite \`path\` dependencies\n# to registry (e.g., crates.io) dependencies.\n\n[package]\nname = "${record.name}"\nversion = "${version}"\n\n[lib]\nname = "${lib}"\npath = "src/lib.rs"\n${record.procMacro ? 'proc-macro = true\n' : ''}${record.depends.map((d) => `\n[dependencies.${d}]\nversion = "*"\n`).join('')}`;
  const vcs = `{\n  "git": {\n    "sha1": "${fnv1a(record.name + version)
    .toString(16)
    .padStart(8, '0')}"\n  },\n  "path_in_vcs": ""\n}`;
  const sources = [
    'src/lib.rs',
    ...(record.buildScript ? ['build.rs'] : []),
    ...['error.rs', 'de.rs', 'ser.rs', 'macros.rs', 'util.rs']
      .slice(0, 1 + (fnv1a(record.name) % 5))
      .map((f) => `src/${f}`),
    'README.md',
    'LICENSE-MIT',
    'LICENSE-APACHE',
  ];
  const fixed = manifest.length * 2 + vcs.length;
  const weights = sources.map((p) => (p.startsWith('src/') ? 6 * jitter(p) : jitter(p, 0.3, 0.8)));
  const sizes = splitBytes(Math.max(sources.length, unpackedBytes(record) - fixed), weights);
  return [
    { path: 'Cargo.toml', size: manifest.length, text: manifest },
    { path: 'Cargo.toml.orig', size: manifest.length },
    { path: '.cargo_vcs_info.json', size: vcs.length, text: vcs },
    ...sources.map((path, i) => ({ path, size: sizes[i] ?? 0 })),
  ];
}
