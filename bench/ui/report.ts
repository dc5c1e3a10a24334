/**
 * The bench's output: one row per figure, with its target and PASS/MISS where the issue
 * sets one. A MISS is information, not a failure: the process still exits 0.
 */

export interface Row {
  metric: string;
  condition: string;
  value: string;
  target?: string;
  /** true PASS, false MISS, undefined when the row has no target. */
  pass?: boolean | undefined;
}

export function row(
  metric: string,
  condition: string,
  value: string,
  target?: { text: string; pass: boolean | undefined },
): Row {
  return target
    ? { metric, condition, value, target: target.text, pass: target.pass }
    : { metric, condition, value };
}

/** A row for a figure that could not be measured (the reason in the value column). */
export function failedRow(metric: string, condition: string, error: unknown): Row {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return { metric, condition, value: `error: ${reason ?? 'unknown'}`.slice(0, 90) };
}

function verdict(r: Row): string {
  if (r.pass === undefined) return r.target ? '?' : '';
  return r.pass ? 'PASS' : 'MISS';
}

export function formatTable(rows: readonly Row[]): string {
  const header = ['metric', 'condition', 'value', 'target', 'result'];
  const cells = rows.map((r) => [r.metric, r.condition, r.value, r.target ?? '', verdict(r)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]) =>
    c
      .map((text, i) => text.padEnd(widths[i] ?? 0))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  return [line(header), rule, ...cells.map(line)].join('\n');
}
