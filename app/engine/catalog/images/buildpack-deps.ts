/**
 * buildpack-deps:trixie, the base of the full python, node and golang images: debian:trixie
 * plus three apt layers (curl, scm, then compilers and the common -dev packages). Built once
 * per world and shared, so python:3.14 and node:24 share these layers as the real ones do.
 */
import { aptInstallLayer } from './apt-layer';
import { debianRow } from './distros';
import { PATH_DEFAULT, step, type HistoryRow, type ImageSpec } from './define';
import { lazy } from './layer';
import type { DebBase, World } from './world';

const CURL = 'ca-certificates curl gnupg netbase sq wget';
const SCM = 'git mercurial openssh-client subversion procps';
const FULL =
  'autoconf automake bzip2 default-libmysqlclient-dev dpkg-dev file g++ gcc imagemagick libbz2-dev libc6-dev libcurl4-openssl-dev libdb-dev libevent-dev libffi-dev libgdbm-dev libglib2.0-dev libgmp-dev libjpeg-dev libkrb5-dev liblzma-dev libmagickcore-dev libmagickwand-dev libmaxminddb-dev libncurses-dev libpng-dev libpq-dev libreadline-dev libsqlite3-dev libssl-dev libtool libwebp-dev libxml2-dev libxslt1-dev libyaml-dev make patch unzip xz-utils zlib1g-dev';

const CREATED = '2025-12-02T01:12:45Z';

function aptRun(packages: string, flags = '-eux'): string {
  const list = packages
    .split(' ')
    .map((p) => `\t\t${p}`)
    .join(' ');
  return `RUN /bin/sh -c set ${flags}; \tapt-get update; \tapt-get install -y --no-install-recommends ${list} \t; \trm -rf /var/lib/apt/lists/* # buildkit`;
}

/** buildpack-deps' three apt layers, each on the one before: curl, then scm, then compilers. */
export interface BuildpackLayers {
  curl: () => DebBase;
  scm: () => DebBase;
  full: () => DebBase;
}

export interface BuildpackChain extends BuildpackLayers {
  /** buildpack-deps:trixie-scm (golang's base) and buildpack-deps:trixie (python's, node's). */
  scmSpec: ImageSpec;
  spec: ImageSpec;
}

/** The three layers on any Debian-family base (the stand-ins' bookworm, jammy...). */
export function buildpackLayers(base: () => DebBase): BuildpackLayers {
  const curl = lazy(() => aptInstallLayer(base(), CURL.split(' ')));
  const scm = lazy(() => aptInstallLayer(curl(), SCM.split(' ')));
  const full = lazy(() => aptInstallLayer(scm(), FULL.split(' ')));
  return { curl, scm, full };
}

/** The history rows of the three steps, in order: -curl ends after the first, -scm the second. */
export function buildpackRows(layers: BuildpackLayers): [HistoryRow, HistoryRow, HistoryRow] {
  return [
    step(aptRun(CURL), () => layers.curl().blob, CREATED),
    step(aptRun(SCM.replace(' procps', ' \tprocps')), () => layers.scm().blob, CREATED),
    step(aptRun(FULL, '-ex'), () => layers.full().blob, CREATED),
  ];
}

const chains = new WeakMap<World, BuildpackChain>();

export function buildpackDeps(world: World): BuildpackChain {
  const known = chains.get(world);
  if (known) return known;
  const layers = buildpackLayers(world.trixieFull);
  const [curlRow, scmRow, fullRow] = buildpackRows(layers);
  const base = {
    repository: 'buildpack-deps',
    created: CREATED,
    userland: 'gnu' as const,
    distro: 'trixie' as const,
    config: { Env: [PATH_DEFAULT], Cmd: ['bash'], WorkingDir: '', User: '' },
    description:
      'A collection of common build dependencies used for installing various modules, e.g., gems.',
  };
  const scmRows = [debianRow(world, 'trixie', false), curlRow, scmRow];
  const chain: BuildpackChain = {
    ...layers,
    scmSpec: { ...base, tags: ['trixie-scm', 'scm', 'stable-scm'], rows: scmRows },
    spec: { ...base, tags: ['trixie', 'latest', 'stable'], rows: [...scmRows, fullRow] },
  };
  chains.set(world, chain);
  return chain;
}
