/**
 * Test harness for Dockerfile builds: one `docker build -t app .` in a fresh host, so each test
 * starts with no images, no build cache and the same clock and ids. Shared by the build and
 * catalog tests that check what a RUN prints and what lands in the image.
 */
import type { Catalog } from '../../catalog/types';
import { emptyDir, textFile, type DirNode } from '../../fs/node';
import { OverlayFs } from '../../fs/overlay';
import { splitPath } from '../../fs/path';
import { setAt } from '../../fs/tree';
import type { HostState } from '../../host/state';
import { createHost } from '../../host/world';
import { CounterIds } from '../../ids';
import { runBuild } from '../build';
import { makeContext } from '../context';
import type { BuildOutcome } from '../request';

/** The clock every build test runs at (2026-01-15 09:00 UTC). */
export const TEST_NOW = Date.UTC(2026, 0, 15, 9, 0, 0);

export interface BuildInSessionOptions {
  /** Other files in the build context, by path relative to it. */
  files?: Record<string, string>;
  /** Prefix of the generated ids (container ids of RUN steps and the like). */
  idPrefix?: string;
  /** The host to build on (its images and build cache); a fresh `laptop` if not given. */
  host?: HostState;
}

/**
 * Builds `dockerfile` (saved as `Dockerfile` next to `files`) on a fresh host named `laptop`
 * with `catalog` as the registry, as `docker build -t app .` would.
 */
export function buildInSession(
  catalog: Catalog,
  dockerfile: string,
  { files = {}, idPrefix = 't', host = createHost('laptop', []) }: BuildInSessionOptions = {},
): BuildOutcome {
  let root: DirNode = emptyDir();
  for (const [path, text] of Object.entries({ Dockerfile: dockerfile, ...files }))
    root = setAt(root, splitPath(path), textFile(text));
  return runBuild(
    {
      dockerfile,
      dockerfileName: 'Dockerfile',
      context: makeContext(root),
      tags: ['app'],
      buildArgs: {},
      noCache: false,
    },
    {
      catalog,
      host,
      hostName: 'laptop',
      ids: new CounterIds(idPrefix),
      now: TEST_NOW,
    },
  );
}

/** What the steps printed, without BuildKit's `#N 0.123 ` prefixes. */
export function stepOutput(out: BuildOutcome): string[] {
  return out.stderr
    .split('\n')
    .flatMap((line) => /^#\d+ \d+\.\d+ (.*)$/.exec(line)?.slice(1) ?? []);
}

/** The built image's filesystem, its layers stacked (empty if the build failed). */
export function imageFs(out: BuildOutcome): OverlayFs {
  const byDigest = new Map(out.layers.map((l) => [l.diffId, l.tree]));
  return new OverlayFs((out.image?.diffIds ?? []).map((d) => byDigest.get(d) ?? emptyDir()));
}
