import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../../engine/events';
import type { QueuedEvent } from '../../../store';
import { ANIMATED_FS_PER_ENTRY, nextStep, PlayMemory } from './schedule';

const host = 'laptop';
let seq = 0;
const q = (event: EngineEvent, entryId = 1): QueuedEvent => ({
  seq: ++seq,
  event,
  entryId,
  origin: 'typed',
});
const created = (index: number, size = 1000): EngineEvent => ({
  type: 'layer-created',
  host,
  stage: 'stage-0',
  index,
  instruction: `RUN step ${index}`,
  diffId: `sha256:${index}`,
  size,
  empty: size === 0,
});
const copyUp = (path: string): EngineEvent => ({
  type: 'file-copied-up',
  path,
  fromLayer: 1,
  size: 10,
  host,
  where: { kind: 'container', id: 'c1' },
});

/** Plays a whole queue, returning each step's played event types and wait. */
function playAll(queue: QueuedEvent[], speed = 1) {
  const memory = new PlayMemory();
  const steps: { types: string[]; waitMs: number }[] = [];
  let pending = queue;
  for (let step = nextStep(pending, speed, memory); step; step = nextStep(pending, speed, memory)) {
    steps.push({ types: step.played.map((p) => p.event.type), waitMs: step.waitMs });
    const through = step.ackThrough;
    pending = pending.filter((p) => p.seq > through);
  }
  return steps;
}

describe('nextStep', () => {
  it('plays a build step by step, a cached step faster than a built one', () => {
    const steps = playAll([
      q({ type: 'build-started', host, steps: 2 }),
      q({
        type: 'step-started',
        host,
        stage: 'stage-0',
        index: 1,
        total: 0,
        instruction: 'RUN a',
        line: 2,
        vertex: 4,
      }),
      q({ type: 'cache-hit', host, stage: 'stage-0', index: 1, instruction: 'RUN a' }),
      q(created(1)),
      q({
        type: 'step-started',
        host,
        stage: 'stage-0',
        index: 2,
        total: 0,
        instruction: 'RUN b',
        line: 3,
        vertex: 5,
      }),
      q(created(2)),
      q({ type: 'build-finished', host, imageId: 'sha256:x', tags: ['app:latest'] }),
    ]);
    expect(steps.map((s) => s.types)).toEqual([
      ['build-started'],
      ['step-started', 'cache-hit', 'layer-created'],
      ['step-started', 'layer-created'],
      ['build-finished'],
    ]);
    const [, cached, built] = steps;
    expect(cached!.waitMs).toBeLessThan(built!.waitMs);
  });

  it('lands a run of cached steps together, then each built step on its own', () => {
    const step = (index: number, cached: boolean): QueuedEvent[] => [
      q({
        type: 'step-started',
        host,
        stage: 'stage-0',
        index,
        total: 0,
        instruction: `RUN ${index}`,
        line: index + 1,
        vertex: index + 3,
      }),
      ...(cached
        ? [q({ type: 'cache-hit', host, stage: 'stage-0', index, instruction: `RUN ${index}` })]
        : []),
      q(created(index)),
    ];
    const steps = playAll([
      ...step(1, true),
      ...step(2, true),
      ...step(3, true),
      ...step(4, false),
    ]);
    const layers = (s: { types: string[] }) => s.types.filter((t) => t === 'layer-created').length;
    expect(steps.map(layers)).toEqual([3, 1]);
    expect(steps[0]!.waitMs).toBeLessThan(steps[1]!.waitMs);
  });

  it('divides every wait by the speed', () => {
    const at1 = playAll([q(created(1))], 1)[0]!.waitMs;
    const at4 = playAll([q(created(1))], 4)[0]!.waitMs;
    expect(at4).toBe(at1 / 4);
  });

  it('plays filesystem events inside a build at once, with what follows them', () => {
    const fsInBuild: EngineEvent = {
      type: 'file-added',
      path: '/usr/lib/x',
      size: 5,
      host,
      where: { kind: 'build', stage: 'stage-0', index: 1 },
    };
    const steps = playAll([q(fsInBuild), q(fsInBuild), q(fsInBuild), q(created(1))]);
    expect(steps).toHaveLength(1);
    expect(steps[0]!.types).toHaveLength(4);
  });

  it('gives the first few container changes of a command their moment, then plays the rest at once', () => {
    const queue = Array.from({ length: ANIMATED_FS_PER_ENTRY + 5 }, (_, i) =>
      q(copyUp(`/f${i}`), 7),
    );
    const steps = playAll(queue);
    expect(steps).toHaveLength(ANIMATED_FS_PER_ENTRY + 1);
    expect(steps.at(-1)!.types).toHaveLength(5);
    expect(steps.at(-1)!.waitMs).toBe(0);
    // Another command's changes get their own share.
    expect(playAll([q(copyUp('/a'), 8)])[0]!.waitMs).toBeGreaterThan(0);
  });

  it('has nothing to play on an empty queue', () => {
    expect(nextStep([], 1, new PlayMemory())).toBeUndefined();
  });
});
