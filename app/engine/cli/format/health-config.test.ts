import { describe, expect, it } from 'vitest';
import { healthConfigStruct } from './health-config';
import { goJson } from './json';

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
