/**
 * The health monitor, as Docker's daemon runs it, replayed when time catches up: a running
 * container with a probe runs it `interval` after its start and then `interval` after each
 * probe ends; each result updates State.Health (status, failing streak, the last five
 * results). The monitor stops on pause and exit, which leaves the status `unhealthy` (the
 * daemon does that "for compatibility"); a new start makes it `starting` again, log kept.
 */
import type { Container, ContainerHealth, HealthProbeResult } from '../host/containers';
import type { HostRuntime } from '../host/runtime';
import { runProbe } from './health-probe';
import { containerProbe, type Probe } from './healthcheck';

/** State.Health.Log keeps this many results. */
export const MAX_LOG_ENTRIES = 5;
/**
 * Probes really run per catch-up; later ones due repeat the last result. A container left
 * for a day with a 30s interval would otherwise run 2,880 probes to show the last five.
 */
export const MAX_REPLAYED_PROBES = MAX_LOG_ENTRIES;

/** The wait before the next probe: StartInterval while starting within the start period. */
function nextInterval(health: ContainerHealth, probe: Probe, at: number): number {
  if (at - health.runStartedAt >= probe.startPeriodMs) return probe.intervalMs;
  return health.status === 'starting' ? probe.startIntervalMs : probe.intervalMs;
}

/** A fresh monitor for the run that started at `startedAt` (the old log stays, as in Docker). */
export function startedHealth(
  previous: ContainerHealth | undefined,
  probe: Probe,
  startedAt: number,
): ContainerHealth {
  const health: ContainerHealth = {
    status: 'starting',
    failingStreak: 0,
    log: previous?.log ?? [],
    runStartedAt: startedAt,
    nextProbeAt: null,
  };
  return { ...health, nextProbeAt: startedAt + nextInterval(health, probe, startedAt) };
}

/**
 * One result into the state: exit 0 is healthy; a failure counts towards Retries unless the
 * container is still starting within its start period.
 */
export function recordProbe(
  health: ContainerHealth,
  result: HealthProbeResult,
  probe: Probe,
): ContainerHealth {
  const log = [...health.log, result].slice(-MAX_LOG_ENTRIES);
  let { status, failingStreak } = health;
  if (result.exitCode === 0) {
    status = 'healthy';
    failingStreak = 0;
  } else {
    const grace = status === 'starting' && result.start - health.runStartedAt < probe.startPeriodMs;
    if (!grace) {
      failingStreak += 1;
      if (failingStreak >= probe.retries) status = 'unhealthy';
    }
  }
  const next = { ...health, status, failingStreak, log };
  return { ...next, nextProbeAt: result.end + nextInterval(next, probe, result.end) };
}

/**
 * The probes due up to `until` that repeat `last`: one at a time while the start period
 * can still change the outcome, then all the rest at once (their count and the last five).
 */
export function repeatProbe(
  health: ContainerHealth,
  last: HealthProbeResult,
  probe: Probe,
  until: number,
): ContainerHealth {
  const duration = last.end - last.start;
  const at = (start: number): HealthProbeResult => ({ ...last, start, end: start + duration });
  let h = health;
  while (h.nextProbeAt !== null && h.nextProbeAt <= until) {
    const settled = h.nextProbeAt - h.runStartedAt >= probe.startPeriodMs;
    if (!settled) {
      h = recordProbe(h, at(h.nextProbeAt), probe);
      continue;
    }
    const step = duration + probe.intervalMs;
    const count = Math.floor((until - h.nextProbeAt) / step) + 1;
    const first = h.nextProbeAt;
    const starts = Array.from(
      { length: Math.min(count, MAX_LOG_ENTRIES) },
      (_, i) => first + (count - Math.min(count, MAX_LOG_ENTRIES) + i) * step,
    );
    const log = [...h.log, ...starts.map(at)].slice(-MAX_LOG_ENTRIES);
    const failingStreak = last.exitCode === 0 ? 0 : h.failingStreak + count;
    const status =
      last.exitCode === 0 ? 'healthy' : failingStreak >= probe.retries ? 'unhealthy' : h.status;
    return { ...h, status, failingStreak, log, nextProbeAt: first + count * step };
  }
  return h;
}

function setHealth(rt: HostRuntime, id: string, health: ContainerHealth): void {
  rt.updateHost((host) => {
    const c = host.containers[id];
    return c ? { ...host, containers: { ...host.containers, [id]: { ...c, health } } } : host;
  });
}

/** The container's monitor, (re)started if it belongs to an earlier run. */
function currentHealth(c: Container, probe: Probe): ContainerHealth {
  if (c.health && c.health.runStartedAt === c.startedAt) return c.health;
  return startedHealth(c.health, probe, c.startedAt);
}

/** Runs the probes due up to `until` in a running container (a few for real, see above). */
export function catchUpHealth(rt: HostRuntime, id: string, until: number): void {
  const start = rt.host.containers[id];
  if (!start || start.status !== 'running') return;
  const probe = containerProbe(rt.host, start);
  if (!probe) return;
  let health = currentHealth(start, probe);
  let replayed = 0;
  let last: HealthProbeResult | undefined;
  while (health.nextProbeAt !== null && health.nextProbeAt <= until) {
    if (replayed >= MAX_REPLAYED_PROBES && last) {
      health = repeatProbe(health, last, probe, until);
      break;
    }
    const container = rt.host.containers[id];
    if (!container) return;
    last = runProbe(rt, container, probe, health.nextProbeAt);
    health = recordProbe(health, last, probe);
    replayed += 1;
  }
  setHealth(rt, id, health);
}

/**
 * The monitor stops (pause, exit): the status reads `unhealthy` until the next run, streak
 * and log kept. A container that never had a monitor (no probe) keeps no health.
 */
export function stopHealthMonitor(rt: HostRuntime, id: string): void {
  const c = rt.host.containers[id];
  if (!c || c.startedAt === 0) return;
  const probe = containerProbe(rt.host, c);
  if (!probe) return;
  const health = currentHealth(c, probe);
  setHealth(rt, id, { ...health, status: 'unhealthy', nextProbeAt: null });
}

/** Unpause starts the monitor again: the first probe comes an interval later. */
export function resumeHealthMonitor(rt: HostRuntime, id: string, now: number): void {
  const c = rt.host.containers[id];
  const probe = c ? containerProbe(rt.host, c) : undefined;
  if (!c?.health || !probe || c.health.runStartedAt !== c.startedAt) return;
  const health = c.health;
  setHealth(rt, id, { ...health, nextProbeAt: now + nextInterval(health, probe, now) });
}

/** What `docker ps --filter health=` and the STATUS column read: none without a monitor. */
export function healthStatus(c: Container): ContainerHealth['status'] | 'none' {
  return c.health?.status ?? 'none';
}
