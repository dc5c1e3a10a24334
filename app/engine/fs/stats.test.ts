import { describe, expect, it } from 'vitest';
import { efficiency, wastedBytes } from './stats';
import { OverlayFs } from './overlay';
import { blobFile, emptyDir, type DirNode } from './node';
import { setAt } from './tree';
import { splitPath } from './path';

function layerWith(files: Record<string, number>): DirNode {
  let root = emptyDir();
  for (const [path, size] of Object.entries(files))
    root = setAt(root, splitPath(path), blobFile(path, size));
  return root;
}

/** Runs writes over lowers and returns the resulting upper layer. */
function step(lowers: DirNode[], change: (fs: OverlayFs) => void): DirNode {
  const fs = new OverlayFs(lowers);
  change(fs);
  return fs.upper;
}

describe('wastedBytes', () => {
  const base = layerWith({ '/etc/os-release': 100 });
  const cache = layerWith({
    '/var/cache/apt/a.deb': 5000,
    '/var/cache/apt/b.deb': 3000,
    '/usr/bin/tool': 700,
  });

  it('counts files a later layer deletes, with the layer that stored them', () => {
    const cleanup = step([base, cache], (fs) => fs.remove('/var/cache/apt', { recursive: true }));
    const wasted = wastedBytes([base, cache, cleanup]);
    expect(wasted.map((w) => [w.path, w.layer, w.hiddenBy, w.bytes]).sort()).toEqual([
      ['/var/cache/apt/a.deb', 1, 2, 5000],
      ['/var/cache/apt/b.deb', 1, 2, 3000],
    ]);
  });

  it('counts a file a later layer overwrites', () => {
    const rewrite = step([base, cache], (fs) =>
      fs.writeFile('/usr/bin/tool', { blob: 'v2', size: 900 }),
    );
    expect(wastedBytes([base, cache, rewrite])).toEqual([
      { path: '/usr/bin/tool', layer: 1, hiddenBy: 2, bytes: 700 },
    ]);
  });

  it('ignores layers below `from` as hiders and reports nothing when nothing is hidden', () => {
    const add = step([base, cache], (fs) => fs.writeFile('/new', { text: 'x' }));
    expect(wastedBytes([base, cache, add])).toEqual([]);
    const cleanup = step([base, cache], (fs) => fs.remove('/var/cache/apt/a.deb'));
    expect(wastedBytes([base, cache, cleanup], 3)).toEqual([]);
  });

  it('gives a dive-style efficiency score', () => {
    const cleanup = step([base, cache], (fs) => fs.remove('/var/cache/apt', { recursive: true }));
    const result = efficiency([base, cache, cleanup]);
    expect(result.wasted).toBe(8000);
    expect(result.score).toBeCloseTo(1 - 8000 / 8800);
  });
});
