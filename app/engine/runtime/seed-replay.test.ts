// The seed article's demonstration, typed into the real session (host shell, docker CLI,
// containers) and checked line by line: one image, two containers, each with its own
// writable layer over the same read-only layers.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog';
import type { Catalog } from '../catalog/types';
import { ManualClock, REPLAY_EPOCH } from '../clock';
import { Session, type TranscriptEntry } from '../../session/session';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

function replay(lines: readonly string[]): TranscriptEntry[] {
  const clock = new ManualClock(REPLAY_EPOCH);
  const session = new Session(catalog, clock);
  return lines.map((line) => {
    const entry = session.run(line);
    clock.advance(entry.durationMs + 2000);
    return entry;
  });
}

const text = (entry: TranscriptEntry, stream: 'stdout' | 'stderr') =>
  entry.output
    .filter((c) => c.stream === stream)
    .map((c) => c.text)
    .join('');

describe('the seed demonstration', () => {
  const LINES = [
    'docker pull nginx',
    'docker images',
    'docker run -d --name web nginx',
    'docker ps',
    `docker exec web sh -c 'echo "hello" > /tmp/test.txt'`,
    'docker exec web cat /tmp/test.txt',
    'docker run -d --name web2 nginx',
    'docker exec web2 cat /tmp/test.txt',
    'docker diff web2',
  ];

  it('prints what Docker prints, line by line', () => {
    const [pull, images, run, ps, write, read, run2, read2, diff2] = replay(
      LINES,
    ) as TranscriptEntry[] & { length: 9 };

    const pulled = text(pull!, 'stdout').split('\n');
    expect(pulled[0]).toBe('Using default tag: latest');
    expect(pulled[1]).toBe('latest: Pulling from library/nginx');
    const layers = pulled.slice(2, pulled.indexOf(pulled.find((l) => l.startsWith('Digest:'))!));
    expect(layers.length).toBeGreaterThan(1);
    for (const line of layers) expect(line).toMatch(/^[0-9a-f]{12}: Pull complete$/);
    expect(pulled.slice(-4)).toEqual([
      expect.stringMatching(/^Digest: sha256:[0-9a-f]{64}$/),
      'Status: Downloaded newer image for nginx:latest',
      'docker.io/library/nginx:latest',
      '',
    ]);

    const listed = text(images!, 'stdout').split('\n');
    expect(listed[0]).toBe('REPOSITORY   TAG       IMAGE ID       CREATED       SIZE');
    expect(listed[1]).toMatch(/^nginx {8}latest {4}[0-9a-f]{12} {3}\S.* ago +\d+(\.\d+)?MB$/);

    expect(text(run!, 'stdout')).toMatch(/^[0-9a-f]{64}\n$/);
    const id = text(run!, 'stdout').slice(0, 12);

    expect(text(ps!, 'stdout')).toBe(
      'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS     NAMES\n' +
        `${id}   nginx     "/docker-entrypoint.…"   2 seconds ago   Up 2 seconds   80/tcp    web\n`,
    );

    expect([text(write!, 'stdout'), text(write!, 'stderr'), write!.exitCode]).toEqual(['', '', 0]);
    expect([text(read!, 'stdout'), read!.exitCode]).toEqual(['hello\n', 0]);
    expect(text(run2!, 'stdout')).toMatch(/^[0-9a-f]{64}\n$/);
    expect([text(read2!, 'stdout'), text(read2!, 'stderr'), read2!.exitCode]).toEqual([
      '',
      'cat: /tmp/test.txt: No such file or directory\n',
      1,
    ]);
    // web2's writable layer holds only what nginx itself wrote at startup: not web's file.
    expect(text(diff2!, 'stdout')).not.toContain('/tmp');
  });

  it('places each write in its own container, over one shared set of image layers', () => {
    const entries = replay(LINES);
    const write = entries[4]!;
    expect(write.events).toContainEqual(
      expect.objectContaining({
        type: 'file-added',
        path: '/tmp/test.txt',
        where: expect.objectContaining({ kind: 'container' }),
      }),
    );
    const ids = new Set(
      entries
        .flatMap((e) => e.events)
        .flatMap((e) => (e.type === 'container-created' ? [e.image] : [])),
    );
    expect(ids.size).toBe(1);
  });
});
