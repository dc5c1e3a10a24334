/**
 * The distribution images: scratch, busybox, alpine, debian (slim and full), ubuntu. Each
 * is one layer (scratch none) with the config and history rows the real images carry.
 */
import { sha256Hex } from '../../fs/digest';
import type { LayerBlob } from '../types';
import { PATH_DEFAULT, step, type HistoryRow, type ImageSpec } from './define';
import { DEBIAN_CREATED, DEBIAN_EPOCH, type World } from './world';

const DEBUERREOTYPE = 'debuerreotype 0.16';

export function debianRow(world: World, suite: 'trixie' | 'bookworm', slim: boolean) {
  const layer =
    suite === 'trixie'
      ? slim
        ? () => world.trixieSlim().blob
        : () => world.trixieFull().blob
      : slim
        ? () => world.bookwormSlim().blob
        : () => world.bookwormFull().blob;
  return {
    createdBy: `# debian.sh --arch 'amd64' out/ '${suite}' '@${DEBIAN_EPOCH}'`,
    comment: DEBUERREOTYPE,
    created: DEBIAN_CREATED,
    layer,
  };
}

function debian(
  world: World,
  suite: 'trixie' | 'bookworm',
  slim: boolean,
  tags: string[],
): ImageSpec {
  return {
    repository: 'debian',
    tags,
    created: DEBIAN_CREATED,
    userland: 'gnu',
    distro: suite,
    config: { Env: [PATH_DEFAULT], Cmd: ['bash'], WorkingDir: '', User: '' },
    rows: [debianRow(world, suite, slim)],
    description: 'Debian is a Linux distribution composed of free and open-source software.',
  };
}

export function alpineSpec(world: World, version: '3.22' | '3.21'): ImageSpec {
  const full = version === '3.22' ? '3.22.2' : '3.21.5';
  const created = version === '3.22' ? '2025-10-08T11:04:46Z' : '2025-10-08T11:04:30Z';
  return {
    repository: 'alpine',
    tags: version === '3.22' ? ['latest', '3.22', '3.22.2', '3'] : ['3.21', '3.21.5'],
    created,
    userland: 'busybox',
    distro: 'alpine',
    config: { Env: [PATH_DEFAULT], Cmd: ['/bin/sh'], WorkingDir: '/', User: '' },
    rows: [
      step(`ADD alpine-minirootfs-${full}-x86_64.tar.gz / # buildkit`, () =>
        version === '3.22' ? world.alpine322().blob : world.alpine321().blob,
      ),
      step('CMD ["/bin/sh"]'),
    ],
    description:
      'A minimal Docker image based on Alpine Linux with a complete package index and only 5 MB in size!',
  };
}

/** The ubuntu images' rows (Launchpad's build, still the classic builder's history format). */
export function ubuntuRows(
  version: string,
  codename: string,
  serial: string,
  layer: () => LayerBlob,
): HistoryRow[] {
  const add = `file:${sha256Hex(`ubuntu-${codename}-oci-amd64-root.tar.gz ${serial}`)}`;
  return [
    { createdBy: '/bin/sh -c #(nop)  ARG RELEASE' },
    { createdBy: '/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH' },
    { createdBy: '/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu' },
    { createdBy: `/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=${version}` },
    { createdBy: `/bin/sh -c #(nop) ADD ${add} in / `, layer },
    { createdBy: '/bin/sh -c #(nop)  CMD ["/bin/bash"]' },
  ];
}

export function distroImages(world: World): ImageSpec[] {
  const ubuntuCreated = '2025-10-16T19:15:27.406339521Z';
  return [
    {
      repository: 'scratch',
      tags: ['latest'],
      created: '1970-01-01T00:00:00Z',
      userland: 'busybox',
      distro: 'scratch',
      config: { Env: [], WorkingDir: '', User: '' },
      rows: [],
      reserved: true,
      description: 'an explicitly empty image, especially for building images "FROM scratch"',
    },
    {
      repository: 'busybox',
      tags: [
        'latest',
        '1.37',
        '1.37.0',
        'stable',
        'glibc',
        '1.37-glibc',
        '1.37.0-glibc',
        'stable-glibc',
      ],
      created: '2024-09-26T21:31:42Z',
      userland: 'busybox',
      distro: 'busybox',
      config: { Env: [PATH_DEFAULT], Cmd: ['sh'], WorkingDir: '', User: '' },
      rows: [
        { createdBy: 'BusyBox 1.37.0 (glibc), Debian 12', layer: world.busybox },
        { createdBy: 'CMD ["sh"]' },
      ],
      description: 'Busybox base image.',
    },
    alpineSpec(world, '3.22'),
    alpineSpec(world, '3.21'),
    debian(world, 'trixie', true, [
      'trixie-slim',
      '13-slim',
      '13.2-slim',
      'stable-slim',
      'trixie-20251201-slim',
    ]),
    debian(world, 'trixie', false, ['trixie', '13', '13.2', 'stable', 'latest', 'trixie-20251201']),
    debian(world, 'bookworm', true, [
      'bookworm-slim',
      '12-slim',
      '12.12-slim',
      'oldstable-slim',
      'bookworm-20251201-slim',
    ]),
    debian(world, 'bookworm', false, ['bookworm', '12', '12.12', 'oldstable', 'bookworm-20251201']),
    {
      repository: 'ubuntu',
      tags: ['latest', '24.04', 'noble', 'noble-20251013'],
      created: ubuntuCreated,
      userland: 'gnu',
      distro: 'noble',
      config: {
        Env: [PATH_DEFAULT],
        Cmd: ['/bin/bash'],
        WorkingDir: '',
        User: '',
        Labels: {
          'org.opencontainers.image.ref.name': 'ubuntu',
          'org.opencontainers.image.version': '24.04',
        },
      },
      rows: ubuntuRows('24.04', 'noble', '20251013', () => world.noble().blob),
      description: 'Ubuntu is a Debian-based Linux operating system based on free software.',
    },
  ];
}
