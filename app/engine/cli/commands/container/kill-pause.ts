/** `docker kill` (SIGKILL unless -s says otherwise), `docker pause` and `docker unpause`. */
import {
  killContainer,
  pauseContainer,
  signalNumber,
  unpauseContainer,
} from '../../../runtime/lifecycle';
import type { Container } from '../../../host/containers';
import type { DockerContext } from '../../command';
import type { ParsedArgs } from '../../parsed';
import { commandPair } from '../command-pair';
import { clockOf, forEachContainer, logContainerAction, settle } from './common';
import { KILL_FLAGS, PAUSE_FLAGS, UNPAUSE_FLAGS } from './flags';

function kill(ctx: DockerContext, parsed: ParsedArgs): number {
  settle(ctx);
  const signal = parsed.flags.string('signal') ?? 'KILL';
  if (signalNumber(signal) === undefined) {
    for (const _ref of parsed.args)
      ctx.err(`Error response from daemon: Invalid signal: ${signal}\n`);
    return 1;
  }
  const number = signalNumber(signal) ?? 9;
  const killOne = (c: Container) => {
    const result = ctx.rt.within({ kind: 'kill', id: c.id, signal: number }, () =>
      killContainer(ctx.rt, c, clockOf(ctx), signal),
    );
    // A signal the main survives (HUP, USR1) kills nothing, but the daemon logs it all the same.
    if (result.ok && ctx.rt.host.containers[c.id]?.status === 'running')
      logContainerAction(ctx, c.id, 'kill', { signal: String(number) });
    return result;
  };
  return forEachContainer(ctx, parsed.args, killOne, {
    errorPrefix: (ref) => `Cannot kill container: ${ref}: `,
  });
}

export const KILL_PAUSE_COMMANDS = [
  ...commandPair({
    top: 'kill',
    sub: 'kill',
    usage: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Kill one or more running containers',
    flags: KILL_FLAGS,
    minArgs: 1,
    run: kill,
  }),
  ...commandPair({
    top: 'pause',
    sub: 'pause',
    usage: 'CONTAINER [CONTAINER...]',
    short: 'Pause all processes within one or more containers',
    flags: PAUSE_FLAGS,
    minArgs: 1,
    run: (ctx, parsed) => {
      settle(ctx);
      return forEachContainer(ctx, parsed.args, (c) => pauseContainer(ctx.rt, c));
    },
  }),
  ...commandPair({
    top: 'unpause',
    sub: 'unpause',
    usage: 'CONTAINER [CONTAINER...]',
    short: 'Unpause all processes within one or more containers',
    flags: UNPAUSE_FLAGS,
    minArgs: 1,
    run: (ctx, parsed) => {
      settle(ctx);
      return forEachContainer(ctx, parsed.args, (c) => unpauseContainer(ctx.rt, c, ctx.now()));
    },
  }),
];
