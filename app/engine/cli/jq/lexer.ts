// Tokens of the jq language subset. Unbalanced closing brackets are INVALID_CHARACTER, as in
// jq's own lexer (so `.a.b)` reads "unexpected INVALID_CHARACTER").

export type TokenKind =
  | 'field' // .name or ."name"
  | 'dot'
  | 'dotdot'
  | 'ident'
  | 'keyword'
  | 'var'
  | 'number'
  | 'string'
  | 'punct'
  | 'invalid'
  | 'eof';

export interface Token {
  kind: TokenKind;
  /** Source text; for strings the raw text between the quotes. */
  text: string;
  pos: number;
  /** For strings: literal text pieces and interpolated program sources, in order. */
  parts?: { literal?: string; source?: string }[];
}

const KEYWORDS = new Set([
  'if',
  'then',
  'elif',
  'else',
  'end',
  'and',
  'or',
  'as',
  'try',
  'catch',
  'reduce',
  'foreach',
  'def',
  'import',
  'include',
  'label',
]);
const PUNCT = [
  '?//',
  '//',
  '==',
  '!=',
  '<=',
  '>=',
  '|=',
  '+=',
  '-=',
  '|',
  ',',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ':',
  ';',
  '?',
  '+',
  '-',
  '*',
  '/',
  '%',
  '<',
  '>',
  '=',
];
const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  '"': '"',
  '\\': '\\',
  '/': '/',
};

export class LexError extends Error {}

/** Reads a string literal starting at the opening quote; returns its parts and end index. */
function readString(
  src: string,
  start: number,
): { parts: NonNullable<Token['parts']>; end: number } {
  const parts: NonNullable<Token['parts']> = [];
  let literal = '';
  let i = start + 1;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '"') {
      if (literal || parts.length === 0) parts.push({ literal });
      return { parts, end: i + 1 };
    }
    if (c !== '\\') {
      literal += c;
      i++;
      continue;
    }
    const e = src[i + 1] ?? '';
    if (e === '(') {
      let depth = 1;
      let j = i + 2;
      while (j < src.length && depth > 0) {
        if (src[j] === '(') depth++;
        else if (src[j] === ')') depth--;
        else if (src[j] === '"') j = readString(src, j).end - 1;
        j++;
      }
      if (depth > 0) throw new LexError('unterminated string interpolation');
      if (literal) parts.push({ literal });
      literal = '';
      parts.push({ source: src.slice(i + 2, j - 1) });
      i = j;
    } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
      literal += String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16));
      i += 6;
    } else if (ESCAPES[e] !== undefined) {
      literal += ESCAPES[e];
      i += 2;
    } else {
      throw new LexError(`invalid escape at line 1, column ${i + 2}`);
    }
  }
  throw new LexError('unterminated string');
}

export function lexJq(src: string): Token[] {
  const tokens: Token[] = [];
  const open: string[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    const start = i;
    if (c === '.') {
      if (src[i + 1] === '.') {
        tokens.push({ kind: 'dotdot', text: '..', pos: start });
        i += 2;
      } else if (/[A-Za-z_]/.test(src[i + 1] ?? '')) {
        i++;
        while (/[A-Za-z0-9_]/.test(src[i] ?? '')) i++;
        tokens.push({ kind: 'field', text: src.slice(start + 1, i), pos: start });
      } else if (src[i + 1] === '"') {
        const { parts, end } = readString(src, i + 1);
        i = end;
        tokens.push({
          kind: 'field',
          text: parts.map((p) => p.literal ?? '').join(''),
          pos: start,
        });
      } else if (/[0-9]/.test(src[i + 1] ?? '')) {
        const m = /^\.[0-9]+([eE][+-]?[0-9]+)?/.exec(src.slice(i))!;
        tokens.push({ kind: 'number', text: m[0], pos: start });
        i += m[0].length;
      } else {
        tokens.push({ kind: 'dot', text: '.', pos: start });
        i++;
      }
      continue;
    }
    if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]*)?([eE][+-]?[0-9]+)?/.exec(src.slice(i))!;
      tokens.push({ kind: 'number', text: m[0], pos: start });
      i += m[0].length;
      continue;
    }
    if (c === '"') {
      const { parts, end } = readString(src, i);
      tokens.push({ kind: 'string', text: src.slice(i + 1, end - 1), pos: start, parts });
      i = end;
      continue;
    }
    if (/[A-Za-z_$]/.test(c)) {
      const isVar = c === '$';
      i++;
      while (/[A-Za-z0-9_]/.test(src[i] ?? '') || (src[i] === ':' && src[i + 1] === ':')) {
        i += src[i] === ':' ? 2 : 1;
      }
      const word = src.slice(start, i);
      const kind = isVar ? 'var' : KEYWORDS.has(word) ? 'keyword' : 'ident';
      tokens.push({ kind, text: isVar ? word.slice(1) : word, pos: start });
      continue;
    }
    const punct = PUNCT.find((p) => src.startsWith(p, i));
    if (punct) {
      if ('([{'.includes(punct)) open.push(punct);
      if (')]}'.includes(punct)) {
        const expected = { ')': '(', ']': '[', '}': '{' }[punct];
        if (open.pop() !== expected) {
          tokens.push({ kind: 'invalid', text: punct, pos: start });
          i++;
          continue;
        }
      }
      tokens.push({ kind: 'punct', text: punct, pos: start });
      i += punct.length;
      continue;
    }
    tokens.push({ kind: 'invalid', text: c, pos: start });
    i++;
  }
  tokens.push({ kind: 'eof', text: '', pos: src.length });
  return tokens;
}
