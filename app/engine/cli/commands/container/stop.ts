/**
 * `docker stop` and `docker restart`: the stop signal, then SIGKILL after the timeout
 * (-t, default 10 s). The simulated clock moves on by the time Docker waits, which is how
 * a main that ignores SIGTERM shows: ten seconds, then `Exited (137)`.
 */
import type { Container } from '../../../host/containers';
import type { Digest } from '../../../fs/digest';
import { restartContainer, signalNumber, stopContainer } from '../../../runtime/lifecycle';
import type { DockerContext } from '../../command';
import type { ParsedArgs } from '../../parsed';
import { commandPair } from '../command-pair';
import { clockOf, forEachContainer, settle, startOptions } from './common';
import { RESTART_FLAGS, STOP_FLAGS } from './flags';

function timeout(parsed: ParsedArgs): number | undefined {
  if (parsed.flags.given('timeout')) return parsed.flags.int('timeout');
  if (parsed.flags.given('time')) return parsed.flags.int('time');
  return undefined;
}

/** The signal docker stop sends first: -s, --stop-signal, the image's STOPSIGNAL, SIGTERM. */
function stopSignal(ctx: DockerContext, c: Container, flag: string | undefined): number {
  const image = ctx.rt.host.images[c.image as Digest];
  return signalNumber(flag ?? c.stopSignal ?? image?.config.StopSignal ?? 'SIGTERM') ?? 15;
}

function stop(ctx: DockerContext, parsed: ParsedArgs): number {
  settle(ctx);
  const signal = parsed.flags.string('signal');
  return forEachContainer(ctx, parsed.args, (c) =>
    ctx.rt.within({ kind: 'stop', id: c.id, signal: stopSignal(ctx, c, signal) }, () =>
      stopContainer(
        ctx.rt,
        signal ? { ...c, stopSignal: signal } : c,
        clockOf(ctx),
        timeout(parsed),
      ),
    ),
  );
}

function restart(ctx: DockerContext, parsed: ParsedArgs): number {
  settle(ctx);
  return forEachContainer(ctx, parsed.args, (c) => {
    const call = {
      kind: 'stop',
      id: c.id,
      signal: stopSignal(ctx, c, undefined),
      restart: true,
    } as const;
    const result = ctx.rt.within(call, () =>
      restartContainer(ctx.rt, c, clockOf(ctx), startOptions(ctx), timeout(parsed)),
    );
    if (!result.ok) return result;
    for (const note of result.notes) ctx.io.note(note);
    return { ok: true };
  });
}

export const STOP_COMMANDS = [
  ...commandPair({
    top: 'stop',
    sub: 'stop',
    usage: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Stop one or more running containers',
    flags: STOP_FLAGS,
    minArgs: 1,
    run: stop,
  }),
  ...commandPair({
    top: 'restart',
    sub: 'restart',
    usage: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Restart one or more containers',
    flags: RESTART_FLAGS,
    minArgs: 1,
    run: restart,
  }),
];
