/**
 * Pins what the seed build (and a venv variant of it) produces, byte for byte: its layers'
 * diff_ids and trees, the progress log, the history rows and every event. The build is
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

/**
 * Everything a view or the CLI could observe of the build's own steps, reduced to a few
 * digests. What comes from the base image (its layers, the FROM vertex's blob lines, the
 * config it passes on) is left out, so a catalog update of python:3.14-slim does not trip this.
 */
function fingerprint(out: BuildOutcome) {
  const own = out.image?.diffIds.slice(-4) ?? [];
  const trees = own.map((id) => out.layers.find((l) => l.diffId === id)?.tree);
  const log = out.stderr.split('\n').filter((line) => !line.includes('sha256:'));
  return {
    ok: out.ok,
    diffIds: own.map((d) => d.slice(7, 19)),
    log: sha256Hex(log.join('\n')).slice(0, 16),
    events: sha256Hex(JSON.stringify(out.events)).slice(0, 16),
    trees: sha256Hex(trees.map((t) => (t ? serializeLayer(t) : '-')).join('\n')).slice(0, 16),
    history: sha256Hex(JSON.stringify(out.image?.history.slice(-5))).slice(0, 16),
    eventCount: out.events.length,
  };
}

describe('seed build output stays identical', () => {
  it('builds the seed to the same layers, log, history and events', () => {
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
        "events": "3ffbadee1f582f0d",
        "history": "5bb5b93a73630fbc",
        "log": "525c9c798bc4aa2d",
        "ok": true,
        "trees": "67b635f63ccc74b2",
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
        "events": "1f4d407ce81b6bbb",
        "history": "5bb5b93a73630fbc",
        "log": "e25cea84ee3b896d",
        "ok": true,
        "trees": "67b635f63ccc74b2",
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
          "c4e38b02e4f9",
        ],
        "eventCount": 519,
        "events": "d4ee8530ae8fb43d",
        "history": "21dce602a026f922",
        "log": "67837b5d980718ce",
        "ok": true,
        "trees": "268f73e13cb8a78c",
      }
    `);
  });
});
