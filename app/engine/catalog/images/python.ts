/**
 * The official python images: slim (debian:trixie-slim + runtime deps + CPython + symlinks),
 * full (buildpack-deps:trixie + CPython) and alpine. Layer contents come from the package
 * data and the CPython install model; configs and history follow the real images.
 */
import { sha256Hex } from '../../fs/digest';
import { apkDbEntry, installApks } from '../rootfs/alpine';
import { installDebs } from '../rootfs/dpkg';
import { pythonInstallFiles, type PythonRelease } from '../ecosystems/python-runtime';
import { TreeBuilder } from '../util/tree-builder';
import { aptInstallLayer } from './apt-layer';
import { buildpackDeps } from './buildpack-deps';
import { alpineSpec, debianRow } from './distros';
import { extend, step, type ImageSpec } from './define';
import { layerBlob, lazy } from './layer';
import {
  PY_ALPINE_BUILD,
  PY_ALPINE_RUNTIME,
  PY_BUILD_FULL,
  PY_BUILD_SLIM,
  PY_FULL_EXTRA_DEPS,
  PY_RUNTIME_DEPS,
  PY_SYMLINKS,
} from './python-texts';
import type { ApkBase, DebBase, World } from './world';

interface PythonLine {
  release: PythonRelease;
  gpgKey: string;
  created: string;
  tags: { slim: string[]; full: string[]; alpine: string[] };
}

const LINES: PythonLine[] = [
  {
    release: {
      version: '3.14.2',
      libpython: 7_350_000,
      stdlib: 14_600_000,
      dynload: 4_100_000,
      pipVersion: '25.3',
    },
    gpgKey: '7169605F62C751356D054A26A821E680E5FA6305',
    created: '2025-12-09T00:41:37Z',
    tags: {
      slim: [
        '3.14-slim',
        '3.14-slim-trixie',
        '3.14.2-slim',
        '3.14.2-slim-trixie',
        '3-slim',
        'slim',
        'slim-trixie',
      ],
      full: ['3.14', '3.14-trixie', '3.14.2', '3.14.2-trixie', '3', 'latest', 'trixie'],
      alpine: ['3.14-alpine', '3.14-alpine3.22', '3.14.2-alpine', '3-alpine', 'alpine'],
    },
  },
  {
    release: {
      version: '3.12.12',
      libpython: 6_900_000,
      stdlib: 14_100_000,
      dynload: 3_900_000,
      pipVersion: '25.0.1',
    },
    gpgKey: 'A035C8C19219BA821ECEA86B64E628F8D684696D',
    created: '2025-12-09T00:39:02Z',
    tags: {
      slim: ['3.12-slim', '3.12-slim-trixie', '3.12.12-slim', '3.12.12-slim-trixie'],
      full: ['3.12', '3.12-trixie', '3.12.12', '3.12.12-trixie'],
      alpine: ['3.12-alpine', '3.12-alpine3.22', '3.12.12-alpine'],
    },
  },
];

/** Libraries the compiled interpreter links, kept when the build dependencies are purged. */
const RUNTIME_LIBS = [
  'libbz2-1.0',
  'libffi8',
  'libgdbm6t64',
  'liblzma5',
  'libncursesw6',
  'libreadline8t64',
  'libsqlite3-0',
  'libssl3t64',
  'libuuid1',
  'zlib1g',
  'libexpat1',
];

function pythonEnv(
  line: PythonLine,
  path = '/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
): string[] {
  return [
    `PATH=${path}`,
    'LANG=C.UTF-8',
    `GPG_KEY=${line.gpgKey}`,
    `PYTHON_VERSION=${line.release.version}`,
    `PYTHON_SHA256=${pythonSha(line)}`,
  ];
}

/** A stand-in for the tarball checksum (the real one is not in the data). */
function pythonSha(line: PythonLine): string {
  return sha256Hex(`Python-${line.release.version}.tar.xz`);
}

function envRows(line: PythonLine, created: string) {
  const env = pythonEnv(line);
  return [step(`ENV ${env[0]}`, undefined, created), step('ENV LANG=C.UTF-8', undefined, created)];
}

function versionRows(line: PythonLine, created: string) {
  return [
    step(`ENV GPG_KEY=${line.gpgKey}`, undefined, created),
    step(`ENV PYTHON_VERSION=${line.release.version}`, undefined, created),
    step(`ENV PYTHON_SHA256=${pythonSha(line)}`, undefined, created),
  ];
}

/** `python -> python3` and friends: the same 36 bytes in every python image. */
const symlinkLayer = lazy(() => {
  const builder = new TreeBuilder();
  for (const src of ['idle3', 'pip3', 'pydoc3', 'python3', 'python3-config']) {
    builder.link(`/usr/local/bin/${src.replace('3', '')}`, src);
  }
  return layerBlob(builder.build());
});

function pythonDebLayer(base: () => DebBase, line: PythonLine) {
  return lazy((): DebBase => {
    const builder = new TreeBuilder();
    const system = installDebs(builder, base().system, RUNTIME_LIBS);
    builder.packageFiles(pythonInstallFiles(line.release), `python:${line.release.version}`);
    builder.blob(
      '/etc/ld.so.cache',
      `ldcache:python:${line.release.version}`,
      24_000 + system.installed.length * 180,
    );
    builder.dir('/var/lib/apt/lists/partial', 0o700, { uid: 42, gid: 0 });
    builder.blob('/var/log/dpkg.log', `log:dpkg:python:${line.release.version}`, 260_000);
    builder.blob(
      '/var/log/apt/history.log',
      `log:apt-history:python:${line.release.version}`,
      14_800,
    );
    builder.blob('/var/log/apt/term.log', `log:apt-term:python:${line.release.version}`, 96_000);
    builder.blob('/var/log/apt/eipp.log.xz', `log:apt-eipp:python:${line.release.version}`, 31_000);
    builder.blob(
      '/var/cache/debconf/templates.dat',
      `debconf:templates:python:${line.release.version}`,
      560_000,
    );
    builder.blob(
      '/var/cache/debconf/config.dat',
      `debconf:config:python:${line.release.version}`,
      18_000,
    );
    return { blob: layerBlob(builder.build()), system };
  });
}

function slim(world: World, line: PythonLine): ImageSpec {
  const deps = lazy(() =>
    aptInstallLayer(world.trixieSlim(), ['ca-certificates', 'netbase', 'tzdata']),
  );
  const python = pythonDebLayer(deps, line);
  const c = line.created;
  return {
    repository: 'python',
    tags: line.tags.slim,
    created: c,
    userland: 'gnu',
    distro: 'trixie',
    config: { Env: pythonEnv(line), Cmd: ['python3'], WorkingDir: '', User: '' },
    rows: [
      debianRow(world, 'trixie', true),
      ...envRows(line, c),
      step(PY_RUNTIME_DEPS, () => deps().blob, c),
      ...versionRows(line, c),
      step(PY_BUILD_SLIM, () => python().blob, c),
      step(PY_SYMLINKS, symlinkLayer, c),
      step('CMD ["python3"]', undefined, c),
    ],
    description:
      'Python is an interpreted, interactive, object-oriented, open-source programming language.',
  };
}

function full(world: World, line: PythonLine): ImageSpec {
  const chain = buildpackDeps(world);
  const extra = lazy(() =>
    aptInstallLayer(chain.full(), ['libbluetooth-dev', 'tk-dev', 'uuid-dev']),
  );
  const python = lazy(() => {
    const builder = new TreeBuilder();
    builder.packageFiles(pythonInstallFiles(line.release), `python:${line.release.version}`);
    builder.blob('/etc/ld.so.cache', `ldcache:python-full:${line.release.version}`, 98_000);
    return layerBlob(builder.build());
  });
  const c = line.created;
  return extend(chain.spec, {
    repository: 'python',
    tags: line.tags.full,
    created: c,
    userland: 'gnu',
    distro: 'trixie',
    config: { Env: pythonEnv(line), Cmd: ['python3'], WorkingDir: '', User: '' },
    rows: [
      ...envRows(line, c),
      step(PY_FULL_EXTRA_DEPS, () => extra().blob, c),
      ...versionRows(line, c),
      step(PY_BUILD_FULL, python, c),
      step(PY_SYMLINKS, symlinkLayer, c),
      step('CMD ["python3"]', undefined, c),
    ],
  });
}

/** What scanelf finds CPython's binaries and extension modules need on Alpine. */
const PYTHON_SONAMES = [
  'libbz2.so.1',
  'libc.musl-x86_64.so.1',
  'libcrypto.so.3',
  'libexpat.so.1',
  'libffi.so.8',
  'libgdbm.so.6',
  'libgdbm_compat.so.4',
  'liblzma.so.5',
  'libncursesw.so.6',
  'libpanelw.so.6',
  'libreadline.so.8',
  'libsqlite3.so.0',
  'libssl.so.3',
  'libuuid.so.1',
  'libz.so.1',
  'libzstd.so.1',
];

function alpine(world: World, line: PythonLine): ImageSpec {
  const runtime = lazy((): ApkBase => {
    const base = world.alpine322();
    const builder = new TreeBuilder();
    const next = installApks(
      builder,
      world.apk,
      base.installed,
      ['ca-certificates', 'tzdata'],
      base.db,
    );
    builder.text(
      '/etc/apk/world',
      'alpine-baselayout\nalpine-keys\nalpine-release\napk-tools\nbusybox\nca-certificates\nlibc-utils\ntzdata\n',
    );
    return { blob: layerBlob(builder.build()), ...next };
  });
  const python = lazy(() => {
    const base = runtime();
    const builder = new TreeBuilder();
    const libs = [
      'libbz2',
      'libexpat',
      'libffi',
      'gdbm',
      'libncursesw',
      'libpanelw',
      'readline',
      'sqlite-libs',
      'libuuid',
      'xz-libs',
      'zstd-libs',
    ];
    const { db } = installApks(builder, world.apk, base.installed, libs, base.db);
    // The Dockerfile's `apk add --virtual .python-rundeps so:...` group, from scanelf's list.
    const rundeps = apkDbEntry(
      {
        ecosystem: 'apk',
        name: '.python-rundeps',
        version: line.created.slice(0, 19).replace(/[-:]/g, '').replace('T', '.'),
        depends: PYTHON_SONAMES.map((so) => `so:${so}`),
        installedSize: 0,
        downloadSize: 0,
        files: [],
        summary: 'virtual meta package',
      },
      [],
    );
    builder.text('/lib/apk/db/installed', `${db}${rundeps}\n`);
    const files = pythonInstallFiles(line.release).map((f) => ({
      ...f,
      path: f.path.replace('-linux-gnu', '-linux-musl'),
    }));
    builder.packageFiles(files, `python:${line.release.version}:musl`);
    builder.text(
      '/etc/apk/world',
      'alpine-baselayout\nalpine-keys\nalpine-release\napk-tools\nbusybox\nca-certificates\nlibc-utils\ntzdata\n.python-rundeps\n',
    );
    return layerBlob(builder.build());
  });
  const c = line.created;
  const base = alpineSpec(world, '3.22');
  return extend(base, {
    repository: 'python',
    tags: line.tags.alpine,
    created: c,
    userland: 'busybox',
    distro: 'alpine',
    config: { Env: pythonEnv(line), Cmd: ['python3'], WorkingDir: '/', User: '' },
    rows: [
      ...envRows(line, c),
      step(PY_ALPINE_RUNTIME, () => runtime().blob, c),
      ...versionRows(line, c),
      step(PY_ALPINE_BUILD, python, c),
      step(PY_SYMLINKS, symlinkLayer, c),
      step('CMD ["python3"]', undefined, c),
    ],
  });
}

export function pythonImages(world: World): ImageSpec[] {
  return LINES.flatMap((line) => [slim(world, line), full(world, line), alpine(world, line)]);
}
