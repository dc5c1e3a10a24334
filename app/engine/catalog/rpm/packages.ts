/**
 * RPM packages of one family (EL7, EL8, EL9, Fedora, Amazon Linux 2 and 2023) from the compact
 * lines in data.ts, expanded into files with the installed size spread over them and memoised.
 * A family's version of a package carries its dist tag (`2.47.3-1.el9_6`, `2.51.1-1.fc43`).
 */
import type { PackageFile } from '../types';
import { jitter } from '../util/hash';
import { spreadPackageFiles } from '../util/package-spread';
import { RPM_LINES, RPM_VERSIONS } from './data';

export type RpmFamily = 'el7' | 'el8' | 'el9' | 'fedora' | 'al2' | 'al2023';
const FAMILY_COLUMNS: RpmFamily[] = ['el7', 'el8', 'el9', 'fedora', 'al2', 'al2023'];

/** Which of a release's repositories carries a package. */
export type RepoClass = 'base' | 'app' | 'extras';

export interface RpmPackage {
  name: string;
  /** Version-release, as rpm prints it after the name: "2.47.3-1.el9_6". */
  evr: string;
  arch: 'x86_64' | 'noarch';
  repo: RepoClass;
  requires: string[];
  installedSize: number;
  downloadSize: number;
  summary: string;
  files: PackageFile[];
}

interface RpmRecord {
  name: string;
  arch: 'x86_64' | 'noarch';
  kb: number;
  downloadKb: number;
  repo: RepoClass;
  requires: string[];
  summary: string;
  paths: string[];
}

function parseRecords(): Map<string, RpmRecord> {
  const out = new Map<string, RpmRecord>();
  for (const line of RPM_LINES.split('\n')) {
    const [head = '', summary = '', paths = ''] = line.split('|');
    const [name, arch, kb, dl, repo, ...requires] = head.trim().split(/\s+/);
    if (!name || !arch) continue;
    out.set(name, {
      name,
      arch: arch === 'noarch' ? 'noarch' : 'x86_64',
      kb: Number(kb) || 0,
      downloadKb: Number(dl) || 0,
      repo: repo === 'app' || repo === 'extras' ? repo : 'base',
      requires,
      summary,
      paths: paths.split(' ').filter(Boolean),
    });
  }
  return out;
}

function parseVersions(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of RPM_VERSIONS.split('\n')) {
    const [name, ...columns] = line.trim().split(/\s+/);
    if (name && columns.length === FAMILY_COLUMNS.length) out.set(name, columns);
  }
  return out;
}

let records: Map<string, RpmRecord> | undefined;
let versions: Map<string, string[]> | undefined;
const expanded = new Map<string, RpmPackage>();

function weightOf(path: string): number {
  if (/\.so(\.|$)|\/s?bin\/|\/libexec\/|\/lib\/modules$|\/modules$/.test(path))
    return 6 * jitter(path);
  return jitter(path, 0.2, 0.6);
}

function expand(record: RpmRecord, evr: string): RpmPackage {
  const files = spreadPackageFiles(record.name, record.kb, record.paths, weightOf);
  return {
    name: record.name,
    evr,
    arch: record.arch,
    repo: record.repo,
    requires: record.requires,
    installedSize: files.reduce((sum, f) => sum + f.size, 0),
    downloadSize: record.downloadKb * 1024,
    summary: record.summary,
    files,
  };
}

/**
 * The package as a family's repositories carry it, or undefined where they do not. `release`
 * fills Fedora's dist tag (`fc43`).
 */
export function rpmPackage(family: RpmFamily, name: string, release = ''): RpmPackage | undefined {
  records ??= parseRecords();
  versions ??= parseVersions();
  const record = records.get(name);
  const column = versions.get(name)?.[FAMILY_COLUMNS.indexOf(family)];
  if (!record || !column || column === '-') return undefined;
  const evr = column.replace('%', release);
  const key = `${family}|${name}|${evr}`;
  let pkg = expanded.get(key);
  if (!pkg) expanded.set(key, (pkg = expand(record, evr)));
  return pkg;
}

/** Every package name the catalog has for a family. */
export function rpmPackageNames(family: RpmFamily): string[] {
  versions ??= parseVersions();
  const column = FAMILY_COLUMNS.indexOf(family);
  return [...versions.entries()].filter(([, v]) => v[column] !== '-').map(([n]) => n);
}
