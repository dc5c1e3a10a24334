import { describe, expect, it } from 'vitest';
import { build, seededHost } from '../LayerStack/testing/world-fixture';
import { createHost } from '../../engine/host/world';
import { imageTotals, percent } from './image-totals';

describe('imageTotals', () => {
  it('adds up the layers, counts layers and history entries', () => {
    const { host, image } = seededHost();
    const totals = imageTotals(host, image);
    const sizes = image.diffIds.map((id) => host.layers[id]?.size ?? 0);
    expect(totals.size).toBe(sizes.reduce((a, b) => a + b, 0));
    expect(totals.layers).toBe(5);
    expect(totals.entries).toBe(7);
    // COPY . . copies requirements.txt over the copy an earlier COPY stored: dive counts it.
    expect(totals.waste.map((w) => [w.path, w.bytes])).toEqual([['/app/requirements.txt', 6]]);
    expect(totals.wasted).toBe(6);
  });

  it('counts bytes a later layer hides as wasted, and lowers the efficiency', () => {
    const { host, image } = build(
      createHost('laptop', []),
      'FROM busybox\nCOPY big.bin /data.bin\nCOPY small.bin /data.bin\n',
      { 'big.bin': 'x'.repeat(40_000), 'small.bin': 'y' },
    );
    const totals = imageTotals(host, image);
    expect(totals.wasted).toBe(40_000);
    expect(totals.waste.map((w) => [w.path, w.layer, w.hiddenBy])).toEqual([['/data.bin', 1, 2]]);
    expect(totals.efficiency).toBeLessThan(1);
    expect(totals.efficiency).toBeGreaterThan(0);
  });
});

describe('percent', () => {
  it('shows one decimal below 100 and a plain 100%', () => {
    expect(percent(1)).toBe('100%');
    expect(percent(0.97432)).toBe('97.4%');
    expect(percent(-1)).toBe('0.0%');
  });
});
