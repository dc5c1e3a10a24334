import { describe, expect, it } from 'vitest';
import { fakeCatalog } from '../testing/fake-catalog';
import { runProgram } from '../testing/fake-io';
import { officialPythonFs, pypi, PYTHON_ENV } from '../testing/pythons';
import { pipProgram } from './pip';
import { parseRequirement } from './requirements';
import { plausibleRelease } from './stand-in';

const catalog = fakeCatalog([]);
const version = (text: string) => {
  const req = parseRequirement(text);
  if (!req) throw new Error(text);
  return plausibleRelease(catalog, req).version;
};

describe("a stand-in's version", () => {
  it('is the pinned one for ==, ~= and <=', () => {
    expect(version('psycopg2==2.9.10')).toBe('2.9.10');
    expect(version('jekyll~=4.3')).toBe('4.3');
  });

  it('is the lowest a >= or > allows when the made-up one is too old', () => {
    expect(version('psycopg2>=2.9.9')).toBe('2.9.9');
    expect(version('psycopg2>=2.9.9,<3')).toBe('2.9.9');
    expect(version('whitenoise>6.0')).toBe('6.0.1');
  });

  it('keeps the made-up version when it already fits', () => {
    expect(version('psycopg2>=0.0.1')).toBe('0.1.0');
    expect(version('psycopg2')).toBe('0.1.0');
  });
});

describe('pip and an unknown project with a lower bound', () => {
  it('installs the stand-in at a version the requirement accepts instead of failing', () => {
    const result = runProgram(
      pipProgram(pypi),
      ['pip', 'install', '--no-cache-dir', 'psycopg2>=2.9.9'],
      officialPythonFs(),
      { env: PYTHON_ENV },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Successfully installed psycopg2-2.9.9\n');
  });
});
