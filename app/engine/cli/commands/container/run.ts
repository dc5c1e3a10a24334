/**
 * `docker run` = create + start (+ attach). With -d it prints the new id; without, it
 * prints what the main process prints and ends with its status. A main that keeps running
 * (nginx, a server, `sleep 3600`) would hold a real terminal until Ctrl+C; the simulation
 * prints its startup output, gives the prompt back and says so, leaving the container Up
 * (as if you had run it with -d). `-it` with a shell opens that shell in the terminal.
 */
import { shellAttachment, mainShellSession } from '../../../runtime/attachment';
import { createContainer } from '../../../runtime/create';
import { startContainer, type OutputChunk } from '../../../runtime/start';
import { updateContainer } from '../../../runtime/transitions';
import type { DockerContext } from '../../command';
import type { ParsedArgs } from '../../parsed';
import { commandPair } from '../command-pair';
import { daemonHostFs, nameGenerator, runError, settle, startOptions } from './common';
import { buildCreateRequest } from './create-request';
import { RUN_FLAGS } from './run-flags';

export function printOutput(ctx: DockerContext, output: readonly OutputChunk[]): void {
  for (const chunk of output) (chunk.stream === 'stdout' ? ctx.out : ctx.err)(chunk.text);
}

/** Said when a foreground main keeps running and the simulation returns the prompt. */
export function stillRunningNote(ctx: DockerContext, name: string): void {
  ctx.io.note(
    `The container ${name} keeps running. A real terminal would stay attached to its output until you pressed Ctrl+C; the simulation gives the prompt back and leaves it running, as if it had been started with -d. Use docker logs ${name} or docker stop ${name}.`,
  );
}

function run(ctx: DockerContext, parsed: ParsedArgs, name: string): number {
  settle(ctx);
  const usage = `docker ${name} [OPTIONS] IMAGE [COMMAND] [ARG...]`;
  const built = buildCreateRequest(ctx, parsed, 'run', usage);
  if (!built.ok) return built.status;
  const created = createContainer(ctx.rt, built.request, {
    now: ctx.now(),
    generateName: nameGenerator(ctx),
    hostFs: daemonHostFs(ctx),
  });
  // Daemon errors point at `docker run --help` even when typed as `docker container run`.
  if (!created.ok) return runError(ctx, 'run', `Error response from daemon: ${created.error}`);
  const container = created.container;
  ctx.spend(90);
  const detach = parsed.flags.bool('detach');
  // Detached, the CLI prints the id as soon as the container exists: a failed start follows it.
  if (detach) ctx.out(`${container.id}\n`);
  // In the foreground the client attaches before the start (an `attach` event first).
  const start = () =>
    startContainer(ctx.rt, container.id, {
      ...startOptions(ctx),
      now: ctx.now(),
      stdin: ctx.io.stdin,
    });
  const started = detach ? start() : ctx.rt.within({ kind: 'attach', id: container.id }, start);
  if (!started.ok) {
    return runError(ctx, 'run', `Error response from daemon: ${started.error}`, started.exitCode);
  }
  for (const note of started.notes) ctx.io.note(note);
  if (detach) {
    ctx.spend(250);
    return 0;
  }
  if (started.interactiveShell) {
    const current = ctx.rt.host.containers[container.id];
    const session = current && mainShellSession(ctx.rt, current);
    if (current && session) {
      updateContainer(ctx.rt, container.id, (c) => ({ ...c, mainAttached: true }));
      ctx.attach(shellAttachment(ctx.rt, current, session));
    }
    return 0;
  }
  printOutput(ctx, started.output);
  if (started.running) {
    const after = ctx.rt.host.containers[container.id];
    if (after?.exitsAt !== undefined && after.exitsAt - ctx.now() <= 60_000 && !after.longRunning) {
      // A main that ends by itself soon: the terminal waits for it, as docker run does.
      ctx.spend(Math.max(0, after.exitsAt - ctx.now()));
      settle(ctx);
      return after.exitCodeAtEnd ?? 0;
    }
    stillRunningNote(ctx, container.name);
    return 0;
  }
  ctx.spend(Math.max(started.durationMs, 40));
  return started.exitCode;
}

export const RUN_COMMANDS = commandPair({
  top: 'run',
  sub: 'run',
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create and run a new container from an image',
  flags: RUN_FLAGS,
  minArgs: 1,
  interspersed: false,
  run,
});
