/**
 * `set`: shell options (-e -u -x -f -a -C -v -n, -o name, +o), positional parameters
 * (`set -- a b`) and, with no arguments, the list of variables.
 */
import type { Shell } from '../exec/shell';
import { FLAG_NAMES, type Flags, type ShellState } from '../exec/state';
import type { Dialect } from '../syntax-error';
import { quoteValue } from './quote';

const BY_LETTER = new Map(
  (Object.keys(FLAG_NAMES) as (keyof Flags)[])
    .filter((f) => FLAG_NAMES[f].letter)
    .map((f) => [FLAG_NAMES[f].letter, f]),
);
const BY_LONG = new Map(
  (Object.keys(FLAG_NAMES) as (keyof Flags)[]).map((f) => [FLAG_NAMES[f].long, f]),
);
// Options bash and BusyBox accept that change nothing the simulation models.
const TOLERATED = new Set([
  'posix',
  'monitor',
  'notify',
  'ignoreeof',
  'emacs',
  'vi',
  'hashall',
  'braceexpand',
  'histexpand',
  'history',
  'errtrace',
  'functrace',
  'nolog',
  'interactive-comments',
  'keyword',
  'onecmd',
  'physical',
  'privileged',
]);

export type SetResult =
  { ok: true; listOptions?: 'minus' | 'plus' } | { ok: false; error: string; status: number };

/** Applies `set` arguments (also the flags of `sh -eu -o pipefail -c`). */
export function applySetArgs(
  state: ShellState,
  args: readonly string[],
  dialect: Dialect = 'bash',
): SetResult {
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      state.positional = args.slice(i + 1);
      return { ok: true };
    }
    if (arg === '-') {
      state.flags.xtrace = false;
      state.flags.verbose = false;
      continue;
    }
    if (!/^[-+]./.test(arg)) break;
    const on = arg[0] === '-';
    for (const letter of arg.slice(1)) {
      if (letter === 'o') {
        const name = args[i + 1];
        if (name === undefined || name.startsWith('-') || name.startsWith('+'))
          return { ok: true, listOptions: on ? 'minus' : 'plus' };
        i++;
        const flag = BY_LONG.get(name);
        // dash (Debian's /bin/sh) has no pipefail: hadolint's DL4006 advice is SHELL ["/bin/bash", ...].
        if (flag === 'pipefail' && dialect === 'dash')
          return { ok: false, error: `Illegal option -o ${name}`, status: 2 };
        if (flag) state.flags[flag] = on;
        else if (!TOLERATED.has(name))
          return { ok: false, error: `Illegal option -o ${name}`, status: 2 };
        continue;
      }
      const flag = BY_LETTER.get(letter);
      if (flag) state.flags[flag] = on;
      else if (!'bhmBHPTEi'.includes(letter))
        return { ok: false, error: `Illegal option ${arg[0]}${letter}`, status: 2 };
    }
  }
  if (i < args.length) state.positional = args.slice(i);
  return { ok: true };
}

export function setBuiltin(sh: Shell, argv: string[]): number {
  const args = argv.slice(1);
  if (args.length === 0) {
    const names = [...sh.state.vars.keys()].sort();
    for (const name of names) {
      const value = sh.state.get(name);
      if (value !== undefined) sh.stdout(`${name}=${quoteValue(value)}\n`);
    }
    return 0;
  }
  const result = applySetArgs(sh.state, args, sh.dialect);
  if (!result.ok) {
    const badName = result.error.startsWith('Illegal option -o');
    if (sh.dialect === 'bash') {
      sh.builtinError(
        'set',
        badName
          ? `${result.error.slice('Illegal option -o '.length)}: invalid option name`
          : `${result.error.slice('Illegal option '.length)}: invalid option`,
      );
      return 2;
    }
    sh.builtinError(
      'set',
      sh.dialect === 'ash' ? result.error.replace('Illegal', 'illegal') : result.error,
    );
    // An error in a special builtin ends dash; BusyBox only shrugs at an unknown -o name.
    if (sh.dialect === 'ash' && badName) return 1;
    sh.fatal(2);
  }
  if (result.listOptions) {
    for (const flag of Object.keys(FLAG_NAMES) as (keyof Flags)[]) {
      const long = FLAG_NAMES[flag].long;
      const on = sh.state.flags[flag];
      sh.stdout(
        result.listOptions === 'minus'
          ? `${long.padEnd(15)}\t${on ? 'on' : 'off'}\n`
          : `set ${on ? '-' : '+'}o ${long}\n`,
      );
    }
  }
  return 0;
}
