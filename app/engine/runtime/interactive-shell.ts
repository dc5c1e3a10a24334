/**
 * A line typed into a shell inside a container (`docker exec -it web sh`, `docker run -it
 * busybox sh`): it runs in that container, with the image's userland, until `exit`. The
 * shell's working directory, variables and prompt carry over from line to line in the
 * attachment. Exiting the main process's shell (`docker run -it`) stops the container;
 * exiting an exec'd shell leaves it running.
 */
import type { Attachment, LineOptions } from '../cli/interactive';
import type { LineResult } from '../cli/line-result';
import { ManualClock } from '../clock';
import { CounterIds } from '../ids';
import { HostRuntime } from '../host/runtime';
import type { World } from '../host/state';
import { withAddedGroups } from './group-add';
import { openContainerFs } from './open-fs';
import { runProcess } from './process';
import {
  emitContainerFsEvents,
  emitVolumeFsEvents,
  imageUserland,
  resolveUser,
} from './process-env';
import { shellOfPrompt, shellPrompt } from './prompt';
import { HORIZON_MS } from './start';
import { markExited, settleContainers, updateContainer } from './transitions';
import { processTable } from './exec';
import { containerShell } from './image-shell';
import { declaredProcesses, nextPid } from './process-tree';

type ContainerAttachment = Extract<Attachment, { kind: 'container' }>;

const EXIT = /^\s*(exit|logout)(\s+(\d+))?\s*;?\s*$/;

export function runContainerShellLine(
  world: World,
  attachment: ContainerAttachment,
  input: string,
  options: LineOptions,
): LineResult {
  const ids = new CounterIds(world.ids.seed, world.ids.counter);
  const rt = new HostRuntime(
    { ...world, current: attachment.host },
    new ManualClock(options.now),
    options.catalog,
    ids,
  );
  settleContainers(rt, options.now);
  const shell = shellOfPrompt(attachment.prompt);
  const done = (
    output: LineResult['output'],
    exitCode: number,
    notes: string[] = [],
  ): LineResult => ({
    world: { ...rt.finish(), current: world.current },
    output,
    exitCode,
    durationMs: 0,
    events: rt.events,
    notes,
    detach: true,
  });
  const container = rt.host.containers[attachment.containerId];
  if (!container || container.status !== 'running') {
    return done([], 0, ['The container is no longer running, so its shell has ended.']);
  }
  const exit = EXIT.exec(input);
  if (exit) {
    const code = Number(exit[3] ?? 0);
    if (container.mainAttached) {
      updateContainer(rt, container.id, (c) => ({ ...c, mainAttached: false }));
      markExited(rt, container.id, code, options.now);
    }
    return done(shell === 'bash' ? [{ stream: 'stdout', text: 'exit\n' }] : [], code);
  }
  const opened = openContainerFs(rt.host, container);
  const user = resolveUser(opened.fs, attachment.user);
  if (!user.ok) return done([{ stream: 'stderr', text: `${user.error}\n` }], 126);
  // The attachment keeps the user as typed; the shell holds the groups its start added.
  const shellUser = withAddedGroups(user.user, container.groupAddGids ?? []);
  const { userland, distro } = imageUserland(rt.host, container);
  // The main's shell is PID 1, or docker-init's child with --init (recorded: pid 7, and a
  // typed `ps` 8); an exec'd shell starts after the main's processes. A typed command is
  // the shell's child.
  const sh = containerShell(container, opened.fs);
  const mainPids = declaredProcesses(container, sh);
  const shellPid = container.mainAttached
    ? (mainPids?.at(-1)?.pid ?? 1)
    : nextPid(container, 7, sh);
  const childPid = container.mainAttached ? nextPid(container, 7, sh) : shellPid + 6;
  const result = runProcess({
    fs: opened.fs,
    script: input,
    env: attachment.env,
    cwd: attachment.cwd,
    user: shellUser,
    userland,
    catalog: options.catalog,
    distro,
    now: options.now,
    shellName: shell,
    tty: true,
    ip: container.ip,
    seed: container.id,
    horizonMs: HORIZON_MS,
    vars: attachment.vars,
    pid: shellPid,
    // A command typed at the shell is its child: `ps` lists PID 1, then itself.
    processes: processTable(container, childPid, shellPid, sh),
  });
  rt.updateHost((host) => opened.save(host));
  emitContainerFsEvents(rt, container.id, opened.root.events);
  emitVolumeFsEvents(rt, opened.volumeEvents());
  const notes = [...result.notes];
  if (result.blocked) {
    notes.push(
      `${result.blocked.name} would keep this shell busy until you press Ctrl+C; the simulation gives the prompt back.`,
    );
  }
  if (result.exited && !result.blocked) {
    if (container.mainAttached) {
      updateContainer(rt, container.id, (c) => ({ ...c, mainAttached: false }));
      markExited(rt, container.id, result.exitCode, options.now + result.durationMs);
    }
    return { ...done(result.output, result.exitCode, notes), durationMs: result.durationMs };
  }
  const next: ContainerAttachment = {
    ...attachment,
    cwd: result.cwd,
    env: { ...result.env, PWD: result.cwd },
    vars: result.vars,
    prompt: shellPrompt({
      shell,
      userland,
      userName: user.user.name,
      uid: user.user.uid,
      home: user.user.home,
      hostname: container.hostname,
      cwd: result.cwd,
      fs: opened.fs,
    }),
  };
  return {
    world: { ...rt.finish(), current: world.current },
    output: result.output,
    exitCode: result.blocked ? 130 : result.exitCode,
    durationMs: result.durationMs,
    events: rt.events,
    notes,
    // Replaces the attachment: the shell's directory, variables and prompt moved on.
    detach: true,
    attach: next,
  };
}
