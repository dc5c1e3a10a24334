/**
 * head, tail, wc. Binary content the simulation knows only by identity and size (a "blob":
 * a tarball, an ELF binary) is measured by its size: `wc -c` prints it, and `wc -l`/`-w`
 * estimate as for random bytes (one newline in 256 bytes, one word in 43: six of the 256 byte
 * values are whitespace). `head -c`/`tail -c` pass on a blob of the requested size.
 */
import { utf8Length } from '../../fs/node';
import { fileError } from '../messages';
import { contentToPipe, isBlobText, pipeToContent } from '../pipe-content';
import type { Program, ProgramIO } from '../program';
import { abs, lines, noteUnknownStart, options, readFileText } from './support';

interface Blob {
  blob: string;
  size: number;
}

interface Source {
  name: string;
  text: string;
  /** Size on disk for a regular file (GNU wc sizes its columns by it); undefined for stdin. */
  size?: number;
  /** The content, when it is binary known only by size (text is then empty). */
  blob?: Blob;
  /** The text appended to such content: its known end (fs/node's FileNode.tail). */
  tail?: string;
}

/** stdin as a source: a blob when a program upstream wrote one (`cat app.tgz | wc -c`). */
function stdinSource(io: ProgramIO): Source {
  const text = io.stdin; // read once: stdin is consumed as it is read
  if (!isBlobText(text)) return { name: '-', text };
  const content = pipeToContent(text);
  return 'blob' in content ? { name: '-', text: '', blob: content } : { name: '-', text };
}

function sources(
  io: ProgramIO,
  names: readonly string[],
  key: 'head.open' | 'tail.open' | 'wc.open',
): { list: Source[]; failed: boolean } {
  if (names.length === 0) return { list: [stdinSource(io)], failed: false };
  const list: Source[] = [];
  let failed = false;
  for (const name of names) {
    if (name === '-') {
      list.push(stdinSource(io));
      continue;
    }
    const st = io.fs.stat(abs(io, name));
    const node = st.ok ? st.value.node : undefined;
    if (node?.kind === 'file' && node.text === undefined) {
      list.push({
        name,
        text: '',
        size: node.size,
        blob: { blob: node.blob ?? '', size: node.size },
        ...(node.tail !== undefined ? { tail: node.tail } : {}),
      });
      continue;
    }
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
    if (src.blob && src.tail !== undefined && tool === 'tail')
      io.stdout(knownEnd(io, src.name, src.blob.size, src.tail, amount, byBytes));
    else if (src.blob) {
      if (src.tail !== undefined) noteUnknownStart(io, abs(io, src.name), src.blob.size, src.tail);
      io.stdout(sliceBlob(tool, src.blob, amount, byBytes));
    } else io.stdout(slice(tool, src.text, amount, byBytes));
  });
  if (tool === 'tail' && opts.has('f')) {
    io.note('tail -f would wait for more output forever; the simulation stops here.');
  }
  if (tool === 'tail' && failed && list.length === 0 && io.userland === 'busybox')
    io.stderr('tail: no files\n');
  return failed ? 1 : 0;
}

/**
 * tail of a size-only file with text appended: the end of that text when it holds what was
 * asked for; otherwise all of it, with a note that what came before is not modelled.
 */
function knownEnd(
  io: ProgramIO,
  name: string,
  size: number,
  tail: string,
  amount: { n: number; sign: string },
  byBytes: boolean,
): string {
  const held = byBytes ? utf8Length(tail) : lines(tail).length;
  if (amount.sign !== '+' && amount.n <= held) return slice('tail', tail, amount, byBytes);
  noteUnknownStart(io, abs(io, name), size, tail);
  return tail;
}

/** A part of a blob, as a blob of that size (lines counted as wc -l estimates them). */
function sliceBlob(
  tool: 'head' | 'tail',
  blob: Blob,
  amount: { n: number; sign: string },
  byBytes: boolean,
): string {
  const unit = byBytes ? 1 : BYTES_PER_LINE;
  const total = blob.size;
  let size: number;
  if (tool === 'head' && amount.sign === '-')
    size = total - amount.n * unit; // all but the last n
  else if (tool === 'tail' && amount.sign === '+')
    size = total - (amount.n - 1) * unit; // from the nth on
  else size = amount.n * unit;
  size = Math.max(0, Math.min(total, size));
  if (size === blob.size) return contentToPipe(blob);
  if (size === 0) return '';
  const range = tool === 'head' ? `0-${size}` : `${blob.size - size}-${blob.size}`;
  return contentToPipe({ blob: `${blob.blob}#bytes=${range}`, size });
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
    counts: keys.map((k) => (src.blob ? measureBlob(src.blob.size, k) : measure(src.text, k))),
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

const BYTES_PER_LINE = 256;
const BYTES_PER_WORD = 43;

function measureBlob(size: number, key: string): number {
  if (key === 'l') return Math.floor(size / BYTES_PER_LINE);
  if (key === 'w') return Math.floor(size / BYTES_PER_WORD);
  if (key === 'L') return Math.min(size, BYTES_PER_LINE);
  return size;
}

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
