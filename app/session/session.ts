/**
 * The simulated terminal: each typed unit (a command line with its heredocs) runs in the
 * current host's shell, or in a container's shell while `docker exec -it` is attached.
 * The session keeps the world (immutable), the transcript and the command history; the
 * clock and the catalog are injected, so a replay gives the same bytes every time.
 */
import type { Catalog } from '../engine/catalog/types';
import type { Clock } from '../engine/clock';
import type { EngineEvent } from '../engine/events';
import type { World } from '../engine/host/state';
import { createWorld } from '../engine/host/world';
import { runHostLine, hostToolNames } from '../engine/cli/host-line';
import { runInteractiveLine, type Attachment } from '../engine/cli/interactive';

export interface TranscriptEntry {
  host: string;
  prompt: string;
  input: string;
  output: { stream: 'stdout' | 'stderr'; text: string }[];
  exitCode: number;
  /** When the command was typed (ms since the epoch) and how long it took. */
  time: number;
  durationMs: number;
  events: EngineEvent[];
  notes: string[];
}

export interface SessionSnapshot {
  world: World;
  /** `docker exec -it` (or `ssh`) attachments, innermost last. */
  attachments: Attachment[];
}

export class Session {
  private world: World;
  private attachments: Attachment[] = [];
  readonly transcript: TranscriptEntry[] = [];

  constructor(
    private readonly catalog: Catalog,
    private readonly clock: Clock,
    world?: World,
  ) {
    this.world = world ?? createWorld(hostToolNames());
  }

  get state(): SessionSnapshot {
    return { world: this.world, attachments: this.attachments };
  }

  restore(snapshot: SessionSnapshot): void {
    this.world = snapshot.world;
    this.attachments = snapshot.attachments;
  }

  /** The prompt a person sees now: `learner@laptop:~$` or a container's `/ # `. */
  prompt(): string {
    const attached = this.attachments[this.attachments.length - 1];
    if (attached?.kind === 'container') return attached.prompt;
    const host = this.world.hosts[this.world.current];
    if (!host) return '$ ';
    const dir =
      host.cwd === host.home
        ? '~'
        : host.cwd.startsWith(host.home + '/')
          ? '~' + host.cwd.slice(host.home.length)
          : host.cwd;
    return `learner@${host.name}:${dir}$ `;
  }

  /** Runs one typed unit; never throws. */
  run(input: string): TranscriptEntry {
    const time = this.clock.now();
    const prompt = this.prompt();
    const hostName = this.world.current;
    const attached = this.attachments[this.attachments.length - 1];
    // The person types at a terminal: the laptop's prompt and an ssh session are TTYs (ls
    // prints columns, docker export refuses the screen), as a container's shell already is.
    const tty = true;
    const result = attached
      ? runInteractiveLine(this.world, attached, input, { catalog: this.catalog, now: time, tty })
      : runHostLine(this.world, input, { catalog: this.catalog, now: time, tty });
    this.world = result.world;
    // Detach first: a line may close its attachment and open another (a shell that replaces
    // itself to keep its working directory and variables for the next line).
    if (result.detach) this.attachments = this.attachments.slice(0, -1);
    if (result.attach) this.attachments = [...this.attachments, result.attach];
    const entry: TranscriptEntry = {
      host: hostName,
      prompt,
      input,
      output: result.output,
      exitCode: result.exitCode,
      time,
      durationMs: result.durationMs,
      events: result.events,
      notes: result.notes,
    };
    this.transcript.push(entry);
    return entry;
  }
}
