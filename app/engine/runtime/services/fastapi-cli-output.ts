/**
 * How FastAPI CLI (fastapi-cli 0.0.8 and later, through rich-toolkit) lays out its start-up
 * text: a tag right-aligned in an 11-column field (`   FastAPI `, `    module `), two spaces,
 * then the text, word-wrapped at 80 columns (Rich's width when stdout is not a terminal),
 * continuation lines indented 13 spaces. uvicorn's log records go through the same layout
 * (`      INFO   Started server process [1]`).
 */

const WIDTH = 80;
const TAG_WIDTH = 11;
const INDENT = ' '.repeat(TAG_WIDTH + 2);

/** Greedy word wrap, as Rich wraps text: words longer than the width stay whole. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}

/** One tagged (or untagged) block of text, each line ending in a newline. */
export function tagged(text: string, tag?: string): string {
  const head = tag ? `${' '.repeat(Math.max(0, TAG_WIDTH - tag.length - 1))}${tag}   ` : INDENT;
  return text
    .split('\n')
    .flatMap((para) => wrap(para, WIDTH - INDENT.length))
    .map((line, i) => `${i === 0 ? head : INDENT}${line}\n`)
    .join('');
}

/** A module path as fastapi-cli lists it: a folder is 📁 with its __init__.py, a file 🐍. */
export interface ModuleStep {
  name: string;
  dir: boolean;
}

/**
 * The Rich tree of the module's path: each package holds its __init__.py and the next step
 * (`📁 app` / `├── 🐍 __init__.py` / `└── 🐍 main.py`).
 */
export function moduleTree(steps: readonly ModuleStep[]): string[] {
  const lines: string[] = [];
  const walk = (at: number, prefix: string, guide: string) => {
    const step = steps[at];
    if (!step) return;
    lines.push(`${prefix}${guide}${step.dir ? '📁' : '🐍'} ${step.name}`);
    if (!step.dir) return;
    // The next step is always the package's last child, so its guide continues blank.
    const inner = prefix + (guide === '' ? '' : '    ');
    const last = at + 1 >= steps.length;
    lines.push(`${inner}${last ? '└── ' : '├── '}🐍 __init__.py`);
    walk(at + 1, inner, '└── ');
  };
  walk(0, '', '');
  return lines;
}
