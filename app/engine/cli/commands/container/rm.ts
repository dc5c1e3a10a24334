/**
 * `docker rm`: deletes a container and its writable layer (what it wrote is gone for good;
 * volumes stay unless -v, and then only anonymous ones). Refused while the container runs,
 * unless -f, which kills it first.
 */
import { removeContainer } from '../../../runtime/lifecycle';
import type { DockerContext } from '../../command';
import type { ParsedArgs } from '../../parsed';
import { commandPair } from '../command-pair';
import { clockOf, lookup, settle } from './common';
import { RM_FLAGS } from './flags';

function run(ctx: DockerContext, parsed: ParsedArgs): number {
  settle(ctx);
  const force = parsed.flags.bool('force');
  let status = 0;
  for (const ref of parsed.args) {
    const found = lookup(ctx, ref);
    const result = found.ok
      ? ctx.rt.within({ kind: 'remove', id: found.container.id }, () =>
          removeContainer(ctx.rt, found.container, clockOf(ctx), {
            force,
            volumes: parsed.flags.bool('volumes'),
          }),
        )
      : found;
    if (result.ok) {
      ctx.spend(30);
      ctx.out(`${ref}\n`);
      continue;
    }
    ctx.err(`Error response from daemon: ${result.error}\n`);
    // With -f, a container that does not exist is not a failure.
    if (!(force && !found.ok)) status = 1;
  }
  return status;
}

export const RM_COMMANDS = commandPair({
  top: 'rm',
  sub: 'rm',
  subAliases: ['remove'],
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Remove one or more containers',
  flags: RM_FLAGS,
  minArgs: 1,
  run,
});
