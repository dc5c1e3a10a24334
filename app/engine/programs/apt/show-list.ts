/**
 * apt's package lists in its plans. apt-get (and apt before 3.0) fills lines of an 80-column
 * screen (77 usable) after a two-space indent; apt 3 lays the names out in columns like ls,
 * with a blank line after each list.
 */

const SCREEN_WIDTH = 80;

/** The classic layout: "Title\n  a b c\n  d e\n" (nothing when the list is empty). */
export function classicList(title: string, names: readonly string[]): string {
  if (names.length === 0) return '';
  const width = SCREEN_WIDTH - 3;
  let out = title;
  let used = 0;
  for (const name of names) {
    if (used === 0 || used + name.length >= width) {
      out += '\n  ';
      used = 0;
    } else {
      out += ' ';
      used++;
    }
    out += name;
    used += name.length;
  }
  return out + '\n';
}

/** apt 3's layout: names in columns (column-major, two spaces apart), then a blank line. */
export function columnList(title: string, names: readonly string[]): string {
  if (names.length === 0) return '';
  const width = SCREEN_WIDTH - 2;
  let best: string[] = names.map((n) => `  ${n}`);
  for (let columns = 2; columns <= names.length; columns++) {
    const rows = Math.ceil(names.length / columns);
    const widths: number[] = [];
    for (let c = 0; c < columns; c++) {
      const column = names.slice(c * rows, (c + 1) * rows);
      widths.push(Math.max(0, ...column.map((n) => n.length)));
    }
    const total = widths.reduce((sum, w) => sum + w, 0) + 2 * columns;
    if (total > width) break;
    const lines: string[] = [];
    for (let r = 0; r < rows; r++) {
      let line = '';
      for (let c = 0; c < columns; c++) {
        const name = names[c * rows + r];
        if (name === undefined) continue;
        const isLast = c === columns - 1 || names[(c + 1) * rows + r] === undefined;
        line += '  ' + (isLast ? name : name.padEnd(widths[c] as number));
      }
      lines.push(line);
    }
    best = lines;
  }
  return `${title}\n${best.join('\n')}\n\n`;
}
