/**
 * golang:1.25 on buildpack-deps:trixie-scm (plus the C toolchain cgo needs) and on alpine:
 * the Go distribution in /usr/local/go, GOPATH=/go, WORKDIR /go. The Go tree's file list is
 * a representative sample with the real sizes of its big parts.
 */
import type { PackageFile } from '../types';
import { installApks } from '../rootfs/alpine';
import { jitter } from '../util/hash';
import { splitBytes } from '../util/split';
import { TreeBuilder } from '../util/tree-builder';
import { aptInstallLayer } from './apt-layer';
import { buildpackDeps } from './buildpack-deps';
import { alpineSpec } from './distros';
import { extend, step, type ImageSpec } from './define';
import { layerBlob, lazy } from './layer';
import type { World } from './world';

const GO = '1.25.5';
const CREATED = '2025-12-02T19:33:38Z';
const PATH =
  'PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const TOOLS =
  'addr2line asm buildid cgo compile covdata cover doc fix link nm objdump pack pprof test2json trace vet';
const SRC =
  'bufio bytes context crypto/tls crypto/x509 database/sql encoding/json errors flag fmt go/ast go/parser io log/slog math net net/http net/http/httputil os os/exec path/filepath reflect regexp runtime slices sort strconv strings sync syscall testing text/template time unicode';

function spread(paths: string[], total: number, mode = 0o644): PackageFile[] {
  const sizes = splitBytes(
    total,
    paths.map((p) => jitter(p, 0.4, 1.6)),
  );
  return paths.map((path, i) => ({ path, size: sizes[i] ?? 0, mode }));
}

export function goFiles(version: string): PackageFile[] {
  const root = '/usr/local/go';
  return [
    { path: `${root}/bin/go`, size: 15_098_808, mode: 0o755 },
    { path: `${root}/bin/gofmt`, size: 3_219_640, mode: 0o755 },
    { path: `${root}/VERSION`, size: 42 + version.length },
    { path: `${root}/go.env`, size: 518 },
    { path: `${root}/LICENSE`, size: 1_453 },
    { path: `${root}/README.md`, size: 1_309 },
    ...spread(
      TOOLS.split(' ').map((t) => `${root}/pkg/tool/linux_amd64/${t}`),
      96_400_000,
      0o755,
    ),
    ...spread(
      SRC.split(' ').flatMap((p) => [
        `${root}/src/${p}/${p.split('/').pop() ?? p}.go`,
        `${root}/src/${p}/doc.go`,
      ]),
      129_500_000,
    ),
    ...spread(
      [
        'api/go1.txt',
        'api/go1.24.txt',
        'doc/go_spec.html',
        'lib/time/zoneinfo.zip',
        'misc/wasm/wasm_exec.js',
        'pkg/include/asm_ppc64x.h',
        'test/README.md',
      ].map((p) => `${root}/${p}`),
      16_800_000,
    ),
  ];
}

const GO_INSTALL_DEPS =
  'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tg++ \t\tgcc \t\tlibc6-dev \t\tmake \t\tpkg-config \t; \trm -rf /var/lib/apt/lists/* # buildkit';

export function golangImages(world: World): ImageSpec[] {
  const chain = buildpackDeps(world);
  const toolchain = lazy(() =>
    aptInstallLayer(chain.scm(), ['g++', 'gcc', 'libc6-dev', 'make', 'pkg-config']),
  );
  const go = lazy(() => {
    const builder = new TreeBuilder();
    builder.packageFiles(goFiles(GO), `go:${GO}`);
    return layerBlob(builder.build());
  });
  const gopath = lazy(() =>
    layerBlob(
      new TreeBuilder().dir('/go/src', 0o1777).dir('/go/bin', 0o1777).dir('/go', 0o1777).build(),
    ),
  );
  const config = {
    Env: [PATH, `GOLANG_VERSION=${GO}`, 'GOTOOLCHAIN=local', 'GOPATH=/go'],
    Cmd: ['bash'],
    WorkingDir: '/go',
    User: '',
  };
  const goRows = (created: string) => [
    step(`ENV GOLANG_VERSION=${GO}`, undefined, created),
    step('ENV GOTOOLCHAIN=local', undefined, created),
    step('ENV GOPATH=/go', undefined, created),
    step(`ENV ${PATH}`, undefined, created),
    step('COPY /target/ / # buildkit', go, created),
    step(
      'RUN /bin/sh -c mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH" # buildkit',
      gopath,
      created,
    ),
    step('WORKDIR /go', undefined, created),
  ];
  const alpineDeps = lazy(() => {
    const base = world.alpine322();
    const builder = new TreeBuilder();
    installApks(builder, world.apk, base.installed, ['ca-certificates'], base.db);
    return layerBlob(builder.build());
  });
  return [
    extend(chain.scmSpec, {
      repository: 'golang',
      tags: ['1.25', '1.25.5', '1', 'latest', '1.25-trixie', '1.25.5-trixie', 'trixie'],
      created: CREATED,
      userland: 'gnu',
      distro: 'trixie',
      config,
      rows: [step(GO_INSTALL_DEPS, () => toolchain().blob, CREATED), ...goRows(CREATED)],
      description:
        'Go (golang) is a general purpose, higher-level, imperative programming language.',
    }),
    extend(alpineSpec(world, '3.22'), {
      repository: 'golang',
      tags: ['1.25-alpine', '1.25.5-alpine', '1-alpine', 'alpine', '1.25-alpine3.22', 'alpine3.22'],
      created: CREATED,
      userland: 'busybox',
      distro: 'alpine',
      config: { ...config, Cmd: ['/bin/sh'] },
      rows: [
        step('RUN /bin/sh -c apk add --no-cache ca-certificates # buildkit', alpineDeps, CREATED),
        ...goRows(CREATED),
      ],
    }),
  ];
}
