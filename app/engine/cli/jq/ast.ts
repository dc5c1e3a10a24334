// The syntax tree of a jq program (the subset this jq understands).
import type { JqValue } from './values';

export type Ast =
  | { kind: 'identity' }
  | { kind: 'recurse' }
  | { kind: 'index'; target: Ast; index: Ast }
  | { kind: 'slice'; target: Ast; from: Ast | null; to: Ast | null }
  | { kind: 'iterate'; target: Ast }
  | { kind: 'try'; body: Ast; handler: Ast | null }
  | { kind: 'pipe'; left: Ast; right: Ast }
  | { kind: 'comma'; left: Ast; right: Ast }
  | { kind: 'literal'; value: JqValue }
  | { kind: 'format'; parts: (string | Ast)[] }
  | { kind: 'array'; body: Ast | null }
  | { kind: 'object'; entries: { key: Ast; value: Ast }[] }
  | { kind: 'call'; name: string; args: Ast[] }
  | {
      kind: 'binop';
      op: '+' | '-' | '*' | '/' | '%' | '==' | '!=' | '<' | '<=' | '>' | '>=';
      left: Ast;
      right: Ast;
    }
  | { kind: 'and' | 'or' | 'alt'; left: Ast; right: Ast }
  | { kind: 'neg'; body: Ast }
  | { kind: 'if'; cond: Ast; then: Ast; otherwise: Ast | null }
  | { kind: 'var'; name: string }
  | { kind: 'bind'; source: Ast; name: string; body: Ast }
  | { kind: 'reduce'; source: Ast; name: string; init: Ast; update: Ast };
