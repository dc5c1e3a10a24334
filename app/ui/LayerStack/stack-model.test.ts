import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../engine/events';
import { readBuild, type BuildRecord } from './build-record';
import { imageTrees, stackModel, stackModelOf } from './stack-model';
import { build, FIXTURE_FILES, seededHost, withContainer } from './testing/world-fixture';

const record = (events: readonly EngineEvent[], id = 1) => readBuild({ id, events }) as BuildRecord;

describe('stackModel', () => {
  it('gives one row per history entry, oldest first, with the instruction as written', () => {
    const { host, image, outcome } = seededHost();
    const model = stackModel(host, image, record(outcome.events));
    expect(model.rows.map((r) => r.instruction)).toEqual([
      'BusyBox 1.37.0 (glibc), Debian 12',
      'CMD ["sh"]',
      'WORKDIR /app',
      'COPY requirements.txt .',
      'RUN echo "flask 3.1" > /app/flask.txt',
      'COPY . .',
      'CMD ["sh" "-c" "cat /app/main.py"]',
    ]);
    expect(model.rows).toHaveLength(image.history.length);
  });

  it('tells filesystem layers from 0 B metadata entries and sizes them from the store', () => {
    const { host, image } = seededHost();
    const model = stackModel(host, image);
    const meta = model.rows.filter((r) => r.metadata).map((r) => r.keyword);
    expect(meta).toEqual(['CMD', 'CMD']);
    const run = model.rows.find((r) => r.keyword === 'RUN');
    expect(run?.size).toBe(host.layers[run?.diffId as `sha256:${string}`]?.size);
    expect(run?.size).toBeGreaterThan(0);
    expect(model.rows.filter((r) => !r.metadata).map((r) => r.layerIndex)).toEqual([0, 1, 2, 3, 4]);
  });

  it('finds where the base image ends, with or without the build that made the image', () => {
    const { host, image, outcome } = seededHost();
    for (const model of [
      stackModel(host, image, record(outcome.events)),
      stackModel(host, image),
    ]) {
      expect(model.ownStart).toBe(2);
      expect(model.rows.filter((r) => r.base).map((r) => r.keyword)).toEqual(['', 'CMD']);
      expect(model.baseLayers).toBe(1);
      expect(model.baseSize).toBe(model.rows[0]?.size);
    }
  });

  it('marks what a rebuild served from the cache: the steps before the changed COPY', () => {
    const first = seededHost();
    const second = build(first.host, undefined, { ...FIXTURE_FILES, 'main.py': 'print(2)\n' });
    const model = stackModel(second.host, second.image, record(second.outcome.events, 2));
    const own = model.rows.filter((r) => !r.base && !r.metadata);
    expect(own.map((r) => [r.keyword, r.cache])).toEqual([
      ['WORKDIR', 'cached'],
      ['COPY', 'cached'],
      ['RUN', 'cached'],
      ['COPY', 'built'],
    ]);
  });

  it('keeps the keys of unchanged rows across a rebuild and changes the rebuilt one', () => {
    const first = seededHost();
    const second = build(first.host, undefined, { ...FIXTURE_FILES, 'main.py': 'print(2)\n' });
    const before = stackModel(first.host, first.image).rows.map((r) => r.key);
    const after = stackModel(second.host, second.image).rows.map((r) => r.key);
    expect(after.filter((k) => before.includes(k))).toHaveLength(after.length - 1);
    expect(after[5]).not.toBe(before[5]);
  });
});

describe('models remembered per image', () => {
  it('gives the same model and trees for a new host state that stored no layer (a docker run)', () => {
    const { host, image, outcome } = seededHost();
    const built = record(outcome.events);
    const model = stackModelOf(host, image, built);
    const trees = imageTrees(host, image);
    const running = withContainer(host, 'web', image);
    expect(running).not.toBe(host);
    expect(stackModelOf(running, image, built)).toBe(model);
    expect(imageTrees(running, image)).toBe(trees);
    expect(model).toEqual(stackModel(host, image, built));
  });

  it('makes a new model when the build record or a layer blob differs', () => {
    const { host, image, outcome } = seededHost();
    const model = stackModelOf(host, image, record(outcome.events));
    expect(stackModelOf(host, image, undefined)).not.toBe(model);
    const diffId = image.diffIds[image.diffIds.length - 1] as keyof typeof host.layers;
    const blob = host.layers[diffId];
    if (!blob) throw new Error('fixture has no top layer');
    const moved = {
      ...host,
      layers: { ...host.layers, [diffId]: { ...blob, size: blob.size + 1 } },
    };
    const again = stackModelOf(moved, image, undefined);
    expect(again).not.toBe(stackModelOf(host, image, undefined));
    expect(again.rows.find((r) => r.diffId === diffId)?.size).toBe(blob.size + 1);
    expect(imageTrees(moved, image)).not.toBe(imageTrees(host, image));
  });
});

describe('readBuild', () => {
  it('reads one transcript item once: the same item gives the same record', () => {
    const { outcome } = seededHost();
    const item = { id: 3, events: outcome.events };
    expect(readBuild(item)).toBe(readBuild(item));
    expect(readBuild({ id: 3, events: outcome.events })).toEqual(readBuild(item));
    expect(readBuild({ id: 4, events: [] })).toBeUndefined();
  });
});
