/**
 * Long-running programs (servers, `sleep infinity`, `tail -f`) inside a container. The shell
 * runs a container's command as usual; when it reaches one of these, the program prints
 * its startup output and then "blocks": the run stops there and the process is considered
 * to keep running. How it later reacts to `docker stop` is part of what it reports.
 */
import type { ProgramRegistry, ServeRequest } from '../../shell/program';

/** A service that keeps running: how it answers a stop (see StopAnswer), and when it ends. */
export interface ServiceOutcome extends ServeRequest {
  /** For a process that ends by itself later (`sleep 3600`): after how long, and with which status. */
  endsAfterMs?: number;
}

export interface ServiceContext {
  /** The programs the container has without the service overrides (to delegate to). */
  base: ProgramRegistry;
  /** Stops the whole run: the process keeps running with this outcome. Never returns. */
  block(outcome: ServiceOutcome): never;
  /** `-t`: stdout is a terminal (Python does not buffer it then). */
  tty: boolean;
  /** The container's address, shown by servers that list where they listen. */
  ip: string | undefined;
  /** A value unique to the container (its id), for deterministic pids and PINs. */
  seed: string;
  /**
   * The command runs an endless loop (`while true; do ...; sleep 1; done`): the first sleep
   * stands for the rest of the loop, so it blocks.
   */
  loop: boolean;
  /** A foreground sleep longer than this blocks instead of being waited for. */
  horizonMs: number;
}

/** A command that runs forever in the foreground: its output so far is what the terminal shows. */
export const FOREVER = Number.POSITIVE_INFINITY;
