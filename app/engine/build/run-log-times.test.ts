import { describe, expect, it } from 'vitest';
import { tinyCatalog } from '../testing/tiny-catalog';
import { timedLogLines } from './run-step';
import { buildInSession } from './testing/build-in-session';

const catalog = tinyCatalog();
const progress = (dockerfile: string) => buildInSession(catalog, dockerfile).stderr;

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
