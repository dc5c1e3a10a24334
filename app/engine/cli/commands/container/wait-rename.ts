/**
 * `docker wait` (the exit status once the container stops) and `docker rename`. A wait on a
 * container that never stops by itself would block a real terminal forever; the simulation
 * says so and returns.
 */
import { nameConflict, validContainerName } from '../../../runtime/lookup';
import { updateContainer } from '../../../runtime/transitions';
import type { DockerContext } from '../../command';
import type { ParsedArgs } from '../../parsed';
import { commandPair } from '../command-pair';
import { logContainerAction, lookup, settle } from './common';
import { RENAME_FLAGS, WAIT_FLAGS } from './flags';

function wait(ctx: DockerContext, parsed: ParsedArgs): number {
  settle(ctx);
  let status = 0;
  for (const ref of parsed.args) {
    const found = lookup(ctx, ref);
    if (!found.ok) {
      ctx.err(`Error response from daemon: ${found.error}\n`);
      status = 1;
      continue;
    }
    const c = found.container;
    if (c.status === 'running' || c.status === 'paused') {
      // Waiting is a foreground block: up to a minute the simulated clock waits with it.
      if (c.exitsAt === undefined || c.status === 'paused' || c.exitsAt - ctx.now() > 60_000) {
        ctx.io.note(
          `docker wait ${ref} would block until the container stops, which its main process does not do soon. The simulation returns; stop it with docker stop ${ref}.`,
        );
        continue;
      }
      ctx.spend(Math.max(0, c.exitsAt - ctx.now()));
      settle(ctx);
      ctx.out(`${c.exitCodeAtEnd ?? 0}\n`);
      continue;
    }
    ctx.out(`${c.exitCode}\n`);
  }
  return status;
}

function rename(ctx: DockerContext, parsed: ParsedArgs): number {
  settle(ctx);
  // The CLI trims both names and refuses an empty one before asking the daemon.
  const [ref, newName] = [parsed.args[0] ?? '', parsed.args[1] ?? ''].map((n) => n.trim()) as [
    string,
    string,
  ];
  if (ref === '' || newName === '') {
    ctx.err('Error: Neither old nor new names may be empty\n');
    return 1;
  }
  const fail = (message: string) => {
    ctx.err(
      `Error response from daemon: ${message}\nError: failed to rename container named ${ref}\n`,
    );
    return 1;
  };
  const found = lookup(ctx, ref);
  if (!found.ok) return fail(found.error);
  const bare = newName.replace(/^\//, '');
  if (bare === found.container.name)
    return fail('Renaming a container with the same name as its current name');
  if (!validContainerName(bare)) {
    return fail(
      `Error when allocating new name: Invalid container name (/${bare}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
    );
  }
  const conflict = nameConflict(ctx.rt.host, bare);
  if (conflict) return fail(`Error when allocating new name: ${conflict}`);
  updateContainer(ctx.rt, found.container.id, (c) => ({ ...c, name: bare }));
  logContainerAction(ctx, found.container.id, 'rename', { oldName: `/${found.container.name}` });
  return 0;
}

export const WAIT_RENAME_COMMANDS = [
  ...commandPair({
    top: 'wait',
    sub: 'wait',
    usage: 'CONTAINER [CONTAINER...]',
    short: 'Block until one or more containers stop, then print their exit codes',
    flags: WAIT_FLAGS,
    minArgs: 1,
    run: wait,
  }),
  ...commandPair({
    top: 'rename',
    sub: 'rename',
    usage: 'CONTAINER NEW_NAME',
    short: 'Rename a container',
    flags: RENAME_FLAGS,
    minArgs: 2,
    maxArgs: 2,
    run: rename,
  }),
];
