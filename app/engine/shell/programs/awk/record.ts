/**
 * The current record ($0) and its fields. Fields are split lazily with the FS in force when
 * the record was read; assigning a field or NF rebuilds $0 with OFS, as every awk does.
 */

export type RegexOf = (source: string) => RegExp;

/**
 * Splits text the way FS says: " " on runs of blanks and newlines (ends trimmed), another
 * single character literally, "" into characters, anything longer as a regular expression.
 * In paragraph mode (RS == "") a newline always separates fields too.
 */
export function splitFields(
  text: string,
  fs: string,
  regexOf: RegexOf,
  paragraph = false,
): string[] {
  if (text === '') return [];
  if (fs === ' ') {
    const trimmed = text.replace(/^[ \t\n]+|[ \t\n]+$/g, '');
    return trimmed === '' ? [] : trimmed.split(/[ \t\n]+/);
  }
  if (paragraph) {
    const parts: string[] = [];
    for (const line of text.split('\n')) parts.push(...splitFields(line, fs, regexOf));
    return parts;
  }
  if (fs === '') return Array.from(text);
  if (fs.length === 1 && fs !== '\\') return text.split(fs);
  return splitByRegex(text, regexOf(fs));
}

/** Splits at every non-empty match of `re` (a global RegExp). */
export function splitByRegex(text: string, re: RegExp): string[] {
  if (text === '') return [];
  const parts: string[] = [];
  let start = 0;
  let searchFrom = 0;
  while (searchFrom <= text.length) {
    re.lastIndex = searchFrom;
    const m = re.exec(text);
    if (!m) break;
    if (m[0] === '') {
      searchFrom = m.index + 1;
      continue;
    }
    parts.push(text.slice(start, m.index));
    start = m.index + m[0].length;
    searchFrom = start;
  }
  parts.push(text.slice(start));
  return parts;
}

export class AwkRecord {
  private text = '';
  private fields: string[] | undefined = [];
  private fs = ' ';
  private paragraph = false;

  constructor(private readonly regexOf: RegexOf) {}

  set(text: string, fs: string, paragraph: boolean): void {
    this.text = text;
    this.fields = undefined;
    this.fs = fs;
    this.paragraph = paragraph;
  }

  get whole(): string {
    return this.text;
  }

  private split(): string[] {
    if (!this.fields) this.fields = splitFields(this.text, this.fs, this.regexOf, this.paragraph);
    return this.fields;
  }

  get nf(): number {
    return this.split().length;
  }

  field(i: number): string {
    if (i === 0) return this.text;
    return this.split()[i - 1] ?? '';
  }

  setField(i: number, value: string, ofs: string): void {
    if (i === 0) {
      this.text = value;
      this.fields = undefined;
      return;
    }
    const fields = this.split();
    while (fields.length < i) fields.push('');
    fields[i - 1] = value;
    this.text = fields.join(ofs);
  }

  setNF(n: number, ofs: string): void {
    const fields = this.split();
    if (n < fields.length) fields.length = Math.max(0, n);
    while (fields.length < n) fields.push('');
    this.text = fields.join(ofs);
  }
}
