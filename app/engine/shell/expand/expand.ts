/**
 * Word expansion in POSIX order: tilde, parameters, command substitution and arithmetic
 * (all producing pieces), then field splitting on IFS, pathname expansion and quote
 * removal. Three entry points for the three contexts words appear in:
 *   fields  - command words and `for` lists: split and globbed
 *   string  - assignments, redirection targets, heredocs: one string, nothing split
 *   pattern - `case` patterns and `${x%pat}`: quoted characters escaped, so they match literally
 */
import type { Word, WordPart } from '../ast';
import { ArithError, evaluateArith } from './arith';
import { expandBraces } from './braces';
import { globPaths } from './glob';
import { ExpansionError, type ExpandHost } from './host';
import { expandParam, type ParamExpander, type Piece } from './params';
import { escapePattern, hasGlobChars } from './pattern';

export type Dialect = ParamExpander['dialect'];

interface Segment {
  text: string;
  quoted: boolean;
}

const DEFAULT_IFS = ' \t\n';

export class WordExpander implements ParamExpander {
  constructor(
    readonly host: ExpandHost,
    readonly dialect: Dialect,
  ) {}

  /** A command's words: each word may become zero, one or many fields. */
  fields(words: readonly Word[]): string[] {
    const out: string[] = [];
    const all = this.dialect === 'bash' ? words.flatMap(expandBraces) : words;
    for (const word of all) {
      for (const field of this.split(this.pieces(withTilde(word.parts, this.host), false))) {
        out.push(...this.glob(field));
      }
    }
    return out;
  }

  /** One string, no splitting or globbing (assignments keep tilde expansion). */
  string(word: Word, tilde = false): string {
    const parts = tilde ? withTilde(word.parts, this.host) : word.parts;
    return this.pieces(parts, false)
      .map((piece) => ('text' in piece ? piece.text : ' '))
      .join('');
  }

  /** Text as inside double quotes (heredoc bodies, arithmetic). */
  quotedString(parts: readonly WordPart[]): string {
    return this.pieces(parts, true)
      .map((piece) => ('text' in piece ? piece.text : ' '))
      .join('');
  }

  pattern(word: Word): string {
    return this.pieces(word.parts, false)
      .map((piece) =>
        'text' in piece ? (piece.quoted ? escapePattern(piece.text) : piece.text) : ' ',
      )
      .join('');
  }

  pieces(parts: readonly WordPart[], inDouble: boolean): Piece[] {
    const out: Piece[] = [];
    for (const part of parts) {
      switch (part.type) {
        case 'literal':
          out.push({ text: part.text, quoted: inDouble, split: false });
          break;
        case 'quoted':
          out.push({ text: part.text, quoted: true, split: false });
          break;
        case 'double': {
          const inner = this.pieces(part.parts, true);
          const onlyAt =
            part.parts.length === 1 &&
            part.parts[0]?.type === 'param' &&
            part.parts[0].name === '@';
          if (inner.length === 0 && !onlyAt) out.push({ text: '', quoted: true, split: false });
          out.push(...inner);
          break;
        }
        case 'param':
          out.push(...expandParam(part, inDouble, this));
          break;
        case 'command': {
          const text = this.host.commandSub(part.script).replace(/\n+$/, '');
          out.push({ text, quoted: inDouble, split: !inDouble });
          break;
        }
        case 'arith':
          out.push({ text: this.arith(part.expr), quoted: inDouble, split: !inDouble });
          break;
      }
    }
    return out;
  }

  arith(expr: readonly WordPart[]): string {
    const text = this.quotedString(expr);
    try {
      const vars = {
        get: (n: string) => this.arithVar(n),
        set: (n: string, v: string) => this.host.assign(n, v),
      };
      return evaluateArith(text, vars, 0, this.dialect !== 'dash').toString();
    } catch (error) {
      if (error instanceof ArithError) {
        throw new ExpansionError(arithMessage(error, this.dialect), 'arith');
      }
      throw error;
    }
  }

  private arithVar(name: string): string | undefined {
    const value = this.host.lookup(name);
    if (value === undefined && this.host.nounset) {
      throw new ExpansionError(
        `${name}: ${this.dialect === 'bash' ? 'unbound variable' : 'parameter not set'}`,
        'unset',
      );
    }
    return value;
  }

  /** Field splitting: unquoted expansion results split on IFS; everything else joins up. */
  private split(pieces: Piece[]): Segment[][] {
    const ifs = this.host.lookup('IFS') ?? DEFAULT_IFS;
    const fields: Segment[][] = [];
    let current: Segment[] = [];
    let started = false;
    let afterSpace = false;
    const end = (force: boolean): void => {
      if (started || force) fields.push(current);
      current = [];
      started = false;
    };
    for (const piece of pieces) {
      if (!('text' in piece)) {
        end(true);
        continue;
      }
      if (!piece.split || ifs === '') {
        current.push({ text: piece.text, quoted: piece.quoted });
        if (piece.quoted || piece.text !== '') started = true;
        afterSpace = false;
        continue;
      }
      let text = '';
      for (const ch of piece.text) {
        if (!ifs.includes(ch)) {
          text += ch;
          started = true;
          afterSpace = false;
          continue;
        }
        if (text) current.push({ text, quoted: false });
        text = '';
        if (' \t\n'.includes(ch)) {
          if (started) end(false);
          afterSpace = true;
        } else {
          if (started || !afterSpace) end(true);
          afterSpace = false;
        }
      }
      if (text) current.push({ text, quoted: false });
    }
    end(false);
    return fields;
  }

  private glob(field: Segment[]): string[] {
    const literal = field.map((s) => s.text).join('');
    if (this.host.noglob) return [literal];
    const pattern = field.map((s) => (s.quoted ? escapePattern(s.text) : s.text)).join('');
    if (!hasGlobChars(pattern)) return [literal];
    const matches = globPaths(this.host.fs, this.host.cwd, pattern);
    return matches.length > 0 ? matches : [literal];
  }
}

/** `~` and `~user` at the start of a word, when the prefix is unquoted. */
function withTilde(parts: readonly WordPart[], host: ExpandHost): readonly WordPart[] {
  const [first, ...rest] = parts;
  if (first?.type !== 'literal' || !first.text.startsWith('~')) return parts;
  const slash = first.text.indexOf('/');
  if (slash < 0 && rest.length > 0) return parts;
  const user = first.text.slice(1, slash < 0 ? undefined : slash);
  const home = user === '' ? host.lookup('HOME') : host.homeOf(user);
  if (home === undefined) return parts;
  const remainder = slash < 0 ? '' : first.text.slice(slash);
  const expanded: WordPart[] = [{ type: 'quoted', text: home }];
  if (remainder) expanded.push({ type: 'literal', text: remainder });
  return [...expanded, ...rest];
}

function arithMessage(error: ArithError, dialect: Dialect): string {
  if (dialect === 'ash')
    return error.kind === 'division by zero' ? 'divide by zero' : 'arithmetic syntax error';
  if (dialect === 'bash') {
    return error.kind === 'division by zero'
      ? `${error.expr}: division by 0 (error token is "${error.expr.split('/').pop() ?? ''}")`
      : `${error.expr}: syntax error: operand expected (error token is "${error.expr}")`;
  }
  return error.message;
}
