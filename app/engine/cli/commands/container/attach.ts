/**
 * `docker attach`: joins the terminal to a running container's main process. The CLI itself
 * refuses a stopped or paused container (no daemon error prefix). A container started with
 * `-dit` and a shell for its main hands that shell to the terminal, as `docker run -it` does;
 * any other main keeps the terminal until it stops, which the simulation does not wait for.
 */
import { mainShellSession, shellAttachment } from '../../../runtime/attachment';
import { isShell } from '../../../runtime/stop-behaviour';
import { updateContainer } from '../../../runtime/transitions';
import type { FlagSpec } from '../../args/spec';
import type { DockerContext } from '../../command';
import type { ParsedArgs } from '../../parsed';
import { commandPair } from '../command-pair';
import { daemonError, logContainerAction, lookup, settle } from './common';

/** As Docker 28's `docker attach --help` lists them. */
export const ATTACH_FLAGS: readonly FlagSpec[] = [
  {
    long: 'detach-keys',
    type: 'string',
    help: 'Override the key sequence for detaching a container',
  },
  { long: 'no-stdin', type: 'bool', help: 'Do not attach STDIN' },
  {
    long: 'sig-proxy',
    type: 'bool',
    default: true,
    help: 'Proxy all received signals to the process',
  },
];

function attach(ctx: DockerContext, parsed: ParsedArgs): number {
  settle(ctx);
  const ref = parsed.args[0] ?? '';
  const found = lookup(ctx, ref);
  if (!found.ok) return daemonError(ctx, found.error);
  const c = found.container;
  if (c.status === 'paused') {
    ctx.err('You cannot attach to a paused container, unpause it first\n');
    return 1;
  }
  if (c.status !== 'running') {
    ctx.err('You cannot attach to a stopped container, start it first\n');
    return 1;
  }
  logContainerAction(ctx, c.id, 'attach');
  const session =
    c.tty && c.openStdin && isShell(c.path) && !parsed.flags.bool('no-stdin')
      ? mainShellSession(ctx.rt, c)
      : undefined;
  if (session) {
    updateContainer(ctx.rt, c.id, (current) => ({ ...current, mainAttached: true }));
    ctx.attach(shellAttachment(ctx.rt, c, session));
    return 0;
  }
  ctx.io.note(
    `docker attach would now show ${c.name}'s output as it comes, until the container stops (Ctrl+C would stop it too, as --sig-proxy forwards the signal). The simulation gives the prompt back; docker logs -f ${c.name} shows the same output.`,
  );
  return 0;
}

export const ATTACH_COMMANDS = commandPair({
  top: 'attach',
  sub: 'attach',
  usage: '[OPTIONS] CONTAINER',
  short: 'Attach local standard input, output, and error streams to a running container',
  flags: ATTACH_FLAGS,
  minArgs: 1,
  maxArgs: 1,
  run: attach,
});
