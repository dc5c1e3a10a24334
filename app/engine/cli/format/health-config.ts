/**
 * An image's or container's HEALTHCHECK as Docker's `container.HealthConfig` struct: JSON keeps
 * the struct's field order (Test, Interval, Timeout, StartPeriod, StartInterval, Retries) and
 * leaves out the zero ones (every field is omitempty), so `{{json .Config.Healthcheck}}` prints
 * `{"Test":[...],"Interval":30000000000,...}` as docker does, not with its keys sorted.
 */
import type { ImageConfig } from '../../catalog/types';
import { goStruct, type GoStruct } from './go-value';

/** HEALTHCHECK as an image config holds it (durations in nanoseconds). */
export type HealthcheckConfig = NonNullable<ImageConfig['Healthcheck']>;

export function healthConfigStruct(h: HealthcheckConfig | undefined): GoStruct | undefined {
  if (!h) return undefined;
  return goStruct(
    'container.HealthConfig',
    {
      Test: h.Test,
      Interval: h.Interval ?? 0,
      Timeout: h.Timeout ?? 0,
      StartPeriod: h.StartPeriod ?? 0,
      StartInterval: h.StartInterval ?? 0,
      Retries: h.Retries ?? 0,
    },
    { omitEmpty: ['Test', 'Interval', 'Timeout', 'StartPeriod', 'StartInterval', 'Retries'] },
  );
}
