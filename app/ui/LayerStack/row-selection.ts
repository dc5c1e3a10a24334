/**
 * The store's `selection.layer` for the image views: a history row of the shown image,
 * written `INDEX|DIFFID` (metadata rows have no diff id). A row of another image, or of an
 * image rebuilt since, no longer matches, so a stale selection selects nothing.
 */
export interface SelectableRow {
  historyIndex: number;
  diffId?: string;
}

export function rowSelectionId(row: SelectableRow): string {
  return `${row.historyIndex}|${row.diffId ?? ''}`;
}

export function findSelected<T extends SelectableRow>(
  rows: readonly T[],
  id: string | null,
): T | undefined {
  if (!id) return undefined;
  return rows.find((row) => rowSelectionId(row) === id);
}
