/**
 * `docker logs` (what the main process printed, stdout and stderr apart) and `docker diff`
 * (the container's writable layer as A/C/D lines). `logs -f` would follow forever; here it
 * prints what there is and returns.
 */
import { formatDiff } from '../../../fs/diff';
import { containerChanges } from '../../../runtime/changes';
import { renderLogs } from '../../../runtime/logs';
import type { DockerContext } from '../../command';
import type { ParsedArgs } from '../../parsed';
import { commandPair } from '../command-pair';
import { daemonError, lookup, settle } from './common';
import { DIFF_FLAGS, LOGS_FLAGS } from './flags';
import { printOutput } from './run';

/** `--since 10m` or an RFC 3339 time, as epoch ms. */
function timeFlag(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const relative = /^(\d+)(s|m|h)$/.exec(value);
  if (relative)
    return (
      now -
      Number(relative[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[relative[2] as 's' | 'm' | 'h']
    );
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

function logs(ctx: DockerContext, parsed: ParsedArgs): number {
  settle(ctx);
  const ref = parsed.args[0] ?? '';
  const found = lookup(ctx, ref);
  if (!found.ok) return daemonError(ctx, found.error);
  const tailText = parsed.flags.string('tail') ?? 'all';
  const tail = tailText === 'all' ? undefined : Number.parseInt(tailText, 10);
  const since = timeFlag(parsed.flags.string('since'), ctx.now());
  const until = timeFlag(parsed.flags.string('until'), ctx.now());
  printOutput(
    ctx,
    renderLogs(found.container, {
      timestamps: parsed.flags.bool('timestamps'),
      details: parsed.flags.bool('details'),
      ...(tail !== undefined && !Number.isNaN(tail) ? { tail } : {}),
      ...(since !== undefined ? { since } : {}),
      ...(until !== undefined ? { until } : {}),
    }),
  );
  if (parsed.flags.bool('follow') && found.container.status === 'running') {
    ctx.io.note(
      'docker logs -f keeps following the output until Ctrl+C; the simulation shows what is there and returns.',
    );
  }
  return 0;
}

function diff(ctx: DockerContext, parsed: ParsedArgs): number {
  settle(ctx);
  const found = lookup(ctx, parsed.args[0] ?? '');
  if (!found.ok) return daemonError(ctx, found.error);
  ctx.out(formatDiff(containerChanges(ctx.rt.host, found.container)));
  return 0;
}

export const LOGS_DIFF_COMMANDS = [
  ...commandPair({
    top: 'logs',
    sub: 'logs',
    usage: '[OPTIONS] CONTAINER',
    short: 'Fetch the logs of a container',
    flags: LOGS_FLAGS,
    minArgs: 1,
    maxArgs: 1,
    run: logs,
  }),
  ...commandPair({
    top: 'diff',
    sub: 'diff',
    usage: 'CONTAINER',
    short: "Inspect changes to files or directories on a container's filesystem",
    flags: DIFF_FLAGS,
    minArgs: 1,
    maxArgs: 1,
    run: diff,
  }),
];
