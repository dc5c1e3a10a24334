/**
 * The editor's Dockerfile against the built image. Walking the final stage's instructions
 * and the image's own history rows side by side, bottom up: while they agree, each row
 * knows its Dockerfile lines (so hovering one highlights the other); from the first place
 * they differ, the built rows will rebuild and the editor's finished instructions are
 * pending layers. That is the build cache rule, shown before the person presses Build.
 */
import type { Instruction, ParseResult } from '../../engine/dockerfile/types';
import { instructionKey, keywordOf } from './instruction-text';

export interface LineRange {
  start: number;
  end: number;
}

export interface PendingStep {
  instruction: string;
  keyword: string;
  lines: LineRange;
}

export interface EditorLink {
  /** Dockerfile lines of each own row the editor still matches, by history index. */
  lines: Map<number, LineRange>;
  /** Finished editor instructions the image does not have yet, bottom first. */
  pending: PendingStep[];
  /** History index of the first own row the editor no longer matches: it and all above rebuild. */
  staleFrom?: number;
}

export interface OwnRow {
  historyIndex: number;
  createdBy: string;
}

/** The instructions of the last stage (after its FROM), or all when there is no FROM. */
function finalStageInstructions(instructions: readonly Instruction[]): Instruction[] {
  let from = -1;
  instructions.forEach((ins, i) => {
    if (ins.keyword === 'FROM') from = i;
  });
  return instructions.slice(from + 1);
}

/** An instruction is finished once the person has typed a line break after it. */
function finishedCount(instructions: readonly Instruction[], text: string): number {
  const lineCount = text.split('\n').length;
  let n = instructions.length;
  while (n > 0 && (instructions[n - 1] as Instruction).endLine >= lineCount) n--;
  return n;
}

export function linkEditor(
  text: string,
  parsed: ParseResult,
  ownRows: readonly OwnRow[],
): EditorLink {
  const all = parsed.ok ? parsed.value.instructions : (parsed.partial?.instructions ?? []);
  const steps = finalStageInstructions(all);
  const finished = finishedCount(steps, text);
  const lines = new Map<number, LineRange>();
  let k = 0;
  while (k < ownRows.length && k < steps.length) {
    const row = ownRows[k] as OwnRow;
    const step = steps[k] as Instruction;
    if (instructionKey(row.createdBy) !== instructionKey(step.original)) break;
    lines.set(row.historyIndex, { start: step.startLine, end: step.endLine });
    k++;
  }
  // A half-typed last line is not a difference yet: it neither stales rows nor is pending.
  const typingOnly = k === finished && k < steps.length && k < ownRows.length;
  const staleFrom =
    k < ownRows.length && !typingOnly ? (ownRows[k] as OwnRow).historyIndex : undefined;
  const pending = steps.slice(k, finished).map((s) => ({
    instruction: s.original.replace(/\\?\r?\n\s*/g, ' ').replace(/\s{2,}/g, ' '),
    keyword: keywordOf(s.original),
    lines: { start: s.startLine, end: s.endLine },
  }));
  return { lines, pending, ...(staleFrom !== undefined ? { staleFrom } : {}) };
}
