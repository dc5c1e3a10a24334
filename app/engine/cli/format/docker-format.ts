// Docker's list formatter (`docker ps`, `images`, `volume ls`, `network ls`… with --format):
//   - "table" + template: a header row, then one row per item, aligned by the tabwriter;
//   - "json": one compact JSON object per line (json.Marshal: sorted keys, HTML escaped);
//   - anything else: a Go template per item, each followed by a newline.
// Before parsing, docker trims spaces and turns the two-character sequences \t and \n into a
// tab and a newline. Rows are rendered first; nothing is printed if any row fails.
import { goJson } from './json';
import { DOCKER_TABLE, tabwrite } from './tabwriter';
import { compileTemplate, executeTemplate, type CompileOptions } from './template';

export type FormatKind = 'table' | 'json' | 'template';

export interface PreparedFormat {
  kind: FormatKind;
  /** The template text to parse ('' for json). */
  template: string;
  /** For each index in `template`, the index in the format as typed. */
  offsetOf: (pos: number) => number;
}

/**
 * Docker's preFormat. `format` is what the command settled on: a command maps '' and plain
 * "table" to its own default table format before calling this.
 */
export function prepareFormat(format: string): PreparedFormat {
  if (format === 'json') return { kind: 'json', template: '', offsetOf: (pos) => pos };
  const kind: FormatKind = format.startsWith('table') ? 'table' : 'template';
  let start = kind === 'table' ? 'table'.length : 0;
  let end = format.length;
  while (start < end && format[start] === ' ') start++;
  while (end > start && format[end - 1] === ' ') end--;
  let template = '';
  const origin: number[] = [];
  for (let i = start; i < end; i++) {
    const pair = format.slice(i, i + 2);
    origin.push(i);
    if (pair === '\\t' || pair === '\\n') {
      template += pair === '\\t' ? '\t' : '\n';
      i++;
    } else {
      template += format[i];
    }
  }
  return { kind, template, offsetOf: (pos) => origin[pos] ?? end };
}

export interface DockerListOptions<Row> {
  format: string;
  rows: readonly Row[];
  /** Header data for table output: usually a map from field name to column title. */
  header?: unknown;
  /** The object `--format json` marshals for a row (default: the row itself). */
  jsonRow?: (row: Row) => unknown;
  /**
   * How errors read. 'default' (images, volume ls, network ls, history, system df…):
   * "template parsing error: " before parse and execution errors, columns in the processed
   * template. 'container' (ps, container ls): "failed to parse template: " / "failed to
   * execute template: ", columns in the format as typed.
   */
  errorStyle?: 'default' | 'container';
  compile?: CompileOptions;
}

export type DockerListResult = { ok: true; text: string } | { ok: false; error: string };

/** Renders a list the way docker's formatter.Context does. Errors carry docker's prefixes. */
export function renderDockerList<Row>(options: DockerListOptions<Row>): DockerListResult {
  const prepared = prepareFormat(options.format);
  if (prepared.kind === 'json') {
    let text = '';
    for (const row of options.rows) {
      const json = goJson(options.jsonRow ? options.jsonRow(row) : row, { escapeHtml: true });
      if (!json.ok) return { ok: false, error: json.error };
      text += `${json.text}\n`;
    }
    return { ok: true, text };
  }
  const container = options.errorStyle === 'container';
  const parsePrefix = container ? 'failed to parse template: ' : 'template parsing error: ';
  const execPrefix = container ? 'failed to execute template: ' : 'template parsing error: ';
  const errorSource = container ? { text: options.format, offsetOf: prepared.offsetOf } : undefined;
  const compiled = compileTemplate(prepared.template, { ...options.compile, errorSource });
  if (!compiled.ok) return { ok: false, error: parsePrefix + compiled.error };
  let body = '';
  for (const row of options.rows) {
    const result = executeTemplate(compiled.template, row);
    if (!result.ok) return { ok: false, error: execPrefix + result.error };
    body += `${result.text}\n`;
  }
  if (prepared.kind !== 'table') return { ok: true, text: body };
  // Docker ignores a failing header and keeps what it wrote before the failure.
  const header = executeTemplate(compiled.template, options.header ?? {}, { header: true });
  const headerText = header.ok ? header.text : header.partial;
  return { ok: true, text: tabwrite(`${headerText}\n${body}`, DOCKER_TABLE) };
}
