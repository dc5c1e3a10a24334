/**
 * The package archives each distribution's image is configured for: what `apt-get update`
 * fetches (InRelease and Packages indexes, with realistic sizes) and the names apt stores
 * them under in /var/lib/apt/lists. Sizes are those of the real archives in 2025-2026;
 * Docker's Debian and Ubuntu images keep the indexes lz4-compressed (docker-gzip-indexes).
 * The older releases (bullseye, jammy, focal) are in `archive-older.ts`.
 */
import type { Distro } from '../../catalog/types';
import type { Release } from './archive-urls';
import { OLDER_ARCHIVES } from './archive-older';
import { component, DEBIAN, DEBIAN_SECURITY, UBUNTU, UBUNTU_SECURITY } from './archive-urls';

export type AptDistro = Exclude<Distro, 'alpine'>;

export type { Release } from './archive-urls';

const ARCHIVES: Record<AptDistro, Release[]> = {
  ...OLDER_ARCHIVES,
  trixie: [
    {
      url: DEBIAN,
      suite: 'trixie',
      inReleaseSize: 140_034,
      components: [component('main', 9_670_148, 20_561_407, 47_309_776)],
    },
    {
      url: DEBIAN,
      suite: 'trixie-updates',
      inReleaseSize: 47_301,
      components: [component('main', 5_412, 11_903, 22_761)],
    },
    {
      url: DEBIAN_SECURITY,
      suite: 'trixie-security',
      inReleaseSize: 43_352,
      components: [component('main', 87_214, 211_566, 482_119)],
    },
  ],
  bookworm: [
    {
      url: DEBIAN,
      suite: 'bookworm',
      inReleaseSize: 151_075,
      components: [component('main', 8_793_212, 18_840_233, 45_126_543)],
    },
    {
      url: DEBIAN,
      suite: 'bookworm-updates',
      inReleaseSize: 55_403,
      components: [component('main', 6_924, 11_648, 26_019)],
    },
    {
      url: DEBIAN_SECURITY,
      suite: 'bookworm-security',
      inReleaseSize: 34_770,
      components: [component('main', 281_553, 772_685, 1_815_902)],
    },
  ],
  noble: [
    {
      url: UBUNTU_SECURITY,
      suite: 'noble-security',
      inReleaseSize: 126_410,
      components: [
        component('main', 1_402_117, 3_512_006, 10_245_331),
        component('universe', 1_118_562, 2_601_339, 7_904_208),
        component('restricted', 1_834_051, 3_908_744, 8_112_590),
        component('multiverse', 33_109, 92_614, 243_877),
      ],
    },
    {
      url: UBUNTU,
      suite: 'noble',
      inReleaseSize: 256_217,
      components: [
        component('main', 1_808_094, 4_601_233, 13_203_117),
        component('universe', 19_268_903, 48_203_115, 140_887_214),
        component('restricted', 117_418, 312_550, 906_339),
        component('multiverse', 331_116, 902_481, 2_604_177),
      ],
    },
    {
      url: UBUNTU,
      suite: 'noble-updates',
      inReleaseSize: 126_437,
      components: [
        component('main', 1_701_662, 4_198_342, 12_341_006),
        component('universe', 1_491_207, 3_703_812, 10_987_118),
        component('restricted', 1_902_334, 4_061_289, 8_428_401),
        component('multiverse', 39_871, 109_914, 290_215),
      ],
    },
    {
      url: UBUNTU,
      suite: 'noble-backports',
      inReleaseSize: 126_368,
      components: [
        component('main', 48_719, 131_602, 352_884),
        component('universe', 31_874, 88_109, 239_540),
      ],
    },
  ],
};

export function releasesFor(distro: AptDistro): Release[] {
  return ARCHIVES[distro];
}

/** "http://deb.debian.org/debian" + "dists/trixie/InRelease" → apt's flat list file name. */
export function listFileName(url: string, rest: string): string {
  return `${url.replace(/^[a-z]+:\/\//, '')}/${rest}`.replace(/\//g, '_');
}

export function inReleaseFile(release: Release): string {
  return listFileName(release.url, `dists/${release.suite}/InRelease`);
}

export function packagesFile(release: Release, componentName: string, compressed: boolean): string {
  const name = listFileName(
    release.url,
    `dists/${release.suite}/${componentName}/binary-amd64/Packages`,
  );
  return compressed ? `${name}.lz4` : name;
}

/** Ubuntu's releases and their version numbers (as security updates' versions carry them). */
const UBUNTU_VERSIONS: Partial<Record<AptDistro, string>> = {
  noble: '24.04',
  jammy: '22.04',
  focal: '20.04',
};

/** Debian's releases and their major version numbers (as in "+deb11u3"). */
const DEBIAN_MAJORS: Partial<Record<AptDistro, string>> = {
  trixie: '13',
  bookworm: '12',
  bullseye: '11',
};

export function isUbuntu(distro: AptDistro): boolean {
  return UBUNTU_VERSIONS[distro] !== undefined;
}

/** The archive a package version is fetched from, as apt prints it in a Get line. */
export function originOf(distro: AptDistro, version: string): { url: string; where: string } {
  if (isUbuntu(distro)) {
    if (/ubuntu\d*\.\d+|~\d\d\.\d\d/.test(version))
      return { url: UBUNTU, where: `${distro}-updates/main` };
    return { url: UBUNTU, where: `${distro}/main` };
  }
  if (/\+deb\d+u\d+/.test(version)) {
    return { url: DEBIAN_SECURITY, where: `${distro}-security/main` };
  }
  return { url: DEBIAN, where: `${distro}/main` };
}

/** The suffix a security update of a package carries in this distribution. */
export function securitySuffix(distro: AptDistro): string {
  const ubuntu = UBUNTU_VERSIONS[distro];
  if (ubuntu) return `ubuntu0.${ubuntu}.1`;
  return `+deb${DEBIAN_MAJORS[distro] ?? '13'}u1`;
}
