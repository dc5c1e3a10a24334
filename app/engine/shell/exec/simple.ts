/**
 * A simple command: expand the words and assignments, trace it (`set -x`), open its
 * redirections, then run it as a special builtin, a function, a builtin or a program, in
 * that order (POSIX). Assignments before a special builtin stay; before anything else they
 * last for that one command.
 */
import type { SimpleCommand } from '../ast';
import { SPECIAL_BUILTINS, builtinFor } from '../builtins/registry';
import { ExpansionError } from '../expand/host';
import { execProgram } from './invoke';
import { openRedirects } from './redirect';
import type { Shell } from './shell';
import type { Var } from './state';
import { trace } from './xtrace';

export function runSimple(sh: Shell, cmd: SimpleCommand): number {
  const ex = sh.expander();
  sh.substitutionStatus = undefined;
  let argv: string[];
  let assigns: [string, string][];
  try {
    argv = ex.fields(cmd.words);
    assigns = cmd.assigns.map((a) => [a.name, ex.string(a.value, true)]);
  } catch (error) {
    if (error instanceof ExpansionError) sh.expansionFailure(error);
    throw error;
  }
  if (sh.state.flags.xtrace) trace(sh, assigns, argv);
  const opened = openRedirects(sh, cmd.redirects, sh.fds);
  if (!opened.ok) return opened.status;
  sh.fds = opened.fds;
  if (argv.length === 0) {
    assignAll(sh, assigns);
    return sh.substitutionStatus ?? 0;
  }
  return dispatch(sh, argv, assigns);
}

function assignAll(sh: Shell, assigns: readonly [string, string][], exported?: boolean): void {
  try {
    for (const [name, value] of assigns) sh.assign(name, value, exported);
  } catch (error) {
    if (error instanceof ExpansionError) sh.expansionFailure(error);
    throw error;
  }
}

/** Runs an expanded command line; `assigns` are its `NAME=value` prefixes. */
export function dispatch(sh: Shell, argv: string[], assigns: [string, string][] = []): number {
  const name = argv[0] as string;
  if (!name.includes('/')) {
    const builtin = builtinFor(name, sh.dialect);
    if (builtin && SPECIAL_BUILTINS.has(name)) {
      assignAll(sh, assigns);
      return builtin(sh, argv);
    }
    const fn = sh.state.functions.get(name);
    if (fn) return withTemporary(sh, assigns, () => sh.callFunction(fn, argv.slice(1)));
    if (builtin) return withTemporary(sh, assigns, () => builtin(sh, argv));
  }
  const env = sh.state.environment();
  for (const [key, value] of assigns)
    Object.defineProperty(env, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return execProgram(sh, argv, env);
}

/** `command name ...`: builtins and programs, skipping shell functions. */
export function dispatchProgramOnly(sh: Shell, argv: string[]): number {
  const builtin = argv[0]?.includes('/') ? undefined : builtinFor(argv[0] as string, sh.dialect);
  if (builtin) return builtin(sh, argv);
  return execProgram(sh, argv, sh.state.environment());
}

/** Prefix assignments for a function or builtin: exported while it runs, then undone. */
function withTemporary(sh: Shell, assigns: readonly [string, string][], run: () => number): number {
  if (assigns.length === 0) return run();
  const saved = new Map<string, Var | undefined>();
  for (const [name] of assigns) if (!saved.has(name)) saved.set(name, sh.state.vars.get(name));
  assignAll(sh, assigns, true);
  try {
    return run();
  } finally {
    for (const [name, v] of saved) {
      if (v) sh.state.vars.set(name, v);
      else sh.state.vars.delete(name);
    }
  }
}
