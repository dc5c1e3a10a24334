import { describe, expect, it } from 'vitest';
import { isPresentSearch, presentHref } from './PresentLink';
import { unitsFromLink } from './scenario-units';

describe('isPresentSearch', () => {
  it('is true only for mode=present', () => {
    expect(isPresentSearch('?mode=present')).toBe(true);
    expect(isPresentSearch('?x=1&mode=present')).toBe(true);
    expect(isPresentSearch('?mode=embed')).toBe(false);
    expect(isPresentSearch('')).toBe(false);
  });
});

describe('presentHref', () => {
  it('is the bare address when there is nothing to present', () => {
    expect(presentHref([])).toBe('?mode=present');
  });

  it('carries the steps as a share link the presentation reads back', () => {
    const href = presentHref([
      { input: 'echo hi', time: 1_780_000_000_000, origin: 'typed' },
      { input: 'docker ps', time: 1_780_000_001_000, origin: 'button' },
    ]);
    expect(href.startsWith('?mode=present#s=1.')).toBe(true);
    expect(unitsFromLink(href)).toEqual({ ok: true, units: ['echo hi', 'docker ps'] });
  });
});
