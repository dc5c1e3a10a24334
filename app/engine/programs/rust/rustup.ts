/**
 * rustup 1.28 as the rust images hold it: --version, show, target add/list/remove,
 * component add/list, and toolchain commands accepted with a note. Installed targets live
 * where rustup puts them: $RUSTUP_HOME/toolchains/<toolchain>/lib/rustlib/<target>/, listed
 * in that toolchain's lib/rustlib/components file.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { readText, writeBlob, writeText } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import { RUSTUP_VERSION, rustcVersionLine, toolchain, type Toolchain } from './toolchain';

/** Targets rustup offers rust-std for (the ones Dockerfiles add). */
const TARGETS = [
  'aarch64-apple-darwin',
  'aarch64-linux-android',
  'aarch64-unknown-linux-gnu',
  'aarch64-unknown-linux-musl',
  'arm-unknown-linux-gnueabihf',
  'armv7-unknown-linux-gnueabihf',
  'armv7-unknown-linux-musleabihf',
  'i686-unknown-linux-gnu',
  'i686-unknown-linux-musl',
  'riscv64gc-unknown-linux-gnu',
  'thumbv7em-none-eabihf',
  'wasm32-unknown-emscripten',
  'wasm32-unknown-unknown',
  'wasm32-wasip1',
  'wasm32-wasip2',
  'x86_64-apple-darwin',
  'x86_64-pc-windows-gnu',
  'x86_64-pc-windows-msvc',
  'x86_64-unknown-linux-gnu',
  'x86_64-unknown-linux-musl',
];

const COMPONENTS: Record<string, { files: [string, number][] }> = {
  clippy: {
    files: [
      ['bin/cargo-clippy', 4_400_000],
      ['bin/clippy-driver', 21_000_000],
    ],
  },
  rustfmt: {
    files: [
      ['bin/rustfmt', 6_100_000],
      ['bin/cargo-fmt', 1_300_000],
    ],
  },
  'rust-src': { files: [['lib/rustlib/src/rust/library/std/src/lib.rs', 46_000_000]] },
  'rust-analyzer': { files: [['bin/rust-analyzer', 42_000_000]] },
  'llvm-tools': { files: [['lib/rustlib/x86_64-unknown-linux-gnu/bin/llvm-objcopy', 38_000_000]] },
  'rust-docs': { files: [['share/doc/rust/html/index.html', 610_000_000]] },
};

function componentsFile(tc: Toolchain): string {
  return `${tc.dir}/lib/rustlib/components`;
}

/** The components file, or what rustup-init's minimal profile installed. */
function installedComponents(io: ProgramIO, tc: Toolchain): string[] {
  const text = readText(io.fs, componentsFile(tc));
  if (text !== undefined) return text.split('\n').filter(Boolean);
  return [`cargo-${tc.host}`, `rust-std-${tc.host}`, `rustc-${tc.host}`];
}

function saveComponents(io: ProgramIO, tc: Toolchain, list: string[]): void {
  writeText(io.fs, componentsFile(tc), `${[...new Set(list)].join('\n')}\n`);
}

export function installedTargets(io: ProgramIO, tc: Toolchain): string[] {
  return installedComponents(io, tc)
    .filter((c) => c.startsWith('rust-std-'))
    .map((c) => c.slice('rust-std-'.length))
    .sort();
}

/** The tools rustup's proxies stand for, by the component that provides them. */
const PROXIED: Record<string, string> = {
  'cargo-clippy': 'clippy',
  'clippy-driver': 'clippy',
  rustfmt: 'rustfmt',
  'cargo-fmt': 'rustfmt',
  'rust-analyzer': 'rust-analyzer',
  rustdoc: 'rustc',
  'rust-gdb': 'rustc',
  'rust-gdbgui': 'rustc',
  'rust-lldb': 'rustc',
};

export const rustupProgram: Program = (argv, io) => {
  const tc = toolchain(io);
  const called = (argv[0] ?? '').replace(/^.*\//, '');
  const component = PROXIED[called];
  if (component) {
    const installed = installedComponents(io, tc).some(
      (c) => c === component || c.startsWith(`${component}-`),
    );
    if (!installed) {
      io.stderr(
        `error: '${called}' is not installed for the toolchain '${tc.name}'.\nTo install, run \`rustup component add ${component}\`\n`,
      );
      return 1;
    }
    if (argv.includes('--version') || argv.includes('-V')) {
      io.stdout(`${called} ${tc.version}\n`);
      return 0;
    }
    io.note(`${called}: accepted; the simulation does not model it.`);
    return 0;
  }
  const args = argv.slice(1).filter((a) => a !== '-q' && a !== '--quiet' && a !== '-y');
  const [command, sub, ...rest] = args;
  switch (command) {
    case '--version':
    case '-V':
      io.stdout(`${RUSTUP_VERSION}\n`);
      io.stderr(
        `info: This is the version for the rustup toolchain manager, not the rustc compiler.\ninfo: The currently active \`rustc\` version is \`${rustcVersionLine(tc)}\`\n`,
      );
      return 0;
    case 'show':
      return show(io, tc, sub);
    case 'target':
      if (sub === 'add' || sub === 'install') return addTargets(io, tc, rest);
      if (sub === 'list') {
        const installed = installedTargets(io, tc);
        const list = rest.includes('--installed')
          ? installed
          : TARGETS.map((t) => (installed.includes(t) ? `${t} (installed)` : t));
        io.stdout(list.map((t) => `${t}\n`).join(''));
        return 0;
      }
      break;
    case 'component':
      if (sub === 'add') return addComponents(io, tc, rest);
      if (sub === 'list') {
        io.stdout(
          installedComponents(io, tc)
            .map((c) => `${c} (installed)\n`)
            .join(''),
        );
        return 0;
      }
      break;
    case 'toolchain':
    case 'install':
    case 'default':
    case 'update':
    case 'override':
    case 'set':
    case 'self':
      io.note(
        `rustup ${args.join(' ')}: accepted; the simulation keeps the image's toolchain ${tc.name}.`,
      );
      return 0;
    case 'run':
      return io.run(args.slice(2));
    case 'which':
      io.stdout(`${tc.dir}/bin/${sub ?? ''}\n`);
      return 0;
  }
  io.stderr(
    `error: unrecognized subcommand '${[command, sub].filter(Boolean).join(' ')}'\n\nUsage: rustup[EXE] [OPTIONS] [+toolchain] [COMMAND]\n\nFor more information, try '--help'.\n`,
  );
  return 1;
};

function show(io: ProgramIO, tc: Toolchain, sub: string | undefined): number {
  if (sub === 'active-toolchain') {
    io.stdout(`${tc.name} (default)\n`);
    return 0;
  }
  if (sub === 'home') {
    io.stdout(`${tc.rustupHome}\n`);
    return 0;
  }
  io.stdout(
    `Default host: ${tc.host}\nrustup home:  ${tc.rustupHome}\n\ninstalled toolchains\n--------------------\n${tc.name} (active, default)\n\nactive toolchain\n----------------\nname: ${tc.name}\nactive because: it's the default toolchain\ninstalled targets:\n${installedTargets(
      io,
      tc,
    )
      .map((t) => `  ${t}\n`)
      .join('')}`,
  );
  return 0;
}

function addTargets(io: ProgramIO, tc: Toolchain, targets: string[]): number {
  const list = targets.filter((t) => !t.startsWith('-'));
  const components = installedComponents(io, tc);
  for (const target of list) {
    if (!TARGETS.includes(target)) {
      io.stderr(
        `error: toolchain '${tc.name}' does not support target '${target}'\nnote: you can see a list of supported targets with \`rustc --print=target-list\`\nnote: if you are adding support for a new target to rustc itself, see https://rustc-dev-guide.rust-lang.org/building/new-target.html\n`,
      );
      return 1;
    }
    if (components.includes(`rust-std-${target}`)) {
      io.stderr(`info: component 'rust-std' for target '${target}' is up to date\n`);
      continue;
    }
    io.stderr(`info: downloading component 'rust-std' for '${target}'\n`);
    io.stderr(`info: installing component 'rust-std' for '${target}'\n`);
    const lib = `${tc.dir}/lib/rustlib/${target}/lib`;
    const v = tc.version;
    const wasm = target.startsWith('wasm');
    for (const [name, size] of [
      ['std', 15_000_000],
      ['core', 26_000_000],
      ['alloc', 5_500_000],
      ['proc_macro', 5_000_000],
      ['compiler_builtins', 9_000_000],
    ] as const)
      writeBlob(
        io.fs,
        `${lib}/lib${name}-${sha256Hex(`${name}${v}${target}`).slice(0, 16)}.rlib`,
        `rust-std:${target}:${name}:${v}`,
        wasm ? Math.round(size * 0.6) : size,
      );
    if (target.includes('musl'))
      for (const [name, size] of [
        ['crt1.o', 1_800],
        ['crti.o', 1_200],
        ['crtn.o', 1_100],
        ['libc.a', 2_700_000],
        ['libunwind.a', 180_000],
      ] as const)
        writeBlob(io.fs, `${lib}/self-contained/${name}`, `musl:${name}`, size);
    components.push(`rust-std-${target}`);
    io.spend(4_000);
  }
  saveComponents(io, tc, components);
  if (list.length > 0)
    io.note('rustup did not download anything: the standard library files are modelled.');
  return 0;
}

function addComponents(io: ProgramIO, tc: Toolchain, names: string[]): number {
  const components = installedComponents(io, tc);
  for (const raw of names.filter((n) => !n.startsWith('-'))) {
    const name = raw.replace(/-preview$/, '');
    const spec = COMPONENTS[name];
    if (!spec) {
      io.stderr(
        `error: toolchain '${tc.name}' does not contain component '${raw}' for target '${tc.host}'\n`,
      );
      return 1;
    }
    const id = `${raw}-${name === 'rust-src' ? '' : tc.host}`.replace(/-$/, '');
    if (components.includes(id)) {
      io.stderr(`info: component '${raw}' for target '${tc.host}' is up to date\n`);
      continue;
    }
    io.stderr(`info: downloading component '${raw}'\ninfo: installing component '${raw}'\n`);
    for (const [path, size] of spec.files)
      writeBlob(
        io.fs,
        `${tc.dir}/${path}`,
        `rust-component:${name}:${tc.version}:${path}`,
        size,
        path.startsWith('bin/') ? 0o755 : undefined,
      );
    components.push(id);
    io.spend(3_000);
  }
  saveComponents(io, tc, components);
  return 0;
}
