// Reads jq's input: a stream of JSON values separated by whitespace. Each value carries the
// line number jq names in runtime errors ("jq: error (at <stdin>:N)"): jq reads its input line
// by line, so N counts the newlines up to the end of the line where the value ended (0 for a
// value on a last line without a newline).
import type { JqObject, JqValue } from './values';

export interface InputValue {
  value: JqValue;
  line: number;
}

export type InputResult =
  { ok: true; values: InputValue[] } | { ok: false; values: InputValue[]; error: string };

class ParseError extends Error {}

class Reader {
  pos = 0;
  constructor(readonly text: string) {}

  /** jq's position text: lines counted from 1, columns as chars since the last newline. */
  where(pos = this.pos): string {
    const before = this.text.slice(0, pos);
    const line = before.split('\n').length;
    const column = pos - (before.lastIndexOf('\n') + 1);
    return `at line ${line}, column ${column}`;
  }

  fail(message: string, pos = this.pos): never {
    throw new ParseError(`${message} ${this.where(pos)}`);
  }

  skipSpace(): void {
    while (/[ \t\r\n]/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  value(): JqValue {
    this.skipSpace();
    const c = this.text[this.pos];
    if (c === undefined) this.fail('Unfinished JSON term at EOF', this.text.length);
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === ']' || c === '}') this.fail(`Unmatched '${c}'`, this.pos + 1);
    return this.literal();
  }

  private literal(): JqValue {
    const end = this.endOfToken();
    const word = this.text.slice(this.pos, Math.max(end, this.pos + 1));
    this.pos = Math.max(end, this.pos + 1);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    if (word === 'nan') return NaN;
    if (/^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(word)) return Number(word);
    // jq checks a bare word when the character after it arrives, and reports that position.
    const message = /^[tfn]/.test(word) ? 'Invalid literal' : 'Invalid numeric literal';
    if (end >= this.text.length) return this.fail(`${message} at EOF`, this.text.length);
    return this.fail(message, end + 1);
  }

  private endOfToken(): number {
    let end = this.pos;
    while (end < this.text.length && !/[\s[\]{},:]/.test(this.text[end]!)) end++;
    return end;
  }

  private string(): string {
    const start = this.pos;
    this.pos++;
    let out = '';
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined) this.fail('Unfinished JSON term at EOF', this.text.length);
      this.pos++;
      if (c === '"') return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = this.text[this.pos++];
      const simple: Record<string, string> = {
        '"': '"',
        '\\': '\\',
        '/': '/',
        b: '\b',
        f: '\f',
        n: '\n',
        r: '\r',
        t: '\t',
      };
      if (e !== undefined && simple[e] !== undefined) out += simple[e];
      else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos, this.pos + 4))) {
        out += String.fromCharCode(parseInt(this.text.slice(this.pos, this.pos + 4), 16));
        this.pos += 4;
      } else this.fail('Invalid escape', start);
    }
  }

  private array(): JqValue[] {
    this.pos++;
    const items: JqValue[] = [];
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return items;
    }
    for (;;) {
      this.skipSpace();
      if (items.length > 0 && this.text[this.pos] === ']') {
        this.fail('Expected another array element', this.pos + 1);
      }
      items.push(this.value());
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === undefined) this.fail('Unfinished JSON term at EOF', this.text.length);
      this.pos++;
      if (c === ']') return items;
      if (c !== ',') this.fail('Expected separator between values', this.pos);
    }
  }

  private object(): JqObject {
    this.pos++;
    const map: JqObject = new Map();
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return map;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') {
        if (this.pos >= this.text.length)
          this.fail('Unfinished JSON term at EOF', this.text.length);
        this.fail('Object keys must be strings', this.pos + 1);
      }
      const key = this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ':') {
        if (this.pos >= this.text.length)
          this.fail('Unfinished JSON term at EOF', this.text.length);
        this.fail('Objects must consist of key:value pairs', this.pos + 1);
      }
      this.pos++;
      map.set(key, this.value());
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === undefined) this.fail('Unfinished JSON term at EOF', this.text.length);
      this.pos++;
      if (c === '}') return map;
      if (c !== ',') this.fail('Expected separator between values', this.pos);
    }
  }
}

/** Parses all values of an input text; values before a parse error are kept. */
export function readInputs(text: string): InputResult {
  const reader = new Reader(text);
  const values: InputValue[] = [];
  try {
    for (;;) {
      reader.skipSpace();
      if (reader.pos >= text.length) return { ok: true, values };
      const value = reader.value();
      const lineEnd = text.indexOf('\n', reader.pos);
      const consumed = lineEnd < 0 ? text : text.slice(0, lineEnd + 1);
      const upTo = consumed.split('\n').length - 1;
      values.push({ value, line: upTo });
      const next = text[reader.pos];
      if (next !== undefined && !/[ \t\r\n]/.test(next) && !'[{"'.includes(next)) {
        reader.fail('Expected separator between values', reader.pos + 1);
      }
    }
  } catch (error) {
    if (error instanceof ParseError) return { ok: false, values, error: error.message };
    throw error;
  }
}
