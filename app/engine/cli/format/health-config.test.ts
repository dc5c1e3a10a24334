import { describe, expect, it } from 'vitest';
import { healthConfigStruct } from './health-config';
import { goJson } from './json';
import { renderTemplate } from './template';

const json = (value: unknown) => {
  const result = goJson(value);
  if (!result.ok) throw new Error(result.error);
  return result.text;
};

describe('healthConfigStruct', () => {
  it("encodes in the struct's field order, not with sorted keys, leaving out zero fields", () => {
    // docker inspect -f '{{json .Config.Healthcheck}}' of HEALTHCHECK --interval=30s --timeout=3s
    // --start-period=5s --retries=3 CMD ...: Test, Interval, Timeout, StartPeriod, Retries.
    const h = healthConfigStruct({
      Retries: 3,
      StartPeriod: 5_000_000_000,
      Timeout: 3_000_000_000,
      Interval: 30_000_000_000,
      Test: ['CMD-SHELL', 'wget -q -O- http://localhost/ || exit 1'],
    });
    expect(json(h)).toBe(
      '{"Test":["CMD-SHELL","wget -q -O- http://localhost/ || exit 1"],"Interval":30000000000,"Timeout":3000000000,"StartPeriod":5000000000,"Retries":3}',
    );
  });

  it('is nil (JSON null) for an image without a HEALTHCHECK', () => {
    expect(healthConfigStruct(undefined)).toBeUndefined();
    expect(json(healthConfigStruct({ Test: ['NONE'] }))).toBe('{"Test":["NONE"]}');
  });
});

describe('healthConfigStruct in a template', () => {
  it('prints its durations as Go does, not as nanoseconds', () => {
    // Recorded from `docker inspect -f '{{.Config.Healthcheck}} {{json .Config.Healthcheck}}'`
    // after `docker create --health-cmd x --health-interval 1m30s --health-timeout 1500ms
    // --health-start-period 2h --health-retries 0 busybox` (Docker 28.2.2 client).
    const h = healthConfigStruct({
      Test: ['CMD-SHELL', 'x'],
      Interval: 90e9,
      Timeout: 1.5e9,
      StartPeriod: 7200e9,
    });
    expect(renderTemplate('{{.}}', h)).toMatchObject({
      ok: true,
      text: '{[CMD-SHELL x] 1m30s 1.5s 2h0m0s 0s 0}',
    });
    expect(json(h)).toBe(
      '{"Test":["CMD-SHELL","x"],"Interval":90000000000,"Timeout":1500000000,"StartPeriod":7200000000000}',
    );
  });
});
