/**
 * A container's health check configuration: the image's HEALTHCHECK merged with the
 * `docker run --health-*` flags, Docker's defaults for what is left at zero, and the command
 * a probe runs. The monitor that runs it is health.ts.
 */
import type { HealthcheckConfig } from '../catalog/types';
import type { Container } from '../host/containers';
import type { HostState } from '../host/state';

const SECOND_NS = 1e9;

/** Docker's defaults for a zero field (daemon/health.go). */
export const HEALTH_DEFAULTS = {
  intervalNs: 30 * SECOND_NS,
  timeoutNs: 30 * SECOND_NS,
  startPeriodNs: 0,
  retries: 3,
};

/**
 * The daemon's merge of the user's config over the image's: field by field, a zero (or an
 * empty Test) in the user's config takes the image's value. `--health-interval 2s` on an
 * image with HEALTHCHECK keeps the image's command and retries.
 */
export function mergeHealthcheck(
  user: HealthcheckConfig | undefined,
  image: HealthcheckConfig | undefined,
): HealthcheckConfig | undefined {
  if (!image) return user;
  if (!user) return image;
  const pick = (u: number | undefined, i: number | undefined) => (u ? u : i);
  const merged: HealthcheckConfig = { Test: user.Test.length > 0 ? user.Test : image.Test };
  const fields = ['Interval', 'Timeout', 'StartPeriod', 'StartInterval', 'Retries'] as const;
  for (const field of fields) {
    const value = pick(user[field], image[field]);
    if (value !== undefined) merged[field] = value;
  }
  return merged;
}

/** Config.Healthcheck of a container (older states keep none of their own: the image's). */
export function containerHealthcheck(host: HostState, c: Container): HealthcheckConfig | undefined {
  return c.healthcheck ?? host.images[c.image]?.config.Healthcheck;
}

/** What a probe runs, in milliseconds and with defaults applied. */
export interface Probe {
  /** The argv as `docker exec` would get it. */
  argv: string[];
  intervalMs: number;
  timeoutMs: number;
  startPeriodMs: number;
  /** The interval while starting within the start period (StartInterval, else Interval). */
  startIntervalMs: number;
  retries: number;
  /** The timeout as Docker prints it in "Health check exceeded timeout (30s)". */
  timeoutNs: number;
}

/**
 * The probe of a config, or undefined when there is nothing to run: no config, an empty
 * Test (only `--health-interval` given), or NONE (`--no-healthcheck`, `HEALTHCHECK NONE`).
 * CMD-SHELL goes through the image's SHELL (default `/bin/sh -c`), CMD is the exec form.
 */
export function probeOf(
  config: HealthcheckConfig | undefined,
  shell: readonly string[] | undefined,
): Probe | undefined {
  if (!config) return undefined;
  const [kind, ...rest] = config.Test;
  let argv: string[];
  if (kind === 'CMD-SHELL') argv = [...(shell?.length ? shell : ['/bin/sh', '-c']), ...rest];
  else if (kind === 'CMD') argv = rest;
  else return undefined;
  if (argv.length === 0) return undefined;
  const ns = (value: number | undefined, fallback: number) => (value ? value : fallback);
  const intervalNs = ns(config.Interval, HEALTH_DEFAULTS.intervalNs);
  const timeoutNs = ns(config.Timeout, HEALTH_DEFAULTS.timeoutNs);
  return {
    argv,
    intervalMs: intervalNs / 1e6,
    timeoutMs: timeoutNs / 1e6,
    startPeriodMs: ns(config.StartPeriod, HEALTH_DEFAULTS.startPeriodNs) / 1e6,
    startIntervalMs: ns(config.StartInterval, intervalNs) / 1e6,
    retries: ns(config.Retries, HEALTH_DEFAULTS.retries),
    timeoutNs,
  };
}

/** The probe a container runs, with its image's SHELL for CMD-SHELL. */
export function containerProbe(host: HostState, c: Container): Probe | undefined {
  const image = host.images[c.image];
  return probeOf(containerHealthcheck(host, c), image?.config.Shell);
}
