/**
 * rustc: -V / --version (-vV with the host and LLVM version), --print sysroot/target-list,
 * and compiling a single file to a binary next to it (`rustc main.rs` → ./main) of a
 * plausible size. The program is not compiled: a note says so.
 */
import type { Program } from '../../shell/program';
import { absolute, readText, writeBlob } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import { knownRelease, rustcVersionLine, toolchain } from './toolchain';

/** The LLVM each release line shipped with. */
const LLVM: [number, string][] = [
  [91, '21.1.2'],
  [90, '20.1.8'],
  [89, '20.1.7'],
  [88, '20.1.5'],
  [87, '20.1.1'],
  [85, '19.1.7'],
  [84, '19.1.5'],
  [82, '19.1.1'],
  [79, '18.1.7'],
  [78, '18.1.2'],
  [0, '17.0.6'],
];

function llvmVersion(minor: number): string {
  return LLVM.find(([from]) => minor >= from)?.[1] ?? '17.0.6';
}

export const rustcProgram: Program = (argv, io) => {
  const tc = toolchain(io);
  const args = argv.slice(1);
  const verbose = args.includes('-v') || args.includes('--verbose') || args.includes('-vV');
  if (args.includes('-V') || args.includes('--version') || args.includes('-vV')) {
    io.stdout(`${rustcVersionLine(tc)}\n`);
    if (verbose) {
      const [, date = ''] = /\(\S+ (\S+)\)/.exec(rustcVersionLine(tc)) ?? [];
      io.stdout(
        `binary: rustc\ncommit-hash: ${sha256Hex(`rustc-commit ${tc.version}`).slice(0, 40)}\ncommit-date: ${date}\nhost: ${tc.host}\nrelease: ${tc.version}\nLLVM version: ${llvmVersion(tc.minor)}\n`,
      );
      io.note(
        `rustc -vV: the full commit hash is a stand-in${knownRelease(tc.version) ? '' : ', and so are the short hash and date of this release'}.`,
      );
    }
    return 0;
  }
  const print = args.find((a) => a.startsWith('--print'));
  if (print) {
    const what = print.includes('=')
      ? print.slice(print.indexOf('=') + 1)
      : args[args.indexOf(print) + 1];
    if (what === 'sysroot') io.stdout(`${tc.dir}\n`);
    else if (what === 'target-list')
      io.stdout(
        `${tc.host}\nx86_64-unknown-linux-musl\naarch64-unknown-linux-gnu\nwasm32-unknown-unknown\n`,
      );
    else io.stdout('\n');
    return 0;
  }
  let output: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-o') output = args[++i];
    else if (
      ['--edition', '--crate-type', '--crate-name', '--target', '-C', '-L', '-l'].includes(a)
    )
      i++;
    else if (!a.startsWith('-')) files.push(a);
  }
  const file = files[0];
  if (!file) {
    io.stderr('error: no input filename given\n\n');
    return 1;
  }
  const source = readText(io.fs, absolute(io.cwd, file));
  if (source === undefined) {
    io.stderr(
      `error: couldn't read \`${file}\`: No such file or directory (os error 2)\n\nerror: aborting due to 1 previous error\n\n`,
    );
    return 1;
  }
  const optimised = args.includes('-O') || args.some((a) => a.startsWith('opt-level='));
  const stem = file.replace(/^.*\//, '').replace(/\.rs$/, '');
  const path = absolute(io.cwd, output ?? stem);
  const size = (optimised ? 4_100_000 : 3_900_000) + source.length * 40;
  writeBlob(io.fs, path, `rustc-binary:${sha256Hex(source)}`, size, 0o755);
  io.spend(600 + source.length / 10);
  io.note(
    `rustc wrote ${path}: the program is not really compiled, and running it executes no application code.`,
  );
  return 0;
};
