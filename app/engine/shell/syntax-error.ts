/**
 * Syntax errors and how each shell words them. dash (/bin/sh on Debian and Ubuntu), BusyBox
 * ash (busybox, alpine) and bash report the same mistakes differently; the wording below was
 * checked against dash 0.5.12, BusyBox 1.35 and bash 5.2 (see syntax-error.test.ts).
 */

export type Dialect = 'dash' | 'ash' | 'bash';

export type SyntaxProblem =
  /** `token` is a quoted operator or keyword ("then"), or: word, newline, end of file. */
  | { kind: 'unexpected'; token: string; expecting?: string }
  | { kind: 'unterminated-quote'; quote: string }
  | { kind: 'missing-brace' }
  | { kind: 'bad-substitution'; text: string }
  | { kind: 'bad-for-variable' }
  | { kind: 'bad-function-name' }
  | { kind: 'backquote-eof' };

export class ShellSyntaxError extends Error {
  constructor(
    readonly problem: SyntaxProblem,
    readonly line: number,
    /** The source line the error is on (bash repeats it). */
    readonly lineText: string,
    /** 1 when the error is at the end of input without a final newline (bash counts one more line). */
    readonly pastEnd = 0,
  ) {
    super(syntaxMessage(problem, 'dash'));
  }
}

/** The message after the shell's prefix, e.g. `Syntax error: "then" unexpected`. */
export function syntaxMessage(problem: SyntaxProblem, dialect: Dialect): string {
  if (dialect === 'bash') return bashMessage(problem);
  const ash = dialect === 'ash';
  const prefix = ash ? 'syntax error: ' : 'Syntax error: ';
  switch (problem.kind) {
    case 'unexpected': {
      // Keywords and operators are quoted; the word and newline classes are not.
      const what = problem.expecting;
      const expecting = what
        ? ` (expecting ${what === 'word' || what === 'newline' ? what : `"${what}"`})`
        : '';
      return ash
        ? `${prefix}unexpected ${problem.token}${expecting}`
        : `${prefix}${problem.token} unexpected${expecting}`;
    }
    case 'unterminated-quote':
      return `${prefix}${ash ? 'unterminated' : 'Unterminated'} quoted string`;
    case 'missing-brace':
      return `${prefix}${ash ? 'missing' : 'Missing'} '}'`;
    case 'bad-substitution':
      return ash ? `${prefix}bad substitution` : 'Bad substitution';
    case 'bad-for-variable':
      return `${prefix}${ash ? 'bad' : 'Bad'} for loop variable`;
    case 'bad-function-name':
      return `${prefix}${ash ? 'bad' : 'Bad'} function name`;
    case 'backquote-eof':
      return `${prefix}EOF in backquote substitution`;
  }
}

function bashMessage(problem: SyntaxProblem): string {
  switch (problem.kind) {
    case 'unexpected': {
      if (problem.token === 'end of file') return 'syntax error: unexpected end of file';
      const token = problem.token.replace(/^"(.*)"$/, '$1');
      return `syntax error near unexpected token \`${token}'`;
    }
    case 'unterminated-quote':
      return `unexpected EOF while looking for matching \`${problem.quote}'`;
    case 'backquote-eof':
      return "unexpected EOF while looking for matching ``'";
    case 'bad-substitution':
      return `${problem.text}: bad substitution`;
    case 'missing-brace':
      return "unexpected EOF while looking for matching `}'";
    case 'bad-for-variable':
      return "syntax error near unexpected token `in'";
    case 'bad-function-name':
      return 'syntax error: bad function name';
  }
}

/** Shown for a token in "unexpected" messages: keywords and operators are quoted. */
export function describeToken(
  token:
    { kind: 'word'; raw: string } | { kind: 'op'; op: string } | { kind: 'newline' | 'eof' | 'io' },
  reserved: boolean,
): string {
  switch (token.kind) {
    case 'eof':
      return 'end of file';
    case 'newline':
      return 'newline';
    case 'io':
      return 'word';
    case 'op':
      return `"${token.op}"`;
    case 'word':
      return reserved ? `"${token.raw}"` : 'word';
  }
}
