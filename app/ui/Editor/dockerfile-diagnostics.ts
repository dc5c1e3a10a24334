/**
 * The engine's findings about a Dockerfile, for the editor: parse errors (as BuildKit would
 * fail), the first instruction that cannot run (toCommands), the parser's warnings and the
 * lint hints. Loaded with the editor, after first paint.
 */
import {
  lintDockerfile,
  parseDockerfile,
  toCommands,
  type Diagnostic,
} from '../../engine/dockerfile';

export function dockerfileDiagnostics(text: string): Diagnostic[] {
  if (text.trim() === '') return [];
  const parsed = parseDockerfile(text);
  if (!parsed.ok) return parsed.errors;
  const commands = toCommands(parsed.value);
  const found = [
    ...(commands.ok ? [] : [commands.error]),
    ...parsed.value.warnings,
    ...lintDockerfile(parsed.value),
  ];
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Character offsets of a diagnostic in `text` (1-based lines and columns, clamped). */
export function diagnosticRange(text: string, d: Diagnostic): { from: number; to: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const lineStart = (line: number) => starts[Math.min(Math.max(line, 1), starts.length) - 1] ?? 0;
  const lineEnd = (line: number) => {
    const next = starts[Math.min(Math.max(line, 1), starts.length)];
    return next === undefined ? text.length : next - 1;
  };
  const at = (line: number, column: number) =>
    Math.min(lineStart(line) + Math.max(column, 1) - 1, lineEnd(line));
  const from = at(d.line, d.column);
  let to = at(d.endLine, d.endColumn);
  // A point (or a backwards range) marks the rest of the line, so there is something to underline.
  if (to <= from) to = lineEnd(d.line);
  return { from, to: Math.max(to, from) };
}
