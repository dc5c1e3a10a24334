/**
 * Alpine packages from the compact lines in data/apk: "name version installed-KiB
 * download-KiB depends...|summary|paths", expanded into files with the installed size
 * spread over them (shared objects and programs weigh more than config files).
 */
import type { Package } from '../types';
import { jitter } from '../util/hash';
import { spreadPackageFiles } from '../util/package-spread';

export interface ApkRecord {
  name: string;
  version: string;
  kb: number;
  downloadKb: number;
  depends: string[];
  summary: string;
  paths: string[];
}

export function parseApkLines(text: string): Map<string, ApkRecord> {
  const records = new Map<string, ApkRecord>();
  for (const line of text.split('\n')) {
    const [head, summary, paths] = line.split('|');
    const [name, version, kb, dl, ...depends] = (head ?? '').trim().split(' ');
    if (!name || !version) continue;
    records.set(name, {
      name,
      version,
      kb: Number(kb) || 0,
      downloadKb: Number(dl) || 0,
      depends,
      summary: summary ?? name,
      paths: (paths ?? '').split(' ').filter(Boolean),
    });
  }
  return records;
}

function weightOf(path: string): number {
  if (/\.so(\.|$)|\/s?bin\/|\/libexec\//.test(path)) return 6 * jitter(path);
  if (/\.(a|dat|mgc|whl)$/.test(path)) return 10 * jitter(path);
  return jitter(path, 0.2, 0.6);
}

export function expandApk(record: ApkRecord): Package {
  const files = spreadPackageFiles(record.name, record.kb, record.paths, weightOf);
  return {
    ecosystem: 'apk',
    name: record.name,
    version: record.version,
    depends: record.depends,
    installedSize: files.reduce((sum, f) => sum + f.size, 0),
    downloadSize: record.downloadKb * 1024,
    files,
    summary: record.summary,
    architecture: 'x86_64',
  };
}

/**
 * What a package provides besides its name, as apk's index lists them: `so:` for each shared
 * object in a library directory, `cmd:` for each command (Alpine's abuild derives both from
 * the package's files, which is how `apk add so:libz.so.1` finds zlib).
 */
function providedNames(record: ApkRecord): string[] {
  const names: string[] = [];
  for (const entry of record.paths) {
    const path = entry.split('>')[0] ?? '';
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (/^(usr\/)?lib\/[^/]+\.so(\.\d+)+$/.test(path)) names.push(`so:${base}`);
    else if (/^(usr\/)?s?bin\/[^/]+$/.test(path)) names.push(`cmd:${base}`);
  }
  return names;
}

export class ApkArchive {
  private readonly expanded = new Map<string, Package>();
  private providers: Map<string, string> | undefined;
  constructor(private readonly records: ReadonlyMap<string, ApkRecord>) {}

  /** The package that provides `so:NAME` or `cmd:NAME`, by its name; first in data order. */
  provider(name: string): string | undefined {
    if (!this.providers) {
      this.providers = new Map();
      for (const record of this.records.values())
        for (const provided of providedNames(record))
          if (!this.providers.has(provided)) this.providers.set(provided, record.name);
    }
    return this.providers.get(name);
  }

  /** A package by name, or by a name it provides (`so:libz.so.1`, `cmd:curl`). */
  package(name: string): Package | undefined {
    const known = this.expanded.get(name);
    if (known) return known;
    const record = this.records.get(name) ?? this.records.get(this.provider(name) ?? '');
    if (!record) return undefined;
    const pkg = expandApk(record);
    this.expanded.set(record.name, pkg);
    return pkg;
  }

  names(): string[] {
    return [...this.records.keys()].sort();
  }

  /** `roots` and everything they depend on, dependencies before dependents (apk's order). */
  closure(roots: readonly string[]): string[] {
    const order: string[] = [];
    const seen = new Set<string>();
    const visit = (name: string) => {
      if (seen.has(name) || !this.records.has(name)) return;
      seen.add(name);
      for (const dep of this.records.get(name)?.depends ?? []) visit(dep);
      order.push(name);
    };
    roots.forEach(visit);
    return order;
  }
}
