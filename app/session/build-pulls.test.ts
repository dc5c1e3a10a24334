// Images a build pulls but its image does not hold: a builder stage's base and an image that
// COPY --from reads. BuildKit resolves them up front (`[internal] load metadata for ...`), pulls
// the latter as a stage of its own (`FROM ...@sha256:...`) and keeps both, so a rebuild shows
// them CACHED instead of downloading them again.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../engine/catalog';
import type { Catalog } from '../engine/catalog/types';
import { replay } from './replay';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const DOCKERFILE = `cat > Dockerfile <<'X'
FROM golang:1.23 AS build
RUN echo hi > /x
FROM alpine:3.20
COPY --from=build /x /x
COPY --from=ghcr.io/astral-sh/uv:0.5.4 /uv /bin/
X
`;

/** The progress log of each `docker build` in the script. */
function builds(script: string): string[] {
  return replay(script, catalog)
    .entries.filter((e) => e.input.startsWith('docker build'))
    .map((e) => e.output.map((o) => o.text).join(''));
}

/** The lines of the vertex whose name line matches `name`. */
function vertex(log: string, name: RegExp): string[] {
  const lines = log.split('\n');
  const head = lines.find((l) => /^#\d+ /.test(l) && name.test(l));
  const id = head?.split(' ')[0];
  return id ? lines.filter((l) => l.startsWith(`${id} `)) : [];
}

describe('images a build pulls besides its bases', () => {
  it('resolves a COPY --from image up front and pulls it as a FROM vertex of its own', () => {
    const [first = ''] = builds(DOCKERFILE + 'docker build -t m .\n');
    expect(first).toContain('[internal] load metadata for ghcr.io/astral-sh/uv:0.5.4\n');
    const from = vertex(first, /^#\d+ FROM ghcr\.io\/astral-sh\/uv:0\.5\.4@sha256:/);
    expect(from.some((l) => / resolve ghcr\.io\/astral-sh\/uv:0\.5\.4@sha256:/.test(l))).toBe(true);
    expect(from.some((l) => / extracting sha256:/.test(l))).toBe(true);
    const lines = first.split('\n');
    const fromAt = lines.findIndex((l) => /^#\d+ FROM ghcr/.test(l));
    const copyAt = lines.findIndex((l) => /^#\d+ \[stage-1 3\/3\] COPY --from=ghcr/.test(l));
    expect(fromAt).toBeGreaterThan(-1);
    expect(copyAt).toBeGreaterThan(fromAt);
  });

  it('does not pull the builder base or the COPY --from image again on a rebuild', () => {
    const [, second = ''] = builds(DOCKERFILE + 'docker build -t m .\ndocker build -t m .\n');
    expect(vertex(second, /\[build 1\/2\] FROM docker\.io\/library\/golang:1\.23@/)).toEqual([
      expect.stringMatching(/FROM docker\.io\/library\/golang/),
      expect.stringMatching(/^#\d+ CACHED$/),
    ]);
    expect(vertex(second, /^#\d+ FROM ghcr\.io\/astral-sh\/uv/).at(-1)).toMatch(/^#\d+ CACHED$/);
  });

  it('fails at load metadata when the COPY --from image does not exist', () => {
    const [log = ''] = builds(
      "cat > Dockerfile <<'X'\nFROM alpine:3.20\nCOPY --from=nosuch/image:1 /a /a\nX\ndocker build -t m .\n",
    );
    expect(log).toMatch(
      /#\d+ \[internal\] load metadata for docker\.io\/nosuch\/image:1\n#\d+ ERROR/,
    );
  });
});
