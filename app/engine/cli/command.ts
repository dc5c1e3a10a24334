/**
 * A docker subcommand as registered data: where it sits in the command tree, its flags and
 * arguments (a spec the shared parser and help renderer read), and what it does. One file
 * per subcommand under commands/; the dispatcher (docker.ts) knows none of them by name.
 */
import type { HostRuntime } from '../host/runtime';
import type { ProgramIO } from '../shell/program';
import type { CommandSpec } from './args/spec';
import type { ParsedArgs } from './parsed';
import type { Attachment } from './interactive';

export interface DockerContext {
  rt: HostRuntime;
  io: ProgramIO;
  /** Simulated milliseconds since the epoch, advancing as the command spends time. */
  now(): number;
  /** Adds simulated time (a pull, a build, a stop timeout). */
  spend(ms: number): void;
  out(text: string): void;
  err(text: string): void;
  /** Hands the terminal to an interactive shell (`docker exec -it`, `docker run -it`). */
  attach(attachment: Attachment): void;
}

export interface DockerCommand {
  /** Canonical path in the command tree: ['image', 'ls'], ['build']. */
  path: string[];
  /** Other paths that run it: [['images'], ['image', 'list']]. */
  aliases?: string[][];
  spec: CommandSpec;
  run(ctx: DockerContext, parsed: ParsedArgs): number;
}
