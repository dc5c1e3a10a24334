/**
 * The parser's position in the token list, and the syntax error it unwinds with. The error
 * is a plain object thrown inside the parser and caught by `parseAwk`, which returns it: the
 * parser's many small functions stay free of error plumbing.
 */
import type { Token } from './lexer';

export interface SyntaxProblem {
  /** mawk's wording after "line N: " ("syntax error at or near }", "missing ) near }"). */
  message: string;
  line: number;
  /** mawk words a few problems without "line" ("awk: 2: unexpected character '@'"). */
  bare?: boolean;
  /** mawk recovers from a stray `}` and reports the end of that line too. */
  followedByEndOfLine?: boolean;
}

export class SyntaxFailure {
  constructor(readonly problem: SyntaxProblem) {}
}

/** How mawk names the token it stopped at. */
export function describe(tok: Token): string {
  if (tok.kind === 'newline') return 'end of line';
  if (tok.kind === 'eof') return 'end of file';
  if (tok.kind === 'string') return `"${tok.text}"`;
  if (tok.kind === 'regex') return `/${tok.text}/`;
  return tok.text;
}

export class Cursor {
  pos = 0;
  /** Open braces: at the end of the text, mawk reports the missing `}`. */
  braces = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  peek(offset = 0): Token {
    const tok = this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)];
    return tok as Token;
  }

  next(): Token {
    const tok = this.peek();
    if (this.pos < this.tokens.length - 1) this.pos++;
    return tok;
  }

  /** The current token is this operator or keyword. */
  at(text: string): boolean {
    const tok = this.peek();
    return (tok.kind === 'op' || tok.kind === 'keyword') && tok.text === text;
  }

  accept(text: string): boolean {
    if (!this.at(text)) return false;
    this.next();
    return true;
  }

  expect(text: string): void {
    if (this.accept(text)) return;
    if (text === ')' || text === ']') {
      const tok = this.peek();
      this.fail(`missing ${text} near ${describe(tok)}`, tok);
    }
    this.fail();
  }

  skipNewlines(): void {
    while (this.peek().kind === 'newline') this.next();
  }

  /** Statement terminators: newlines and semicolons. */
  skipTerminators(): void {
    while (this.peek().kind === 'newline' || this.at(';')) this.next();
  }

  fail(message?: string, tok: Token = this.peek(), followedByEndOfLine = false): never {
    if (tok.kind === 'eof' && this.braces > 0)
      throw new SyntaxFailure({ message: 'missing } near end of file', line: tok.line });
    throw new SyntaxFailure({
      message: message ?? `syntax error at or near ${describe(tok)}`,
      line: tok.line,
      ...(followedByEndOfLine ? { followedByEndOfLine } : {}),
    });
  }
}
