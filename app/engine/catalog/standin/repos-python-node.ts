/**
 * python and node stand-ins, modelled on the catalog's python:3.14 and node:24 images: the
 * same Dockerfile steps and history texts with the asked version's paths
 * (/usr/local/lib/python3.11, PYTHON_VERSION=3.11.14, NODE_VERSION=20.19.6).
 */
import { sha256Hex } from '../../fs/digest';
import { pythonInstallFiles, pythonMinor } from '../ecosystems/python-runtime';
import { NODE_ENTRYPOINT, nodeInstallFiles, yarnFiles } from '../ecosystems/node-runtime';
import { ALPINE_GROUP, ALPINE_PASSWD } from '../rootfs/alpine';
import { accountFiles } from '../rootfs/debian-texts';
import {
  NODE_GROUPADD,
  NODE_INSTALL,
  NODE_INSTALL_FULL,
  nodeInstallAlpine,
  YARN_INSTALL,
  YARN_INSTALL_ALPINE,
} from '../images/node-texts';
import {
  PY_ALPINE_BUILD,
  PY_ALPINE_RUNTIME,
  PY_BUILD_FULL,
  PY_BUILD_SLIM,
  PY_FULL_EXTRA_DEPS,
  PY_RUNTIME_DEPS,
  PY_SYMLINKS,
} from '../images/python-texts';
import { PATH_DEFAULT } from '../images/define';
import { DEBIAN_EPOCH } from '../images/world';
import type { PackageFile } from '../types';
import { SHADOW, debianHome, ownedDir } from './accounts';
import { assemble, copy, releaseWords, type Row } from './assemble';
import { lines } from './grammar';
import { languageRepo } from './lang-helpers';
import { textFile } from './layers';

const PY_KEYS: Record<string, string> = {
  '3.14': '7169605F62C751356D054A26A821E680E5FA6305',
  '3.13': '7169605F62C751356D054A26A821E680E5FA6305',
  '3.12': 'A035C8C19219BA821ECEA86B64E628F8D684696D',
  '3.11': 'A035C8C19219BA821ECEA86B64E628F8D684696D',
  '3.10': 'A035C8C19219BA821ECEA86B64E628F8D684696D',
  '3.9': 'E3FF2839C048B25C084DEBE9B26995E310250568',
  '3.8': 'E3FF2839C048B25C084DEBE9B26995E310250568',
  '3.7': '0D96DF4D4110E5C43FBFB17F2D347EA6AA65421D',
  '3.6': '0D96DF4D4110E5C43FBFB17F2D347EA6AA65421D',
  '3.5': '97FC712E4C024BBEA48A61ED3A5FFFF4AC3E2ACE',
};
/** pip as each line's image pinned it (3.6 and 3.5: the last pip that supported them). */
const PIP: Record<string, string> = {
  '3.13': '25.3',
  '3.12': '25.0.1',
  '3.11': '24.0',
  '3.6': '21.2.4',
  '3.5': '20.3.4',
};

/** The libraries CPython links, by the names each release's archive gives them. */
function runtimeLibs(t64: boolean): string[] {
  const t = t64 ? 't64' : '';
  return `libbz2-1.0 libffi8 libgdbm6${t} liblzma5 libncursesw6 libreadline8${t} libsqlite3-0 libssl3${t} libuuid1 zlib1g libexpat1`.split(
    ' ',
  );
}

const PY_APK_LIBS =
  'libbz2 libexpat libffi gdbm libncursesw libpanelw readline sqlite-libs libuuid xz-libs zstd-libs'.split(
    ' ',
  );

export const python = languageRepo({
  repository: 'python',
  description:
    'Python is an interpreted, interactive, object-oriented, open-source programming language.',
  grammar: {
    lines: lines(`
      3.14 3.14.2 trixie,bookworm alpine3.22,alpine3.21
      3.13 3.13.11 trixie@3.13.6,bookworm,bullseye alpine3.22,alpine3.21,alpine3.20,alpine3.19
      3.12 3.12.12 trixie@3.12.11,bookworm,bullseye alpine3.22,alpine3.21,alpine3.20,alpine3.19,alpine3.18
      3.11 3.11.14 trixie@3.11.13,bookworm@3.11.4,bullseye,buster alpine3.22,alpine3.21,alpine3.20,alpine3.19,alpine3.18,alpine3.17,alpine3.16
      3.10 3.10.19 trixie@3.10.18,bookworm@3.10.12,bullseye,buster alpine3.22,alpine3.21,alpine3.20,alpine3.19,alpine3.18,alpine3.17,alpine3.16,alpine3.15,alpine3.14
      3.9 3.9.25 trixie@3.9.23,bookworm@3.9.17,bullseye,buster alpine3.22,alpine3.21,alpine3.20,alpine3.19,alpine3.18,alpine3.17,alpine3.16,alpine3.15,alpine3.14,alpine3.13,alpine3.12
      3.8 3.8.20 bookworm@3.8.17,bullseye,buster alpine3.20,alpine3.19,alpine3.18,alpine3.17,alpine3.16,alpine3.15,alpine3.14,alpine3.13,alpine3.12,alpine3.11,alpine3.10
      3.7 3.7.17 bookworm,bullseye,buster,stretch alpine3.18,alpine3.17,alpine3.16,alpine3.15,alpine3.14,alpine3.13,alpine3.12,alpine3.11,alpine3.10,alpine3.9,alpine3.8
      3.6 3.6.15 bullseye,buster,stretch alpine3.15,alpine3.14,alpine3.13,alpine3.12,alpine3.11,alpine3.10,alpine3.9,alpine3.8
      3.5 3.5.10 buster,stretch alpine3.12,alpine3.11,alpine3.10,alpine3.9,alpine3.8`),
    aliases: { latest: '3.14' },
  },
  build({ world, tag, reference, base, alpine, version }) {
    const minor = pythonMinor(version);
    const scale = 0.9 + 0.02 * (Number(minor.split('.')[1]) - 7);
    const release = {
      version,
      libpython: Math.round(7_000_000 * scale),
      stdlib: Math.round(14_300_000 * scale),
      dynload: Math.round(4_000_000 * scale),
      pipVersion: PIP[minor] ?? '23.0.1',
    };
    const sha = sha256Hex(`Python-${version}.tar.xz`);
    const env = [
      `PATH=${alpine ? '/usr/local/bin:' : '/usr/local/bin:'}/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
      'LANG=C.UTF-8',
      `GPG_KEY=${PY_KEYS[minor] ?? PY_KEYS['3.12']}`,
      `PYTHON_VERSION=${version}`,
      `PYTHON_SHA256=${sha}`,
    ];
    let files = pythonInstallFiles(release);
    if (alpine)
      files = files.map((f) => ({ ...f, path: f.path.replace('-linux-gnu', '-linux-musl') }));
    const links: PackageFile[] = ['idle3', 'pip3', 'pydoc3', 'python3', 'python3-config'].map(
      (src) => ({ path: `/usr/local/bin/${src.replace('3', '')}`, size: src.length, link: src }),
    );
    const t64 = tag.release === 'trixie' || tag.release === 'noble';
    const head = [`ENV ${env[0]}`, 'ENV LANG=C.UTF-8'];
    const versions = env.slice(2).map((e) => `ENV ${e}`);
    const rows: Row[] = alpine
      ? [
          ...head,
          { by: PY_ALPINE_RUNTIME, apk: ['ca-certificates', 'tzdata'] },
          ...versions,
          { by: PY_ALPINE_BUILD, apk: PY_APK_LIBS, files },
        ]
      : tag.variant === 'slim'
        ? [
            ...head,
            { by: PY_RUNTIME_DEPS, deb: ['ca-certificates', 'netbase', 'tzdata'] },
            ...versions,
            { by: PY_BUILD_SLIM, deb: runtimeLibs(t64), files },
          ]
        : [
            ...head,
            { by: PY_FULL_EXTRA_DEPS, deb: ['libbluetooth-dev', 'tk-dev', 'uuid-dev'] },
            ...versions,
            { by: PY_BUILD_FULL, files },
          ];
    rows.push({ by: PY_SYMLINKS, files: links }, 'CMD ["python3"]');
    return assemble(world, {
      repository: 'python',
      reference,
      created: '2025-12-09T00:40:00Z',
      base,
      config: { Env: env, Cmd: ['python3'], WorkingDir: alpine ? '/' : '', User: '' },
      rows,
      what: `CPython ${version} (the catalog's python:3.14 install, renamed for ${minor}) on ${releaseWords(base)}`,
      description: this.description,
    });
  },
});

const NPM: Record<string, string> = {
  '25': '11.6.2',
  '24': '11.6.2',
  '23': '10.9.2',
  '22': '10.9.4',
  '21': '10.5.0',
  '20': '10.8.2',
  '19': '9.6.3',
  '18': '10.8.2',
  '17': '8.11.0',
  '16': '8.19.4',
  '15': '7.7.6',
  '14': '6.14.18',
  '13': '6.14.4',
  '12': '6.14.16',
  '11': '6.7.0',
  '10': '6.14.12',
};

export const node = languageRepo({
  repository: 'node',
  description:
    'Node.js is a JavaScript-based platform for server-side and networking applications.',
  grammar: {
    lines: lines(`
      25 25.2.1 trixie,bookworm alpine3.22,alpine3.21
      24 24.12.0 trixie,bookworm,bullseye alpine3.22,alpine3.21,alpine3.20
      23 23.11.1 bookworm,bullseye alpine3.21,alpine3.20
      22 22.21.1 trixie,bookworm,bullseye alpine3.22,alpine3.21,alpine3.20,alpine3.19,alpine3.18
      21 21.7.3 bookworm,bullseye alpine3.20,alpine3.19,alpine3.18
      20 20.19.6 trixie,bookworm,bullseye,buster alpine3.22,alpine3.21,alpine3.20,alpine3.19,alpine3.18,alpine3.17
      19 19.9.0 bullseye,buster alpine3.17,alpine3.16
      18 18.20.8 bookworm,bullseye,buster alpine3.21,alpine3.20,alpine3.19,alpine3.18,alpine3.17,alpine3.16,alpine3.15
      17 17.9.1 bullseye,buster alpine3.15,alpine3.14
      16 16.20.2 bookworm,bullseye,buster,stretch alpine3.18,alpine3.17,alpine3.16,alpine3.15,alpine3.14,alpine3.13
      15 15.14.0 buster,stretch alpine3.13,alpine3.12,alpine3.11,alpine3.10
      14 14.21.3 buster,bullseye,stretch alpine3.17,alpine3.16,alpine3.15,alpine3.14,alpine3.13,alpine3.12,alpine3.11,alpine3.10
      13 13.14.0 buster,stretch alpine3.11,alpine3.10
      12 12.22.12 buster,bullseye,stretch alpine3.15,alpine3.14,alpine3.13,alpine3.12,alpine3.11,alpine3.10,alpine3.9
      11 11.15.0 stretch alpine3.9
      10 10.24.1 stretch,buster alpine3.11,alpine3.10,alpine3.9`),
    aliases: {
      latest: '25',
      current: '25',
      lts: '24',
      krypton: '24',
      jod: '22',
      iron: '20',
      hydrogen: '18',
      gallium: '16',
      fermium: '14',
      erbium: '12',
      dubnium: '10',
    },
    releaseFirst: true,
  },
  build({ world, tag, reference, base, alpine, version }) {
    const major = version.split('.')[0] ?? '';
    const release = {
      version,
      npmVersion: NPM[major] ?? '10.8.2',
      corepackVersion: '0.34.0',
      binary: 96_000_000 + Number(major) * 950_000,
    };
    const yarn = '1.22.22';
    const env = [PATH_DEFAULT, `NODE_VERSION=${version}`, `YARN_VERSION=${yarn}`];
    const nodeFiles = nodeInstallFiles(release);
    const entry = copy('docker-entrypoint.sh /usr/local/bin/');
    const entryFiles = [textFile('/usr/local/bin/docker-entrypoint.sh', NODE_ENTRYPOINT, 0o755)];
    let rows: Row[];
    if (alpine) {
      rows = [
        `ENV NODE_VERSION=${version}`,
        {
          by: nodeInstallAlpine(version),
          apk: ['libstdc++'],
          files: [
            ...nodeFiles,
            textFile(
              '/etc/passwd',
              `${ALPINE_PASSWD}node:x:1000:1000:Linux User,,,:/home/node:/bin/sh\n`,
            ),
            textFile('/etc/group', `${ALPINE_GROUP}node:x:1000:node\n`),
            ownedDir('/home/node', 1000, 1000),
          ],
        },
      ];
    } else {
      const accounts = accountFiles(
        tag.release === 'noble' ? 'noble' : 'bookworm',
        Math.floor(DEBIAN_EPOCH / 86400),
      );
      const added: Record<string, string> = {
        '/etc/passwd': 'node:x:1000:1000::/home/node:/bin/bash\n',
        '/etc/shadow': `node:!:${Math.floor(DEBIAN_EPOCH / 86400)}:0:99999:7:::\n`,
        '/etc/group': 'node:x:1000:\n',
        '/etc/gshadow': 'node:!::\n',
      };
      const user = Object.entries(accounts).map(([path, text]): PackageFile => {
        const secret = path.includes('shadow');
        const file = textFile(path, text + (added[path] ?? ''), secret ? 0o640 : 0o644);
        return secret ? { ...file, owner: SHADOW } : file;
      });
      user.push(...debianHome(tag.release, '/home/node', 1000, 1000));
      rows = [
        { by: NODE_GROUPADD, files: user },
        `ENV NODE_VERSION=${version}`,
        {
          by: tag.variant === 'slim' ? NODE_INSTALL : NODE_INSTALL_FULL,
          files: [
            ...nodeFiles,
            { path: '/usr/local/bin/nodejs', size: 19, link: '/usr/local/bin/node' },
          ],
        },
      ];
    }
    rows.push(
      `ENV YARN_VERSION=${yarn}`,
      { by: alpine ? YARN_INSTALL_ALPINE : YARN_INSTALL, files: yarnFiles(yarn) },
      { by: entry, files: entryFiles },
      'ENTRYPOINT ["docker-entrypoint.sh"]',
      'CMD ["node"]',
    );
    return assemble(world, {
      repository: 'node',
      reference,
      created: '2025-12-11T03:12:00Z',
      base,
      config: {
        Env: env,
        Entrypoint: ['docker-entrypoint.sh'],
        Cmd: ['node'],
        WorkingDir: alpine ? '/' : '',
        User: '',
      },
      rows,
      what: `Node.js ${version} (the catalog's node:24 install with this version's numbers) on ${releaseWords(base)}`,
      description: this.description,
    });
  },
});
