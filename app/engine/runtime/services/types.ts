/**
 * Long-running programs (servers, `sleep infinity`, `tail -f`) inside a container. The shell
 * runs a container's command as usual; when it reaches one of these, the program prints
 * its startup output and then "blocks": the run stops there and the process is considered
 * to keep running. How it later reacts to `docker stop` is part of what it reports.
 */
import type { ProcessTree, ProgramRegistry, StopLogLine } from '../../shell/program';

export interface ServiceOutcome {
  /** What is running ("nginx", "flask", "sleep"): for notes and `docker top`. */
  name: string;
  /** The full command line of the running process, for `docker top`. */
  commandLine: string;
  /**
   * Whether SIGTERM is ignored when this process is PID 1 (the kernel drops signals that
   * PID 1 has no handler for: `sleep`, `tail`, a Python or Node script without a handler).
   */
  ignoresSigterm: boolean;
  /** The status after the stop signal when handled (0 for a graceful exit, 143 for death by SIGTERM). */
  termExitCode: number;
  /** How long the graceful shutdown takes. */
  termDelayMs: number;
  /** For a process that ends by itself later (`sleep 3600`): after how long, and with which status. */
  endsAfterMs?: number;
  /**
   * Signals besides SIGTERM, SIGINT and SIGQUIT that end the process gracefully, with
   * `termExitCode` after `termDelayMs` (Apache stops on SIGWINCH, the php-apache images'
   * STOPSIGNAL).
   */
  gracefulSignals?: readonly number[];
  /** What it prints while a signal stops it gracefully (see StopLogLine). */
  stopLog?: readonly StopLogLine[];
  /** PID 1's title and children, for `docker top`, ps inside and the PIDS of `docker stats`. */
  processes?: ProcessTree;
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
