/** xargs: builds command lines from stdin; -n -I -r -0 -d -t -L (-P is accepted and ignored). */
import type { Program } from '../program';
import { options } from './support';

/** Splits xargs input: blanks separate, quotes and backslashes group (as POSIX xargs). */
export function xargsWords(text: string): string[] {
  const words: string[] = [];
  let current = '';
  let has = false;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote) {
      if (ch === quote) quote = undefined;
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      has = true;
    } else if (ch === '\\' && i + 1 < text.length) {
      current += text[++i];
      has = true;
    } else if (/\s/.test(ch)) {
      if (has || current) words.push(current);
      current = '';
      has = false;
    } else {
      current += ch;
      has = true;
    }
  }
  if (has || current) words.push(current);
  return words;
}

export const xargs: Program = (argv, io) => {
  const opts = options(
    'xargs',
    argv,
    {
      flags: 'rt0xp',
      values: 'nIiLdPsE',
      long: {
        'no-run-if-empty': 'r',
        verbose: 't',
        null: '0',
        'max-args=': 'n',
        'replace=': 'I',
        'max-procs=': 'P',
        'delimiter=': 'd',
        'arg-file=': 'a',
      },
      stopAtOperand: true,
    },
    io,
  );
  if (!opts) return 1;
  const command = opts.operands.length > 0 ? opts.operands : ['echo'];
  const input = io.stdin;
  const replace = opts.value('I') ?? opts.value('i');
  const delimiter = opts.has('0') ? '\0' : opts.value('d');
  let items: string[];
  if (replace !== undefined)
    items = input
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
  else if (delimiter !== undefined)
    items = input
      .split(delimiter === '\\n' ? '\n' : delimiter)
      .filter((w, i, all) => w !== '' || i < all.length - 1);
  else items = xargsWords(input);
  // GNU runs the command once even without input; BusyBox (and -r) does not.
  if (items.length === 0 && (opts.has('r') || io.userland === 'busybox')) return 0;
  const perCall =
    replace !== undefined ? 1 : Number(opts.value('n') ?? opts.value('L') ?? Infinity) || Infinity;
  let status = 0;
  const calls: string[][] = [];
  if (items.length === 0) calls.push(command);
  for (let i = 0; i < items.length; i += perCall === Infinity ? items.length : perCall) {
    const batch = items.slice(i, perCall === Infinity ? undefined : i + perCall);
    calls.push(
      replace !== undefined
        ? command.map((w) => w.replaceAll(replace, batch[0] ?? ''))
        : [...command, ...batch],
    );
  }
  for (const call of calls) {
    if (opts.has('t')) io.stderr(call.join(' ') + '\n');
    const code = io.run(call, '');
    if (code === 127) {
      io.stderr(
        io.userland === 'busybox'
          ? `xargs: ${call[0]}: No such file or directory\n`
          : `xargs: ${call[0]}: No such file or directory\n`,
      );
      return 127;
    }
    if (code === 255) return 124;
    if (code !== 0) status = 123;
  }
  return status;
};
