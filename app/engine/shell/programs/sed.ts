/** sed: runs parsed scripts (sed-script.ts) over files or stdin; -n -e -f -i -E/-r -s. */
import type { Content } from '../../fs/filesystem';
import { utf8Length, type FileNode } from '../../fs/node';
import { fileError } from '../messages';
import type { Program } from '../program';
import { parseSed, SedError, type Address, type SedCommand } from './sed-script';
import { contentOf } from './archive';
import { abs, options, readFileText } from './support';

export const sed: Program = (argv, io) => {
  // -i takes an optional suffix glued to it (-i.bak, -ri): it never takes the next word.
  let inPlace = false;
  let backup = '';
  const args = argv.map((arg, index) => {
    const bundle = index > 0 ? /^-([nErsuz]*)i(.*)$/.exec(arg) : null;
    const long = index > 0 ? /^--in-place(?:=(.*))?$/.exec(arg) : null;
    if (!bundle && !long) return arg;
    inPlace = true;
    backup = (bundle ? bundle[2] : long?.[1]) ?? '';
    return bundle && bundle[1] ? `-${bundle[1]}` : '';
  });
  const opts = options(
    'sed',
    args.filter((a, i) => i === 0 || a !== ''),
    {
      flags: 'nErsuz',
      values: 'efl',
      long: {
        quiet: 'n',
        silent: 'n',
        'expression=': 'e',
        'file=': 'f',
        'regexp-extended': 'r',
        separate: 's',
        posix: 'posix',
        debug: 'debug',
      },
    },
    io,
  );
  if (!opts) return 1;
  const operands = [...opts.operands];
  const scripts = [...opts.values('e')];
  for (const file of opts.values('f')) {
    const read = readFileText(io, file);
    if ('error' in read) {
      io.stderr(`sed: couldn't open file ${file}: No such file or directory\n`);
      return 1;
    }
    scripts.push(read.text);
  }
  if (scripts.length === 0) {
    const script = operands.shift();
    if (script === undefined) {
      io.stderr(
        io.userland === 'busybox'
          ? 'Usage: sed [-i[SFX]] [-nrE] [-f FILE]... [-e CMD]... [FILE]...\n'
          : 'Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n',
      );
      return 1;
    }
    scripts.push(script);
  }
  let commands: SedCommand[];
  try {
    commands = parseSed(scripts.join('\n'), opts.has('E') || opts.has('r'));
  } catch (error) {
    if (!(error instanceof SedError)) throw error;
    io.stderr(
      `sed: ${error.message.startsWith('-e') ? error.message : `-e expression #1, char 0: ${error.message}`}\n`,
    );
    return 1;
  }
  const quiet = opts.has('n');
  if (inPlace) {
    if (operands.length === 0) {
      io.stderr('sed: no input files\n');
      return 1;
    }
    let status = 0;
    for (const name of operands) {
      const read = readFileText(io, name);
      if ('error' in read) {
        io.stderr(fileError(io.userland, 'sed.open', name, read.error));
        status = 2;
        continue;
      }
      const result = runSed(commands, [read.text], quiet);
      const st = io.fs.stat(abs(io, name));
      const node = st.ok && st.value.node.kind === 'file' ? st.value.node : undefined;
      if (backup) {
        const copy = backup.includes('*') ? backup.replace('*', name) : name + backup;
        io.fs.writeFile(abs(io, copy), node ? (contentOf(node) ?? read) : read);
      }
      io.fs.writeFile(
        abs(io, name),
        node ? editedContent(node, result.output) : { text: result.output },
      );
    }
    return status;
  }
  const texts: string[] = [];
  let status = 0;
  for (const name of operands.length > 0 ? operands : ['-']) {
    if (name === '-') texts.push(io.stdin);
    else {
      const read = readFileText(io, name);
      if ('error' in read) {
        io.stderr(fileError(io.userland, 'sed.open', name, read.error));
        status = io.userland === 'busybox' ? 1 : 2;
      } else texts.push(read.text);
    }
  }
  const result = runSed(commands, texts, quiet);
  io.stdout(result.output);
  return result.exitCode ?? status;
};

/**
 * What sed -i leaves in a file. A file known only by size keeps its unknown content: the
 * script ran over what is known of it (the text appended to it, else nothing), and that part
 * is replaced; readFileText has noted that the rest is not modelled.
 */
function editedContent(node: FileNode, output: string): Content {
  if (node.text !== undefined) return { text: output };
  const tail = node.tail ?? '';
  if (output === tail) return contentOf(node) ?? { text: output };
  return {
    blob: `${node.blob ?? 'unknown'}#tail=${output}`,
    size: node.size - utf8Length(tail) + utf8Length(output),
    tail: output,
  };
}

function matches(addr: Address, line: string, lineNumber: number, last: boolean): boolean {
  if (addr.type === 'line') return lineNumber === addr.n;
  if (addr.type === 'last') return last;
  addr.re.lastIndex = 0;
  return addr.re.test(line);
}

/** Runs the script over the inputs as one stream of lines. */
export function runSed(
  commands: SedCommand[],
  texts: string[],
  quiet: boolean,
): { output: string; exitCode?: number } {
  const all = texts.join('');
  const inputLines = all.split('\n');
  const endsWithNewline = all.endsWith('\n');
  if (endsWithNewline) inputLines.pop();
  let out = '';
  let hold = '';
  const active = new Map<number, boolean>();
  let index = 0;
  let exitCode: number | undefined;
  const emit = (text: string, newline = true): void => {
    out += text + (newline ? '\n' : '');
  };
  for (let steps = 0; index < inputLines.length && steps < 1_000_000; steps++) {
    let space = inputLines[index] as string;
    let lineNumber = index + 1;
    index++;
    const isLast = (): boolean => index >= inputLines.length;
    let append = '';
    let deleted = false;
    let substituted = false;
    let quit = false;
    for (let pc = 0; pc < commands.length; pc++) {
      const cmd = commands[pc] as SedCommand;
      let selected = true;
      if (cmd.from) {
        if (!cmd.to) selected = matches(cmd.from, space, lineNumber, isLast());
        else if (active.get(pc)) {
          selected = true;
          const end =
            cmd.to.type === 'line'
              ? lineNumber >= cmd.to.n
              : matches(cmd.to, space, lineNumber, isLast());
          if (end) active.set(pc, false);
        } else if (matches(cmd.from, space, lineNumber, isLast())) {
          selected = true;
          const endNow = cmd.to.type === 'line' && cmd.to.n <= lineNumber;
          active.set(pc, !endNow);
        } else selected = false;
      }
      if (cmd.negate) selected = !selected;
      if (!selected) {
        if (cmd.name === '{' && cmd.blockEnd !== undefined) pc = cmd.blockEnd;
        continue;
      }
      switch (cmd.name) {
        case 's': {
          const re = cmd.re as RegExp;
          re.lastIndex = 0;
          let count = 0;
          const replaced = space.replace(
            new RegExp(
              re.source,
              re.flags.includes('g') || cmd.occurrence ? re.flags.replace('g', '') + 'g' : re.flags,
            ),
            (...m: unknown[]) => {
              count++;
              const match = m[0] as string;
              if (cmd.occurrence !== undefined && count !== cmd.occurrence) return match;
              const groups = m.slice(1, -2).map((g) => (g === undefined ? '' : String(g)));
              return expandReplacement(cmd.replacement ?? '', match, groups);
            },
          );
          if (count > 0 && (cmd.occurrence === undefined || count >= cmd.occurrence)) {
            substituted = true;
            space = replaced;
            if (cmd.print) emit(space);
          }
          break;
        }
        case 'y': {
          const from = [...(cmd.text ?? '')];
          const to = [...(cmd.replacement ?? '')];
          space = [...space]
            .map((c) => (from.includes(c) ? (to[from.indexOf(c)] as string) : c))
            .join('');
          break;
        }
        case 'd':
          deleted = true;
          pc = commands.length;
          break;
        case 'D': {
          const nl = space.indexOf('\n');
          if (nl < 0) deleted = true;
          else {
            inputLines.splice(index, 0, space.slice(nl + 1));
            deleted = true;
          }
          pc = commands.length;
          break;
        }
        case 'p':
          emit(space);
          break;
        case 'P':
          emit(space.split('\n')[0] as string);
          break;
        case '=':
          emit(String(lineNumber));
          break;
        case 'a':
          append += (cmd.text ?? '') + '\n';
          break;
        case 'i':
          emit(cmd.text ?? '');
          break;
        case 'c':
          if (!cmd.to || !active.get(pc)) emit(cmd.text ?? '');
          deleted = true;
          pc = commands.length;
          break;
        case 'n':
          if (!quiet) emit(space);
          if (isLast()) {
            quit = true;
            deleted = true;
            pc = commands.length;
            break;
          }
          space = inputLines[index] as string;
          lineNumber = ++index;
          break;
        case 'N':
          if (isLast()) {
            pc = commands.length;
            break;
          }
          space += '\n' + (inputLines[index] as string);
          lineNumber = ++index;
          break;
        case 'h':
          hold = space;
          break;
        case 'H':
          hold += '\n' + space;
          break;
        case 'g':
          space = hold;
          break;
        case 'G':
          space += '\n' + hold;
          break;
        case 'x':
          [space, hold] = [hold, space];
          break;
        case 'z':
          space = '';
          break;
        case 'q':
        case 'Q':
          quit = true;
          exitCode = cmd.occurrence;
          if (cmd.name === 'Q') deleted = true;
          pc = commands.length;
          break;
        case 'b':
        case 't':
        case 'T': {
          const jump = cmd.name === 'b' || (cmd.name === 't' ? substituted : !substituted);
          if (cmd.name !== 'b') substituted = false;
          if (!jump) break;
          const target = cmd.label
            ? commands.findIndex((c) => c.name === ':' && c.label === cmd.label)
            : -1;
          pc = target < 0 ? commands.length : target;
          break;
        }
        default:
          break;
      }
    }
    if (!deleted && !quiet) emit(space, index < inputLines.length || endsWithNewline);
    out += append;
    if (quit) break;
  }
  return { output: out, exitCode };
}

/** `&` is the match, `\1`-`\9` groups, `\n` a newline; `\U \L \u \l \E` change case (GNU). */
function expandReplacement(replacement: string, match: string, groups: string[]): string {
  let out = '';
  let mode: 'U' | 'L' | '' = '';
  let once: 'u' | 'l' | '' = '';
  const add = (text: string): void => {
    let t = mode === 'U' ? text.toUpperCase() : mode === 'L' ? text.toLowerCase() : text;
    if (once && t) {
      t = (once === 'u' ? t[0]?.toUpperCase() : t[0]?.toLowerCase()) + t.slice(1);
      once = '';
    }
    out += t;
  };
  for (let i = 0; i < replacement.length; i++) {
    const ch = replacement[i] as string;
    if (ch === '&') add(match);
    else if (ch === '\\' && i + 1 < replacement.length) {
      const next = replacement[++i] as string;
      if (/[0-9]/.test(next)) add(next === '0' ? match : (groups[Number(next) - 1] ?? ''));
      else if (next === 'n') add('\n');
      else if (next === 't') add('\t');
      else if (next === 'U' || next === 'L') mode = next;
      else if (next === 'E') mode = '';
      else if (next === 'u' || next === 'l') once = next;
      else add(next);
    } else add(ch);
  }
  return out;
}
