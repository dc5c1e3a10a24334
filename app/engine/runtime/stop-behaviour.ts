/**
 * How a running main process answers `docker stop`, decided by who is PID 1. The kernel
 * does not deliver a signal to PID 1 unless PID 1 handles it, so `sleep`, `tail -f`, a
 * shell or a Python script without a handler ignore SIGTERM and are killed after the
 * timeout (137). Who is PID 1 follows the launch chain (process-tree-launch.ts), the same
 * rule docker top shows: BusyBox sh and bash exec a script's last simple command and hand
 * PID 1 over to it, dash never does. `--init` puts docker-init (tini) at PID 1, which
 * forwards the signal to a child that then dies of it (143), as tini and dumb-init do.
 */
import { basename } from '../fs/path';
import type { StopAnswer } from '../shell/program';
import { launchChain, type ShellFlavour } from './process-tree-launch';
import { sleepSeconds, type ServiceOutcome } from './services';

/** How the main answers a stop: a server's own answer, or one decided by who is PID 1. */
export type StopBehaviour = StopAnswer;

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh']);

/** The `-c` script of a shell command line, if it is one. */
export function shellScript(argv: readonly string[]): string | undefined {
  const name = basename(argv[0] ?? '');
  if (!SHELLS.has(name)) return undefined;
  const c = argv.findIndex((a, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(a));
  return c > 0 ? (argv[c + 1] ?? '') : undefined;
}

export function isShell(path: string): boolean {
  return SHELLS.has(basename(path));
}

/** `trap 'exit 0' TERM`: the status the shell exits with on SIGTERM, if it traps it. */
export function trappedTermExit(script: string): number | undefined {
  const m = /\btrap\s+(?:'([^']*)'|"([^"]*)"|(\S+))\s+((?:\S+\s+)*?)(?:SIG)?(TERM|15)\b/.exec(
    script,
  );
  if (!m) return undefined;
  const action = m[1] ?? m[2] ?? m[3] ?? '';
  if (action === '' || action === '-') return undefined;
  const exit = /\bexit\s*(\d*)/.exec(action);
  return exit ? Number(exit[1] || 0) : undefined;
}

export interface StopOptions {
  /** `--init`: docker-init is PID 1 and forwards the signal to the command. */
  init: boolean;
  /** What `sh` is in the image (image-shell.ts): dash stays above its command, ash and bash exec it. */
  shell: ShellFlavour;
  /** The container's environment, for `$VAR` in a `sh -c` script. */
  env?: readonly string[];
  /** Entrypoint scripts of the image's that exec their arguments (hand-over-scripts.ts). */
  handsOver?: (name: string) => boolean;
}

const FORWARDING_INITS = new Set(['tini', 'dumb-init']);

export function stopBehaviour(
  argv: readonly string[],
  outcome: ServiceOutcome,
  options: StopOptions,
): StopBehaviour {
  const own: StopBehaviour = {
    ignoresSigterm: outcome.ignoresSigterm,
    termExitCode: outcome.termExitCode,
    termDelayMs: outcome.termDelayMs,
    ...(outcome.gracefulSignals ? { gracefulSignals: outcome.gracefulSignals } : {}),
    ...(outcome.stopLog ? { stopLog: outcome.stopLog } : {}),
  };
  // The server's tree is its own: it hangs under whatever stays above it (process-tree.ts).
  const tree = outcome.processes ? { processes: outcome.processes } : {};
  // Who receives the signal: the first process the command line leaves running, by the same
  // rule as docker top (a shell that execs its last command is gone, dash never does).
  const chain = launchChain(argv, false, {
    shell: options.shell,
    env: options.env ?? [],
    ...(options.handsOver ? { handsOver: options.handsOver } : {}),
  });
  // tini and dumb-init (an image's ENTRYPOINT) forward it as --init's docker-init does.
  let below = 0;
  while (below < chain.length - 1 && FORWARDING_INITS.has(chain[below]?.comm ?? '')) below++;
  const top = chain[below];
  const topArgv = top?.argv ?? argv;
  const name = basename(topArgv[0] ?? '');
  const script = shellScript(topArgv);
  let pid1: StopBehaviour = own;
  if (script !== undefined) {
    const trapped = trappedTermExit(script);
    // A trap runs once the foreground command returns: the loop's current sleep finishes first.
    const wait =
      outcome.name === 'sleep'
        ? (sleepSeconds(outcome.commandLine.split(/\s+/).slice(1)) ?? 0) * 1000
        : 0;
    pid1 =
      trapped === undefined
        ? { ignoresSigterm: true, termExitCode: 143, termDelayMs: 0 }
        : {
            ignoresSigterm: false,
            termExitCode: trapped,
            termDelayMs: Number.isFinite(wait) ? wait + 60 : 60,
          };
  } else if (name === 'npm') {
    // npm forwards the signal to the script's process, which logs its own shutdown.
    pid1 = {
      ignoresSigterm: false,
      termExitCode: own.ignoresSigterm ? 143 : own.termExitCode,
      termDelayMs: 150,
      ...(own.stopLog && !own.ignoresSigterm ? { stopLog: own.stopLog } : {}),
    };
  }
  if (options.init || below > 0) {
    // docker-init (tini), tini and dumb-init forward the signal; a child without a handler
    // is not PID 1, so it dies of it.
    return {
      ignoresSigterm: false,
      termExitCode: pid1.ignoresSigterm ? 143 : pid1.termExitCode,
      termDelayMs: pid1.ignoresSigterm ? 20 : pid1.termDelayMs,
      ...(pid1.gracefulSignals ? { gracefulSignals: pid1.gracefulSignals } : {}),
      ...(pid1.stopLog ? { stopLog: pid1.stopLog } : {}),
      ...tree,
    };
  }
  return { ...pid1, ...tree };
}
