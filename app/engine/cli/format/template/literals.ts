// Go literal syntax inside templates: numbers ("1_000", "0x10", "1e6", 'a') and quoted strings
// (Go escapes, which differ from JSON's: \x41, \101, \U0001F600, \a, \v).

export interface NumberLiteral {
  value: number;
  /** True when Go would treat the constant as float64 (it has '.', 'e' or 'p' and is not hex). */
  isFloat: boolean;
}

/** Parses a Go number or character constant; null when the syntax is not valid Go. */
export function parseNumber(text: string): NumberLiteral | null {
  if (text.startsWith("'")) {
    const value = unquote(text);
    if (value === null || [...value].length !== 1) return null;
    return { value: value.codePointAt(0) ?? 0, isFloat: false };
  }
  if (/__|^[+-]?_|_$|_\.|\._/.test(text)) return null;
  const clean = text.replace(/_/g, '');
  const sign = clean.startsWith('-') ? -1 : 1;
  const body = clean.replace(/^[+-]/, '');
  const prefixed = /^0([xXoObB])(.*)$/.exec(body);
  if (prefixed) {
    const base = { x: 16, o: 8, b: 2 }[(prefixed[1] ?? 'x').toLowerCase() as 'x' | 'o' | 'b'];
    const digits = prefixed[2] ?? '';
    const valid = base === 16 ? /^[0-9a-fA-F]+$/ : base === 8 ? /^[0-7]+$/ : /^[01]+$/;
    if (!valid.test(digits)) return null;
    return { value: sign * parseInt(digits, base), isFloat: false };
  }
  if (/^0[0-7]+$/.test(body)) return { value: sign * parseInt(body, 8), isFloat: false };
  if (!/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body)) return null;
  return { value: sign * Number(body), isFloat: /[.eE]/.test(body) };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
};

/** Go's strconv.Unquote for "…", `…` and '…' literals; null when invalid. */
export function unquote(text: string): string | null {
  const quote = text[0];
  if (text.length < 2 || text[text.length - 1] !== quote) return null;
  const body = text.slice(1, -1);
  if (quote === '`') return body.includes('`') ? null : body.replace(/\r/g, '');
  if (quote !== '"' && quote !== "'") return null;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i] ?? '';
    if (c === quote || c === '\n') return null;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i] ?? '';
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      if ((e === "'" && quote === '"') || (e === '"' && quote === "'")) return null;
      out += simple;
      continue;
    }
    const hexLength = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (hexLength > 0) {
      const hex = body.slice(i + 1, i + 1 + hexLength);
      if (!new RegExp(`^[0-9a-fA-F]{${hexLength}}$`).test(hex)) return null;
      const code = parseInt(hex, 16);
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
      out += String.fromCodePoint(code);
      i += hexLength;
      continue;
    }
    const octal = body.slice(i, i + 3);
    if (/^[0-7]{3}$/.test(octal) && parseInt(octal, 8) < 256) {
      out += String.fromCharCode(parseInt(octal, 8));
      i += 2;
      continue;
    }
    return null;
  }
  return out;
}
