/**
 * `docker start`: runs a created or stopped container's main again over the same writable
 * layer (what the container wrote before is still there). Prints each name; with -a, the
 * main's output and its status instead.
 */
import { mainShellSession, shellAttachment } from '../../../runtime/attachment';
import { startContainer } from '../../../runtime/start';
import { updateContainer } from '../../../runtime/transitions';
import type { DockerContext } from '../../command';
import type { ParsedArgs } from '../../parsed';
import { commandPair } from '../command-pair';
import { lookup, settle, startOptions } from './common';
import { START_FLAGS } from './flags';
import { printOutput, stillRunningNote } from './run';

function run(ctx: DockerContext, parsed: ParsedArgs): number {
  settle(ctx);
  const attach = parsed.flags.bool('attach') || parsed.flags.bool('interactive');
  if (attach && parsed.args.length > 1) {
    ctx.err('you cannot start and attach multiple containers at once\n');
    return 1;
  }
  const failed: string[] = [];
  let status = 0;
  for (const ref of parsed.args) {
    const found = lookup(ctx, ref);
    if (!found.ok) {
      ctx.err(`Error response from daemon: ${found.error}\n`);
      failed.push(ref);
      continue;
    }
    if (found.container.status === 'paused') {
      ctx.err('Error response from daemon: cannot start a paused container, try unpause instead\n');
      failed.push(ref);
      continue;
    }
    const wasRunning = found.container.status === 'running';
    ctx.spend(wasRunning ? 20 : 400);
    const start = () =>
      startContainer(ctx.rt, found.container.id, {
        ...startOptions(ctx),
        now: ctx.now(),
        stdin: ctx.io.stdin,
      });
    const started =
      attach && !wasRunning
        ? ctx.rt.within({ kind: 'attach', id: found.container.id }, start)
        : start();
    if (!started.ok) {
      ctx.err(`Error response from daemon: ${started.error}\n`);
      failed.push(ref);
      continue;
    }
    for (const note of started.notes) ctx.io.note(note);
    if (!attach || wasRunning) {
      ctx.out(`${ref}\n`);
      continue;
    }
    if (started.interactiveShell && parsed.flags.bool('interactive')) {
      const current = ctx.rt.host.containers[found.container.id];
      const session = current && mainShellSession(ctx.rt, current);
      if (current && session) {
        updateContainer(ctx.rt, current.id, (c) => ({ ...c, mainAttached: true }));
        ctx.attach(shellAttachment(ctx.rt, current, session));
      }
      continue;
    }
    printOutput(ctx, started.output);
    if (started.running) stillRunningNote(ctx, found.container.name);
    else status = started.exitCode;
  }
  // Attached, docker reports the one container's error alone.
  if (failed.length > 0 && attach) return 1;
  if (failed.length > 0) {
    ctx.err(`Error: failed to start containers: ${failed.join(', ')}\n`);
    return 1;
  }
  return status;
}

export const START_COMMANDS = commandPair({
  top: 'start',
  sub: 'start',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Start one or more stopped containers',
  flags: START_FLAGS,
  minArgs: 1,
  run,
});
