import { describe, expect, it } from 'vitest';
import { runBuild } from './build';
import { makeContext } from './context';
import { tinyCatalog } from '../testing/tiny-catalog';
import { createHost } from '../host/world';
import { CounterIds } from '../ids';
import { emptyDir, textFile } from '../fs/node';
import { setAt } from '../fs/tree';
import { storeImage } from '../host/images';
import type { HostState } from '../host/state';
import type { BuildOutcome } from './request';
import { stampBuildTimes } from './history';

const catalog = tinyCatalog();
const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);

function build(dockerfile: string, host: HostState, now: number): BuildOutcome {
  return runBuild(
    {
      dockerfile,
      dockerfileName: 'Dockerfile',
      context: makeContext(setAt(emptyDir(), ['Dockerfile'], textFile(dockerfile))),
      tags: ['t'],
      buildArgs: {},
      noCache: false,
    },
    { catalog, host, hostName: 'laptop', ids: new CounterIds('t'), now },
  );
}

function keep(host: HostState, outcome: BuildOutcome): HostState {
  const withCache = { ...host, buildCache: { ...host.buildCache, ...outcome.cache } };
  return outcome.image ? storeImage(withCache, outcome.image, outcome.layers) : withCache;
}

const ownTimes = (o: BuildOutcome, base: number) =>
  (o.image?.history ?? []).slice(base).map((h) => [h.created_by.split(' ')[0], h.created]);

describe('build times, as BuildKit records them', () => {
  it('a rebuild that changes nothing, minutes later, is the same image', () => {
    const df = 'FROM busybox\nRUN echo hi > /a\nENV X=1\nCMD ["sh"]\n';
    const first = build(df, createHost('laptop', []), T0);
    const again = build(df, keep(createHost('laptop', []), first), T0 + 5 * 60_000);
    expect(again.image?.id).toBe(first.image?.id);
    expect(again.image?.created).toBe(first.image?.created);
  });

  it('a metadata change keeps the cached layer time: rows take the layer time before them', () => {
    const one = 'FROM busybox\nENV Y=1\nRUN echo a > /a\nENV X=1\nRUN echo b > /b\nCMD ["sh"]\n';
    const first = build(one, createHost('laptop', []), T0);
    const later = T0 + 10 * 60_000;
    const two = one.replace('echo b', 'echo c');
    const second = build(two, keep(createHost('laptop', []), first), later);
    const base = (first.image?.history.length ?? 0) - 5;
    const firstTimes = ownTimes(first, base);
    const times = ownTimes(second, base);
    const runA = firstTimes[1]?.[1];
    // ENV Y (before any new layer) takes the first layer's time; RUN a is cached (first time).
    expect(times.slice(0, 3)).toEqual([
      ['ENV', runA],
      ['RUN', runA],
      ['ENV', runA],
    ]);
    // RUN c was made in the second build; CMD takes its time, and so does the image.
    const runC = times[3]?.[1] ?? '';
    expect(Date.parse(runC)).toBeGreaterThanOrEqual(later);
    expect(times[4]).toEqual(['CMD', runC]);
    expect(second.image?.created).toBe(runC);
  });

  it('a build that adds no layer keeps its base time; on scratch, the zero time', () => {
    const history = [{ created: '2024-09-26T21:31:42Z', created_by: 'base' }];
    const meta = { created: '2026-01-15T09:00:00Z', created_by: 'ENV Y=1', empty_layer: true };
    expect(stampBuildTimes([...history, meta], 1, '2024-09-26T21:31:42Z').created).toBe(
      '2024-09-26T21:31:42Z',
    );
    const scratch = build('FROM scratch\nENV Y=1\n', createHost('laptop', []), T0);
    expect(scratch.image?.created).toBe('0001-01-01T00:00:00Z');
    expect(scratch.image?.history.map((h) => h.created)).toEqual(['0001-01-01T00:00:00Z']);
  });
});
