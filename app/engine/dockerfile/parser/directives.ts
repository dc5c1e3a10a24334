/**
 * Parser directives (`# escape=``, `# syntax=docker/dockerfile:1`, `# check=skip=...`).
 * BuildKit only looks for them in the comment lines at the very top: the first line that is
 * not a directive (an instruction, a blank line, any other comment) ends the search for good.
 * Each directive may appear once; unknown names just end the search.
 */
import { goTrimLeftSpace } from '../go-text';

const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$/;
const KNOWN = new Set(['syntax', 'escape', 'check']);

export type DirectiveResult =
  { ok: true; directive?: { name: string; value: string } } | { ok: false; error: string };

export class DirectiveScanner {
  private done = false;
  private readonly seen = new Set<string>();

  /** Feeds the next line (newline removed). */
  scan(line: string): DirectiveResult {
    if (this.done) return { ok: true };
    if (!line.startsWith('#')) {
      this.done = true;
      return { ok: true };
    }
    const match = DIRECTIVE.exec(goTrimLeftSpace(line.slice(1)));
    const name = match?.[1]?.toLowerCase();
    if (!match || name === undefined || !KNOWN.has(name)) {
      this.done = true;
      return { ok: true };
    }
    if (this.seen.has(name)) {
      return { ok: false, error: `only one ${name} parser directive can be used` };
    }
    this.seen.add(name);
    return { ok: true, directive: { name, value: match[2] ?? '' } };
  }
}

export function checkEscapeToken(value: string): { ok: true } | { ok: false; error: string } {
  if (value === '`' || value === '\\') return { ok: true };
  return { ok: false, error: `invalid escape token '${value}' does not match \` or \\` };
}
