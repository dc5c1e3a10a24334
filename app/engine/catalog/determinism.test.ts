import { describe, expect, it } from 'vitest';
import { buildCatalog } from './world';

describe('determinism', () => {
  it('generated trees are deterministic: two catalogs give the same digests', () => {
    const a = buildCatalog();
    const b = buildCatalog();
    for (const [repo, tag] of [
      ['python', '3.14-slim'],
      ['alpine', 'latest'],
      ['busybox', 'latest'],
      ['nginx', 'latest'],
    ] as const) {
      const x = a.image(repo, tag)!;
      const y = b.image(repo, tag)!;
      expect(y.layers.map((l) => l.diffId)).toEqual(x.layers.map((l) => l.diffId));
      expect(y.layers.map((l) => l.compressedSize)).toEqual(x.layers.map((l) => l.compressedSize));
      expect(y.manifestDigest).toBe(x.manifestDigest);
      expect(x.layers[0]).not.toBe(y.layers[0]);
    }
    expect(b.package('deb', 'coreutils', 'trixie')).toEqual(
      a.package('deb', 'coreutils', 'trixie'),
    );
  });
});
