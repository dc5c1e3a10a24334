/** golang (/usr/local/go, GOPATH=/go) and rust (rustup's CARGO_HOME and RUSTUP_HOME). */
import { sha256Hex } from '../../fs/digest';
import type { PackageFile } from '../types';
import { goFiles } from '../images/golang';
import { assemble, copy, pathWith, releaseWords, run, type Row } from './assemble';
import { baseImage } from './bases';
import { lines } from './grammar';
import { spreadFiles } from './layers';
import type { RepoDef } from './repo';

import { alpineOf, apt, languageRepo } from './lang-helpers';

const goLines = [
  '1.25 1.25.5 trixie,bookworm alpine3.22,alpine3.21',
  '1.24 1.24.11 trixie,bookworm alpine3.22,alpine3.21',
  '1.23 1.23.12 bookworm,bullseye alpine3.22,alpine3.21,alpine3.20',
  '1.22 1.22.12 bookworm,bullseye alpine3.21,alpine3.20,alpine3.19',
  '1.21 1.21.13 bookworm,bullseye alpine3.20,alpine3.19,alpine3.18',
  '1.20 1.20.14 bookworm,bullseye,buster alpine3.19,alpine3.18,alpine3.17',
  '1.19 1.19.13 bookworm,bullseye,buster alpine3.18,alpine3.17,alpine3.16',
  '1.18 1.18.10 bullseye,buster alpine3.17,alpine3.16,alpine3.15',
  '1.17 1.17.13 bullseye,buster alpine3.16,alpine3.15,alpine3.14',
  '1.16 1.16.15 bullseye,buster,stretch alpine3.15,alpine3.14,alpine3.13',
  '1.15 1.15.15 buster,stretch alpine3.14,alpine3.13,alpine3.12',
  '1.14 1.14.15 buster,stretch alpine3.13,alpine3.12,alpine3.11',
  '1.13 1.13.15 buster,stretch alpine3.12,alpine3.11,alpine3.10',
  '1.12 1.12.17 buster,stretch alpine3.11,alpine3.10,alpine3.9',
  '1.11 1.11.13 stretch,buster alpine3.10,alpine3.9',
].join('\n');

export const golang: RepoDef = {
  repository: 'golang',
  description: 'Go (golang) is a general purpose, higher-level, imperative programming language.',
  grammar: {
    lines: lines(goLines),
    aliases: { latest: '1.25' },
    variants: [''],
    versionless: true,
  },
  build(world, tag, reference) {
    const alpine = alpineOf(tag);
    const base = baseImage(world, tag.release, alpine ? 'slim' : 'scm');
    if (!base) return undefined;
    const v = tag.version;
    // GOTOOLCHAIN=local came with Go 1.21's toolchain switching (the images set it from 1.19 on).
    const toolchain = Number(v.split('.')[1]) >= 19 ? ['GOTOOLCHAIN=local'] : [];
    const path =
      'PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
    const rows: Row[] = [
      alpine
        ? { by: run('apk add --no-cache ca-certificates'), apk: ['ca-certificates'] }
        : {
            by: apt('g++ gcc libc6-dev make pkg-config'),
            deb: ['g++', 'gcc', 'libc6-dev', 'make', 'pkg-config'],
          },
      `ENV GOLANG_VERSION=${v}`,
      ...toolchain.map((e) => `ENV ${e}`),
      'ENV GOPATH=/go',
      `ENV ${path}`,
      { by: copy('/target/ /'), files: goFiles(v) },
      {
        by: run('mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH"'),
        // chmod -R 1777 "$GOPATH", as the catalog's golang image has it.
        files: ['/go/', '/go/src/', '/go/bin/'].map((path) => ({ path, size: 0, mode: 0o1777 })),
      },
      'WORKDIR /go',
    ];
    return assemble(world, {
      repository: 'golang',
      reference,
      created: '2025-12-02T19:33:38Z',
      base,
      config: {
        Env: [path, `GOLANG_VERSION=${v}`, ...toolchain, 'GOPATH=/go'],
        Cmd: [alpine ? '/bin/sh' : 'bash'],
        WorkingDir: '/go',
        User: '',
      },
      rows,
      what: `Go ${v} (the catalog's golang:1.25 tree with this version's numbers) on ${releaseWords(base)}`,
      description: this.description,
    });
  },
};

/** Point releases: each tag names its minor line's last patch (rust:1.85 is 1.85.1). */
const RUST_PATCH: Record<number, number> = {
  91: 1,
  85: 1,
  84: 1,
  80: 1,
  77: 2,
  74: 1,
  72: 1,
  71: 1,
  68: 2,
  67: 1,
  66: 1,
};

/**
 * 1.64 to 1.91. Buster was published until the 1.74 line (so `rust:buster` is 1.74.1, frozen
 * there); bookworm from 1.70, the line Debian 12 came out with (docker init's default
 * `rust:1.70.0-slim-bullseye` is one of its tags).
 */
const rustLines = Array.from({ length: 28 }, (_, i) => {
  const minor = 91 - i;
  const releases =
    minor >= 86
      ? 'trixie,bookworm'
      : minor >= 75
        ? 'bookworm,bullseye'
        : minor >= 70
          ? 'bookworm,bullseye,buster'
          : 'bullseye,buster';
  const alpine =
    minor >= 86
      ? 'alpine3.22,alpine3.21,alpine3.20'
      : minor >= 75
        ? 'alpine3.21,alpine3.20,alpine3.19,alpine3.18'
        : minor >= 70
          ? 'alpine3.18,alpine3.17'
          : 'alpine3.17,alpine3.16';
  return `1.${minor} 1.${minor}.${RUST_PATCH[minor] ?? 0} ${releases} ${alpine}`;
}).join('\n');

export const rust = languageRepo({
  repository: 'rust',
  description: 'Rust is a systems programming language focused on safety, speed, and concurrency.',
  grammar: {
    lines: lines(rustLines),
    aliases: { latest: '1.91' },
  },
  build({ world, tag, reference, base, alpine, version: v }) {
    const target = alpine ? 'x86_64-unknown-linux-musl' : 'x86_64-unknown-linux-gnu';
    const tc = `/usr/local/rustup/toolchains/${v}-${target}`;
    const proxies = [
      'cargo',
      'cargo-clippy',
      'cargo-fmt',
      'clippy-driver',
      'rls',
      'rust-analyzer',
      'rust-gdb',
      'rust-gdbgui',
      'rust-lldb',
      'rustc',
      'rustdoc',
      'rustfmt',
    ];
    const files = everyoneWrites([
      ...spreadFiles(
        '',
        `/usr/local/cargo/bin/rustup:x=13200000 ${proxies.map((p) => `/usr/local/cargo/bin/${p}->rustup`).join(' ')}
         /usr/local/cargo/env=187 /usr/local/rustup/settings.toml=102 /usr/local/rustup/update-hashes/${v}-${target}=64
         ${tc}/bin/cargo:x ${tc}/bin/rustc:x ${tc}/bin/rustdoc:x ${tc}/bin/clippy-driver:x ${tc}/bin/rustfmt:x
         ${tc}/lib/librustc_driver-${sha256Hex(v).slice(0, 16)}.so:x ${tc}/lib/libLLVM.so.20.1-rust-${v}-stable:x
         ${tc}/lib/rustlib/${target}/lib/libstd-${sha256Hex(`std${v}`).slice(0, 16)}.rlib ${tc}/lib/rustlib/${target}/lib/libcore-${sha256Hex(`core${v}`).slice(0, 16)}.rlib
         ${tc}/lib/rustlib/${target}/lib/liballoc-${sha256Hex(`alloc${v}`).slice(0, 16)}.rlib ${tc}/share/doc/rust/README.md`,
        560_000_000,
      ),
    ]);
    const env = [
      pathWith('/usr/local/cargo/bin'),
      'RUSTUP_HOME=/usr/local/rustup',
      'CARGO_HOME=/usr/local/cargo',
      `RUST_VERSION=${v}`,
    ];
    const rows: Row[] = [];
    if (alpine)
      rows.push({
        by: run('apk add --no-cache \t\tca-certificates \t\tgcc \t\tmusl-dev'),
        apk: ['ca-certificates', 'gcc', 'musl-dev'],
      });
    rows.push(
      `ENV RUSTUP_HOME=/usr/local/rustup CARGO_HOME=/usr/local/cargo PATH=/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin RUST_VERSION=${v}`,
    );
    rows.push({
      by: run(
        `set -eux; ${tag.variant === 'slim' ? '\tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tgcc \t\tlibc6-dev \t\twget \t\t; \t' : ''}\tdpkgArch="$(dpkg --print-architecture)"; \tcase "\${dpkgArch##*-}" in \t\tamd64) rustArch='${target}'; rustupSha256='${sha256Hex(`rustup-init ${target}`)}' ;; \t\t*) echo >&2 "unsupported architecture: \${dpkgArch}"; exit 1 ;; \tesac; \t\turl="https://static.rust-lang.org/rustup/archive/1.28.2/\${rustArch}/rustup-init"; \twget "$url"; \techo "\${rustupSha256} *rustup-init" | sha256sum -c -; \tchmod +x rustup-init; \t./rustup-init -y --no-modify-path --profile minimal --default-toolchain $RUST_VERSION --default-host \${rustArch}; \trm rustup-init; \tchmod -R a+w $RUSTUP_HOME $CARGO_HOME; \trustup --version; \tcargo --version; \trustc --version;`,
      ),
      ...(tag.variant === 'slim' ? { deb: ['ca-certificates', 'gcc', 'libc6-dev', 'wget'] } : {}),
      files,
    });
    return assemble(world, {
      repository: 'rust',
      reference,
      created: '2025-12-09T02:05:00Z',
      base,
      config: {
        Env: env,
        Cmd: [alpine ? '/bin/sh' : 'bash'],
        WorkingDir: alpine ? '/' : '',
        User: '',
      },
      rows,
      what: `Rust ${v} (rustup's toolchain as a modelled file list; cargo fetches from a crates.io catalog and builds real-shaped target directories; application code is not run) on ${releaseWords(base)}`,
      description: this.description,
    });
  },
});

/**
 * `chmod -R a+w $RUSTUP_HOME $CARGO_HOME`: every file and directory of the two (so any --user
 * can add toolchains and crates) gains write for all; directories are listed to carry it.
 */
function everyoneWrites(files: PackageFile[]): PackageFile[] {
  const dirs = new Set<string>();
  for (const { path } of files)
    for (let i = path.indexOf('/', '/usr/local/'.length); i > 0; i = path.indexOf('/', i + 1))
      dirs.add(path.slice(0, i + 1));
  return [
    ...[...dirs].sort().map((path): PackageFile => ({ path, size: 0, mode: 0o777 })),
    ...files.map((f) => (f.link === undefined ? { ...f, mode: (f.mode ?? 0o644) | 0o222 } : f)),
  ];
}
