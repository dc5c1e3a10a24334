/**
 * The terminal's line editing, as bash does it: whether a typed line needs more lines (an
 * open here-document, an open quote, a trailing backslash or pipe), and walking the
 * command history with Up and Down.
 */
import { splitScript } from '../../session/split-script';

const SENTINEL = 'layercake-end-of-input\u0000';

/**
 * True while `text` is an unfinished unit: splitScript keeps reading lines into an open
 * unit, so a line after the text is swallowed exactly when the text is unfinished.
 */
export function needsMoreInput(text: string): boolean {
  return splitScript(`${text}\n${SENTINEL}`).at(-1) !== SENTINEL;
}

/**
 * Splits pasted text into units that can run now and a rest that stays at the prompt:
 * the text after the last line break stays in the input line, and an unfinished last unit
 * (a here-document still open) keeps collecting lines.
 */
export function splitPaste(text: string): { complete: string[]; pending: string[]; line: string } {
  const normalised = text.replace(/\r\n?/g, '\n');
  const cut = normalised.lastIndexOf('\n');
  if (cut < 0) return { complete: [], pending: [], line: normalised };
  const script = normalised.slice(0, cut);
  const line = normalised.slice(cut + 1);
  const units = splitScript(script);
  const last = units.at(-1);
  if (last !== undefined && needsMoreInput(last))
    return { complete: units.slice(0, -1), pending: last.split('\n'), line };
  return { complete: units, pending: [], line };
}

export interface HistoryCursor {
  /** Index into the history being shown, or null while editing a new line. */
  index: number | null;
  /** The new line as it was before walking into history. */
  saved: string;
}

export const FRESH: HistoryCursor = { index: null, saved: '' };

export function historyUp(
  history: readonly string[],
  cursor: HistoryCursor,
  current: string,
): { cursor: HistoryCursor; text: string } | null {
  if (history.length === 0 || cursor.index === 0) return null;
  const index = cursor.index === null ? history.length - 1 : cursor.index - 1;
  const saved = cursor.index === null ? current : cursor.saved;
  return { cursor: { index, saved }, text: history[index] ?? '' };
}

export function historyDown(
  history: readonly string[],
  cursor: HistoryCursor,
): { cursor: HistoryCursor; text: string } | null {
  if (cursor.index === null) return null;
  if (cursor.index >= history.length - 1) return { cursor: FRESH, text: cursor.saved };
  const index = cursor.index + 1;
  return { cursor: { ...cursor, index }, text: history[index] ?? '' };
}
