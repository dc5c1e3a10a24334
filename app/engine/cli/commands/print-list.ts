/**
 * How the list commands (images, history, search, system df, ps, volume ls, stats) print
 * what docker's formatter rendered: the text on stdout, or the template error on stderr
 * with exit status 1 (nothing of the list is printed then).
 */
import type { DockerContext } from '../command';
import { renderDockerList, type DockerListResult } from '../format/docker-format';
import { goStruct } from '../format/go-value';

/** Prints a rendered list or its error; returns the exit status. */
export function printList(ctx: DockerContext, rendered: DockerListResult): number {
  if (!rendered.ok) {
    ctx.err(`${rendered.error}\n`);
    return 1;
  }
  ctx.out(rendered.text);
  return 0;
}

export interface ContextListOptions {
  /** The format settled on (the command maps '' and "table" to its default table first). */
  format: string;
  /** The Go type of docker's row, as templates print it: `*formatter.imageContext`. */
  context: string;
  /** Each row's fields (JSON sorts their keys, as Go marshals docker's maps). */
  rows: readonly object[];
  /** Column titles of the table header. */
  header: unknown;
  /** Methods the row offers templates but JSON leaves out (`{{.Label "tier"}}` of ps). */
  methods?: (index: number) => object;
  errorStyle?: 'default' | 'container';
}

/**
 * Prints rows the way docker's formatter contexts do: templates see each row as a Go struct
 * of the context's type, while `--format json` marshals the plain fields.
 */
export function printContextList(ctx: DockerContext, options: ContextListOptions): number {
  const json = new Map<object, object>();
  const rows = options.rows.map((unsorted, i) => {
    // Docker's contexts marshal through a map of their fields, so JSON keys come sorted
    // (`{"BlockIO":...,"CPUPerc":...,"Container":...}`), for `--format json` and `{{json .}}`.
    const fields = Object.fromEntries(
      Object.entries(unsorted).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    const struct = goStruct(options.context, { ...fields, ...options.methods?.(i) });
    json.set(struct, fields);
    return struct;
  });
  return printList(
    ctx,
    renderDockerList({
      format: options.format,
      rows,
      header: options.header,
      jsonRow: (row) => json.get(row),
      ...(options.errorStyle ? { errorStyle: options.errorStyle } : {}),
    }),
  );
}
