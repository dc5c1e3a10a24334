/**
 * What dnf, yum, microdnf and rpm read from the image: the release (/etc/os-release), the
 * enabled repositories (/etc/yum.repos.d/*.repo with their $vars filled) and the rpm
 * database (../../catalog/rpm/rpmdb.ts), and how they write the database back.
 */
import { rpmPackage, type RpmPackage } from '../../catalog/rpm/packages';
import { RETIRED_HOSTS, releaseFromOsRelease, type RpmRelease } from '../../catalog/rpm/releases';
import {
  decodeRpmdb,
  encodeRpmdb,
  headerBytes,
  rpmdbPath,
  rpmdbSize,
  type RpmdbEntry,
} from '../../catalog/rpm/rpmdb';
import type { FileSystem } from '../../fs/filesystem';
import { baseRpmdb } from '../../catalog/standin/rpm-base';
import { listDir, readText, writeBlob } from '../common/fs-helpers';

export interface RepoConfig {
  id: string;
  name: string;
  /** The URL dnf asks first: mirrorlist, metalink or baseurl, with vars filled. */
  url: string;
  kind: 'mirrorlist' | 'metalink' | 'baseurl';
}

export function findRelease(fs: FileSystem): RpmRelease | undefined {
  return releaseFromOsRelease(readText(fs, '/etc/os-release'));
}

function vars(fs: FileSystem, release: RpmRelease): Record<string, string> {
  const out: Record<string, string> = {
    releasever: release.releasever,
    basearch: 'x86_64',
    arch: 'x86_64',
  };
  for (const dir of ['/etc/yum/vars', '/etc/dnf/vars'])
    for (const name of listDir(fs, dir)) out[name] = (readText(fs, `${dir}/${name}`) ?? '').trim();
  return out;
}

/** Enabled repositories in the order dnf and yum read them: files by name, sections in order. */
export function enabledRepos(fs: FileSystem, release: RpmRelease): RepoConfig[] {
  const values = vars(fs, release);
  const fill = (s: string) => s.replace(/\$(\w+)/g, (m, k: string) => values[k] ?? m);
  const out: RepoConfig[] = [];
  const files = listDir(fs, '/etc/yum.repos.d')
    .filter((f) => f.endsWith('.repo'))
    .sort();
  for (const file of files) {
    const text = readText(fs, `/etc/yum.repos.d/${file}`) ?? '';
    let current: (RepoConfig & { enabled: boolean }) | undefined;
    const flush = () => {
      if (current?.enabled && current.url)
        out.push({ id: current.id, name: current.name, url: current.url, kind: current.kind });
    };
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      const section = /^\[(.+)\]$/.exec(line);
      if (section) {
        flush();
        const id = section[1] as string;
        current = { id, name: id, url: '', kind: 'baseurl', enabled: true };
        continue;
      }
      const kv = /^([a-z_]+)\s*=\s*(.*)$/.exec(line);
      if (!current || !kv) continue;
      const [, key, value = ''] = kv;
      if (key === 'name') current.name = fill(value);
      else if (key === 'enabled') current.enabled = value !== '0';
      else if (key === 'mirrorlist' || key === 'metalink' || key === 'baseurl') {
        // dnf prefers mirrorlist/metalink when both are given, as it asks those first.
        if (!current.url || current.kind === 'baseurl')
          current = { ...current, url: fill(value.split(/\s+/)[0] ?? ''), kind: key };
      }
    }
    flush();
  }
  return out;
}

/** A host the world no longer resolves, and why (undefined: reachable). */
export function retiredHost(url: string): { host: string; why: string } | undefined {
  const host = /^[a-z]+:\/\/([^/:?]+)/.exec(url)?.[1] ?? '';
  const why = RETIRED_HOSTS[host];
  return why ? { host, why } : undefined;
}

export function readRpmdb(fs: FileSystem, release: RpmRelease): RpmdbEntry[] {
  const read = fs.readFile(rpmdbPath(release));
  if (!read.ok) return [];
  const node = read.value.node;
  const decoded = decodeRpmdb(node.kind === 'file' ? node.blob : undefined);
  // A database another builder wrote (oraclelinux:9-slim's): its minimal package set.
  return decoded ?? baseRpmdb(release, 'microdnf');
}

export function writeRpmdb(fs: FileSystem, release: RpmRelease, entries: RpmdbEntry[]): void {
  const sorted = [...entries].sort((a, b) => a.name.localeCompare(b.name));
  writeBlob(fs, rpmdbPath(release), encodeRpmdb(sorted), rpmdbSize(release, sorted));
}

export function entryOf(pkg: RpmPackage): RpmdbEntry {
  return { name: pkg.name, evr: pkg.evr, arch: pkg.arch, bytes: headerBytes(pkg) };
}

/** The package a release's enabled repositories offer under a name, and the repository. */
export function available(
  release: RpmRelease,
  repos: readonly RepoConfig[],
  name: string,
): { pkg: RpmPackage; repo: string } | undefined {
  const pkg = rpmPackage(release.family, name, release.fedora);
  if (!pkg) return undefined;
  const repo = repos.find((r) => release.repos[r.id]?.serves.includes(pkg.repo));
  return repo ? { pkg, repo: repo.id } : undefined;
}

/** Places a package's files (blob ids unique to package and path); returns bytes written. */
export function placeFiles(fs: FileSystem, pkg: RpmPackage, nodocs: boolean): number {
  let bytes = 0;
  for (const file of pkg.files) {
    if (nodocs && file.path.startsWith('/usr/share/doc/')) continue;
    if (file.path.endsWith('/')) {
      fs.mkdir(file.path, { parents: true });
      continue;
    }
    const parent = file.path.slice(0, file.path.lastIndexOf('/')) || '/';
    fs.mkdir(parent, { parents: true });
    if (file.link !== undefined) {
      if (fs.lstat(file.path).ok) fs.remove(file.path);
      fs.symlink(file.link, file.path);
      continue;
    }
    const put =
      file.text !== undefined
        ? { text: file.text }
        : { blob: `rpm:${pkg.name}-${pkg.evr}:${file.path}`, size: file.size };
    if (fs.writeFile(file.path, put, { mode: file.mode ?? 0o644 }).ok) bytes += file.size;
  }
  return bytes;
}

export function removeFiles(fs: FileSystem, pkg: RpmPackage): void {
  for (const file of pkg.files)
    if (!file.path.endsWith('/') && fs.lstat(file.path).ok) fs.remove(file.path);
}
