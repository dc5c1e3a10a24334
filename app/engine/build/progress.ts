/**
 * BuildKit's plain progress output (`docker build --progress plain`), as Docker 27-29 print
 * it: one numbered vertex per step, its log lines with seconds since the step started, and
 * DONE/CACHED/ERROR. Durations are simulated and passed in.
 */

export interface Vertex {
  name: string;
  /** Log lines, each with the simulated seconds since the step began. */
  logs: { at: number; text: string }[];
  /** Progress lines BuildKit prints without a timestamp ("transferring context: 2B done"). */
  status: string[];
  result:
    | { kind: 'done'; seconds: number }
    | { kind: 'cached' }
    | { kind: 'error'; message: string }
    | { kind: 'canceled' };
}

export function seconds(ms: number): string {
  return (ms / 1000).toFixed(1) + 's';
}

export function renderVertices(vertices: readonly Vertex[]): string {
  const out: string[] = ['#0 building with "default" instance using docker driver', ''];
  vertices.forEach((vertex, i) => {
    const n = i + 1;
    out.push(`#${n} ${vertex.name}`);
    for (const line of vertex.status) out.push(`#${n} ${line}`);
    for (const { at, text } of vertex.logs) out.push(`#${n} ${at.toFixed(3)} ${text}`);
    const r = vertex.result;
    if (r.kind === 'done') out.push(`#${n} DONE ${r.seconds.toFixed(1)}s`);
    else if (r.kind === 'cached') out.push(`#${n} CACHED`);
    else if (r.kind === 'canceled') out.push(`#${n} CANCELED`);
    else out.push(`#${n} ERROR: ${r.message}`);
    out.push('');
  });
  return out.join('\n');
}

/** BuildKit's byte counts in progress lines: `2B`, `1.07kB`, `29.78MB` (go-units, 2 decimals). */
export function progressBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  if (unit === 0) return `${bytes}B`;
  return `${Number(value.toFixed(2))}${units[unit]}`;
}

/**
 * The error box BuildKit prints after a failed step: the step's last log lines, then the
 * Dockerfile lines around the instruction with `>>>` marking it.
 */
export function renderFailure(options: {
  stepName: string;
  logTail: readonly string[];
  dockerfileName: string;
  source: string;
  startLine: number;
  endLine: number;
  message: string;
}): string {
  const out: string[] = ['------', ` > ${options.stepName}:`];
  for (const text of options.logTail) out.push(text);
  out.push('------');
  out.push(
    renderSnippet(
      options.dockerfileName,
      options.source,
      options.startLine,
      options.endLine,
    ).trimEnd(),
  );
  out.push(`ERROR: failed to solve: ${options.message}`);
  return out.join('\n');
}

/** The Dockerfile lines around a failing instruction, `>>>` marking it, as BuildKit prints them. */
export function renderSnippet(name: string, source: string, start: number, end: number): string {
  const lines = source.split('\n');
  const out = [`${name}:${start}`, '--------------------'];
  for (let n = Math.max(1, start - 1); n <= Math.min(lines.length, end + 1); n++) {
    out.push(
      `${String(n).padStart(4)} | ${n >= start && n <= end ? '>>>' : '   '} ${lines[n - 1] ?? ''}`,
    );
  }
  out.push('--------------------');
  return out.join('\n') + '\n';
}
