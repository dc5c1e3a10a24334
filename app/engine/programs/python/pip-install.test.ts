import { describe, expect, it } from 'vitest';
import { releaseDistInfo } from './wheel-files';

const SITE = '/usr/local/lib/python3.12/site-packages';
const files = [
  { path: `${SITE}/fastapi/__init__.py`, size: 1_000 },
  { path: `${SITE}/fastapi-0.128.0.dist-info/METADATA`, size: 200, text: 'Version: 0.128.0\n' },
  { path: `${SITE}/fastapi-0.128.0.dist-info/entry_points.txt`, size: 60, text: '[x]\n' },
];

describe("a release modelled with the catalog's files", () => {
  it('names its dist-info folder for its own version and leaves METADATA to be written', () => {
    expect(releaseDistInfo(files, '0.128.0', '0.110.0').map((f) => f.path)).toEqual([
      `${SITE}/fastapi/__init__.py`,
      `${SITE}/fastapi-0.110.0.dist-info/entry_points.txt`,
    ]);
  });

  it("keeps the catalog's own release as it is", () => {
    expect(releaseDistInfo(files, '0.128.0', '0.128.0')).toEqual(files);
  });
});
