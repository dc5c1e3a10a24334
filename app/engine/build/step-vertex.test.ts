import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../events';
import { tinyCatalog } from '../testing/tiny-catalog';
import { buildInSession } from './testing/build-in-session';

const catalog = tinyCatalog();

describe("a step's vertex number", () => {
  it("is the number its header has in the build's progress output", () => {
    const outcome = buildInSession(
      catalog,
      [
        'FROM busybox AS base',
        'RUN echo one > /one',
        'FROM busybox',
        'ENV A=1',
        'COPY --from=base /one /one',
        'WORKDIR /app',
        'COPY f.txt .',
        'RUN cat f.txt',
        '',
      ].join('\n'),
      { files: { 'f.txt': 'hi\n' } },
    );
    expect(outcome.ok).toBe(true);
    const started = outcome.events.filter(
      (e): e is Extract<EngineEvent, { type: 'step-started' }> => e.type === 'step-started',
    );
    expect(started.map((e) => e.instruction)).toEqual([
      'RUN echo one > /one',
      'COPY --from=base /one /one',
      'WORKDIR /app',
      'COPY f.txt .',
      'RUN cat f.txt',
    ]);
    for (const event of started) {
      const header = new RegExp(`^#${event.vertex} \\[[^\\]]+\\] (.*)$`, 'm').exec(outcome.stderr);
      expect(header?.[1], `#${event.vertex} for ${event.instruction}`).toBe(event.instruction);
    }
  });
});
