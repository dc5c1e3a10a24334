/**
 * `docker top` (the container's processes, as the host sees them), `docker port` (its
 * published ports) and `docker stats --no-stream` (resource use; without --no-stream the
 * real command redraws until Ctrl+C, the simulation prints one sample).
 */
import { topProcesses, statsRow } from '../../../runtime/stats';
import { portLines } from '../../../runtime/ports';
import { containersNewestFirst } from '../../../runtime/lookup';
import { isRunning } from '../../../runtime/transitions';
import type { DockerContext } from '../../command';
import { tabwrite } from '../../format/tabwriter';
import type { ParsedArgs } from '../../parsed';
import { commandPair } from '../command-pair';
import { daemonError, lookup, settle } from './common';
import { PORT_FLAGS, STATS_FLAGS, TOP_FLAGS } from './flags';
import { printContextList } from '../print-list';
import { psOptionsTable } from './top-ps-options';
import { psStyleColumns } from './top-ps-styles';

function top(ctx: DockerContext, parsed: ParsedArgs): number {
  settle(ctx);
  const found = lookup(ctx, parsed.args[0] ?? '');
  if (!found.ok) return daemonError(ctx, found.error);
  const c = found.container;
  if (!isRunning(c)) return daemonError(ctx, `Container ${c.id} is not running`);
  const user =
    c.user === '' || c.user === 'root' || c.user.startsWith('0')
      ? 'root'
      : (c.user.split(':')[0] ?? 'root');
  const psArgs = parsed.args.slice(1);
  const processes = topProcesses(c, user);
  // A column list (-o, -eo, o) chooses the columns; else a style (aux, -ef...); none is -ef.
  const chosen = psOptionsTable(psArgs, processes);
  if (chosen && !chosen.ok) return daemonError(ctx, chosen.error);
  let rows: string[][];
  if (chosen) rows = chosen.rows;
  else {
    const style = psStyleColumns(psArgs);
    if (!style.ok) return daemonError(ctx, style.error);
    rows = [
      style.columns.map((col) => col.header),
      ...processes.map((p) => style.columns.map((col) => col.value(p))),
    ];
  }
  const lines = rows.map((row) => row.join('\t')).join('\n');
  ctx.out(`${tabwrite(lines, { minWidth: 20, tabWidth: 1, padding: 3, padChar: ' ' })}\n`);
  return 0;
}

function port(ctx: DockerContext, parsed: ParsedArgs): number {
  settle(ctx);
  const [ref = '', filter] = parsed.args;
  const found = lookup(ctx, ref);
  if (!found.ok) return daemonError(ctx, found.error);
  // A stopped container publishes nothing: the list is empty, a port is not found.
  const lines = portLines(found.container, filter, ref);
  if (!lines.ok) {
    ctx.err(`Error: ${lines.error}\n`);
    return 1;
  }
  ctx.out(lines.lines.map((l) => `${l}\n`).join(''));
  return 0;
}

const STATS_TABLE =
  'table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}';
const STATS_HEADER = {
  ID: 'CONTAINER ID',
  Container: 'CONTAINER',
  Name: 'NAME',
  CPUPerc: 'CPU %',
  MemUsage: 'MEM USAGE / LIMIT',
  MemPerc: 'MEM %',
  NetIO: 'NET I/O',
  BlockIO: 'BLOCK I/O',
  PIDs: 'PIDS',
};

function stats(ctx: DockerContext, parsed: ParsedArgs): number {
  settle(ctx);
  const host = ctx.rt.host;
  let status = 0;
  const picked = parsed.args.length
    ? parsed.args.flatMap((ref) => {
        const found = lookup(ctx, ref);
        if (found.ok) return [{ c: found.container, ref }];
        ctx.err(`Error response from daemon: ${found.error}\n`);
        status = 1;
        return [];
      })
    : containersNewestFirst(host)
        .filter((c) => parsed.flags.bool('all') || isRunning(c))
        .map((c) => ({ c, ref: undefined }));
  if (status !== 0) return status;
  const noTrunc = parsed.flags.bool('no-trunc');
  const rows = picked.map(({ c, ref }) => {
    const row = statsRow(c, ctx.now(), ref);
    return noTrunc ? { ...row, ID: c.id } : row;
  });
  let format = parsed.flags.string('format') ?? '';
  if (format === '' || format === 'table') format = STATS_TABLE;
  const code = printContextList(ctx, {
    format,
    context: '*formatter.statsContext',
    rows,
    header: STATS_HEADER,
  });
  if (code !== 0) return code;
  if (!parsed.flags.bool('no-stream')) {
    ctx.io.note(
      'docker stats redraws these figures every second until Ctrl+C; the simulation prints one sample (as --no-stream does).',
    );
  }
  return 0;
}

export const TOP_PORT_STATS_COMMANDS = [
  ...commandPair({
    top: 'top',
    sub: 'top',
    usage: 'CONTAINER [ps OPTIONS]',
    short: 'Display the running processes of a container',
    flags: TOP_FLAGS,
    minArgs: 1,
    interspersed: false,
    run: top,
  }),
  ...commandPair({
    top: 'port',
    sub: 'port',
    usage: 'CONTAINER [PRIVATE_PORT[/PROTO]]',
    short: 'List port mappings or a specific mapping for the container',
    flags: PORT_FLAGS,
    minArgs: 1,
    maxArgs: 2,
    run: port,
  }),
  ...commandPair({
    top: 'stats',
    sub: 'stats',
    usage: '[OPTIONS] [CONTAINER...]',
    short: 'Display a live stream of container(s) resource usage statistics',
    flags: STATS_FLAGS,
    run: stats,
  }),
];
