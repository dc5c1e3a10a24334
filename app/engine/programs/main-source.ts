/**
 * Reading the start of a program from its source (Go, Rust, C, C++ main; a Node.js script's
 * top level): a function's body, its statements one by one, and the literals they name. The
 * language readers (`go/cli-main.ts`, `rust/cli-main.ts`, `build/c-main.ts`,
 * `node/script-start.ts`) walk the statements as long as each is a print or a literal binding;
 * nothing here evaluates anything else.
 */

/** A literal value a program binds to a name or prints. */
export type Literal = { kind: 'str'; text: string } | { kind: 'int' | 'bool'; text: string };

/**
 * How a language quotes: in C and Rust `'a'` is a character; Go adds raw `` `strings` ``;
 * in JavaScript `'...'` and `` `...` `` (a template, with escapes) are strings.
 */
export type Quoting = 'c' | 'go' | 'js';

/** The end of the string or character literal opening at `i`, or undefined when none does. */
function quoteEnd(text: string, i: number, quoting: Quoting): number | undefined {
  const c = text[i];
  if (c === '"' || (c === '`' && quoting !== 'c') || (c === "'" && quoting === 'js'))
    return stringEnd(text, i, c, quoting === 'js');
  return c === "'" ? charEnd(text, i) : undefined;
}

/** Comments replaced by a space (strings and character literals kept as they are). */
export function withoutComments(source: string, quoting: Quoting): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    const end = quoteEnd(source, i, quoting);
    if (end !== undefined) {
      out += source.slice(i, end);
      i = end - 1;
    } else if (source.startsWith('//', i)) {
      const nl = source.indexOf('\n', i);
      i = (nl < 0 ? source.length : nl) - 1;
      out += ' ';
    } else if (source.startsWith('/*', i)) {
      const close = source.indexOf('*/', i + 2);
      i = (close < 0 ? source.length : close + 2) - 1;
      out += ' ';
    } else out += c;
  }
  return out;
}

/**
 * The index just past the string literal opening at `start` (Go's backquote string has no
 * escapes; a JavaScript template does).
 */
function stringEnd(text: string, start: number, quote: string, templateEscapes = false): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\' && (quote !== '`' || templateEscapes)) i++;
    else if (text[i] === quote) return i + 1;
  }
  return text.length;
}

/** A character literal ('a', '\n') at `i`, not a Rust lifetime ('a): its end, else undefined. */
function charEnd(text: string, i: number): number | undefined {
  const m = /^'(?:\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|.)|[^'\\])'/.exec(text.slice(i, i + 12));
  return m ? i + m[0].length : undefined;
}

/**
 * The body of the function whose header `header` matches (ending at its opening brace), with
 * comments removed; undefined when the source has no such function.
 */
export function functionBody(
  source: string,
  header: RegExp,
  rawBackquote = false,
): string | undefined {
  const quoting = rawBackquote ? 'go' : 'c';
  const text = withoutComments(source, quoting);
  const m = header.exec(text);
  if (!m) return undefined;
  const open = m.index + m[0].length - 1;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i] as string;
    const end = quoteEnd(text, i, quoting);
    if (end !== undefined) i = end - 1;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(open + 1, i);
  }
  return undefined;
}

/**
 * A body's top-level statements, trimmed: split at `;`, after a block's closing brace, and
 * (Go's automatic semicolons, JavaScript's) at line ends.
 */
export function statements(
  body: string,
  lineEnds = false,
  quoting: Quoting = lineEnds ? 'go' : 'c',
): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  const cut = (end: number): void => {
    const s = body.slice(start, end).trim();
    if (s) out.push(s);
    start = end + 1;
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    const end = quoteEnd(body, i, quoting);
    if (end !== undefined) i = end - 1;
    else if ('({['.includes(c)) depth++;
    else if (')]'.includes(c)) depth--;
    else if (c === '}') {
      if (--depth === 0 && !/^\s*[)\].,;]/.test(body.slice(i + 1))) cut(i + 1);
    } else if (depth === 0 && (c === ';' || (lineEnds && c === '\n'))) cut(i);
  }
  cut(body.length);
  return out;
}

/** Splits a call's arguments at top-level commas. */
export function splitArgs(args: string, quoting: Quoting = 'go'): string[] {
  return splitAt(args, ',', quoting);
}

/**
 * Splits an expression at a separator outside strings and brackets (`,` between arguments,
 * JavaScript's `+` or `||` between operands).
 */
export function splitAt(text: string, separator: string, quoting: Quoting = 'go'): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const end = quoteEnd(text, i, quoting);
    if (end !== undefined) i = end - 1;
    else if ('({['.includes(c)) depth++;
    else if (')}]'.includes(c)) depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      out.push(text.slice(start, i).trim());
      start = i + separator.length;
      i = start - 1;
    }
  }
  const last = text.slice(start).trim();
  if (last || out.length > 0) out.push(last);
  return out;
}

/** The text inside the bracket that opens at `open`, up to the one closing it; or undefined. */
export function bracketed(text: string, open: number, quoting: Quoting): string | undefined {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i] as string;
    const end = quoteEnd(text, i, quoting);
    if (end !== undefined) i = end - 1;
    else if ('({['.includes(c)) depth++;
    else if (')}]'.includes(c) && --depth === 0) return text.slice(open + 1, i);
  }
  return undefined;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
  '\\': '\\',
  '"': '"',
  "'": "'",
};

/**
 * The text of a double-quoted string literal (`"a\tb\n"`), of a Go raw string (`` `a` ``) or,
 * in JavaScript, of a single-quoted one (`'a'`); undefined for anything else or an escape not
 * read here.
 */
export function stringLiteral(token: string, quoting: Quoting = 'go'): string | undefined {
  const t = token.trim();
  if (quoting === 'go' && /^`[^`]*`$/.test(t)) return t.slice(1, -1);
  const quoted = quoting === 'js' ? /^(["'])(?:(?!\1)[^\\]|\\.)*\1$/s : /^"(?:[^"\\]|\\.)*"$/s;
  if (!quoted.test(t)) return undefined;
  return unescaped(t.slice(1, -1));
}

/** A string literal's body with its escapes read (`\n`, `\x41`, `\u{1F600}`, `\u0041`). */
export function unescaped(body: string): string | undefined {
  let text = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c !== '\\') {
      text += c;
      continue;
    }
    const e = body[++i] as string;
    const hex = /^x([0-9a-fA-F]{2})|^u\{([0-9a-fA-F]{1,6})\}|^u([0-9a-fA-F]{4})/.exec(
      body.slice(i),
    );
    if (SIMPLE_ESCAPES[e] !== undefined) text += SIMPLE_ESCAPES[e];
    else if (hex) {
      text += String.fromCodePoint(parseInt(hex[1] ?? hex[2] ?? hex[3] ?? '0', 16));
      i += hex[0].length - 1;
    } else return undefined;
  }
  return text;
}

/** A literal: a string, a decimal integer, true or false. */
export function literalOf(token: string, bools = true): Literal | undefined {
  const t = token.trim();
  const text = stringLiteral(t);
  if (text !== undefined) return { kind: 'str', text };
  if (/^-?(?:0|[1-9]\d*)$/.test(t)) return { kind: 'int', text: t };
  if (bools && /^(?:true|false)$/.test(t)) return { kind: 'bool', text: t };
  return undefined;
}

/**
 * Whether `text` (what follows a binding) never writes `name`: no assignment (`x = `, `x += `,
 * `x, y = `, Go's `:=` again), no `++`/`--`, no address taken (`&x`, `&mut x`). A literal bound
 * and then changed is not that literal when printed.
 */
export function neverWritten(text: string, name: string): boolean {
  const n = name.replace(/\W/g, '');
  const writes = [
    // A statement that assigns it, alone or among others: `x = `, `a, x = `, `x, err := `, `let x =`.
    `(?:^|[;{}\\n])[\\w \\t,]*\\b${n}\\b[\\w \\t,]*:?=(?!=)`,
    // An assignment anywhere (in a block, a closure): `x += 1`, `x <<= 2`.
    `(?:^|[^\\w.:])${n}\\s*(?:[-+*/%|&^]|<<|>>)?=(?!=)`,
    `\\b${n}\\s*(?:\\+\\+|--)|(?:\\+\\+|--)${n}\\b`,
    `&(?:mut\\s+)?${n}\\b`,
  ];
  return !new RegExp(writes.join('|')).test(text);
}

/** A statement as a note quotes it: its first line, at most 60 characters. */
export function quoted(statement: string): string {
  const line = statement.split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
