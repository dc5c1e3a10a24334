// pflag's wrapping of flag help text (FlagUsagesWrapped), reimplemented from its observable
// behaviour: text after the flag column is wrapped at word boundaries, allowing a few characters
// of "slop" past the limit to avoid a short orphan word, and embedded newlines are kept.

const SLOP = 5;

/** Splits off the first line of at most about `limit` characters. */
function splitLine(limit: number, text: string): [string, string] {
  if (limit + SLOP > text.length) return [text, ''];
  const head = text.slice(0, limit);
  const space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
  if (space <= 0) return [text, ''];
  const newline = head.lastIndexOf('\n');
  if (newline > 0 && newline < space) return [text.slice(0, newline), text.slice(newline + 1)];
  return [text.slice(0, space), text.slice(space + 1)];
}

/**
 * Wraps `text` to start at column `indent` within a line of `width` columns. Continuation
 * lines are indented; when the text column is too narrow, it moves to its own lines.
 */
export function wrapHelpText(indent: number, width: number, text: string): string {
  const pad = (n: number): string => ' '.repeat(n);
  if (width === 0) return text.replace(/\n/g, `\n${pad(indent)}`);
  let room = width - indent;
  let out = '';
  if (room < 24) {
    indent = 16;
    room = width - indent;
    out += `\n${pad(indent)}`;
  }
  if (room < 24) return text.replace(/\n/g, out);
  room -= SLOP;
  let [line, rest] = splitLine(room, text);
  out += line.replace(/\n/g, `\n${pad(indent)}`);
  while (rest !== '') {
    [line, rest] = splitLine(room, rest);
    out += `\n${pad(indent)}${line.replace(/\n/g, `\n${pad(indent)}`)}`;
  }
  return out;
}
