/**
 * Turns script text into tokens on demand: words, operators, newlines. The parser pulls one
 * token at a time because shell lexing depends on context: heredoc bodies are read after the
 * next newline, and a `$(` hands the rest of the text to a nested parser.
 */
import type { HereDoc, Word } from './ast';
import type { Dialect } from './syntax-error';
import { HEREDOC, UNQUOTED, lineAt, scanParts, type Cursor, type ScanHooks } from './words';

export type Token =
  | { kind: 'word'; word: Word; pos: number }
  | { kind: 'op'; op: string; pos: number }
  /** Digits right before a redirection operator: `2>`. */
  | { kind: 'io'; fd: number; pos: number }
  | { kind: 'newline'; pos: number }
  | { kind: 'eof'; pos: number };

const COMMON_OPS = [
  '&&',
  '||',
  ';;',
  '<<-',
  '<<',
  '>>',
  '<&',
  '>&',
  '<>',
  '>|',
  ';',
  '&',
  '|',
  '(',
  ')',
  '<',
  '>',
];
// bash and BusyBox ash also take `&>`, `&>>` and `<<<`; in dash `cmd &>f` is `cmd &` then `>f`.
const EXTENDED_OPS = ['&>>', '&>', '<<<', ...COMMON_OPS];

export class Lexer {
  readonly cursor: Cursor;
  /** Heredocs whose bodies start after the next newline. */
  readonly pending: HereDoc[] = [];
  private readonly ops: string[];

  constructor(
    src: string,
    readonly dialect: Dialect,
    readonly hooks: ScanHooks,
    pos = 0,
    firstLine = 1,
  ) {
    this.cursor = { src, pos, firstLine };
    this.ops = dialect === 'dash' ? COMMON_OPS : EXTENDED_OPS;
  }

  get pos(): number {
    return this.cursor.pos;
  }

  line(pos = this.cursor.pos): number {
    return lineAt(this.cursor, pos);
  }

  next(): Token {
    const cur = this.cursor;
    const { src } = cur;
    for (;;) {
      this.skipBlanks();
      const pos = cur.pos;
      if (pos >= src.length) {
        this.readHeredocs();
        return { kind: 'eof', pos };
      }
      const ch = src[pos] as string;
      if (ch === '\n') {
        cur.pos++;
        this.readHeredocs();
        return { kind: 'newline', pos };
      }
      const op = this.ops.find((candidate) => src.startsWith(candidate, pos));
      if (op) {
        cur.pos += op.length;
        return { kind: 'op', op, pos };
      }
      const digits = /^[0-9]+(?=[<>])/.exec(src.slice(pos, pos + 12));
      if (digits) {
        cur.pos += digits[0].length;
        return { kind: 'io', fd: Number(digits[0]), pos };
      }
      const parts = scanParts(cur, UNQUOTED, this.hooks);
      const raw = src.slice(pos, cur.pos);
      if (parts.length > 0) return { kind: 'word', word: { parts, raw }, pos };
      if (cur.pos === pos) cur.pos++; // cannot happen: guards against a stuck loop
    }
  }

  /** Reads raw text up to (not including) `end`, as a literal word (the regex of [[ x =~ re ]]). */
  rawUntil(end: RegExp): Word {
    const cur = this.cursor;
    this.skipBlanks();
    const rest = cur.src.slice(cur.pos);
    const match = end.exec(rest);
    const raw = match ? rest.slice(0, match.index) : rest;
    cur.pos += raw.length;
    const text = raw.replace(/^(['"])(.*)\1$/s, '$2');
    return { parts: [{ type: raw === text ? 'literal' : 'quoted', text }], raw };
  }

  private skipBlanks(): void {
    const cur = this.cursor;
    const { src } = cur;
    for (;;) {
      const ch = src[cur.pos];
      if (ch === ' ' || ch === '\t') cur.pos++;
      else if (ch === '\\' && src[cur.pos + 1] === '\n') cur.pos += 2;
      else if (ch === '#') {
        const end = src.indexOf('\n', cur.pos);
        cur.pos = end < 0 ? src.length : end;
      } else return;
    }
  }

  /** Reads the bodies of pending heredocs, line by line up to each delimiter. */
  private readHeredocs(): void {
    const cur = this.cursor;
    const { src } = cur;
    for (const doc of this.pending.splice(0)) {
      const firstLine = this.line();
      let body = '';
      while (cur.pos < src.length) {
        const eol = src.indexOf('\n', cur.pos);
        const end = eol < 0 ? src.length : eol;
        let line = src.slice(cur.pos, end);
        cur.pos = eol < 0 ? src.length : eol + 1;
        if (doc.stripTabs) line = line.replace(/^\t+/, '');
        if (line === doc.delimiter) break;
        body += line + '\n';
      }
      doc.body = doc.quoted
        ? body
          ? [{ type: 'quoted', text: body }]
          : []
        : scanParts({ src: body, pos: 0, firstLine }, HEREDOC, this.hooks);
    }
  }
}
