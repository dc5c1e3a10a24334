/**
 * Pins what the seed build (and a venv variant of it) produces, byte for byte: image id, layer
 * diff_ids, the progress log, and a digest of every event and layer tree. The build is
 * memoised in places for speed (package files, RECORD text, base images); these figures were
 * recorded before any of that, so a cache that leaks state or changes an output fails here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../catalog';
import { createHost } from '../host/world';
import { storeImage } from '../host/images';
import type { HostState } from '../host/state';
import { CounterIds } from '../ids';
import { emptyDir, textFile, type DirNode } from '../fs/node';
import { serializeLayer, sha256Hex } from '../fs/digest';
import { setAt } from '../fs/tree';
import { splitPath } from '../fs/path';
import { runBuild } from './build';
import { makeContext } from './context';
import type { BuildOutcome } from './request';

const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);

const SEED = `FROM python:3.14-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "main.py"]
`;

const VENV = `FROM python:3.14-slim
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt .
RUN pip install -r requirements.txt && pip install requests
`;

const FILES = { 'requirements.txt': 'flask\n', 'main.py': 'print("hi")\n' };

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

function dir(files: Record<string, string>): DirNode {
  let root = emptyDir();
  for (const [path, text] of Object.entries(files))
    root = setAt(root, splitPath(path), textFile(text));
  return root;
}

function build(dockerfile: string, host: HostState, noCache: boolean): BuildOutcome {
  return runBuild(
    {
      dockerfile,
      dockerfileName: 'Dockerfile',
      context: makeContext(dir({ Dockerfile: dockerfile, ...FILES })),
      tags: ['app'],
      buildArgs: {},
      noCache,
    },
    { catalog, host, hostName: 'laptop', ids: new CounterIds('t'), now: NOW },
  );
}

/** Everything a view or the CLI could observe of a build, reduced to a few digests. */
function fingerprint(out: BuildOutcome) {
  return {
    ok: out.ok,
    imageId: out.image?.id.slice(7, 23),
    diffIds: out.image?.diffIds.slice(-4).map((d) => d.slice(7, 19)),
    stderr: sha256Hex(out.stderr).slice(0, 16),
    events: sha256Hex(JSON.stringify(out.events)).slice(0, 16),
    trees: sha256Hex(out.layers.map((l) => serializeLayer(l.tree)).join('\n')).slice(0, 16),
    eventCount: out.events.length,
  };
}

describe('seed build output stays identical', () => {
  it('builds the seed to the same image, layers, log and events', () => {
    const first = build(SEED, createHost('laptop', []), true);
    expect(fingerprint(first)).toMatchInlineSnapshot(`
      {
        "diffIds": [
          "da1395e2b3ee",
          "053bc1f099d4",
          "a6c1e5a28b01",
          "bfa5a0791c64",
        ],
        "eventCount": 199,
        "events": "30f7f1efcdae1d6f",
        "imageId": "e857bf3b5ee5b147",
        "ok": true,
        "stderr": "86a66db4fda57ff7",
        "trees": "07309cce059a210f",
      }
    `);
  });

  it('rebuilds the seed from the cache to the same layers and log', () => {
    const first = build(SEED, createHost('laptop', []), true);
    const host = storeImage(
      { ...createHost('laptop', []), buildCache: first.cache },
      first.image!,
      first.layers,
    );
    const again = build(SEED, host, false);
    expect(fingerprint(again)).toMatchInlineSnapshot(`
      {
        "diffIds": [
          "da1395e2b3ee",
          "053bc1f099d4",
          "a6c1e5a28b01",
          "bfa5a0791c64",
        ],
        "eventCount": 14,
        "events": "1f480b8c80ac9eb0",
        "imageId": "d86527297b9417c5",
        "ok": true,
        "stderr": "ec9ced4a8bf19e53",
        "trees": "07309cce059a210f",
      }
    `);
  });

  it('builds the same image twice in a row (memoised state does not leak)', () => {
    const a = fingerprint(build(VENV, createHost('laptop', []), true));
    const b = fingerprint(build(VENV, createHost('laptop', []), true));
    expect(b).toEqual(a);
    expect(a).toMatchInlineSnapshot(`
      {
        "diffIds": [
          "064b29f2b21b",
          "fe8033da4d6d",
          "e09e21d4895f",
          "07cbd9cc02e1",
        ],
        "eventCount": 521,
        "events": "c16ac00bd5d734f9",
        "imageId": "941938a8bf9cc6aa",
        "ok": true,
        "stderr": "661f3a23ba87ebb4",
        "trees": "85f13e7d257b766d",
      }
    `);
  });
});
