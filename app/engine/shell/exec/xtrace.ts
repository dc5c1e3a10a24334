/**
 * `set -x` traces, written to the shell's stderr before the command's own redirections.
 * dash prints the expanded words as they are (`+ echo a b`); BusyBox and bash quote words
 * that need it (`+ echo 'a b'`), and bash prints each assignment on its own line.
 */
import type { Shell } from './shell';

const ASH_SAFE = /^[A-Za-z0-9_/.,:+-]+$/;
const ASH_QUOTED_WORDS = new Set([
  'in',
  'for',
  'do',
  'done',
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'case',
  'esac',
  'while',
  'until',
  '{',
  '}',
  '!',
]);

export function trace(
  sh: Shell,
  assigns: readonly [string, string][],
  argv: readonly string[],
): void {
  const dialect = sh.dialect;
  const ps4 = sh.state.get('PS4') ?? '+ ';
  if (dialect === 'dash') {
    sh.stderr(`${ps4}${[...assigns.map(([n, v]) => `${n}=${v}`), ...argv].join(' ')}\n`);
    return;
  }
  if (dialect === 'ash') {
    const words = [
      ...assigns.map(([n, v]) => `${n}=${ashQuote(v)}`),
      ...argv.map((w) => (w.includes('=') ? ashQuote(w, true) : ashQuote(w))),
    ];
    sh.stderr(`${ps4}${words.join(' ')}\n`);
    return;
  }
  for (const [name, value] of assigns) sh.stderr(`${ps4}${name}=${bashQuote(value)}\n`);
  if (argv.length > 0) sh.stderr(`${ps4}${argv.map(bashQuote).join(' ')}\n`);
}

function ashQuote(word: string, force = false): string {
  if (word === '') return '';
  if (!force && ASH_SAFE.test(word) && !ASH_QUOTED_WORDS.has(word)) return word;
  return `'${word.replace(/'/g, `'"'"'`)}'`;
}

function bashQuote(word: string): string {
  if (word === '') return "''";
  if (/^[A-Za-z0-9_/.,:+=@%-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
