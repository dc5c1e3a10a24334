/** Builtins that steer the shell: exit, return, break, continue, eval, ., exec, trap, wait. */
import { STRERROR } from '../../fs/errors';
import { resolvePath } from '../../fs/path';
import { Parser } from '../parser';
import { ShellSyntaxError } from '../syntax-error';
import { syntaxErrorText } from '../exec/diagnostics';
import { execProgram } from '../exec/invoke';
import { findOnPath, resolveCommand } from '../exec/lookup';
import { MAX_DEPTH } from '../exec/runtime';
import type { Shell } from '../exec/shell';
import { AbortSignal, ExitSignal, LoopSignal, ReturnSignal } from '../exec/signals';
import { noteUnknownStart } from '../programs/support';
import { quoteValue } from './quote';

function statusArg(sh: Shell, name: string, arg: string | undefined): number | undefined {
  if (arg === undefined) return sh.state.status;
  if (!/^-?[0-9]+$/.test(arg)) {
    sh.builtinError(
      name,
      sh.dialect === 'bash' ? `${arg}: numeric argument required` : `Illegal number: ${arg}`,
    );
    return undefined;
  }
  return Number(arg) & 0xff;
}

export function exitBuiltin(sh: Shell, argv: string[]): number {
  const status = statusArg(sh, 'exit', argv[1]);
  if (status === undefined) throw new ExitSignal(2, true);
  throw new ExitSignal(status);
}

export function returnBuiltin(sh: Shell, argv: string[]): number {
  const status = statusArg(sh, 'return', argv[1]);
  if (status === undefined) throw new ExitSignal(2, true);
  // Outside a function or sourced file, dash and BusyBox end the script; bash refuses.
  if (sh.state.locals.length === 0 && sh.sourceDepth === 0) {
    if (sh.dialect === 'bash') {
      sh.builtinError('return', "can only `return' from a function or sourced script");
      return 1;
    }
    throw new ExitSignal(status);
  }
  throw new ReturnSignal(status);
}

function loopControl(kind: 'break' | 'continue') {
  return (sh: Shell, argv: string[]): number => {
    const levels = argv[1] === undefined ? 1 : Number(argv[1]);
    if (!Number.isInteger(levels) || levels < 1) {
      sh.builtinError(kind, `Illegal number: ${argv[1]}`);
      throw new ExitSignal(2, true);
    }
    if (sh.loopDepth === 0) {
      if (sh.dialect === 'bash')
        sh.builtinError(kind, "only meaningful in a `for', `while', or `until' loop");
      return 0;
    }
    throw new LoopSignal(kind, Math.min(levels, sh.loopDepth));
  };
}

export const breakBuiltin = loopControl('break');
export const continueBuiltin = loopControl('continue');

/** Parses and runs text in the current shell (eval, `.`); a syntax error ends the shell. */
export function runText(sh: Shell, text: string): number {
  let script;
  try {
    script = new Parser(text, sh.dialect).program();
  } catch (error) {
    if (!(error instanceof ShellSyntaxError)) throw error;
    sh.stderr(syntaxErrorText({ ...sh.where(), line: sh.line }, error));
    throw new ExitSignal(2, true);
  }
  return sh.runScript(script);
}

export function evalBuiltin(sh: Shell, argv: string[]): number {
  const text = argv.slice(1).join(' ');
  if (text.trim() === '') return 0;
  return runText(sh, text);
}

export function sourceBuiltin(sh: Shell, argv: string[]): number {
  const name = argv[0] as string;
  const file = argv[1];
  if (file === undefined) {
    if (sh.dialect === 'bash') {
      sh.builtinError(name, 'filename argument required');
      return 2;
    }
    return 0;
  }
  const path = file.includes('/')
    ? resolvePath(sh.state.cwd, file)
    : (findReadable(sh, file) ??
      (sh.dialect === 'bash' ? resolvePath(sh.state.cwd, file) : undefined));
  const read = path ? sh.fs.readFile(path) : undefined;
  if (!read || !read.ok) {
    // A file it may not read: strerror's words (dash says "No such file" only for ENOENT).
    const denied = read?.ok === false && read.error === 'EACCES' ? STRERROR.EACCES : undefined;
    if (sh.dialect === 'dash')
      sh.builtinError(name, `cannot open ${file}: ${denied ?? 'No such file'}`);
    else if (sh.dialect === 'ash')
      sh.builtinError(name, `can't open '${file}': ${denied ?? 'No such file or directory'}`);
    else sh.builtinError(name, `${file}: ${denied ?? 'No such file or directory'}`);
    if (sh.dialect === 'bash') return 1;
    throw new ExitSignal(2, true);
  }
  if (sh.rt.depth >= MAX_DEPTH) throw new AbortSignal('. (source) nested too deep');
  const savedPositional = sh.state.positional;
  if (argv.length > 2) sh.state.positional = argv.slice(2);
  sh.rt.depth++;
  sh.sourceDepth++;
  // A size-only file with text appended (`echo 'export X=1' >> /etc/profile`) runs that text.
  const node = read.value.node;
  const tail = node.kind === 'file' && node.text === undefined ? node.tail : undefined;
  if (tail !== undefined) noteUnknownStart(sh.rt, path ?? file, read.value.size, tail);
  try {
    return runText(sh, read.value.text ?? tail ?? '');
  } catch (signal) {
    if (signal instanceof ReturnSignal) return signal.status;
    throw signal;
  } finally {
    sh.sourceDepth--;
    sh.rt.depth--;
    if (argv.length > 2) sh.state.positional = savedPositional;
  }
}

/** `.` searches PATH for a file name without a slash (readable, not necessarily executable). */
function findReadable(sh: Shell, name: string): string | undefined {
  const pathVar = sh.state.get('PATH');
  for (const dir of (pathVar ?? '').split(':')) {
    const candidate = resolvePath(sh.state.cwd, `${dir || '.'}/${name}`);
    const st = sh.fs.stat(candidate);
    if (st.ok && st.value.node.kind === 'file') return candidate;
  }
  return findOnPath(sh.fs, name, pathVar, sh.state.cwd);
}

export function execBuiltin(sh: Shell, argv: string[]): number {
  const args = argv.slice(1);
  if (args[0] === '--') args.shift();
  if (args.length === 0) {
    // `exec >file 2>&1`: the redirections stay for the rest of the shell.
    sh.keepFds = true;
    return 0;
  }
  const env = sh.state.environment();
  const found = resolveCommand(sh.fs, sh.rt.programs, args[0] as string, env.PATH, sh.state.cwd);
  if (found.kind === 'not-found') {
    sh.builtinError(
      'exec',
      `${args[0]}: ${sh.dialect === 'bash' ? 'cannot execute: No such file or directory' : 'not found'}`,
    );
    throw new ExitSignal(127, true);
  }
  throw new ExitSignal(execProgram(sh, args, env));
}

const SIGNALS = [
  'EXIT',
  'HUP',
  'INT',
  'QUIT',
  'ILL',
  'TRAP',
  'ABRT',
  'BUS',
  'FPE',
  'KILL',
  'USR1',
  'SEGV',
  'USR2',
  'PIPE',
  'ALRM',
  'TERM',
];

function signalName(arg: string): string | undefined {
  if (/^[0-9]+$/.test(arg)) return SIGNALS[Number(arg)];
  const name = arg.toUpperCase().replace(/^SIG/, '');
  return SIGNALS.includes(name) ||
    ['CHLD', 'CONT', 'STOP', 'TSTP', 'WINCH', 'ERR', 'DEBUG', 'RETURN'].includes(name)
    ? name
    : undefined;
}

export function trapBuiltin(sh: Shell, argv: string[]): number {
  const args = argv.slice(1).filter((a) => a !== '--');
  if (args.length === 0 || args[0] === '-p') {
    for (const [signal, action] of sh.state.traps)
      sh.stdout(`trap -- ${quoteValue(action)} ${signal}\n`);
    return 0;
  }
  const [action, ...signals] = args as [string, ...string[]];
  const reset = action === '-' || /^[0-9]+$/.test(action);
  const targets = reset && /^[0-9]+$/.test(action) ? args : signals;
  for (const arg of targets) {
    const name = signalName(arg);
    if (!name) {
      sh.builtinError('trap', `${arg}: bad trap`);
      return 1;
    }
    if (reset) sh.state.traps.delete(name);
    else sh.state.traps.set(name, action);
  }
  return 0;
}

export function waitBuiltin(): number {
  return 0;
}
