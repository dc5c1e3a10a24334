/**
 * Runs a command in a container: the shell interprets it over the container's filesystem
 * with the image's userland, plus the long-running programs of services/. When one of
 * those blocks, the run stops where it is: what it printed so far is the output, and the
 * process is reported as still running (`blocked`).
 *
 * Blocking reuses the shell's own way of unwinding every nested shell at once (its
 * runaway guard), with a marker this file recognises and removes from the output.
 */
import type { Catalog, Distro } from '../catalog/types';
import type { FileSystem } from '../fs/filesystem';
import { packagePrograms } from '../programs';
import { coreutils, runShell, type FunctionDef, type ShellResult } from '../shell';
import { AbortSignal } from '../shell/exec/signals';
import type { ProgramEntry, ProgramRegistry, User, Userland } from '../shell/program';
import { procpsPs } from './procps-ps';
import { busyboxPs, type ProcessTable } from './ps-program';
import { servicePrograms, type ServiceOutcome } from './services';

const MARKER = 'layercake: the process keeps running';

export interface ProcessOptions {
  fs: FileSystem;
  script: string;
  env: Record<string, string>;
  cwd: string;
  user: User;
  userland: Userland;
  catalog: Catalog;
  distro: string | undefined;
  now: number;
  stdin?: string;
  /** `$0` and the prefix of the shell's messages ("sh", "/bin/sh", "bash"). */
  shellName: string;
  tty: boolean;
  ip: string | undefined;
  /** The container id: deterministic pids and PINs. */
  seed: string;
  /** A sleep longer than this blocks rather than being waited for. */
  horizonMs: number;
  /** An interactive session carries its shell variables and functions from line to line. */
  vars?: Record<string, string>;
  functions?: Record<string, FunctionDef>;
  lastExitCode?: number;
  pid?: number;
  /** What BusyBox `ps` lists (default: the process is PID 1 and alone). */
  processes?: ProcessTable;
}

export interface ProcessResult extends ShellResult {
  /** Set when the command is still running (a server, `sleep infinity`, an endless loop). */
  blocked?: ServiceOutcome;
  /** Who the program that keeps running runs as (after an entrypoint's su-exec, gosu or su). */
  blockedAs?: User;
}

/**
 * The programs, each run noting its process's user while it runs: the innermost one is the
 * program that blocks, and its user is whoever su-exec, gosu or su made it (the shell gives
 * every program its process's user; only lookups by name reach a program).
 */
class UserTrackingPrograms extends Map<string, ProgramEntry> {
  private readonly running: User[] = [];

  get current(): User | undefined {
    return this.running.at(-1);
  }

  override get(name: string): ProgramEntry | undefined {
    const entry = super.get(name);
    if (!entry) return undefined;
    return {
      ...entry,
      run: (argv, io) => {
        this.running.push(io.user);
        try {
          return entry.run(argv, io);
        } finally {
          this.running.pop();
        }
      },
    };
  }
}

const baseCache = new WeakMap<Catalog, Map<string, ProgramRegistry>>();

/** The programs an image's userland has: its coreutils and package managers. */
export function imagePrograms(
  catalog: Catalog,
  userland: Userland,
  distro: string | undefined,
): ProgramRegistry {
  let byKey = baseCache.get(catalog);
  if (!byKey) baseCache.set(catalog, (byKey = new Map()));
  const key = `${userland}:${distro ?? ''}`;
  let programs = byKey.get(key);
  if (!programs) {
    const distroName =
      distro === 'scratch' || distro === 'busybox' ? undefined : (distro as Distro | undefined);
    programs = new Map([...coreutils(userland), ...packagePrograms(catalog, distroName)]);
    byKey.set(key, programs);
  }
  return programs;
}

/** `while true; do ...; done` and friends: the first sleep inside stands for the rest. */
export function hasEndlessLoop(script: string): boolean {
  return /\bwhile\s+(true|:|\[\s*1\s*\]|\[\s*true\s*\])\s*(;|\n)\s*do\b|\buntil\s+false\s*(;|\n)\s*do\b/.test(
    script,
  );
}

function stripMarker(result: ShellResult, shellName: string): ShellResult {
  const line = `${shellName}: ${MARKER}\n`;
  const output = result.output
    .map((chunk) =>
      chunk.stream === 'stderr' ? { ...chunk, text: chunk.text.replace(line, '') } : chunk,
    )
    .filter((chunk) => chunk.text !== '');
  return {
    ...result,
    output,
    stderr: result.stderr.replace(line, ''),
    notes: result.notes.filter((note) => !note.includes(MARKER)),
  };
}

export function runProcess(options: ProcessOptions): ProcessResult {
  let blocked: ServiceOutcome | undefined;
  let blockedAs: User | undefined;
  const block = (outcome: ServiceOutcome): never => {
    blocked = outcome;
    blockedAs = programs.current;
    throw new AbortSignal(MARKER);
  };
  const base = imagePrograms(options.catalog, options.userland, options.distro);
  const services = servicePrograms({
    base,
    block,
    tty: options.tty,
    ip: options.ip,
    seed: options.seed,
    loop: hasEndlessLoop(options.script),
    horizonMs: options.horizonMs,
  });
  const programs = new UserTrackingPrograms([...base, ...services]);
  // ps lists the container's process table; procps's only where the image has /bin/ps.
  const table = options.processes ?? { pid: options.pid ?? 1 };
  programs.set('ps', options.userland === 'busybox' ? busyboxPs(table) : procpsPs(table));
  const result = runShell(options.script, {
    fs: options.fs,
    env: options.env,
    cwd: options.cwd,
    user: options.user,
    userland: options.userland,
    programs,
    now: options.now,
    stdin: options.stdin ?? '',
    shellName: options.shellName,
    ...(options.vars ? { vars: options.vars } : {}),
    ...(options.functions ? { functions: options.functions } : {}),
    ...(options.lastExitCode !== undefined ? { lastExitCode: options.lastExitCode } : {}),
    pid: options.pid ?? 1,
    // A program that serves (puma, `rails server`) keeps running as a service does.
    serve: block,
  });
  if (!blocked) return result;
  return {
    ...stripMarker(result, options.shellName),
    exited: false,
    blocked,
    ...(blockedAs ? { blockedAs } : {}),
  };
}
