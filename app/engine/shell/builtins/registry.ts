/**
 * The shell's builtins, registered by name. Special builtins (POSIX) keep the assignments
 * written before them and are found before functions. Some names exist only in some shells:
 * dash has no `source` (a classic surprise when a Dockerfile's RUN uses it).
 */
import type { Shell } from '../exec/shell';
import type { Dialect } from '../syntax-error';
import { cdBuiltin, pwdBuiltin, ulimitBuiltin, umaskBuiltin } from './dirs';
import {
  breakBuiltin,
  continueBuiltin,
  evalBuiltin,
  execBuiltin,
  exitBuiltin,
  returnBuiltin,
  sourceBuiltin,
  trapBuiltin,
  waitBuiltin,
} from './flow';
import { commandBuiltin, hashBuiltin, typeBuiltin } from './lookup';
import { getoptsBuiltin } from './getopts';
import { readBuiltin } from './read';
import { setBuiltin } from './set';
import { echoBuiltin, falseBuiltin, printfBuiltin, testBuiltin, trueBuiltin } from './utilities';
import { exportBuiltin, localBuiltin, readonlyBuiltin, shiftBuiltin, unsetBuiltin } from './vars';

export type Builtin = (sh: Shell, argv: string[]) => number;

interface Entry {
  run: Builtin;
  /** Only these shells have it. */
  only?: Dialect[];
}

const tolerated: Builtin = () => 0;

const ENTRIES: Record<string, Entry> = {
  ':': { run: trueBuiltin },
  '.': { run: sourceBuiltin },
  source: { run: sourceBuiltin, only: ['ash', 'bash'] },
  break: { run: breakBuiltin },
  continue: { run: continueBuiltin },
  eval: { run: evalBuiltin },
  exec: { run: execBuiltin },
  exit: { run: exitBuiltin },
  export: { run: exportBuiltin },
  readonly: { run: readonlyBuiltin },
  return: { run: returnBuiltin },
  set: { run: setBuiltin },
  shift: { run: shiftBuiltin },
  trap: { run: trapBuiltin },
  unset: { run: unsetBuiltin },
  times: { run: (sh) => (sh.stdout('0m0.000s 0m0.000s\n0m0.000s 0m0.000s\n'), 0) },
  cd: { run: cdBuiltin },
  pwd: { run: pwdBuiltin },
  local: { run: localBuiltin },
  read: { run: readBuiltin },
  getopts: { run: getoptsBuiltin },
  umask: { run: umaskBuiltin },
  ulimit: { run: ulimitBuiltin },
  wait: { run: waitBuiltin },
  command: { run: commandBuiltin },
  type: { run: typeBuiltin },
  hash: { run: hashBuiltin },
  true: { run: trueBuiltin },
  false: { run: falseBuiltin },
  echo: { run: echoBuiltin },
  printf: { run: printfBuiltin },
  test: { run: testBuiltin },
  '[': { run: testBuiltin },
  alias: { run: tolerated },
  unalias: { run: tolerated },
  jobs: { run: tolerated },
  shopt: { run: tolerated, only: ['bash'] },
  declare: { run: (sh, argv) => exportLike(sh, argv), only: ['bash'] },
  typeset: { run: (sh, argv) => exportLike(sh, argv), only: ['bash'] },
};

/** bash's `declare`/`typeset`: -x exports, -r makes readonly, otherwise plain assignment. */
function exportLike(sh: Shell, argv: string[]): number {
  const flags = argv
    .slice(1)
    .filter((a) => a.startsWith('-'))
    .join('');
  const names = argv.slice(1).filter((a) => !a.startsWith('-'));
  if (flags.includes('x')) return exportBuiltin(sh, ['export', ...names]);
  if (flags.includes('r')) return readonlyBuiltin(sh, ['readonly', ...names]);
  for (const arg of names) {
    const eq = arg.indexOf('=');
    if (eq > 0) sh.assign(arg.slice(0, eq), arg.slice(eq + 1));
  }
  return 0;
}

export const SPECIAL_BUILTINS: ReadonlySet<string> = new Set([
  ':',
  '.',
  'break',
  'continue',
  'eval',
  'exec',
  'exit',
  'export',
  'readonly',
  'return',
  'set',
  'shift',
  'times',
  'trap',
  'unset',
]);

export function builtinFor(name: string, dialect: Dialect): Builtin | undefined {
  if (!Object.hasOwn(ENTRIES, name)) return undefined;
  const entry = ENTRIES[name] as Entry;
  if (entry.only && !entry.only.includes(dialect)) return undefined;
  return entry.run;
}
