/**
 * `docker run`/`docker create` health flags as the CLI turns them into a HealthConfig: any
 * `--health-*` flag makes one (with Test only when --health-cmd is given, so the daemon keeps
 * the image's command), `--no-healthcheck` makes `["NONE"]`. What the CLI and then the daemon
 * refuse, in their words (recorded from Docker 28.2.2 against a 20.10 daemon).
 */
import type { HealthcheckConfig } from '../../../catalog/types';
import type { Flags } from '../../parsed';

export type HealthFlags =
  | { ok: true; healthcheck?: HealthcheckConfig }
  | { ok: false; by: 'cli' | 'daemon'; message: string };

/** Durations arrive in milliseconds (flag-values.ts); the config holds nanoseconds. */
const DURATIONS = [
  ['health-interval', 'Interval'],
  ['health-timeout', 'Timeout'],
  ['health-start-period', 'StartPeriod'],
] as const;

export function healthFlags(flags: Flags): HealthFlags {
  const cmd = flags.string('health-cmd') ?? '';
  const ns = (name: string) => Math.round((flags.int(name) ?? 0) * 1e6);
  const retries = flags.int('health-retries') ?? 0;
  const any = cmd !== '' || retries !== 0 || DURATIONS.some(([flag]) => ns(flag) !== 0);
  if (flags.bool('no-healthcheck')) {
    if (any)
      return {
        ok: false,
        by: 'cli',
        message: '--no-healthcheck conflicts with --health-* options',
      };
    return { ok: true, healthcheck: { Test: ['NONE'] } };
  }
  if (!any) return { ok: true };
  const negative = (flag: string) => ({
    ok: false as const,
    by: 'cli' as const,
    message: `--${flag} cannot be negative`,
  });
  if (ns('health-interval') < 0) return negative('health-interval');
  if (ns('health-timeout') < 0) return negative('health-timeout');
  if (retries < 0) return negative('health-retries');
  if (ns('health-start-period') < 0) return negative('health-start-period');
  const healthcheck: HealthcheckConfig = { Test: cmd !== '' ? ['CMD-SHELL', cmd] : [] };
  for (const [flag, field] of DURATIONS) {
    const value = ns(flag);
    // The daemon's floor: a set duration under a millisecond is refused.
    if (value !== 0 && value < 1e6) {
      return {
        ok: false,
        by: 'daemon',
        message: `${field} in Healthcheck cannot be less than 1ms`,
      };
    }
    if (value !== 0) healthcheck[field] = value;
  }
  if (retries !== 0) healthcheck.Retries = retries;
  return { ok: true, healthcheck };
}
