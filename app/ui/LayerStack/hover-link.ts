/**
 * Hovering a Dockerfile line highlights its layer, and the reverse. The editor reports the
 * line the person points at (`hover.line`); the stack reports the layer and the lines that
 * made it (`hover.layer`). These functions turn one side into the other, from the rows'
 * line ranges that `linkEditor` found.
 */
import type { LineRange, PendingStep } from './editor-link';

/** The history index of the built row whose instruction spans `line`, if any. */
export function rowAtLine(
  lines: ReadonlyMap<number, LineRange> | undefined,
  line: number | null,
): number | undefined {
  if (line === null || !lines) return undefined;
  for (const [historyIndex, range] of lines)
    if (range.start <= line && line <= range.end) return historyIndex;
  return undefined;
}

/** The pending (not yet built) step whose instruction spans `line`, if any. */
export function pendingAtLine(
  pending: readonly PendingStep[] | undefined,
  line: number | null,
): PendingStep | undefined {
  if (line === null || !pending) return undefined;
  return pending.find((step) => step.lines.start <= line && line <= step.lines.end);
}

/** The id a pending step is hovered by (`hover.layer.id`): its first line and its text. */
export function pendingHoverId(step: PendingStep): string {
  return `pending:${step.lines.start}:${step.instruction}`;
}

/**
 * The Dockerfile lines the hovered layer `id` stands for now, or null when the editor no longer
 * matches it (a stale row, a row of an image the editor did not build) or it is gone.
 */
export function linesOfHovered(
  id: string,
  rows: ReadonlyMap<string, number>,
  lines: ReadonlyMap<number, LineRange> | undefined,
  pending: readonly PendingStep[] | undefined,
): LineRange | null | undefined {
  const historyIndex = rows.get(id);
  if (historyIndex !== undefined) return lines?.get(historyIndex) ?? null;
  const step = pending?.find((p) => pendingHoverId(p) === id);
  return step ? step.lines : undefined;
}
