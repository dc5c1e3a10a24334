/**
 * A recursive-descent parser for the POSIX shell grammar (plus the bash bits real
 * Dockerfiles lean on). `nextCommand` parses one top-level line at a time, as dash does, so a
 * syntax error on line 3 only stops the script after lines 1 and 2 have run.
 */
import type {
  AndOr,
  CaseItem,
  Command,
  CompoundBody,
  CompoundCommand,
  CondItem,
  HereDoc,
  Pipeline,
  Redirect,
  RedirectOp,
  Script,
  SimpleCommand,
  Word,
} from './ast';
import { Lexer, type Token } from './lexer';
import { asAssignment, literalText } from './parser-words';
import type { Dialect } from './syntax-error';
import { isOp, REDIRECT_OPS, TokenStream } from './token-stream';
import type { ScanHooks } from './words';

const FUNCTION_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;

export class Parser extends TokenStream {
  constructor(
    src: string,
    readonly dialect: Dialect,
    pos = 0,
    firstLine = 1,
  ) {
    const hooks: ScanHooks = {
      ansiQuotes: dialect !== 'dash',
      commandSub: (cursor) => {
        const inner = new Parser(cursor.src, dialect, cursor.pos, cursor.firstLine);
        const script = inner.list((t) => isOp(t, ')'));
        inner.expectOp(')', ')', script.items.length > 0 || inner.peek().kind === 'eof');
        cursor.pos = inner.lexer.pos;
        return script;
      },
      script: (text, line) => new Parser(text, dialect, 0, line).program(),
    };
    super(new Lexer(src, dialect, hooks, pos, firstLine));
  }

  /** The whole script. */
  program(): Script {
    const items: AndOr[] = [];
    for (let line = this.nextCommand(); line; line = this.nextCommand()) items.push(...line);
    return { items };
  }

  /** The next top-level line (and-or lists up to a newline), or undefined at the end. */
  nextCommand(): AndOr[] | undefined {
    this.skipNewlines();
    if (this.peek().kind === 'eof') return undefined;
    const items: AndOr[] = [];
    for (;;) {
      const item = this.andOr();
      items.push(item);
      const tok = this.peek();
      if (isOp(tok, ';') || isOp(tok, '&')) {
        this.take();
        item.background = isOp(tok, '&');
        const after = this.peek();
        if (after.kind === 'newline' || after.kind === 'eof') break;
        continue;
      }
      if (tok.kind === 'newline' || tok.kind === 'eof') break;
      this.unexpected(tok);
    }
    if (this.peek().kind === 'newline') this.take();
    return items;
  }

  /** A compound list, up to (not including) a token for which `end` holds. */
  private list(end: (tok: Token) => boolean): Script {
    const items: AndOr[] = [];
    for (;;) {
      this.skipNewlines();
      const tok = this.peek();
      if (tok.kind === 'eof' || end(tok)) break;
      const item = this.andOr();
      items.push(item);
      const sep = this.peek();
      if (isOp(sep, ';') || isOp(sep, '&')) {
        this.take();
        item.background = isOp(sep, '&');
      } else if (sep.kind !== 'newline') break;
    }
    return { items };
  }

  /** A list that must not be empty, closed by the reserved word `closer`. */
  private body(closer: string, ...alsoEnds: string[]): Script {
    const script = this.list(
      (t) => this.isReserved(t, closer) || alsoEnds.some((w) => this.isReserved(t, w)),
    );
    const tok = this.peek();
    if (script.items.length === 0 && tok.kind !== 'eof') this.unexpected(tok);
    if (!this.isReserved(tok, closer) && !alsoEnds.some((w) => this.isReserved(tok, w))) {
      this.unexpected(tok, closer);
    }
    return script;
  }

  private andOr(): AndOr {
    const first = this.pipeline();
    const rest: AndOr['rest'] = [];
    for (let tok = this.peek(); isOp(tok, '&&') || isOp(tok, '||'); tok = this.peek()) {
      this.take();
      this.skipNewlines();
      rest.push({ op: tok.op as '&&' | '||', pipeline: this.pipeline() });
    }
    return { first, rest, background: false };
  }

  private pipeline(): Pipeline {
    const line = this.lexer.line(this.peek().pos);
    let negated = false;
    if (this.isReserved(this.peek(), '!')) {
      this.take();
      negated = true;
    }
    const commands = [this.command()];
    while (isOp(this.peek(), '|')) {
      this.take();
      this.skipNewlines();
      commands.push(this.command());
    }
    return { negated, commands, line };
  }

  private command(): Command {
    const tok = this.peek();
    const line = this.lexer.line(tok.pos);
    if (isOp(tok, '(')) {
      this.take();
      const body = this.list((t) => isOp(t, ')'));
      const close = this.peek();
      if (body.items.length === 0 && close.kind !== 'eof') this.unexpected(close);
      this.expectOp(')', ')');
      return this.withRedirects({ type: 'subshell', body }, line);
    }
    if (tok.kind === 'word' && this.isReserved(tok)) {
      const word = tok.word.raw;
      if (word === '{') {
        this.take();
        const body = this.body('}');
        this.take();
        return this.withRedirects({ type: 'group', body }, line);
      }
      if (word === 'if') return this.ifCommand(line);
      if (word === 'while' || word === 'until') return this.loop(word === 'until', line);
      if (word === 'for') return this.forCommand(line);
      if (word === 'case') return this.caseCommand(line);
      this.unexpected(tok);
    }
    if (tok.kind === 'word' && tok.word.raw === '[[' && this.dialect === 'bash') {
      this.take();
      return this.withRedirects({ type: 'cond', items: this.condItems() }, line);
    }
    if (tok.kind === 'word' && tok.word.raw === 'function' && this.dialect !== 'dash') {
      return this.functionKeyword(line);
    }
    return this.simple(line);
  }

  private withRedirects(body: CompoundBody, line: number): CompoundCommand {
    const redirects: Redirect[] = [];
    for (
      let tok = this.peek();
      tok.kind === 'io' || (tok.kind === 'op' && REDIRECT_OPS.has(tok.op));
      tok = this.peek()
    ) {
      redirects.push(this.redirect());
    }
    return { ...body, redirects, line } as CompoundCommand;
  }

  private ifCommand(line: number): CompoundCommand {
    const clauses: { cond: Script; body: Script }[] = [];
    let otherwise: Script | undefined;
    this.take();
    for (;;) {
      const cond = this.body('then');
      this.take();
      const body = this.body('fi', 'elif', 'else');
      clauses.push({ cond, body });
      const tok = this.take();
      if (this.isReserved(tok, 'elif')) continue;
      if (this.isReserved(tok, 'else')) {
        otherwise = this.body('fi');
        this.take();
      }
      break;
    }
    return this.withRedirects({ type: 'if', clauses, ...(otherwise ? { otherwise } : {}) }, line);
  }

  private loop(until: boolean, line: number): CompoundCommand {
    this.take();
    const cond = this.body('do');
    this.take();
    const body = this.body('done');
    this.take();
    return this.withRedirects({ type: 'loop', until, cond, body }, line);
  }

  private forCommand(line: number): CompoundCommand {
    this.take();
    const nameTok = this.take();
    if (nameTok.kind !== 'word' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(nameTok.word.raw)) {
      this.error({ kind: 'bad-for-variable' }, nameTok.pos);
    }
    const name = nameTok.word.raw;
    let items: Word[] | undefined;
    this.skipNewlines();
    if (this.isReserved(this.peek(), 'in')) {
      this.take();
      items = [];
      for (let tok = this.peek(); tok.kind === 'word'; tok = this.peek())
        items.push((this.take() as { word: Word }).word);
      const sep = this.peek();
      if (isOp(sep, ';') || sep.kind === 'newline') this.take();
      else this.unexpected(sep, 'do');
    } else if (isOp(this.peek(), ';')) this.take();
    this.skipNewlines();
    this.expectWord('do');
    const body = this.body('done');
    this.take();
    return this.withRedirects({ type: 'for', name, ...(items ? { items } : {}), body }, line);
  }

  private caseCommand(line: number): CompoundCommand {
    this.take();
    const subjectTok = this.take();
    if (subjectTok.kind !== 'word') this.unexpected(subjectTok, 'word');
    this.skipNewlines();
    this.expectWord('in');
    const items: CaseItem[] = [];
    for (;;) {
      this.skipNewlines();
      if (this.isReserved(this.peek(), 'esac')) {
        this.take();
        break;
      }
      if (isOp(this.peek(), '(')) this.take();
      const patterns: Word[] = [];
      for (;;) {
        const tok = this.take();
        if (tok.kind !== 'word') this.unexpected(tok, ')');
        patterns.push(tok.word);
        if (!isOp(this.peek(), '|')) break;
        this.take();
      }
      this.expectOp(')', ')');
      const body = this.list((t) => isOp(t, ';;') || this.isReserved(t, 'esac'));
      items.push({ patterns, body });
      const tok = this.peek();
      if (isOp(tok, ';;')) this.take();
      else if (!this.isReserved(tok, 'esac')) this.unexpected(tok, 'esac');
    }
    return this.withRedirects({ type: 'case', subject: subjectTok.word, items }, line);
  }

  /** The inside of [[ ... ]]; the right side of =~ is read raw, up to the closing ]]. */
  private condItems(): CondItem[] {
    const items: CondItem[] = [];
    for (;;) {
      const tok = this.take();
      if (tok.kind === 'word' && tok.word.raw === ']]') break;
      if (tok.kind === 'word') {
        items.push({ word: tok.word });
        if (tok.word.raw === '=~')
          items.push({ word: this.lexer.rawUntil(/\s+\]\](?=\s|;|$|&|\||\))/) });
      } else if (tok.kind === 'op' && ['&&', '||', '(', ')', '<', '>'].includes(tok.op)) {
        items.push({ op: tok.op });
      } else if (tok.kind !== 'newline') this.unexpected(tok, ']]');
    }
    if (items.length === 0)
      this.unexpected({ kind: 'word', word: { parts: [], raw: ']]' }, pos: this.lexer.pos });
    return items;
  }

  private functionKeyword(line: number): Command {
    this.take();
    const nameTok = this.take();
    if (nameTok.kind !== 'word') this.unexpected(nameTok);
    if (isOp(this.peek(), '(')) {
      this.take();
      this.expectOp(')', ')');
    }
    return this.functionBody(nameTok.word.raw, nameTok.pos, line);
  }

  private functionBody(name: string, pos: number, line: number): Command {
    if (!FUNCTION_NAME.test(name)) this.error({ kind: 'bad-function-name' }, pos);
    this.skipNewlines();
    const body = this.command();
    const compound: CompoundCommand =
      body.type === 'simple' || body.type === 'function'
        ? {
            type: 'group',
            body: {
              items: [
                { first: { negated: false, commands: [body], line }, rest: [], background: false },
              ],
            },
            redirects: [],
            line,
          }
        : body;
    return { type: 'function', name, body: compound, line };
  }

  private simple(line: number): Command {
    const cmd: SimpleCommand = { type: 'simple', assigns: [], words: [], redirects: [], line };
    for (;;) {
      const tok = this.peek();
      if (tok.kind === 'io' || (tok.kind === 'op' && REDIRECT_OPS.has(tok.op))) {
        cmd.redirects.push(this.redirect());
      } else if (tok.kind === 'word') {
        this.take();
        const assign = cmd.words.length === 0 ? asAssignment(tok.word) : undefined;
        if (assign) cmd.assigns.push(assign);
        else cmd.words.push(tok.word);
        if (
          cmd.words.length === 1 &&
          cmd.assigns.length === 0 &&
          cmd.redirects.length === 0 &&
          isOp(this.peek(), '(')
        ) {
          this.take();
          this.expectOp(')', ')');
          return this.functionBody(tok.word.raw, tok.pos, line);
        }
      } else break;
    }
    if (cmd.assigns.length + cmd.words.length + cmd.redirects.length === 0)
      this.unexpected(this.peek());
    return cmd;
  }

  private redirect(): Redirect {
    let fd: number | undefined;
    let tok = this.take();
    if (tok.kind === 'io') {
      fd = tok.fd;
      tok = this.take();
    }
    if (tok.kind !== 'op' || !REDIRECT_OPS.has(tok.op)) this.unexpected(tok);
    const target = this.take();
    if (target.kind !== 'word') this.unexpected(target);
    if (tok.op === '<<' || tok.op === '<<-') {
      const doc: HereDoc = {
        delimiter: literalText(target.word.parts),
        quoted: /["'\\]/.test(target.word.raw),
        stripTabs: tok.op === '<<-',
        body: [],
      };
      this.lexer.pending.push(doc);
      return { kind: 'heredoc', fd, doc };
    }
    return { kind: 'file', fd, op: tok.op as RedirectOp, target: target.word };
  }
}
