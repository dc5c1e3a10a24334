/**
 * How a running main process answers `docker stop`, decided by who is PID 1. The kernel
 * does not deliver a signal to PID 1 unless PID 1 handles it, so `sleep`, `tail -f`, a
 * shell or a Python script without a handler ignore SIGTERM and are killed after the
 * timeout (137). A shell that `exec`s its last command hands PID 1 over to it; `--init`
 * puts tini at PID 1, which forwards the signal to a child that then dies of it (143).
 */
import { basename } from '../fs/path';
import type { StopAnswer } from '../shell/program';
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

/** Whether the shell replaces itself with the blocked program (`exec x`, or x as the last command). */
function handsOverPid1(script: string, program: string): boolean {
  const name = program.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`\\bexec\\s+(\\S*/)?${name}\\b`).test(script)) return true;
  // Quoted text cannot end a command: `nginx -g "daemon off;"` is one command.
  const trimmed = script.replace(/'[^']*'|"[^"]*"/g, 'Q').trim();
  if (/[;&|]|\bdo\b|\bthen\b/.test(trimmed)) {
    const last =
      trimmed
        .split(/;|&&|\|\||\n/)
        .pop()
        ?.trim() ?? '';
    return new RegExp(`^(\\S*/)?${name}\\b`).test(last) && !/\bdone$|\bfi$/.test(trimmed);
  }
  return new RegExp(`^(\\S*/)?${name}\\b`).test(trimmed);
}

export function stopBehaviour(
  argv: readonly string[],
  outcome: ServiceOutcome,
  options: { init: boolean },
): StopBehaviour {
  const own: StopBehaviour = {
    ignoresSigterm: outcome.ignoresSigterm,
    termExitCode: outcome.termExitCode,
    termDelayMs: outcome.termDelayMs,
    ...(outcome.gracefulSignals ? { gracefulSignals: outcome.gracefulSignals } : {}),
    ...(outcome.stopLog ? { stopLog: outcome.stopLog } : {}),
  };
  const wrapper = basename(argv[0] ?? '');
  let pid1: StopBehaviour = own;
  const script = shellScript(argv);
  if (script !== undefined && !handsOverPid1(script, outcome.name)) {
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
  } else if (wrapper === 'npm') {
    // npm forwards the signal to the script's process, which logs its own shutdown.
    pid1 = {
      ignoresSigterm: false,
      termExitCode: own.ignoresSigterm ? 143 : own.termExitCode,
      termDelayMs: 150,
      ...(own.stopLog && !own.ignoresSigterm ? { stopLog: own.stopLog } : {}),
    };
  } else if (!options.init && outcome.processes) {
    pid1 = { ...own, processes: outcome.processes };
  }
  if (options.init) {
    // tini forwards the signal; a child without a handler dies of it.
    return {
      ignoresSigterm: false,
      termExitCode: pid1.ignoresSigterm ? 143 : pid1.termExitCode,
      termDelayMs: pid1.ignoresSigterm ? 20 : pid1.termDelayMs,
      ...(pid1.gracefulSignals ? { gracefulSignals: pid1.gracefulSignals } : {}),
      ...(pid1.stopLog ? { stopLog: pid1.stopLog } : {}),
    };
  }
  return pid1;
}
