/**
 * The syntax tree of a POSIX shell script. Plain JSON-serialisable data: a parsed function
 * body can be carried between the lines of an interactive session.
 */

/** A piece of a word before expansion. `quoted` pieces are neither split nor globbed. */
export type WordPart =
  | { type: 'literal'; text: string }
  /** Text from single quotes, a backslash escape or a quoted heredoc: taken as is. */
  | { type: 'quoted'; text: string }
  | { type: 'double'; parts: WordPart[] }
  | ParamPart
  | { type: 'command'; script: Script; backquote: boolean }
  | { type: 'arith'; expr: WordPart[]; source: string };

export type ParamOp =
  | '-'
  | ':-'
  | '='
  | ':='
  | '+'
  | ':+'
  | '?'
  | ':?'
  | '%'
  | '%%'
  | '#'
  | '##'
  | '/'
  | '//'
  | '/#'
  | '/%'
  | 'substring'
  /** bash's case conversion: ^^ ^ ,, , */
  | '^^'
  | '^'
  | ',,'
  | ',';

export interface ParamPart {
  type: 'param';
  /** A name, a digit string or one of @ * # ? - $ ! 0. */
  name: string;
  /** `${#name}`: the length of the value. */
  length?: boolean;
  op?: ParamOp;
  arg?: Word;
  /** The replacement of `${x/a/b}` or the length of `${x:1:2}`. */
  arg2?: Word;
}

export interface Word {
  parts: WordPart[];
  /** The source text, for reserved-word checks, traces and messages. */
  raw: string;
}

export interface Assignment {
  name: string;
  value: Word;
}

export type RedirectOp = '<' | '>' | '>>' | '>|' | '<>' | '>&' | '<&' | '&>' | '&>>' | '<<<';

export interface HereDoc {
  delimiter: string;
  /** Quoted delimiters ('EOF', "EOF", \EOF) turn off expansion in the body. */
  quoted: boolean;
  stripTabs: boolean;
  /** Filled in once the lines after the command have been read. */
  body: WordPart[];
}

export type Redirect =
  | { kind: 'file'; fd: number | undefined; op: RedirectOp; target: Word }
  | { kind: 'heredoc'; fd: number | undefined; doc: HereDoc };

export interface SimpleCommand {
  type: 'simple';
  assigns: Assignment[];
  words: Word[];
  redirects: Redirect[];
  line: number;
}

export interface IfClause {
  cond: Script;
  body: Script;
}

export type CompoundBody =
  | { type: 'group'; body: Script }
  | { type: 'subshell'; body: Script }
  | { type: 'if'; clauses: IfClause[]; otherwise?: Script }
  | { type: 'for'; name: string; items?: Word[]; body: Script }
  | { type: 'loop'; until: boolean; cond: Script; body: Script }
  | { type: 'case'; subject: Word; items: CaseItem[] }
  /** bash's [[ ... ]]: words and the operators && || ! ( ) < > between them. */
  | { type: 'cond'; items: CondItem[] };

export type CondItem = { word: Word } | { op: string };

export type CompoundCommand = CompoundBody & { redirects: Redirect[]; line: number };

export interface CaseItem {
  patterns: Word[];
  body: Script;
}

export interface FunctionDef {
  type: 'function';
  name: string;
  body: CompoundCommand;
  line: number;
}

export type Command = SimpleCommand | CompoundCommand | FunctionDef;

export interface Pipeline {
  negated: boolean;
  commands: Command[];
  line: number;
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
  /** Ended by `&`: run synchronously here, as the simulation has no job control. */
  background: boolean;
}

/** A list of and-or lists, run in order. */
export interface Script {
  items: AndOr[];
}
