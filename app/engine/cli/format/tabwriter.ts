// Go's text/tabwriter, as the docker CLI uses it to align table output. Tab-terminated cells in
// consecutive lines form a column block whose width is its widest cell plus padding (at least
// minWidth). The last cell of a line is not part of any column and is never padded, so a table
// whose last column is empty on a row ends that row in spaces: docker prints exactly that.
//
// Cell widths are terminal columns (docker's tabwriter counts East Asian wide characters as
// two), measured by `displayWidth`.
import { displayWidth } from './text-width';

export interface TabwriterOptions {
  minWidth: number;
  tabWidth: number;
  padding: number;
  padChar: string;
  alignRight?: boolean;
  discardEmptyColumns?: boolean;
  /** Go's Debug flag: a '|' between columns. */
  debug?: boolean;
}

/** `tabwriter.NewWriter(out, 10, 1, 3, ' ', 0)`: every docker table (ps, images, volume ls…). */
export const DOCKER_TABLE: TabwriterOptions = {
  minWidth: 10,
  tabWidth: 1,
  padding: 3,
  padChar: ' ',
};

/** `tabwriter.NewWriter(out, 20, 1, 1, ' ', 0)`: the `docker version` key/value layout. */
export const DOCKER_VERSION: TabwriterOptions = {
  minWidth: 20,
  tabWidth: 1,
  padding: 1,
  padChar: ' ',
};

interface Cell {
  text: string;
  width: number;
}

function splitLines(text: string): Cell[][] {
  return text
    .split('\n')
    .map((line) =>
      line.split(/[\t\v]/).map((cellText) => ({ text: cellText, width: displayWidth(cellText) })),
    );
}

class Layout {
  private readonly widths: number[] = [];
  private out = '';

  constructor(
    private readonly lines: Cell[][],
    private readonly opts: TabwriterOptions,
  ) {}

  run(): string {
    this.format(0, this.lines.length);
    return this.out;
  }

  private padding(textWidth: number, cellWidth: number): string {
    const { padChar, tabWidth } = this.opts;
    if (padChar === '\t') {
      // Tab padding rounds the cell up to a multiple of tabWidth and emits whole tabs.
      if (tabWidth === 0) return '';
      const width = Math.ceil(cellWidth / tabWidth) * tabWidth;
      return '\t'.repeat(Math.ceil((width - textWidth) / tabWidth));
    }
    return padChar.repeat(Math.max(cellWidth - textWidth, 0));
  }

  private writeLines(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const line = this.lines[i] ?? [];
      line.forEach((cell, j) => {
        if (j > 0 && this.opts.debug) this.out += '|';
        const width = this.widths[j];
        if (width === undefined) {
          this.out += cell.text;
        } else if (this.opts.alignRight) {
          this.out += this.padding(cell.width, width) + cell.text;
        } else {
          this.out += cell.text + this.padding(cell.width, width);
        }
      });
      // The text after the last newline is a line without a terminating newline.
      if (i + 1 < this.lines.length) this.out += '\n';
    }
  }

  private format(line0: number, line1: number): void {
    const column = this.widths.length;
    for (let i = line0; i < line1; i++) {
      if (column >= (this.lines[i]?.length ?? 0) - 1) continue;
      // A cell exists in this column: print the lines before the block, then size the block.
      this.writeLines(line0, i);
      line0 = i;
      let width = this.opts.minWidth;
      let discardable = true;
      for (; i < line1; i++) {
        const line = this.lines[i] ?? [];
        if (column >= line.length - 1) break;
        const cell = line[column];
        if (!cell) break;
        width = Math.max(width, cell.width + this.opts.padding);
        if (cell.width > 0) discardable = false;
      }
      if (discardable && this.opts.discardEmptyColumns) width = 0;
      this.widths.push(width);
      this.format(line0, i);
      this.widths.pop();
      line0 = i;
    }
    this.writeLines(line0, line1);
  }
}

/** Aligns tab-separated text the way Go's tabwriter does when written whole and flushed. */
export function tabwrite(text: string, opts: TabwriterOptions = DOCKER_TABLE): string {
  return new Layout(splitLines(text), opts).run();
}
