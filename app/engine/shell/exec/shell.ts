/**
 * The interpreter: one Shell per shell process (a subshell is a new Shell over a copy of the
 * state). Runs lists, and-or lists and pipelines; compound commands are in compound.ts,
 * simple ones in simple.ts. `set -e` follows POSIX: a failure does not stop the shell inside
 * an `if`/`while` condition, after `!`, or anywhere in an `&&`/`||` list but its last command.
 */
import type { FileSystem } from '../../fs/filesystem';
import type { AndOr, Command, FunctionDef, Pipeline, Script } from '../ast';
import { WordExpander } from '../expand/expand';
import { ExpansionError, type ExpandHost } from '../expand/host';
import type { Dialect } from '../syntax-error';
import { builtinError, shellError, type Where } from './diagnostics';
import { BufferSink, stringSource, type Fd, type Fds } from './io';
import { openRedirects } from './redirect';
import { MAX_DEPTH, MAX_VALUE_LENGTH, type Runtime } from './runtime';
import { AbortSignal, ExitSignal, LoopSignal, ReturnSignal } from './signals';
import { runCompound } from './compound';
import { runSimple } from './simple';
import { ReadonlyError, type ShellState } from './state';
import { homeOf } from '../users';

export interface ProcessInfo {
  dialect: Dialect;
  /** `$0`, and the prefix of the shell's error messages ("/bin/sh"). */
  argv0: string;
  commandString: boolean;
  /** bash reading a terminal's typed lines (the host's prompt). */
  interactive?: boolean;
  pid: number;
}

export class Shell {
  /** Above zero while running a condition, where `set -e` does not apply. */
  noErrexit = 0;
  loopDepth = 0;
  /** Files being read by `.`: `return` ends the file rather than the shell. */
  sourceDepth = 0;
  /** getopts' position inside a bundle of letters such as -abc. */
  getoptsOffset: { optind: number; index: number; offset: number } | undefined;
  /** Set by a bare `exec`: its redirections outlive the command. */
  keepFds = false;
  line = 1;
  /** Status of the last command substitution, for commands that are only assignments. */
  substitutionStatus: number | undefined;

  constructor(
    readonly rt: Runtime,
    readonly proc: ProcessInfo,
    readonly state: ShellState,
    public fds: Map<number, Fd>,
  ) {}

  /** The filesystem as this process's user sees it (permissions checked unless root). */
  get fs(): FileSystem {
    return this.rt.fsFor(this.state.user);
  }

  get dialect(): Dialect {
    return this.proc.dialect;
  }

  where(): Where {
    return {
      dialect: this.proc.dialect,
      argv0: this.proc.argv0,
      line: this.line,
      commandString: this.proc.commandString,
      ...(this.proc.interactive ? { interactive: true } : {}),
    };
  }

  /** Writes to this process's stderr. */
  stderr(text: string): void {
    this.fds.get(2)?.sink?.write(text);
  }

  stdout(text: string): void {
    this.fds.get(1)?.sink?.write(text);
  }

  error(message: string): void {
    this.stderr(shellError(this.where(), message));
  }

  builtinError(builtin: string, message: string): void {
    this.stderr(builtinError(this.where(), builtin, message));
  }

  subshell(fds: Fds = this.fds): Shell {
    const sub = new Shell(this.rt, this.proc, this.state.clone(), new Map(fds));
    sub.noErrexit = this.noErrexit;
    sub.line = this.line;
    return sub;
  }

  /** Runs `body` as a separate process: exit, return and break end it with a status. */
  isolated(body: () => number): number {
    try {
      return body();
    } catch (signal) {
      if (signal instanceof ExitSignal || signal instanceof ReturnSignal) return signal.status;
      if (signal instanceof LoopSignal) return 0;
      throw signal;
    }
  }

  expander(): WordExpander {
    return new WordExpander(this.expandHost(), this.dialect === 'bash' ? 'bash' : this.dialect);
  }

  private expandHost(): ExpandHost {
    const state = this.state;
    return {
      fs: this.fs,
      cwd: state.cwd,
      lookup: (name) => this.lookup(name),
      positional: () => state.positional,
      assign: (name, value) => this.assign(name, value),
      commandSub: (script) => this.commandSubstitution(script),
      homeOf: (user) => homeOf(this.fs, user),
      nounset: state.flags.nounset,
      noglob: state.flags.noglob,
    };
  }

  lookup(name: string): string | undefined {
    const state = this.state;
    if (/^[0-9]+$/.test(name))
      return name === '0' ? this.proc.argv0 : state.positional[Number(name) - 1];
    switch (name) {
      case '?':
        return String(state.status);
      case '#':
        return String(state.positional.length);
      case '$':
        return String(this.proc.pid);
      case '!':
        return state.lastBackground === undefined ? undefined : String(state.lastBackground);
      case '-':
        return state.flagLetters();
      case '@':
      case '*':
        return state.positional.join(' ');
      case 'LINENO':
        return state.vars.has('LINENO') ? state.get('LINENO') : String(this.line);
      default:
        return state.get(name);
    }
  }

  /** Assigns a variable; a readonly one is a fatal error, as in dash. */
  assign(name: string, value: string, exported?: boolean): void {
    if (value.length > MAX_VALUE_LENGTH) {
      throw new AbortSignal(
        `${name}: value longer than ${MAX_VALUE_LENGTH} characters (a runaway script?)`,
      );
    }
    try {
      this.state.set(name, value, exported === undefined ? {} : { exported });
    } catch (error) {
      if (error instanceof ReadonlyError)
        throw new ExpansionError(readonlyMessage(error.variable, this.dialect), 'readonly');
      throw error;
    }
  }

  /** Reports an expansion error and ends the shell, as a non-interactive dash does. */
  expansionFailure(error: ExpansionError): never {
    this.error(error.message);
    const bashStatus = error.reason === 'unset' ? 127 : 1;
    throw new ExitSignal(this.dialect === 'bash' ? bashStatus : 2, true);
  }

  /** Ends a non-interactive shell after an error in a special builtin (message already shown). */
  fatal(status: number): never {
    throw new ExitSignal(status, true);
  }

  commandSubstitution(script: Script): string {
    const out = new BufferSink();
    const sub = this.subshell();
    sub.fds.set(1, { sink: out });
    // dash runs `$(...)` with errexit as set; BusyBox ash does not stop inside it.
    if (this.dialect === 'ash') sub.state.flags.errexit = false;
    const status = sub.isolated(() => sub.runScript(script));
    this.substitutionStatus = status;
    return out.text();
  }

  runScript(script: Script): number {
    let status = 0;
    for (const item of script.items) {
      status = this.runAndOr(item);
    }
    return status;
  }

  private runAndOr(item: AndOr): number {
    if (item.background) {
      this.state.lastBackground = this.rt.allocatePid();
      const sub = this.subshell();
      sub.noErrexit++;
      sub.isolated(() => sub.runAndOrNow(item));
      this.state.status = 0;
      return 0;
    }
    return this.runAndOrNow(item);
  }

  private runAndOrNow(item: AndOr): number {
    const all = [item.first, ...item.rest.map((r) => r.pipeline)];
    let status = 0;
    let exempt = false;
    for (let i = 0; i < all.length; i++) {
      if (i > 0) {
        const op = item.rest[i - 1]?.op;
        if ((op === '&&' && status !== 0) || (op === '||' && status === 0)) continue;
      }
      const last = i === all.length - 1;
      const pipeline = all[i] as Pipeline;
      if (!last) this.noErrexit++;
      try {
        status = this.runPipeline(pipeline);
      } finally {
        if (!last) this.noErrexit--;
      }
      exempt = !last || pipeline.negated;
    }
    if (status !== 0 && !exempt) this.checkErrexit(status);
    return status;
  }

  checkErrexit(status: number): void {
    if (status !== 0 && this.state.flags.errexit && this.noErrexit === 0)
      throw new ExitSignal(status);
  }

  private runPipeline(pipeline: Pipeline): number {
    this.line = pipeline.line;
    if (pipeline.negated) this.noErrexit++;
    let status: number;
    try {
      status =
        pipeline.commands.length === 1
          ? this.runCommand(pipeline.commands[0] as Command, this.fds)
          : this.runStages(pipeline);
    } finally {
      if (pipeline.negated) this.noErrexit--;
    }
    if (pipeline.negated) status = status === 0 ? 1 : 0;
    this.state.status = status;
    return status;
  }

  /** A pipeline of several commands: each a subshell, run in turn, stdout feeding stdin. */
  private runStages(pipeline: Pipeline): number {
    let input: string | undefined;
    let status = 0;
    let failed = 0;
    pipeline.commands.forEach((command, index) => {
      const fds = new Map(this.fds);
      if (index > 0) fds.set(0, { source: stringSource(input ?? '') });
      const out = index < pipeline.commands.length - 1 ? new BufferSink() : undefined;
      if (out) fds.set(1, { sink: out });
      const sub = this.subshell(fds);
      status = sub.isolated(() => sub.runCommand(command, sub.fds));
      if (status !== 0) failed = status;
      input = out?.text();
    });
    return this.state.flags.pipefail && status === 0 ? failed : status;
  }

  runCommand(command: Command, fds: Map<number, Fd>): number {
    this.rt.step();
    this.line = command.line;
    const saved = this.fds;
    this.fds = fds;
    try {
      if (command.type === 'simple') return runSimple(this, command);
      if (command.type === 'function') {
        this.state.functions.set(command.name, command);
        return 0;
      }
      const opened = openRedirects(this, command.redirects, fds);
      if (!opened.ok) return opened.status;
      this.fds = opened.fds;
      return runCompound(this, command);
    } finally {
      if (this.keepFds) this.keepFds = false;
      else this.fds = saved;
    }
  }

  callFunction(def: FunctionDef, args: string[]): number {
    const state = this.state;
    if (this.rt.depth >= MAX_DEPTH) {
      throw new AbortSignal(
        `${def.name}: functions nested more than ${MAX_DEPTH} deep (endless recursion?)`,
      );
    }
    const savedPositional = state.positional;
    const savedLoopDepth = this.loopDepth;
    state.positional = args;
    state.locals.push(new Map());
    this.loopDepth = 0;
    this.rt.depth++;
    try {
      return this.runCommand(def.body, this.fds);
    } catch (signal) {
      if (signal instanceof ReturnSignal) return signal.status;
      throw signal;
    } finally {
      this.rt.depth--;
      this.loopDepth = savedLoopDepth;
      state.positional = savedPositional;
      const frame = state.locals.pop();
      for (const [name, saved] of frame ?? []) {
        if (saved) state.vars.set(name, saved);
        else state.vars.delete(name);
      }
    }
  }
}

/** dash and BusyBox: `x: is read only`; bash: `x: readonly variable`. */
export function readonlyMessage(name: string, dialect: Dialect): string {
  return dialect === 'bash' ? `${name}: readonly variable` : `${name}: is read only`;
}
