import { describe, expect, it } from 'vitest';
import { runBuild } from './build';
import { makeContext } from './context';
import { tinyCatalog } from '../testing/tiny-catalog';
import { createHost } from '../host/world';
import { CounterIds } from '../ids';
import { emptyDir, textFile } from '../fs/node';
import { setAt } from '../fs/tree';
import { timedLogLines } from './run-step';

const catalog = tinyCatalog();

function progress(dockerfile: string): string {
  const outcome = runBuild(
    {
      dockerfile,
      dockerfileName: 'Dockerfile',
      context: makeContext(setAt(emptyDir(), ['Dockerfile'], textFile(dockerfile))),
      tags: ['t'],
      buildArgs: {},
      noCache: false,
    },
    {
      catalog,
      host: createHost('laptop', []),
      hostName: 'laptop',
      ids: new CounterIds('t'),
      now: Date.UTC(2026, 0, 15, 9),
    },
  );
  return outcome.stderr;
}

describe("a RUN step's log lines", () => {
  it('are stamped with when the program wrote them, not spread evenly across the step', () => {
    const log = progress('FROM busybox\nRUN echo one && echo two && sleep 3 && echo three\n');
    const times = Object.fromEntries(
      [...log.matchAll(/^#\d+ (\d+\.\d{3}) (one|two|three)$/gm)].map((m) => [m[2], Number(m[1])]),
    );
    expect(times.one).toBeCloseTo(0.08, 2);
    expect(times.two).toBeCloseTo(0.08, 2);
    expect(times.three).toBeGreaterThanOrEqual(3);
    expect(log).toMatch(/^#\d+ DONE 3\.\ds$/m);
  });

  it('map the run onto the step, so no line comes after its DONE', () => {
    const lines = timedLogLines([{ text: 'a\nb\n' }, { text: 'c' }], [[0, 1000], []], 2000, 2000);
    expect(lines).toEqual([
      { at: 0.08, text: 'a' },
      { at: 0.08 + 0.5 * 1.92, text: 'b' },
      { at: 2, text: 'c' },
    ]);
  });
});
