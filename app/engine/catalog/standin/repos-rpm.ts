/**
 * The RPM distributions: centos (7, 8), quay.io/centos/centos (stream9), rockylinux (8, 9 and
 * -minimal), almalinux (8, 9 and -minimal), fedora (39-43), amazonlinux (2, 2023), Red Hat's
 * UBI 8 and 9 (ubi, ubi-minimal, ubi-micro; on registry.access.redhat.com) and oraclelinux
 * (7-slim, 8, 8-slim, 9, 9-slim). Each is one generated layer (rpm-base.ts) under the vendor's
 * config; dnf, yum, microdnf and rpm are modelled (../../programs/rpm).
 */
import { PATH_DEFAULT, type ImageSpec } from '../images/define';
import type { BaseImage } from '../images/base';
import { rpmRelease } from '../rpm/releases';
import { approximateNote } from './assemble';
import { lines, type ParsedTag } from './grammar';
import { oracleLinuxBase } from './oraclelinux';
import type { RepoDef } from './repo';
import { rpmBase, type RpmKind } from './rpm-base';

interface Pick {
  release: string;
  kind: RpmKind;
  /** Uncompressed size of the real image, bytes. */
  bytes: number;
  created: string;
  env?: string[];
  labels?: Record<string, string>;
  /** Metadata rows between the ADD and the CMD (LABEL, ENV). */
  rows?: string[];
  /** An existing base to reuse instead of generating one. */
  base?: () => BaseImage;
}

const MB = 1_000_000;
const bases = new Map<string, BaseImage>();

function rpmRepo(
  repo: Omit<RepoDef, 'build'>,
  pick: (tag: ParsedTag) => Pick | undefined,
): RepoDef {
  return {
    ...repo,
    build(_world, tag, reference): ImageSpec | undefined {
      const p = pick(tag);
      const release = p && rpmRelease(p.release);
      if (!p || !release) return undefined;
      const key = `${repo.repository}|${p.release}|${p.kind}|${p.bytes}`;
      let base = bases.get(key);
      if (!base) {
        base =
          p.base?.() ??
          rpmBase({
            release,
            kind: p.kind,
            bytes: p.bytes,
            created: p.created,
            seed: `${key} rootfs`,
          });
        bases.set(key, base);
      }
      const [add, cmd] = base.rows;
      const rows =
        add && cmd
          ? [add, ...(p.rows ?? []).map((createdBy) => ({ createdBy, created: p.created })), cmd]
          : base.rows;
      const manager =
        p.kind === 'micro'
          ? 'no package manager (ubi-micro has none: install into it from another stage)'
          : p.kind === 'yum3'
            ? 'yum 3 modelled'
            : p.kind === 'microdnf'
              ? 'microdnf modelled'
              : release.family === 'fedora' && Number(release.fedora) >= 41
                ? "dnf modelled with dnf 4's wording (Fedora 41 and later ship dnf5, which words its output differently)"
                : 'dnf modelled';
      return {
        repository: repo.repository,
        tags: [reference.slice(reference.lastIndexOf(':') + 1)],
        created: p.created,
        userland: 'gnu',
        distro: 'oraclelinux',
        config: {
          Env: p.env ?? [PATH_DEFAULT],
          Cmd: ['/bin/bash'],
          WorkingDir: '',
          User: '',
          ...(p.labels ? { Labels: p.labels } : {}),
        },
        rows,
        description: repo.description,
        approximate: approximateNote(
          `a generated ${release.osRelease.match(/PRETTY_NAME="([^"]*)"/)?.[1] ?? release.id} base (${manager}; packages from a compact catalog of the ones Dockerfiles install, with the repositories' versions)`,
        ),
      };
    },
  };
}

const CENTOS_LABELS = (date: string) => ({
  'org.label-schema.build-date': date,
  'org.label-schema.license': 'GPLv2',
  'org.label-schema.name': 'CentOS Base Image',
  'org.label-schema.schema-version': '1.0',
  'org.label-schema.vendor': 'CentOS',
});

export const centos = rpmRepo(
  {
    repository: 'centos',
    description: 'DEPRECATED; The official build of CentOS.',
    grammar: {
      lines: lines(`
        8 8.4.2105 el8
        7 7.9.2009 el7`),
      aliases: {
        latest: '8',
        centos8: '8',
        centos7: '7',
        'centos8.4.2105': '8',
        'centos7.9.2009': '7',
      },
      variants: [''],
    },
  },
  (tag) => {
    const seven = tag.line.key === '7';
    const date = seven ? '20201113' : '20210915';
    const labels = CENTOS_LABELS(date);
    return {
      release: `centos${tag.line.key}`,
      kind: seven ? 'yum3' : 'dnf4',
      bytes: seven ? 204 * MB : 231 * MB,
      created: seven ? '2021-09-15T18:20:05Z' : '2021-09-15T18:20:23Z',
      labels,
      rows: [
        `/bin/sh -c #(nop)  LABEL ${Object.entries(labels)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ')}`,
      ],
    };
  },
);

export const centosStream = rpmRepo(
  {
    repository: 'quay.io/centos/centos',
    description: 'CentOS Stream',
    grammar: { lines: lines('9 9 el9'), aliases: { stream9: '9' }, variants: [''] },
  },
  () => ({ release: 'centos9', kind: 'dnf4', bytes: 167 * MB, created: '2025-11-24T00:00:00Z' }),
);

function enterpriseRepo(
  repository: string,
  description: string,
  id: 'rocky' | 'almalinux',
  spec: string,
  sizes: Record<string, number>,
  created: string,
  aliases: Record<string, string> = {},
): RepoDef {
  return rpmRepo(
    {
      repository,
      description,
      grammar: { lines: lines(spec), aliases, variants: ['', 'minimal'] },
    },
    (tag) => {
      const major = tag.line.key.split('.')[0] ?? '';
      const minimal = tag.variant === 'minimal';
      return {
        release: `${id}${major}`,
        kind: minimal ? 'microdnf' : 'dnf4',
        bytes: (sizes[`${major}${tag.variant}`] ?? 190) * MB,
        created,
      };
    },
  );
}

export const rockylinux = enterpriseRepo(
  'rockylinux',
  'The official build of Rocky Linux.',
  'rocky',
  `9 9.3.20231119 el9
   8 8.9.20231119 el8`,
  { '9': 176, '9minimal': 92, '8': 196, '8minimal': 94 },
  '2023-11-20T00:00:00Z',
);

export const almalinux = enterpriseRepo(
  'almalinux',
  'The official build of AlmaLinux OS.',
  'almalinux',
  `9 9.7 el9
   8 8.10 el8`,
  { '9': 190, '9minimal': 100, '8': 200, '8minimal': 98 },
  '2025-11-18T00:00:00Z',
);

const FEDORA: Record<string, [number, string]> = {
  '43': [170, '2025-12-07T06:45:00Z'],
  '42': [168, '2025-12-07T06:45:00Z'],
  '41': [164, '2025-12-07T06:45:00Z'],
  '40': [222, '2025-05-12T06:45:00Z'],
  '39': [196, '2024-11-12T06:45:00Z'],
};

export const fedora = rpmRepo(
  {
    repository: 'fedora',
    description: 'Official Docker builds of Fedora',
    grammar: {
      lines: lines(
        Object.keys(FEDORA)
          .map((n) => `${n} ${n} f${n}`)
          .join('\n'),
      ),
      aliases: { latest: '43' },
      variants: [''],
    },
  },
  (tag) => {
    const [mb, created] = FEDORA[tag.line.key] ?? [170, '2025-12-07T06:45:00Z'];
    const n = tag.line.key;
    return {
      release: `fedora${n}`,
      kind: 'dnf4',
      bytes: mb * MB,
      created,
      env: [PATH_DEFAULT, `DISTTAG=f${n}container`, `FGC=f${n}`, `FBR=f${n}`],
      rows: [`/bin/sh -c #(nop)  ENV DISTTAG=f${n}container FGC=f${n} FBR=f${n}`],
    };
  },
);

export const amazonlinux = rpmRepo(
  {
    repository: 'amazonlinux',
    description: 'Amazon Linux is provided by Amazon Web Services (AWS) for use on Amazon EC2.',
    grammar: {
      lines: lines(`
        2023 2023.9.20251117.1 al2023
        2 2.0.20251110.0 al2`),
      aliases: { latest: '2023' },
      variants: [''],
    },
  },
  (tag) => {
    const two = tag.line.key === '2';
    return {
      release: two ? 'amzn2' : 'amzn2023',
      kind: two ? 'yum3' : 'dnf4',
      bytes: two ? 164 * MB : 144 * MB,
      created: two ? '2025-11-11T19:42:31Z' : '2025-11-18T22:11:05Z',
    };
  },
);

function ubi(major: '8' | '9', flavour: '' | 'minimal' | 'micro'): RepoDef[] {
  const point = major === '9' ? '9.7' : '8.10';
  const sizes = {
    '': major === '9' ? 215 : 220,
    minimal: major === '9' ? 100 : 104,
    micro: major === '9' ? 24 : 33,
  };
  const name = flavour ? `ubi-${flavour}` : 'ubi';
  const labels = {
    architecture: 'x86_64',
    'com.redhat.component': flavour ? `ubi${major}-${flavour}-container` : `ubi${major}-container`,
    description:
      'The Universal Base Image is designed and engineered to be the base layer for all of your containerized applications, middleware and utilities. This base image is freely redistributable, but Red Hat only supports Red Hat technologies through subscriptions for Red Hat Enterprise Linux.',
    'io.k8s.display-name': `Red Hat Universal Base Image ${major}${flavour ? ` ${flavour[0]?.toUpperCase()}${flavour.slice(1)}` : ''}`,
    name: `ubi${major}/${name}`,
    'vcs-type': 'git',
    vendor: 'Red Hat, Inc.',
    version: point,
  };
  const make = (repository: string) =>
    rpmRepo(
      {
        repository,
        description: `Red Hat Universal Base Image ${major}${flavour ? ` ${flavour}` : ''}`,
        grammar: {
          lines: lines(`${point} ${point} el${major}`),
          aliases: { latest: point },
          variants: [''],
        },
      },
      () => ({
        release: `rhel${major}`,
        kind: flavour === 'micro' ? 'micro' : flavour === 'minimal' ? 'microdnf' : 'dnf4',
        bytes: sizes[flavour] * MB,
        created: '2025-11-19T10:12:44Z',
        env: [PATH_DEFAULT, 'container=oci'],
        labels,
        rows: [
          `/bin/sh -c #(nop) LABEL name="ubi${major}/${name}" version="${point}"`,
          '/bin/sh -c #(nop) ENV container oci',
        ],
      }),
    );
  const domain = 'registry.access.redhat.com';
  return [
    make(`${domain}/ubi${major}/${name}`),
    make(`${domain}/ubi${major}${flavour ? `-${flavour}` : ''}`),
  ];
}

export const UBI: RepoDef[] = (['9', '8'] as const).flatMap((m) =>
  (['', 'minimal', 'micro'] as const).flatMap((f) => ubi(m, f)),
);

export const oraclelinux = rpmRepo(
  {
    repository: 'oraclelinux',
    description: 'Official Docker builds of Oracle Linux.',
    grammar: {
      lines: lines(`
        9 9 ol9
        8 8.10 ol8
        7 7.9 ol7`),
      variants: ['', 'slim'],
    },
  },
  (tag) => {
    const major = tag.line.key.split('.')[0] ?? '';
    const slim = tag.variant === 'slim';
    if (major === '7' && !slim) return undefined;
    const created = '2025-11-18T01:31:02Z';
    if (major === '9' && slim)
      return { release: 'ol9', kind: 'microdnf', bytes: 109 * MB, created, base: oracleLinuxBase };
    const sizes: Record<string, number> = { '9': 226, '8': 241, '8slim': 113, '7slim': 133 };
    return {
      release: `ol${major}`,
      kind: major === '7' ? 'yum3' : slim ? 'microdnf' : 'dnf4',
      bytes: (sizes[`${major}${tag.variant}`] ?? 200) * MB,
      created,
    };
  },
);

export const RPM_REPOS: RepoDef[] = [
  centos,
  centosStream,
  rockylinux,
  almalinux,
  fedora,
  amazonlinux,
  oraclelinux,
  ...UBI,
];
