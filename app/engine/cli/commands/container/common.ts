/**
 * What the container commands share: catching the host up with mains that ended by
 * themselves, finding containers with the daemon's errors, printing errors the way each
 * command does, and the options the runtime needs from a command's context.
 */
import type { FileSystem } from '../../../fs/filesystem';
import type { Container } from '../../../host/containers';
import { containerAttributes } from '../../../host/daemon-translate';
import { findContainer } from '../../../runtime/lookup';
import { settleContainers } from '../../../runtime/transitions';
import type { StartOptions } from '../../../runtime/start';
import { generateContainerName } from '../../names/generate';
import type { DockerContext } from '../../command';

/** Every container command first lets simulated time catch up (a `sleep 30` main has ended). */
export function settle(ctx: DockerContext): void {
  settleContainers(ctx.rt, ctx.now());
}

export function daemonError(ctx: DockerContext, message: string, status = 1): number {
  ctx.err(`Error response from daemon: ${message}\n`);
  return status;
}

/** `docker run` (and create's client-side errors) print `docker: ...` and a hint, status 125. */
export function runError(
  ctx: DockerContext,
  command: string,
  message: string,
  status = 125,
): number {
  ctx.err(`docker: ${message}\n\nRun 'docker ${command} --help' for more information\n`);
  return status;
}

/** A flag value the CLI rejects, worded as pflag does, with the usage line. */
export function flagValueError(
  ctx: DockerContext,
  usage: string,
  command: string,
  message: string,
): number {
  ctx.err(
    `${message}\n\nUsage:  ${usage}\n\nRun 'docker ${command} --help' for more information\n`,
  );
  return 125;
}

export type Found = { ok: true; container: Container } | { ok: false; error: string };

export function lookup(ctx: DockerContext, ref: string): Found {
  return findContainer(ctx.rt.host, ref);
}

/**
 * Runs an action on each named container, printing each name on success (as stop, kill,
 * pause, rm do) and each error as the daemon's; the status is 1 if any failed.
 */
export function forEachContainer(
  ctx: DockerContext,
  refs: readonly string[],
  action: (container: Container, ref: string) => { ok: true } | { ok: false; error: string },
  options: { errorPrefix?: (ref: string) => string } = {},
): number {
  let status = 0;
  for (const ref of refs) {
    const found = lookup(ctx, ref);
    const result = found.ok ? action(found.container, ref) : found;
    if (result.ok) {
      ctx.out(`${ref}\n`);
    } else {
      ctx.err(`Error response from daemon: ${options.errorPrefix?.(ref) ?? ''}${result.error}\n`);
      status = 1;
    }
  }
  return status;
}

export function startOptions(ctx: DockerContext): Omit<StartOptions, 'now'> {
  return { catalog: ctx.rt.catalog, hostFs: daemonHostFs(ctx) };
}

/**
 * The host's files as the daemon reaches them: as root, whoever typed the command. Bind
 * mounts are the daemon's, so a container's process writes there with its own uid (root's
 * files are root's on the host too, `--user 1234` makes 1234's), and a missing source
 * directory is made by root.
 */
export function daemonHostFs(ctx: DockerContext): FileSystem {
  return ctx.io.setuidRootFs?.() ?? ctx.io.fs;
}

/** Docker's adjective_surname, drawn from the session's deterministic id source. */
export function nameGenerator(ctx: DockerContext) {
  return (isTaken: (name: string) => boolean, id: string) =>
    generateContainerName((bound) => ctx.rt.ids.pick(bound), isTaken, id);
}

/** The clock the runtime's lifecycle functions use. */
export function clockOf(ctx: DockerContext) {
  return { now: () => ctx.now(), spend: (ms: number) => ctx.spend(ms) };
}

/**
 * Logs a daemon action on a container that changes nothing the engine reports (rename,
 * export, attach, exec, copies), for `docker events`. Extra attributes join the
 * container's labels, image and name.
 */
export function logContainerAction(
  ctx: DockerContext,
  id: string,
  action: string,
  extra: Record<string, string> = {},
): void {
  const c = ctx.rt.host.containers[id];
  if (!c) return;
  ctx.rt.logDaemon(ctx.rt.hostName, [
    { type: 'container', action, actorId: id, attributes: { ...containerAttributes(c), ...extra } },
  ]);
}
