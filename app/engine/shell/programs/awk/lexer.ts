/**
 * awk's tokens. The one context-dependent decision is `/`: it starts a regular expression
 * unless the previous token ends an operand (`a / b`, `x[1] / 2`, `$1 / 3`), as in every awk.
 * Newlines are tokens (they end statements); a backslash before a newline joins lines, and
 * a newline after `{ , && || do else` and similar is ignored by the parser.
 */

import { ESCAPES } from './escapes';

export type TokenKind =
  | 'number'
  | 'string'
  | 'regex'
  | 'name'
  | 'funcname'
  | 'builtin'
  | 'keyword'
  | 'op'
  | 'newline'
  | 'eof';

export interface Token {
  kind: TokenKind;
  /** The text: a name, an operator, a string's value (escapes done), a regex's source. */
  text: string;
  value?: number;
  line: number;
}

export type LexResult = { ok: true; tokens: Token[] } | { ok: false; error: LexError };

export interface LexError {
  kind: 'string' | 'regex' | 'char';
  text: string;
  line: number;
}

export const KEYWORDS = new Set([
  'BEGIN',
  'END',
  'function',
  'func',
  'if',
  'else',
  'while',
  'for',
  'do',
  'break',
  'continue',
  'next',
  'nextfile',
  'exit',
  'return',
  'delete',
  'in',
  'getline',
  'print',
  'printf',
]);

export const BUILTINS = new Set([
  'length',
  'substr',
  'index',
  'split',
  'sub',
  'gsub',
  'match',
  'sprintf',
  'tolower',
  'toupper',
  'int',
  'sqrt',
  'exp',
  'log',
  'sin',
  'cos',
  'atan2',
  'rand',
  'srand',
  'system',
  'close',
  'fflush',
]);

const OPERATORS = [
  '**=',
  '&&',
  '||',
  '==',
  '!=',
  '<=',
  '>=',
  '>>',
  '++',
  '--',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '^=',
  '**',
  '!~',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ';',
  ',',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
  '!',
  '>',
  '<',
  '|',
  '?',
  ':',
  '~',
  '$',
  '=',
];

/** A string literal's escapes: \n \t \\ \" \/ and octal \ddd; others keep the backslash. */
function unescapeString(src: string, start: number): { text: string; end: number } | undefined {
  let out = '';
  for (let i = start; i < src.length; i++) {
    const ch = src[i] as string;
    if (ch === '"') return { text: out, end: i + 1 };
    if (ch === '\n') return undefined;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = src[i + 1];
    if (next === undefined) return undefined;
    if (next === '\n') {
      i++;
      continue;
    }
    const octal = /^[0-7]{1,3}/.exec(src.slice(i + 1, i + 4));
    if (octal) {
      out += String.fromCharCode(parseInt(octal[0], 8));
      i += octal[0].length;
      continue;
    }
    const mapped = ESCAPES[next];
    out += mapped ?? `\\${next}`;
    i++;
  }
  return undefined;
}

/** A regex literal's source: only `\/` is unescaped; other escapes are the regex's own. */
function regexSource(src: string, start: number): { text: string; end: number } | undefined {
  let out = '';
  let inBracket = false;
  for (let i = start; i < src.length; i++) {
    const ch = src[i] as string;
    if (ch === '\n') return undefined;
    if (ch === '\\' && i + 1 < src.length) {
      const next = src[i + 1] as string;
      out += next === '/' ? '/' : `\\${next}`;
      i++;
      continue;
    }
    if (ch === '[' && !inBracket) {
      inBracket = true;
      out += ch;
      if (src[i + 1] === '^') out += src[++i];
      if (src[i + 1] === ']') out += src[++i];
      continue;
    }
    if (ch === ']' && inBracket) inBracket = false;
    if (ch === '/' && !inBracket) return { text: out, end: i + 1 };
    out += ch;
  }
  return undefined;
}

/** Whether a `/` after this token divides (the token ends an operand). */
function endsOperand(tok: Token | undefined): boolean {
  if (!tok) return false;
  if (tok.kind === 'number' || tok.kind === 'string' || tok.kind === 'name') return true;
  if (tok.kind === 'builtin') return true;
  if (tok.kind === 'op') return tok.text === ')' || tok.text === ']' || tok.text === '$';
  return tok.kind === 'keyword' && tok.text === 'getline';
}

const NUMBER = /^(?:0[xX][0-9a-fA-F]+|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)/;

export function lex(src: string): LexResult {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  const push = (kind: TokenKind, text: string, value?: number): void => {
    tokens.push(value === undefined ? { kind, text, line } : { kind, text, value, line });
  };
  while (i < src.length) {
    const ch = src[i] as string;
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
      continue;
    }
    if (ch === '\\' && src[i + 1] === '\n') {
      i += 2;
      line++;
      continue;
    }
    if (ch === '\\' && src[i + 1] === '\r' && src[i + 2] === '\n') {
      i += 3;
      line++;
      continue;
    }
    if (ch === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (ch === '\n') {
      push('newline', '\n');
      line++;
      i++;
      continue;
    }
    if (ch === '"') {
      const str = unescapeString(src, i + 1);
      if (!str) return { ok: false, error: { kind: 'string', text: src.slice(i, i + 6), line } };
      push('string', str.text);
      i = str.end;
      continue;
    }
    if (ch === '/' && !endsOperand(tokens[tokens.length - 1])) {
      const re = regexSource(src, i + 1);
      if (!re) return { ok: false, error: { kind: 'regex', text: src.slice(i, i + 5), line } };
      push('regex', re.text);
      i = re.end;
      continue;
    }
    const num = /[0-9.]/.test(ch) ? NUMBER.exec(src.slice(i)) : null;
    if (num) {
      const text = num[0];
      push('number', text, /^0[xX]/.test(text) ? parseInt(text, 16) : Number(text));
      i += text.length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i, i + 200));
    if (word) {
      const text = word[0];
      i += text.length;
      if (KEYWORDS.has(text)) push('keyword', text === 'func' ? 'function' : text);
      else if (BUILTINS.has(text)) push('builtin', text);
      else if (src[i] === '(') push('funcname', text);
      else push('name', text);
      continue;
    }
    const op = OPERATORS.find((o) => src.startsWith(o, i));
    if (!op) return { ok: false, error: { kind: 'char', text: ch, line } };
    push('op', op === '**' ? '^' : op === '**=' ? '^=' : op);
    i += op.length;
  }
  push('eof', '');
  return { ok: true, tokens };
}
