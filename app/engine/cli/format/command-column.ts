// The COMMAND column of `docker ps`: the command is cut to 20 display columns with "…" (unless
// --no-trunc) and then quoted the way Go's strconv.Quote does, so a tab shows as \t.
import { charWidth, displayWidth } from './text-width';

/**
 * Docker's Ellipsis: text wider than `maxWidth` columns is cut so that it and a trailing "…" fit
 * in `maxWidth` columns (the "…" counts as one).
 */
export function ellipsis(text: string, maxWidth: number): string {
  if (maxWidth <= 0) return '';
  if (displayWidth(text) <= maxWidth) return text;
  const chars = [...text];
  if (maxWidth === 1) return chars[0] ?? '';
  let width = 0;
  let out = '';
  for (const ch of chars) {
    const w = charWidth(ch);
    if (width + w > maxWidth - 1) break;
    width += w;
    out += ch;
  }
  // Docker finds no cut point when the first character is already too wide, and keeps it all.
  return out === '' ? text : `${out}…`;
}

const NON_PRINTABLE = /^[\p{C}\p{Z}]$/u;
const SHORT_ESCAPES: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '"': '\\"',
  '\\': '\\\\',
};

function hex(cp: number, digits: number): string {
  return cp.toString(16).padStart(digits, '0');
}

/** Go's strconv.Quote: printable characters stay, the rest become Go escapes. */
export function goQuote(text: string): string {
  let out = '"';
  for (const ch of text) {
    const short = SHORT_ESCAPES[ch];
    const cp = ch.codePointAt(0) ?? 0;
    if (short !== undefined) out += short;
    else if (ch === ' ' || !NON_PRINTABLE.test(ch)) out += ch;
    else if (cp < 0x80) out += `\\x${hex(cp, 2)}`;
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\ufffd';
    else if (cp < 0x10000) out += `\\u${hex(cp, 4)}`;
    else out += `\\U${hex(cp, 8)}`;
  }
  return `${out}"`;
}

/** The COMMAND cell: `"sleep 3600"`, truncated to 20 columns unless noTrunc. */
export function commandColumn(command: string, noTrunc: boolean): string {
  return goQuote(noTrunc ? command : ellipsis(command, 20));
}
