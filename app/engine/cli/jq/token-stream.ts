// Token access for the jq parser, and jq's wording of syntax errors ("unexpected
// INVALID_CHARACTER, expecting end of file").
import type { Token } from './lexer';

export class JqSyntaxError extends Error {
  constructor(
    message: string,
    /** Syntax errors print the program followed by four spaces, as jq does. */
    readonly syntax: boolean,
    /** Where in the program the error was found. */
    readonly pos = 0,
  ) {
    super(message);
  }
}

function tokenName(token: Token): string {
  switch (token.kind) {
    case 'eof':
      return 'end of file';
    case 'invalid':
      return 'INVALID_CHARACTER';
    case 'ident':
      return 'IDENT';
    case 'field':
      return 'FIELD';
    case 'number':
    case 'string':
      return 'LITERAL';
    case 'var':
      return '$';
    case 'keyword':
      return token.text;
    default:
      return `'${token.text}'`;
  }
}

export class TokenStream {
  protected i = 0;
  constructor(protected readonly tokens: Token[]) {}

  protected peek(): Token {
    return this.tokens[this.i]!;
  }
  protected next(): Token {
    return this.tokens[this.i++]!;
  }
  protected isPunct(text: string): boolean {
    const t = this.peek();
    return t.kind === 'punct' && t.text === text;
  }
  protected isKeyword(text: string): boolean {
    const t = this.peek();
    return t.kind === 'keyword' && t.text === text;
  }
  protected unexpected(expecting?: string): never {
    const suffix = expecting ? `, expecting ${expecting}` : '';
    const token = this.peek();
    throw new JqSyntaxError(
      `syntax error, unexpected ${tokenName(token)}${suffix}`,
      true,
      token.pos,
    );
  }
  protected expectPunct(text: string): void {
    if (!this.isPunct(text)) this.unexpected();
    this.next();
  }
  protected expectKeyword(text: string): void {
    if (!this.isKeyword(text)) this.unexpected();
    this.next();
  }
}
