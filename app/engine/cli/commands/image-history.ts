/**
 * `docker history` / `docker image history`: one row per history entry, newest first. Only
 * rows that are images on this host have an id (the image itself, and the images it was
 * committed from); the rest, base image rows included, are `<missing>`: BuildKit records
 * no parent image, so the history is all the image remembers of how it was made.
 */
import type { HostState } from '../../host/state';
import type { Image } from '../../images/image';
import { layerRows } from '../../inspect/image-layers';
import type { DockerContext } from '../command';
import { ellipsis } from '../format/command-column';
import { imageIdColumn } from '../format/ids';
import { imageCreatedSince } from '../format/status';
import { humanSizeWithPrecision } from '../format/units';
import type { ParsedArgs } from '../parsed';
import { commandPair } from './command-pair';
import { daemonError, FORMAT_TABLE_HELP, localImage } from './image-common';
import { printContextList } from './print-list';

export interface HistoryRowFields {
  Comment: string;
  CreatedAt: string;
  CreatedBy: string;
  CreatedSince: string;
  ID: string;
  Size: string;
}

/** The image id each history row stands for (newest first), `<missing>` when none. */
export function historyIds(host: HostState, image: Image): string[] {
  const ids = image.history.map(() => '<missing>');
  let current: Image | undefined = image;
  const seen = new Set<string>();
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    const row = image.history.length - current.history.length;
    if (row >= 0 && row < ids.length) ids[row] = current.id;
    current = current.parent ? host.images[current.parent] : undefined;
  }
  return ids;
}

export interface HistoryOptions {
  human: boolean;
  noTrunc: boolean;
  now: number;
}

export function historyRows(
  host: HostState,
  image: Image,
  options: HistoryOptions,
): HistoryRowFields[] {
  const ids = historyIds(host, image);
  const rows = layerRows(host, image).reverse();
  return rows.map((row, i) => {
    const createdMs = Date.parse(row.created);
    const known = Number.isNaN(createdMs) ? null : createdMs;
    const createdAt = known === null ? '' : new Date(known).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const createdBy = row.createdBy.replace(/\t/g, ' ');
    const id = ids[i] ?? '<missing>';
    return {
      Comment: row.comment ?? '',
      CreatedAt: createdAt,
      CreatedBy: options.noTrunc ? createdBy : ellipsis(createdBy, 45),
      CreatedSince: options.human ? imageCreatedSince(known, options.now) : createdAt,
      ID: id === '<missing>' ? id : imageIdColumn(id, options.noTrunc),
      Size: options.human ? humanSizeWithPrecision(row.size, 3) : String(row.size),
    };
  });
}

const HUMAN_TABLE = 'table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
const RAW_TABLE = 'table {{.ID}}\t{{.CreatedAt}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
const HEADER = {
  Comment: 'COMMENT',
  CreatedAt: 'CREATED AT',
  CreatedBy: 'CREATED BY',
  CreatedSince: 'CREATED',
  ID: 'IMAGE',
  Size: 'SIZE',
};

function run(ctx: DockerContext, parsed: ParsedArgs): number {
  const host = ctx.rt.host;
  const found = localImage(host, parsed.args[0] ?? '');
  if (!found.ok) return daemonError(ctx, found.error);
  const human = parsed.flags.bool('human');
  const noTrunc = parsed.flags.bool('no-trunc');
  const rows = historyRows(host, found.image, { human, noTrunc, now: ctx.now() });
  let format = parsed.flags.string('format') ?? '';
  if (parsed.flags.bool('quiet')) format = '{{.ID}}';
  else if (format === '' || format === 'table') format = human ? HUMAN_TABLE : RAW_TABLE;
  return printContextList(ctx, {
    format,
    context: '*formatter.historyContext',
    rows,
    header: HEADER,
  });
}

export const [imageHistoryCommand, historyCommand] = commandPair({
  group: 'image',
  top: 'history',
  sub: 'history',
  usage: '[OPTIONS] IMAGE',
  short: 'Show the history of an image',
  minArgs: 1,
  maxArgs: 1,
  flags: [
    { long: 'format', type: 'string', help: FORMAT_TABLE_HELP },
    {
      long: 'human',
      short: 'H',
      type: 'bool',
      default: true,
      help: 'Print sizes and dates in human readable format',
    },
    { long: 'no-trunc', type: 'bool', help: "Don't truncate output" },
    { long: 'quiet', short: 'q', type: 'bool', help: 'Only show image IDs' },
  ],
  run,
});
