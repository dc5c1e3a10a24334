/**
 * An image's or container's HEALTHCHECK as Docker's `container.HealthConfig` struct: JSON keeps
 * the struct's field order (Test, Interval, Timeout, StartPeriod, StartInterval, Retries) and
 * leaves out the zero ones (every field is omitempty), so `{{json .Config.Healthcheck}}` prints
 * `{"Test":[...],"Interval":30000000000,...}` as docker does, not with its keys sorted. The
 * durations are time.Duration values, so a template prints them as Go does:
 * `{{.Config.Healthcheck}}` is `{[CMD-SHELL test -f /tmp/ok] 1s 0s 0s 0s 2}`.
 */
import type { HealthcheckConfig } from '../../catalog/types';
import { goDuration } from './go-duration';
import { goStruct, type GoStruct } from './go-value';

export function healthConfigStruct(h: HealthcheckConfig | undefined): GoStruct | undefined {
  if (!h) return undefined;
  return goStruct(
    'container.HealthConfig',
    {
      Test: h.Test,
      Interval: goDuration(h.Interval ?? 0),
      Timeout: goDuration(h.Timeout ?? 0),
      StartPeriod: goDuration(h.StartPeriod ?? 0),
      StartInterval: goDuration(h.StartInterval ?? 0),
      Retries: h.Retries ?? 0,
    },
    { omitEmpty: ['Test', 'Interval', 'Timeout', 'StartPeriod', 'StartInterval', 'Retries'] },
  );
}
