/**
 * Parsing sed scripts: addresses (N, $, /re/, \%re%, first,last, !), commands s d p q Q a i c
 * y = n N D P h H g G x b t : { } and the s flags g p i N. Enough for the sed lines found in
 * Dockerfiles (`sed -i 's/^#\(.*\)/\1/' file`, `sed -n '2p'`, `sed '/re/d'`).
 */
import { compile } from './regex';

export type Address =
  { type: 'line'; n: number } | { type: 'last' } | { type: 'regex'; re: RegExp };

export interface SedCommand {
  from?: Address;
  to?: Address;
  negate: boolean;
  name: string;
  /** s: the pattern and replacement; y: source and target characters. */
  re?: RegExp;
  replacement?: string;
  occurrence?: number;
  print?: boolean;
  text?: string;
  label?: string;
  /** For `{`: the index of the matching `}`. */
  blockEnd?: number;
}

export class SedError extends Error {}

export function parseSed(script: string, extended: boolean): SedCommand[] {
  const commands: SedCommand[] = [];
  const blocks: number[] = [];
  let i = 0;
  const skipSpace = (): void => {
    while (i < script.length && /[ \t;\n]/.test(script[i] as string)) i++;
  };
  const readDelimited = (delim: string): string => {
    let text = '';
    while (i < script.length && script[i] !== delim) {
      if (script[i] === '\\' && i + 1 < script.length) {
        text += script[i + 1] === delim ? delim : script.slice(i, i + 2);
        i += 2;
      } else if (script[i] === '\n' && delim !== '\n') {
        throw new SedError(`unterminated \`s' command`);
      } else text += script[i++];
    }
    if (script[i] !== delim) throw new SedError(`unterminated \`s' command`);
    i++;
    return text;
  };
  const regex = (source: string, flags = ''): RegExp => {
    const re = compile(source, {
      extended,
      ignoreCase: flags.includes('i') || flags.includes('I'),
      global: flags.includes('g'),
    });
    if (typeof re === 'string') throw new SedError(`-e expression #1, char ${i}: ${re}`);
    return re;
  };
  const address = (): Address | undefined => {
    const ch = script[i];
    if (ch === undefined) return undefined;
    if (/[0-9]/.test(ch)) {
      const digits = /^[0-9]+/.exec(script.slice(i))?.[0] ?? '0';
      i += digits.length;
      return { type: 'line', n: Number(digits) };
    }
    if (ch === '$') {
      i++;
      return { type: 'last' };
    }
    if (ch === '/' || ch === '\\') {
      const delim = ch === '\\' ? (script[++i] as string) : '/';
      i++;
      const source = readDelimited(delim);
      const flag = script[i] === 'I' ? script[i++] : '';
      return { type: 'regex', re: regex(source, flag) };
    }
    return undefined;
  };
  while (i < script.length) {
    skipSpace();
    if (i >= script.length) break;
    if (script[i] === '#') {
      while (i < script.length && script[i] !== '\n') i++;
      continue;
    }
    const cmd: SedCommand = { negate: false, name: '' };
    cmd.from = address();
    if (cmd.from && script[i] === ',') {
      i++;
      cmd.to = address();
      if (!cmd.to) throw new SedError("unexpected `,'");
    }
    while (script[i] === ' ') i++;
    if (script[i] === '!') {
      cmd.negate = true;
      i++;
      while (script[i] === ' ') i++;
    }
    const name = script[i++];
    if (name === undefined) throw new SedError('missing command');
    cmd.name = name;
    switch (name) {
      case 's': {
        const delim = script[i++];
        if (delim === undefined || delim === '\n' || delim === '\\')
          throw new SedError(`unterminated \`s' command`);
        const pattern = readDelimited(delim);
        const replacement = readDelimited(delim);
        let flags = '';
        while (i < script.length && /[gpiIme0-9w]/.test(script[i] as string)) flags += script[i++];
        cmd.re = regex(pattern, flags.replace(/[0-9]/g, ''));
        cmd.replacement = replacement;
        cmd.print = flags.includes('p');
        const occurrence = /[0-9]+/.exec(flags);
        if (occurrence) cmd.occurrence = Number(occurrence[0]);
        break;
      }
      case 'y': {
        const delim = script[i++] as string;
        const from = readDelimited(delim);
        const to = readDelimited(delim);
        if ([...from].length !== [...to].length)
          throw new SedError("strings for `y' command are different lengths");
        cmd.text = from;
        cmd.replacement = to;
        break;
      }
      case 'a':
      case 'i':
      case 'c': {
        // GNU one-liner `a text`, or POSIX `a\` newline text.
        if (script[i] === '\\') i++;
        if (script[i] === '\n') i++;
        else while (script[i] === ' ' || script[i] === '\t') i++;
        let text = '';
        while (i < script.length && script[i] !== '\n') {
          if (script[i] === '\\' && i + 1 < script.length) {
            text += script[i + 1] === 'n' ? '\n' : script[i + 1];
            i += 2;
          } else text += script[i++];
        }
        cmd.text = text;
        break;
      }
      case 'b':
      case 't':
      case 'T':
      case ':': {
        while (script[i] === ' ') i++;
        let label = '';
        while (i < script.length && !/[;\n]/.test(script[i] as string)) label += script[i++];
        cmd.label = label.trim();
        if (name === ':' && !cmd.label) throw new SedError('":" lacks a label');
        break;
      }
      case '{':
        blocks.push(commands.length);
        break;
      case '}': {
        const open = blocks.pop();
        if (open === undefined) throw new SedError("unexpected `}'");
        (commands[open] as SedCommand).blockEnd = commands.length;
        break;
      }
      case 'q':
      case 'Q': {
        const code = /^\s*[0-9]+/.exec(script.slice(i));
        if (code) {
          cmd.occurrence = Number(code[0]);
          i += code[0].length;
        }
        break;
      }
      case 'd':
      case 'D':
      case 'p':
      case 'P':
      case 'n':
      case 'N':
      case '=':
      case 'h':
      case 'H':
      case 'g':
      case 'G':
      case 'x':
      case 'l':
      case 'z':
        break;
      default:
        throw new SedError(`-e expression #1, char ${i}: unknown command: \`${name}'`);
    }
    commands.push(cmd);
  }
  if (blocks.length > 0) throw new SedError("-e expression #1, char 0: unmatched `{'");
  return commands;
}
