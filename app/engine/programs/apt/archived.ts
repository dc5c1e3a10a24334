/**
 * Suites that have left the Debian mirrors. When a release's long-term support ends, its suites
 * move from deb.debian.org (and security.debian.org) to archive.debian.org and the old URLs
 * answer 404, so `apt-get update` in an image of that release fails as it really does today
 * (debian:stretch, python:3.6-stretch, node:14-buster...): Ign for each InRelease, Err and
 * "404  Not Found" for each Release, an E: line per repository, exit 100. Sources pointing at
 * archive.debian.org still work. Ubuntu's LTS releases stay on archive.ubuntu.com (ESM aside),
 * and Alpine's old branches on dl-cdn.alpinelinux.org, so they have no entry here.
 */

export interface ArchivedRelease {
  codename: string;
  /** When its suites left the mirrors (year and month). */
  moved: string;
  /** apt from 1.8 (buster) names the mirror's address after "404  Not Found". */
  ip?: string;
}

const ARCHIVED: readonly ArchivedRelease[] = [
  { codename: 'stretch', moved: '2023-04' },
  { codename: 'buster', moved: '2025-07', ip: '151.101.2.132' },
];

/** The Debian mirrors (not archive.debian.org) an archived release is no longer served from. */
const MIRRORS = new Set([
  'deb.debian.org/debian',
  'deb.debian.org/debian-security',
  'security.debian.org',
  'security.debian.org/debian-security',
  'httpredir.debian.org/debian',
  'ftp.debian.org/debian',
  'cdn-fastly.deb.debian.org/debian',
]);

/** "stretch-updates", "buster/updates", "stretch" → the release's codename. */
export function codenameOf(suite: string): string {
  return suite.split(/[-/]/)[0] ?? suite;
}

/** The archived release a source names on a Debian mirror, or undefined if it still answers. */
export function archivedSuite(url: string, suite: string): ArchivedRelease | undefined {
  const where = url.replace(/^[a-z+]+:\/\//i, '').replace(/\/+$/, '');
  if (!MIRRORS.has(where)) return undefined;
  const codename = codenameOf(suite);
  return ARCHIVED.find((a) => a.codename === codename);
}

/** What apt prints for the Release file it then asks for: "Err:5 <url> <suite> Release" and why. */
export function releaseNotFound(n: number, url: string, suite: string, gone: ArchivedRelease) {
  return `Err:${n} ${url} ${suite} Release\n  404  Not Found${gone.ip ? ` [IP: ${gone.ip} 80]` : ''}`;
}

/** Layercake's note: why the mirror answers 404, and what fixes it. */
export function archivedNote(gone: ArchivedRelease): string {
  return `Debian ${gone.codename} is past its long-term support: its suites moved from deb.debian.org to archive.debian.org (${gone.moved}), so the mirrors answer 404 for this image's sources, as they do today. A newer base image fixes it; for this one, sources pointing at http://archive.debian.org/debian (and archive.debian.org/debian-security) still work.`;
}
