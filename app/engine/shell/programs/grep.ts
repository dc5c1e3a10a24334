/** grep (and egrep, fgrep): -q -v -i -E -F -c -n -l -L -h -H -o -w -x -r -s -e -f -m -A -B -C. */
import { basename } from '../../fs/path';
import { fileError } from '../messages';
import type { Program } from '../program';
import { compile } from './regex';
import { abs, lines, options, readFileText, subtreePaths } from './support';

export const grep: Program = (argv, io) => {
  const name = basename(argv[0] ?? 'grep');
  const opts = options(
    'grep',
    argv,
    {
      flags: 'qvicnlLhHowxrRsEFGPzabIT',
      values: 'efmABCd',
      long: {
        quiet: 'q',
        silent: 'q',
        'invert-match': 'v',
        'ignore-case': 'i',
        count: 'c',
        'line-number': 'n',
        'files-with-matches': 'l',
        'files-without-match': 'L',
        'no-filename': 'h',
        'with-filename': 'H',
        'only-matching': 'o',
        'word-regexp': 'w',
        'line-regexp': 'x',
        recursive: 'r',
        'extended-regexp': 'E',
        'fixed-strings': 'F',
        'regexp=': 'e',
        'file=': 'f',
        'max-count=': 'm',
        'after-context=': 'A',
        'before-context=': 'B',
        'context=': 'C',
        'no-messages': 's',
        'color=': 'color',
        color: 'color',
        'include=': 'include',
        'exclude=': 'exclude',
      },
    },
    io,
  );
  if (!opts) return 2;
  const patterns = [...opts.values('e')];
  for (const file of opts.values('f')) {
    const read = readFileText(io, file);
    if ('error' in read) {
      io.stderr(fileError(io.userland, 'grep.open', file, read.error));
      return 2;
    }
    patterns.push(...lines(read.text));
  }
  const operands = [...opts.operands];
  if (patterns.length === 0) {
    const first = operands.shift();
    if (first === undefined) {
      io.stderr(
        io.userland === 'busybox'
          ? 'Usage: grep [-HhnlLoqvsrRiwFEz] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...\n'
          : "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      );
      return 2;
    }
    patterns.push(...first.split('\n'));
  }
  const extended = opts.has('E') || name === 'egrep';
  const fixed = opts.has('F') || name === 'fgrep';
  const regexes: RegExp[] = [];
  for (const p of patterns) {
    let source = p;
    const re = compile(source, { extended, fixed, ignoreCase: opts.has('i') });
    if (typeof re === 'string') {
      io.stderr(`grep: ${re}\n`);
      return 2;
    }
    source = re.source;
    if (opts.has('w')) source = `(?<![A-Za-z0-9_])(?:${source})(?![A-Za-z0-9_])`;
    if (opts.has('x')) source = `^(?:${source})$`;
    regexes.push(new RegExp(source, re.flags + 'g'));
  }
  const recursive = opts.has('r') || opts.has('R');
  const files: string[] = [];
  let status = 1;
  let errors = false;
  for (const operand of operands.length > 0 ? operands : recursive ? ['.'] : ['-']) {
    if (operand === '-') {
      files.push('-');
      continue;
    }
    const st = io.fs.stat(abs(io, operand));
    if (st.ok && st.value.node.kind === 'dir') {
      if (!recursive) {
        if (!opts.has('s')) io.stderr(`grep: ${operand}: Is a directory\n`);
        errors = true;
        continue;
      }
      for (const { path, node } of subtreePaths(io, abs(io, operand))) {
        if (node.kind === 'file')
          files.push(operand.replace(/\/$/, '') + path.slice(abs(io, operand).length));
      }
      continue;
    }
    files.push(operand);
  }
  const showNames = opts.has('H') || (!opts.has('h') && (files.length > 1 || recursive));
  const max = opts.value('m') !== undefined ? Number(opts.value('m')) : Infinity;
  const context = (flag: string): number => Number(opts.value(flag) ?? opts.value('C') ?? 0) || 0;
  const after = context('A');
  const before = context('B');
  for (const file of files) {
    let text: string;
    if (file === '-') text = io.stdin;
    else {
      const read = readFileText(io, file);
      if ('error' in read) {
        if (!opts.has('s')) io.stderr(fileError(io.userland, 'grep.open', file, read.error));
        errors = true;
        continue;
      }
      text = read.text;
    }
    const label = file === '-' ? '(standard input)' : file;
    let matches = 0;
    const all = lines(text);
    // Which lines are selected: a hit (or a miss under -v), up to -m of them.
    const selected = all.map((line) => {
      if (matches >= max) return false;
      const hit = regexes.some((re) => {
        re.lastIndex = 0;
        return re.test(line);
      });
      if (hit === opts.has('v')) return false;
      matches++;
      return true;
    });
    const prefix = (index: number, separator: ':' | '-'): string =>
      `${showNames ? `${label}${separator}` : ''}${opts.has('n') ? `${index + 1}${separator}` : ''}`;
    const onlyMatching = (): string[] =>
      all.flatMap((line, index) =>
        selected[index]
          ? regexes.flatMap((re) => {
              re.lastIndex = 0;
              return [...line.matchAll(re)]
                .filter((m) => m[0])
                .map((m) => prefix(index, ':') + m[0]);
            })
          : [],
      );
    // -A/-B/-C: context lines take '-' where matches take ':', and GNU and BusyBox grep print
    // '--' between groups that do not touch.
    const withContext = (): string[] => {
      const lines: string[] = [];
      let last = -1;
      all.forEach((line, index) => {
        const inContext =
          selected[index] ||
          selected.slice(index + 1, index + 1 + before).includes(true) ||
          selected.slice(Math.max(0, index - after), index).includes(true);
        if (!inContext) return;
        if (last >= 0 && index > last + 1 && before + after > 0) lines.push('--');
        lines.push(prefix(index, selected[index] ? ':' : '-') + line);
        last = index;
      });
      return lines;
    };
    const out = opts.has('o') && !opts.has('v') ? onlyMatching() : withContext();
    if (matches > 0) status = 0;
    if (opts.has('q')) {
      if (matches > 0) return 0;
      continue;
    }
    if (opts.has('l')) {
      if (matches > 0) io.stdout(`${label}\n`);
    } else if (opts.has('L')) {
      if (matches === 0) io.stdout(`${label}\n`);
    } else if (opts.has('c')) io.stdout(`${showNames ? `${label}:` : ''}${matches}\n`);
    else if (out.length > 0) io.stdout(out.join('\n') + '\n');
  }
  return errors && status !== 0 ? 2 : errors && !opts.has('q') ? 2 : status;
};
