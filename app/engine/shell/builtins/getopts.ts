/**
 * getopts: parses options one call at a time, as entrypoint scripts do in
 * `while getopts "ab:" opt; do case $opt in ...`. State lives in OPTIND and, inside a bundle
 * such as -abc, in which letter comes next. dash and BusyBox move OPTIND past a bundle at
 * its first letter; bash only after its last.
 */
import type { Shell } from '../exec/shell';

export function getoptsBuiltin(sh: Shell, argv: string[]): number {
  const [optstring, name, ...given] = argv.slice(1);
  if (optstring === undefined || name === undefined) {
    sh.builtinError('getopts', 'usage: getopts optstring var [arg...]');
    return 2;
  }
  const args = given.length > 0 ? given : sh.state.positional;
  const silent = optstring.startsWith(':');
  const spec = silent ? optstring.slice(1) : optstring;
  const optind = Number(sh.state.get('OPTIND') ?? '1');
  const saved = sh.getoptsOffset;
  const resuming = saved !== undefined && saved.optind === optind;
  const index = resuming ? saved.index : Number.isInteger(optind) && optind >= 1 ? optind : 1;
  const offset = resuming ? saved.offset : 1;
  sh.getoptsOffset = undefined;
  const arg = args[index - 1];
  if (arg === undefined || arg === '--' || !arg.startsWith('-') || arg === '-') {
    if (arg === '--') sh.assign('OPTIND', String(index + 1));
    sh.assign(name, '?');
    return 1;
  }
  const letter = arg[offset] as string;
  const more = offset + 1 < arg.length;
  const bash = sh.dialect === 'bash';
  /** Moves past this letter: to the next letter of the bundle or to the next word. */
  const step = (): void => {
    if (!more) {
      sh.assign('OPTIND', String(index + 1));
      return;
    }
    const next = bash ? index : index + 1;
    sh.assign('OPTIND', String(next));
    sh.getoptsOffset = { optind: next, index, offset: offset + 1 };
  };
  const at = letter === ':' ? -1 : spec.indexOf(letter);
  if (at < 0) {
    if (silent) sh.assign('OPTARG', letter);
    else
      sh.stderr(
        bash ? `${sh.proc.argv0}: illegal option -- ${letter}\n` : `Illegal option -${letter}\n`,
      );
    sh.assign(name, '?');
    step();
    return 0;
  }
  if (spec[at + 1] !== ':') {
    if (bash) sh.state.vars.delete('OPTARG');
    else sh.assign('OPTARG', '');
    sh.assign(name, letter);
    step();
    return 0;
  }
  const value = more ? arg.slice(offset + 1) : args[index];
  sh.assign('OPTIND', String(more || value === undefined ? index + 1 : index + 2));
  if (value === undefined) {
    if (silent) {
      sh.assign(name, ':');
      sh.assign('OPTARG', letter);
    } else {
      sh.stderr(
        bash
          ? `${sh.proc.argv0}: option requires an argument -- ${letter}\n`
          : `No arg for -${letter} option\n`,
      );
      sh.assign(name, '?');
    }
    return 0;
  }
  sh.assign('OPTARG', value);
  sh.assign(name, letter);
  return 0;
}
