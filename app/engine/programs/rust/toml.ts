/**
 * The part of TOML that Cargo.toml and Cargo.lock use: `[table]` and `[[array]]` headers with
 * dotted keys, `key = value` (bare, quoted and dotted keys), basic and literal strings (also
 * multi-line), integers, floats, booleans, arrays (also across lines) and inline tables.
 * Dates are kept as strings. A syntax error is returned as cargo's TOML parser words its
 * first line ("TOML parse error at line 3, column 8"), never thrown.
 */

export type TomlValue = string | number | boolean | TomlValue[] | TomlTable;
export interface TomlTable {
  [key: string]: TomlValue;
}

export type TomlResult =
  { ok: true; value: TomlTable } | { ok: false; line: number; error: string };

class TomlError extends Error {}

export function parseToml(text: string): TomlResult {
  const root: TomlTable = {};
  let current = root;
  const p = new Cursor(text);
  try {
    for (;;) {
      p.skipBlank();
      if (p.done()) break;
      if (p.peek() === '[') {
        const array = p.text.startsWith('[[', p.pos);
        p.pos += array ? 2 : 1;
        const path = p.key();
        p.expect(array ? ']]' : ']');
        current = array ? appendTable(root, path) : openTable(root, path);
      } else {
        const path = p.key();
        p.spaces();
        p.expect('=');
        p.spaces();
        assign(current, path, p.value());
      }
      p.endOfLine();
    }
    return { ok: true, value: root };
  } catch (error) {
    if (error instanceof TomlError) return { ok: false, line: p.line(), error: error.message };
    throw error;
  }
}

function isTable(value: TomlValue | undefined): value is TomlTable {
  return typeof value === 'object' && !Array.isArray(value);
}

function openTable(root: TomlTable, path: string[]): TomlTable {
  let table = root;
  for (const key of path) {
    const next = table[key];
    if (next === undefined) table = table[key] = {};
    else if (isTable(next)) table = next;
    else if (Array.isArray(next) && isTable(next[next.length - 1]))
      table = next[next.length - 1] as TomlTable;
    else throw new TomlError(`invalid table header\nduplicate key \`${key}\``);
  }
  return table;
}

function appendTable(root: TomlTable, path: string[]): TomlTable {
  const parent = openTable(root, path.slice(0, -1));
  const last = path[path.length - 1] as string;
  const list = parent[last] ?? (parent[last] = []);
  if (!Array.isArray(list)) throw new TomlError(`invalid table header\nduplicate key \`${last}\``);
  const table: TomlTable = {};
  list.push(table);
  return table;
}

function assign(table: TomlTable, path: string[], value: TomlValue): void {
  const target = openTable(table, path.slice(0, -1));
  const last = path[path.length - 1] as string;
  if (last in target) throw new TomlError(`duplicate key \`${last}\``);
  target[last] = value;
}

class Cursor {
  pos = 0;
  constructor(readonly text: string) {}

  done(): boolean {
    return this.pos >= this.text.length;
  }
  peek(): string {
    return this.text[this.pos] ?? '';
  }
  line(): number {
    return this.text.slice(0, this.pos).split('\n').length;
  }
  spaces(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++;
  }
  /** Whitespace, newlines and comments (between statements and inside arrays). */
  skipBlank(): void {
    for (;;) {
      const c = this.peek();
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos++;
      else if (c === '#') while (!this.done() && this.peek() !== '\n') this.pos++;
      else return;
    }
  }
  endOfLine(): void {
    this.spaces();
    if (this.peek() === '#') while (!this.done() && this.peek() !== '\n') this.pos++;
    if (this.peek() === '\r') this.pos++;
    if (!this.done() && this.peek() !== '\n') throw new TomlError('expected newline, `#`');
  }
  expect(token: string): void {
    if (!this.text.startsWith(token, this.pos)) throw new TomlError(`expected \`${token}\``);
    this.pos += token.length;
  }

  key(): string[] {
    const parts: string[] = [];
    for (;;) {
      this.spaces();
      const c = this.peek();
      if (c === '"' || c === "'") parts.push(this.string());
      else {
        const m = /^[A-Za-z0-9_-]+/.exec(this.text.slice(this.pos, this.pos + 200));
        if (!m) throw new TomlError('invalid key');
        parts.push(m[0]);
        this.pos += m[0].length;
      }
      this.spaces();
      if (this.peek() !== '.') return parts;
      this.pos++;
    }
  }

  value(): TomlValue {
    const c = this.peek();
    if (c === '"' || c === "'") return this.string();
    if (c === '[') return this.array();
    if (c === '{') return this.inlineTable();
    const m = /^[^\s,\]}#]+/.exec(this.text.slice(this.pos, this.pos + 100));
    if (!m) throw new TomlError('invalid string\nexpected `"`, `\'`');
    this.pos += m[0].length;
    const word = m[0];
    if (word === 'true' || word === 'false') return word === 'true';
    const number = word.replace(/_/g, '');
    if (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(number)) return Number(number);
    if (/^\d{4}-\d{2}-\d{2}/.test(word)) return word;
    throw new TomlError('invalid string\nexpected `"`, `\'`');
  }

  string(): string {
    const quote = this.peek();
    const multi = this.text.startsWith(quote.repeat(3), this.pos);
    const close = multi ? quote.repeat(3) : quote;
    this.pos += close.length;
    if (multi && this.peek() === '\n') this.pos++;
    let out = '';
    for (;;) {
      if (this.done()) throw new TomlError('invalid string\nunterminated string');
      if (this.text.startsWith(close, this.pos)) {
        this.pos += close.length;
        return out;
      }
      const c = this.peek();
      if (!multi && c === '\n') throw new TomlError('invalid basic string');
      if (c === '\\' && quote === '"') {
        out += this.escape();
        continue;
      }
      out += c;
      this.pos++;
    }
  }

  escape(): string {
    const next = this.text[this.pos + 1] ?? '';
    this.pos += 2;
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };
    if (next in simple) return simple[next] as string;
    if (next === 'u' || next === 'U') {
      const len = next === 'u' ? 4 : 8;
      const hex = this.text.slice(this.pos, this.pos + len);
      this.pos += len;
      const code = parseInt(hex, 16);
      return String.fromCodePoint(code >= 0 && code <= 0x10ffff ? code : 0xfffd);
    }
    if (next === '\n') {
      this.skipBlank();
      return '';
    }
    throw new TomlError('invalid escape sequence');
  }

  array(): TomlValue[] {
    this.pos++;
    const items: TomlValue[] = [];
    for (;;) {
      this.skipBlank();
      if (this.peek() === ']') {
        this.pos++;
        return items;
      }
      items.push(this.value());
      this.skipBlank();
      if (this.peek() === ',') this.pos++;
      else if (this.peek() !== ']') throw new TomlError('invalid array\nexpected `]`');
    }
  }

  inlineTable(): TomlTable {
    this.pos++;
    const table: TomlTable = {};
    this.spaces();
    if (this.peek() === '}') {
      this.pos++;
      return table;
    }
    for (;;) {
      const path = this.key();
      this.expect('=');
      this.spaces();
      assign(table, path, this.value());
      this.spaces();
      if (this.peek() === '}') {
        this.pos++;
        return table;
      }
      this.expect(',');
    }
  }
}

/** Reads a string field, or undefined. */
export function tomlString(table: TomlTable | undefined, key: string): string | undefined {
  const value = table?.[key];
  return typeof value === 'string' ? value : undefined;
}

export function tomlTable(table: TomlTable | undefined, key: string): TomlTable | undefined {
  const value = table?.[key];
  return isTable(value) ? value : undefined;
}

export function tomlTables(table: TomlTable | undefined, key: string): TomlTable[] {
  const value = table?.[key];
  return Array.isArray(value) ? value.filter(isTable) : [];
}

export function tomlStrings(table: TomlTable | undefined, key: string): string[] {
  const value = table?.[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
