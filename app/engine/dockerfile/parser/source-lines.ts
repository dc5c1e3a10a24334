/**
 * Splits the file into lines the way BuildKit's scanner does: on `\n` only, each line keeping
 * its ending (heredoc bodies need it), a byte-order mark dropped from the first line. Go's
 * line scanner gives up on a line longer than 64 KiB; BuildKit then reports an error.
 */

export const MAX_LINE_BYTES = 64 * 1024;

export interface SourceLines {
  /** Each line with its `\n` (and `\r`) kept. */
  lines: string[];
  /** 1-based number of the first line that was too long to read, if any. */
  tooLongAt?: number;
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

export function splitSourceLines(text: string): SourceLines {
  const lines: string[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl + 1;
    const line = text.slice(start, end);
    // A UTF-16 unit is at most 3 UTF-8 bytes, so only long lines need counting.
    if (line.length * 3 > MAX_LINE_BYTES && utf8Length(line) > MAX_LINE_BYTES) {
      return { lines, tooLongAt: lines.length + 1 };
    }
    lines.push(line);
    start = end;
  }
  if (lines[0]?.startsWith('\uFEFF')) lines[0] = lines[0].slice(1);
  return { lines };
}

/** bytes.TrimRight(line, "\r\n"). */
export function trimNewline(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === '\n' || line[end - 1] === '\r')) end--;
  return line.slice(0, end);
}
