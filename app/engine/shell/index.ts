/**
 * The shell: one POSIX sh interpreter for Dockerfile RUN steps, the simulated host's
 * terminal and `docker exec`. See README.md for the folder's rules.
 */
import type { FileSystem } from '../fs/filesystem';
import type { FunctionDef, Script } from './ast';
import { runShellProcess } from './exec/process';
import { Runtime } from './exec/runtime';
import { TimedFs } from './exec/timed-fs';
import { AbortSignal } from './exec/signals';
import { defaultFlags, type Flags } from './exec/state';
import { stringSource, type Fd } from './exec/io';
import { Parser } from './parser';
import type { ProgramRegistry, ServeRequest, User, Userland } from './program';
import { ShellSyntaxError, syntaxMessage, type Dialect } from './syntax-error';

export type { Script, FunctionDef } from './ast';
export type { Flags as ShellFlags } from './exec/state';
export type { Dialect } from './syntax-error';
export * from './program';
export { coreutils } from './programs/registry';

export interface ShellOptions {
  fs: FileSystem;
  /** Exported variables. */
  env: Record<string, string>;
  cwd: string;
  user: User;
  userland: Userland;
  programs: ProgramRegistry;
  /** Milliseconds since the epoch, from the injected clock. */
  now: number;
  stdin?: string;
  /** `$0` and the prefix of the shell's errors: "/bin/sh" (default), "sh", "/bin/bash". */
  shellName?: string;
  /** bash at a terminal prompt, reading what is typed: `bash: foo: command not found`. */
  interactive?: boolean;
  /** Options the shell was started with, as `set` takes them: ['-e', '-o', 'pipefail']. */
  startFlags?: string[];
  /** A login shell (`SHELL ["/bin/bash", "--login", "-c"]`): it reads /etc/profile first. */
  login?: boolean;
  /** An interactive session's state from the previous line (see ShellResult). */
  vars?: Record<string, string>;
  functions?: Record<string, FunctionDef>;
  flags?: Flags;
  /** `$?` at the start (the previous line's exit code). */
  lastExitCode?: number;
  /** Line number of the script's first line (an interactive shell counts on across lines). */
  line?: number;
  /** `$$`: 1 for the first process of a container or a build step. */
  pid?: number;
  /** A terminal is attached (the host shell, `docker run -it`): ls prints columns. */
  tty?: boolean;
  /** A container's process, where a server keeps running (becomes each program's `io.serve`). */
  serve?: (request: ServeRequest) => never;
}

export interface ShellResult {
  exitCode: number;
  /** stdout and stderr interleaved in the order they were written. */
  output: { stream: 'stdout' | 'stderr'; text: string }[];
  /** Per output chunk, the simulated ms into the run at which each of its lines ended. */
  lineEnds?: number[][];
  stdout: string;
  stderr: string;
  /** Exported variables after the run. */
  env: Record<string, string>;
  /** Shell variables that are not exported, to carry to the next line of a session. */
  vars: Record<string, string>;
  functions: Record<string, FunctionDef>;
  flags: Flags;
  cwd: string;
  notes: string[];
  /** Simulated time the run took (sleep, package installs). */
  durationMs: number;
  /** The shell ended itself (`exit`, `set -e`, a fatal error): an interactive session closes. */
  exited: boolean;
}

export function runShell(script: string, options: ShellOptions): ShellResult {
  const shellName = options.shellName ?? '/bin/sh';
  // Programs stamp what they write with the shell's clock (the layered filesystem has none).
  let clock = (): number => options.now;
  const rt = new Runtime(
    new TimedFs(options.fs, () => clock()),
    options.programs,
    options.userland,
    options.now,
    options.pid ?? 1,
  );
  clock = () => rt.now;
  rt.tty = options.tty ?? false;
  if (options.serve) rt.serve = options.serve;
  const fds = new Map<number, Fd>([
    [0, { source: stringSource(options.stdin ?? '') }],
    [1, { sink: { write: (text) => rt.write('stdout', text), terminal: true } }],
    [2, { sink: { write: (text) => rt.write('stderr', text), terminal: true } }],
  ]);
  let exitCode: number;
  let exited: boolean;
  let state;
  try {
    const result = runShellProcess(rt, script, {
      argv0: shellName,
      commandString: true,
      ...(options.interactive ? { interactive: true } : {}),
      ...(options.login ? { login: true } : {}),
      env: options.env,
      vars: options.vars,
      functions: options.functions,
      flagState: options.flags,
      status: options.lastExitCode,
      cwd: options.cwd,
      user: options.user,
      positional: [],
      flags: options.startFlags ?? [],
      fds,
      pid: options.pid ?? 1,
      firstLine: options.line,
    });
    exitCode = result.status;
    exited = result.exited;
    state = result.state;
  } catch (error) {
    if (error instanceof AbortSignal) {
      rt.write('stderr', `${shellName}: ${error.message}\n`);
      rt.note(
        `The simulation stopped this script: ${error.message}. Real shells would keep going.`,
      );
      exitCode = 124;
    } else {
      const message = error instanceof Error ? error.message : String(error);
      rt.write('stderr', `${shellName}: internal error: ${message}\n`);
      rt.note(`The shell simulation hit an internal error (${message}).`);
      exitCode = 2;
    }
    exited = true;
  }
  const stdout = rt.output
    .filter((c) => c.stream === 'stdout')
    .map((c) => c.text)
    .join('');
  const stderr = rt.output
    .filter((c) => c.stream === 'stderr')
    .map((c) => c.text)
    .join('');
  return {
    exitCode,
    output: rt.output.map((c) => ({ ...c })),
    lineEnds: rt.lineEnds.map((ends) => [...ends]),
    stdout,
    stderr,
    env: state ? state.environment() : { ...options.env },
    vars: state ? state.shellVars() : { ...(options.vars ?? {}) },
    functions: state ? Object.fromEntries(state.functions) : { ...(options.functions ?? {}) },
    flags: state ? { ...state.flags } : (options.flags ?? defaultFlags()),
    cwd: state ? state.cwd : options.cwd,
    notes: [...rt.notes],
    durationMs: rt.elapsed,
    exited,
  };
}

export type ParseResult = { ok: true; ast: Script } | { ok: false; error: string; line: number };

/** Parses a whole script; the error is worded as dash (or the given shell) reports it. */
export function parseShell(script: string, dialect: Dialect = 'dash'): ParseResult {
  try {
    return { ok: true, ast: new Parser(String(script), dialect).program() };
  } catch (error) {
    if (error instanceof ShellSyntaxError)
      return { ok: false, error: syntaxMessage(error.problem, dialect), line: error.line };
    return { ok: false, error: error instanceof Error ? error.message : String(error), line: 0 };
  }
}
