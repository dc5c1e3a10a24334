/**
 * Which editor lines to mark for the layer the person points at in the layer stack: the
 * instruction's lines (several for a continued RUN), clamped to the document, so a range
 * from a moment ago never points past the end of what the editor shows now.
 */
export interface LineRange {
  start: number;
  end: number;
}

export function linkedLineNumbers(range: LineRange | null, lineCount: number): number[] {
  if (!range || lineCount < 1) return [];
  const start = Math.max(1, Math.floor(range.start));
  const end = Math.min(lineCount, Math.floor(range.end));
  const lines: number[] = [];
  for (let n = start; n <= end; n++) lines.push(n);
  return lines;
}

/**
 * The line the editor reports as pointed at: the one under the pointer, else the caret's
 * while the editor has focus (so a person working by keyboard gets the same link).
 */
export function pointedLine(pointer: number | null, caret: number | null, focused: boolean) {
  return pointer ?? (focused ? caret : null);
}
