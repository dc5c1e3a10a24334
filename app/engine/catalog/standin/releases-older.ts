/**
 * End-of-life releases that old Dockerfiles still start from: Debian 10 buster and 9 stretch,
 * Ubuntu 18.04 bionic and 16.04 xenial, Alpine 3.8 to 3.17 (each branch's last point release).
 * Their tags are still pullable; their images were last built when the release ended, so
 * `created` is that build's date (the Debian ones from debuerreotype's snapshot time, `epoch`).
 * They are generated from the nearest archive the catalog has (bullseye, focal, Alpine 3.22's
 * data) with their own release files and apt sources; whether those sources still answer is
 * apt's business (programs/apt/archived.ts: stretch and buster moved to archive.debian.org).
 */

/** debian:buster-20240612 and debian:stretch-20220622, the last builds of each. */
export const OLDER_DEBIAN = [
  {
    id: 'buster',
    version: '10',
    archive: 'bullseye',
    exact: false,
    created: '2024-06-12T00:00:00Z',
    epoch: 1718150400, // 2024-06-12T00:00:00Z
  },
  {
    id: 'stretch',
    version: '9',
    archive: 'bullseye',
    exact: false,
    created: '2022-06-22T00:00:00Z',
    epoch: 1655856000, // 2022-06-22T00:00:00Z
  },
];

/** ubuntu:bionic-20230530 and ubuntu:xenial-20210804, the last builds of each. */
export const OLDER_UBUNTU = [
  {
    id: 'bionic',
    version: '18.04',
    created: '2023-05-30T09:32:09.432301537Z',
    epoch: 1685404800, // 2023-05-30T00:00:00Z
  },
  {
    id: 'xenial',
    version: '16.04',
    created: '2021-08-31T01:21:30.672229355Z',
    epoch: 1628035200, // 2021-08-04T00:00:00Z
  },
];

/** The image serial of an Ubuntu release's last build (its ADD row's file name). */
export const UBUNTU_SERIALS: Record<string, string> = {
  focal: '20250404',
  bionic: '20230530',
  xenial: '20210804',
};

/** Each branch's last point release and (approximately) the date of its last image. */
export const OLDER_ALPINE = [
  { id: 'alpine3.17', version: '3.17.10', created: '2024-07-22T22:26:43Z' },
  { id: 'alpine3.16', version: '3.16.9', created: '2024-01-27T00:30:48Z' },
  { id: 'alpine3.15', version: '3.15.11', created: '2023-11-30T23:22:44Z' },
  { id: 'alpine3.14', version: '3.14.10', created: '2023-03-29T17:52:56Z' },
  { id: 'alpine3.13', version: '3.13.12', created: '2022-08-09T17:19:53Z' },
  { id: 'alpine3.12', version: '3.12.12', created: '2022-04-05T00:19:59Z' },
  { id: 'alpine3.11', version: '3.11.13', created: '2021-11-12T21:51:57Z' },
  { id: 'alpine3.10', version: '3.10.9', created: '2021-04-14T19:20:05Z' },
  { id: 'alpine3.9', version: '3.9.6', created: '2020-04-24T01:05:21Z' },
  { id: 'alpine3.8', version: '3.8.5', created: '2020-01-23T16:53:20Z' },
];

const DEBIAN_OS_RELEASE = (version: string, codename: string) =>
  `PRETTY_NAME="Debian GNU/Linux ${version} (${codename})"
NAME="Debian GNU/Linux"
VERSION_ID="${version}"
VERSION="${version} (${codename})"
VERSION_CODENAME=${codename}
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

/** Ubuntu 18.04 and 16.04 wrote os-release in the older order (NAME first). */
const UBUNTU_OS_RELEASE = (point: string, name: string, codename: string, https: boolean) => {
  const s = https ? 'https' : 'http';
  return `NAME="Ubuntu"
VERSION="${point} LTS (${name})"
ID=ubuntu
ID_LIKE=debian
PRETTY_NAME="Ubuntu ${point} LTS"
VERSION_ID="${point.slice(0, 5)}"
HOME_URL="${s}://www.ubuntu.com/"
SUPPORT_URL="${s}://help.ubuntu.com/"
BUG_REPORT_URL="${s}://bugs.launchpad.net/ubuntu/"
${https ? 'PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"\n' : ''}VERSION_CODENAME=${codename}
UBUNTU_CODENAME=${codename}
`;
};

export const OLDER_RELEASE_FILES: Record<string, { osRelease: string; debianVersion: string }> = {
  buster: { osRelease: DEBIAN_OS_RELEASE('10', 'buster'), debianVersion: '10.13\n' },
  stretch: { osRelease: DEBIAN_OS_RELEASE('9', 'stretch'), debianVersion: '9.13\n' },
  bionic: {
    osRelease: UBUNTU_OS_RELEASE('18.04.6', 'Bionic Beaver', 'bionic', true),
    debianVersion: 'buster/sid\n',
  },
  xenial: {
    osRelease: UBUNTU_OS_RELEASE('16.04.7', 'Xenial Xerus', 'xenial', false),
    debianVersion: 'stretch/sid\n',
  },
};

/**
 * Base package versions of the older Alpine branches: the upstream versions are each branch's;
 * the -rN revisions are approximate. Packages renamed since (libcrypto1.1, 3.8's LibreSSL)
 * keep 3.22's names.
 */
const BASE: [string, string, string, string, string][] = [
  // branch, alpine-baselayout, apk-tools, busybox, musl
  ['3.17', '3.4.0-r0', '2.12.10-r1', '1.35.0-r31', '1.2.3-r6'],
  ['3.16', '3.2.0-r23', '2.12.9-r3', '1.35.0-r17', '1.2.3-r3'],
  ['3.15', '3.2.0-r18', '2.12.7-r3', '1.34.1-r7', '1.2.2-r8'],
  ['3.14', '3.2.0-r16', '2.12.7-r0', '1.33.1-r8', '1.2.2-r3'],
  ['3.13', '3.2.0-r8', '2.12.7-r0', '1.32.1-r9', '1.2.2-r1'],
  ['3.12', '3.2.0-r7', '2.10.8-r1', '1.31.1-r22', '1.1.24-r10'],
  ['3.11', '3.2.0-r3', '2.10.8-r0', '1.31.1-r11', '1.1.24-r3'],
  ['3.10', '3.1.2-r0', '2.10.6-r0', '1.30.1-r5', '1.1.22-r4'],
  ['3.9', '3.1.0-r3', '2.10.5-r0', '1.29.3-r10', '1.1.20-r6'],
  ['3.8', '3.1.0-r0', '2.10.1-r0', '1.28.4-r3', '1.1.19-r11'],
];

export const OLDER_ALPINE_VERSIONS: Record<string, Record<string, string>> = Object.fromEntries(
  BASE.map(([branch, layout, apk, busybox, musl]) => {
    const point = OLDER_ALPINE.find((r) => r.id === `alpine${branch}`)?.version ?? branch;
    return [
      `alpine${branch}`,
      {
        'alpine-baselayout': layout,
        'alpine-baselayout-data': layout,
        'alpine-release': `${point}-r0`,
        'apk-tools': apk,
        busybox,
        'busybox-binsh': busybox,
        ssl_client: busybox,
        musl,
        'musl-utils': musl,
      },
    ];
  }),
);
