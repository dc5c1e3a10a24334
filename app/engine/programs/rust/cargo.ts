/**
 * cargo, as the rust images' rustup proxy runs it: --version, build/check/test/run/bench,
 * fetch, install, new/init, generate-lockfile/update, clean; external subcommands
 * (`cargo chef` runs `cargo-chef` from PATH) and accepted-with-a-note tools (fmt, clippy,
 * doc). Status lines go to stderr, as cargo writes them, in a build log's plain form.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { findOnPath, readText, removeTree, walkFiles } from '../common/fs-helpers';
import { buildCommand, openWorkspace } from './cargo-build';
import { installCommand, uninstallCommand } from './cargo-install';
import { newCommand } from './cargo-new';
import { withConfig } from './cargo-config';
import { readCargoOptions } from './cargo-options';
import { prepare } from './prepare';
import { quiet, stopwatch } from './io-views';
import { cargoVersionLine, rustcVersionLine, toolchain, type Toolchain } from './toolchain';

const ALIASES: Record<string, string> = { b: 'build', c: 'check', t: 'test', r: 'run', d: 'doc' };

const NOTED = new Set([
  'fmt',
  'clippy',
  'doc',
  'tree',
  'metadata',
  'add',
  'remove',
  'vendor',
  'package',
  'publish',
  'search',
  'login',
  'audit',
]);

const USAGE =
  "Rust's package manager\n\nUsage: cargo [+toolchain] [OPTIONS] [COMMAND]\n       cargo [+toolchain] [OPTIONS] -Zscript <MANIFEST_RS> [ARGS]...\n\nOptions:\n  -V, --version             Print version info and exit\n      --list                List installed commands\n  -v, --verbose...          Use verbose output (-vv very verbose/build.rs output)\n  -q, --quiet               Do not print cargo log messages\n      --offline             Run without accessing the network\n      --locked              Assert that `Cargo.lock` will remain unchanged\n  -h, --help                Print help\n\nCommands:\n    build, b    Compile the current package\n    check, c    Analyze the current package and report errors, but don't build object files\n    clean       Remove the target directory\n    doc, d      Build this package's and its dependencies' documentation\n    new         Create a new cargo package\n    init        Create a new cargo package in an existing directory\n    add         Add dependencies to a manifest file\n    remove      Remove dependencies from a manifest file\n    run, r      Run a binary or example of the local package\n    test, t     Run the tests\n    bench       Run the benchmarks\n    update      Update dependencies listed in Cargo.lock\n    search      Search registry for crates\n    publish     Package and upload this package to the registry\n    install     Install a Rust binary\n    uninstall   Uninstall a Rust binary\n    ...         See all commands with --list\n\nSee 'cargo help <command>' for more information on a specific command.\n";

export const cargoProgram: Program = (argv, callerIo) => {
  const silent = argv.includes('-q') || argv.includes('--quiet');
  const watch = stopwatch(silent ? quiet(callerIo) : callerIo);
  const io = watch.io;
  const tc = toolchain(io);
  const args = argv.slice(1).filter((a, i) => !(i === 0 && a.startsWith('+')));
  const first = args[0];
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (first === '--version' || first === '-V' || first === 'version') {
    io.stdout(`${cargoVersionLine(tc)}\n`);
    return 0;
  }
  if (first === '-vV' || (first === '--version' && args.includes('--verbose'))) {
    io.stdout(
      `${cargoVersionLine(tc)}\nrelease: ${tc.version}\nhost: ${tc.host}\nos: Linux [64-bit]\n`,
    );
    return 0;
  }
  const global = args.findIndex((a) => !a.startsWith('-'));
  const command = global >= 0 ? (args[global] as string) : first;
  const rest = [...args.slice(0, Math.max(0, global)), ...args.slice(global + 1)];
  const name = ALIASES[command] ?? command;
  switch (name) {
    case 'build':
    case 'check':
    case 'test':
    case 'run':
    case 'bench':
    case 'fetch': {
      const opts = readCargoOptions(rest, io.env);
      if (opts.unknown) return usageError(io, opts.unknown);
      return buildCommand(io, tc, name, withConfig(io, tc, opts), watch.elapsed);
    }
    case 'install':
      return installCommand(
        io,
        tc,
        withConfig(io, tc, readCargoOptions(rest, io.env)),
        watch.elapsed,
      );
    case 'uninstall':
      return uninstallCommand(io, tc, readCargoOptions(rest, io.env));
    case 'new':
    case 'init':
      return newCommand(io, tc, name, rest);
    case 'generate-lockfile':
    case 'update':
      return lockCommand(io, tc, rest);
    case 'clean':
      return cleanCommand(io, tc, rest);
    default:
      return otherCommand(io, tc, name, rest);
  }
};

/** rustup's minimal profile (the rust images') has no clippy or rustfmt until added. */
export function componentInstalled(io: ProgramIO, tc: Toolchain, component: string): boolean {
  const list = readText(io.fs, `${tc.dir}/lib/rustlib/components`) ?? '';
  return list.split('\n').some((c) => c === `${component}-${tc.host}` || c === component);
}

function usageError(io: ProgramIO, text: string): number {
  io.stderr(text);
  return 1;
}

function lockCommand(io: ProgramIO, tc: Toolchain, rest: string[]): number {
  const opts = readCargoOptions(rest, io.env);
  const opened = openWorkspace(io, tc, opts);
  if (typeof opened === 'number') return opened;
  // Without the old lock, every version is picked afresh (what generate-lockfile and update do).
  io.fs.remove(opened.ws.lockPath);
  const prepared = prepare(io, tc, opened.ws, opened.selected, {
    locked: opts.locked,
    offline: opts.offline,
    writeLock: true,
  });
  return prepared.ok ? 0 : prepared.code;
}

/** "     Removed 1234 files, 456.7MiB total" (the summary line is cargo 1.77+). */
function cleanCommand(io: ProgramIO, tc: Toolchain, rest: string[]): number {
  const opts = withConfig(io, tc, readCargoOptions(rest, io.env));
  const opened = openWorkspace(io, tc, opts);
  if (typeof opened === 'number') return opened;
  const files = walkFiles(io.fs, opened.ws.targetDir);
  const bytes = files.reduce((sum, f) => sum + f.size, 0);
  removeTree(io.fs, opened.ws.targetDir);
  if (tc.minor >= 77) {
    const units = ['B', 'KiB', 'MiB', 'GiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    const size = unit === 0 ? `${value}${units[0]}` : `${value.toFixed(1)}${units[unit]}`;
    const count = `${files.length} file${files.length === 1 ? '' : 's'}`;
    io.stderr(`     Removed ${count}${bytes > 0 ? `, ${size} total` : ''}\n`);
  }
  return 0;
}

function otherCommand(io: ProgramIO, tc: Toolchain, name: string, rest: string[]): number {
  // clippy and fmt are rustup components (their cargo-* files are rustup's proxies).
  const component = ({ clippy: 'clippy', fmt: 'rustfmt' } as Record<string, string>)[name];
  const external = component ? undefined : findOnPath(io.fs, io.env, `cargo-${name}`);
  if (external) return io.run([`cargo-${name}`, name, ...rest]);
  if (component && !componentInstalled(io, tc, component)) {
    io.stderr(
      `error: 'cargo-${name === 'fmt' ? 'fmt' : 'clippy'}' is not installed for the toolchain '${tc.name}'.\nTo install, run \`rustup component add ${component}\`\n`,
    );
    return 1;
  }
  if (NOTED.has(name)) {
    io.note(`cargo ${name}: accepted; the simulation does not model it (${rustcVersionLine(tc)}).`);
    return 0;
  }
  io.stderr(
    `error: no such command: \`${name}\`\n\n\tView all installed commands with \`cargo --list\`\n\tFind a package to install \`${name}\` with \`cargo search cargo-${name}\`\n`,
  );
  return 101;
}
