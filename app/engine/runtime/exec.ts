/**
 * `docker exec`: another process in a running container, through the same shell and over
 * the same filesystem as the main process (so its writes land in the container's writable
 * layer, or in a volume). Refused in a stopped or paused container, with Docker's wording.
 */
import type { Catalog } from '../catalog/types';
import type { FileSystem } from '../fs/filesystem';
import { basename, resolvePath } from '../fs/path';
import type { Container } from '../host/containers';
import type { HostRuntime } from '../host/runtime';
import type { User } from '../shell/program';
import { processScript } from './command-line';
import { containerShell } from './image-shell';
import { nextPid } from './process-tree';
import type { ShellFlavour } from './process-tree-launch';
import type { ProcessTable } from './ps-program';
import { topProcesses } from './stats';
import { openContainerFs } from './open-fs';
import { runProcess } from './process';
import {
  emitContainerFsEvents,
  emitVolumeFsEvents,
  imageUserland,
  processEnv,
  resolveUser,
} from './process-env';
import { execAddedGroups, withAddedGroups } from './group-add';
import { execCheck, HORIZON_MS, type OutputChunk } from './start';
import { isShell, shellScript } from './stop-behaviour';
import { onNoexecTmpfs } from './tmpfs';

export interface ExecRequest {
  argv: string[];
  /** `-e` entries, KEY=VALUE. */
  env: string[];
  workdir?: string;
  user?: string;
  tty: boolean;
  interactive: boolean;
  detach: boolean;
  stdin?: string;
}

/** An interactive shell to hand the terminal to (`docker exec -it NAME sh`). */
export interface ShellSession {
  shell: string;
  cwd: string;
  env: Record<string, string>;
  user: User;
  userSpec: string;
}

export type ExecResult =
  | {
      ok: true;
      output: OutputChunk[];
      exitCode: number;
      durationMs: number;
      notes: string[];
      /** Still running when the terminal came back (`tail -f`, `sleep infinity`). */
      stillRunning: boolean;
      session?: ShellSession;
    }
  /** `daemon`: "Error response from daemon: ..." on stderr, status 1. `runtime`: the OCI message, on stdout, status 126. */
  | { ok: false; kind: 'daemon' | 'runtime'; error: string; exitCode: number };

export interface ExecContext {
  catalog: Catalog;
  now: number;
  hostFs?: FileSystem;
  /** The name or id the user typed (Docker repeats it in the paused error). */
  ref: string;
}

/**
 * The container's processes for ps inside (PID 1 and its declared children); `pid` is the
 * process about to run, moved past the children's pids.
 */
export function processTable(
  container: Container,
  pid: number,
  ppid: number,
  shell: ShellFlavour = containerShell(container),
): ProcessTable {
  const user = container.user.split(':')[0] || 'root';
  return {
    pid: nextPid(container, pid, shell),
    ppid,
    others: topProcesses(container, user, 'container', shell),
    stime: new Date(container.startedAt).toISOString().slice(11, 16),
  };
}
export function execInContainer(
  rt: HostRuntime,
  container: Container,
  request: ExecRequest,
  ctx: ExecContext,
): ExecResult {
  if (container.status === 'paused') {
    return {
      ok: false,
      kind: 'daemon',
      error: `Container ${ctx.ref} is paused, unpause the container before exec`,
      exitCode: 1,
    };
  }
  if (container.status !== 'running') {
    return {
      ok: false,
      kind: 'daemon',
      error: `container ${container.id} is not running`,
      exitCode: 1,
    };
  }
  const opened = openContainerFs(rt.host, container, { hostFs: ctx.hostFs });
  const userSpec = request.user ?? container.user;
  const found = resolveUser(opened.fs, userSpec);
  if (!found.ok) return { ok: false, kind: 'runtime', error: found.error, exitCode: 126 };
  const added = execAddedGroups(opened.fs, container, request.user);
  if (!added.ok) return { ok: false, kind: 'runtime', error: added.error, exitCode: 126 };
  const user = withAddedGroups(found.user, added.gids);
  const cwd = resolvePath('/', request.workdir || container.workingDir || '/');
  const runtimeError = (detail: string): ExecResult => ({
    ok: false,
    kind: 'runtime',
    error: `OCI runtime exec failed: exec failed: unable to start container process: ${detail}: unknown`,
    exitCode: 126,
  });
  const dir = opened.fs.stat(cwd);
  if (!dir.ok || dir.value.node.kind !== 'dir') {
    return runtimeError(
      `chdir to cwd ("${cwd}") set in config.json failed: ${dir.ok ? 'not a directory' : 'no such file or directory'}`,
    );
  }
  const env = processEnv(container, user, request.env, request.tty);
  const [path = ''] = request.argv;
  const noexec = (p: string) => onNoexecTmpfs(container.mounts, p);
  const missing = execCheck(opened.fs, path, env.PATH ?? '', cwd, noexec);
  if (missing) return runtimeError(missing);

  if (
    request.tty &&
    request.interactive &&
    isShell(path) &&
    shellScript(request.argv) === undefined
  ) {
    return {
      ok: true,
      output: [],
      exitCode: 0,
      durationMs: 0,
      notes: [],
      stillRunning: true,
      session: { shell: basename(path), cwd, env, user, userSpec },
    };
  }

  const { userland, distro } = imageUserland(rt.host, container);
  // ps inside lists the main's chain as its /bin/sh left it (the files, not the image's name).
  const shell = containerShell(container, opened.fs);
  const process = processScript(request.argv);
  const result = runProcess({
    fs: opened.fs,
    script: process.script,
    env,
    cwd,
    user,
    userland,
    catalog: ctx.catalog,
    distro,
    now: ctx.now,
    stdin: request.stdin ?? '',
    shellName: process.shellName ?? (basename(path) === 'bash' ? 'bash' : 'sh'),
    tty: request.tty,
    ip: container.ip,
    seed: container.id,
    horizonMs: HORIZON_MS,
    pid: nextPid(container, 7 + (Object.keys(container.logs).length % 50), shell),
    processes: processTable(container, 7 + (Object.keys(container.logs).length % 50), 0, shell),
  });
  rt.updateHost((host) => opened.save(host));
  emitContainerFsEvents(rt, container.id, opened.root.events);
  emitVolumeFsEvents(rt, opened.volumeEvents());
  if (request.detach) {
    return {
      ok: true,
      output: [],
      exitCode: 0,
      durationMs: 0,
      notes: result.notes,
      stillRunning: !!result.blocked,
    };
  }
  const notes = [...result.notes];
  if (result.blocked) {
    notes.push(
      `${result.blocked.name} would keep \`docker exec\` attached until you pressed Ctrl+C; the simulation stops it here and gives the prompt back.`,
    );
  }
  return {
    ok: true,
    output: result.output,
    exitCode: result.blocked ? 0 : result.exitCode,
    durationMs: result.durationMs,
    notes,
    stillRunning: !!result.blocked,
  };
}
