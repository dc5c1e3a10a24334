/** sort, uniq, tr, cut: line filters over files or stdin. */
import type { Program } from '../program';
import { joinLines, lines, options, readInputs, writeText, abs } from './support';

interface SortKey {
  start: number;
  end?: number;
  numeric: boolean;
  reverse: boolean;
}

function parseKey(spec: string, numeric: boolean): SortKey {
  const [startPart = '1', endPart] = spec.split(',');
  const start = parseInt(startPart, 10) || 1;
  const end = endPart ? parseInt(endPart, 10) || undefined : undefined;
  const flags = spec.replace(/[0-9.,]/g, '');
  return {
    start,
    end,
    numeric: numeric || flags.includes('n') || flags.includes('g') || flags.includes('h'),
    reverse: flags.includes('r'),
  };
}

function field(line: string, key: SortKey, sep: string | undefined): string {
  const parts = sep === undefined ? line.trim().split(/\s+/) : line.split(sep);
  return parts.slice(key.start - 1, key.end ?? parts.length).join(sep ?? ' ');
}

function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    if (x === y) continue;
    if (i % 2 === 1) return Number(x) - Number(y);
    return compareBytes(x, y);
  }
  return 0;
}

export const sort: Program = (argv, io) => {
  const opts = options(
    'sort',
    argv,
    {
      flags: 'rnufVbdcshgMR',
      values: 'kto',
      long: {
        reverse: 'r',
        'numeric-sort': 'n',
        unique: 'u',
        'ignore-case': 'f',
        'version-sort': 'V',
        'key=': 'k',
        'field-separator=': 't',
        'output=': 'o',
        check: 'c',
        'human-numeric-sort': 'h',
      },
    },
    io,
  );
  if (!opts) return 2;
  const { inputs, failed } = readInputs(io, opts.operands, 'sort.open');
  if (failed) return 2;
  const all = inputs.flatMap((i) => lines(i.text));
  const sep = opts.value('t');
  const numeric = opts.has('n') || opts.has('g') || opts.has('h');
  const keys = opts.values('k').map((k) => parseKey(k, numeric));
  const fold = (s: string): string => (opts.has('f') ? s.toUpperCase() : s);
  const compareValues = (a: string, b: string, isNumeric: boolean): number => {
    if (opts.has('V')) return compareVersions(a, b);
    if (isNumeric) {
      const diff = (parseFloat(a) || 0) - (parseFloat(b) || 0);
      if (diff !== 0) return diff;
      return 0;
    }
    return compareBytes(fold(a), fold(b));
  };
  const compare = (a: string, b: string): number => {
    for (const key of keys) {
      const c = compareValues(field(a, key, sep), field(b, key, sep), key.numeric);
      if (c !== 0) return key.reverse ? -c : c;
    }
    const c = keys.length > 0 ? 0 : compareValues(a, b, numeric);
    if (c !== 0 || opts.has('u')) return c;
    return numeric || keys.length > 0 ? compareBytes(a, b) : 0;
  };
  let sorted = [...all].sort(compare);
  if (opts.has('r')) sorted.reverse();
  if (opts.has('c')) {
    const bad = all.findIndex((line, i) => i > 0 && compare(all[i - 1] as string, line) > 0);
    if (bad > 0) {
      io.stderr(`sort: -:${bad + 1}: disorder: ${all[bad]}\n`);
      return 1;
    }
    return 0;
  }
  if (opts.has('u'))
    sorted = sorted.filter((line, i) => i === 0 || compare(sorted[i - 1] as string, line) !== 0);
  const out = joinLines(sorted);
  const output = opts.value('o');
  if (output) writeText(io, abs(io, output), out);
  else io.stdout(out);
  return 0;
};

export const uniq: Program = (argv, io) => {
  const opts = options(
    'uniq',
    argv,
    {
      flags: 'cdui',
      values: 'fs',
      long: { count: 'c', repeated: 'd', unique: 'u', 'ignore-case': 'i' },
    },
    io,
  );
  if (!opts) return 1;
  const { inputs, failed } = readInputs(io, opts.operands.slice(0, 1), 'uniq.open');
  if (failed) return 1;
  const same = (a: string, b: string): boolean =>
    opts.has('i') ? a.toLowerCase() === b.toLowerCase() : a === b;
  const groups: { line: string; count: number }[] = [];
  for (const line of lines(inputs[0]?.text ?? '')) {
    const last = groups[groups.length - 1];
    if (last && same(last.line, line)) last.count++;
    else groups.push({ line, count: 1 });
  }
  const kept = groups.filter((g) =>
    opts.has('d') ? g.count > 1 : opts.has('u') ? g.count === 1 : true,
  );
  const out = joinLines(
    kept.map((g) => (opts.has('c') ? `${String(g.count).padStart(7)} ${g.line}` : g.line)),
  );
  const output = opts.operands[1];
  if (output) writeText(io, abs(io, output), out);
  else io.stdout(out);
  return 0;
};

const TR_CLASSES: Record<string, string> = {
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  digit: '0123456789',
  space: ' \t\n\r\f\v',
  blank: ' \t',
  punct: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
};
TR_CLASSES.alpha = (TR_CLASSES.upper as string) + TR_CLASSES.lower;
TR_CLASSES.alnum = TR_CLASSES.alpha + (TR_CLASSES.digit as string);
TR_CLASSES.xdigit = '0123456789ABCDEFabcdef';

/** Expands a tr set: ranges, [:classes:], escapes. */
export function trSet(spec: string): string[] {
  const out: string[] = [];
  const chars: string[] = [];
  for (let i = 0; i < spec.length; i++) {
    const ch = spec[i] as string;
    if (ch === '[' && spec[i + 1] === ':') {
      const close = spec.indexOf(':]', i);
      const cls = close > 0 ? TR_CLASSES[spec.slice(i + 2, close)] : undefined;
      if (cls !== undefined) {
        chars.push(...cls);
        i = close + 1;
        continue;
      }
    }
    if (ch === '\\' && i + 1 < spec.length) {
      const next = spec[++i] as string;
      const map: Record<string, string> = {
        n: '\n',
        t: '\t',
        r: '\r',
        '\\': '\\',
        f: '\f',
        v: '\v',
        a: '\x07',
        b: '\b',
      };
      if (/[0-7]/.test(next)) {
        const digits = /^[0-7]{1,3}/.exec(spec.slice(i))?.[0] ?? next;
        chars.push(String.fromCharCode(parseInt(digits, 8)));
        i += digits.length - 1;
      } else chars.push(map[next] ?? next);
      continue;
    }
    chars.push(ch);
  }
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (chars[i + 1] === '-' && chars[i + 2] !== undefined) {
      const end = (chars[i + 2] as string).charCodeAt(0);
      for (let code = c.charCodeAt(0); code <= end; code++) out.push(String.fromCharCode(code));
      i += 2;
    } else out.push(c);
  }
  return out;
}

export const tr: Program = (argv, io) => {
  const opts = options(
    'tr',
    argv,
    { flags: 'dscCt', long: { delete: 'd', 'squeeze-repeats': 's', complement: 'c' } },
    io,
  );
  if (!opts) return 1;
  const [set1 = '', set2] = opts.operands;
  if (opts.operands.length === 0 || (!opts.has('d') && !opts.has('s') && set2 === undefined)) {
    io.stderr(
      io.userland === 'busybox'
        ? 'Usage: tr [-cds] STRING1 [STRING2]\n'
        : `tr: missing operand${opts.operands.length ? ` after '${set1}'` : ''}\nTry 'tr --help' for more information.\n`,
    );
    return 1;
  }
  const complement = opts.has('c') || opts.has('C');
  const from = trSet(set1);
  const to = set2 === undefined ? [] : trSet(set2);
  const inSet1 = (c: string): boolean => from.includes(c) !== complement;
  let out = '';
  let last: string | undefined;
  const squeezeSet = opts.has('d') ? to : to.length > 0 ? to : from;
  for (const c of io.stdin) {
    let mapped: string | undefined = c;
    if (opts.has('d')) {
      if (inSet1(c)) continue;
    } else if (to.length > 0 && inSet1(c)) {
      mapped = complement ? to[to.length - 1] : (to[from.indexOf(c)] ?? to[to.length - 1]);
    }
    if (
      opts.has('s') &&
      mapped === last &&
      squeezeSet.includes(mapped as string) !== (complement && !opts.has('d') && to.length === 0)
    )
      continue;
    out += mapped;
    last = mapped;
  }
  io.stdout(out);
  return 0;
};

function parseList(spec: string): ((n: number) => boolean) | undefined {
  const ranges: [number, number][] = [];
  for (const part of spec.split(',')) {
    const m = /^([0-9]*)(-?)([0-9]*)$/.exec(part);
    if (!m || (m[1] === '' && m[3] === '')) return undefined;
    const start = m[1] ? Number(m[1]) : 1;
    const end = m[2] ? (m[3] ? Number(m[3]) : Infinity) : start;
    ranges.push([start, end]);
  }
  return (n) => ranges.some(([a, b]) => n >= a && n <= b);
}

export const cut: Program = (argv, io) => {
  const opts = options(
    'cut',
    argv,
    {
      flags: 'sn',
      values: 'dfcb',
      long: {
        'delimiter=': 'd',
        'fields=': 'f',
        'characters=': 'c',
        'bytes=': 'b',
        'only-delimited': 's',
        complement: 'complement',
        'output-delimiter=': 'od',
      },
    },
    io,
  );
  if (!opts) return 1;
  const spec = opts.value('f') ?? opts.value('c') ?? opts.value('b');
  if (spec === undefined) {
    io.stderr(
      io.userland === 'busybox'
        ? 'cut: expected a list of bytes, characters, or fields\n'
        : "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
    );
    return 1;
  }
  const selected = parseList(spec);
  if (!selected) {
    io.stderr(`cut: invalid byte, character or field list\n`);
    return 1;
  }
  const pick = opts.has('complement') ? (n: number) => !selected(n) : selected;
  const delim = opts.value('d') ?? '\t';
  const outDelim = opts.value('od') ?? delim;
  const { inputs, failed } = readInputs(io, opts.operands, 'cut.open');
  const out: string[] = [];
  for (const line of inputs.flatMap((i) => lines(i.text))) {
    if (opts.value('f') !== undefined) {
      if (!line.includes(delim)) {
        if (!opts.has('s')) out.push(line);
        continue;
      }
      out.push(
        line
          .split(delim)
          .filter((_, i) => pick(i + 1))
          .join(outDelim),
      );
    } else out.push([...line].filter((_, i) => pick(i + 1)).join(''));
  }
  io.stdout(joinLines(out));
  return failed ? 1 : 0;
};
