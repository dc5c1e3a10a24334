/**
 * awk's built-in functions. sub/gsub/split/match take a regex (`/re/` or a string used as
 * one); sub and gsub write back to their target (default $0). system() runs `sh -c` through
 * the shell, after writing buffered output as awk flushes it. rand() is a fixed sequence:
 * the engine is deterministic, and awk's own is the same each run until srand().
 */
import type { Expr, LValue } from './ast';
import { evaluate, read, regexSource, write } from './eval';
import { formatArgs } from './exec';
import { sprintf } from './format';
import { splitByRegex, splitFields } from './record';
import type { AwkRuntime } from './runtime';
import { Strnum, toNum, type Value } from './values';

const ARITY: Record<string, [number, number]> = {
  length: [0, 1],
  substr: [2, 3],
  index: [2, 2],
  split: [2, 3],
  sub: [2, 3],
  gsub: [2, 3],
  match: [2, 2],
  sprintf: [1, 255],
  tolower: [1, 1],
  toupper: [1, 1],
  int: [1, 1],
  sqrt: [1, 1],
  exp: [1, 1],
  log: [1, 1],
  sin: [1, 1],
  cos: [1, 1],
  atan2: [2, 2],
  rand: [0, 0],
  srand: [0, 1],
  system: [1, 1],
  close: [1, 1],
  fflush: [0, 1],
};

function isLValue(e: Expr): e is LValue {
  return e.type === 'var' || e.type === 'index' || e.type === 'field';
}

export function callBuiltin(rt: AwkRuntime, name: string, args: readonly Expr[]): Value {
  const [min, max] = ARITY[name] ?? [0, 0];
  if (args.length < min || args.length > max)
    rt.fail(`wrong number of arguments in call to ${name}`);
  const arg = (i: number): Value => evaluate(rt, args[i] as Expr);
  const str = (i: number): string => rt.str(arg(i));
  const num = (i: number): number => toNum(arg(i));
  switch (name) {
    case 'length': {
      const only = args[0];
      if (!only) return [...rt.record.whole].length;
      if (only.type === 'var' && rt.cell(only.name).a) return rt.array(only.name).size;
      return [...str(0)].length;
    }
    case 'substr':
      return substr(str(0), num(1), args.length > 2 ? num(2) : undefined);
    case 'index': {
      const text = str(0);
      return text.indexOf(str(1)) + 1;
    }
    case 'split':
      return split(rt, args);
    case 'sub':
    case 'gsub':
      return substitute(rt, args, name === 'gsub');
    case 'match': {
      const text = str(0);
      const re = rt.regex(regexSource(rt, args[1] as Expr));
      re.lastIndex = 0;
      const m = re.exec(text);
      const start = m ? [...text.slice(0, m.index)].length + 1 : 0;
      rt.cell('RSTART').v = start;
      rt.cell('RLENGTH').v = m ? [...m[0]].length : -1;
      return start;
    }
    case 'sprintf': {
      const values = args.map((a) => evaluate(rt, a));
      return sprintf(rt.str(values[0]), formatArgs(rt, values.slice(1)));
    }
    case 'tolower':
      return str(0).toLowerCase();
    case 'toupper':
      return str(0).toUpperCase();
    case 'int':
      return Math.trunc(num(0));
    case 'sqrt':
      return Math.sqrt(num(0));
    case 'exp':
      return Math.exp(num(0));
    case 'log':
      return Math.log(num(0));
    case 'sin':
      return Math.sin(num(0));
    case 'cos':
      return Math.cos(num(0));
    case 'atan2':
      return Math.atan2(num(0), num(1));
    case 'rand':
      return random(rt);
    case 'srand': {
      const previous = toNum(rt.cell('\0seed').v);
      rt.cell('\0seed').v = args.length ? num(0) : Math.floor(rt.io.now / 1000);
      rt.cell('\0state').v = undefined;
      return previous;
    }
    case 'system': {
      const command = str(0);
      rt.streams.flushFiles();
      if (!rt.io.runScript) return 127;
      return rt.io.runScript(command, { argv0: 'sh', commandString: true });
    }
    case 'close':
      return rt.streams.close(str(0));
    default:
      // fflush: output is written as it is produced, files at close or exit.
      return 0;
  }
}

/** POSIX substr: characters m .. m+n-1 of s, positions truncated, clipped to the string. */
export function substr(s: string, m: number, n: number | undefined): string {
  const chars = [...s];
  let start = Number.isFinite(m) ? Math.trunc(m) : m > 0 ? Infinity : 1;
  let end = n === undefined ? chars.length + 1 : Number.isNaN(n) ? start : start + Math.trunc(n);
  if (start < 1) start = 1;
  if (end > chars.length + 1) end = chars.length + 1;
  return end <= start ? '' : chars.slice(start - 1, end - 1).join('');
}

function split(rt: AwkRuntime, args: readonly Expr[]): number {
  const text = rt.str(evaluate(rt, args[0] as Expr));
  const target = args[1] as Expr;
  if (target.type !== 'var') rt.fail('split: second argument must be an array');
  const sep = args[2];
  let parts: string[];
  if (sep?.type === 'regex') parts = splitByRegex(text, rt.regex(sep.source));
  else {
    const fs = sep ? rt.str(evaluate(rt, sep)) : rt.special('FS');
    parts = splitFields(text, fs, (s) => rt.regex(s));
  }
  const array = rt.array(target.name);
  array.clear();
  parts.forEach((part, i) => array.set(String(i + 1), new Strnum(part)));
  return parts.length;
}

/** The replacement for one match: `&` is the match, `\&` a literal &, `\\` a backslash. */
function expand(replacement: string, matched: string): string {
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const ch = replacement[i] as string;
    if (ch === '\\' && (replacement[i + 1] === '&' || replacement[i + 1] === '\\')) {
      out += replacement[++i];
    } else out += ch === '&' ? matched : ch;
  }
  return out;
}

function substitute(rt: AwkRuntime, args: readonly Expr[], global: boolean): number {
  const re = rt.regex(regexSource(rt, args[0] as Expr));
  const replacement = rt.str(evaluate(rt, args[1] as Expr));
  const targetExpr = args[2] ?? ({ type: 'field', index: { type: 'num', value: 0 } } as const);
  if (!isLValue(targetExpr))
    rt.fail(`${global ? 'gsub' : 'sub'}: third argument is not assignable`);
  const text = rt.str(read(rt, targetExpr));
  let out = '';
  let count = 0;
  let pos = 0;
  let lastMatchEnd = -1;
  while (pos <= text.length) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) break;
    if (m[0] === '' && m.index === lastMatchEnd) {
      // An empty match right after a match: move on one character.
      if (m.index >= text.length) break;
      out += text[m.index];
      pos = m.index + 1;
      continue;
    }
    out += text.slice(pos, m.index) + expand(replacement, m[0]);
    count++;
    lastMatchEnd = m.index + m[0].length;
    if (m[0] === '') {
      if (m.index < text.length) out += text[m.index];
      pos = m.index + 1;
    } else pos = lastMatchEnd;
    if (!global) break;
  }
  if (count === 0) return 0;
  out += text.slice(pos);
  write(rt, targetExpr, out);
  return count;
}

/** A small linear congruential generator: the same sequence every run, as awk's is. */
function random(rt: AwkRuntime): number {
  const stateCell = rt.cell('\0state');
  let state = stateCell.v === undefined ? toNum(rt.cell('\0seed').v) + 1 : toNum(stateCell.v);
  state = (Math.imul(state, 1103515245) + 12345) >>> 0;
  stateCell.v = state;
  return state / 4294967296;
}
