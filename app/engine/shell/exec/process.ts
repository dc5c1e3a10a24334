/**
 * One shell process from start to end: set up its variables and options, then read the
 * script one top-level line at a time (as dash does: lines before a syntax error run),
 * running each, until the end, `exit`, or an error that ends it. Runs the EXIT trap last.
 */
import { basename } from '../../fs/path';
import type { FunctionDef } from '../ast';
import { Parser } from '../parser';
import type { User, Userland } from '../program';
import { ShellSyntaxError, type Dialect } from '../syntax-error';
import { applySetArgs } from '../builtins/set';
import { syntaxErrorText } from './diagnostics';
import type { Fd } from './io';
import type { Runtime } from './runtime';
import { Shell } from './shell';
import { readLoginFiles } from './login';
import { ExitSignal } from './signals';
import { ShellState, type Flags } from './state';

export interface ProcessOptions {
  argv0: string;
  commandString: boolean;
  /** An interactive bash at a terminal prompt (its errors name no line). */
  interactive?: boolean;
  env: Record<string, string>;
  /** Shell variables that are not exported (an interactive session's earlier lines). */
  vars?: Record<string, string>;
  functions?: Record<string, FunctionDef>;
  cwd: string;
  user: User;
  positional: string[];
  /** `set` arguments: ["-e", "-u"], ["-o", "pipefail"]. */
  flags: string[];
  /** Options carried over from an earlier line of an interactive session. */
  flagState?: Flags;
  status?: number;
  fds: Map<number, Fd>;
  pid: number;
  dialect?: Dialect;
  firstLine?: number;
  /** A login shell (`bash -l`, `sh -l`, `su -`): it reads /etc/profile and ~/.profile first. */
  login?: boolean;
  /** Started by another shell or program (sh -c, bash script.sh): bash and ash count SHLVL up. */
  nested?: boolean;
  parentPid?: number;
}

export interface ProcessResult {
  status: number;
  state: ShellState;
  /** The shell ended (exit, set -e, a fatal error) rather than running off the end. */
  exited: boolean;
}

export function dialectFor(argv0: string, userland: Userland): Dialect {
  if (basename(argv0) === 'bash') return 'bash';
  return userland === 'busybox' ? 'ash' : 'dash';
}

export function runShellProcess(
  rt: Runtime,
  source: string,
  options: ProcessOptions,
): ProcessResult {
  const dialect = options.dialect ?? dialectFor(options.argv0, rt.userland);
  const state = new ShellState(options.cwd, options.user, options.argv0);
  for (const [name, value] of Object.entries(options.vars ?? {}))
    state.vars.set(name, { value, exported: false, readonly: false });
  for (const [name, value] of Object.entries(options.env))
    state.vars.set(name, { value, exported: true, readonly: false });
  for (const [name, def] of Object.entries(options.functions ?? {})) state.functions.set(name, def);
  startupVariables(state, dialect, options);
  state.positional = options.positional;
  if (options.flagState) state.flags = { ...options.flagState };
  state.status = options.status ?? 0;
  const sh = new Shell(
    rt,
    {
      dialect,
      argv0: options.argv0,
      commandString: options.commandString,
      pid: options.pid,
      ...(options.interactive ? { interactive: true } : {}),
    },
    state,
    options.fds,
  );
  if (options.flags.length > 0) {
    const set = applySetArgs(state, options.flags, dialect);
    if (!set.ok) {
      sh.stderr(`${options.argv0}: ${set.error}\n`);
      return { status: 2, state, exited: true };
    }
  }
  const parser = new Parser(source, dialect, 0, options.firstLine ?? 1);
  let status = state.status;
  let exited = false;
  try {
    if (options.login) readLoginFiles(sh);
    for (;;) {
      let items;
      try {
        items = parser.nextCommand();
      } catch (error) {
        if (!(error instanceof ShellSyntaxError)) throw error;
        sh.stderr(syntaxErrorText({ ...sh.where(), line: error.line }, error));
        status = 2;
        exited = true;
        break;
      }
      if (!items) break;
      status = sh.runScript({ items });
    }
  } catch (signal) {
    if (!(signal instanceof ExitSignal)) throw signal;
    status = signal.status;
    exited = true;
  }
  state.status = status;
  return { status: runExitTrap(sh, status), state, exited };
}

/** `trap '...' EXIT` runs when the shell ends; its own `exit N` changes the status. */
function runExitTrap(sh: Shell, status: number): number {
  const action = sh.state.traps.get('EXIT');
  if (!action) return status;
  sh.state.traps.delete('EXIT');
  try {
    const items = new Parser(action, sh.dialect).program();
    sh.runScript(items);
  } catch (signal) {
    if (signal instanceof ExitSignal) return signal.status;
    if (signal instanceof ShellSyntaxError) return status;
    throw signal;
  }
  return status;
}

/**
 * What a shell sets when it starts: PWD (exported, so `env` in a RUN shows it), SHLVL in bash
 * and BusyBox (one more in each nested shell), and the unexported IFS, OPTIND, PPID, PS1,
 * PS2, PS4 that `set` lists. An interactive session's later lines carry them over unchanged.
 */
function startupVariables(state: ShellState, dialect: Dialect, options: ProcessOptions): void {
  const define = (name: string, value: string): void => {
    if (!state.vars.has(name)) state.vars.set(name, { value, exported: false, readonly: false });
  };
  const pwd = state.vars.get('PWD');
  if (!pwd || pwd.value !== options.cwd)
    state.vars.set('PWD', { value: options.cwd, exported: true, readonly: false });
  if (dialect !== 'dash') {
    const level = Number(options.env.SHLVL ?? '0');
    const known = Number.isFinite(level) ? level : 0;
    const next = options.nested ? known + 1 : Math.max(known, 1);
    state.vars.set('SHLVL', { value: String(next), exported: true, readonly: false });
  }
  define('IFS', ' \t\n');
  define('OPTIND', '1');
  define('PPID', String(options.parentPid ?? 0));
  // bash sets the prompts only when interactive (`bash -c 'echo "[$PS1]"'` prints [], and
  // /etc/profile then leaves bash.bashrc alone); a session's own lines are the terminal's shell.
  if (dialect !== 'bash' || !options.nested || options.interactive) {
    define('PS1', dialect === 'ash' ? '\\w \\$ ' : options.user.uid === 0 ? '# ' : '$ ');
    define('PS2', '> ');
  }
  define('PS4', '+ ');
}
