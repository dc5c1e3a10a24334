/**
 * awk programs: rules (`pattern { action }`, `BEGIN`, `END`, ranges `p1, p2`), functions, and
 * the statements of actions. Syntax errors come back in mawk's wording with their line.
 */
import type { AwkProgram, Expr, FunctionDef, LValue, Output, Rule, Stmt } from './ast';
import { Cursor, SyntaxFailure, type SyntaxProblem } from './cursor';
import { lex, type Token } from './lexer';
import { parseExpr, tryParenList } from './parser-expr';

export type ParseResult = { ok: true; program: AwkProgram } | { ok: false; problem: SyntaxProblem };

export function parseAwk(source: string): ParseResult {
  const lexed = lex(source);
  if (!lexed.ok) {
    const { kind, text, line } = lexed.error;
    if (kind === 'char')
      return {
        ok: false,
        problem: { message: `unexpected character '${text}'`, line, bare: true },
      };
    const what = kind === 'string' ? 'string constant' : 'regular expression';
    return { ok: false, problem: { message: `runaway ${what} ${text} ...`, line } };
  }
  // mawk reads the text as if it ended with a newline.
  const tokens: Token[] = lexed.tokens.slice(0, -1);
  const last = tokens[tokens.length - 1];
  const endLine = (lexed.tokens[lexed.tokens.length - 1] as Token).line;
  if (!last || last.kind !== 'newline') tokens.push({ kind: 'newline', text: '\n', line: endLine });
  tokens.push({ kind: 'eof', text: '', line: endLine + 1 });
  try {
    return { ok: true, program: parseProgram(new Cursor(tokens)) };
  } catch (e) {
    if (e instanceof SyntaxFailure) return { ok: false, problem: e.problem };
    return { ok: false, problem: { message: 'syntax error at or near end of file', line: 1 } };
  }
}

function parseProgram(c: Cursor): AwkProgram {
  const rules: Rule[] = [];
  const functions = new Map<string, FunctionDef>();
  let ranges = 0;
  c.skipTerminators();
  while (c.peek().kind !== 'eof') {
    let closed = true;
    if (c.at('function')) {
      const fn = parseFunction(c);
      functions.set(fn.name, fn);
    } else if (c.accept('BEGIN')) {
      rules.push({ pattern: { type: 'begin' }, action: parseBlock(c) });
    } else if (c.accept('END')) {
      rules.push({ pattern: { type: 'end' }, action: parseBlock(c) });
    } else if (c.at('{')) {
      rules.push({ pattern: { type: 'all' }, action: parseBlock(c) });
    } else {
      const from = parseExpr(c);
      let pattern: Rule['pattern'] = { type: 'expr', expr: from };
      if (c.accept(',')) {
        c.skipNewlines();
        pattern = { type: 'range', from, to: parseExpr(c), id: ranges++ };
      }
      closed = c.at('{');
      rules.push(closed ? { pattern, action: parseBlock(c) } : { pattern });
    }
    // After an action's `}` the next item may follow on the same line; a bare pattern
    // needs a newline or `;`.
    const tok = c.peek();
    if (c.at('}')) c.fail(`extra '}'`, tok, true);
    if (!closed && tok.kind !== 'newline' && tok.kind !== 'eof' && !c.at(';')) c.fail();
    c.skipTerminators();
  }
  return { rules, functions };
}

function parseFunction(c: Cursor): FunctionDef {
  c.next();
  const name = c.next();
  if (name.kind !== 'funcname' && name.kind !== 'name') c.fail(undefined, name);
  c.expect('(');
  const params: string[] = [];
  c.skipNewlines();
  while (!c.at(')')) {
    const param = c.next();
    if (param.kind !== 'name') c.fail(undefined, param);
    params.push(param.text);
    c.skipNewlines();
    if (!c.accept(',')) break;
    c.skipNewlines();
  }
  c.expect(')');
  c.skipNewlines();
  return { name: name.text, params, body: parseBlock(c) };
}

function parseBlock(c: Cursor): Stmt[] {
  c.skipNewlines();
  c.expect('{');
  c.braces++;
  const body: Stmt[] = [];
  c.skipTerminators();
  while (!c.at('}')) {
    if (c.peek().kind === 'eof') c.fail();
    body.push(parseStatement(c));
    c.skipTerminators();
  }
  c.braces--;
  c.next();
  return body;
}

/** A statement ends at `;`, a newline, or just before `}`. */
function endSimple(c: Cursor): void {
  const tok = c.peek();
  if (c.at(';') || tok.kind === 'newline') {
    c.next();
    return;
  }
  if (c.at('}') || tok.kind === 'eof') return;
  c.fail();
}

/** The body of if/while/for: a statement, possibly on the next line. */
function parseBody(c: Cursor): Stmt {
  c.skipNewlines();
  if (c.accept(';')) return { type: 'block', body: [] };
  return parseStatement(c);
}

function parseStatement(c: Cursor): Stmt {
  const tok = c.peek();
  if (c.at('{')) return { type: 'block', body: parseBlock(c) };
  if (tok.kind === 'keyword') {
    switch (tok.text) {
      case 'if':
        return parseIf(c);
      case 'while': {
        c.next();
        const test = parseCondition(c);
        if (c.at(';')) {
          c.next();
          return { type: 'while', test, body: { type: 'block', body: [] } };
        }
        return { type: 'while', test, body: parseBody(c) };
      }
      case 'do': {
        c.next();
        const body = parseBody(c);
        c.skipTerminators();
        c.expect('while');
        const test = parseCondition(c);
        endSimple(c);
        return { type: 'do', body, test };
      }
      case 'for':
        return parseFor(c);
      case 'next':
      case 'nextfile':
      case 'break':
      case 'continue':
        c.next();
        endSimple(c);
        return { type: tok.text };
      case 'exit':
      case 'return': {
        c.next();
        const value = endsHere(c) ? undefined : parseExpr(c);
        endSimple(c);
        if (tok.text === 'exit') return value ? { type: 'exit', code: value } : { type: 'exit' };
        return value ? { type: 'return', value } : { type: 'return' };
      }
      case 'delete':
        return parseDelete(c);
      case 'print':
      case 'printf':
        return parsePrint(c, tok.text);
    }
  }
  const expr = parseExpr(c);
  endSimple(c);
  return { type: 'expr', expr };
}

function endsHere(c: Cursor): boolean {
  const tok = c.peek();
  return tok.kind === 'newline' || tok.kind === 'eof' || c.at(';') || c.at('}');
}

function parseCondition(c: Cursor): Expr {
  c.expect('(');
  c.skipNewlines();
  const test = parseExpr(c);
  c.skipNewlines();
  c.expect(')');
  return test;
}

function parseIf(c: Cursor): Stmt {
  c.next();
  const test = parseCondition(c);
  const then = parseBody(c);
  // `if (x) a; else b` and `if (x) a\nelse b`: look past terminators for the else.
  const save = c.pos;
  c.skipTerminators();
  if (c.accept('else')) return { type: 'if', test, then, else: parseBody(c) };
  c.pos = save;
  return { type: 'if', test, then };
}

function parseFor(c: Cursor): Stmt {
  c.next();
  c.expect('(');
  // for (key in array)
  if (
    c.peek().kind === 'name' &&
    c.peek(1).kind === 'keyword' &&
    c.peek(1).text === 'in' &&
    c.peek(2).kind === 'name' &&
    c.peek(3).text === ')'
  ) {
    const key: LValue = { type: 'var', name: c.next().text };
    c.next();
    const array = c.next().text;
    c.next();
    return { type: 'forin', key, array, body: parseBody(c) };
  }
  const init: Stmt | undefined = c.at(';') ? undefined : { type: 'expr', expr: parseExpr(c) };
  c.expect(';');
  c.skipNewlines();
  const test = c.at(';') ? undefined : parseExpr(c);
  c.expect(';');
  c.skipNewlines();
  const step: Stmt | undefined = c.at(')') ? undefined : { type: 'expr', expr: parseExpr(c) };
  c.expect(')');
  if (c.at(';')) {
    c.next();
    return { type: 'for', init, test, step, body: { type: 'block', body: [] } };
  }
  return { type: 'for', init, test, step, body: parseBody(c) };
}

function parseDelete(c: Cursor): Stmt {
  c.next();
  const name = c.next();
  if (name.kind !== 'name') c.fail(undefined, name);
  if (!c.accept('[')) {
    endSimple(c);
    return { type: 'delete', name: name.text };
  }
  const subscripts = [parseExpr(c)];
  while (c.accept(',')) subscripts.push(parseExpr(c));
  c.expect(']');
  endSimple(c);
  return { type: 'delete', name: name.text, subscripts };
}

function parsePrint(c: Cursor, kind: 'print' | 'printf'): Stmt {
  c.next();
  let args = tryParenList(c);
  if (!args) {
    args = [];
    if (!endsHere(c) && !c.at('>') && !c.at('>>') && !c.at('|')) {
      args.push(parseExpr(c, { noGt: true }));
      while (c.accept(',')) {
        c.skipNewlines();
        args.push(parseExpr(c, { noGt: true }));
      }
    }
  }
  let output: Output | undefined;
  const tok = c.peek();
  if (c.at('>') || c.at('>>') || c.at('|')) {
    c.next();
    output = { mode: tok.text as Output['mode'], target: parseExpr(c, { noGt: true }) };
  }
  endSimple(c);
  if (kind === 'printf' && args.length === 0) c.fail(undefined, tok);
  return output ? { type: kind, args, output } : { type: kind, args };
}
