/**
 * Running programs: resolving the name (lookup.ts), building the ProgramIO a Program sees,
 * interpreting `#!` scripts, and the not-found / permission errors in each shell's wording.
 */
import { basename } from '../../fs/path';
import type { ProgramIO, RunOptions, ScriptOptions } from '../program';
import { inspectBinary, loaderError } from './binaries';
import { notFound } from './diagnostics';
import { readAll, stringSource, type Fd } from './io';
import { resolveCommand, type Resolution } from './lookup';
import { runShellProcess } from './process';
import { MAX_DEPTH } from './runtime';
import { AbortSignal } from './signals';
import type { Shell } from './shell';

/** Runs argv as a program (not a function or builtin) with the given environment. */
export function execProgram(
  sh: Shell,
  argv: string[],
  env: Record<string, string>,
  quiet = false,
): number {
  const name = argv[0] ?? '';
  const resolution = resolveCommand(
    sh.fs,
    sh.rt.programs,
    name,
    env.PATH ?? sh.state.get('PATH'),
    sh.state.cwd,
  );
  return runResolved(sh, resolution, argv, env, quiet);
}

function runResolved(
  sh: Shell,
  resolution: Resolution,
  argv: string[],
  env: Record<string, string>,
  quiet: boolean,
): number {
  const name = argv[0] ?? '';
  switch (resolution.kind) {
    case 'not-found':
      if (!quiet) sh.error(notFound(sh.dialect, name));
      return 127;
    case 'denied':
      if (!quiet)
        sh.error(
          `${name}: ${resolution.directory && sh.dialect === 'bash' ? 'Is a directory' : 'Permission denied'}`,
        );
      return 126;
    case 'unmodelled': {
      // execve fails with ENOENT when the binary's dynamic loader is missing (glibc on Alpine).
      const binary = inspectBinary(sh.fs, resolution.path);
      if (binary.missingLoader) {
        if (!quiet)
          sh.error(
            sh.dialect === 'bash'
              ? `${name}: cannot execute: required file not found`
              : notFound(sh.dialect, name),
          );
        return 127;
      }
      // The loader starts but cannot find a library the binary needs: it says so and exits.
      if (binary.missingLibrary) {
        // musl names the program by the path execve got: as typed, or as found on PATH.
        const execPath = name.includes('/') ? name : resolution.path;
        sh.stderr(loaderError(name, execPath, binary.missingLibrary));
        if (binary.missingLibrary.libc === 'musl')
          sh.rt.note(
            `musl's loader would go on to list each symbol ${resolution.path} takes from ${binary.missingLibrary.soname} ("Error relocating ..."), which is not modelled.`,
          );
        return 127;
      }
      // A binary this simulation made names its kind in its blob id; a program registered
      // as `blob:KIND` models what running it does (an apphost starting its dll).
      const runner = binary.kind ? sh.rt.programs.get(`blob:${binary.kind}`) : undefined;
      // The runner is handed the file's path as argv[0], to read what the binary is.
      if (runner) return runProgram(sh, runner.run, [resolution.path, ...argv.slice(1)], env);
      sh.rt.note(binary.note);
      return 0;
    }
    case 'script':
      return runScriptFile(sh, resolution, argv, env, quiet);
    case 'program':
      return runProgram(sh, resolution.entry.run, argv, env);
  }
}

function runScriptFile(
  sh: Shell,
  resolution: Extract<Resolution, { kind: 'script' }>,
  argv: string[],
  env: Record<string, string>,
  quiet: boolean,
): number {
  // The kernel hands the interpreter the path execve() got: as typed, or as found on PATH.
  const scriptPath = argv[0]?.includes('/') ? argv[0] : resolution.path;
  if (resolution.interpreter.length === 0) {
    const read = sh.fs.readFile(resolution.path);
    const text = read.ok ? (read.value.text ?? '') : '';
    return nestedShell(sh, sh.fds, env, text, {
      argv0: scriptPath,
      args: argv.slice(1),
      commandString: false,
    });
  }
  if (sh.rt.depth >= MAX_DEPTH) throw new AbortSignal('scripts nested too deep');
  const [interpreter, ...interpreterArgs] = resolution.interpreter as [string, ...string[]];
  const next = resolveCommand(sh.fs, sh.rt.programs, interpreter, env.PATH, sh.state.cwd);
  if (next.kind === 'not-found' || next.kind === 'denied') {
    if (!quiet) {
      const name = argv[0] ?? '';
      sh.error(
        sh.dialect === 'bash'
          ? `${name}: ${interpreter}: bad interpreter: No such file or directory`
          : notFound(sh.dialect, name),
      );
    }
    return next.kind === 'denied' ? 126 : 127;
  }
  sh.rt.depth++;
  try {
    return runResolved(
      sh,
      next,
      [interpreter, ...interpreterArgs, scriptPath, ...argv.slice(1)],
      env,
      quiet,
    );
  } finally {
    sh.rt.depth--;
  }
}

function runProgram(
  sh: Shell,
  program: (argv: string[], io: ProgramIO) => number,
  argv: string[],
  env: Record<string, string>,
): number {
  const io = programIO(sh, sh.fds, env);
  try {
    const status = program(argv, io);
    return Number.isInteger(status) ? status & 0xff : 1;
  } catch (error) {
    // Control flow (exit, the runaway guard) is not an Error and passes through.
    if (!(error instanceof Error)) throw error;
    io.stderr(`${basename(argv[0] ?? '')}: ${error.message}\n`);
    sh.rt.note(`${argv[0]} failed inside the simulation (${error.message}).`);
    return 1;
  }
}

export function programIO(
  sh: Shell,
  fds: ReadonlyMap<number, Fd>,
  env: Record<string, string>,
): ProgramIO {
  const rt = sh.rt;
  const source = fds.get(0)?.source;
  const out = fds.get(1)?.sink;
  const err = fds.get(2)?.sink;
  return {
    fs: sh.fs,
    env,
    cwd: sh.state.cwd,
    user: sh.state.user,
    userland: rt.userland,
    // rt.fs is root's view: uid 0 passes every check (runtime.ts fsFor).
    setuidRootFs: () => rt.fs,
    get stdin() {
      return readAll(source);
    },
    stdout: (text) => out?.write(text),
    stderr: (text) => err?.write(text),
    note: (text) => rt.note(text),
    spend: (ms) => rt.spend(ms),
    get now() {
      return rt.now;
    },
    umask: sh.state.umask,
    tty: rt.tty && out?.terminal === true,
    run: (argv, stdin, options) => runFromProgram(sh, fds, env, argv, stdin, options),
    runScript: (script, options) => nestedShell(sh, fds, env, script, options),
    ...(rt.serve ? { serve: rt.serve } : {}),
  };
}

/** `io.run`: a child process running a program, with this program's descriptors. */
function runFromProgram(
  sh: Shell,
  fds: ReadonlyMap<number, Fd>,
  env: Record<string, string>,
  argv: string[],
  stdin: string | undefined,
  options: RunOptions = {},
): number {
  if (argv.length === 0) return 0;
  const childFds = new Map(fds);
  if (stdin !== undefined) childFds.set(0, { source: stringSource(stdin) });
  const sub = sh.subshell(childFds);
  const childEnv = options.env ?? env;
  sub.state.vars = new Map(
    Object.entries(childEnv).map(([k, v]) => [k, { value: v, exported: true, readonly: false }]),
  );
  if (options.cwd) sub.state.cwd = options.cwd;
  if (options.user) sub.state.user = options.user;
  if (sh.rt.depth >= MAX_DEPTH) throw new AbortSignal('programs nested too deep');
  sh.rt.depth++;
  try {
    return sub.isolated(() => execProgram(sub, argv, childEnv, true));
  } finally {
    sh.rt.depth--;
  }
}

/** `io.runScript`: a new shell process (sh -c, bash script.sh, su -c). */
function nestedShell(
  sh: Shell,
  fds: ReadonlyMap<number, Fd>,
  env: Record<string, string>,
  script: string,
  options: ScriptOptions,
): number {
  if (sh.rt.depth >= MAX_DEPTH) throw new AbortSignal('shells nested too deep');
  const childFds = new Map(fds);
  if (options.stdin !== undefined) childFds.set(0, { source: stringSource(options.stdin) });
  sh.rt.depth++;
  try {
    const result = runShellProcess(sh.rt, script, {
      argv0: options.argv0,
      commandString: options.commandString,
      env: options.env ?? env,
      cwd: options.cwd ?? sh.state.cwd,
      user: options.user ?? sh.state.user,
      positional: options.args ?? [],
      flags: options.flags ?? [],
      fds: childFds,
      pid: sh.rt.allocatePid(),
      nested: true,
      parentPid: sh.proc.pid,
      ...(options.dialect ? { dialect: options.dialect } : {}),
      ...(options.login ? { login: true } : {}),
    });
    return result.status;
  } finally {
    sh.rt.depth--;
  }
}
