/**
 * The distribution repositories (debian, ubuntu, alpine, busybox) and Google's distroless
 * images: one base layer (distroless: a few), with the configs the real images carry.
 */
import { busyboxRootfs } from '../rootfs/busybox';
import type { BaseImage } from '../images/base';
import { PATH_DEFAULT, type ImageSpec } from '../images/define';
import { layerBlob, lazy } from '../images/layer';
import type { LayerBlob, PackageFile } from '../types';
import { TreeBuilder } from '../util/tree-builder';
import { approximateNote, releaseWords } from './assemble';
import { baseImage, type BaseKind } from './bases';
import { lines, type ParsedTag } from './grammar';
import { spreadFiles, textFile } from './layers';
import { RELEASES, type Release } from './releases';
import type { RepoDef } from './repo';

/** What a distribution's own image sets on its base: the official image's config. */
interface DistroConfig {
  created: string;
  cmd: string;
  workdir?: string;
  labels?: Record<string, string>;
  /** What the note says is modelled ("a Debian bullseye base"). */
  what: string;
}

/**
 * debian, ubuntu and alpine: the base of the asked release (the same rows and layers other
 * stand-ins build on) under the distribution's own config.
 */
function distroRepo(
  repo: Omit<RepoDef, 'build'>,
  kind: (tag: ParsedTag) => BaseKind,
  image: (rel: Release, base: BaseImage) => DistroConfig,
): RepoDef {
  return {
    ...repo,
    build(world, tag, reference): ImageSpec | undefined {
      const base = baseImage(world, tag.release, kind(tag));
      const rel = RELEASES.get(tag.release);
      if (!base || !rel) return undefined;
      const own = image(rel, base);
      return {
        repository: repo.repository,
        tags: [reference.slice(reference.indexOf(':') + 1)],
        created: own.created,
        userland: base.userland,
        distro: base.distro,
        config: {
          Env: [PATH_DEFAULT],
          Cmd: [own.cmd],
          WorkingDir: own.workdir ?? '',
          User: '',
          ...(own.labels ? { Labels: own.labels } : {}),
        },
        rows: base.rows,
        description: repo.description,
        approximate: approximateNote(own.what, base),
      };
    },
  };
}

export const debian = distroRepo(
  {
    repository: 'debian',
    description: 'Debian is a Linux distribution composed of free and open-source software.',
    grammar: {
      lines: lines(`
        13 13.2 trixie
        12 12.12 bookworm
        11 11.11 bullseye
        10 10.13 buster
        9 9.13 stretch`),
      aliases: {
        latest: '13',
        stable: '13',
        oldstable: '12',
        oldoldstable: '11',
        trixie: '13',
        bookworm: '12',
        bullseye: '11',
        buster: '10',
        stretch: '9',
      },
      variants: ['', 'slim'],
    },
  },
  (tag) => (tag.variant === 'slim' ? 'slim' : 'full'),
  (rel) => ({
    created: rel.epoch === undefined ? '2025-12-01T00:00:00Z' : rel.created,
    cmd: 'bash',
    what: `a Debian ${rel.id} base`,
  }),
);

export const ubuntu = distroRepo(
  {
    repository: 'ubuntu',
    description: 'Ubuntu is a Debian-based Linux operating system based on free software.',
    grammar: {
      lines: lines(`
        24.04 24.04 noble
        22.04 22.04 jammy
        20.04 20.04 focal
        18.04 18.04 bionic
        16.04 16.04 xenial`),
      aliases: {
        latest: '24.04',
        noble: '24.04',
        jammy: '22.04',
        focal: '20.04',
        bionic: '18.04',
        xenial: '16.04',
      },
      variants: [''],
    },
  },
  () => 'slim',
  (rel, base) => ({
    created: rel.created,
    cmd: '/bin/bash',
    // The labels came with Launchpad's image builds in 2023; bionic's and xenial's last
    // images are older.
    ...(rel.epoch === undefined
      ? {
          labels: {
            'org.opencontainers.image.ref.name': 'ubuntu',
            'org.opencontainers.image.version': rel.version,
          },
        }
      : {}),
    what: `an ${releaseWords(base)} base`,
  }),
);

export const alpine = distroRepo(
  {
    repository: 'alpine',
    description:
      'A minimal Docker image based on Alpine Linux with a complete package index and only 5 MB in size!',
    grammar: {
      lines: lines(`
        3.22 3.22.2 - alpine3.22
        3.21 3.21.5 - alpine3.21
        3.20 3.20.8 - alpine3.20
        3.19 3.19.9 - alpine3.19
        3.18 3.18.12 - alpine3.18
        3.17 3.17.10 - alpine3.17
        3.16 3.16.9 - alpine3.16
        3.15 3.15.11 - alpine3.15
        3.14 3.14.10 - alpine3.14
        3.13 3.13.12 - alpine3.13
        3.12 3.12.12 - alpine3.12
        3.11 3.11.13 - alpine3.11
        3.10 3.10.9 - alpine3.10
        3.9 3.9.6 - alpine3.9
        3.8 3.8.5 - alpine3.8`),
      aliases: { latest: '3.22' },
      variants: [''],
    },
  },
  () => 'slim',
  (rel) => ({
    created: rel.created,
    cmd: '/bin/sh',
    workdir: '/',
    what: `an Alpine ${rel.version} minirootfs (its base packages at ${rel.id.slice(6)}'s versions)`,
  }),
);

const busyboxLayers = new Map<string, () => LayerBlob>();

export const busybox: RepoDef = {
  repository: 'busybox',
  description: 'Busybox base image.',
  grammar: {
    lines: lines(`
      1.37 1.37.0 busybox
      1.36 1.36.1 busybox
      1.35 1.35.0 busybox`),
    aliases: { latest: '1.37', stable: '1.37', unstable: '1.37' },
    variants: ['', 'glibc', 'musl', 'uclibc'],
    versionless: true,
  },
  build(_world, tag, reference) {
    const version = tag.version;
    let layer = busyboxLayers.get(version);
    if (!layer) busyboxLayers.set(version, (layer = lazy(() => layerBlob(busyboxRootfs(version)))));
    const libc = tag.variant || 'glibc';
    const built =
      libc === 'glibc' ? 'Debian 12' : libc === 'musl' ? 'Alpine 3.22' : 'Buildroot 2024.11';
    return {
      repository: 'busybox',
      tags: [reference.slice(reference.indexOf(':') + 1)],
      created: '2024-09-26T21:31:42Z',
      userland: 'busybox',
      distro: 'busybox',
      config: { Env: [PATH_DEFAULT], Cmd: ['sh'], WorkingDir: '', User: '' },
      rows: [
        { createdBy: `BusyBox ${version} (${libc}), ${built}`, layer },
        { createdBy: 'CMD ["sh"]' },
      ],
      description: this.description,
      approximate: approximateNote(
        `BusyBox ${version} laid out as the catalog's busybox:1.37 (the ${libc} build's libraries are modelled as glibc's)`,
      ),
    };
  },
};

/** Google's distroless images: Debian 12 files without a shell or package manager. */
const DISTROLESS_LAYERS: [string, string, number][] = [
  [
    'base-files',
    '/etc/os-release /etc/debian_version /usr/share/common-licenses/GPL-3 /etc/nsswitch.conf',
    220_000,
  ],
  ['netbase', '/etc/protocols /etc/services /etc/rpc /etc/ethertypes', 60_000],
  [
    'tzdata',
    '/usr/share/zoneinfo/UTC /usr/share/zoneinfo/Europe/London /usr/share/zoneinfo/America/New_York /usr/share/zoneinfo/zone1970.tab',
    1_500_000,
  ],
  ['ca-certificates', '/etc/ssl/certs/ca-certificates.crt', 220_000],
  ['passwd', '/etc/passwd=149 /etc/group=63 /home/nonroot/ /root/ /tmp/', 0],
];
const DISTROLESS_EXTRA: Record<string, [string, string, number][]> = {
  base: [
    [
      'glibc',
      '/lib/x86_64-linux-gnu/libc.so.6:x /lib/x86_64-linux-gnu/libm.so.6:x /lib64/ld-linux-x86-64.so.2:x /usr/lib/x86_64-linux-gnu/libssl.so.3:x /usr/lib/x86_64-linux-gnu/libcrypto.so.3:x',
      17_800_000,
    ],
  ],
  cc: [
    [
      'libgcc',
      '/usr/lib/x86_64-linux-gnu/libgcc_s.so.1:x /usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30:x /usr/lib/x86_64-linux-gnu/libgomp.so.1.0.0:x',
      2_900_000,
    ],
  ],
  java17: [
    [
      'openjdk',
      '/usr/lib/jvm/java-17-openjdk-amd64/bin/java:x /usr/lib/jvm/java-17-openjdk-amd64/lib/modules /usr/lib/jvm/java-17-openjdk-amd64/lib/server/libjvm.so:x /usr/bin/java->/usr/lib/jvm/java-17-openjdk-amd64/bin/java',
      196_000_000,
    ],
  ],
  java21: [
    [
      'openjdk',
      '/usr/lib/jvm/temurin-21-jre-amd64/bin/java:x /usr/lib/jvm/temurin-21-jre-amd64/lib/modules /usr/lib/jvm/temurin-21-jre-amd64/lib/server/libjvm.so:x /usr/bin/java->/usr/lib/jvm/temurin-21-jre-amd64/bin/java',
      182_000_000,
    ],
  ],
  python3: [
    [
      'python3',
      '/usr/bin/python3.11:x /usr/bin/python3->python3.11 /usr/lib/python3.11/os.py /usr/lib/python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so:x /usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0:x',
      31_000_000,
    ],
  ],
  nodejs20: [
    ['nodejs', '/nodejs/bin/node:x /nodejs/lib/node_modules/npm/package.json', 101_000_000],
  ],
  nodejs22: [
    ['nodejs', '/nodejs/bin/node:x /nodejs/lib/node_modules/npm/package.json', 118_000_000],
  ],
};
const ENTRYPOINTS: Record<string, string[]> = {
  java17: ['/usr/bin/java', '-jar'],
  java21: ['/usr/bin/java', '-jar'],
  python3: ['/usr/bin/python3.11'],
  nodejs20: ['/nodejs/bin/node'],
  nodejs22: ['/nodejs/bin/node'],
};

/**
 * distroless's accounts: root, nobody and nonroot (65532), each with its group, plus tty and
 * staff; `USER nonroot:nonroot` and `COPY --from=gcr.io/distroless/static /etc/passwd` need
 * the names.
 */
const DISTROLESS_PASSWD =
  'root:x:0:0:root:/root:/sbin/nologin\n' +
  'nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n' +
  'nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n';
const DISTROLESS_GROUP = 'root:x:0:\nnobody:x:65534:\ntty:x:5:\nstaff:x:50:\nnonroot:x:65532:\n';

/** distroless's base-files: nonroot's home is its own and private, /root private, /tmp sticky. */
function distrolessDir(file: PackageFile): PackageFile {
  if (file.path === '/etc/passwd') return textFile(file.path, DISTROLESS_PASSWD);
  if (file.path === '/etc/group') return textFile(file.path, DISTROLESS_GROUP);
  if (file.path === '/home/nonroot/')
    return { ...file, mode: 0o700, owner: { uid: 65532, gid: 65532 } };
  if (file.path === '/root/') return { ...file, mode: 0o700 };
  if (file.path === '/tmp/') return { ...file, mode: 0o1777 };
  return file;
}

function distroless(flavour: string, suffix: string): RepoDef {
  const repository = `gcr.io/distroless/${flavour}${suffix}`;
  const chain = [
    ...DISTROLESS_LAYERS,
    ...(flavour === 'static' ? [] : (DISTROLESS_EXTRA.base ?? [])),
    ...(flavour === 'static' || flavour === 'base' || flavour === 'python3'
      ? []
      : (DISTROLESS_EXTRA.cc ?? [])),
    ...(DISTROLESS_EXTRA[flavour] ?? []),
  ];
  const layers = chain.map(([name, spec, size]) =>
    lazy(() => {
      const builder = new TreeBuilder();
      builder.packageFiles(spreadFiles('', spec, size).map(distrolessDir), `distroless:${name}`);
      return layerBlob(builder.build());
    }),
  );
  const debug = lazy(() => {
    const builder = new TreeBuilder();
    builder.blob('/busybox/busybox', 'distroless:busybox', 1_131_200, 0o755);
    for (const applet of ['sh', 'ls', 'cat', 'env', 'ps', 'wget', 'vi'])
      builder.link(`/busybox/${applet}`, 'busybox');
    return layerBlob(builder.build());
  });
  return {
    repository,
    description: `Distroless ${flavour} image (Debian 12): only the application's runtime, no shell or package manager.`,
    grammar: {
      lines: lines('12 12 bookworm'),
      aliases: { latest: '12' },
      variants: ['', 'nonroot', 'debug', 'debug-nonroot'],
      versionless: true,
    },
    build(_world, tag, reference): ImageSpec {
      const isDebug = tag.variant.startsWith('debug');
      const nonroot = tag.variant.endsWith('nonroot');
      const entry = ENTRYPOINTS[flavour] ?? (isDebug ? ['/busybox/sh'] : undefined);
      const rows = chain.map(([name], i) => ({
        createdBy: `bazel build //${flavour === 'static' ? 'base' : flavour}:${name}`,
        layer: layers[i] as () => LayerBlob,
      }));
      if (isDebug) rows.push({ createdBy: `bazel build //base:busybox`, layer: debug });
      return {
        repository,
        tags: [reference.slice(reference.lastIndexOf(':') + 1)],
        created: '1970-01-01T00:00:00Z',
        userland: isDebug ? 'busybox' : 'gnu',
        distro: isDebug ? 'busybox' : 'scratch',
        config: {
          Env: [
            isDebug
              ? 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/busybox'
              : PATH_DEFAULT,
            'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt',
          ],
          ...(entry ? { Entrypoint: entry } : {}),
          WorkingDir: nonroot ? '/home/nonroot' : '/',
          User: nonroot ? '65532' : '0',
        },
        rows,
        description: this.description,
        approximate: approximateNote(
          `a few modelled layers of Debian 12 files (${chain.map((c) => c[0]).join(', ')})`,
        ),
      };
    },
  };
}

export const DISTROLESS: RepoDef[] = [
  distroless('static', ''),
  distroless('static', '-debian12'),
  distroless('base', ''),
  distroless('base', '-debian12'),
  distroless('cc', ''),
  distroless('cc', '-debian12'),
  ...['java17', 'java21', 'python3', 'nodejs20', 'nodejs22'].map((f) => distroless(f, '-debian12')),
];
