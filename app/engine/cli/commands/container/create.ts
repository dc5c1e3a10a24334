/** `docker create`: a container that is not started yet (STATUS "Created"); prints its id. */
import { createContainer } from '../../../runtime/create';
import type { DockerContext } from '../../command';
import type { ParsedArgs } from '../../parsed';
import { commandPair } from '../command-pair';
import { daemonError, daemonHostFs, nameGenerator, settle } from './common';
import { buildCreateRequest } from './create-request';
import { CREATE_FLAGS } from './run-flags';

function run(ctx: DockerContext, parsed: ParsedArgs, name: string): number {
  settle(ctx);
  const built = buildCreateRequest(
    ctx,
    parsed,
    'create',
    `docker ${name} [OPTIONS] IMAGE [COMMAND] [ARG...]`,
  );
  if (!built.ok) return built.status;
  const created = createContainer(ctx.rt, built.request, {
    now: ctx.now(),
    generateName: nameGenerator(ctx),
    hostFs: daemonHostFs(ctx),
  });
  if (!created.ok) return daemonError(ctx, created.error);
  ctx.spend(80);
  ctx.out(`${created.container.id}\n`);
  return 0;
}

export const CREATE_COMMANDS = commandPair({
  top: 'create',
  sub: 'create',
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create a new container',
  flags: CREATE_FLAGS,
  minArgs: 1,
  interspersed: false,
  run,
});
