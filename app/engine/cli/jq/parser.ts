// A recursive-descent parser for jq programs, with jq's precedence (loosest first):
// `|`, `,`, `//`, `or`, `and`, comparisons, `+ -`, `* / %`, then postfix terms.
import type { Ast } from './ast';
import { lexJq, LexError, type Token } from './lexer';
import { JqSyntaxError, TokenStream } from './token-stream';

export { JqSyntaxError } from './token-stream';

const COMPARISONS = new Set(['==', '!=', '<', '<=', '>', '>=']);

class Parser extends TokenStream {
  constructor(
    tokens: Token[],
    private readonly isDefined: (name: string, arity: number) => boolean,
    private readonly vars: string[] = [],
  ) {
    super(tokens);
  }

  program(): Ast {
    if (this.peek().kind === 'eof') return { kind: 'identity' };
    const ast = this.pipe();
    if (this.peek().kind !== 'eof') this.unexpected('end of file');
    return ast;
  }

  private pipe(): Ast {
    const start = this.i;
    if (this.startsTerm()) {
      const source = this.postfix();
      if (this.isKeyword('as')) {
        this.next();
        const v = this.next();
        if (v.kind !== 'var') this.unexpected();
        this.expectPunct('|');
        this.vars.push(v.text);
        const body = this.pipe();
        this.vars.pop();
        return { kind: 'bind', source, name: v.text, body };
      }
      this.i = start;
    }
    const left = this.comma();
    if (this.isPunct('|')) {
      this.next();
      return { kind: 'pipe', left, right: this.pipe() };
    }
    return left;
  }

  private comma(): Ast {
    let left = this.alternative();
    while (this.isPunct(',')) {
      this.next();
      left = { kind: 'comma', left, right: this.alternative() };
    }
    return left;
  }

  private alternative(): Ast {
    const left = this.or();
    if (this.isPunct('//')) {
      this.next();
      return { kind: 'alt', left, right: this.alternative() };
    }
    return left;
  }

  private or(): Ast {
    let left = this.and();
    while (this.isKeyword('or')) {
      this.next();
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): Ast {
    let left = this.comparison();
    while (this.isKeyword('and')) {
      this.next();
      left = { kind: 'and', left, right: this.comparison() };
    }
    return left;
  }

  private comparison(): Ast {
    const left = this.additive();
    const t = this.peek();
    if (t.kind === 'punct' && COMPARISONS.has(t.text)) {
      this.next();
      const op = t.text as '==';
      return { kind: 'binop', op, left, right: this.additive() };
    }
    return left;
  }

  private additive(): Ast {
    let left = this.multiplicative();
    while (this.isPunct('+') || this.isPunct('-')) {
      const op = this.next().text as '+' | '-';
      left = { kind: 'binop', op, left, right: this.multiplicative() };
    }
    return left;
  }

  private multiplicative(): Ast {
    let left = this.unary();
    while (this.isPunct('*') || this.isPunct('/') || this.isPunct('%')) {
      const op = this.next().text as '*' | '/' | '%';
      left = { kind: 'binop', op, left, right: this.unary() };
    }
    return left;
  }

  private unary(): Ast {
    if (this.isPunct('-')) {
      this.next();
      return { kind: 'neg', body: this.postfix() };
    }
    return this.postfix();
  }

  private startsTerm(): boolean {
    const t = this.peek();
    if (['field', 'dot', 'dotdot', 'number', 'string', 'ident', 'var'].includes(t.kind))
      return true;
    return t.kind === 'punct' && ['(', '[', '{'].includes(t.text);
  }

  private postfix(): Ast {
    let ast = this.term();
    for (;;) {
      const t = this.peek();
      if (t.kind === 'field') {
        this.next();
        ast = { kind: 'index', target: ast, index: { kind: 'literal', value: t.text } };
      } else if (t.kind === 'punct' && t.text === '[') {
        ast = this.bracket(ast);
      } else if (t.kind === 'punct' && t.text === '?') {
        this.next();
        ast = { kind: 'try', body: ast, handler: null };
      } else if (t.kind === 'dot' && this.tokens[this.i + 1]?.text === '[') {
        this.next();
        ast = this.bracket(ast);
      } else {
        return ast;
      }
    }
  }

  /** `[]`, `[e]`, `[e:]`, `[:e]`, `[e:e]` after a term. */
  private bracket(target: Ast): Ast {
    this.expectPunct('[');
    if (this.isPunct(']')) {
      this.next();
      return { kind: 'iterate', target };
    }
    let from: Ast | null = null;
    if (!this.isPunct(':')) from = this.pipe();
    if (this.isPunct(':')) {
      this.next();
      const to = this.isPunct(']') ? null : this.pipe();
      this.expectPunct(']');
      return { kind: 'slice', target, from, to };
    }
    this.expectPunct(']');
    return { kind: 'index', target, index: from! };
  }

  private term(): Ast {
    const t = this.peek();
    switch (t.kind) {
      case 'dot':
        this.next();
        if (this.peek().kind === 'string') {
          const s = this.next();
          return { kind: 'index', target: { kind: 'identity' }, index: this.formatString(s) };
        }
        return { kind: 'identity' };
      case 'dotdot':
        this.next();
        return { kind: 'recurse' };
      case 'field':
        this.next();
        return {
          kind: 'index',
          target: { kind: 'identity' },
          index: { kind: 'literal', value: t.text },
        };
      case 'number':
        this.next();
        return { kind: 'literal', value: Number(t.text) };
      case 'string':
        this.next();
        return this.formatString(t);
      case 'var':
        this.next();
        if (t.text !== '__loc__' && t.text !== 'ENV' && !this.vars.includes(t.text)) {
          throw new JqSyntaxError(`$${t.text} is not defined`, false, t.pos);
        }
        return { kind: 'var', name: t.text };
      case 'keyword':
        return this.keywordTerm(t);
      case 'ident':
        return this.call();
      case 'punct':
        return this.bracketTerm(t);
      default:
        return this.unexpected();
    }
  }

  private bracketTerm(t: Token): Ast {
    if (t.text === '(') {
      this.next();
      const body = this.pipe();
      this.expectPunct(')');
      return body;
    }
    if (t.text === '[') {
      this.next();
      if (this.isPunct(']')) {
        this.next();
        return { kind: 'array', body: null };
      }
      const body = this.pipe();
      this.expectPunct(']');
      return { kind: 'array', body };
    }
    if (t.text === '{') return this.object();
    return this.unexpected();
  }

  private keywordTerm(t: Token): Ast {
    if (t.text === 'if') {
      this.next();
      return this.ifRest();
    }
    if (t.text === 'try') {
      this.next();
      const body = this.postfix();
      let handler: Ast | null = null;
      if (this.isKeyword('catch')) {
        this.next();
        handler = this.postfix();
      }
      return { kind: 'try', body, handler };
    }
    if (t.text === 'reduce') {
      this.next();
      const source = this.postfix();
      this.expectKeyword('as');
      const v = this.next();
      if (v.kind !== 'var') this.unexpected();
      this.expectPunct('(');
      const init = this.pipe();
      this.expectPunct(';');
      this.vars.push(v.text);
      const update = this.pipe();
      this.vars.pop();
      this.expectPunct(')');
      return { kind: 'reduce', source, name: v.text, init, update };
    }
    return this.unexpected();
  }

  private ifRest(): Ast {
    const cond = this.pipe();
    this.expectKeyword('then');
    const then = this.pipe();
    if (this.isKeyword('elif')) {
      this.next();
      return { kind: 'if', cond, then, otherwise: this.ifRest() };
    }
    let otherwise: Ast | null = null;
    if (this.isKeyword('else')) {
      this.next();
      otherwise = this.pipe();
    }
    this.expectKeyword('end');
    return { kind: 'if', cond, then, otherwise };
  }

  private call(): Ast {
    const nameToken = this.next();
    const name = nameToken.text;
    const args: Ast[] = [];
    if (this.isPunct('(')) {
      this.next();
      args.push(this.pipe());
      while (this.isPunct(';')) {
        this.next();
        args.push(this.pipe());
      }
      this.expectPunct(')');
    }
    if (!this.isDefined(name, args.length)) {
      throw new JqSyntaxError(`${name}/${args.length} is not defined`, false, nameToken.pos);
    }
    return { kind: 'call', name, args };
  }

  private object(): Ast {
    this.expectPunct('{');
    const entries: { key: Ast; value: Ast }[] = [];
    while (!this.isPunct('}')) {
      const t = this.next();
      let key: Ast;
      let shorthand: Ast;
      if (t.kind === 'ident' || t.kind === 'keyword') {
        key = { kind: 'literal', value: t.text };
        shorthand = { kind: 'index', target: { kind: 'identity' }, index: key };
      } else if (t.kind === 'string') {
        key = this.formatString(t);
        shorthand = { kind: 'index', target: { kind: 'identity' }, index: key };
      } else if (t.kind === 'var') {
        key = { kind: 'literal', value: t.text };
        shorthand = { kind: 'var', name: t.text };
      } else if (t.kind === 'punct' && t.text === '(') {
        key = this.pipe();
        this.expectPunct(')');
        shorthand = key;
      } else {
        this.i--;
        return this.unexpected();
      }
      let value = shorthand;
      if (this.isPunct(':')) {
        this.next();
        value = this.objectValue();
      }
      entries.push({ key, value });
      if (!this.isPunct(',')) break;
      this.next();
    }
    this.expectPunct('}');
    return { kind: 'object', entries };
  }

  /** An object value: a term chain, possibly with `|` inside parentheses only. */
  private objectValue(): Ast {
    let left = this.alternative();
    while (this.isPunct('|')) {
      this.next();
      left = { kind: 'pipe', left, right: this.alternative() };
    }
    return left;
  }

  private formatString(t: Token): Ast {
    const parts = (t.parts ?? []).map((p) =>
      p.source !== undefined ? parseWith(p.source, this.isDefined, this.vars) : (p.literal ?? ''),
    );
    if (parts.every((p) => typeof p === 'string')) {
      return { kind: 'literal', value: (parts as string[]).join('') };
    }
    return { kind: 'format', parts };
  }
}

function parseWith(
  source: string,
  isDefined: (n: string, a: number) => boolean,
  vars: string[],
): Ast {
  return new Parser(lexJq(source), isDefined, [...vars]).program();
}

/** Parses a jq program; throws JqSyntaxError with jq's message. `vars` come from --arg. */
export function parseJq(
  source: string,
  isDefined: (name: string, arity: number) => boolean,
  vars: readonly string[] = [],
): Ast {
  try {
    return parseWith(source, isDefined, [...vars]);
  } catch (error) {
    if (error instanceof LexError) throw new JqSyntaxError(`syntax error, ${error.message}`, true);
    throw error;
  }
}
