/** Builtins that manage variables: export, readonly, unset, local, shift. */
import { ExpansionError } from '../expand/host';
import { readonlyMessage, type Shell } from '../exec/shell';
import { ReadonlyError } from '../exec/state';
import { quoteValue } from './quote';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function splitAssignment(arg: string): { name: string; value: string | undefined } {
  const eq = arg.indexOf('=');
  return eq < 0
    ? { name: arg, value: undefined }
    : { name: arg.slice(0, eq), value: arg.slice(eq + 1) };
}

function badName(sh: Shell, builtin: string, name: string): number {
  sh.builtinError(
    builtin,
    sh.dialect === 'bash' ? `\`${name}': not a valid identifier` : `${name}: bad variable name`,
  );
  return sh.dialect === 'bash' ? 1 : 2;
}

/** Readonly violations end a non-interactive shell, as an assignment would. */
function readonlyFailure(sh: Shell, error: unknown): never {
  if (error instanceof ReadonlyError)
    sh.expansionFailure(
      new ExpansionError(readonlyMessage(error.variable, sh.dialect), 'readonly'),
    );
  throw error;
}

function attributeBuiltin(sh: Shell, argv: string[], kind: 'export' | 'readonly'): number {
  const args = argv.slice(1).filter((arg) => !/^-[pnf]+$/.test(arg) && arg !== '--');
  const unexport = kind === 'export' && argv.slice(1).some((arg) => /^-[a-z]*n/.test(arg));
  if (args.length === 0) {
    const names = [...sh.state.vars.keys()].sort();
    for (const name of names) {
      const v = sh.state.vars.get(name);
      if (!v || !(kind === 'export' ? v.exported : v.readonly)) continue;
      const prefix =
        sh.dialect === 'bash' ? `declare -${kind === 'export' ? 'x' : 'r'} ` : `${kind} `;
      sh.stdout(
        v.value === undefined
          ? `${prefix}${name}\n`
          : `${prefix}${name}=${sh.dialect === 'bash' ? JSON.stringify(v.value) : quoteValue(v.value)}\n`,
      );
    }
    return 0;
  }
  for (const arg of args) {
    const { name, value } = splitAssignment(arg);
    if (!NAME.test(name)) return badName(sh, kind, name);
    try {
      if (unexport) {
        const v = sh.state.vars.get(name);
        if (v) sh.state.vars.set(name, { ...v, exported: false });
      } else if (kind === 'export') sh.state.export(name, value);
      else sh.state.markReadonly(name, value);
    } catch (error) {
      readonlyFailure(sh, error);
    }
  }
  return 0;
}

export const exportBuiltin = (sh: Shell, argv: string[]): number =>
  attributeBuiltin(sh, argv, 'export');
export const readonlyBuiltin = (sh: Shell, argv: string[]): number =>
  attributeBuiltin(sh, argv, 'readonly');

export function unsetBuiltin(sh: Shell, argv: string[]): number {
  let functions = false;
  let status = 0;
  for (const arg of argv.slice(1)) {
    if (arg === '-f') functions = true;
    else if (arg === '-v') functions = false;
    else if (functions) sh.state.functions.delete(arg);
    else {
      try {
        sh.state.unset(arg);
      } catch (error) {
        if (!(error instanceof ReadonlyError)) throw error;
        sh.builtinError(
          'unset',
          sh.dialect === 'bash'
            ? `${arg}: cannot unset: readonly variable`
            : `${arg}: is read only`,
        );
        status = sh.dialect === 'bash' ? 1 : 2;
        if (sh.dialect !== 'bash') sh.fatal(2);
      }
    }
  }
  return status;
}

export function localBuiltin(sh: Shell, argv: string[]): number {
  if (sh.state.locals.length === 0) {
    sh.builtinError(
      'local',
      sh.dialect === 'bash' ? 'can only be used in a function' : 'not in a function',
    );
    return sh.dialect === 'bash' ? 1 : 2;
  }
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    const { name, value } = splitAssignment(arg);
    if (!NAME.test(name)) return badName(sh, 'local', name);
    sh.state.local(name);
    try {
      if (value !== undefined) sh.state.set(name, value);
    } catch (error) {
      readonlyFailure(sh, error);
    }
  }
  return 0;
}

export function shiftBuiltin(sh: Shell, argv: string[]): number {
  const arg = argv[1];
  const count = arg === undefined ? 1 : Number(arg);
  if (!Number.isInteger(count) || count < 0) {
    sh.builtinError('shift', `Illegal number: ${arg}`);
    return 2;
  }
  if (count > sh.state.positional.length) {
    if (sh.dialect === 'ash') return 1;
    if (sh.dialect === 'bash') return 1;
    sh.builtinError('shift', "can't shift that many");
    sh.fatal(2);
  }
  sh.state.positional = sh.state.positional.slice(count);
  return 0;
}
