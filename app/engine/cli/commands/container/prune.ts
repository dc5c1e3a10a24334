/**
 * `docker container prune`: removes every stopped container (and with it its writable
 * layer). Without -f it asks first and reads the answer from stdin; no answer is "N".
 */
import { layerSize } from '../../../fs/stats';
import { removeContainerRecord, isRunning } from '../../../runtime/transitions';
import type { DockerCommand, DockerContext } from '../../command';
import { humanSize } from '../../format/units';
import type { ParsedArgs } from '../../parsed';
import { settle } from './common';
import { PRUNE_FLAGS } from './flags';

export function confirmed(ctx: DockerContext, warning: string): boolean {
  ctx.out(`${warning}\nAre you sure you want to continue? [y/N] `);
  const answer = ctx.io.stdin.split('\n')[0]?.trim().toLowerCase() ?? '';
  if (answer === 'y' || answer === 'yes') return true;
  return false;
}

function run(ctx: DockerContext, parsed: ParsedArgs): number {
  settle(ctx);
  if (
    !parsed.flags.bool('force') &&
    !confirmed(ctx, 'WARNING! This will remove all stopped containers.')
  ) {
    return 0;
  }
  const stopped = Object.values(ctx.rt.host.containers)
    .filter((c) => !isRunning(c))
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
