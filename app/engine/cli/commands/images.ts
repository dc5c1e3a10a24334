/**
 * `docker images` / `docker image ls`: the host's images as a table (or --format, -q).
 * Both spellings are separate commands in docker's CLI, each with its own usage line.
 */
import type { DockerContext } from '../command';
import type { ParsedArgs } from '../parsed';
import { commandPair } from './command-pair';
import { daemonError, filterFlag, FORMAT_TABLE_HELP, parseFilters } from './image-common';
import { IMAGE_HEADER, IMAGE_TABLE, IMAGE_TABLE_DIGESTS, listRows, rowFields } from './image-list';
import { printContextList } from './print-list';

function run(ctx: DockerContext, parsed: ParsedArgs): number {
  const { flags } = parsed;
  const host = ctx.rt.host;
  const now = ctx.now();
  const reference = parsed.args[0];
  const filters = parseFilters(flags.strings('filter'));
  const listed = listRows(
    host,
    { all: flags.bool('all'), filters, ...(reference !== undefined ? { reference } : {}) },
    now,
  );
  if (!listed.ok) return daemonError(ctx, listed.error);
  const noTrunc = flags.bool('no-trunc');
  let format = flags.string('format') ?? '';
  if (flags.bool('quiet')) format = '{{.ID}}';
  else if (format === '' || format === 'table')
    format = flags.bool('digests') ? IMAGE_TABLE_DIGESTS : IMAGE_TABLE;
  return printContextList(ctx, {
    format,
    context: '*formatter.imageContext',
    rows: listed.rows.map((row) => rowFields(host, row, now, noTrunc)),
    header: IMAGE_HEADER,
  });
}

export const [imageLsCommand, imagesCommand] = commandPair({
  group: 'image',
  top: 'images',
  sub: 'ls',
  subAliases: ['list'],
  usage: '[OPTIONS] [REPOSITORY[:TAG]]',
  short: 'List images',
  maxArgs: 1,
  flags: [
    {
      long: 'all',
      short: 'a',
      type: 'bool',
      help: 'Show all images (default hides intermediate images)',
    },
    { long: 'digests', type: 'bool', help: 'Show digests' },
    filterFlag('Filter output based on conditions provided', 'f'),
    { long: 'format', type: 'string', help: FORMAT_TABLE_HELP },
    { long: 'no-trunc', type: 'bool', help: "Don't truncate output" },
    { long: 'quiet', short: 'q', type: 'bool', help: 'Only show image IDs' },
    // Docker 28 has an experimental tree view; accepted and shown as the table.
    {
      long: 'tree',
      type: 'bool',
      help: 'List multi-platform images as a tree (EXPERIMENTAL)',
      hidden: true,
    },
  ],
  run,
});
