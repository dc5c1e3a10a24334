/**
 * Runners for executables this simulation built. The shell hands a file whose blob id names
 * its kind to the program registered as `blob:KIND`, with argv[0] the file's path: a Go or
 * Rust web server prints what it prints and keeps running (io.serve); a Go, Rust, C or C++
 * command-line program prints what the straight-line start of its main prints
 * (`main-output.ts`); a .NET apphost starts the dll beside it, a single-file bundle runs its
 * app. Anything else only says, as before, that application code is not run.
 */
import { basename, dirname } from '../fs/path';
import { blobOf } from './common/fs-helpers';
import { unmodelledNote } from '../shell/exec/binaries';
import type { Program, ProgramIO } from '../shell/program';
import { runAppHost } from './dotnet/apphost';
import { runGoBinary } from './go/run-binary';
import { runRustBinary } from './rust/run-binary';
import { outputInBlob, writeMainOutput } from './main-output';

function ranNothing(io: ProgramIO, path: string, blob: string | undefined): number {
  io.note(unmodelledNote(path, blob));
  return 0;
}

function toolchainBinary(
  run: (io: ProgramIO, argv: string[], blob: string) => number | undefined,
): Program {
  return (argv, io) => {
    const path = argv[0] ?? '';
    const blob = blobOf(io.fs, path);
    return (blob !== undefined ? run(io, argv, blob) : undefined) ?? ranNothing(io, path, blob);
  };
}

/** An executable cc, gcc, g++ or clang linked (cmake and make call them). */
function runCcExecutable(io: ProgramIO, argv: string[], blob: string): number | undefined {
  const output = outputInBlob(blob);
  return output && writeMainOutput(io, argv[0] ?? 'a.out', 'C/C++', output);
}

/**
 * A .NET executable. An apphost runs only where its dll sits beside it (what `dotnet publish`
 * writes); a `dotnet tool`'s apphost keeps its dll in the tool store, which is not modelled.
 */
const dotnetExecutable: Program = (argv, io) => {
  const path = argv[0] ?? '';
  const blob = blobOf(io.fs, path) ?? '';
  const [kind, assembly = basename(path)] = blob.split(':');
  if (kind === 'apphost' && !io.fs.stat(`${dirname(path)}/${assembly}.dll`).ok)
    return ranNothing(io, path, blob);
  return runAppHost(io, argv) ?? ranNothing(io, path, blob);
};

export function builtBinaryPrograms(): [string, Program][] {
  return [
    ['blob:go-binary', toolchainBinary(runGoBinary)],
    ['blob:rust-binary', toolchainBinary(runRustBinary)],
    ['blob:cc-executable', toolchainBinary(runCcExecutable)],
    ['blob:apphost', dotnetExecutable],
    ['blob:single-file', dotnetExecutable],
  ];
}
