/**
 * The index files of the older releases the stand-in images sit on: Debian 11 (bullseye) and
 * Ubuntu 22.04 (jammy) and 20.04 (focal), in the order their images' sources list them.
 * bullseye's sizes were read off the archive in November 2026 (InRelease and Packages.xz as
 * the InRelease lists them; stored: the same Packages compressed with lz4). Ubuntu's release
 * pockets (jammy, focal) are frozen: their sizes match what apt has printed for years to the
 * kB it prints (the bytes below that are filled in). The -updates, -security and -backports
 * pockets grow, and theirs are estimates for late 2025, as are all Ubuntu raw and stored
 * sizes (noble's ratios: raw 7.3x, lz4 2.54x the .xz). Ubuntu's archive is not reachable here.
 */
import {
  component,
  DEBIAN,
  DEBIAN_SECURITY,
  UBUNTU,
  UBUNTU_SECURITY,
  type IndexComponent,
  type Release,
} from './archive-urls';

/** An Ubuntu component whose download size is known (or estimated) and the rest follows. */
const ubuntu = (name: string, downloadSize: number): IndexComponent =>
  component(name, downloadSize, Math.round(downloadSize * 2.54), Math.round(downloadSize * 7.3));

function ubuntuRelease(
  codename: string,
  sizes: {
    release: number;
    pockets: number;
    main: number;
    universe: number;
    restricted: number;
    multiverse: number;
    security: [number, number, number, number];
    updates: [number, number, number, number];
    backports: [number, number];
  },
): Release[] {
  const four = ([main, universe, restricted, multiverse]: [number, number, number, number]) => [
    ubuntu('main', main),
    ubuntu('universe', universe),
    ubuntu('restricted', restricted),
    ubuntu('multiverse', multiverse),
  ];
  return [
    {
      url: UBUNTU_SECURITY,
      suite: `${codename}-security`,
      inReleaseSize: sizes.pockets + 1_000,
      components: four(sizes.security),
    },
    {
      url: UBUNTU,
      suite: codename,
      inReleaseSize: sizes.release,
      components: four([sizes.main, sizes.universe, sizes.restricted, sizes.multiverse]),
    },
    {
      url: UBUNTU,
      suite: `${codename}-updates`,
      inReleaseSize: sizes.pockets,
      components: four(sizes.updates),
    },
    {
      url: UBUNTU,
      suite: `${codename}-backports`,
      inReleaseSize: sizes.pockets - 1_100,
      components: [ubuntu('main', sizes.backports[0]), ubuntu('universe', sizes.backports[1])],
    },
  ];
}

export const OLDER_ARCHIVES: Record<'bullseye' | 'jammy' | 'focal', Release[]> = {
  // debian:bullseye's /etc/apt/sources.list names bullseye, bullseye-security, bullseye-updates.
  bullseye: [
    {
      url: DEBIAN,
      suite: 'bullseye',
      inReleaseSize: 75_123,
      components: [component('main', 8_065_948, 17_305_902, 45_561_367)],
    },
    {
      url: DEBIAN_SECURITY,
      suite: 'bullseye-security',
      inReleaseSize: 27_111,
      components: [component('main', 474_876, 963_827, 3_047_551)],
    },
    {
      url: DEBIAN,
      suite: 'bullseye-updates',
      inReleaseSize: 44_029,
      components: [component('main', 18_832, 33_977, 79_301)],
    },
  ],
  jammy: ubuntuRelease('jammy', {
    release: 270_087,
    pockets: 128_119,
    main: 1_792_400,
    universe: 17_506_045,
    restricted: 164_497,
    multiverse: 266_476,
    security: [2_713_408, 1_208_134, 4_541_882, 45_716],
    updates: [3_004_117, 1_497_302, 4_733_665, 52_309],
    backports: [82_705, 35_185],
  }),
  focal: ubuntuRelease('focal', {
    release: 265_367,
    pockets: 128_046,
    main: 1_274_961,
    universe: 11_296_442,
    restricted: 33_392,
    multiverse: 177_092,
    security: [4_190_377, 1_318_264, 4_488_011, 30_914],
    updates: [4_658_112, 1_598_403, 4_672_518, 33_616],
    backports: [55_217, 28_631],
  }),
};
