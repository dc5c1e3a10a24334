/**
 * Real engine data for the view models' unit tests: images built by the real builder (over
 * the engine's tiny busybox catalog), containers whose writable layers were written through
 * the real overlay filesystem. Nothing here is a hand-written guess at engine output.
 */
import { runBuild } from '../../../engine/build/build';
import { makeContext } from '../../../engine/build/context';
import type { BuildOutcome } from '../../../engine/build/request';
import { emptyDir, textFile, type DirNode } from '../../../engine/fs/node';
import { OverlayFs } from '../../../engine/fs/overlay';
import { splitPath } from '../../../engine/fs/path';
import { setAt } from '../../../engine/fs/tree';
import type { Container, Mount } from '../../../engine/host/containers';
import { storeImage } from '../../../engine/host/images';
import type { HostState } from '../../../engine/host/state';
import { createHost } from '../../../engine/host/world';
import { CounterIds } from '../../../engine/ids';
import type { Image } from '../../../engine/images/image';
import { lowerTrees } from '../../../engine/runtime/open-fs';
import { tinyCatalog } from '../../../engine/testing/tiny-catalog';

const catalog = tinyCatalog();
export const FIXTURE_NOW = Date.UTC(2026, 0, 15, 9, 0, 0);

/** The seed example over busybox (the tiny catalog has no python). */
export const FIXTURE_DOCKERFILE = `FROM busybox
WORKDIR /app
COPY requirements.txt .
RUN echo "flask 3.1" > /app/flask.txt
COPY . .
CMD ["sh", "-c", "cat /app/main.py"]
`;

export const FIXTURE_FILES: Record<string, string> = {
  'requirements.txt': 'flask\n',
  'main.py': 'print("hello")\n',
};

function dir(files: Record<string, string>): DirNode {
  let root = emptyDir();
  for (const [path, text] of Object.entries(files))
    root = setAt(root, splitPath(path), textFile(text));
  return root;
}

/** Runs one build on `host`, as `docker build -t TAG .` would, and stores the result. */
export function build(
  host: HostState,
  dockerfile: string = FIXTURE_DOCKERFILE,
  files: Record<string, string> = FIXTURE_FILES,
  tag = 'app:latest',
  now = FIXTURE_NOW,
): { host: HostState; outcome: BuildOutcome; image: Image } {
  const outcome = runBuild(
    {
      dockerfile,
      dockerfileName: 'Dockerfile',
      context: makeContext(dir({ Dockerfile: dockerfile, ...files })),
      tags: [tag],
      buildArgs: {},
      noCache: false,
    },
    { catalog, host, hostName: host.name, ids: new CounterIds('t'), now },
  );
  if (!outcome.ok || !outcome.image) throw new Error(`fixture build failed: ${outcome.stderr}`);
  let next = { ...host, buildCache: { ...host.buildCache, ...outcome.cache } };
  next = storeImage(next, outcome.image, outcome.layers);
  next = { ...next, tags: { ...next.tags, [tag]: outcome.image.id } };
  return { host: next, outcome, image: outcome.image };
}

/** A fresh laptop with the seed image built once. */
export function seededHost(): { host: HostState; image: Image; outcome: BuildOutcome } {
  return build(createHost('laptop', []));
}

let nextContainer = 1;

/** Adds a running container of `image`, then lets `write` change its files through overlayfs. */
export function withContainer(
  host: HostState,
  name: string,
  image: Image,
  write: (fs: OverlayFs) => void = () => {},
  mounts: Mount[] = [],
): HostState {
  const serial = nextContainer++;
  const id = serial.toString(16).padStart(64, 'c');
  const container: Container = {
    id,
    name,
    image: image.id,
    imageRef: 'app',
    upper: emptyDir(),
    status: 'running',
    exitCode: 0,
    path: 'sh',
    args: [],
    env: [],
    workingDir: '/app',
    user: '',
    created: FIXTURE_NOW + serial * 1000,
    startedAt: FIXTURE_NOW + serial * 1000,
    finishedAt: 0,
    mounts,
    logs: [],
    autoRemove: false,
    ports: [],
    labels: {},
    hostname: id.slice(0, 12),
    restartCount: 0,
    longRunning: true,
    ignoresSigterm: true,
  };
  const fs = new OverlayFs(lowerTrees(host, container), container.upper);
  write(fs);
  return { ...host, containers: { ...host.containers, [id]: { ...container, upper: fs.upper } } };
}

export function containerNamed(host: HostState, name: string): Container {
  const found = Object.values(host.containers).find((c) => c.name === name);
  if (!found) throw new Error(`no container ${name}`);
  return found;
}
