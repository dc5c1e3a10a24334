/**
 * The state of one shell process: variables, functions, positional parameters, options,
 * working directory. A subshell (`( ... )`, a pipeline stage, `$(...)`) works on a copy, so
 * its changes do not leak back.
 */
import type { FunctionDef } from '../ast';
import type { User } from '../program';

export interface Var {
  value: string | undefined;
  exported: boolean;
  readonly: boolean;
}

export interface Flags {
  errexit: boolean;
  nounset: boolean;
  xtrace: boolean;
  pipefail: boolean;
  noglob: boolean;
  allexport: boolean;
  noclobber: boolean;
  verbose: boolean;
  noexec: boolean;
}

/** `set -o NAME` names and their letters (`$-` lists the letters of those that are on). */
export const FLAG_NAMES: Record<keyof Flags, { long: string; letter: string }> = {
  errexit: { long: 'errexit', letter: 'e' },
  nounset: { long: 'nounset', letter: 'u' },
  xtrace: { long: 'xtrace', letter: 'x' },
  pipefail: { long: 'pipefail', letter: '' },
  noglob: { long: 'noglob', letter: 'f' },
  allexport: { long: 'allexport', letter: 'a' },
  noclobber: { long: 'noclobber', letter: 'C' },
  verbose: { long: 'verbose', letter: 'v' },
  noexec: { long: 'noexec', letter: 'n' },
};

export function defaultFlags(): Flags {
  return {
    errexit: false,
    nounset: false,
    xtrace: false,
    pipefail: false,
    noglob: false,
    allexport: false,
    noclobber: false,
    verbose: false,
    noexec: false,
  };
}

export class ReadonlyError extends Error {
  constructor(readonly variable: string) {
    super(`${variable}: is read only`);
  }
}

export class ShellState {
  vars = new Map<string, Var>();
  functions = new Map<string, FunctionDef>();
  positional: string[] = [];
  flags: Flags = defaultFlags();
  status = 0;
  umask = 0o022;
  traps = new Map<string, string>();
  /** One frame per running function: the variables `local` saved, restored on return. */
  locals: Map<string, Var | undefined>[] = [];
  /** Pid of the last `&` command, for `$!`. */
  lastBackground: number | undefined;

  constructor(
    public cwd: string,
    public user: User,
    public argv0: string,
  ) {}

  clone(): ShellState {
    const copy = new ShellState(this.cwd, this.user, this.argv0);
    copy.vars = new Map(this.vars);
    copy.functions = new Map(this.functions);
    copy.positional = [...this.positional];
    copy.flags = { ...this.flags };
    copy.status = this.status;
    copy.umask = this.umask;
    copy.traps = new Map(this.traps);
    copy.locals = this.locals.map((frame) => new Map(frame));
    copy.lastBackground = this.lastBackground;
    return copy;
  }

  get(name: string): string | undefined {
    return this.vars.get(name)?.value;
  }

  /** Sets a variable, keeping its attributes; throws ReadonlyError for a readonly one. */
  set(name: string, value: string, attrs: { exported?: boolean } = {}): void {
    const current = this.vars.get(name);
    if (current?.readonly) throw new ReadonlyError(name);
    const exported = attrs.exported ?? current?.exported ?? this.flags.allexport;
    this.vars.set(name, { value, exported, readonly: false });
  }

  export(name: string, value?: string): void {
    const current = this.vars.get(name);
    if (value !== undefined) {
      if (current?.readonly) throw new ReadonlyError(name);
      this.vars.set(name, { value, exported: true, readonly: false });
    } else {
      this.vars.set(name, {
        value: current?.value,
        exported: true,
        readonly: current?.readonly ?? false,
      });
    }
  }

  markReadonly(name: string, value?: string): void {
    const current = this.vars.get(name);
    if (value !== undefined && current?.readonly) throw new ReadonlyError(name);
    this.vars.set(name, {
      value: value ?? current?.value,
      exported: current?.exported ?? false,
      readonly: true,
    });
  }

  unset(name: string): void {
    if (this.vars.get(name)?.readonly) throw new ReadonlyError(name);
    this.vars.delete(name);
  }

  /** `local name`: saves the caller's variable, restored when the function returns. */
  local(name: string): void {
    const frame = this.locals[this.locals.length - 1];
    if (!frame || frame.has(name)) return;
    frame.set(name, this.vars.get(name));
  }

  /** The environment a program sees: exported variables that have a value. */
  environment(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [name, v] of this.vars) if (v.exported && v.value !== undefined) env[name] = v.value;
    return env;
  }

  /** Non-exported variables with a value (carried between lines of an interactive session). */
  shellVars(): Record<string, string> {
    const vars: Record<string, string> = {};
    for (const [name, v] of this.vars)
      if (!v.exported && v.value !== undefined) vars[name] = v.value;
    return vars;
  }

  flagLetters(): string {
    return (Object.keys(FLAG_NAMES) as (keyof Flags)[])
      .filter((flag) => this.flags[flag])
      .map((flag) => FLAG_NAMES[flag].letter)
      .join('');
  }
}
