/** head, tail, wc. */
import { utf8Length } from '../../fs/node';
import { fileError } from '../messages';
import type { Program, ProgramIO } from '../program';
import { abs, lines, options, readFileText } from './support';

interface Source {
  name: string;
  text: string;
  /** Size on disk for a regular file (GNU wc sizes its columns by it); undefined for stdin. */
  size?: number;
}

function sources(
  io: ProgramIO,
  names: readonly string[],
  key: 'head.open' | 'tail.open' | 'wc.open',
): { list: Source[]; failed: boolean } {
  if (names.length === 0) return { list: [{ name: '-', text: io.stdin }], failed: false };
  const list: Source[] = [];
  let failed = false;
  for (const name of names) {
    if (name === '-') {
      list.push({ name, text: io.stdin });
      continue;
    }
    const st = io.fs.stat(abs(io, name));
    const read = readFileText(io, name);
    if ('error' in read) {
      io.stderr(fileError(io.userland, key, name, read.error));
      failed = true;
      continue;
    }
    list.push({
      name,
      text: read.text,
      size: st.ok && st.value.node.kind === 'file' ? st.value.node.size : 0,
    });
  }
  return { list, failed };
}

/** `-n 5`, `-5`, `-n +3` (tail: from line 3), `-n -3` (head: all but the last 3). */
function count(
  value: string | undefined,
  fallback: number,
): { n: number; sign: '' | '+' | '-' } | undefined {
  if (value === undefined) return { n: fallback, sign: '' };
  const match = /^([+-]?)([0-9]+)([kKmM]?)$/.exec(value);
  if (!match) return undefined;
  const scale = { '': 1, k: 1024, K: 1024, m: 1048576, M: 1048576 }[match[3] as string] ?? 1;
  return { n: Number(match[2]) * scale, sign: match[1] as '' | '+' | '-' };
}

function numberOption(argv: string[]): string[] {
  // -5 is -n 5.
  return argv.map((arg, i) => (i > 0 && /^-[0-9]+$/.test(arg) ? `-n${arg.slice(1)}` : arg));
}

function headOrTail(tool: 'head' | 'tail', argv: string[], io: ProgramIO): number {
  const opts = options(
    tool,
    numberOption(argv),
    {
      flags: 'qvfF',
      values: 'nc',
      long: {
        'lines=': 'n',
        'bytes=': 'c',
        quiet: 'q',
        silent: 'q',
        verbose: 'v',
        follow: 'f',
        retry: 'F',
      },
    },
    io,
  );
  if (!opts) return 1;
  const byBytes = opts.value('c') !== undefined;
  const amount = count(byBytes ? opts.value('c') : opts.value('n'), 10);
  if (!amount) {
    const bad = byBytes ? opts.value('c') : opts.value('n');
    io.stderr(
      io.userland === 'busybox'
        ? `${tool}: invalid number '${bad}'\n`
        : `${tool}: invalid number of ${byBytes ? 'bytes' : 'lines'}: '${bad}'\n`,
    );
    return 1;
  }
  const { list, failed } = sources(io, opts.operands, tool === 'head' ? 'head.open' : 'tail.open');
  const headers = (list.length > 1 || opts.has('v')) && !opts.has('q');
  list.forEach((src, index) => {
    if (headers)
      io.stdout(
        `${index > 0 ? '\n' : ''}==> ${src.name === '-' ? 'standard input' : src.name} <==\n`,
      );
    io.stdout(slice(tool, src.text, amount, byBytes));
  });
  if (tool === 'tail' && opts.has('f')) {
    io.note('tail -f would wait for more output forever; the simulation stops here.');
  }
  if (tool === 'tail' && failed && list.length === 0 && io.userland === 'busybox')
    io.stderr('tail: no files\n');
  return failed ? 1 : 0;
}

function slice(
  tool: 'head' | 'tail',
  text: string,
  amount: { n: number; sign: string },
  byBytes: boolean,
): string {
  if (byBytes) {
    if (tool === 'head')
      return amount.sign === '-'
        ? text.slice(0, Math.max(0, text.length - amount.n))
        : text.slice(0, amount.n);
    return amount.sign === '+'
      ? text.slice(Math.max(0, amount.n - 1))
      : amount.n === 0
        ? ''
        : text.slice(-amount.n);
  }
  const all = text.split(/(?<=\n)/);
  if (all[all.length - 1] === '') all.pop();
  let picked: string[];
  if (tool === 'head')
    picked =
      amount.sign === '-'
        ? all.slice(0, Math.max(0, all.length - amount.n))
        : all.slice(0, amount.n);
  else if (amount.sign === '+') picked = all.slice(Math.max(0, amount.n - 1));
  else picked = amount.n === 0 ? [] : all.slice(-amount.n);
  return picked.join('');
}

export const head: Program = (argv, io) => headOrTail('head', argv, io);
export const tail: Program = (argv, io) => headOrTail('tail', argv, io);

export const wc: Program = (argv, io) => {
  const opts = options(
    'wc',
    argv,
    {
      flags: 'lwcmL',
      long: { lines: 'l', words: 'w', bytes: 'c', chars: 'm', 'max-line-length': 'L' },
    },
    io,
  );
  if (!opts) return 1;
  const chosen = ['l', 'w', 'm', 'c', 'L'].filter((k) => opts.has(k));
  const keys = chosen.length > 0 ? chosen : ['l', 'w', 'c'];
  const { list, failed } = sources(io, opts.operands, 'wc.open');
  const rows = list.map((src) => ({
    name: src.name,
    counts: keys.map((k) => measure(src.text, k)),
    size: src.size,
  }));
  if (rows.length > 1)
    rows.push({
      name: 'total',
      counts: keys.map((_, i) => rows.reduce((sum, r) => sum + (r.counts[i] ?? 0), 0)),
      size: 0,
    });
  const fromStdin = list.some((s) => s.size === undefined);
  let width: number;
  if (io.userland === 'busybox') width = keys.length === 1 && opts.operands.length <= 1 ? 1 : 9;
  else if (keys.length === 1 && list.length === 1) width = 1;
  else
    width = fromStdin
      ? 7
      : Math.max(1, String(list.reduce((sum, s) => sum + (s.size ?? 0), 0)).length);
  for (const row of rows) {
    const numbers = row.counts.map((n) => String(n).padStart(width)).join(' ');
    io.stdout(
      row.name === '-' && opts.operands.length === 0 ? `${numbers}\n` : `${numbers} ${row.name}\n`,
    );
  }
  return failed ? 1 : 0;
};

function measure(text: string, key: string): number {
  switch (key) {
    case 'l':
      return (text.match(/\n/g) ?? []).length;
    case 'w':
      return text.split(/\s+/).filter((w) => w !== '').length;
    case 'm':
      return [...text].length;
    case 'L':
      return Math.max(0, ...lines(text).map((l) => l.length));
    default:
      return utf8Length(text);
  }
}
