import { describe, expect, it } from 'vitest';
import { ADJECTIVES } from './adjectives';
import { generateContainerName, randomName, type IntSource } from './generate';
import { SURNAMES } from './surnames';

/** A source that replays fixed values, then repeats the last. */
const replay =
  (...values: number[]): IntSource =>
  () =>
    values.length > 1 ? values.shift()! : values[0]!;

const at = (list: readonly string[], word: string) => list.indexOf(word);

describe('word lists', () => {
  it('have about a hundred adjectives and two hundred surnames, lower-case and unique', () => {
    expect(ADJECTIVES.length).toBeGreaterThanOrEqual(100);
    expect(SURNAMES.length).toBeGreaterThanOrEqual(200);
    for (const word of [...ADJECTIVES, ...SURNAMES]) expect(word).toMatch(/^[a-z-]+$/);
    expect(new Set(ADJECTIVES).size).toBe(ADJECTIVES.length);
    expect(new Set(SURNAMES).size).toBe(SURNAMES.length);
  });
});

describe('randomName', () => {
  it('joins an adjective and a surname', () => {
    const name = randomName(replay(at(ADJECTIVES, 'admiring'), at(SURNAMES, 'turing')));
    expect(name).toBe('admiring_turing');
  });
  it('is deterministic for the same source', () => {
    let seed = 7;
    const lcg: IntSource = (bound) => (seed = (seed * 1103515245 + 12345) % 2147483648) % bound;
    const first = [1, 2, 3].map(() => randomName(lcg));
    seed = 7;
    expect([1, 2, 3].map(() => randomName(lcg))).toEqual(first);
  });
  it('never returns boring_wozniak and draws again instead', () => {
    const source = replay(
      at(ADJECTIVES, 'boring'),
      at(SURNAMES, 'wozniak'),
      at(ADJECTIVES, 'boring'),
      at(SURNAMES, 'hopper'),
    );
    expect(randomName(source)).toBe('boring_hopper');
  });
  it('appends one digit on a retry', () => {
    const source = replay(at(ADJECTIVES, 'calm'), at(SURNAMES, 'curie'), 7);
    expect(randomName(source, 1)).toBe('calm_curie7');
  });
  it('folds out-of-range values into the lists', () => {
    expect(randomName(replay(ADJECTIVES.length, -1))).toBe(`${ADJECTIVES[0]}_${SURNAMES.at(-1)}`);
  });
});

describe('generateContainerName', () => {
  it('keeps a free first name', () => {
    const source = replay(at(ADJECTIVES, 'calm'), at(SURNAMES, 'curie'));
    expect(generateContainerName(source, () => false, 'abc')).toBe('calm_curie');
  });
  it('retries with a digit when the name is taken', () => {
    const source = replay(
      at(ADJECTIVES, 'calm'),
      at(SURNAMES, 'curie'),
      at(ADJECTIVES, 'calm'),
      at(SURNAMES, 'curie'),
      3,
    );
    const taken = new Set(['calm_curie']);
    expect(generateContainerName(source, (n) => taken.has(n), 'abc')).toBe('calm_curie3');
  });
  it('falls back to the short container id after six collisions', () => {
    const id = '28457ab29ecabff3c27b6e55923a669c23f9f6ec54a679a26aaa4bf54f4a9d49';
    const tried: string[] = [];
    const name = generateContainerName(replay(0), (n) => (tried.push(n), true), id);
    expect(name).toBe('28457ab29eca');
    expect(tried).toHaveLength(6);
    expect(tried[0]).not.toMatch(/\d$/);
    expect(tried.slice(1).every((n) => /\d$/.test(n))).toBe(true);
  });
});
