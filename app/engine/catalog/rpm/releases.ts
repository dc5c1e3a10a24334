/**
 * The RPM-based releases the stand-in images hold, and what their package managers need to
 * know about them: family (for package versions), os-release, the release file, the rpm
 * database backend, which repository serves which packages, metadata sizes, and what the
 * base image has installed. dnf and yum find the release from /etc/os-release (ID and
 * VERSION_ID's major) and the repositories from /etc/yum.repos.d, so a Dockerfile's edits count.
 */
import type { RepoClass, RpmFamily } from './packages';

export type RpmTool = 'yum3' | 'dnf4' | 'microdnf';

export interface RpmRelease {
  /** ID + major of os-release: "centos7", "rocky9", "amzn2023", "rhel9", "ol8", "fedora43". */
  id: string;
  family: RpmFamily;
  /** Fedora's number, for its dist tag. */
  fedora?: string;
  /** $releasever. */
  releasever: string;
  osRelease: string;
  /** The vendor's release file ("/etc/centos-release") and its line. */
  releaseFile: { path: string; text: string; redhatLink: boolean };
  rpmdb: 'bdb' | 'sqlite';
  /** Repository id → what it serves and its metadata's download size. */
  repos: Record<string, { serves: RepoClass[]; metadata: number }>;
  /** Packages of the catalog a full image of the release has installed. */
  base: string[];
  /** The base's rpm database size (it holds ~150 packages' headers). */
  rpmdbBytes: number;
  /** dnf's and yum's vars (/etc/yum/vars or /etc/dnf/vars). */
  vars?: Record<string, string>;
}

/** Hosts that no longer resolve: CentOS's mirror network, retired at CentOS Linux 7's EOL. */
export const RETIRED_HOSTS: Record<string, string> = {
  'mirrorlist.centos.org':
    "CentOS Linux 7 reached its end of life on 2024-06-30 (CentOS Linux 8 on 2021-12-31): mirrorlist.centos.org and mirror.centos.org were retired, so the image's repository files lead nowhere. Old packages live on at vault.centos.org (point baseurl there), or move to a maintained base (rockylinux, almalinux, centos stream).",
  'mirror.centos.org':
    'mirror.centos.org was retired with CentOS Linux 7 (EOL 2024-06-30): its packages live on at vault.centos.org.',
};

interface OsFields {
  name: string;
  version: string;
  id: string;
  like: string;
  versionId: string;
  pretty: string;
  cpe: string;
  home: string;
  bug: string;
  platform?: string;
  color?: string;
  extra?: string;
}

function osRelease(f: OsFields): string {
  const rows = [
    `NAME="${f.name}"`,
    `VERSION="${f.version}"`,
    `ID="${f.id}"`,
    `ID_LIKE="${f.like}"`,
    `VERSION_ID="${f.versionId}"`,
    ...(f.platform ? [`PLATFORM_ID="platform:${f.platform}"`] : []),
    `PRETTY_NAME="${f.pretty}"`,
    `ANSI_COLOR="${f.color ?? '0;31'}"`,
    `CPE_NAME="${f.cpe}"`,
    `HOME_URL="${f.home}"`,
    `BUG_REPORT_URL="${f.bug}"`,
  ];
  return rows.join('\n') + '\n' + (f.extra ?? '');
}

const EL7_BASE =
  'bash glibc glibc-common coreutils ncurses-libs zlib curl libcurl openssl-libs ca-certificates python3-libs tar gzip xz-libs which findutils vim-minimal shadow-utils procps-ng diffutils less libedit pcre2 tzdata hostname passwd util-linux file-libs';
const EL_BASE =
  'bash glibc glibc-common glibc-minimal-langpack coreutils coreutils-common ncurses-libs zlib curl libcurl libnghttp2 openssl-libs ca-certificates python3-libs python3-setuptools gzip xz-libs findutils vim-minimal shadow-utils less pcre2 tzdata libpsl util-linux file-libs';
const MINIMAL_BASE =
  'bash glibc glibc-common glibc-minimal-langpack ncurses-libs zlib curl libcurl libnghttp2 openssl-libs ca-certificates gzip xz-libs findutils less pcre2 tzdata';

const EL_REPOS = (extras: string) => ({
  baseos: { serves: ['base'] as RepoClass[], metadata: 2_400_000 },
  appstream: { serves: ['app'] as RepoClass[], metadata: 8_200_000 },
  [extras]: { serves: ['extras'] as RepoClass[], metadata: 14_800 },
});

function centos(major: '7' | '8'): RpmRelease {
  const seven = major === '7';
  return {
    id: `centos${major}`,
    family: seven ? 'el7' : 'el8',
    releasever: major,
    osRelease: osRelease({
      name: 'CentOS Linux',
      version: seven ? '7 (Core)' : '8',
      id: 'centos',
      like: 'rhel fedora',
      versionId: major,
      ...(seven ? {} : { platform: 'el8' }),
      pretty: seven ? 'CentOS Linux 7 (Core)' : 'CentOS Linux 8',
      cpe: `cpe:/o:centos:centos:${major}`,
      home: seven ? 'https://www.centos.org/' : 'https://centos.org/',
      bug: 'https://bugs.centos.org/',
      extra: seven
        ? '\nCENTOS_MANTISBT_PROJECT="CentOS-7"\nCENTOS_MANTISBT_PROJECT_VERSION="7"\nREDHAT_SUPPORT_PRODUCT="centos"\nREDHAT_SUPPORT_PRODUCT_VERSION="7"\n\n'
        : 'CENTOS_MANTISBT_PROJECT="CentOS-8"\nCENTOS_MANTISBT_PROJECT_VERSION="8"\n',
    }),
    releaseFile: {
      path: '/etc/centos-release',
      text: seven ? 'CentOS Linux release 7.9.2009 (Core)\n' : 'CentOS Linux release 8.4.2105\n',
      redhatLink: true,
    },
    rpmdb: 'bdb',
    repos: seven
      ? {
          base: { serves: ['base'], metadata: 6_380_000 },
          updates: { serves: ['app'], metadata: 28_600_000 },
          extras: { serves: ['extras'], metadata: 259_000 },
        }
      : EL_REPOS('extras'),
    base: (seven ? EL7_BASE : EL_BASE).split(' '),
    rpmdbBytes: seven ? 21_000_000 : 17_000_000,
    vars: seven ? { infra: 'container' } : { infra: 'container', contentdir: 'centos' },
  };
}

function enterprise(
  id: string,
  major: '8' | '9',
  point: string,
  f: Omit<OsFields, 'id' | 'versionId' | 'platform'>,
  releaseFile: { path: string; text: string },
  extras: string,
): RpmRelease {
  return {
    id: `${id}${major}`,
    family: major === '8' ? 'el8' : 'el9',
    releasever: major,
    osRelease: osRelease({ ...f, id, versionId: point, platform: `el${major}` }),
    releaseFile: { ...releaseFile, redhatLink: true },
    rpmdb: major === '8' ? 'bdb' : 'sqlite',
    repos: EL_REPOS(extras),
    // EL9's dnf runs on the system python3, so the image has it (EL8's runs on platform-python).
    base: major === '9' ? [...EL_BASE.split(' '), 'python3'] : EL_BASE.split(' '),
    rpmdbBytes: major === '8' ? 17_000_000 : 7_800_000,
  };
}

function fedora(n: number): RpmRelease {
  const words: Record<number, string> = {
    39: 'Thirty Nine',
    40: 'Forty',
    41: 'Forty One',
    42: 'Adams',
    43: 'Forty Three',
  };
  return {
    id: `fedora${n}`,
    family: 'fedora',
    fedora: String(n),
    releasever: String(n),
    osRelease: osRelease({
      name: 'Fedora Linux',
      version: `${n} (Container Image)`,
      id: 'fedora',
      like: '',
      versionId: String(n),
      platform: `f${n}`,
      pretty: `Fedora Linux ${n} (Container Image)`,
      color: '0;38;2;60;110;180',
      cpe: `cpe:/o:fedoraproject:fedora:${n}`,
      home: 'https://fedoraproject.org/',
      bug: 'https://bugzilla.redhat.com/',
      extra: `VARIANT="Container Image"\nVARIANT_ID=container\n`,
    }).replace('ID_LIKE=""\n', ''),
    releaseFile: {
      path: '/etc/fedora-release',
      text: `Fedora release ${n} (${words[n] ?? n})\n`,
      redhatLink: true,
    },
    rpmdb: 'sqlite',
    repos: {
      fedora: { serves: ['base', 'app', 'extras'], metadata: 35_400_000 },
      updates: { serves: [], metadata: 21_700_000 },
    },
    base: EL_BASE.split(' '),
    rpmdbBytes: 9_200_000,
  };
}

export const RPM_RELEASES: readonly RpmRelease[] = [
  centos('7'),
  centos('8'),
  {
    ...enterprise(
      'centos',
      '9',
      '9',
      {
        name: 'CentOS Stream',
        pretty: 'CentOS Stream 9',
        like: 'rhel fedora',
        cpe: 'cpe:/o:centos:centos:9',
        home: 'https://centos.org/',
        bug: 'https://issues.redhat.com/',
        version: '9',
      } as OsFields,
      { path: '/etc/centos-release', text: 'CentOS Stream release 9\n' },
      'extras-common',
    ),
  },
  enterprise(
    'rocky',
    '9',
    '9.3',
    {
      name: 'Rocky Linux',
      version: '9.3 (Blue Onyx)',
      pretty: 'Rocky Linux 9.3 (Blue Onyx)',
      like: 'rhel centos fedora',
      color: '0;32',
      cpe: 'cpe:/o:rocky:rocky:9::baseos',
      home: 'https://rockylinux.org/',
      bug: 'https://bugs.rockylinux.org/',
    } as OsFields,
    { path: '/etc/rocky-release', text: 'Rocky Linux release 9.3 (Blue Onyx)\n' },
    'extras',
  ),
  enterprise(
    'rocky',
    '8',
    '8.9',
    {
      name: 'Rocky Linux',
      version: '8.9 (Green Obsidian)',
      pretty: 'Rocky Linux 8.9 (Green Obsidian)',
      like: 'rhel centos fedora',
      color: '0;32',
      cpe: 'cpe:/o:rocky:rocky:8:GA',
      home: 'https://rockylinux.org/',
      bug: 'https://bugs.rockylinux.org/',
    } as OsFields,
    { path: '/etc/rocky-release', text: 'Rocky Linux release 8.9 (Green Obsidian)\n' },
    'extras',
  ),
  enterprise(
    'almalinux',
    '9',
    '9.7',
    {
      name: 'AlmaLinux',
      version: '9.7 (Moss Jungle Cat)',
      pretty: 'AlmaLinux 9.7 (Moss Jungle Cat)',
      like: 'rhel centos fedora',
      color: '0;34',
      cpe: 'cpe:/o:almalinux:almalinux:9::baseos',
      home: 'https://almalinux.org/',
      bug: 'https://bugs.almalinux.org/',
    } as OsFields,
    { path: '/etc/almalinux-release', text: 'AlmaLinux release 9.7 (Moss Jungle Cat)\n' },
    'extras',
  ),
  enterprise(
    'almalinux',
    '8',
    '8.10',
    {
      name: 'AlmaLinux',
      version: '8.10 (Cerulean Leopard)',
      pretty: 'AlmaLinux 8.10 (Cerulean Leopard)',
      like: 'rhel centos fedora',
      color: '0;34',
      cpe: 'cpe:/o:almalinux:almalinux:8::baseos',
      home: 'https://almalinux.org/',
      bug: 'https://bugs.almalinux.org/',
    } as OsFields,
    { path: '/etc/almalinux-release', text: 'AlmaLinux release 8.10 (Cerulean Leopard)\n' },
    'extras',
  ),
  ...[39, 40, 41, 42, 43].map(fedora),
  ...(['8', '9'] as const).map((m) => {
    const point = m === '9' ? '9.7' : '8.10';
    const code = m === '9' ? 'Plow' : 'Ootpa';
    const r = enterprise(
      'rhel',
      m,
      point,
      {
        name: 'Red Hat Enterprise Linux',
        version: `${point} (${code})`,
        pretty: `Red Hat Enterprise Linux ${point} (${code})`,
        like: 'fedora',
        cpe: `cpe:/o:redhat:enterprise_linux:${m}::baseos`,
        home: 'https://www.redhat.com/',
        bug: 'https://issues.redhat.com/',
      } as OsFields,
      {
        path: '/etc/redhat-release',
        text: `Red Hat Enterprise Linux release ${point} (${code})\n`,
      },
      'unused',
    );
    return {
      ...r,
      releaseFile: { ...r.releaseFile, redhatLink: false },
      repos: {
        [`ubi-${m}-baseos-rpms`]: { serves: ['base'] as RepoClass[], metadata: 1_100_000 },
        [`ubi-${m}-appstream-rpms`]: { serves: ['app'] as RepoClass[], metadata: 2_600_000 },
      },
    };
  }),
  ...(['7', '8', '9'] as const).map((m) => {
    const point = { '7': '7.9', '8': '8.10', '9': '9.6' }[m];
    const r = enterprise(
      'ol',
      m === '7' ? '8' : m,
      point,
      {
        name: 'Oracle Linux Server',
        version: point,
        pretty: `Oracle Linux Server ${point}`,
        like: 'fedora',
        cpe: `cpe:/o:oracle:linux:${m}:${point.split('.')[1]}:server`,
        home: 'https://linux.oracle.com/',
        bug: 'https://github.com/oracle/oracle-linux',
      } as OsFields,
      { path: '/etc/oracle-release', text: `Oracle Linux Server release ${point}\n` },
      'unused',
    );
    return {
      ...r,
      id: `ol${m}`,
      family: (m === '7' ? 'el7' : r.family) as RpmFamily,
      releasever: m,
      rpmdb: (m === '9' ? 'sqlite' : 'bdb') as 'sqlite' | 'bdb',
      repos:
        m === '7'
          ? {
              ol7_latest: {
                serves: ['base', 'app', 'extras'] as RepoClass[],
                metadata: 32_000_000,
              },
            }
          : {
              [`ol${m}_baseos_latest`]: {
                serves: ['base', 'extras'] as RepoClass[],
                metadata: 58_000_000,
              },
              [`ol${m}_appstream`]: { serves: ['app'] as RepoClass[], metadata: 61_000_000 },
            },
      base: (m === '7' ? EL7_BASE : EL_BASE).split(' '),
    };
  }),
  {
    id: 'amzn2',
    family: 'al2',
    releasever: '2',
    osRelease: osRelease({
      name: 'Amazon Linux',
      version: '2',
      id: 'amzn',
      like: 'centos rhel fedora',
      versionId: '2',
      pretty: 'Amazon Linux 2',
      cpe: 'cpe:2.3:o:amazon:amazon_linux:2',
      home: 'https://amazonlinux.com/',
      bug: 'https://github.com/amazonlinux/amazon-linux-2/issues',
      extra: 'SUPPORT_END="2026-06-30"\n',
    }),
    releaseFile: {
      path: '/etc/system-release',
      text: 'Amazon Linux release 2 (Karoo)\n',
      redhatLink: false,
    },
    rpmdb: 'bdb',
    repos: { 'amzn2-core': { serves: ['base', 'app', 'extras'], metadata: 42_000_000 } },
    base: EL7_BASE.split(' '),
    rpmdbBytes: 19_000_000,
    vars: { awsdomain: 'amazonaws.com', awsregion: 'default', product: 'core', target: 'latest' },
  },
  {
    id: 'amzn2023',
    family: 'al2023',
    releasever: '2023.9.20251117',
    osRelease: osRelease({
      name: 'Amazon Linux',
      version: '2023',
      id: 'amzn',
      like: 'fedora',
      versionId: '2023',
      platform: 'al2023',
      pretty: 'Amazon Linux 2023.9.20251117',
      color: '0;33',
      cpe: 'cpe:2.3:o:amazon:amazon_linux:2023',
      home: 'https://aws.amazon.com/linux/amazon-linux-2023/',
      bug: 'https://github.com/amazonlinux/amazon-linux-2023',
      extra: 'DOCUMENTATION_URL="https://docs.aws.amazon.com/linux/"\nSUPPORT_END="2029-06-30"\n',
    }),
    releaseFile: {
      path: '/etc/system-release',
      text: 'Amazon Linux release 2023.9.20251117 (Amazon Linux)\n',
      redhatLink: false,
    },
    rpmdb: 'sqlite',
    repos: {
      amazonlinux: { serves: ['base', 'app', 'extras'], metadata: 44_300_000 },
      'kernel-livepatch': { serves: [], metadata: 312_000 },
    },
    base: EL_BASE.split(' ').filter((n) => n !== 'libpsl'),
    rpmdbBytes: 6_900_000,
    vars: { awsdomain: 'amazonaws.com', awsregion: 'default' },
  },
];

const byId = new Map(RPM_RELEASES.map((r) => [r.id, r]));

export function rpmRelease(id: string): RpmRelease | undefined {
  return byId.get(id);
}

/** The base packages of a minimal image (ubi-minimal, *-slim, rockylinux's -minimal). */
export function minimalBase(): string[] {
  return MINIMAL_BASE.split(' ');
}

/** The release an /etc/os-release describes (ID and VERSION_ID's major), if the catalog has it. */
export function releaseFromOsRelease(text: string | undefined): RpmRelease | undefined {
  if (!text) return undefined;
  const field = (key: string) => new RegExp(`^${key}="?([^"\\n]*)"?$`, 'm').exec(text)?.[1] ?? '';
  const id = field('ID');
  const version = field('VERSION_ID');
  const major = id === 'amzn' || id === 'fedora' ? version : (version.split('.')[0] ?? '');
  return byId.get(`${id}${major}`);
}
