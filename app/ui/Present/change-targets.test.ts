import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../engine/events';
import { changeTargets, LAYERS_SELECTOR } from './change-targets';

describe('changeTargets', () => {
  it('marks the layer stack after a build and the container after a run', () => {
    const events: EngineEvent[] = [
      { type: 'build-finished', host: 'laptop', imageId: 'sha256:1', tags: ['app:latest'] },
      { type: 'container-created', host: 'laptop', id: 'abc', name: 'web', image: 'app' },
      { type: 'container-started', host: 'laptop', id: 'abc', name: 'web' },
    ];
    expect(changeTargets(events)).toEqual([LAYERS_SELECTOR, '[data-container="abc"]']);
  });

  it('marks a changed path in the container’s writable layer and its card, quoting safely', () => {
    const events: EngineEvent[] = [
      {
        type: 'file-added',
        path: '/tmp/a"b.txt',
        size: 6,
        host: 'laptop',
        where: { kind: 'container', id: 'abc' },
      },
    ];
    expect(changeTargets(events)).toEqual([
      '[data-container="abc"]',
      '[data-writable="abc"] [data-path="/tmp/a\\"b.txt"]',
    ]);
  });

  it('marks nothing for a command without world changes or build-step file events', () => {
    const build: EngineEvent = {
      type: 'file-added',
      path: '/app/x',
      size: 1,
      host: 'laptop',
      where: { kind: 'build', stage: '0', index: 2 },
    };
    expect(changeTargets([build])).toEqual([]);
  });
});
