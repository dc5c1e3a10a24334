/**
 * The distribution releases a stand-in image can sit on, as tags name them: Debian trixie
 * (13) to stretch (9); Ubuntu noble (24.04) to xenial (16.04); Alpine 3.8 to 3.22. Releases
 * the catalog has a base for are `exact` (their layers are the catalog's); the others are
 * generated from the nearest archive with their own release files. The end-of-life ones
 * (releases-older.ts) also carry their own apt sources and their last image build's date.
 */
import type { Distro } from '../types';
import {
  OLDER_ALPINE,
  OLDER_ALPINE_VERSIONS,
  OLDER_DEBIAN,
  OLDER_RELEASE_FILES,
  OLDER_UBUNTU,
} from './releases-older';

export type Family = 'debian' | 'ubuntu' | 'alpine';

export interface Release {
  /** As tags spell it: "bookworm", "jammy", "alpine3.19". */
  id: string;
  family: Family;
  /** The package archive apt or apk use (each Debian and Ubuntu release has its own). */
  archive: Distro;
  /** The catalog has this release's base image, layer for layer. */
  exact: boolean;
  /** "12", "22.04", "3.19.9". */
  version: string;
  /** The base image's creation time. */
  created: string;
  /**
   * End-of-life releases generated from a newer archive: the snapshot time their last image
   * was built from (seconds), and their own apt sources (not the archive's).
   */
  epoch?: number;
}

const DEBIAN: Release[] = [
  { id: 'trixie', version: '13', archive: 'trixie', exact: true, created: '' },
  { id: 'bookworm', version: '12', archive: 'bookworm', exact: true, created: '' },
  { id: 'bullseye', version: '11', archive: 'bullseye', exact: false, created: '' },
  ...OLDER_DEBIAN,
].map((r) => ({ ...r, family: 'debian' as const, archive: r.archive as Distro }));

const UBUNTU: Release[] = [
  { id: 'noble', version: '24.04', exact: true, created: '2025-10-16T19:15:27.406339521Z' },
  { id: 'jammy', version: '22.04', exact: false, created: '2025-10-16T19:13:58.512771393Z' },
  { id: 'focal', version: '20.04', exact: false, created: '2025-04-23T08:41:05.152417035Z' },
].map((r) => ({ ...r, family: 'ubuntu' as const, archive: r.id as Distro }));
const OLDER_UBUNTU_RELEASES: Release[] = OLDER_UBUNTU.map((r) => ({
  ...r,
  family: 'ubuntu' as const,
  archive: 'focal' as const,
  exact: false,
}));

/** Each branch's last point release as of late 2025. */
const ALPINE: Release[] = [
  { id: 'alpine3.22', version: '3.22.2', exact: true, created: '2025-10-08T11:04:46Z' },
  { id: 'alpine3.21', version: '3.21.5', exact: true, created: '2025-10-08T11:04:30Z' },
  { id: 'alpine3.20', version: '3.20.8', exact: false, created: '2025-10-08T11:04:14Z' },
  { id: 'alpine3.19', version: '3.19.9', exact: false, created: '2025-10-08T11:03:58Z' },
  { id: 'alpine3.18', version: '3.18.12', exact: false, created: '2025-02-14T03:28:36Z' },
  ...OLDER_ALPINE.map((r) => ({ ...r, exact: false })),
].map((r) => ({ ...r, family: 'alpine' as const, archive: 'alpine' as const }));

export const RELEASES: ReadonlyMap<string, Release> = new Map(
  [...DEBIAN, ...UBUNTU, ...OLDER_UBUNTU_RELEASES, ...ALPINE].map((r) => [r.id, r]),
);

export function release(id: string): Release | undefined {
  return RELEASES.get(id);
}

/** An end-of-life release generated with its own apt sources (buster, stretch, bionic, xenial). */
export function ownSources(rel: Release): boolean {
  return rel.epoch !== undefined;
}

export function isAlpine(id: string): boolean {
  return id.startsWith('alpine');
}

/**
 * os-release and debian_version of the releases the catalog has no base for. Their apt
 * sources and packages are their own (catalog/deb: bullseye, jammy, focal).
 */
export const RELEASE_FILES: Record<string, { osRelease: string; debianVersion: string }> = {
  bullseye: {
    osRelease: `PRETTY_NAME="Debian GNU/Linux 11 (bullseye)"
NAME="Debian GNU/Linux"
VERSION_ID="11"
VERSION="11 (bullseye)"
VERSION_CODENAME=bullseye
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`,
    debianVersion: '11.11\n',
  },
  jammy: ubuntuFiles('22.04.5', 'Jammy Jellyfish', 'jammy', 'bookworm/sid'),
  focal: ubuntuFiles('20.04.6', 'Focal Fossa', 'focal', 'bullseye/sid'),
  ...OLDER_RELEASE_FILES,
};

function ubuntuFiles(point: string, name: string, codename: string, debianVersion: string) {
  return {
    osRelease: `PRETTY_NAME="Ubuntu ${point} LTS"
NAME="Ubuntu"
VERSION_ID="${point.slice(0, 5)}"
VERSION="${point} LTS (${name})"
VERSION_CODENAME=${codename}
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
UBUNTU_CODENAME=${codename}
`,
    debianVersion: `${debianVersion}\n`,
  };
}

/** Base package versions of the older Alpine branches (the rest come from 3.22's data). */
export const ALPINE_VERSIONS: Record<string, Record<string, string>> = {
  'alpine3.20': {
    'alpine-baselayout': '3.6.5-r0',
    'alpine-baselayout-data': '3.6.5-r0',
    'alpine-release': '3.20.8-r0',
    'apk-tools': '2.14.4-r1',
    busybox: '1.36.1-r31',
    'busybox-binsh': '1.36.1-r31',
    musl: '1.2.5-r1',
    'musl-utils': '1.2.5-r1',
    libcrypto3: '3.3.5-r0',
    libssl3: '3.3.5-r0',
    ssl_client: '1.36.1-r31',
  },
  'alpine3.19': {
    'alpine-baselayout': '3.4.3-r2',
    'alpine-baselayout-data': '3.4.3-r2',
    'alpine-release': '3.19.9-r0',
    'apk-tools': '2.14.4-r0',
    busybox: '1.36.1-r20',
    'busybox-binsh': '1.36.1-r20',
    musl: '1.2.4_git20230717-r5',
    'musl-utils': '1.2.4_git20230717-r5',
    libcrypto3: '3.1.8-r1',
    libssl3: '3.1.8-r1',
    ssl_client: '1.36.1-r20',
  },
  'alpine3.18': {
    'alpine-baselayout': '3.4.3-r1',
    'alpine-baselayout-data': '3.4.3-r1',
    'alpine-release': '3.18.12-r0',
    'apk-tools': '2.14.4-r0',
    busybox: '1.36.1-r7',
    'busybox-binsh': '1.36.1-r7',
    musl: '1.2.4-r3',
    'musl-utils': '1.2.4-r3',
    libcrypto3: '3.1.8-r0',
    libssl3: '3.1.8-r0',
    ssl_client: '1.36.1-r7',
  },
  ...OLDER_ALPINE_VERSIONS,
};
