import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dumpBuildkit, parseDockerfile } from './index';

const corpus = new URL('../../../../shared/corpus/buildkit-parser/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, corpus), 'utf8');
const cases = (dir: string): string[] => readdirSync(new URL(dir, corpus)).sort();

describe('BuildKit parser conformance: testfiles', () => {
  for (const name of cases('testfiles/')) {
    it(`${name} parses and dumps as BuildKit does`, () => {
      const result = parseDockerfile(read(`testfiles/${name}/Dockerfile`));
      if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
      expect(dumpBuildkit(result.value)).toBe(read(`testfiles/${name}/result`));
    });
  }
});

describe('BuildKit parser conformance: testfiles-negative', () => {
  for (const name of cases('testfiles-negative/')) {
    it(`${name} is rejected with an error`, () => {
      const result = parseDockerfile(read(`testfiles-negative/${name}/Dockerfile`));
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors[0]?.message.length).toBeGreaterThan(0);
        expect(result.errors[0]?.line).toBeGreaterThanOrEqual(1);
      }
    });
  }
});

describe('BuildKit parser conformance: testfile-line', () => {
  it('gives each instruction its 1-based line range, continuations included', () => {
    const result = parseDockerfile(read('testfile-line/Dockerfile'));
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.value.instructions.map((i) => [i.startLine, i.endLine])).toEqual([
      [5, 5],
      [11, 12],
      [17, 31],
    ]);
  });
});
