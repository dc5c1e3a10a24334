/**
 * The parser's view of the token stream: one token of lookahead, reserved-word checks
 * (a word is a keyword only when unquoted and in command position) and the syntax errors
 * worded as each shell words them.
 */
import { Lexer, type Token } from './lexer';
import { describeToken, type SyntaxProblem } from './syntax-error';
import { fail as failAt } from './words';

export const RESERVED = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'do',
  'done',
  'case',
  'esac',
  'while',
  'until',
  'for',
  '{',
  '}',
  '!',
  'in',
]);
export const REDIRECT_OPS = new Set([
  '<',
  '>',
  '>>',
  '>|',
  '<>',
  '>&',
  '<&',
  '&>',
  '&>>',
  '<<',
  '<<-',
  '<<<',
]);

export function isOp(tok: Token, op: string): tok is Token & { kind: 'op'; op: string } {
  return tok.kind === 'op' && tok.op === op;
}

export class TokenStream {
  private peeked: Token | undefined;

  constructor(protected readonly lexer: Lexer) {}

  protected peek(): Token {
    this.peeked ??= this.lexer.next();
    return this.peeked;
  }

  protected take(): Token {
    const tok = this.peek();
    this.peeked = undefined;
    return tok;
  }

  protected skipNewlines(): void {
    while (this.peek().kind === 'newline') this.take();
  }

  protected isReserved(tok: Token, word?: string): boolean {
    if (tok.kind !== 'word') return false;
    const [part, ...rest] = tok.word.parts;
    if (rest.length > 0 || part?.type !== 'literal' || part.text !== tok.word.raw) return false;
    return word === undefined ? RESERVED.has(part.text) : part.text === word;
  }

  protected unexpected(tok: Token, expecting?: string): never {
    const token = describeToken(
      tok.kind === 'word' ? { kind: 'word', raw: tok.word.raw } : tok,
      this.isReserved(tok),
    );
    this.error({ kind: 'unexpected', token, ...(expecting ? { expecting } : {}) }, tok.pos);
  }

  protected error(problem: SyntaxProblem, pos: number): never {
    failAt(this.lexer.cursor, problem, pos);
  }

  protected expectWord(word: string, expecting = word): void {
    const tok = this.peek();
    if (!this.isReserved(tok, word)) this.unexpected(tok, expecting);
    this.take();
  }

  expectOp(op: string, expecting: string, withExpecting = true): void {
    const tok = this.peek();
    if (!isOp(tok, op)) this.unexpected(tok, withExpecting ? expecting : undefined);
    this.take();
  }
}
