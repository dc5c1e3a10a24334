/**
 * RUN: the command runs in the shell over the stage's layers with a fresh writable layer
 * on top; whatever it wrote becomes the step's layer (even when that is nothing).
 */
import type { Catalog, Distro } from '../catalog/types';
import { OverlayFs } from '../fs/overlay';
import { emptyDir, type DirNode } from '../fs/node';
import { splitPath } from '../fs/path';
import { getAt, removeAt, setAt } from '../fs/tree';
import type { FsEvent } from '../fs/events';
import { packagePrograms } from '../programs';
import { coreutils, runShell } from '../shell';
import type { ProgramEntry, User, Userland } from '../shell/program';
import type { RunExecution } from '../dockerfile/commands/run';
import type { PreparedMounts } from './run-mounts';
import { ReadOnlyPaths } from '../fs/read-only-paths';
import { buildStepUser } from './users';

export interface RunInput {
  layers: readonly DirNode[];
  execution: RunExecution;
  shell: readonly string[];
  env: Record<string, string>;
  workdir: string;
  user: string;
  userland: Userland;
  distro?: string;
  catalog: Catalog;
  now: number;
  extraPrograms?: ReadonlyMap<string, ProgramEntry>;
  /**
   * The RUN's `--mount`s (cache, tmpfs, secret, bind): what they hold is seen over the stage's
   * layers, and what the command writes there lives in the mount, not in the step's layer.
   */
  mounts?: Pick<
    PreparedMounts,
    'layer' | 'targets' | 'folderTargets' | 'caches' | 'readOnlyTargets'
  >;
}

export interface RunOutput {
  exitCode: number;
  upper: DirNode;
  /** Output lines with seconds since the step began, as BuildKit prints them. */
  logs: { at: number; text: string }[];
  durationMs: number;
  events: FsEvent[];
  notes: string[];
  error?: string;
  /** What each cache mount holds after the command, to keep for the next RUN that mounts it. */
  caches?: { id: string; tree: DirNode }[];
}

/** Quotes a word for sh so an exec-form RUN can go through the same interpreter. */
function shQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The script the shell runs for a RUN: exec form is quoted back into one command line. */
export function runScript(execution: RunExecution): string {
  if (execution.kind === 'exec') return execution.argv.map(shQuote).join(' ');
  if (execution.kind === 'shell') return execution.script;
  // A heredoc with a shebang: BuildKit runs it as a file; a shell script runs the same here.
  return execution.content.replace(/^#![^\n]*\n/, '');
}

const programCache = new WeakMap<Catalog, Map<string, Map<string, ProgramEntry>>>();

function programsFor(
  catalog: Catalog,
  userland: Userland,
  distro: string | undefined,
): Map<string, ProgramEntry> {
  let byKey = programCache.get(catalog);
  if (!byKey) programCache.set(catalog, (byKey = new Map()));
  const key = `${userland}:${distro ?? ''}`;
  let programs = byKey.get(key);
  if (!programs) {
    programs = new Map([
      ...coreutils(userland),
      ...packagePrograms(catalog, distro as Distro | undefined),
    ]);
    byKey.set(key, programs);
  }
  return programs;
}

/**
 * The options a SHELL instruction starts its shell with, as `set` takes them:
 * SHELL ["/bin/bash", "-o", "pipefail", "-e", "-u", "-x", "-c"] gives -o pipefail -e -u -x,
 * so a failing command before a pipe fails the RUN and -x traces each command.
 */
export function shellStartFlags(shell: readonly string[]): string[] {
  const flags: string[] = [];
  const args = shell.slice(1);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (BASH_LONG_STARTUP.has(arg)) continue;
    if (!/^[-+][a-zA-Z]+$/.test(arg)) break;
    for (const letter of arg.slice(1)) {
      if (letter === 'c') return flags;
      if (letter === 'o') flags.push(`${arg[0]}o`, args[++i] ?? '');
      else if (!'ilps'.includes(letter)) flags.push(`${arg[0]}${letter}`);
    }
  }
  return flags;
}

/** bash's long options that only choose its startup files; the flags after them still count. */
const BASH_LONG_STARTUP = new Set(['--login', '--noprofile', '--norc']);

/**
 * Whether a SHELL starts a login shell (`-l` before `-c`, or bash's `--login`): it reads
 * /etc/profile and ~/.profile before each RUN, the conda, nvm and rvm pattern
 * (SHELL ["/bin/bash", "--login", "-c"]). Checked on Docker 20.10 with BusyBox's `sh -l`.
 */
export function shellIsLogin(shell: readonly string[]): boolean {
  for (const arg of shell.slice(1)) {
    if (arg === '--login') return true;
    if (!/^-[a-zA-Z]+$/.test(arg)) return false;
    const letters = arg.slice(1);
    const c = letters.indexOf('c');
    if (letters.slice(0, c < 0 ? undefined : c).includes('l')) return true;
    if (c >= 0) return false;
  }
  return false;
}

export function executeRun(input: RunInput): RunOutput {
  const mounts = input.mounts;
  // Mount points are made in the step's own layer first; the mounts then sit over the stage.
  const stubs = new OverlayFs(input.layers);
  const resolved = buildStepUser(stubs, input.user);
  if (!resolved.ok) {
    return {
      exitCode: 1,
      upper: stubs.upper,
      logs: [],
      durationMs: 0,
      events: [],
      notes: [],
      error: resolved.error,
    };
  }
  const user: User = resolved.user;
  const cwd = input.workdir || '/';
  if (!stubs.stat(cwd).ok) stubs.mkdir(cwd, { parents: true });
  // BuildKit makes a folder mount point that was not there and leaves it, empty; a file
  // mount point goes again (both recorded on the 20.10 oracle).
  for (const target of mounts?.folderTargets ?? [])
    if (!stubs.stat(target).ok) stubs.mkdir(target, { parents: true });
  const fs = mounts ? new OverlayFs([...input.layers, mounts.layer], stubs.upper) : stubs;
  const base = programsFor(input.catalog, input.userland, input.distro);
  const programs = input.extraPrograms ? new Map([...base, ...input.extraPrograms]) : base;
  const readOnly = mounts?.readOnlyTargets ?? [];
  const result = runShell(runScript(input.execution), {
    fs: readOnly.length > 0 ? new ReadOnlyPaths(fs, readOnly) : fs,
    env: { HOME: user.home, ...input.env },
    cwd,
    user,
    userland: input.userland,
    programs,
    now: input.now,
    shellName: input.shell[0] ?? '/bin/sh',
    ...(input.execution.kind === 'shell' ? { startFlags: shellStartFlags(input.shell) } : {}),
    ...(input.execution.kind === 'shell' && shellIsLogin(input.shell) ? { login: true } : {}),
  });
  const stepMs = Math.max(result.durationMs, 80);
  const logs = timedLogLines(result.output, result.lineEnds, result.durationMs, stepMs);
  const caches = (mounts?.caches ?? []).map(({ id, target }) => {
    const kept = fs.tree(target);
    return { id, tree: kept.ok && kept.value.kind === 'dir' ? kept.value : emptyDir() };
  });
  return {
    exitCode: result.exitCode,
    upper: withoutMounts(fs.upper, mounts?.targets ?? [], new Set(mounts?.folderTargets ?? [])),
    logs,
    durationMs: stepMs + 20,
    events: fs === stubs ? fs.events : [...stubs.events, ...fs.events],
    notes: result.notes,
    ...(caches.length > 0 ? { caches } : {}),
  };
}

/**
 * The step's output as BuildKit logs it: each line stamped with the seconds since the step
 * began when the program wrote it (the process starts about 80 ms in), so the lines before a
 * long download come early and the summary after it comes late. The simulated time is
 * mapped onto the step's own length, so no line is later than its DONE.
 */
export function timedLogLines(
  output: readonly { text: string }[],
  lineEnds: readonly (readonly number[])[] | undefined,
  durationMs: number,
  stepMs: number,
): { at: number; text: string }[] {
  const start = 0.08;
  const span = stepMs / 1000 - start;
  const atMs = (ms: number) =>
    start + (durationMs > 0 ? (Math.min(ms, durationMs) / durationMs) * span : 0);
  return output.flatMap((chunk, c) =>
    chunk.text
      .replace(/\n$/, '')
      .split('\n')
      .map((text, i) => ({ at: atMs(lineEnds?.[c]?.[i] ?? durationMs), text })),
  );
}

/** The layer without what was written under mount targets (folder mount points stay, empty). */
function withoutMounts(
  upper: DirNode,
  targets: readonly string[],
  folders: ReadonlySet<string>,
): DirNode {
  let layer = upper;
  for (const target of targets) {
    const parts = splitPath(target);
    const node = getAt(layer, parts);
    if (!node) continue;
    if (node.kind === 'dir' && folders.has(target)) {
      const { opaque: _opaque, ...meta } = node;
      layer = setAt(layer, parts, { ...meta, children: {} });
    } else layer = removeAt(layer, parts);
  }
  return layer;
}
