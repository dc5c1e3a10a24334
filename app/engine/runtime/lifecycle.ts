/**
 * stop, kill, restart, pause, unpause and rm, with the daemon's rules and wording. `docker
 * stop` sends the stop signal and waits: a main that ignores it (PID 1 without a handler)
 * is killed when the timeout runs out and ends `Exited (137)`; nginx (SIGQUIT) and servers
 * with handlers exit cleanly and quickly. Simulated time passes while Docker waits.
 */
import type { Container } from '../host/containers';
import type { HostRuntime } from '../host/runtime';
import { shutdownOutput } from './services/shutdown';
import { renderStopLog } from './stop-log';
import { startContainer, type StartOptions, type StartResult } from './start';
import { resumeHealthMonitor, stopHealthMonitor } from './health';
import { isRunning, markExited, removeContainerRecord, updateContainer } from './transitions';

export interface Clock {
  now(): number;
  spend(ms: number): void;
}

export type Outcome = { ok: true } | { ok: false; error: string };

const SIGNALS: Record<string, number> = {
  HUP: 1,
  INT: 2,
  QUIT: 3,
  ILL: 4,
  TRAP: 5,
  ABRT: 6,
  BUS: 7,
  FPE: 8,
  KILL: 9,
  USR1: 10,
  SEGV: 11,
  USR2: 12,
  PIPE: 13,
  ALRM: 14,
  TERM: 15,
  STKFLT: 16,
  CHLD: 17,
  CONT: 18,
  STOP: 19,
  TSTP: 20,
  TTIN: 21,
  TTOU: 22,
  URG: 23,
  XCPU: 24,
  XFSZ: 25,
  VTALRM: 26,
  PROF: 27,
  WINCH: 28,
  IO: 29,
  PWR: 30,
  SYS: 31,
};

/**
 * `KILL`, `SIGKILL` or `9` → 9; undefined for an unknown signal. Any number but 0 parses (the
 * daemon refuses one past SIGRTMAX later, with the container: `unsupportedSignal`).
 */
export function signalNumber(spec: string): number | undefined {
  if (/^\d+$/.test(spec)) {
    const n = Number(spec);
    return n >= 1 ? n : undefined;
  }
  return SIGNALS[spec.toUpperCase().replace(/^SIG/, '')];
}

/** Linux has signals 1 to 64 (SIGRTMAX); the daemon refuses a number past them. */
function unsupportedSignal(signal: number): string | undefined {
  return signal > 64 ? `The linux daemon does not support signal ${signal}` : undefined;
}

/** The signal `docker stop` sends: --stop-signal, else the image's STOPSIGNAL, else SIGTERM. */
function stopSignalOf(rt: HostRuntime, c: Container): number {
  const spec = c.stopSignal ?? rt.host.images[c.image]?.config.StopSignal ?? 'SIGTERM';
  return signalNumber(spec) ?? 15;
}

/**
 * Servers log their graceful shutdown: the stop log their service declared (puma, Kestrel,
 * Spring Boot, Apache), else what shutdown.ts knows from the command line (nginx, uvicorn,
 * gunicorn, php-fpm), which only `docker stop` with the image's stop signal prints.
 * `signalledAt`: when the signal arrived; `now`: when the process has exited.
 */
function appendShutdownLogs(
  rt: HostRuntime,
  c: Container,
  signal: number,
  signalledAt: number,
  now: number,
  byStop: boolean,
): void {
  const lines = c.stopLog
    ? renderStopLog(c.stopLog, signal, signalledAt, c.id)
    : byStop
      ? shutdownOutput([c.path, ...c.args], now).map((l) => ({ ...l, time: now }))
      : [];
  if (lines.length === 0) return;
  updateContainer(rt, c.id, (current) => ({
    ...current,
    logs: [...current.logs, ...lines],
  }));
}

/**
 * Delivers a signal to the main process. Returns the exit code if it ends the process and
 * how long that takes, or undefined when the process carries on (an ignored signal).
 */
function deliver(c: Container, signal: number): { exitCode: number; delayMs: number } | undefined {
  if (signal === 9) return { exitCode: 137, delayMs: 30 };
  if (signal === 15 || signal === 3 || signal === 2 || c.gracefulSignals?.includes(signal)) {
    if (c.ignoresSigterm) return undefined;
    return { exitCode: c.termExitCode ?? 128 + signal, delayMs: c.termDelayMs ?? 50 };
  }
  return undefined;
}

/** `docker stop`: the stop signal, then SIGKILL when `timeoutSec` runs out. */
export function stopContainer(
  rt: HostRuntime,
  c: Container,
  clock: Clock,
  timeoutSec?: number,
): Outcome {
  if (!isRunning(c)) {
    clock.spend(150);
    return { ok: true };
  }
  const timeout = timeoutSec ?? c.stopTimeout ?? 10;
  const signal = stopSignalOf(rt, c);
  const answer = deliver(c, signal);
  if (answer && answer.delayMs <= timeout * 1000) {
    const signalledAt = clock.now();
    clock.spend(answer.delayMs + 60);
    appendShutdownLogs(rt, c, signal, signalledAt, clock.now(), true);
    markExited(rt, c.id, answer.exitCode, clock.now());
  } else {
    clock.spend(Math.max(timeout, 0) * 1000 + 250);
    markExited(rt, c.id, 137, clock.now());
  }
  return { ok: true };
}

/** `docker kill [-s SIGNAL]`. */
export function killContainer(
  rt: HostRuntime,
  c: Container,
  clock: Clock,
  signalSpec = 'KILL',
): Outcome {
  const signal = signalNumber(signalSpec);
  if (signal === undefined) return { ok: false, error: `Invalid signal: ${signalSpec}` };
  const unsupported = unsupportedSignal(signal);
  if (unsupported) return { ok: false, error: unsupported };
  if (!isRunning(c)) {
    return { ok: false, error: `Container ${c.id} is not running` };
  }
  const answer = deliver(c, signal);
  if (!answer) return { ok: true };
  const signalledAt = clock.now();
  clock.spend(answer.delayMs);
  if (signal !== 9) appendShutdownLogs(rt, c, signal, signalledAt, clock.now(), false);
  markExited(rt, c.id, answer.exitCode, clock.now());
  return { ok: true };
}

export function pauseContainer(rt: HostRuntime, c: Container): Outcome {
  if (c.status === 'paused') return { ok: false, error: `Container ${c.id} is already paused` };
  if (c.status !== 'running') return { ok: false, error: `Container ${c.id} is not running` };
  updateContainer(rt, c.id, (current) => ({ ...current, status: 'paused' }));
  stopHealthMonitor(rt, c.id);
  rt.emit({ type: 'container-paused', host: rt.hostName, id: c.id, name: c.name });
  return { ok: true };
}

/** `now`: when the health monitor starts again (its next probe is an interval later). */
export function unpauseContainer(rt: HostRuntime, c: Container, now?: number): Outcome {
  if (c.status !== 'paused') return { ok: false, error: `Container ${c.id} is not paused` };
  updateContainer(rt, c.id, (current) => ({ ...current, status: 'running' }));
  if (now !== undefined) resumeHealthMonitor(rt, c.id, now);
  rt.emit({ type: 'container-unpaused', host: rt.hostName, id: c.id, name: c.name });
  return { ok: true };
}

/** `docker restart`: stop (with its timeout) then start; the writable layer stays. */
export function restartContainer(
  rt: HostRuntime,
  c: Container,
  clock: Clock,
  options: Omit<StartOptions, 'now'>,
  timeoutSec?: number,
): StartResult {
  if (isRunning(c)) {
    // A restarted container is not removed by --rm: the daemon keeps it for the restart.
    const autoRemove = c.autoRemove;
    updateContainer(rt, c.id, (current) => ({ ...current, autoRemove: false }));
    stopContainer(rt, c, clock, timeoutSec);
    updateContainer(rt, c.id, (current) => ({ ...current, autoRemove }));
  }
  clock.spend(300);
  return startContainer(rt, c.id, { ...options, now: clock.now() });
}

/** `docker rm [-f] [-v]`: refused while running unless forced (which kills first). */
export function removeContainer(
  rt: HostRuntime,
  c: Container,
  clock: Clock,
  options: { force: boolean; volumes: boolean },
): Outcome {
  if (isRunning(c)) {
    if (!options.force && c.status === 'paused') {
      return {
        ok: false,
        error: `You cannot remove a paused container ${c.id}. Unpause and then stop the container before attempting removal or force remove`,
      };
    }
    if (!options.force) {
      return {
        ok: false,
        // Docker 25+ wording (20.10 said "You cannot remove a running container <id>...").
        error: `cannot remove container "/${c.name}": container is running: stop the container before removing or force remove`,
      };
    }
    clock.spend(40);
    const autoRemove = c.autoRemove;
    updateContainer(rt, c.id, (current) => ({ ...current, autoRemove: false }));
    markExited(rt, c.id, 137, clock.now());
    if (autoRemove) updateContainer(rt, c.id, (current) => ({ ...current, autoRemove }));
  }
  removeContainerRecord(rt, c.id, options.volumes || c.autoRemove);
  return { ok: true };
}
