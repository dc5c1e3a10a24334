/**
 * The rpm database as a file: rpm 4.16+ (EL9, Fedora, Amazon Linux 2023) keeps it in
 * /var/lib/rpm/rpmdb.sqlite, older rpm (EL7, EL8, Amazon Linux 2) in Berkeley DB files
 * (/var/lib/rpm/Packages and its indexes). Its bytes are not modelled: the file is a blob
 * whose identity lists the installed packages (name-version-release.arch), and whose size
 * grows with each package's header, so a layer that installs packages carries a changed
 * database of about the real size.
 */
import type { RpmPackage } from './packages';
import type { RpmRelease } from './releases';

export const RPMDB_SQLITE = '/var/lib/rpm/rpmdb.sqlite';
export const RPMDB_BDB = '/var/lib/rpm/Packages';

export function rpmdbPath(release: RpmRelease): string {
  return release.rpmdb === 'sqlite' ? RPMDB_SQLITE : RPMDB_BDB;
}

/** One installed package as the database remembers it. */
export interface RpmdbEntry {
  name: string;
  evr: string;
  arch: string;
  /** Header bytes it adds to the database. */
  bytes: number;
}

export function nevra(e: { name: string; evr: string; arch: string }): string {
  return `${e.name}-${e.evr}.${e.arch}`;
}

/** A package header: signature, tags and the file list (~150 bytes per file). */
export function headerBytes(pkg: RpmPackage): number {
  return 6144 + pkg.files.length * 150 + pkg.requires.length * 60;
}

const PREFIX = 'rpmdb:';

export function encodeRpmdb(entries: readonly RpmdbEntry[]): string {
  return PREFIX + entries.map((e) => `${nevra(e)}=${e.bytes}`).join(',');
}

/** The entries a database blob lists, or undefined for a database made by someone else. */
export function decodeRpmdb(blob: string | undefined): RpmdbEntry[] | undefined {
  if (!blob?.startsWith(PREFIX)) return undefined;
  const out: RpmdbEntry[] = [];
  for (const item of blob.slice(PREFIX.length).split(',')) {
    const m = /^(.+)-([^-]+-[^-]+)\.(x86_64|noarch|i686)=(\d+)$/.exec(item);
    if (m)
      out.push({
        name: m[1] as string,
        evr: m[2] as string,
        arch: m[3] as string,
        bytes: Number(m[4]),
      });
  }
  return out;
}

/** The database's size: the base image's headers plus those of what was installed since. */
export function rpmdbSize(release: RpmRelease, entries: readonly RpmdbEntry[]): number {
  const base = new Set(release.base);
  return (
    release.rpmdbBytes +
    entries.filter((e) => !base.has(e.name)).reduce((sum, e) => sum + e.bytes, 0)
  );
}
