/** command, type, hash: how a name would be found (function, builtin, keyword, PATH). */
import { findOnPath, resolveCommand } from '../exec/lookup';
import type { Shell } from '../exec/shell';
import { dispatchProgramOnly } from '../exec/simple';
import { builtinFor, SPECIAL_BUILTINS } from './registry';

const KEYWORDS = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'case',
  'esac',
  'for',
  'while',
  'until',
  'do',
  'done',
  '{',
  '}',
  '!',
  'in',
]);

type Found =
  | { kind: 'keyword' | 'function' | 'builtin' | 'special' }
  | { kind: 'file'; path: string }
  | { kind: 'missing' };

function find(sh: Shell, name: string): Found {
  if (KEYWORDS.has(name)) return { kind: 'keyword' };
  if (sh.state.functions.has(name)) return { kind: 'function' };
  if (builtinFor(name, sh.dialect))
    return { kind: SPECIAL_BUILTINS.has(name) ? 'special' : 'builtin' };
  if (name.includes('/')) {
    const r = resolveCommand(sh.fs, sh.rt.programs, name, sh.state.get('PATH'), sh.state.cwd);
    return r.kind === 'not-found' || r.kind === 'denied'
      ? { kind: 'missing' }
      : { kind: 'file', path: name };
  }
  const path = findOnPath(sh.fs, name, sh.state.get('PATH'), sh.state.cwd);
  return path ? { kind: 'file', path } : { kind: 'missing' };
}

function describe(sh: Shell, name: string, found: Found): string {
  switch (found.kind) {
    case 'keyword':
      return `${name} is a shell keyword`;
    case 'function':
      return sh.dialect === 'dash' ? `${name} is a shell function` : `${name} is a function`;
    case 'special':
      return sh.dialect === 'bash'
        ? `${name} is a shell builtin`
        : `${name} is a special shell builtin`;
    case 'builtin':
      return `${name} is a shell builtin`;
    case 'file':
      return `${name} is ${found.path}`;
    case 'missing':
      return `${name}: not found`;
  }
}

export function typeBuiltin(sh: Shell, argv: string[]): number {
  let status = 0;
  for (const name of argv.slice(1).filter((a) => !/^-[a-zA-Z]+$/.test(a))) {
    const found = find(sh, name);
    if (found.kind === 'missing') {
      status = sh.dialect === 'bash' ? 1 : 127;
      if (sh.dialect === 'bash') sh.builtinError('type', `${name}: not found`);
      else sh.stdout(`${name}: not found\n`);
    } else sh.stdout(`${describe(sh, name, found)}\n`);
  }
  return status;
}

export function commandBuiltin(sh: Shell, argv: string[]): number {
  const args = argv.slice(1);
  let mode: 'run' | 'v' | 'V' = 'run';
  while (args[0]?.startsWith('-') && args[0] !== '-') {
    const flag = args.shift() as string;
    if (flag === '--') break;
    if (flag.includes('v')) mode = 'v';
    if (flag.includes('V')) mode = 'V';
  }
  if (args.length === 0) return 0;
  if (mode === 'run') return dispatchProgramOnly(sh, args);
  // dash and BusyBox look at the first name only; bash at each.
  const names = sh.dialect === 'bash' ? args : args.slice(0, 1);
  let status = 0;
  for (const name of names) {
    const found = find(sh, name);
    if (found.kind === 'missing') {
      status = sh.dialect === 'bash' ? 1 : 127;
      if (mode === 'V') {
        if (sh.dialect === 'bash') sh.builtinError('command', `${name}: not found`);
        else sh.stderr(`${name}: not found\n`);
      }
      continue;
    }
    if (mode === 'V') sh.stdout(`${describe(sh, name, found)}\n`);
    else sh.stdout(`${found.kind === 'file' ? found.path : name}\n`);
  }
  return status;
}

export function hashBuiltin(sh: Shell, argv: string[]): number {
  let status = 0;
  for (const name of argv.slice(1).filter((a) => !a.startsWith('-'))) {
    if (find(sh, name).kind === 'missing') {
      sh.builtinError('hash', `${name}: not found`);
      status = 1;
    }
  }
  if (argv.length === 1 && sh.dialect === 'bash') sh.stdout('hash: hash table empty\n');
  return status;
}
