/** The parsed awk program: rules (pattern-action pairs), BEGIN/END actions and functions. */

export type Expr =
  | { type: 'num'; value: number }
  | { type: 'str'; value: string }
  /** A `/re/` on its own matches $0; as an argument of match/sub/split it is the regex. */
  | { type: 'regex'; source: string }
  | { type: 'var'; name: string }
  | { type: 'index'; name: string; subscripts: Expr[] }
  | { type: 'field'; index: Expr }
  | { type: 'assign'; op: string; target: LValue; value: Expr }
  | { type: 'cond'; test: Expr; yes: Expr; no: Expr }
  | { type: 'and' | 'or'; left: Expr; right: Expr }
  | { type: 'not'; operand: Expr }
  | { type: 'neg' | 'plus'; operand: Expr }
  | { type: 'binary'; op: string; left: Expr; right: Expr }
  | { type: 'compare'; op: string; left: Expr; right: Expr }
  | { type: 'match'; negate: boolean; left: Expr; right: Expr }
  | { type: 'concat'; left: Expr; right: Expr }
  | { type: 'in'; subscripts: Expr[]; array: string }
  | { type: 'incdec'; op: '++' | '--'; prefix: boolean; target: LValue }
  | { type: 'call'; name: string; args: Expr[] }
  | { type: 'builtin'; name: string; args: Expr[] }
  | { type: 'getline'; target?: LValue; file?: Expr; command?: Expr }
  | { type: 'group'; expr: Expr };

export type LValue =
  | { type: 'var'; name: string }
  | { type: 'index'; name: string; subscripts: Expr[] }
  | { type: 'field'; index: Expr };

export interface Output {
  mode: '>' | '>>' | '|';
  target: Expr;
}

export type Stmt =
  | { type: 'expr'; expr: Expr }
  | { type: 'print'; args: Expr[]; output?: Output }
  | { type: 'printf'; args: Expr[]; output?: Output }
  | { type: 'block'; body: Stmt[] }
  | { type: 'if'; test: Expr; then: Stmt; else?: Stmt }
  | { type: 'while'; test: Expr; body: Stmt }
  | { type: 'do'; body: Stmt; test: Expr }
  | { type: 'for'; init?: Stmt; test?: Expr; step?: Stmt; body: Stmt }
  | { type: 'forin'; key: LValue; array: string; body: Stmt }
  | { type: 'next' | 'nextfile' | 'break' | 'continue' }
  | { type: 'exit'; code?: Expr }
  | { type: 'return'; value?: Expr }
  | { type: 'delete'; name: string; subscripts?: Expr[] };

export type Pattern =
  | { type: 'begin' }
  | { type: 'end' }
  | { type: 'all' }
  | { type: 'expr'; expr: Expr }
  | { type: 'range'; from: Expr; to: Expr; id: number };

export interface Rule {
  pattern: Pattern;
  /** Absent: `{ print }`. */
  action?: Stmt[];
}

export interface FunctionDef {
  name: string;
  params: string[];
  body: Stmt[];
}

export interface AwkProgram {
  rules: Rule[];
  functions: Map<string, FunctionDef>;
}
