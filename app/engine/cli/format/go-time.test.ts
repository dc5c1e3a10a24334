import { describe, expect, it } from 'vitest';
import { GoTime, goTimeString, goTimeText, rfc3339Nano } from './go-time';
import { goJson } from './json';
import { formatValue, isTrue } from './template/values';

// 2026-11-29T07:29:56Z, a time docker 28 printed for a container created in this project.
const CREATED = Date.UTC(2026, 10, 29, 7, 29, 56);

describe('goTimeString', () => {
  it('prints whole seconds as ps and images CreatedAt do', () => {
    expect(goTimeString(CREATED)).toBe('2026-11-29 07:29:56 +0000 UTC');
  });
  it('adds a trimmed fraction when there is one', () => {
    expect(goTimeString(CREATED + 740, 959_424)).toBe('2026-11-29 07:29:56.740959424 +0000 UTC');
    expect(goTimeString(CREATED + 500)).toBe('2026-11-29 07:29:56.5 +0000 UTC');
  });
});

describe('rfc3339Nano', () => {
  it('prints inspect timestamps', () => {
    expect(rfc3339Nano(CREATED + 834, 846_712)).toBe('2026-11-29T07:29:56.834846712Z');
    expect(rfc3339Nano(CREATED)).toBe('2026-11-29T07:29:56Z');
  });
  it("prints Go's zero time for a time never set", () => {
    expect(rfc3339Nano(null)).toBe('0001-01-01T00:00:00Z');
  });
});

describe('goTimeText', () => {
  it('prints a stored RFC 3339 time as Go does after parsing it: no trailing zeros', () => {
    expect(goTimeText('2026-01-15T09:00:01.709000000Z')).toBe('2026-01-15T09:00:01.709Z');
    expect(goTimeText('2026-01-15T09:00:01.000000000Z')).toBe('2026-01-15T09:00:01Z');
    expect(goTimeText('2026-11-29T07:24:19.739573184Z')).toBe('2026-11-29T07:24:19.739573184Z');
    expect(goTimeText('not a time')).toBe('not a time');
  });
});

describe('GoTime', () => {
  it('prints as Time.String() in templates and as RFC3339Nano in JSON', () => {
    const time = new GoTime(CREATED + 740);
    expect(formatValue(time)).toBe('2026-11-29 07:29:56.74 +0000 UTC');
    expect(goJson({ Created: time })).toEqual({
      ok: true,
      text: '{"Created":"2026-11-29T07:29:56.74Z"}',
    });
    expect(isTrue(time)).toBe(true);
  });
});
