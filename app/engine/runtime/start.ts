/**
 * Starting a container: its main process runs through the shell over the container's
 * filesystem, so what it writes lands in the writable layer (or a volume) and what it
 * prints becomes `docker logs`. A main that blocks (a server, `sleep`, `tail -f`, a loop)
 * keeps the container Up; one that returns ends it with its status. A main that takes a
 * while but ends by itself (`sleep 30`) is Up until then.
 */
import type { Catalog } from '../catalog/types';
import type { FileSystem } from '../fs/filesystem';
import { basename, resolvePath } from '../fs/path';
import type { Container } from '../host/containers';
import type { HostRuntime } from '../host/runtime';
import { inspectBinary } from '../shell/exec/binaries';
import { findOnPath } from '../shell/exec/lookup';
import { processScript, shellLine } from './command-line';
import { shellOfFs } from './image-shell';
import { shellFlavourOfImage } from './process-tree-launch';
import { handOverScripts } from './hand-over-scripts';
import { lowerTrees, openContainerFs } from './open-fs';
import { runProcess } from './process';
import {
  emitContainerFsEvents,
  emitVolumeFsEvents,
  imageUserland,
  processEnv,
  resolveUser,
} from './process-env';
import { resolveGroupAdd, withAddedGroups } from './group-add';
import { nginxEntrypoint } from './services';
import { isShell, shellScript, stopBehaviour } from './stop-behaviour';
import { markExited, removeContainerRecord, updateContainer } from './transitions';
import { dropTmpfsFiles, remountTmpfs, tmpfsMountError } from './tmpfs';

export type OutputChunk = { stream: 'stdout' | 'stderr'; text: string };

export type StartResult =
  | {
      ok: true;
      /** What the main printed while starting (all of it, for a main that has ended). */
      output: OutputChunk[];
      running: boolean;
      exitCode: number;
      /** Simulated time a foreground wait for the main takes (its sleeps, its work). */
      durationMs: number;
      notes: string[];
      /** The main is an interactive shell waiting on the terminal (`docker run -it IMAGE sh`). */
      interactiveShell: boolean;
    }
  | { ok: false; error: string; exitCode: number };

export interface StartOptions {
  catalog: Catalog;
  now: number;
  /** The host's files as the command line sees them (bind mounts). */
  hostFs?: FileSystem;
  /** What the main reads on stdin (`echo ls | docker run -i busybox sh`). */
  stdin?: string;
}

/** A foreground sleep longer than this stands for "still running". */
export const HORIZON_MS = 60_000;
/** Mains shorter than this have ended by the time `docker run -d` returns. */
const INSTANT_MS = 1_000;

export function ociError(detail: string): string {
  return `failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${detail}: unknown`;
}

/** The executable check runc makes before anything runs. */
function findExecutable(
  fs: FileSystem,
  path: string,
  pathVar: string,
  cwd: string,
  noexec: (absolute: string) => boolean,
): 'ok' | 'missing' | 'denied' | 'dir' | 'noexec' {
  if (path.includes('/')) {
    const absolute = resolvePath(cwd, path);
    const st = fs.stat(absolute);
    if (!st.ok) return 'missing';
    if (st.value.node.kind === 'dir') return 'dir';
    if (st.value.node.kind !== 'file' || (st.value.node.mode & 0o111) === 0) return 'denied';
    return noexec(absolute) ? 'noexec' : 'ok';
  }
  return findOnPath(fs, path, pathVar, cwd) ? 'ok' : 'missing';
}

/** `noexec`: whether a path is on a noexec mount (a tmpfs without `exec`): execve refuses it. */
export function execCheck(
  fs: FileSystem,
  path: string,
  pathVar: string,
  cwd: string,
  noexec: (absolute: string) => boolean = () => false,
): string | undefined {
  switch (findExecutable(fs, path, pathVar, cwd, noexec)) {
    case 'ok':
      return undefined;
    case 'missing':
      return path.includes('/')
        ? `exec: "${path}": stat ${path}: no such file or directory`
        : `exec: "${path}": executable file not found in $PATH`;
    case 'dir':
    case 'denied':
      return `exec: "${path}": permission denied`;
    case 'noexec':
      return `eaccess ${path}: permission denied`;
  }
}

/** The main's argv after the official nginx entrypoint (which only prints and edits config). */
function unwrapEntrypoint(
  argv: string[],
  fs: FileSystem,
  env: Record<string, string>,
): { argv: string[]; printed: string } {
  const [first = '', ...rest] = argv;
  if (
    basename(first) === 'docker-entrypoint.sh' &&
    (rest[0] === 'nginx' || rest[0] === 'nginx-debug')
  ) {
    return { argv: rest, printed: nginxEntrypoint(fs, env) };
  }
  return { argv, printed: '' };
}

/** Creates each missing mount point in the writable layer, outermost first; whether any was. */
function makeMountPoints(root: FileSystem, container: Container): boolean {
  let made = false;
  const byDepth = [...container.mounts].sort((a, b) => a.destination.length - b.destination.length);
  for (const mount of byDepth) {
    if (root.lstat(mount.destination).ok) continue;
    made = root.mkdir(mount.destination, { parents: true }).ok || made;
  }
  return made;
}

export function startContainer(rt: HostRuntime, id: string, options: StartOptions): StartResult {
  const stored = rt.host.containers[id];
  if (!stored) return { ok: false, error: `No such container: ${id}`, exitCode: 1 };
  const none: StartResult = {
    ok: true,
    output: [],
    running: true,
    exitCode: 0,
    durationMs: 0,
    notes: [],
    interactiveShell: false,
  };
  if (stored.status === 'running' || stored.status === 'paused') return none;
  // Each start mounts its tmpfs mounts afresh: empty, whatever the last run left there.
  const mounts = remountTmpfs(lowerTrees(rt.host, stored), stored);
  if (mounts.some((m, i) => m !== stored.mounts[i]))
    updateContainer(rt, id, (c) => ({ ...c, mounts }));
  const container = { ...stored, mounts };
  const opened = openContainerFs(rt.host, container, { hostFs: options.hostFs });
  // runc makes the mount points the image lacks as it mounts (`A /data` in diff from now on).
  if (makeMountPoints(opened.root, container)) rt.updateHost((host) => opened.save(host));
  const userResult = resolveUser(opened.fs, container.user);
  if (!userResult.ok) return { ok: false, error: userResult.error, exitCode: 125 };
  // The daemon looks --group-add up as it writes the spec, before runc mounts or execs
  // anything: an unknown name leaves the container as it was, State.ExitCode 128.
  const added = resolveGroupAdd(opened.fs, container.groupAdd ?? []);
  if (!added.ok) {
    updateContainer(rt, id, (c) => ({ ...c, error: added.error, exitCode: 128 }));
    if (container.autoRemove) removeContainerRecord(rt, id, true);
    return { ok: false, error: added.error, exitCode: 125 };
  }
  const user = withAddedGroups(userResult.user, added.gids);
  const env = processEnv(container, user, [], container.tty);
  const cwd = container.workingDir || '/';
  const argv = [container.path, ...container.args];
  // runc mounts first (a tmpfs value the kernel refuses), then looks for the executable.
  const mountFailure = tmpfsMountError(container.mounts);
  const failure = mountFailure ?? execCheck(opened.fs, container.path, env.PATH ?? '', cwd);
  if (failure) {
    const error = ociError(failure);
    const exitCode = mountFailure
      ? 128
      : failure.includes('not found') || failure.includes('no such file')
        ? 127
        : 126;
    updateContainer(rt, id, (c) => ({
      ...c,
      mounts: dropTmpfsFiles(c.mounts),
      error,
      exitCode,
      ...(c.startedAt > 0 ? { status: 'exited' as const, finishedAt: options.now } : {}),
    }));
    // The daemon cleans up an --rm container whose start failed: `ps -a` no longer lists it.
    if (container.autoRemove) removeContainerRecord(rt, id, true);
    // State.ExitCode 128 for a failed mount; `docker run` reports it as any daemon error (125).
    return { ok: false, error, exitCode: mountFailure ? 125 : exitCode };
  }
  const startedAt = options.now;
  const startUser = { name: user.name, uid: user.uid };
  const shell = shellOfFs(opened.fs);
  // Entrypoint scripts that exec their arguments give their pid to the command (ps, stop).
  const scripts = handOverScripts(opened.fs, argv, {
    init: container.init ?? false,
    shell: shell ?? shellFlavourOfImage(container.imageRef),
    env: container.env,
    pathVar: env.PATH ?? '',
    cwd,
  });
  // A new run starts without the last one's stop log and process tree.
  const base = {
    error: '',
    startedAt,
    pid: pidFor(container),
    stopLog: undefined,
    processes: undefined,
    runAs: { start: startUser, main: startUser },
    // What /bin/sh is decides whether a `sh -c` main stays (docker top, ps, stats, stop).
    shell,
    groupAddGids: added.gids.length > 0 ? added.gids : undefined,
    handOverScripts: scripts.length > 0 ? scripts : undefined,
  };
  rt.emit({ type: 'container-started', host: rt.hostName, id, name: container.name });

  if (
    container.tty &&
    container.openStdin &&
    isShell(container.path) &&
    shellScript(argv) === undefined
  ) {
    updateContainer(rt, id, (c) => ({
      ...c,
      ...base,
      status: 'running',
      longRunning: true,
      ignoresSigterm: true,
      termExitCode: 143,
      termDelayMs: 0,
    }));
    return { ...none, interactiveShell: true };
  }

  const { userland, distro } = imageUserland(rt.host, container);
  const entry = unwrapEntrypoint(argv, opened.fs, env);

  // The binary starts only if the kernel finds its dynamic loader (a glibc build copied into
  // scratch or Alpine does not): runc's execve fails, the container prints why and exits 1.
  const main = entry.argv[0] ?? '';
  const mainPath = main.includes('/')
    ? resolvePath(cwd, main)
    : findOnPath(opened.fs, main, env.PATH ?? '', cwd);
  if (mainPath && inspectBinary(opened.fs, mainPath).missingLoader) {
    const text = `exec ${mainPath}: no such file or directory\n`;
    rt.updateHost((host) => opened.save(host));
    updateContainer(rt, id, (c) => ({
      ...c,
      ...base,
      logs: [...container.logs, { stream: 'stderr' as const, text, time: startedAt }],
      status: 'running',
      longRunning: false,
      exitsAt: startedAt,
      exitCodeAtEnd: 1,
    }));
    markExited(rt, id, 1, startedAt + 1);
    return {
      ok: true,
      output: [{ stream: 'stderr', text }],
      running: false,
      exitCode: 1,
      durationMs: 0,
      notes: [],
      interactiveShell: false,
    };
  }
  // With --init, docker-init is PID 1 and the command its child (`$$` is not 1).
  const launched = container.init ? { script: shellLine(entry.argv) } : processScript(entry.argv);
  const result = runProcess({
    fs: opened.fs,
    script: launched.script,
    env,
    cwd,
    user,
    userland,
    catalog: options.catalog,
    distro,
    now: startedAt,
    stdin: container.openStdin ? (options.stdin ?? '') : '',
    shellName: launched.shellName ?? (basename(entry.argv[0] ?? 'sh') === 'bash' ? 'bash' : 'sh'),
    tty: container.tty ?? false,
    ip: container.ip,
    seed: container.id,
    horizonMs: HORIZON_MS,
  });
  const output: OutputChunk[] = [
    ...(entry.printed ? [{ stream: 'stdout' as const, text: entry.printed }] : []),
    ...result.output,
  ];
  rt.updateHost((host) => opened.save(host));
  emitContainerFsEvents(rt, id, opened.root.events);
  emitVolumeFsEvents(rt, opened.volumeEvents());
  const logs = [...container.logs, ...output.map((chunk) => ({ ...chunk, time: startedAt }))];

  if (result.blocked) {
    const { processes: tree, ...behaviour } = stopBehaviour(entry.argv, result.blocked, {
      init: container.init ?? false,
      shell: base.shell ?? shellFlavourOfImage(container.imageRef),
      env: container.env,
      handsOver: (name) => scripts.includes(name),
    });
    // A long sleep ends by itself (the rest of its script is not modelled).
    const ends = result.blocked.endsAfterMs;
    updateContainer(rt, id, (c) => ({
      ...c,
      ...base,
      logs,
      status: 'running',
      longRunning: true,
      ...behaviour,
      ...(tree ? { processes: { tree, user: startUser } } : {}),
      // ps and docker top show the program as whoever an entrypoint's su-exec made it.
      ...(result.blockedAs
        ? {
            runAs: {
              start: startUser,
              main: { name: result.blockedAs.name, uid: result.blockedAs.uid },
            },
          }
        : {}),
      ...(ends !== undefined
        ? { exitsAt: startedAt + result.durationMs + ends, exitCodeAtEnd: 0 }
        : {}),
    }));
    return {
      ok: true,
      output,
      running: true,
      exitCode: 0,
      durationMs: result.durationMs,
      notes: result.notes,
      interactiveShell: false,
    };
  }

  const duration = result.durationMs;
  updateContainer(rt, id, (c) => ({
    ...c,
    ...base,
    logs,
    status: 'running',
    longRunning: false,
    ignoresSigterm: true,
    termExitCode: 143,
    termDelayMs: 0,
    exitsAt: startedAt + duration,
    exitCodeAtEnd: result.exitCode,
  }));
  if (duration < INSTANT_MS) markExited(rt, id, result.exitCode, startedAt + Math.max(duration, 1));
  return {
    ok: true,
    output,
    running: duration >= INSTANT_MS,
    exitCode: result.exitCode,
    durationMs: duration,
    notes: result.notes,
    interactiveShell: false,
  };
}

/** A plausible host pid for the main process (inspect's State.Pid, `docker top`). */
export function pidFor(container: Container): number {
  return 2000 + (parseInt(container.id.slice(0, 6), 16) % 28000);
}
