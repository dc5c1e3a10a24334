/**
 * What every shell process of one `runShell` call shares: the filesystem, the program
 * registry, the terminal output, notes, simulated time and the runaway guard. Nested shells
 * (`sh -c`, `$(...)`, pipeline stages) all count against the same limits.
 */
import type { FileSystem } from '../../fs/filesystem';
import { credentialsOf } from '../access';
import type { ProgramRegistry, ServeRequest, User, Userland } from '../program';
import { PermissionFs } from './permission-fs';
import { isBlobText } from '../pipe-content';
import { AbortSignal } from './signals';

/** Commands one run may execute before it is stopped as a runaway. */
export const MAX_STEPS = 200_000;
/** Iterations of one loop. */
export const MAX_ITERATIONS = 10_000;
/** Nested function calls, sourced files and nested shells. */
export const MAX_DEPTH = 100;
/** Characters one variable may hold: guards against doubling a string in a loop. */
export const MAX_VALUE_LENGTH = 8_000_000;
/** Characters the terminal keeps from one run. */
export const MAX_OUTPUT = 4_000_000;

export interface OutputChunk {
  stream: 'stdout' | 'stderr';
  text: string;
}

export class Runtime {
  readonly output: OutputChunk[] = [];
  /**
   * For each output chunk, the simulated time (ms into the run) at which each of its lines
   * ended: a build log stamps a line with when the program wrote it, not evenly across the step.
   */
  readonly lineEnds: number[][] = [];
  readonly notes: string[] = [];
  elapsed = 0;
  steps = 0;
  /** The session has a terminal (docker run -it, the host shell). */
  tty = false;
  /** In a container's process: a server program keeps running from here (io.serve). */
  serve: ((request: ServeRequest) => never) | undefined;
  depth = 0;
  private outputSize = 0;
  private nextPid: number;
  private readonly views = new Map<string, FileSystem>();

  constructor(
    readonly fs: FileSystem,
    readonly programs: ProgramRegistry,
    readonly userland: Userland,
    readonly startTime: number,
    readonly pid: number,
  ) {
    this.nextPid = pid + 1;
  }

  /**
   * The filesystem as a process of `user` sees it: a non-root process's calls are checked
   * against its permissions (permission-fs.ts); root's go straight through. A process's
   * groups are fixed when it starts, so a view is kept per user and groups held.
   */
  fsFor(user: User): FileSystem {
    if (user.uid === 0) return this.fs;
    const key = `${user.uid}:${user.gid}:${user.name}:${user.groups?.join(',') ?? '-'}`;
    let view = this.views.get(key);
    if (!view) {
      view = new PermissionFs(this.fs, credentialsOf(this.fs, user));
      this.views.set(key, view);
    }
    return view;
  }

  get now(): number {
    return this.startTime + this.elapsed;
  }

  write(stream: 'stdout' | 'stderr', text: string): void {
    if (!text) return;
    if (isBlobText(text)) {
      this.note('Binary output went to the terminal; it is not shown.');
      return;
    }
    if (this.outputSize > MAX_OUTPUT) return;
    this.outputSize += text.length;
    if (this.outputSize > MAX_OUTPUT) {
      text = text.slice(0, Math.max(0, text.length - (this.outputSize - MAX_OUTPUT)));
      this.note(`Output was cut after ${MAX_OUTPUT} characters.`);
    }
    const last = this.output[this.output.length - 1];
    if (last && last.stream === stream) last.text += text;
    else {
      this.output.push({ stream, text });
      this.lineEnds.push([]);
    }
    const ends = this.lineEnds[this.lineEnds.length - 1];
    for (let i = text.indexOf('\n'); i >= 0 && ends; i = text.indexOf('\n', i + 1))
      ends.push(this.elapsed);
  }

  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  spend(ms: number): void {
    if (Number.isFinite(ms) && ms > 0) this.elapsed += ms;
  }

  allocatePid(): number {
    return this.nextPid++;
  }

  /** Counts one command; stops the run once it has taken too many. */
  step(): void {
    if (++this.steps > MAX_STEPS) {
      throw new AbortSignal(`stopped after ${MAX_STEPS} commands (a runaway script?)`);
    }
  }
}
