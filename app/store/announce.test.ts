import { describe, expect, it } from 'vitest';
import { describeEvent, describeEvents, shortInstruction } from './announce';
import type { EngineEvent } from '../engine/events';

describe('announcements', () => {
  it('names a created layer by its place in the stack, instruction and size', () => {
    const event: EngineEvent = {
      type: 'layer-created',
      host: 'laptop',
      stage: 'stage-0',
      index: 3,
      instruction: 'RUN pip install --no-cache-dir -r requirements.txt',
      diffId: 'sha256:1',
      size: 12_400_000,
      empty: false,
    };
    expect(describeEvent(event)).toBe('Layer 4 created: RUN pip install, 12.4 MB');
  });

  it('keeps short instructions whole', () => {
    expect(shortInstruction('CMD ["python", "main.py"]')).toBe('CMD ["python", "main.py"]');
    expect(shortInstruction('RUN apt-get update && apt-get install -y curl git vim')).toBe(
      'RUN apt-get update &&',
    );
  });

  it('says nothing for build-internal file writes, and sums up many container changes', () => {
    const build: EngineEvent = {
      type: 'file-added',
      path: '/app/x',
      size: 1,
      host: 'laptop',
      where: { kind: 'build', stage: 's', index: 1 },
    };
    expect(describeEvent(build)).toBeUndefined();
    const changes: EngineEvent[] = [1, 2, 3, 4, 5].map((n) => ({
      type: 'file-added',
      path: `/tmp/${n}`,
      size: 1,
      host: 'laptop',
      where: { kind: 'container', id: 'c1' },
    }));
    expect(describeEvents(changes)).toEqual(['c1: 5 changes in the writable layer']);
    expect(describeEvents(changes.slice(0, 1))).toEqual([
      'c1: /tmp/1 added to the writable layer, 1 B',
    ]);
  });
});
