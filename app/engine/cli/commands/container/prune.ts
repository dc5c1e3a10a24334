/**
 * `docker container prune`: removes every stopped container (and with it its writable
 * layer). Without -f it asks first and reads the answer from stdin; no answer is "N".
 */
import { layerSize } from '../../../fs/stats';
import type { Container } from '../../../host/containers';
import { removeContainerRecord, isRunning } from '../../../runtime/transitions';
import type { DockerCommand, DockerContext } from '../../command';
import { humanSize } from '../../format/units';
import type { ParsedArgs } from '../../parsed';
import { parseFilters } from '../image-common';
import { untilTime } from '../image-list';
import { settle } from './common';
import { PRUNE_FLAGS } from './flags';

export function confirmed(ctx: DockerContext, warning: string): boolean {
  ctx.out(`${warning}\nAre you sure you want to continue? [y/N] `);
  const answer = ctx.io.stdin.split('\n')[0]?.trim().toLowerCase() ?? '';
  if (answer === 'y' || answer === 'yes') return true;
  return false;
}

/** `label=KEY` or `label=KEY=VALUE` against a container's labels. */
function hasLabel(c: Container, spec: string): boolean {
  const eq = spec.indexOf('=');
  if (eq < 0) return Object.hasOwn(c.labels, spec);
  return c.labels[spec.slice(0, eq)] === spec.slice(eq + 1);
}

/**
 * The daemon's reading of `--filter until=…`, `label=…` and `label!=…` (all must hold), or its
 * error (the text after "Error response from daemon: ").
 */
export function containerPruneFilter(
  values: readonly string[],
  now: number,
): { ok: true; keep: (c: Container) => boolean } | { ok: false; error: string } {
  const tests: ((c: Container) => boolean)[] = [];
  for (const [key, value] of parseFilters(values)) {
    if (key === 'until') {
      const until = untilTime(value, now);
      if (until === undefined)
        return { ok: false, error: `failed to parse value as time or duration: "${value}"` };
      tests.push((c) => c.created < until);
    } else if (key === 'label') tests.push((c) => hasLabel(c, value));
    else if (key === 'label!') tests.push((c) => !hasLabel(c, value));
    else return { ok: false, error: `invalid filter '${key}'` };
  }
  return { ok: true, keep: (c) => tests.every((t) => t(c)) };
}

function run(ctx: DockerContext, parsed: ParsedArgs): number {
  settle(ctx);
  if (
    !parsed.flags.bool('force') &&
    !confirmed(ctx, 'WARNING! This will remove all stopped containers.')
  ) {
    return 0;
  }
  // The daemon reads the filters once the prompt is answered.
  const filter = containerPruneFilter(parsed.flags.strings('filter'), ctx.now());
  if (!filter.ok) {
    ctx.err(`Error response from daemon: ${filter.error}\n`);
    return 1;
  }
  const stopped = Object.values(ctx.rt.host.containers)
    .filter((c) => !isRunning(c) && filter.keep(c))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  let reclaimed = 0;
  for (const c of stopped) {
    reclaimed += layerSize(c.upper);
    removeContainerRecord(ctx.rt, c.id, false);
  }
  if (stopped.length > 0)
    ctx.out(`Deleted Containers:\n${stopped.map((c) => `${c.id}\n`).join('')}\n`);
  ctx.out(`Total reclaimed space: ${humanSize(reclaimed)}\n`);
  return 0;
}

export const PRUNE_COMMANDS: DockerCommand[] = [
  {
    path: ['container', 'prune'],
    spec: {
      name: 'container prune',
      usage: 'docker container prune [OPTIONS]',
      short: 'Remove all stopped containers',
      maxArgs: 0,
      interspersed: true,
      flags: PRUNE_FLAGS,
    },
    run,
  },
];
