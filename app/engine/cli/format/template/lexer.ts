// The lexer of Go's text/template, for the `{{ }}` language of docker's --format flag. It works
// on JavaScript string indices; errors convert positions to UTF-8 byte columns as Go reports.

export type ItemType =
  | 'text'
  | 'leftDelim'
  | 'rightDelim'
  | 'space'
  | 'field'
  | 'variable'
  | 'identifier'
  | 'keyword'
  | 'bool'
  | 'nil'
  | 'dot'
  | 'string'
  | 'rawString'
  | 'charConstant'
  | 'number'
  | 'pipe'
  | 'leftParen'
  | 'rightParen'
  | 'declare'
  | 'assign'
  | 'char'
  | 'comment'
  | 'eof'
  | 'error';

export interface Item {
  type: ItemType;
  /** Source text, or the error message for an 'error' item. */
  val: string;
  pos: number;
  line: number;
}

const KEYWORDS = new Set([
  'block',
  'break',
  'continue',
  'define',
  'else',
  'end',
  'if',
  'range',
  'template',
  'with',
]);

const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isAlphaNumeric = (c: string | undefined): boolean =>
  c !== undefined && (c === '_' || /^[\p{L}\p{Nd}]$/u.test(c));
const TRIM_LEFT = '{{- ';
const TRIM_RIGHT_LEN = 2; // " -" before "}}"

/** Splits a template into items, ending with 'eof' or the first 'error'. */
export function lex(input: string): Item[] {
  const items: Item[] = [];
  let pos = 0;
  let line = 1;
  const emit = (type: ItemType, start: number, end: number, startLine: number): void => {
    items.push({ type, val: input.slice(start, end), pos: start, line: startLine });
  };
  const fail = (message: string, at: number): Item[] => {
    items.push({ type: 'error', val: message, pos: at, line });
    return items;
  };
  const countLines = (from: number, to: number): void => {
    for (let i = from; i < to; i++) if (input[i] === '\n') line++;
  };

  while (pos <= input.length) {
    // Text up to the next "{{".
    const open = input.indexOf('{{', pos);
    const textEnd = open < 0 ? input.length : open;
    const trimLeft = open >= 0 && input.startsWith('-', open + 2) && isSpace(input[open + 3]);
    let textStop = textEnd;
    if (trimLeft) while (textStop > pos && isSpace(input[textStop - 1])) textStop--;
    if (textStop > pos) emit('text', pos, textStop, line);
    countLines(pos, textEnd);
    if (open < 0) break;
    pos = open;

    // A comment action: "{{/*" … "*/}}", with optional trim markers.
    const afterDelim = open + (trimLeft ? TRIM_LEFT.length : 2);
    if (input.startsWith('/*', afterDelim)) {
      const close = input.indexOf('*/', afterDelim + 2);
      if (close < 0) return fail('unclosed comment', afterDelim);
      countLines(pos, close);
      let end = close + 2;
      let trimRight = false;
      if (input.startsWith(' -}}', end) || input.startsWith('\t-}}', end)) {
        trimRight = true;
        end += TRIM_RIGHT_LEN;
      }
      if (!input.startsWith('}}', end)) return fail('comment ends before closing delimiter', end);
      pos = end + 2;
      if (trimRight) while (pos < input.length && isSpace(input[pos])) countLines(pos, ++pos);
      continue;
    }

    emit('leftDelim', open, open + 2, line);
    pos = afterDelim;
    let parenDepth = 0;
    // Inside the action.
    for (;;) {
      const c = input[pos];
      const startLine = line;
      if (c === undefined) return fail('unclosed action', pos);
      const trimRight = isSpace(c) && input.startsWith('-}}', pos + 1);
      if (input.startsWith('}}', pos) || trimRight) {
        if (trimRight) {
          emit('space', pos, pos + 1, line);
          pos += TRIM_RIGHT_LEN;
        }
        if (parenDepth > 0) return fail('unclosed left paren', pos);
        emit('rightDelim', pos, pos + 2, line);
        pos += 2;
        if (trimRight) {
          const from = pos;
          while (pos < input.length && isSpace(input[pos])) pos++;
          countLines(from, pos);
        }
        break;
      }
      const start = pos;
      if (isSpace(c)) {
        // Stop before a space that starts a " -}}" trim marker.
        while (isSpace(input[pos]) && !input.startsWith('-}}', pos + 1)) pos++;
        countLines(start, pos);
        emit('space', start, pos, startLine);
      } else if (c === '=') {
        emit('assign', start, ++pos, line);
      } else if (c === ':') {
        if (input[pos + 1] !== '=') return fail('expected :=', pos);
        pos += 2;
        emit('declare', start, pos, line);
      } else if (c === '|') {
        emit('pipe', start, ++pos, line);
      } else if (c === '"' || c === '`' || c === "'") {
        const end = scanQuoted(input, pos, c);
        if (typeof end === 'string') return fail(end, pos);
        pos = end;
        emit(c === '"' ? 'string' : c === '`' ? 'rawString' : 'charConstant', start, pos, line);
        countLines(start, pos);
      } else if (c === '$') {
        pos++;
        while (isAlphaNumeric(input[pos])) pos++;
        emit('variable', start, pos, line);
      } else if (c === '.' && !/[0-9]/.test(input[pos + 1] ?? '')) {
        pos++;
        if (!isAlphaNumeric(input[pos])) {
          emit('dot', start, pos, line);
        } else {
          while (isAlphaNumeric(input[pos])) pos++;
          emit('field', start, pos, line);
        }
      } else if (c === '+' || c === '-' || c === '.' || /[0-9]/.test(c)) {
        pos = scanNumber(input, pos);
        if (isAlphaNumeric(input[pos])) {
          while (isAlphaNumeric(input[pos])) pos++;
          return fail(`bad number syntax: "${input.slice(start, pos)}"`, start);
        }
        emit('number', start, pos, line);
      } else if (isAlphaNumeric(c)) {
        while (isAlphaNumeric(input[pos])) pos++;
        const word = input.slice(start, pos);
        const type: ItemType = KEYWORDS.has(word)
          ? 'keyword'
          : word === 'true' || word === 'false'
            ? 'bool'
            : word === 'nil'
              ? 'nil'
              : 'identifier';
        emit(type, start, pos, line);
      } else if (c === '(') {
        parenDepth++;
        emit('leftParen', start, ++pos, line);
      } else if (c === ')') {
        parenDepth--;
        if (parenDepth < 0) return fail('unexpected right paren', pos);
        emit('rightParen', start, ++pos, line);
      } else if (c.charCodeAt(0) < 0x7f && c >= ' ') {
        emit('char', start, ++pos, line);
      } else {
        const cp = c.codePointAt(0) ?? 0;
        const hex = cp.toString(16).toUpperCase().padStart(4, '0');
        return fail(
          `unrecognized character in action: U+${hex} '${String.fromCodePoint(cp)}'`,
          pos,
        );
      }
    }
  }
  items.push({ type: 'eof', val: '', pos: input.length, line });
  return items;
}

/** The end of a quoted token starting at `pos`, or an error message. */
function scanQuoted(input: string, pos: number, quote: string): number | string {
  let i = pos + 1;
  if (quote === '`') {
    const end = input.indexOf('`', i);
    return end < 0 ? 'unterminated raw quoted string' : end + 1;
  }
  for (;;) {
    const c = input[i];
    if (c === undefined || c === '\n') {
      return quote === '"' ? 'unterminated quoted string' : 'unterminated character constant';
    }
    if (c === '\\') i++;
    else if (c === quote) return i + 1;
    i++;
  }
}

/** Scans Go number syntax (sign, 0x/0o/0b, underscores, fraction, exponent). */
function scanNumber(input: string, pos: number): number {
  let i = pos;
  if (input[i] === '+' || input[i] === '-') i++;
  let digits = '0123456789_';
  if (input[i] === '0' && /[xXoObB]/.test(input[i + 1] ?? '')) {
    const base = (input[i + 1] ?? '').toLowerCase();
    i += 2;
    digits = base === 'x' ? '0123456789abcdefABCDEF_' : base === 'o' ? '01234567_' : '01_';
  }
  const run = (): void => {
    while (i < input.length && digits.includes(input[i] ?? '')) i++;
  };
  run();
  if (input[i] === '.') {
    i++;
    run();
  }
  const exp = digits.length > 16 ? 'pP' : 'eE';
  if (exp.includes(input[i] ?? '') && i > pos) {
    i++;
    if (input[i] === '+' || input[i] === '-') i++;
    while (/[0-9_]/.test(input[i] ?? '')) i++;
  }
  return i;
}
