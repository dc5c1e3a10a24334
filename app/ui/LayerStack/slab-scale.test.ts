import { describe, expect, it } from 'vitest';
import { MAX_SLAB_EM, MIN_SLAB_EM, slabThickness, stripeThickness } from './slab-scale';

describe('slabThickness', () => {
  it('adds the same thickness for every factor of ten', () => {
    const step1 = slabThickness(10_000) - slabThickness(1_000);
    const step2 = slabThickness(10_000_000) - slabThickness(1_000_000);
    expect(step1).toBeGreaterThan(0);
    expect(Math.abs(step1 - step2)).toBeLessThan(0.02);
  });

  it('keeps tiny and empty layers readable and caps huge ones', () => {
    expect(slabThickness(0)).toBe(MIN_SLAB_EM);
    expect(slabThickness(6)).toBe(MIN_SLAB_EM);
    expect(slabThickness(5e9)).toBe(MAX_SLAB_EM);
    expect(slabThickness(Number.NaN)).toBe(MIN_SLAB_EM);
  });

  it('draws a 12 MB pip install clearly thicker than a 2 kB COPY', () => {
    expect(slabThickness(12_400_000) - slabThickness(2_000)).toBeGreaterThan(1);
  });
});

describe('stripeThickness', () => {
  it('is thin but still orders layers by size', () => {
    expect(stripeThickness(80_000_000)).toBeGreaterThan(stripeThickness(3_000));
    expect(stripeThickness(5e9)).toBeLessThanOrEqual(0.6);
  });
});
