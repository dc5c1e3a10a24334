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

const GO_UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/**
 * `--since`/`--until` as the client reads them: a Go duration before now (`10m`, `1h30m`),
 * Unix seconds, or an RFC 3339 date or time, as epoch ms; anything else is its error.
 */
export function logsTimeFlag(
  name: 'since' | 'until',
  value: string | undefined,
  now: number,
): { ok: true; ms: number | undefined } | { ok: false; error: string } {
  if (!value) return { ok: true, ms: undefined };
  if (/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(value)) {
    let ms = 0;
    for (const part of value.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g))
      ms += Number(part[1]) * (GO_UNIT_MS[part[2] ?? ''] ?? 0);
    return { ok: true, ms: now - ms };
  }
  if (/^\d+(\.\d+)?$/.test(value)) return { ok: true, ms: Number(value) * 1000 };
  // Dates and times without a zone are UTC, as the client reads them.
  const dated = /^\d{4}-\d\d-\d\d(T\d\d(:\d\d(:\d\d(\.\d+)?)?)?)?$/.test(value)
    ? Date.parse(value.includes('T') ? `${value}Z` : `${value}T00:00:00Z`)
    : /^\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d)$/.test(value)
      ? Date.parse(value)
      : Number.NaN;
  if (!Number.isNaN(dated)) return { ok: true, ms: dated };
  return {
    ok: false,
    error: `invalid value for "${name}": failed to parse value as time or duration: "${value}"`,
  };
}

function logs(ctx: DockerContext, parsed: ParsedArgs): number {
  settle(ctx);
  const ref = parsed.args[0] ?? '';
  const found = lookup(ctx, ref);
  if (!found.ok) return daemonError(ctx, found.error);
  const tailText = parsed.flags.string('tail') ?? 'all';
  const tail = tailText === 'all' ? undefined : Number.parseInt(tailText, 10);
  const sinceFlag = logsTimeFlag('since', parsed.flags.string('since'), ctx.now());
  const untilFlag = logsTimeFlag('until', parsed.flags.string('until'), ctx.now());
  for (const flag of [sinceFlag, untilFlag]) {
    if (!flag.ok) {
      ctx.err(`${flag.error}\n`);
      return 1;
    }
  }
  const since = sinceFlag.ok ? sinceFlag.ms : undefined;
  const until = untilFlag.ok ? untilFlag.ms : undefined;
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
