/**
 * Installed Python distributions, as pip sees them: one `<name>-<version>.dist-info`
 * directory per package in site-packages, with METADATA, RECORD (every file the package
 * installed, which is how uninstall knows what to delete), INSTALLER and REQUESTED.
 */
import type { Package } from '../../catalog/types';
import type { FileSystem } from '../../fs/filesystem';
import { resolvePath } from '../../fs/path';
import { ensureDir, listDir, readText } from '../common/fs-helpers';
import { base64OfHex, sha256Hex } from '../common/hash';

export interface InstalledDist {
  name: string;
  version: string;
  site: string;
  distInfo: string;
  requested: boolean;
  summary: string;
  requires: string[];
}

/** PEP 503 normalisation: "Flask_SQLAlchemy" and "flask-sqlalchemy" are one project. */
export function canonical(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

export function installedDists(fs: FileSystem, sites: readonly string[]): InstalledDist[] {
  const dists: InstalledDist[] = [];
  for (const site of sites) {
    for (const entry of listDir(fs, site)) {
      const match = /^(.+)-([^-]+)\.(dist-info|egg-info)$/.exec(entry);
      if (!match) continue;
      const distInfo = `${site}/${entry}`;
      const metadata =
        readText(fs, `${distInfo}/METADATA`) ?? readText(fs, `${distInfo}/PKG-INFO`) ?? '';
      dists.push({
        name: /^Name: (.*)$/m.exec(metadata)?.[1]?.trim() ?? (match[1] as string),
        version: /^Version: (.*)$/m.exec(metadata)?.[1]?.trim() ?? (match[2] as string),
        site,
        distInfo,
        requested: listDir(fs, distInfo).includes('REQUESTED'),
        summary: /^Summary: (.*)$/m.exec(metadata)?.[1]?.trim() ?? '',
        // An extra's lines (`; extra == "standard"`) are not what the distribution requires.
        requires: [...metadata.matchAll(/^Requires-Dist: ([A-Za-z0-9._-]+)(.*)$/gm)]
          .filter((m) => !/\bextra\s*==/.test(m[2] ?? ''))
          .map((m) => m[1] as string),
      });
    }
  }
  return dists;
}

export function findDist(
  fs: FileSystem,
  sites: readonly string[],
  name: string,
): InstalledDist | undefined {
  const wanted = canonical(name);
  return installedDists(fs, sites).find((d) => canonical(d.name) === wanted);
}

/** The files a distribution installed, from its RECORD (absolute paths). */
export function recordedFiles(fs: FileSystem, dist: InstalledDist): string[] {
  const record = readText(fs, `${dist.distInfo}/RECORD`) ?? '';
  return record
    .split('\n')
    .map((line) => line.split(',')[0] ?? '')
    .filter((path) => path !== '')
    .map((path) => resolvePath(dist.site, path));
}

export function distInfoName(name: string, version: string): string {
  return `${name.replace(/-/g, '_')}-${version}.dist-info`;
}

/** Writes the dist-info pip leaves: METADATA and WHEEL unless the package brought them. */
export function writeDistInfo(
  fs: FileSystem,
  site: string,
  pkg: Package,
  version: string,
  installed: readonly { path: string; size: number }[],
  requested: boolean,
): void {
  const dir = `${site}/${distInfoName(pkg.name, version)}`;
  const own = new Set(installed.map((f) => f.path));
  const metadata = [
    'Metadata-Version: 2.4',
    `Name: ${pkg.name}`,
    `Version: ${version}`,
    `Summary: ${pkg.summary}`,
    ...pkg.depends.map((d) => `Requires-Dist: ${d}`),
    '',
  ].join('\n');
  // One check that the directory is there serves every file written into it.
  if (!ensureDir(fs, dir)) return;
  const write = (name: string, text: string) => fs.writeFile(`${dir}/${name}`, { text });
  if (!own.has(`${dir}/METADATA`)) write('METADATA', metadata);
  if (!own.has(`${dir}/WHEEL`)) {
    write(
      'WHEEL',
      'Wheel-Version: 1.0\nGenerator: setuptools\nRoot-Is-Purelib: true\nTag: py3-none-any\n\n',
    );
  }
  write('INSTALLER', 'pip\n');
  if (requested) write('REQUESTED', '');
  const extras = ['METADATA', 'WHEEL', 'INSTALLER', ...(requested ? ['REQUESTED'] : [])];
  write('RECORD', recordText(site, dir, pkg.name, version, installed, extras));
}

/**
 * RECORD texts by everything they depend on. Each line hashes a file (a stand-in hash of
 * package, version and path), which made RECORD the slowest part of `pip install`; the text
 * is a pure function of the key, so reusing it cannot change a byte.
 */
const records = new Map<string, string>();
const RECORD_MEMO_LIMIT = 2000;

/** RECORD: a line per installed file (path, hash, size), then pip's own files without hash. */
function recordText(
  site: string,
  dir: string,
  name: string,
  version: string,
  installed: readonly { path: string; size: number }[],
  extras: readonly string[],
): string {
  const key = [
    site,
    name,
    version,
    extras.join(','),
    ...installed.map((f) => `${f.path}\0${f.size}`),
  ].join('\0');
  const known = records.get(key);
  if (known !== undefined) return known;
  const own = new Set(installed.map((f) => f.path));
  const relative = (path: string) => relativeTo(site, path);
  const lines = installed.map(
    (f) =>
      `${relative(f.path)},sha256=${base64OfHex(sha256Hex(`${name}:${version}:${f.path}`))
        .replace(/=+$/, '')
        .replace(/\+/g, '-')
        .replace(/\//g, '_')},${f.size}`,
  );
  for (const extra of extras) {
    const path = `${dir}/${extra}`;
    if (!own.has(path)) lines.push(`${relative(path)},,`);
  }
  lines.push(`${relative(`${dir}/RECORD`)},,`);
  const text = lines.join('\n') + '\n';
  if (records.size >= RECORD_MEMO_LIMIT) records.clear();
  records.set(key, text);
  return text;
}

/** A path relative to a directory, with ../ where needed (as RECORD writes scripts). */
export function relativeTo(from: string, to: string): string {
  const a = from.split('/').filter(Boolean);
  const b = to.split('/').filter(Boolean);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
}
